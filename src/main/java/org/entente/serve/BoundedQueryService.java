package org.entente.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with a cap on the number of solutions ({@link RowCap}): a {@code SELECT},
 * {@code CONSTRUCT} or {@code DESCRIBE} query without a {@code LIMIT}, or with a larger one, runs as if it had
 * {@code LIMIT maxRows}. {@code ASK} is not affected. The cap is applied to the query that is executed, after
 * parsing, so it holds for every endpoint and protocol variant that reaches the query operation. Jena 5 has no
 * built-in setting for this; a standalone Fuseki applies the same rule through {@link FusekiRowCap}.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {
    private final long maxRows;

    BoundedQueryService(long maxRows) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive, not " + maxRows);
        }
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        RowCap.apply(decided.getRight(), maxRows);
        return decided;
    }
}
