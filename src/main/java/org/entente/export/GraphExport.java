package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.entente.error.EntenteException;

/**
 * Exports the store as a network for graph tools (GraphML, GEXF, Cytoscape JSON, DOT, CSV), made by a SPARQL query
 * ({@code queries/export-network.rq} unless another is given), or as RDF (Turtle, TriG, N-Quads, JSON-LD, RDF/XML)
 * written with RDF4J Rio. The date window, relation types and extra actor kinds apply to network formats only.
 *
 * <pre>
 * try (EntenteStore store = EntenteStore.open(Path.of("data/tdb2"))) {
 *     GraphExport.Result result = GraphExport.create()
 *             .dataset(store.dataset())
 *             .format(ExportFormat.GEXF)
 *             .from(LocalDate.of(2024, 1, 1))
 *             .types(List.of("ArmedEngagement", "06"))
 *             .includeOrganizations(true)
 *             .build()
 *             .writeTo(Path.of("network.gexf"));
 *     System.out.println(result);
 * }
 * </pre>
 */
public final class GraphExport {
    private final Dataset dataset;
    private final ExportFormat format;
    private final NetworkQuery query;
    private final NetworkFilter filter;

    private GraphExport(Dataset dataset, ExportFormat format, NetworkQuery query, NetworkFilter filter) {
        this.dataset = dataset;
        this.format = format;
        this.query = query;
        this.filter = filter;
    }

    /** Starts describing an export; finish with {@link Builder#build()}. */
    public static Builder create() {
        return new Builder();
    }

    /** What an export wrote: the network's size, or the number of RDF statements. */
    public record Result(ExportFormat format, int nodes, int relations, long statements) {
        @Override
        public String toString() {
            return format.isNetwork() ? format + ": " + nodes + " actors, " + relations + " relations"
                    : format + ": " + statements + " statements";
        }
    }

    /** The network the export writes (network formats only); read in its own transaction. */
    public Network network() {
        if (!format.isNetwork()) {
            throw new IllegalStateException(format + " is an RDF format; it has no network");
        }
        return NetworkReader.read(dataset, query, filter);
    }

    /** Writes the export to a stream, which stays open. */
    public Result writeTo(OutputStream out) throws IOException {
        if (format.isNetwork()) {
            Network network = network();
            NetworkWriter.forFormat(format).write(network, out);
            out.flush();
            return new Result(format, network.nodes().size(), network.relations().size(), 0);
        }
        long statements = RdfExportWriter.write(dataset, format, out);
        out.flush();
        return new Result(format, 0, 0, statements);
    }

    /**
     * Writes the export to a file, replacing it; a failed export leaves no partial file behind.
     *
     * @throws EntenteException naming the file when it cannot be written
     */
    public Result writeTo(Path file) {
        return PartialFile.write(file, this::writeTo);
    }

    /** Collects the settings of a {@link GraphExport}; {@link #build()} checks them. */
    public static final class Builder {
        private Dataset dataset;
        private ExportFormat format;
        private Path queryFile;
        private LocalDate from;
        private LocalDate to;
        private final List<String> types = new ArrayList<>();
        private boolean includeOrganizations;
        private boolean includePersons;

        private Builder() {
        }

        /** The dataset to export (required), e.g. the TDB2 store; its default graph must be the union of its graphs. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The output format (required). */
        public Builder format(ExportFormat format) {
            this.format = format;
            return this;
        }

        /** A researcher's own network query in place of {@code queries/export-network.rq}; null for the bundled one. */
        public Builder query(Path queryFile) {
            this.queryFile = queryFile;
            return this;
        }

        /** Keep the events whose time ends on or after this day; null for no bound. */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /** Keep the events whose time starts on or before this day; null for no bound. */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /** Keep the events of these ent: classes, CAMEO roots or CAMEO codes; empty for all. */
        public Builder types(List<String> types) {
            this.types.clear();
            this.types.addAll(Objects.requireNonNull(types, "types"));
            return this;
        }

        /** Admit organizations as ends of relations (default false: states only). */
        public Builder includeOrganizations(boolean include) {
            this.includeOrganizations = include;
            return this;
        }

        /** Admit persons as ends of relations (default false). */
        public Builder includePersons(boolean include) {
            this.includePersons = include;
            return this;
        }

        /**
         * Checks the settings and prepares the export; nothing is read until it is written.
         *
         * @throws IllegalStateException if no dataset or format was given
         * @throws IllegalArgumentException if the window ends before it starts, a type is malformed, filters or a
         *         query are given with an RDF format, or the format is the events table (see {@link EventsExport})
         * @throws EntenteException naming the query file when it is missing or not a usable network query
         */
        public GraphExport build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset to export: call dataset(...) before build()");
            }
            if (format == null) {
                throw new IllegalStateException("No export format: call format(...) before build(); formats: "
                        + ExportFormat.names());
            }
            if (format.isEvents()) {
                throw new IllegalArgumentException("the " + format + " table is written by EventsExport, not GraphExport");
            }
            NetworkFilter filter = new NetworkFilter(from, to, types, includeOrganizations, includePersons);
            if (!format.isNetwork()) {
                if (!filter.isNone() || queryFile != null) {
                    throw new IllegalArgumentException("--from, --to, --types, --include and --query shape the network;"
                            + " the RDF format " + format + " exports the whole store");
                }
                return new GraphExport(dataset, format, null, filter);
            }
            NetworkQuery query = queryFile == null ? NetworkQuery.bundled() : NetworkQuery.file(queryFile);
            query.parameters(filter);
            return new GraphExport(dataset, format, query, filter);
        }
    }
}
