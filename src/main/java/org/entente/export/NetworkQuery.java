package org.entente.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.entente.error.EntenteException;
import org.entente.error.Location;

/**
 * A SPARQL SELECT query that yields a network: Entente's {@code queries/export-network.rq}, or a researcher's own
 * query with the same result variables. The {@link NetworkFilter} reaches the query as values substituted for the
 * parameter variables {@code ?windowFrom}, {@code ?windowTo}, {@code ?relationTypes}, {@code ?includeOrganizations}
 * and {@code ?includePersons}; a filter that the query has no variable for is refused rather than ignored.
 *
 * <pre>
 * NetworkQuery query = NetworkQuery.file(Path.of("my-network.rq"));
 * Binding parameters = query.parameters(new NetworkFilter(LocalDate.of(2024, 1, 1), null, List.of(), false, false));
 * </pre>
 */
public final class NetworkQuery {
    /** Classpath folder of the bundled queries (the build copies {@code queries/} there). */
    public static final String BUNDLED_FOLDER = "org/entente/queries/";
    /** The bundled network query's file name. */
    public static final String NETWORK = "export-network.rq";
    /** The bundled evidence query's file name (used by the /graph page). */
    public static final String EVIDENCE = "export-evidence.rq";
    /** Result variables a network query must project. */
    public static final List<String> REQUIRED = List.of("source", "target", "polarity", "weight");

    private final Query query;
    private final String source;

    private NetworkQuery(String text, String source) {
        this.source = source;
        try {
            this.query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new EntenteException(Location.of(source), "SPARQL syntax error: " + e.getMessage());
        }
        if (!query.isSelectType()) {
            throw new EntenteException(Location.of(source), "a network query must be a SELECT query");
        }
        List<String> missing = new ArrayList<>();
        for (String variable : REQUIRED) {
            if (!query.getResultVars().contains(variable)) {
                missing.add("?" + variable);
            }
        }
        if (!missing.isEmpty()) {
            throw new EntenteException(Location.of(source), "a network query must select " + String.join(", ", missing)
                    + " (it selects " + query.getResultVars() + "); see queries/" + NETWORK + " for every variable");
        }
    }

    /** The bundled {@code export-network.rq}. */
    public static NetworkQuery bundled() {
        return new NetworkQuery(bundledText(NETWORK), "queries/" + NETWORK);
    }

    /** The text of a bundled query such as {@link #NETWORK} or {@link #EVIDENCE}. */
    public static String bundledText(String fileName) {
        String resource = BUNDLED_FOLDER + fileName;
        try (InputStream in = NetworkQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled query " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled query " + resource, e);
        }
    }

    /**
     * A query file.
     *
     * @throws EntenteException naming the file when it is missing, unreadable, not SPARQL, not a SELECT, or lacks a
     *         required result variable
     */
    public static NetworkQuery file(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EntenteException(Location.of(file.toString()), "no such query file");
        }
        try {
            return new NetworkQuery(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new EntenteException(Location.of(file.toString()), "cannot read the query: " + e.getMessage(), e);
        }
    }

    /** The parsed query. */
    public Query query() {
        return query;
    }

    /** Where the query came from, e.g. {@code queries/export-network.rq} or the file path. */
    public String source() {
        return source;
    }

    /**
     * The values to substitute for the query's parameter variables.
     *
     * @throws EntenteException naming the query when the filter sets a part the query has no variable for
     */
    public Binding parameters(NetworkFilter filter) {
        BindingBuilder binding = BindingBuilder.create();
        if (filter.from() != null) {
            bind(binding, "windowFrom", "--from", NodeFactory.createLiteralDT(filter.from().toString(), XSDDatatype.XSDdate));
        }
        if (filter.to() != null) {
            bind(binding, "windowTo", "--to", NodeFactory.createLiteralDT(filter.to().toString(), XSDDatatype.XSDdate));
        }
        if (!filter.relationTypes().isEmpty()) {
            bind(binding, "relationTypes", "--types", NodeFactory.createLiteralString(String.join(" ", filter.relationTypes())));
        }
        if (filter.includeOrganizations()) {
            bind(binding, "includeOrganizations", "--include organizations", NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        if (filter.includePersons()) {
            bind(binding, "includePersons", "--include persons", NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        return binding.build();
    }

    private void bind(BindingBuilder binding, String variable, String option, Node value) {
        if (!Pattern.compile("[?$]" + variable + "\\b").matcher(query.toString()).find()) {
            throw new EntenteException(Location.of(source), option + " needs the query to use the parameter ?" + variable
                    + ", and this query does not; see queries/" + NETWORK);
        }
        binding.add(Var.alloc(variable), value);
    }
}
