package org.entente.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The events that a change of some article graphs alters, and the reports to cluster again in their place. Call inside
 * the write transaction that changed the graphs, after the change.
 *
 * <p>{@link EventClustering} makes an event of each connected component of mergeable reports (same identity key,
 * dates within the window, linked in chains) and names it by a base IRI, with a checksum when another event has the
 * same base. A change therefore alters exactly these events, which are found here:
 * <ol>
 *   <li>the events that reported a fact of the changed graphs before the change: without that report they may split,
 *       shrink, vanish or change their IRI;</li>
 *   <li>the events of a new report's identity key whose span comes within the window of its dates: the report joins
 *       them, and so joins them to one another. Other events of the key are further than the window from every report
 *       found here (else they would be one event already), so they stay as they are;</li>
 *   <li>the events whose base IRI is that of an event found here or of an event clustered anew: a checksum is added to
 *       or dropped from their IRIs. Their reports join the rest, and this step repeats until no new event turns
 *       up.</li>
 * </ol>
 * The reports of the events found, and the facts of the changed graphs as they are now, are then exactly the reports
 * of some whole events of a full recompute, whose IRIs depend on no other event; clustering them gives those events.
 * Only the reports of events found are read, each by its IRI.
 */
final class AffectedEvents {
    private final DatasetGraph dsg;
    private final EventClustering clustering;
    private final Map<String, ReportedFact> reports = new LinkedHashMap<>();
    private final Set<String> events = new TreeSet<>();
    private final Set<String> oldBases = new TreeSet<>();
    private final Map<String, List<EventIndex.Span>> byKey = new HashMap<>();
    private List<EventCluster> clusters;
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
        oldFacts.forEach(f -> EventIndex.reporting(dsg, f).forEach(found::add));
        newFacts.stream().filter(clustering::canMerge).forEach(found::addReachedBy);
        found.addSameBase();
        return found;
    }

    /** The IRIs of the events to delete. */
    Set<String> events() {
        return events;
    }

    /** The events to write in their place. */
    List<EventCluster> clusters() {
        return clusters;
    }

    /** The facts read from article graphs: the changed graphs' facts and the reports of the events found. */
    int reportsRead() {
        return reportsRead;
    }

    private void addReachedBy(ReportedFact f) {
        for (EventIndex.Span span : byKey.computeIfAbsent(f.identityKey(), k -> EventIndex.withKey(dsg, k))) {
            if (clustering.reaches(f, span.earliest(), span.latest())) {
                add(span.event());
            }
        }
    }

    private void addSameBase() {
        Set<String> lookedUp = new HashSet<>();
        boolean grew = true;
        while (grew) {
            clusters = clustering.cluster(reports.values());
            Set<String> bases = new TreeSet<>(oldBases);
            for (EventCluster c : clusters) {
                if (clustering.canMerge(c.representative())) {
                    bases.add(EventClustering.readableIri(c.members()));
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

    /** Adds an event and its reports as they are now (a report no article graph holds any more is gone). */
    private boolean add(String event) {
        if (!events.add(event)) {
            return false;
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
