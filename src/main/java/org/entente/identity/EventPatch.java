package org.entente.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes what an incremental update found ({@link AffectedEvents}) into the events graph and its index: the events
 * read report by report are deleted and written anew; an event kept whole that keeps its IRI is updated in place (its
 * changed summary quads, a link to each new report, its changed index quads), so that a report joining a long event
 * writes a few quads, not the whole event again; one that changes its IRI is written anew with its reports' links.
 */
final class EventPatch {
    private EventPatch() {
    }

    /** Writes the events found; returns how many events of the events graph were deleted or updated in place. */
    static int apply(DatasetGraph dsg, AffectedEvents affected, EventClustering clustering) {
        Map<String, List<String>> renamed = new HashMap<>();
        List<String> deleted = new ArrayList<>(affected.events());
        for (MergedEvent e : affected.merged()) {
            for (StoredEvent s : e.stored()) {
                if (!inPlace(e)) {
                    renamed.put(s.iri(), EventIndex.reports(dsg, s.iri()));
                    deleted.add(s.iri());
                }
            }
        }
        int removed = EventIndex.remove(dsg, deleted);
        for (MergedEvent e : affected.merged()) {
            EventSummary summary = e.summary(articles(dsg, e));
            if (inPlace(e)) {
                replace(dsg, EventGraphWriter.storedSummary(dsg, e.iri()), EventGraphWriter.summary(summary));
                replace(dsg, EventIndex.stated(dsg, e.iri()), EventIndex.quads(summary, e.base(), clustering));
                removed++;
            } else {
                EventGraphWriter.summary(summary).forEach(dsg::add);
                e.stored().forEach(s -> renamed.get(s.iri())
                        .forEach(r -> dsg.add(EventGraphWriter.report(e.iri(), r))));
                if (clustering.canMerge(e.representative())) {
                    EventIndex.quads(summary, e.base(), clustering).forEach(dsg::add);
                }
            }
            e.facts().forEach(f -> dsg.add(EventGraphWriter.report(e.iri(), f.iri())));
        }
        return removed;
    }

    /** Whether an event holds an event kept whole under the same IRI (it holds at most one). */
    private static boolean inPlace(MergedEvent e) {
        return e.stored().size() == 1 && e.stored().get(0).iri().equals(e.iri());
    }

    /** Deletes the quads that are no longer stated and adds the new ones, leaving the others untouched. */
    private static void replace(DatasetGraph dsg, Collection<Quad> before, Collection<Quad> after) {
        Set<Quad> now = new HashSet<>(after);
        for (Quad q : before) {
            if (!now.remove(q)) {
                dsg.delete(q);
            }
        }
        now.forEach(dsg::add);
    }

    /**
     * The distinct articles of an event: those of its reports read, plus those of the event kept whole, whose count
     * the events graph states, less the articles of reports read that one of its reports comes from too.
     */
    private static int articles(DatasetGraph dsg, MergedEvent e) {
        Set<String> read = new TreeSet<>();
        e.facts().forEach(f -> read.add(f.article()));
        if (e.stored().isEmpty()) {
            return read.size();
        }
        StoredEvent whole = e.stored().get(0);
        return whole.articles() + (int) read.stream().filter(a -> !reportsArticle(dsg, whole.iri(), a)).count();
    }

    /** Whether an event has a report from an article: looked up among the facts of that article. */
    private static boolean reportsArticle(DatasetGraph dsg, String event, String article) {
        for (String fact : ArticleFactReader.factsOf(dsg, article)) {
            if (EventIndex.reports(dsg, event, fact) && ArticleFactReader.readFact(dsg, fact)
                    .filter(f -> f.article().equals(article)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
