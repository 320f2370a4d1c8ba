package org.entente.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code entente export} writes: five network formats for graph tools and five RDF serializations. */
public enum ExportFormat {
    /** GraphML with typed keys (yEd, Cytoscape, networkx, Gephi). */
    GRAPHML("graphml", "graphml", true),
    /** GEXF 1.2 with time intervals (spells) for Gephi's timeline. */
    GEXF("gexf", "gexf", true),
    /** Cytoscape.js / Cytoscape desktop JSON ({@code elements.nodes[].data}, {@code elements.edges[].data}). */
    CYJS("cyjs", "cyjs", true),
    /** Graphviz DOT, cooperation and conflict in different colours. */
    DOT("dot", "dot", true),
    /** One CSV row per relation, with both ends' attributes. */
    CSV("csv", "csv", true),
    TURTLE("turtle", "ttl", false),
    TRIG("trig", "trig", false),
    NQUADS("nquads", "nq", false),
    /** JSON-LD, compacted with a context made of Entente's prefixes. */
    JSONLD("jsonld", "jsonld", false),
    RDFXML("rdfxml", "rdf", false);

    private final String cliName;
    private final String extension;
    private final boolean network;

    ExportFormat(String cliName, String extension, boolean network) {
        this.cliName = cliName;
        this.extension = extension;
        this.network = network;
    }

    /** The name used on the command line, e.g. {@code graphml}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for the network formats (made from the network query), false for the RDF serializations. */
    public boolean isNetwork() {
        return network;
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
