package org.entente.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.link.Actor;

/**
 * One extracted fact: its type, the actors in each role, type-specific values, when, how sure the text is, and the
 * sentences that state it. Rules create facts; {@link FactMerger} folds mentions of the same fact together.
 */
public final class Fact {
    private final FactType type;
    private final Map<Role, List<Actor>> roles = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<AidKind> aidKinds = EnumSet.noneOf(AidKind.class);
    private Modality modality = Modality.ASSERTED;
    private FactDate date;
    private Long troopsMin;
    private Long troopsMax;
    private String quote;
    private boolean directQuote;
    private Actor treaty;
    private Bounds killed;
    private Bounds injured;
    private CameoCode code;
    private String trigger;
    private String codebookEntry;
    private final Map<Role, int[]> spans = new EnumMap<>(Role.class);

    public Fact(FactType type, Evidence first) {
        this.type = type;
        this.evidence.add(first);
    }

    public FactType type() {
        return type;
    }

    public Fact add(Role role, Actor actor) {
        if (actor != null) {
            List<Actor> list = roles.computeIfAbsent(role, r -> new ArrayList<>());
            if (list.stream().noneMatch(a -> a.iri().equals(actor.iri()))) {
                list.add(actor);
            }
        }
        return this;
    }

    public List<Actor> all(Role role) {
        return roles.getOrDefault(role, List.of());
    }

    public Optional<Actor> one(Role role) {
        return all(role).stream().findFirst();
    }

    public Map<Role, List<Actor>> roles() {
        return roles;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public Set<AidKind> aidKinds() {
        return aidKinds;
    }

    public Modality modality() {
        return modality;
    }

    public Fact modality(Modality value) {
        this.modality = value;
        return this;
    }

    public Optional<FactDate> date() {
        return Optional.ofNullable(date);
    }

    public Fact date(FactDate value) {
        this.date = value;
        return this;
    }

    public Optional<Long> troopsMin() {
        return Optional.ofNullable(troopsMin);
    }

    public Optional<Long> troopsMax() {
        return Optional.ofNullable(troopsMax);
    }

    public Fact troops(Long min, Long max) {
        this.troopsMin = min;
        this.troopsMax = max;
        return this;
    }

    public Optional<String> quote() {
        return Optional.ofNullable(quote);
    }

    public boolean directQuote() {
        return directQuote;
    }

    public Fact quote(String words, boolean direct) {
        this.quote = words;
        this.directQuote = direct;
        return this;
    }

    /** People killed in the event, as the text counts them ("killing at least 12"). */
    public Optional<Bounds> killed() {
        return Optional.ofNullable(killed);
    }

    /** People wounded or injured in the event, as the text counts them. */
    public Optional<Bounds> injured() {
        return Optional.ofNullable(injured);
    }

    public Fact casualties(Bounds killedCount, Bounds injuredCount) {
        this.killed = killedCount;
        this.injured = injuredCount;
        return this;
    }

    public Optional<Actor> treaty() {
        return Optional.ofNullable(treaty);
    }

    public Fact treaty(Actor value) {
        this.treaty = value;
        return this;
    }

    /** The CAMEO code a coded event was given (its PLOVER type, mode and weight with it). */
    public Optional<CameoCode> code() {
        return Optional.ofNullable(code);
    }

    /** The words that name the event ("condemned", "air strike") and the codebook entry that coded them. */
    public Fact coded(CameoCode value, String triggerWords, String entry) {
        this.code = value;
        this.trigger = triggerWords;
        this.codebookEntry = entry;
        return this;
    }

    public Optional<String> trigger() {
        return Optional.ofNullable(trigger);
    }

    public Optional<String> codebookEntry() {
        return Optional.ofNullable(codebookEntry);
    }

    /** Records where in the article text the actor of a role is named: {begin, end} character offsets. */
    public Fact span(Role role, int begin, int end) {
        spans.put(role, new int[] {begin, end});
        return this;
    }

    /** Where the actor of a role is named, when recorded. */
    public Optional<int[]> span(Role role) {
        return Optional.ofNullable(spans.get(role));
    }

    /** Folds another mention of the same fact into this one: more evidence, and values this one lacks. */
    void absorb(Fact other) {
        other.roles.forEach((role, actors) -> {
            if (role.multiValued() || all(role).isEmpty()) {
                actors.forEach(a -> add(role, a));
            }
        });
        other.evidence.stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        aidKinds.addAll(other.aidKinds);
        if (date == null) {
            date = other.date;
        }
        if (troopsMin == null && troopsMax == null) {
            troopsMin = other.troopsMin;
            troopsMax = other.troopsMax;
        }
        if (treaty == null) {
            treaty = other.treaty;
        }
        if (killed == null) {
            killed = other.killed;
        }
        if (injured == null) {
            injured = other.injured;
        }
    }

    /** Offset of the first evidence sentence: with the type it names the fact (stable for the same text). */
    public int anchor() {
        return evidence.stream().mapToInt(Evidence::begin).min().orElse(0);
    }
}
