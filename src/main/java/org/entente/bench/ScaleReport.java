package org.entente.bench;

import java.io.PrintWriter;
import java.util.List;
import org.entente.bulk.BuildSummary;

/**
 * The result of {@code bench --scale}: the growth table (one {@link ScaleRow} per store size), the ratio of the cost of
 * the next articles at the largest store over the smallest, and the bulk-build comparison on the largest size's shards.
 * It ends with one machine-readable line:
 * <pre>
 * scale: sizes=10000,100000 next=1000 next_ratio=1.12 next_with_statistics_ratio=3.4 build_quads=10000000
 *     xloader_quads_per_s=... phased_quads_per_s=...
 * </pre>
 */
public final class ScaleReport {
    /** The target of issue 12: the next 1,000 articles may cost at most this much more on the largest store. */
    public static final double TARGET_RATIO = 1.5;
    /** Jena's published figure for tdb2.xloader, quoted, not measured here. */
    public static final String JENA_XLOADER_FIGURE = "Jena's published figure for tdb2.xloader (as issue 12 quotes "
            + "it): about 1 billion triples in about 7.5 hours on 4 cores, about 37,000 triples/s; quoted, not "
            + "measured here";

    private final String header;
    private final List<ScaleRow> rows;
    private final BuildSummary xloader;
    private final BuildSummary phased;

    /** {@code comparison}: empty, or the largest size's builds with tdb2.xloader and with the phased loader. */
    ScaleReport(String header, List<ScaleRow> rows, List<BuildSummary> comparison) {
        this.header = header;
        this.rows = List.copyOf(rows);
        this.xloader = comparison.isEmpty() ? null : comparison.get(0);
        this.phased = comparison.isEmpty() ? null : comparison.get(1);
    }

    /** The rows, smallest store first. */
    List<ScaleRow> rows() {
        return rows;
    }

    /** Seconds for the next articles at the largest store over those at the smallest (load and events). */
    public double nextRatio() {
        return rows.get(rows.size() - 1).nextSeconds() / rows.get(0).nextSeconds();
    }

    /** The same with the statistics rewrite that ends a {@code load} counted in. */
    public double nextWithStatisticsRatio() {
        ScaleRow last = rows.get(rows.size() - 1);
        ScaleRow first = rows.get(0);
        return (last.nextSeconds() + last.statisticsSeconds()) / (first.nextSeconds() + first.statisticsSeconds());
    }

    public void print(PrintWriter out) {
        out.println(header);
        out.println();
        out.println("| articles | quads | bulk build s | bulk load quads/s | events recompute s | next "
                + rows.get(0).nextArticles() + ": load + events s | statistics s | query p50 ms | query p99 ms | "
                + "queries timed out |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (ScaleRow r : rows) {
            out.println("| " + Figures.count(r.articles()) + " | " + Figures.count(r.build().quads()) + " | "
                    + Figures.num(r.build().totalSeconds()) + " | " + Figures.count(Math.round(r.build()
                    .loadQuadsPerSecond())) + " | " + Figures.num(r.build().eventsSeconds()) + " | "
                    + Figures.num(r.nextSeconds()) + " | " + Figures.num(r.statisticsSeconds()) + " | "
                    + Figures.num(r.queryP50Millis()) + " | " + Figures.num(r.queryP99Millis()) + " | "
                    + r.queriesTimedOut() + " of " + r.queries() + " |");
        }
        out.println();
        out.println("next " + rows.get(0).nextArticles() + " articles, largest store over smallest: "
                + Figures.num(nextRatio()) + "x (target <= " + TARGET_RATIO + "x: "
                + (nextRatio() <= TARGET_RATIO ? "met" : "NOT met") + "); with the statistics rewrite: "
                + Figures.num(nextWithStatisticsRatio()) + "x");
        if (xloader != null) {
            out.println();
            out.println("| bulk build of " + Figures.count(xloader.quads()) + " quads | load s | load quads/s | "
                    + "whole build s | whole build quads/s |");
            out.println("|---|---:|---:|---:|---:|");
            for (BuildSummary b : new BuildSummary[] {xloader, phased}) {
                out.println("| " + (b == xloader ? "build-store (tdb2.xloader)" : "tdb2.tdbloader (phased, this JVM)")
                        + " | " + Figures.num(b.loadSeconds()) + " | "
                        + Figures.count(Math.round(b.loadQuadsPerSecond()))
                        + " | " + Figures.num(b.totalSeconds()) + " | " + Figures.count(Math.round(b
                        .totalQuadsPerSecond())) + " |");
            }
            out.println(JENA_XLOADER_FIGURE + ".");
        }
        out.println();
        StringBuilder line = new StringBuilder("scale: sizes=");
        rows.forEach(r -> line.append(r.articles()).append(r == rows.get(rows.size() - 1) ? "" : ","));
        line.append(" next=").append(rows.get(0).nextArticles()).append(" next_ratio=").append(Figures.num(nextRatio()))
                .append(" next_with_statistics_ratio=").append(Figures.num(nextWithStatisticsRatio()));
        if (xloader != null) {
            line.append(" build_quads=").append(xloader.quads()).append(" xloader_quads_per_s=")
                    .append(Math.round(xloader.loadQuadsPerSecond())).append(" phased_quads_per_s=")
                    .append(Math.round(phased.loadQuadsPerSecond()));
        }
        out.println(line);
        out.flush();
    }
}
