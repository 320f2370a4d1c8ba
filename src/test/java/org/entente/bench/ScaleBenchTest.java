package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.entente.bulk.BuildSummary;
import org.entente.bulk.BulkLoader;
import org.entente.cli.EntenteCli;
import org.entente.identity.EventRefresh;
import org.junit.jupiter.api.Test;

/**
 * {@code entente bench --scale} end to end with tiny sizes (50 and 100 articles, 20 more each): every step runs for
 * real (shards, bulk builds, incremental loads, the bundled queries). Only the shape of the output is checked, never a
 * timing.
 */
class ScaleBenchTest {
    private static final Pattern LINE = Pattern.compile("scale: sizes=50,100 next=20 next_ratio=([0-9.]+) "
            + "next_with_statistics_ratio=([0-9.]+)$", Pattern.MULTILINE);
    private static final Pattern COMPARED = Pattern.compile("scale: sizes=10,20 next=5 next_ratio=2.00 "
            + "next_with_statistics_ratio=1.75 build_quads=1000 xloader_quads_per_s=100 phased_quads_per_s=500");
    private static final Pattern ROW = Pattern.compile("^\\| (50|100) \\| ([0-9,]+) \\|( [0-9.,]+ \\|){7} "
            + "[0-9]+ of [0-9]+ \\|$");

    @Test
    void tinyScaleRunPrintsTheGrowthTable() {
        StringBuilder out = new StringBuilder();
        assertEquals(EntenteCli.OK, BenchCommandTest.run(out, "bench", "--scale", "50,100", "--next", "20",
                "--base-loader", "phased", "--query-warmups", "0", "--query-runs", "1", "--query-timeout", "60"));
        String text = out.toString();
        assertTrue(LINE.matcher(text).find(), text);
        long rows = text.lines().filter(l -> ROW.matcher(l).matches()).count();
        assertEquals(2, rows, text);
    }

    /** The loader comparison's table and keys, from made-up figures (BuildStoreCommandTest runs tdb2.xloader). */
    @Test
    void loaderComparisonIsPrintedWithJenasFigure() {
        EventRefresh events = new EventRefresh(3, 3, 0, 0, 30);
        BuildSummary xloader = new BuildSummary(1, 1000, BulkLoader.XLOADER, events, 0.1, 10, 1, 1, 12.5);
        BuildSummary phased = new BuildSummary(1, 1000, BulkLoader.PHASED, events, 0.1, 2, 1, 1, 4.5);
        List<ScaleRow> rows = List.of(new ScaleRow(10, phased, 5, 1.0, 0.2, 3, 9, 20, 0),
                new ScaleRow(20, xloader, 5, 2.0, 0.1, 4, 12, 20, 1));
        StringWriter buffer = new StringWriter();
        new ScaleReport("header", rows, List.of(xloader, phased)).print(new PrintWriter(buffer));
        String text = buffer.toString();
        assertTrue(COMPARED.matcher(text).find(), text);
        assertTrue(text.contains("| build-store (tdb2.xloader) | 10.0 | 100 | 12.5 | 80 |"), text);
        assertTrue(text.contains("| tdb2.tdbloader (phased, this JVM) | 2.00 | 500 | 4.50 | 222 |"), text);
        assertTrue(text.contains("| 20 | 1,000 | 12.5 | 100 | 1.00 | 2.00 | 0.100 | 4.00 | 12.0 | 1 of 20 |"), text);
        assertTrue(text.contains("2.00x (target <= 1.5x: NOT met)"), text);
        assertTrue(text.contains(ScaleReport.JENA_XLOADER_FIGURE), text);
    }

    @Test
    void sizesMustAscend() {
        assertEquals(EntenteCli.USAGE, BenchCommandTest.run(new StringBuilder(), "bench", "--scale", "100,50"));
        assertEquals(EntenteCli.USAGE, BenchCommandTest.run(new StringBuilder(), "bench", "--scale", "100", "--next",
                "0"));
    }

    @Test
    void syntheticArticlesAreStableAndDistinct() {
        SyntheticCorpus corpus = new SyntheticCorpus(10);
        assertEquals(corpus.quads(7), corpus.quads(7));
        Set<Node> graphs = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Node graph = corpus.graph(i);
            List<Quad> quads = corpus.quads(i);
            assertTrue(quads.stream().anyMatch(q -> q.getGraph().equals(graph)));
            graphs.add(graph);
        }
        assertEquals(50, graphs.size());
    }
}
