package org.entente.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.store.EntenteStore;

/**
 * Loads one N-Quads file into fresh TDB2 stores, timed from opening the store to closing it (parsing included):
 * with Entente's store ({@link EntenteStore}, each article's graph replaced, several articles per transaction or one
 * each), and with Jena's bulk loader as {@code tdb2.tdbloader} runs it by default ({@link LoaderFactory#phasedLoader}).
 * Each store is then counted, and a store that does not hold what the other holds is an error.
 */
final class LoadComparison {
    private static final MonitorOutput SILENT = (format, args) -> { };

    /** Jena's phased bulk loader, the default of {@code tdb2.tdbloader}. */
    Phase tdb2Loader(Path nquads, long inputQuads, Path storeDir) {
        PhaseTimer timer = new PhaseTimer().start();
        Dataset dataset = TDB2Factory.connectDataset(storeDir.toString());
        DatasetGraph dsg = dataset.asDatasetGraph();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, SILENT);
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        dataset.close();
        Phase phase = timer.stop("(c) Jena tdb2.tdbloader (phased), same JVM", inputQuads, "quads");
        TDBInternal.expel(dsg);
        return phase;
    }

    /**
     * Entente's store: the file read article by article ({@link ArticleBlocks}), {@code articlesPerTransaction}
     * articles replaced per write transaction ({@link EntenteStore#replaceArticles} when more than one).
     */
    Phase entente(Path nquads, long inputQuads, Path storeDir, int articlesPerTransaction) {
        PhaseTimer timer = new PhaseTimer().start();
        EntenteStore store = EntenteStore.open(storeDir);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<ArticleQuads> batch = new ArrayList<>();
        ArticleBlocks blocks = new ArticleBlocks(article -> {
            batch.add(article);
            if (batch.size() >= articlesPerTransaction) {
                write(store, batch);
            }
        });
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(blocks);
        blocks.finish();
        write(store, batch);
        store.close();
        String name = articlesPerTransaction == 1 ? "(c) Entente store, one transaction per article"
                : "(c) Entente store, " + articlesPerTransaction + " articles per transaction";
        Phase phase = timer.stop(name, inputQuads, "quads");
        TDBInternal.expel(dsg);
        return phase;
    }

    /** Distinct quads in the named graphs of a store (opened, counted, released). */
    static long countQuads(Path storeDir) {
        Dataset dataset = TDB2Factory.connectDataset(storeDir.toString());
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        } finally {
            dataset.close();
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static void write(EntenteStore store, List<ArticleQuads> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        batch.forEach(a -> graphs.put(a.graph(), a.quads()));
        store.replaceArticles(graphs);
        batch.clear();
    }
}
