package org.entente.identity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.entente.facts.FactType;
import org.entente.ingest.Slugs;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;

/**
 * Groups article facts into events: two reports are the same event when they have the same class, the same modality,
 * the same participants in the same roles, and dates at most {@code windowDays} apart (single linkage, so a chain of
 * close reports is one event). Conservative by design: a report merges only when its date is no wider than
 * {@code maxSpanDays} (a day or a week; "in June" or "in 2024" is too vague to tell two events apart) and it names at
 * least two participants. Every other report is an event of its own. The result depends only on the facts, never on
 * the order they come in; event IRIs derive from class, modality, earliest date and participants, so the same reports
 * always give the same IRI.
 *
 * <pre>
 * EventClustering clustering = EventClustering.create().windowDays(3).maxSpanDays(7).build();
 * List&lt;EventCluster&gt; events = clustering.cluster(facts);
 * </pre>
 */
public final class EventClustering {
    /** Base of event IRIs: {@code https://w3id.org/entente/event/}. */
    public static final String EVENT_BASE = EntenteIris.BASE + "event/";
    /** Role names in the order their actors appear in an event IRI: initiators first. */
    static final List<String> ROLE_ORDER = ArticleFactReader.roleOrder();
    private static final int MAX_ACTORS_IN_IRI = 4;

    private final int windowDays;
    private final int maxSpanDays;

    private EventClustering(Builder b) {
        this.windowDays = b.windowDays;
        this.maxSpanDays = b.maxSpanDays;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The clustering Entente uses: reports up to 3 days apart, dated to the day or the week. */
    public static EventClustering standard() {
        return create().build();
    }

    public int windowDays() {
        return windowDays;
    }

    public int maxSpanDays() {
        return maxSpanDays;
    }

    /** The rule as one string, {@code windowDays=3 maxSpanDays=7}: the event index records it with the graph. */
    public String settings() {
        return "windowDays=" + windowDays + " maxSpanDays=" + maxSpanDays;
    }

    /** The events these facts report, sorted by IRI. */
    public List<EventCluster> cluster(Collection<ReportedFact> facts) {
        return merge(facts, List.of()).stream().map(e -> new EventCluster(e.iri(), e.facts())).toList();
    }

    /**
     * The events of some reports and of some events kept whole, sorted by IRI: a stored event takes part as one piece
     * spanning its dates, which links to a report exactly when one of its reports would (they are linked in a chain).
     */
    List<MergedEvent> merge(Collection<ReportedFact> facts, Collection<StoredEvent> stored) {
        Map<String, List<Part>> byKey = new TreeMap<>();
        List<ReportedFact> alone = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReportedFact f : facts) {
            if (!seen.add(f.iri())) {
                continue;
            }
            if (canMerge(f)) {
                byKey.computeIfAbsent(f.identityKey(), k -> new ArrayList<>()).add(new Part(f, null));
            } else {
                alone.add(f);
            }
        }
        for (StoredEvent e : stored) {
            byKey.computeIfAbsent(e.representative().identityKey(), k -> new ArrayList<>()).add(new Part(null, e));
        }
        Map<String, List<List<Part>>> byBase = new TreeMap<>();
        for (List<Part> group : byKey.values()) {
            for (List<Part> parts : linkByDate(group)) {
                byBase.computeIfAbsent(baseOf(parts), k -> new ArrayList<>()).add(parts);
            }
        }
        List<MergedEvent> events = new ArrayList<>();
        byBase.forEach((base, groups) -> {
            for (List<Part> parts : groups) {
                String iri = groups.size() == 1 ? base : base + "-" + checksum(parts.get(0).fact().identityKey());
                events.add(new MergedEvent(iri, parts.stream().map(Part::read).filter(Objects::nonNull).toList(),
                        parts.stream().map(Part::stored).filter(Objects::nonNull).toList()));
            }
        });
        for (ReportedFact f : alone) {
            events.add(new MergedEvent(readableIri(List.of(f)) + "-" + checksum(f.iri()), List.of(f), List.of()));
        }
        events.sort(Comparator.comparing(MergedEvent::iri));
        return events;
    }

    /** Whether a report may join others: dated precisely enough and naming at least two participants. */
    boolean canMerge(ReportedFact f) {
        return f.datedWithin(maxSpanDays) && f.actors().size() >= 2;
    }

    /**
     * Whether a mergeable report links to a group of reports that spans {@code earliest} to {@code latest}: some report
     * of a group whose dates are linked in a chain lies within the window of it exactly when the spans do.
     */
    boolean reaches(ReportedFact f, LocalDate earliest, LocalDate latest) {
        return !f.earliest().isAfter(latest.plusDays(windowDays)) && !earliest.isAfter(f.latest().plusDays(windowDays));
    }

    /** Single linkage over dates: sorted by start, a piece joins the running group when it starts close enough. */
    private List<List<Part>> linkByDate(List<Part> dated) {
        List<Part> sorted = new ArrayList<>(dated);
        sorted.sort(Comparator.comparing(Part::earliest).thenComparing(Part::latest).thenComparing(Part::iri));
        List<List<Part>> groups = new ArrayList<>();
        List<Part> current = null;
        LocalDate reach = null;
        for (Part p : sorted) {
            if (current != null && !p.earliest().isAfter(reach.plusDays(windowDays))) {
                current.add(p);
                reach = p.latest().isAfter(reach) ? p.latest() : reach;
            } else {
                current = new ArrayList<>();
                current.add(p);
                groups.add(current);
                reach = p.latest();
            }
        }
        return groups;
    }

    /** The base IRI of a group of mergeable pieces: that of all their reports. */
    private static String baseOf(List<Part> parts) {
        LocalDate earliest = parts.stream().map(Part::earliest).min(Comparator.naturalOrder()).orElseThrow();
        int reports = parts.stream().mapToInt(p -> p.stored() == null ? 1 : p.stored().reports()).sum();
        return readableIri(parts.get(0).fact(), earliest, reports);
    }

    /** {@code event/{type}[-{modality}]-{earliest date | date | undated}-{participants}}. */
    static String readableIri(List<ReportedFact> members) {
        LocalDate earliest = members.stream().map(ReportedFact::earliest).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return readableIri(members.get(0), earliest, members.size());
    }

    /** The readable IRI of {@code reports} reports like {@code first}, the earliest of whose dates is given. */
    static String readableIri(ReportedFact first, LocalDate earliest, int reports) {
        StringBuilder iri = new StringBuilder(EVENT_BASE).append(segment(first.eventClass()));
        if (!first.modality().equals(ENT.ASSERTED.getURI())) {
            iri.append('-').append(Slugs.slug(localName(first.modality())));
        }
        String date = reports == 1 && first.dateText() != null && !first.datedWithin(0) ? first.dateText()
                : earliest != null ? earliest.toString() : "undated";
        iri.append('-').append(Slugs.slug(date));
        String actors = actorSlug(first);
        if (!actors.isEmpty()) {
            iri.append('-').append(actors);
        }
        return iri.toString();
    }

    private static String actorSlug(ReportedFact f) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> roles = new ArrayList<>(ROLE_ORDER);
        f.participants().keySet().stream().filter(r -> !ROLE_ORDER.contains(r)).forEach(roles::add);
        for (String role : roles) {
            for (String actor : f.participants().getOrDefault(role, Collections.emptySortedSet())) {
                String key = Slugs.slug(actor.substring(actor.lastIndexOf('/') + 1));
                keys.add(key.isEmpty() ? checksum(actor) : key);
            }
        }
        List<String> shown = new ArrayList<>(keys);
        if (shown.size() > MAX_ACTORS_IN_IRI) {
            int more = shown.size() - MAX_ACTORS_IN_IRI + 1;
            shown = new ArrayList<>(shown.subList(0, MAX_ACTORS_IN_IRI - 1));
            shown.add("and-" + more + "-more");
        }
        return String.join("-", shown);
    }

    static String segment(String eventClass) {
        for (FactType t : FactType.values()) {
            if (t.ontologyClass().getURI().equals(eventClass)) {
                return t.segment();
            }
        }
        return Slugs.slug(localName(eventClass));
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /** A piece of single linkage: a report read, or an event kept whole; the other is null. */
    private record Part(ReportedFact read, StoredEvent stored) {
        /** The report, or one report of the event kept whole. */
        ReportedFact fact() {
            return read != null ? read : stored.representative();
        }

        LocalDate earliest() {
            return read != null ? read.earliest() : stored.earliest();
        }

        LocalDate latest() {
            return read != null ? read.latest() : stored.latest();
        }

        String iri() {
            return read != null ? read.iri() : stored.iri();
        }
    }

    /** Options of {@link EventClustering}; {@link #build()} checks them. */
    public static final class Builder {
        private int windowDays = 3;
        private int maxSpanDays = 7;

        private Builder() {
        }

        /** Most days between the dates of two reports of one event (default 3). */
        public Builder windowDays(int days) {
            this.windowDays = days;
            return this;
        }

        /** Widest date (last minus first day) a report may have and still merge (default 7: a day or a week). */
        public Builder maxSpanDays(int days) {
            this.maxSpanDays = days;
            return this;
        }

        public EventClustering build() {
            if (windowDays < 0 || windowDays > 31) {
                throw new IllegalArgumentException("windowDays must be 0..31, was " + windowDays);
            }
            if (maxSpanDays < 0 || maxSpanDays > 31) {
                throw new IllegalArgumentException("maxSpanDays must be 0..31, was " + maxSpanDays);
            }
            return new EventClustering(this);
        }
    }
}
