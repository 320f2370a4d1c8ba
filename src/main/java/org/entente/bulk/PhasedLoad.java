package org.entente.bulk;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Jena's phased bulk loader, as {@code tdb2.tdbloader} runs it by default, in this JVM; the store is closed after. */
final class PhasedLoad {
    private static final MonitorOutput SILENT = (format, args) -> { };

    private PhasedLoad() {
    }

    /** Loads the shards (N-Quads, gzip when named {@code .gz}) into a new store at {@code store}. */
    static void load(List<Path> shards, Path store) {
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        DatasetGraph dsg = dataset.asDatasetGraph();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, SILENT);
        loader.startBulk();
        try {
            loader.load(shards.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        } finally {
            dataset.close();
            TDBInternal.expel(dsg, true);
        }
    }
}
