package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente query Q.rq [--store DIR | --data F.trig] [--format csv|tsv|json|text]}. */
@Command(name = "query", description = "Run a SPARQL SELECT query file and print the results.")
final class QueryCommand implements Callable<Integer> {
    enum Format { csv, tsv, json, text }

    @Parameters(paramLabel = "Q.rq", description = "SPARQL query file")
    Path queryFile;

    @Mixin
    DataOptions data;

    @Option(names = "--format", description = "csv, tsv, json (W3C SPARQL results formats) or text (default: ${DEFAULT-VALUE})",
            defaultValue = "text")
    Format format;

    @Override
    public Integer call() throws IOException {
        Query query = parse(queryFile);
        Dataset ds = data.open();
        try {
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                        case text -> ResultSetFormatter.out(System.out, rs, query);
                    }
                }
            });
        } finally {
            ds.close();
        }
        System.out.flush();
        return EntenteCli.OK;
    }

    static Query parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new EntenteException(Location.of(file.toString()), "no such query file");
        }
        try {
            Query q = QueryFactory.create(Files.readString(file));
            if (!q.isSelectType()) {
                throw new EntenteException(Location.of(file.toString()), "only SELECT queries are supported here");
            }
            return q;
        } catch (QueryParseException e) {
            throw new EntenteException(Location.of(file.toString()), "SPARQL syntax error: " + e.getMessage());
        }
    }
}
