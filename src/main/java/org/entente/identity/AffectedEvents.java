package org.entente.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The events that a change of some article graphs alters, and the events to write in their place. Call inside the
 * write transaction that changed the graphs, after the change.
 *
 * <p>{@link EventClustering} makes an event of each connected component of mergeable reports (same identity key,
 * dates within the window, linked in chains) and names it by a base IRI, with a checksum when another event has the
 * same base. A change therefore alters exactly these events, which are found here:
 * <ol>
 *   <li>the events that reported a fact of the changed graphs before the change, or report a fact they hold now:
 *       without that report they may split, shrink, vanish or change their IRI;</li>
 *   <li>the events of a new report's identity key whose span comes within the window of its dates, looked up in the
 *       index buckets its dates reach: the report joins them, and so joins them to one another. Other events of the
 *       key are further than the window from every report found here (else they would be one event already), so they
 *       stay as they are;</li>
 *   <li>the events whose base IRI is that of an event found here or of an event clustered anew: a checksum is added to
 *       or dropped from their IRIs. Their reports join the rest, and this step repeats until no new event turns
 *       up.</li>
 * </ol>
 * The reports of the events found, and the facts of the changed graphs as they are now, are then exactly the reports
 * of some whole events of a full recompute, whose IRIs depend on no other event; clustering them gives those events.
 *
 * <p>The events of step 1 are read report by report. Those of steps 2 and 3 that have two reports or more are kept
 * whole ({@link StoredEvent}): they lose no report, so they take part in the clustering as one piece spanning their
 * dates, and an event of a thousand reports that a new report joins costs a few lookups, not a thousand reads. An
 * event kept whole is read report by report after all when its reports are needed: when it merges with another event
 * kept whole (the larger stays whole), or when the reports disagree on its CAMEO coding.
 */
final class AffectedEvents {
    private final DatasetGraph dsg;
    private final EventClustering clustering;
    private final Map<String, ReportedFact> reports = new LinkedHashMap<>();
    private final Set<String> events = new TreeSet<>();
    private final Map<String, StoredEvent> stored = new TreeMap<>();
    private final Set<String> oldBases = new TreeSet<>();
    private final Map<String, List<EventIndex.Span>> byBucket = new HashMap<>();
    private List<MergedEvent> merged;
    private int reportsRead;

    private AffectedEvents(DatasetGraph dsg, EventClustering clustering) {
        this.dsg = dsg;
        this.clustering = clustering;
    }

    /**
     * Finds the affected events.
     *
     * @param oldFacts the IRIs of the event facts the changed graphs held before the change
     * @param newFacts the event facts the changed graphs hold now
     */
    static AffectedEvents find(DatasetGraph dsg, EventClustering clustering, Collection<String> oldFacts,
            List<ReportedFact> newFacts) {
        AffectedEvents found = new AffectedEvents(dsg, clustering);
        newFacts.forEach(f -> found.reports.put(f.iri(), f));
        found.reportsRead = found.reports.size();
        oldFacts.forEach(f -> EventIndex.reporting(dsg, f).forEach(found::open));
        newFacts.forEach(f -> EventIndex.reporting(dsg, f.iri()).forEach(found::open));
        newFacts.stream().filter(clustering::canMerge).forEach(found::addReachedBy);
        found.addSameBase();
        found.readWhereNeeded();
        return found;
    }

    /** The IRIs of the events read report by report: they are deleted and written anew. */
    Set<String> events() {
        return events;
    }

    /** The events to write in place of those found: each holds at most one event kept whole. */
    List<MergedEvent> merged() {
        return merged;
    }

    /**
     * The facts read from article graphs: the changed graphs' facts, the reports of the events read report by report,
     * and one report of each event kept whole.
     */
    int reportsRead() {
        return reportsRead;
    }

    private void addReachedBy(ReportedFact f) {
        for (String bucket : EventIndex.bucketsReachedBy(f, clustering)) {
            for (EventIndex.Span span : byBucket.computeIfAbsent(bucket, b -> EventIndex.inBucket(dsg, b))) {
                if (clustering.reaches(f, span.earliest(), span.latest())) {
                    add(span.event());
                }
            }
        }
    }

    private void addSameBase() {
        Set<String> lookedUp = new HashSet<>();
        boolean grew = true;
        while (grew) {
            merged = clustering.merge(reports.values(), stored.values());
            Set<String> bases = new TreeSet<>(oldBases);
            for (MergedEvent e : merged) {
                if (clustering.canMerge(e.representative())) {
                    bases.add(e.base());
                }
            }
            bases.removeAll(lookedUp);
            lookedUp.addAll(bases);
            grew = false;
            for (String base : bases) {
                for (String event : EventIndex.withBase(dsg, base)) {
                    grew |= add(event);
                }
            }
        }
    }

    /**
     * Reads report by report the events kept whole that the result cannot do without: all but the largest of those that
     * merge, and one whose coding the reports decide. Reading them changes no component, so no base either.
     */
    private void readWhereNeeded() {
        List<String> needed = neededReports();
        while (!needed.isEmpty()) {
            needed.forEach(this::open);
            merged = clustering.merge(reports.values(), stored.values());
            needed = neededReports();
        }
    }

    private List<String> neededReports() {
        List<String> needed = new ArrayList<>();
        for (MergedEvent e : merged) {
            if (e.stored().size() > 1) {
                e.stored().stream().sorted(Comparator.comparingInt(StoredEvent::reports).reversed()
                        .thenComparing(StoredEvent::iri)).skip(1).forEach(s -> needed.add(s.iri()));
            } else if (!e.stored().isEmpty() && !e.codingKnown()) {
                needed.add(e.stored().get(0).iri());
            }
        }
        return needed;
    }

    /** Adds an event of steps 2 and 3: kept whole when it can be, else read report by report. */
    private boolean add(String event) {
        if (events.contains(event) || stored.containsKey(event)) {
            return false;
        }
        return StoredEvent.read(dsg, event, clustering).map(e -> {
            stored.put(event, e);
            oldBases.add(e.base());
            reportsRead++;
            return true;
        }).orElseGet(() -> open(event));
    }

    /** Adds an event and its reports as they are now (a report no article graph holds any more is gone). */
    private boolean open(String event) {
        StoredEvent whole = stored.remove(event);
        if (!events.add(event)) {
            return false;
        }
        if (whole != null) {
            reports.putIfAbsent(whole.representative().iri(), whole.representative());
        }
        EventIndex.baseOf(dsg, event).ifPresent(oldBases::add);
        for (String report : EventIndex.reports(dsg, event)) {
            if (!reports.containsKey(report)) {
                ArticleFactReader.readFact(dsg, report).ifPresent(f -> {
                    reports.put(report, f);
                    reportsRead++;
                });
            }
        }
        return true;
    }
}
