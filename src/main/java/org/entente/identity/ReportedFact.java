package org.entente.identity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.vocab.ENT;

/**
 * One event fact as an article graph states it, reduced to what decides whether two reports describe the same event:
 * its class, modality, participants by role, and the bounds of its date.
 *
 * @param iri the fact's IRI ({@code {article}/{type}-{offset}})
 * @param article the article it was read from
 * @param eventClass IRI of its ent: event class, e.g. {@code ent:Meeting}
 * @param modality IRI of its modality individual ({@code ent:Asserted} when the graph states none)
 * @param participants actor IRIs by role name ({@code deployer}, {@code side}, {@code party}, ...); sorted
 * @param earliest first day the fact's date can mean, or null when undated
 * @param latest last day the fact's date can mean, or null when undated
 * @param dateText the fact's {@code ent:date} lexical form when it has one (e.g. {@code 2024-06}), else null
 * @param label the fact's rdfs:label
 * @param cameoCode CAMEO code when the fact is an interaction, else null
 * @param goldstein Goldstein weight when the fact is an interaction, else null
 */
public record ReportedFact(String iri, String article, String eventClass, String modality,
        SortedMap<String, SortedSet<String>> participants, LocalDate earliest, LocalDate latest, String dateText,
        String label, String cameoCode, BigDecimal goldstein) {

    public ReportedFact {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(modality, "modality");
        if ((earliest == null) != (latest == null)) {
            throw new IllegalArgumentException(iri + ": earliest and latest come in pairs");
        }
        if (earliest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException(iri + ": latest " + latest + " before earliest " + earliest);
        }
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        if (participants != null) {
            participants.forEach((role, actors) -> copy.put(role, Collections.unmodifiableSortedSet(new TreeSet<>(actors))));
        }
        participants = Collections.unmodifiableSortedMap(copy);
        label = label == null ? iri : label;
    }

    /**
     * Class, modality and participants by role, as one string: two reports of the same event have the same key. A
     * coded event's CAMEO code is part of it too ("condemned" and "praised" between the same actors are two events).
     * Dates are not part of it; the clustering compares them.
     */
    public String identityKey() {
        String roles = participants.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining(";"));
        String code = eventClass.equals(ENT.CODED_EVENT.getURI()) ? "|code=" + cameoCode : "";
        return eventClass + code + "|" + modality + "|" + roles;
    }

    /** Every participant, whatever its role. */
    public SortedSet<String> actors() {
        SortedSet<String> all = new TreeSet<>();
        participants.values().forEach(all::addAll);
        return all;
    }

    /** Whether the fact has a date no wider than {@code maxSpanDays} (a day or a week, not a month or a year). */
    public boolean datedWithin(int maxSpanDays) {
        return earliest != null && ChronoUnit.DAYS.between(earliest, latest) <= maxSpanDays;
    }

    /** Days between this fact's date and another's: 0 when they overlap. Both must be dated. */
    public long gapDays(ReportedFact other) {
        if (other.earliest.isAfter(latest)) {
            return ChronoUnit.DAYS.between(latest, other.earliest);
        }
        if (earliest.isAfter(other.latest)) {
            return ChronoUnit.DAYS.between(other.latest, earliest);
        }
        return 0;
    }

    /** A fact with the given participants, for tests and readers: {@code Map.of("side", List.of(a, b))}. */
    public static SortedMap<String, SortedSet<String>> roles(Map<String, List<String>> byRole) {
        SortedMap<String, SortedSet<String>> out = new TreeMap<>();
        byRole.forEach((role, actors) -> out.put(role, new TreeSet<>(actors)));
        return out;
    }
}
