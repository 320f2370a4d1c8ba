package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.entente.pipeline.SeedFixture;
import org.entente.serve.EntenteServer;
import org.junit.jupiter.api.Test;

/** The seed store served by embedded Fuseki on port 0, queried over HTTP with every competency query. */
class SeedServerTest {

    @Test
    void everyCompetencyQueryAnswersOverHttp() throws Exception {
        EntenteServer server = EntenteServer.create().dataset(SeedFixture.store().dataset()).port(0).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String name : new String[] {"articles", "actors", "officials", "deployments", "engagements", "treaties",
                "aid", "statements", "alliances", "provenance", "dyad-months", "export-events"}) {
                String q = Files.readString(SeedFixture.repo().resolve("queries/" + name + ".rq"));
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
                HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, resp.statusCode(), name + ": " + resp.body());
                String[] lines = resp.body().split("\\R");
                assertTrue(lines.length >= 2, name + " returned no rows");
            }
            String q = Files.readString(SeedFixture.repo().resolve("queries/deployments.rq"));
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
            String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(body.contains("http://www.wikidata.org/entity/Q423"), body);
        } finally {
            server.stop();
        }
    }
}
