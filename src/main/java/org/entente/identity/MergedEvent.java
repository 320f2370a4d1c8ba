package org.entente.identity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One event as {@link EventClustering#merge} gives it: reports read from article graphs and events of the events graph
 * kept whole ({@link StoredEvent}), all of one identity key when more than one. Everything the events graph states of
 * the event follows from these but the number of distinct articles (the articles of a stored event are not read) and,
 * when the parts disagree on it, the CAMEO coding; an update then reads the stored events' reports instead.
 *
 * @param iri the event's IRI
 * @param facts the reports read, sorted by fact IRI
 * @param stored the events kept whole, sorted by IRI
 */
record MergedEvent(String iri, List<ReportedFact> facts, List<StoredEvent> stored) {

    MergedEvent {
        Objects.requireNonNull(iri, "iri");
        facts = facts.stream().sorted(Comparator.comparing(ReportedFact::iri)).toList();
        stored = stored.stream().sorted(Comparator.comparing(StoredEvent::iri)).toList();
        if (facts.isEmpty() && stored.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one report: " + iri);
        }
    }

    /** A report: the first read, else a stored event's; class, modality and participants are those of every report. */
    ReportedFact representative() {
        return facts.isEmpty() ? stored.get(0).representative() : facts.get(0);
    }

    /** The IRI before the checksum, as {@link EventClustering#readableIri(List)} gives it for all the reports. */
    String base() {
        return EventClustering.readableIri(representative(), earliest().orElse(null), reports());
    }

    /** Number of reports. */
    int reports() {
        return facts.size() + stored.stream().mapToInt(StoredEvent::reports).sum();
    }

    Optional<LocalDate> earliest() {
        return Stream.concat(facts.stream().map(ReportedFact::earliest), stored.stream().map(StoredEvent::earliest))
                .filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    Optional<LocalDate> latest() {
        return Stream.concat(facts.stream().map(ReportedFact::latest), stored.stream().map(StoredEvent::latest))
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** The label {@link EventCluster#label()} gives for all the reports. */
    String label() {
        String base = Stream.concat(facts.stream().map(ReportedFact::label),
                stored.stream().map(StoredEvent::labelBase)).min(Comparator.naturalOrder()).orElse(iri);
        return EventCluster.label(base, earliest(), latest());
    }

    /**
     * Whether {@link #coding()} is the coding of all the reports: when no stored event has one (the reports read
     * decide), or when every stored event and every coded report read give the same code and weight (it stays the most
     * given).
     */
    boolean codingKnown() {
        if (stored.stream().allMatch(s -> s.coding().isEmpty())) {
            return true;
        }
        Set<String> codings = Stream.concat(
                stored.stream().flatMap(s -> s.coding().stream()).map(MergedEvent::coding),
                facts.stream().filter(f -> f.cameoCode() != null && f.goldstein() != null)
                        .map(f -> coding(Map.entry(f.cameoCode(), f.goldstein()))))
                .collect(Collectors.toSet());
        return codings.size() == 1;
    }

    /**
     * The CAMEO code most reports give, with its Goldstein weight, as {@link EventCluster#coding()}.
     *
     * @throws IllegalStateException when it is not {@link #codingKnown() known}
     */
    Optional<Map.Entry<String, BigDecimal>> coding() {
        if (!codingKnown()) {
            throw new IllegalStateException("the coding of " + iri + " needs the reports of its stored events");
        }
        return stored.stream().flatMap(s -> s.coding().stream()).findFirst().or(() -> EventCluster.coding(facts));
    }

    /** The summary the events graph states, given the number of distinct articles. */
    EventSummary summary(int articles) {
        return new EventSummary(iri, representative(), label(), earliest(), latest(), coding(), reports(), articles);
    }

    private static String coding(Map.Entry<String, BigDecimal> c) {
        return c.getKey() + " " + c.getValue().toPlainString();
    }
}
