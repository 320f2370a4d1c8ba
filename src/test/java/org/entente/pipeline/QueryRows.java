package org.entente.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/** Runs a bundled query ({@code queries/NAME}) on a dataset in a read transaction: each row as variable to value. */
public final class QueryRows {
    private QueryRows() {
    }

    /** Rows in the query's order; an IRI as its string, a literal as its lexical form. */
    public static List<Map<String, String>> of(Dataset ds, String queryFile) throws IOException {
        String sparql = Files.readString(SeedFixture.repo().resolve("queries").resolve(queryFile));
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
