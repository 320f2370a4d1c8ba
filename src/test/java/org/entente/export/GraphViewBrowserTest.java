package org.entente.export;

import static org.entente.export.NetworkExportTest.assertSeedDyads;
import static org.entente.export.NetworkExportTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.entente.pipeline.SeedFixture;
import org.entente.serve.EntenteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live view at /graph/, served by a real EntenteServer (port 0) over the seed store, loaded in headless Debian
 * Chromium: the network renders with the seed's four states, the relations carry the right polarity, the date slider
 * filters, a selected relation lists its evidence sentences, and a screenshot is saved under {@code <build>/e2e/}.
 */
class GraphViewBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Pattern ROW = Pattern.compile(
            "<tr data-edge-id=\"(r[0-9]+)\" data-source=\"([^\"]*)\" data-target=\"([^\"]*)\" data-polarity=\"([^\"]*)\"");

    @TempDir
    Path profiles;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String url, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theGraphViewIsServedReadOnly() throws Exception {
        EntenteServer server = EntenteServer.create().dataset(SeedFixture.store().dataset()).port(0).ui(false).build();
        try {
            server.start();
            String base = server.baseUrl();
            HttpResponse<String> redirect = get(base + "/graph", "GET");
            assertEquals(302, redirect.statusCode());
            assertEquals("/graph/", redirect.headers().firstValue("Location").orElse("").replace(base, ""));
            HttpResponse<String> page = get(base + "/graph/", "GET");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script src=\"cytoscape.min.js\"></script>"), page.body());
            HttpResponse<String> library = get(base + "/graph/cytoscape.min.js", "GET");
            assertEquals(200, library.statusCode(), "Cytoscape.js is in the jar, copied from npm by the build");
            assertTrue(library.body().length() > 100_000 && library.body().contains("cytoscape"));
            assertEquals(NetworkQuery.bundledText(NetworkQuery.NETWORK),
                    get(base + "/graph/queries/export-network.rq", "GET").body());
            assertEquals("{\"sparql\": \"/entente/sparql\"}", get(base + "/graph/config.json", "GET").body().trim());
            assertEquals(404, get(base + "/graph/../pom.xml", "GET").statusCode());
            assertEquals(404, get(base + "/graph/queries/alliances.rq", "GET").statusCode());
            for (String method : List.of("POST", "PUT", "DELETE")) {
                assertEquals(405, get(base + "/graph/index.html", method).statusCode(), method);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void chromiumDrawsTheSeedNetworkFiltersByDateAndListsEvidence() throws Exception {
        Path chromium = ExportTestSupport.tool(CHROMIUM, "chromium");
        Dataset store = SeedFixture.store().dataset();
        EntenteServer server = EntenteServer.create().dataset(store).port(0).build();
        try {
            server.start();
            String page = server.baseUrl() + "/graph/";

            String dom = dumpDom(chromium, page);
            assertEquals("true", bodyAttribute(dom, "data-graph-ready"), "graph rendered: " + head(dom));
            assertEquals("4", bodyAttribute(dom, "data-node-count"), "nodes drawn by Cytoscape");
            assertEquals("4", bodyAttribute(dom, "data-edge-count"), "edges drawn by Cytoscape");
            Map<String, String> dyads = new HashMap<>();
            Map<String, String> ids = new HashMap<>();
            Matcher rows = ROW.matcher(dom);
            while (rows.find()) {
                dyads.put(dyad(rows.group(2), rows.group(3)), rows.group(4));
                ids.put(dyad(rows.group(2), rows.group(3)), rows.group(1));
            }
            assertSeedDyads(dyads, "page");

            String early = dumpDom(chromium, page + "?date=2023-06-30");
            assertEquals("2023-06-30", bodyAttribute(early, "data-date"));
            assertEquals("1", bodyAttribute(early, "data-visible-edge-count"), "only the 2022 war is known by mid-2023");
            assertEquals("2", bodyAttribute(early, "data-visible-node-count"));

            String northKoreaRussia = ids.get(dyad(ExportTestSupport.NORTH_KOREA, ExportTestSupport.RUSSIA));
            assertNotNull(northKoreaRussia);
            String selected = dumpDom(chromium, page + "?edge=" + northKoreaRussia);
            assertEquals(northKoreaRussia, bodyAttribute(selected, "data-evidence-for"));
            List<String[]> evidence = evidence(store, "cooperation");
            Set<String> events = new LinkedHashSet<>();
            for (String[] row : evidence) {
                events.add(row[0]);
                assertTrue(selected.contains("<blockquote class=\"sentence\">" + html(row[1]) + "</blockquote>"),
                        "the page quotes the evidence sentence: " + row[1]);
                assertTrue(selected.contains(html(row[2])), "the page names the article: " + row[2]);
            }
            assertEquals(String.valueOf(events.size()), bodyAttribute(selected, "data-evidence-count"));
            assertTrue(events.size() >= 2, "North Korea–Russia rests on several events: " + events);

            Path screenshot = ExportTestSupport.artifacts("").resolve("graph.png");
            Files.deleteIfExists(screenshot);
            ExportTestSupport.Run shot = ExportTestSupport.run(SeedFixture.repo(), 120, chromiumCommand(chromium,
                    "--window-size=1280,800", "--screenshot=" + screenshot, page + "?edge=" + northKoreaRussia));
            assertEquals(0, shot.exitCode(), shot.describe());
            byte[] png = Files.readAllBytes(screenshot);
            assertTrue(png.length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "screenshot at " + screenshot);
        } finally {
            server.stop();
        }
    }

    /** Rows of export-evidence.rq for North Korea–Russia: event, sentence, article title. */
    private static List<String[]> evidence(Dataset store, String polarity) {
        String query = NetworkQuery.bundledText(NetworkQuery.EVIDENCE) + "\nVALUES (?polarity) { (\"" + polarity + "\") }";
        return Txn.calculateRead(store, () -> {
            List<String[]> rows = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(store).query(query).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    String source = row.getResource("source").getURI();
                    String target = row.getResource("target").getURI();
                    if (source.endsWith("/north-korea") && target.endsWith("/russia")) {
                        rows.add(new String[] {row.getResource("event").getURI(), row.getLiteral("sentence").getString(),
                            row.getLiteral("articleTitle").getString()});
                    }
                }
            }
            return rows;
        });
    }

    private List<String> chromiumCommand(Path chromium, String... more) throws Exception {
        Path profile = Files.createTempDirectory(profiles, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000"));
        command.addAll(List.of(more));
        return command;
    }

    private String dumpDom(Path chromium, String url) throws Exception {
        ExportTestSupport.Run run = ExportTestSupport.run(SeedFixture.repo(), 120, chromiumCommand(chromium, "--dump-dom", url));
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(bodyAttribute(run.out(), "data-graph-error") == null,
                "the page reported an error: " + bodyAttribute(run.out(), "data-graph-error"));
        return run.out();
    }

    private static String bodyAttribute(String dom, String name) {
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        if (!body.find()) {
            return null;
        }
        Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(body.group(1));
        return attribute.find() ? attribute.group(1) : null;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }

    private static String head(String dom) {
        return dom.length() > 2000 ? dom.substring(0, 2000) : dom;
    }
}
