package org.entente.serve;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.entente.vocab.EntenteIris;

/**
 * The row cap of {@code entente serve} ({@link RowCap}) for a standalone Fuseki started from
 * {@code fuseki-config/entente.ttl}. Fuseki 5 has no setting for a result size limit, and its configuration cannot
 * bind a custom query service: {@code fuseki:implementation} is parsed but, in Jena 5.6.0, the loaded class is not
 * registered ("checking only, not active" in {@code FusekiConfig.buildEndpoint}), and a Fuseki server copies its
 * operation registry when it is created, before the configuration is read. So the cap is applied one level lower, in
 * the query engine: {@link #init()}, which the configuration calls through {@code ja:loadClass}, adds a query engine
 * factory that caps every query on a dataset whose context sets {@link #MAX_ROWS}, and hands the capped query to the
 * engine that would otherwise have run it (TDB2's for the store).
 *
 * <pre>
 * [] rdf:type fuseki:Server ;
 *     ja:loadClass "org.entente.serve.FusekiRowCap" ;
 *     fuseki:services ( :entente ) .
 * :store rdf:type tdb2:DatasetTDB2 ;
 *     tdb2:location "data/tdb2" ;
 *     ja:context [ ja:cxtName "https://w3id.org/entente/fuseki#maxRows" ; ja:cxtValue "100000" ] .
 * </pre>
 *
 * <p>Our jar must be on Fuseki's classpath (see {@code fuseki-config/README.md}); without it the configuration fails
 * to load with "Class not found" instead of serving without a cap. A dataset context without the symbol is not
 * capped.
 */
public final class FusekiRowCap {
    /** The context symbol (a dataset's {@code ja:context}) whose value, a positive integer, is the row cap. */
    public static final Symbol MAX_ROWS = Symbol.create(EntenteIris.BASE + "fuseki#maxRows");

    private static final QueryEngineFactory FACTORY = new CappingFactory();

    private FusekiRowCap() {
    }

    /** Adds the capping query engine factory (once; later calls do nothing). Called by {@code ja:loadClass}. */
    public static synchronized void init() {
        if (!QueryEngineRegistry.containsFactory(FACTORY)) {
            QueryEngineRegistry.addFactory(FACTORY);
        }
    }

    /** The cap a context sets, or 0 when it sets none; a value that is not a positive integer is refused. */
    static long maxRows(Context context) {
        Object value = context == null ? null : context.get(MAX_ROWS);
        if (value == null) {
            return 0;
        }
        long rows;
        try {
            rows = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            rows = -1;
        }
        if (rows <= 0) {
            throw new IllegalArgumentException(MAX_ROWS.getSymbol() + " must be a positive integer, not '" + value
                    + "'");
        }
        return rows;
    }

    /** Caps the query, then lets the next factory that accepts it build the plan. */
    private static final class CappingFactory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return maxRows(context) > 0;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
            Query capped = query.cloneQuery();
            RowCap.apply(capped, maxRows(context));
            return next(capped, dataset, context).create(capped, dataset, inputBinding, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return false;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
            throw new UnsupportedOperationException("the row cap applies to queries, not algebra");
        }

        private QueryEngineFactory next(Query query, DatasetGraph dataset, Context context) {
            for (QueryEngineFactory f : QueryEngineRegistry.chooseRegistry(context).factories()) {
                if (f != this && f.accept(query, dataset, context)) {
                    return f;
                }
            }
            throw new IllegalStateException("no query engine for " + dataset.getClass().getName());
        }
    }
}
