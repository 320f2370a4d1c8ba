package org.entente.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.FactType;
import org.entente.identity.EventUpdate;

/** Counts of a load run: articles loaded and failed, quads written, facts per type, and the events graph updates. */
public final class LoadSummary {
    private int loaded;
    private int failed;
    private long quads;
    private final Map<FactType, Integer> facts = new EnumMap<>(FactType.class);
    private int eventUpdates;
    private int eventsWritten;
    private int eventsRemoved;
    private long reportsRead;

    synchronized void loaded(ArticleFacts article, int quadCount) {
        loaded++;
        quads += quadCount;
        for (Fact f : article.facts()) {
            facts.merge(f.type(), 1, Integer::sum);
        }
    }

    synchronized void events(EventUpdate update) {
        eventUpdates++;
        eventsWritten += update.eventsWritten();
        eventsRemoved += update.eventsRemoved();
        reportsRead += update.reportsRead();
    }

    synchronized void failed() {
        failed++;
    }

    public synchronized int loadedCount() {
        return loaded;
    }

    public synchronized int failedCount() {
        return failed;
    }

    @Override
    public synchronized String toString() {
        String perType = facts.entrySet().stream().map(e -> e.getKey().segment() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String events = eventUpdates == 0 ? "" : ", events graph: " + eventsWritten + " events written and "
                + eventsRemoved + " removed in " + eventUpdates + " updates from " + reportsRead + " reports read";
        return "articles loaded=" + loaded + " failed=" + failed + ", quads=" + quads + ", facts: "
                + (perType.isEmpty() ? "none" : perType) + events;
    }
}
