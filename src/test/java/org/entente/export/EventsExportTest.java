package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.entente.cli.EntenteCli;
import org.entente.cli.ExportCommand;
import org.entente.error.EntenteException;
import org.entente.pipeline.SeedFixture;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code entente export --format events} over a real TDB2 store loaded from {@code tests/fixtures/events/}, read back
 * as researchers read event files: by pandas ({@code read_csv}) and by R ({@code read.delim}), each in its own process
 * ({@code tests/e2e/exports/check_events_pandas.py}, {@code check_events.R}). A missing tool fails the test under
 * {@code CI=true} and skips it elsewhere.
 */
class EventsExportTest {
    static final String FIXTURE = "tests/fixtures/events/interactions.trig";
    static final String A = EntenteIris.article("2024-11-05-events-export-a");
    static final String B = EntenteIris.article("2024-06-21-events-export-b");
    static final String MEETING_EVENT = "https://w3id.org/entente/event/meeting-2024-06-19-north-korea-russia";
    static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "PLOVER Type", "PLOVER Mode", "Intensity", "Target Name",
            "Target Sectors", "Target Country", "Modality", "Story ID", "Sentence Number", "Publisher", "URL",
            "Source Wikidata", "Target Wikidata", "Sentence", "Date Precision", "Consolidated Event");
    /** The fact IRIs in the order the table must list them: by date, then IRI. */
    static final List<String> ORDER = List.of(A + "/aid-554", B + "/coded-event-80", A + "/meeting-620",
            B + "/meeting-37", A + "/coded-event-107", A + "/sanction-252", A + "/strike-155", A + "/coded-event-199",
            A + "/engagement-33", A + "/aid-444", A + "/coded-event-358", A + "/coded-event-492", A + "/strike-308");
    static final String WAGNER = "Wagner \"Africa Corps\"\tunit";
    static final String WAGNER_SENTENCE = "Wagner \"Africa Corps\"\tunits denounced Türkiye\nin a statement.";

    @TempDir
    static Path tmp;
    static Path storeDir;
    static Path tsv;
    static String stderr;

    @BeforeAll
    static void loadTheFixtureAndExport() {
        storeDir = tmp.resolve("tdb2");
        try (EntenteStore store = EntenteStore.open(storeDir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, SeedFixture.repo().resolve(FIXTURE).toString()));
        }
        tsv = tmp.resolve("out/events.tsv");
        Result result = export("--format", "events", "--store", storeDir.toString(), "--out", tsv.toString());
        assertEquals(0, result.code(), result.err());
        stderr = result.err();
    }

    private record Result(int code, String err) {
    }

    private static Result export(String... args) {
        CommandLine cli = new CommandLine(new ExportCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(args), err.toString());
    }

    /** The table as written, each line split at tabs, with the cells' escapes undone. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(header.size(), cells.length, line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), unescape(cells[i]));
            }
            rows.add(row);
        }
        return rows;
    }

    static String unescape(String cell) {
        String text = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Map<String, Map<String, String>> byEvent(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byEvent = new LinkedHashMap<>();
        rows.forEach(r -> byEvent.put(r.get("Event ID"), r));
        return byEvent;
    }

    @Test
    void oneLinePerEventInTheIcewsColumnLayout() throws IOException {
        assertTrue(stderr.contains("events: 13 events, 23 columns"), stderr);
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertEquals(14, lines.size(), "a header and one line per event, whatever the cells hold");
        assertEquals(String.join("\t", COLUMNS), lines.get(0));
        List<Map<String, String>> rows = rows(tsv);
        assertEquals(ORDER, rows.stream().map(r -> r.get("Event ID")).toList(), "ordered by date, then event");

        Map<String, Map<String, String>> events = byEvent(rows);
        Map<String, String> engagement = events.get(A + "/engagement-33");
        assertEquals("2024-11-04", engagement.get("Event Date"));
        assertEquals("Ukraine", engagement.get("Source Name"));
        assertEquals("Government", engagement.get("Source Sectors"));
        assertEquals("UKR", engagement.get("Source Country"));
        assertEquals("PRK", engagement.get("Target Country"));
        assertEquals("190", engagement.get("CAMEO Code"));
        assertEquals("Use conventional military force, not specified below", engagement.get("Event Text"));
        assertEquals("-10.0", engagement.get("Intensity"));
        assertEquals("asserted", engagement.get("Modality"));
        assertEquals(A, engagement.get("Story ID"));
        assertEquals("33", engagement.get("Sentence Number"));
        assertEquals("Korea Bizwire", engagement.get("Publisher"));
        assertEquals("https://example.org/news/a", engagement.get("URL"));
        assertEquals("http://www.wikidata.org/entity/Q212", engagement.get("Source Wikidata"));
        assertEquals("http://www.wikidata.org/entity/Q423", engagement.get("Target Wikidata"));
        assertEquals("Ukrainian forces clashed with North Korean troops in Kursk on November 4.",
                engagement.get("Sentence"));
        assertEquals("day", engagement.get("Date Precision"));
        assertEquals("", engagement.get("Consolidated Event"));

        Map<String, String> agree = events.get(B + "/coded-event-80");
        assertEquals(List.of("2024-06-01", "month", "planned", "AGREE", "0312", "Express intent to cooperate militarily",
                "Agência Lusa"), List.of(agree.get("Event Date"), agree.get("Date Precision"), agree.get("Modality"),
                agree.get("PLOVER Type"), agree.get("CAMEO Code"), agree.get("Event Text"), agree.get("Publisher")));
        assertEquals("military", events.get(A + "/coded-event-107").get("PLOVER Mode"));
        assertEquals("negated", events.get(A + "/sanction-252").get("Modality"));
        assertEquals("hypothetical", events.get(A + "/strike-308").get("Modality"));
        assertEquals("asserted", events.get(A + "/strike-155").get("Modality"), "no ent:modality is asserted");
        assertEquals(List.of("2023-01-01", "year"), List.of(events.get(A + "/aid-554").get("Event Date"),
                events.get(A + "/aid-554").get("Date Precision")));
        assertEquals(List.of("2024-11-05", "publication"), List.of(events.get(A + "/aid-444").get("Event Date"),
                events.get(A + "/aid-444").get("Date Precision")), "undated: the article's date");

        Map<String, String> appeal = events.get(A + "/coded-event-358");
        assertEquals(List.of("Cho Tae-yul", "Government", "KOR"), List.of(appeal.get("Source Name"),
                appeal.get("Source Sectors"), appeal.get("Source Country")), "the minister named, by his office");
        assertEquals(List.of("United Nations", "International Organization", ""), List.of(appeal.get("Target Name"),
                appeal.get("Target Sectors"), appeal.get("Target Country")));

        Map<String, String> wagner = events.get(A + "/coded-event-492");
        assertEquals(List.of(WAGNER, "Military", "RUS", "Türkiye", "TUR", WAGNER_SENTENCE),
                List.of(wagner.get("Source Name"), wagner.get("Source Sectors"), wagner.get("Source Country"),
                        wagner.get("Target Name"), wagner.get("Target Country"), wagner.get("Sentence")));

        assertEquals(MEETING_EVENT, events.get(A + "/meeting-620").get("Consolidated Event"));
        assertEquals(MEETING_EVENT, events.get(B + "/meeting-37").get("Consolidated Event"),
                "one row per report, both pointing to the one event");
    }

    @Test
    void cellsAreEscapedSoEveryRowIsOneLine() {
        assertEquals("\"Wagner \"\"Africa Corps\"\"\\tunit\"", EventTableWriter.cell(WAGNER));
        assertEquals("a\\nb\\r\\\\c", EventTableWriter.cell("a\nb\r\\c"));
        assertEquals("Türkiye", EventTableWriter.cell("Türkiye"));
        assertEquals(WAGNER_SENTENCE, unescape(EventTableWriter.cell(WAGNER_SENTENCE)));
    }

    @Test
    void withoutTheEventsGraphThereIsNoConsolidatedColumn() throws IOException {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            RDFDataMgr.read(ds, SeedFixture.repo().resolve(FIXTURE).toString());
            ds.removeNamedModel(EntenteIris.EVENTS_GRAPH);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsExport.Result result = EventsExport.create().dataset(ds).build().writeTo(out);
        assertEquals(13, result.rows());
        assertEquals(COLUMNS.subList(0, COLUMNS.size() - 1), result.columns());
        assertEquals(String.join("\t", result.columns()), out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void aResearchersOwnQueryGivesItsOwnColumns() throws IOException {
        Path query = tmp.resolve("my-events.rq");
        Files.writeString(query, """
                PREFIX ent: <https://w3id.org/entente/ontology#>
                SELECT ?event ?cameoCode ?actorCount WHERE {
                  ?event ent:initiator ?i ; ent:target ?t ; ent:cameoCode ?cameoCode .
                  BIND(IF(?i = ?t, 1, 2) AS ?actorCount)
                  FILTER(STRSTARTS(?cameoCode, "19"))
                } ORDER BY ?event
                """);
        Path file = tmp.resolve("fights.tsv");
        Result result = export("--format", "events", "--store", storeDir.toString(), "--query", query.toString(),
                "--out", file.toString());
        assertEquals(0, result.code(), result.err());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("Event ID\tCAMEO Code\tactorCount", lines.get(0));
        assertEquals(4, lines.size(), lines::toString);

        Path noEvent = tmp.resolve("no-event.rq");
        Files.writeString(noEvent, "SELECT ?x WHERE { ?x ?p ?o }");
        assertThrows(EntenteException.class, () -> EventsExport.create().dataset(TDB2Factory.createDataset())
                .query(noEvent).build());
        assertEquals(EntenteCli.REJECTED, EntenteCli.run("export", "--format", "events", "--store", storeDir.toString(),
                "--query", noEvent.toString(), "--out", tmp.resolve("x.tsv").toString()));
        assertFalse(Files.exists(tmp.resolve("x.tsv")), "no file from a refused query");
        assertEquals(CommandLine.ExitCode.USAGE, export("--format", "events", "--store", storeDir.toString(), "--from",
                "2024-01-01").code(), "the network's filters are a usage error with the events table");
        assertThrows(IllegalArgumentException.class, () -> GraphExport.create().dataset(TDB2Factory.createDataset())
                .format(ExportFormat.EVENTS).build());
    }

    @Test
    void pandasReadsTheTable() throws Exception {
        ExportTestSupport.tool("/usr/bin/python3", "python3-pandas");
        ExportTestSupport.Run run = ExportTestSupport.run(SeedFixture.repo(), 180, List.of("/usr/bin/python3",
                SeedFixture.repo().resolve("tests/e2e/exports/check_events_pandas.py").toString(), tsv.toString()));
        if (run.err().contains("No module named 'pandas'")) {
            ExportTestSupport.tool("/usr/lib/python3/dist-packages/pandas/__init__.py", "python3-pandas");
        }
        assertEquals(0, run.exitCode(), run.describe());
        JsonObject summary = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(13, summary.get("rows").getAsInt());
        List<String> columns = new ArrayList<>();
        summary.getAsJsonArray("columns").forEach(c -> columns.add(c.getAsString()));
        assertEquals(COLUMNS, columns);
        JsonObject dtypes = summary.getAsJsonObject("dtypes");
        assertEquals("float64", dtypes.get("Intensity").getAsString(), "Intensity is numeric");
        assertEquals("int64", dtypes.get("Sentence Number").getAsString());
        assertEquals(0, summary.get("unparsed_dates").getAsInt(), "every Event Date parses as YYYY-MM-DD");
        assertEquals("2023-01-01", summary.get("first_date").getAsString());
        assertEquals("2024-11-05", summary.get("last_date").getAsString());
        assertEquals(-22.0, summary.get("intensity_sum").getAsDouble(), 1e-9);
        Map<String, Integer> modalities = new HashMap<>();
        summary.getAsJsonObject("modalities").entrySet().forEach(e -> modalities.put(e.getKey(), e.getValue().getAsInt()));
        assertEquals(Map.of("asserted", 8, "planned", 3, "negated", 1, "hypothetical", 1), modalities);
        Map<String, JsonObject> records = new HashMap<>();
        for (JsonElement record : summary.getAsJsonArray("records")) {
            JsonObject r = record.getAsJsonObject();
            records.put(r.get("Event ID").getAsString(), r);
            for (String end : List.of("Source Country", "Target Country")) {
                assertTrue(r.get(end).isJsonNull() || r.get(end).getAsString().matches("[A-Z]{3}"), r.toString());
            }
        }
        JsonObject wagner = records.get(A + "/coded-event-492");
        assertEquals(WAGNER, wagner.get("Source Name").getAsString(), "quote and tab survive");
        assertEquals(WAGNER_SENTENCE, wagner.get("Sentence").getAsString());
        assertEquals("Türkiye", wagner.get("Target Name").getAsString());
        assertEquals("010", records.get(A + "/coded-event-199").get("CAMEO Code").getAsString(), "leading zero kept");
        assertEquals(MEETING_EVENT, records.get(B + "/meeting-37").get("Consolidated Event").getAsString());
        assertTrue(records.get(A + "/aid-444").get("Consolidated Event").isJsonNull());
    }

    @Test
    void rReadsTheTable() throws Exception {
        Path rscript = ExportTestSupport.tool("/usr/bin/Rscript", "r-base-core");
        ExportTestSupport.Run run = ExportTestSupport.run(SeedFixture.repo(), 180, List.of(rscript.toString(),
                SeedFixture.repo().resolve("tests/e2e/exports/check_events.R").toString(), tsv.toString()));
        assertEquals(0, run.exitCode(), run.describe());
        Map<String, String> summary = new HashMap<>();
        run.out().lines().forEach(line -> {
            int tab = line.indexOf('\t');
            summary.put(line.substring(0, tab), line.substring(tab + 1));
        });
        assertEquals("13", summary.get("rows"), run.describe());
        assertEquals(String.join("|", COLUMNS), summary.get("columns"), "read.delim keeps the names with check.names=FALSE");
        assertEquals("numeric", summary.get("intensity_class"));
        assertEquals("integer", summary.get("sentence_number_class"));
        assertEquals("0", summary.get("unparsed_dates"), "every Event Date is a Date to as.Date");
        assertEquals("2023-01-01|2024-11-05", summary.get("date_range"));
        assertEquals("-22.0", summary.get("intensity_sum"));
        assertEquals("asserted=8|hypothetical=1|negated=1|planned=3", summary.get("modalities"));
        assertEquals("JPN|KOR|PRK|RUS|TUR|UKR", summary.get("countries"));
        assertEquals("Wagner \"Africa Corps\"<TAB>unit", summary.get("wagner_source"));
        assertEquals("Wagner \"Africa Corps\"<TAB>units denounced Türkiye<LF>in a statement.", summary.get("wagner_sentence"));
        assertEquals("Türkiye", summary.get("wagner_target"));
        assertEquals("2024-06-01|AGREE|planned|0312|5.2|RUS|PRK", summary.get("agree"));
        assertEquals(MEETING_EVENT, summary.get("consolidated"));
    }
}
