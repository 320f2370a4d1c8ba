package org.entente.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * Latency of SPARQL SELECT queries on a dataset in this JVM: each query runs in its own read transaction and every
 * result row is read (no serialization, no HTTP). Queries run round-robin: {@code warmups} rounds untimed, then
 * {@code runs} timed rounds. Queries that call a remote {@code SERVICE} (the federated ones) are skipped: their time is
 * the remote endpoint's. With a timeout, a run that reaches it is stopped and counts with the time it took (about the
 * timeout), its rows as {@value #TIMED_OUT}; so does a run that fails after the timeout (Jena 5.6.0's hash join can
 * throw a NullPointerException when a timed-out query is closed).
 */
final class QueryLatency {
    /** A SERVICE clause as Jena serializes it (comments gone, keywords upper case). */
    private static final Pattern SERVICE = Pattern.compile("\\bSERVICE\\s+(SILENT\\s+)?[<?$]");
    /** The rows of a run stopped by the timeout. */
    static final long TIMED_OUT = -1;
    private final Dataset dataset;
    private final int warmups;
    private final int runs;
    private final long timeoutMillis;
    private final List<String> skipped = new ArrayList<>();

    QueryLatency(Dataset dataset, int warmups, int runs) {
        this(dataset, warmups, runs, 0);
    }

    /** {@code timeoutMillis}: the longest a run may take; 0 for no limit. */
    QueryLatency(Dataset dataset, int warmups, int runs, long timeoutMillis) {
        if (runs < 1 || warmups < 0 || timeoutMillis < 0) {
            throw new IllegalArgumentException("runs must be positive, warmups and the timeout not negative");
        }
        this.dataset = dataset;
        this.warmups = warmups;
        this.runs = runs;
        this.timeoutMillis = timeoutMillis;
    }

    /** Times every query (file name to text) that does not call a remote service. */
    List<QueryTiming> run(Map<String, String> queries) {
        Map<String, Query> local = new LinkedHashMap<>();
        queries.forEach((name, text) -> {
            Query query = QueryFactory.create(text);
            if (!query.isSelectType() || callsService(query)) {
                skipped.add(name);
            } else {
                local.put(name, query);
            }
        });
        for (int round = 0; round < warmups; round++) {
            local.values().forEach(this::execute);
        }
        Map<String, double[]> millis = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        local.keySet().forEach(name -> millis.put(name, new double[runs]));
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, Query> e : local.entrySet()) {
                long started = System.nanoTime();
                rows.put(e.getKey(), execute(e.getValue()));
                millis.get(e.getKey())[round] = (System.nanoTime() - started) / 1e6;
            }
        }
        List<QueryTiming> timings = new ArrayList<>();
        local.keySet().forEach(name -> timings.add(new QueryTiming(name, rows.get(name), millis.get(name))));
        return timings;
    }

    /** Names of the queries left out (remote SERVICE calls, or not a SELECT). */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** All timed runs of all queries, pooled. */
    static double[] pooled(List<QueryTiming> timings) {
        return timings.stream().flatMapToDouble(t -> Arrays.stream(t.millis())).toArray();
    }

    private long execute(Query query) {
        long started = System.nanoTime();
        return Txn.calculateRead(dataset, () -> {
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            } catch (QueryCancelledException e) {
                return TIMED_OUT;
            } catch (RuntimeException e) {
                if (timeoutMillis > 0 && (System.nanoTime() - started) / 1_000_000 >= timeoutMillis) {
                    return TIMED_OUT;
                }
                throw e;
            }
        });
    }

    private static boolean callsService(Query query) {
        return SERVICE.matcher(query.serialize()).find();
    }
}
