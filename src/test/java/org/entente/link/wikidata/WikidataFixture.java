package org.entente.link.wikidata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The Wikidata-shaped test data of tests/fixtures/wikidata, served by an embedded Fuseki on a free port. */
final class WikidataFixture implements AutoCloseable {
    private final FusekiServer server;

    private WikidataFixture(FusekiServer server) {
        this.server = server;
    }

    static Path repo() {
        String configured = System.getProperty("entente.repo");
        return configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(repo().resolve("tests/fixtures/wikidata"))) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts Fuseki with the fixture as dataset {@code /wikidata}; close it in a finally (try-with-resources). */
    static WikidataFixture start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path file : files()) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(dsg);
        }
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", dsg, false).build();
        server.start();
        return new WikidataFixture(server);
    }

    URI endpoint() {
        return URI.create("http://localhost:" + server.getHttpPort() + "/wikidata/sparql");
    }

    @Override
    public void close() {
        server.stop();
    }
}
