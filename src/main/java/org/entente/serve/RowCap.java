package org.entente.serve;

import org.apache.jena.query.Query;

/**
 * The row cap of Entente's SPARQL services, one rule for {@code entente serve} ({@link BoundedQueryService}) and a
 * standalone Fuseki ({@link FusekiRowCap}): a {@code SELECT}, {@code CONSTRUCT} or {@code DESCRIBE} query without a
 * {@code LIMIT}, or with a larger one, runs as if it had {@code LIMIT maxRows}; a smaller {@code LIMIT} is kept and
 * {@code ASK} is not affected. Aggregates see every row; only the answer is capped.
 *
 * <pre>
 * Query query = QueryFactory.create("SELECT ?s { ?s ?p ?o }");
 * RowCap.apply(query, 100_000);     // query now has LIMIT 100000
 * </pre>
 */
final class RowCap {
    private RowCap() {
    }

    /** Caps the query in place; true when its limit was lowered or set. */
    static boolean apply(Query query, long maxRows) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive, not " + maxRows);
        }
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return false;
        }
        query.setLimit(maxRows);
        return true;
    }
}
