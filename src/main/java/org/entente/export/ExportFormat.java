package org.entente.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats {@code entente export} writes: five network formats for graph tools, five RDF serializations, and the
 * events table.
 */
public enum ExportFormat {
    /** GraphML with typed keys (yEd, Cytoscape, networkx, Gephi). */
    GRAPHML("graphml", "graphml", Kind.NETWORK),
    /** GEXF 1.2 with time intervals (spells) for Gephi's timeline. */
    GEXF("gexf", "gexf", Kind.NETWORK),
    /** Cytoscape.js / Cytoscape desktop JSON ({@code elements.nodes[].data}, {@code elements.edges[].data}). */
    CYJS("cyjs", "cyjs", Kind.NETWORK),
    /** Graphviz DOT, cooperation and conflict in different colours. */
    DOT("dot", "dot", Kind.NETWORK),
    /** One CSV row per relation, with both ends' attributes. */
    CSV("csv", "csv", Kind.NETWORK),
    TURTLE("turtle", "ttl", Kind.RDF),
    TRIG("trig", "trig", Kind.RDF),
    NQUADS("nquads", "nq", Kind.RDF),
    /** JSON-LD, compacted with a context made of Entente's prefixes. */
    JSONLD("jsonld", "jsonld", Kind.RDF),
    RDFXML("rdfxml", "rdf", Kind.RDF),
    /** One tab-separated row per interaction event, in the column layout of the ICEWS and POLECAT event files. */
    EVENTS("events", "tsv", Kind.EVENTS);

    /** What a format exports: the network, the store's RDF, or the events table. */
    private enum Kind { NETWORK, RDF, EVENTS }

    private final String cliName;
    private final String extension;
    private final Kind kind;

    ExportFormat(String cliName, String extension, Kind kind) {
        this.cliName = cliName;
        this.extension = extension;
        this.kind = kind;
    }

    /** The name used on the command line, e.g. {@code graphml}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for the network formats (made from the network query). */
    public boolean isNetwork() {
        return kind == Kind.NETWORK;
    }

    /** True for the events table (made from the events query, see {@link EventsExport}). */
    public boolean isEvents() {
        return kind == Kind.EVENTS;
    }

    /**
     * The format with this command-line name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static ExportFormat fromName(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; use one of " + names());
    }

    /** The accepted names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
