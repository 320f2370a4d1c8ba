package org.entente.identity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event in the world and the article facts that report it. All members share class, modality and participants
 * by role; the dates of a dated event's members lie within the clustering window of one another (single linkage).
 *
 * @param iri the event's IRI, derived from its content (see {@link EventClustering})
 * @param members the reports, sorted by fact IRI
 */
public record EventCluster(String iri, List<ReportedFact> members) {

    public EventCluster {
        Objects.requireNonNull(iri, "iri");
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one report: " + iri);
        }
        members = members.stream().sorted(Comparator.comparing(ReportedFact::iri)).toList();
    }

    /** The first member: its class, modality and participants are those of every member. */
    public ReportedFact representative() {
        return members.get(0);
    }

    /** The distinct articles that report the event. */
    public SortedSet<String> articles() {
        return members.stream().map(ReportedFact::article).collect(Collectors.toCollection(TreeSet::new));
    }

    /** First day any report's date can mean; empty when no report is dated. */
    public Optional<LocalDate> earliest() {
        return members.stream().map(ReportedFact::earliest).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    /** Last day any report's date can mean; empty when no report is dated. */
    public Optional<LocalDate> latest() {
        return members.stream().map(ReportedFact::latest).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /**
     * The CAMEO code most reports give (ties to the lowest code), with its Goldstein weight; empty when no report is an
     * interaction. Reports of one event can differ here only in detail (e.g. aid of an unnamed kind versus military aid).
     */
    public Optional<Map.Entry<String, BigDecimal>> coding() {
        return coding(members);
    }

    /** {@link #coding()} of some reports sorted by fact IRI: the weight is that of the first report with the code. */
    static Optional<Map.Entry<String, BigDecimal>> coding(List<ReportedFact> members) {
        Map<String, Long> counts = members.stream().filter(m -> m.cameoCode() != null && m.goldstein() != null)
                .collect(Collectors.groupingBy(ReportedFact::cameoCode, TreeMap::new, Collectors.counting()));
        Optional<String> code = counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
        return code.flatMap(c -> members.stream().filter(m -> c.equals(m.cameoCode())).findFirst()
                .map(m -> Map.entry(c, m.goldstein())));
    }

    /** A readable label: the alphabetically first report label, and the dates when known. */
    public String label() {
        String base = members.stream().map(ReportedFact::label).min(Comparator.naturalOrder()).orElse(iri);
        return label(base, earliest(), latest());
    }

    /** A label made of a report label and the dates when known: {@code base (2024-06-19 to 2024-06-21)}. */
    static String label(String base, Optional<LocalDate> from, Optional<LocalDate> to) {
        Function<LocalDate, String> day = LocalDate::toString;
        Optional<String> first = from.map(day);
        Optional<String> last = to.map(day);
        if (first.isEmpty()) {
            return base;
        }
        return base + " (" + (first.get().equals(last.get()) ? first.get() : first.get() + " to " + last.get()) + ")";
    }
}
