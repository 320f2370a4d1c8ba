package org.entente.cli;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.entente.store.EntenteStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a read-only command reads: the TDB2 store, or a TriG/N-Quads file loaded into memory. */
final class DataOptions {
    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: data/tdb2)")
        Path store;

        @Option(names = "--data", paramLabel = "FILE", description = "A TriG or N-Quads file, e.g. from 'extract'")
        Path data;
    }

    /** Opens the chosen data; the caller closes it. The default graph is the union of the named graphs. */
    Dataset open() {
        if (choice != null && choice.data != null) {
            Dataset ds = TDB2Factory.createDataset();
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, choice.data.toString()));
            return ds;
        }
        Path store = choice != null && choice.store != null ? choice.store : Path.of("data/tdb2");
        return EntenteStore.open(store).dataset();
    }
}
