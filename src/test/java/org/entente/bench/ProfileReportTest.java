package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.entente.bench.ProfileReport.Cell;
import org.entente.bench.ProfileReport.Row;
import org.entente.bench.StageProfiler.ProfilePass;
import org.junit.jupiter.api.Test;

/** The profile table from made-up passes: the rows, their order, medians, ner's parts and the summary line. */
class ProfileReportTest {
    private static final long MS = 1_000_000;

    /** A pass over 2 articles: tokenize, ner and (for Entente) depparse and SHACL, in ms summed over the articles. */
    private static ProfilePass pass(boolean entente, long ner, long total) {
        Map<String, Long> stages = entente
                ? Map.of("tokenize", 2 * MS, "ner", ner * MS, "depparse", 100 * MS, "SHACL", 20 * MS)
                : Map.of("tokenize", 2 * MS, "ner", ner * MS);
        List<String> order = entente ? List.of("tokenize", "ner", "depparse", "SHACL") : List.of("tokenize", "ner");
        return new ProfilePass(2, stages, order, total * MS, 2 * total * MS,
                Map.of(NerParts.CRF, 3L, NerParts.SUTIME, 1L));
    }

    private static ProfileReport report() {
        return new ProfileReport.Builder().header("header")
                .baseline(pass(false, 400, 410)).baseline(pass(false, 380, 390)).baseline(pass(false, 420, 430))
                .entente(pass(true, 200, 330)).entente(pass(true, 160, 290)).entente(pass(true, 240, 370))
                .build();
    }

    private static Row row(List<Row> rows, String stage) {
        return rows.stream().filter(r -> r.stage().equals(stage)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + stage + " in " + rows));
    }

    @Test
    void rowsFollowThePipelineWithNerSplitByItsSamples() {
        List<Row> rows = report().rows();
        assertEquals(List.of("tokenize", "ner", "  ner: CRF models", "  ner: SUTime", "depparse", "SHACL",
                ProfileReport.OTHER, ProfileReport.TOTAL, ProfileReport.PROCESS),
                rows.stream().map(Row::stage).toList());

        Cell ner = row(rows, "ner").entente();
        assertEquals(new Cell(100, 80, 120), ner, "ms per article of 2 articles: median, min, max of the passes");
        assertEquals(new Cell(200, 190, 210), row(rows, "ner").baseline());
        assertEquals(75.0, row(rows, "  ner: CRF models").entente().median(), 1e-9, "3 samples of 4");
        assertEquals(25.0, row(rows, "  ner: SUTime").entente().median(), 1e-9);
        assertNull(row(rows, "depparse").baseline(), "the baseline does not parse");
        assertEquals(50.0, row(rows, "depparse").entente().median());
        assertEquals(4.0, row(rows, ProfileReport.OTHER).entente().median(), 1e-9,
                "total 165 less tokenize 1, ner 100, depparse 50, SHACL 10");
        assertEquals(165.0, row(rows, ProfileReport.TOTAL).entente().median());
        assertEquals(330.0, row(rows, ProfileReport.PROCESS).entente().median());
        for (Row r : rows) {
            for (Cell c : new Cell[] {r.baseline(), r.entente()}) {
                if (c != null) {
                    assertTrue(c.min() <= c.median() && c.median() <= c.max(), r.toString());
                }
            }
        }
    }

    @Test
    void printsTheColumnsAndTheProfileLine() {
        ProfileReport report = report();
        StringWriter out = new StringWriter();
        report.print(new PrintWriter(out));
        String text = out.toString();
        for (String column : List.of("stage (CPU ms per article)", "baseline", "Entente", "min", "max", "share")) {
            assertTrue(text.contains(column), column + " in\n" + text);
        }
        assertEquals("profile: articles=2 repeats=3 baseline_cpu_ms=205 entente_cpu_ms=165 "
                + "entente_over_baseline=0.805 process_cpu_ms=330", report.line());
        assertTrue(text.strip().endsWith(report.line()), text);
    }

    @Test
    void aProfileNeedsPassesOfBothPipelines() {
        assertThrows(IllegalStateException.class, () -> new ProfileReport.Builder().baseline(pass(false, 1, 2)).build());
        assertThrows(IllegalStateException.class, () -> new ProfileReport.Builder().entente(pass(true, 1, 2)).build());
    }
}
