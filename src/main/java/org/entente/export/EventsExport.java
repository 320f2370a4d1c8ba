package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import org.entente.vocab.EntenteIris;

/**
 * Exports the interaction events as a tab-separated event table in the column layout of the ICEWS and POLECAT event
 * files: one row per article fact with an initiator, a target and a CAMEO code, of every modality, with its date,
 * actors (names, sectors, ISO codes, Wikidata items), coding (CAMEO, PLOVER, Goldstein intensity), modality, article
 * and sentence. The rows come from a SPARQL query, {@code queries/export-events.rq} unless another is given, so a
 * researcher can change what the table holds; each result variable is a column (see {@link EventTableWriter} for the
 * names and the escaping). The {@code ?consolidated} column ("Consolidated Event") is written only when the store has
 * the events graph ({@link EntenteIris#EVENTS_GRAPH}). The table is read in one read transaction and streamed.
 *
 * <pre>
 * try (EntenteStore store = EntenteStore.open(Path.of("data/tdb2"))) {
 *     EventsExport.Result result = EventsExport.create()
 *             .dataset(store.dataset())
 *             .build()
 *             .writeTo(Path.of("events.tsv"));
 *     System.out.println(result);   // events: 1234 events, 23 columns
 * }
 * </pre>
 */
public final class EventsExport {
    /** The bundled events query's file name. */
    public static final String QUERY = "export-events.rq";
    /** The result variable written only when the store has the events graph. */
    public static final String CONSOLIDATED = "consolidated";
    /** The result variable every events query must select. */
    public static final String REQUIRED = "event";

    private final Dataset dataset;
    private final Query query;

    private EventsExport(Dataset dataset, Query query) {
        this.dataset = dataset;
        this.query = query;
    }

    /** Starts describing an export; finish with {@link Builder#build()}. */
    public static Builder create() {
        return new Builder();
    }

    /** What an export wrote: the number of rows (events) and the column names. */
    public record Result(long rows, List<String> columns) {
        public Result {
            columns = List.copyOf(columns);
        }

        @Override
        public String toString() {
            return ExportFormat.EVENTS + ": " + rows + " events, " + columns.size() + " columns";
        }
    }

    /** Writes the table to a stream, which is flushed and stays open. */
    public Result writeTo(OutputStream out) throws IOException {
        try {
            return Txn.calculateRead(dataset, () -> {
                boolean consolidated = dataset.asDatasetGraph()
                        .containsGraph(NodeFactory.createURI(EntenteIris.EVENTS_GRAPH));
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                    ResultSet rows = execution.execSelect();
                    List<String> variables = rows.getResultVars().stream()
                            .filter(v -> consolidated || !v.equals(CONSOLIDATED)).toList();
                    EventTableWriter writer = new EventTableWriter(variables);
                    long count = writer.write(rows, out);
                    return new Result(count, writer.header());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the table to a file, replacing it; a failed export leaves no partial file behind.
     *
     * @throws EntenteException naming the file when it cannot be written
     */
    public Result writeTo(Path file) {
        return PartialFile.write(file, this::writeTo);
    }

    /** Collects the settings of an {@link EventsExport}; {@link #build()} checks them. */
    public static final class Builder {
        private Dataset dataset;
        private Path queryFile;

        private Builder() {
        }

        /** The dataset to export (required), e.g. the TDB2 store; its default graph must be the union of its graphs. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** A researcher's own events query in place of {@code queries/export-events.rq}; null for the bundled one. */
        public Builder query(Path queryFile) {
            this.queryFile = queryFile;
            return this;
        }

        /**
         * Checks the settings and parses the query; nothing is read until the table is written.
         *
         * @throws IllegalStateException if no dataset was given
         * @throws EntenteException naming the query file when it is missing, unreadable, not SPARQL, not a SELECT
         *         query, or does not select {@code ?event}
         */
        public EventsExport build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset to export: call dataset(...) before build()");
            }
            String source = queryFile == null ? "queries/" + QUERY : queryFile.toString();
            String text;
            if (queryFile == null) {
                text = NetworkQuery.bundledText(QUERY);
            } else {
                if (!Files.isRegularFile(queryFile)) {
                    throw new EntenteException(Location.of(source), "no such query file");
                }
                try {
                    text = Files.readString(queryFile, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new EntenteException(Location.of(source), "cannot read the query: " + e.getMessage(), e);
                }
            }
            Query query;
            try {
                query = QueryFactory.create(text);
            } catch (QueryParseException e) {
                throw new EntenteException(Location.of(source), "SPARQL syntax error: " + e.getMessage());
            }
            if (!query.isSelectType()) {
                throw new EntenteException(Location.of(source), "an events query must be a SELECT query");
            }
            if (!query.getResultVars().contains(REQUIRED)) {
                throw new EntenteException(Location.of(source), "an events query must select ?" + REQUIRED
                        + " (it selects " + query.getResultVars() + "); see queries/" + QUERY + " for every variable");
            }
            return new EventsExport(dataset, query);
        }
    }
}
