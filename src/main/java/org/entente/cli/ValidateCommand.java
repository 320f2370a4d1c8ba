package org.entente.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.entente.validate.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code entente validate [--store DIR | --data F.trig]}: SHACL report over the union of all graphs. */
@Command(name = "validate", description = "Check the graph against Entente's SHACL shapes; non-zero exit if it fails.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        Dataset ds = data.open();
        try {
            ValidationReport report = Txn.calculateRead(ds,
                    () -> ShaclCheck.bundled().validate(ds.asDatasetGraph().getUnionGraph()));
            if (report.conforms()) {
                System.out.println("conforms: the graph passes all shapes");
                return EntenteCli.OK;
            }
            ShLib.printReport(System.out, report);
            System.out.println("violations: " + report.getEntries().size());
            return EntenteCli.REJECTED;
        } finally {
            ds.close();
        }
    }
}
