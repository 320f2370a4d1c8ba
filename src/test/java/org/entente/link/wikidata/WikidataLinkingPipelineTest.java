package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.entente.cli.EntenteCli;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with {@code --wikidata URL} against a Wikidata-shaped Fuseki on port 0: a name the registry lacks is
 * linked by its context, an uncertain one keeps its local IRI with its candidates recorded, and the graph passes SHACL.
 */
class WikidataLinkingPipelineTest {

    @Test
    void extractLinksByContextAndRecordsCandidates(@TempDir Path tmp) throws Exception {
        Path article = tmp.resolve("analysts.txt");
        Files.writeString(article, "Mira Tessaly, a defence analyst in Kyiv, said Ukraine would not give up territory.\n"
                + "Hollis Brandt said the talks had failed.\n");
        Path trig = tmp.resolve("out.trig");
        try (WikidataFixture wikidata = WikidataFixture.start()) {
            int code = EntenteCli.run("extract", article.toString(), "--date", "2024-03-01", "--out", trig.toString(),
                    "--wikidata", wikidata.endpoint().toString(), "--wikidata-cache", tmp.resolve("cache").toString());
            assertEquals(0, code);
        }
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, trig.toString());
        Model reference = ds.getNamedModel(EntenteIris.REFERENCE_GRAPH);
        String tessaly = EntenteIris.actor("person", "mira-tessaly");
        assertTrue(reference.contains(ResourceFactory.createResource(tessaly), OWL.sameAs,
                ResourceFactory.createResource("http://www.wikidata.org/entity/Q9990000001")), "the Ukrainian Mira Tessaly");
        String brandt = EntenteIris.actor("person", "hollis-brandt");
        assertFalse(reference.contains(ResourceFactory.createResource(brandt), OWL.sameAs, (RDFNode) null));
        Model articleGraph = ds.getNamedModel(EntenteIris.articleGraph("analysts"));
        assertTrue(articleGraph.contains(ResourceFactory.createResource(brandt), ENT.CANDIDATE_WIKIDATA,
                ResourceFactory.createResource("http://www.wikidata.org/entity/Q9990000004")));
        assertEquals(0, EntenteCli.run("validate", "--data", trig.toString()));
    }

    @Test
    void anUnreachableEndpointLeavesTheArticleLoadedUnlinked(@TempDir Path tmp) throws Exception {
        Path article = tmp.resolve("down.txt");
        Files.writeString(article, "Mira Tessaly said the talks had failed.\n");
        Path trig = tmp.resolve("out.trig");
        int code = EntenteCli.run("extract", article.toString(), "--date", "2024-03-01", "--out", trig.toString(),
                "--wikidata", "http://127.0.0.1:9/sparql", "--wikidata-cache", tmp.resolve("cache").toString());
        assertEquals(0, code, "a warning, not an error");
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, trig.toString());
        assertTrue(ds.containsNamedModel(EntenteIris.articleGraph("down")));
    }
}
