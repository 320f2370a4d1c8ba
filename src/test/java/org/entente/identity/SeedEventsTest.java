package org.entente.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.pipeline.QueryRows;
import org.entente.pipeline.SeedFixture;
import org.entente.store.EntenteStore;
import org.entente.validate.ShaclCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article with its events graph: the gold dyads keep their counts and the whole store passes SHACL. */
class SeedEventsTest {
    @TempDir
    Path dir;

    @Test
    void seedDyadsCountTheSameEventsWithTheEventsGraph() throws Exception {
        EntenteStore store = EntenteStore.open(dir.resolve("seed"));
        try {
            SyntheticArticles.store(store, SeedFixture.facts());
            EventRefresh result = EventIdentity.refresh(store);
            assertTrue(result.events() > 0 && result.events() <= result.facts(), result.summary());
            List<Map<String, String>> rows = QueryRows.of(store.dataset(), "alliances.rq");
            Map<String, String> northKoreaRussia = rows.stream()
                    .filter(r -> "http://www.wikidata.org/entity/Q423".equals(r.get("aWikidata"))
                            && "http://www.wikidata.org/entity/Q159".equals(r.get("bWikidata"))
                            && "cooperation".equals(r.get("polarity")))
                    .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
            assertEquals("2", northKoreaRussia.get("evidence"), "the deployment in support of Russia and the treaty");
            assertEquals(result.events(), QueryRows.of(store.dataset(), "events.rq").size());
            ValidationReport report = Txn.calculateRead(store.dataset(),
                    () -> ShaclCheck.bundled().validate(store.dataset().asDatasetGraph().getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
    }
}
