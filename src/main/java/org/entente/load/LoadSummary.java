package org.entente.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Fact;
import org.entente.facts.FactType;

/** Counts of a load run: articles loaded and failed, quads written, facts per type. */
public final class LoadSummary {
    private int loaded;
    private int failed;
    private long quads;
    private final Map<FactType, Integer> facts = new EnumMap<>(FactType.class);

    synchronized void loaded(ArticleFacts article, int quadCount) {
        loaded++;
        quads += quadCount;
        for (Fact f : article.facts()) {
            facts.merge(f.type(), 1, Integer::sum);
        }
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
        return "articles loaded=" + loaded + " failed=" + failed + ", quads=" + quads + ", facts: "
                + (perType.isEmpty() ? "none" : perType);
    }
}
