package org.entente.identity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.facts.FactType;
import org.entente.facts.Role;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.PROV;

/**
 * Reads the event facts of every article graph in a dataset, of some article graphs, or one by its IRI (deployments,
 * engagements, treaty signings, aid, meetings, sanctions; statements and office holdings are not events) as
 * {@link ReportedFact}s. Call inside a transaction. Reading some graphs or one fact looks up indexed patterns only
 * (the graph, or the fact's subject, is bound).
 * Participants are read by role (every {@link Role} but place, reporter, speaker and office roles); engagement sides
 * are one unordered role {@code side}: "A fought B" and "B fought A" are one engagement.
 */
final class ArticleFactReader {
    private static final String ARTICLE_GRAPH_PREFIX = EntenteIris.ARTICLE_GRAPHS;
    /** Roles that say who takes part; where and who reported it do not decide identity. */
    private static final Set<Role> NOT_PARTICIPANTS = EnumSet.of(Role.LOCATION, Role.REPORTED_BY, Role.SPEAKER,
            Role.HOLDER, Role.POSITION, Role.ORGANIZATION);
    private static final Map<String, String> ROLE_OF_PROPERTY = roleNames();
    private static final Map<Node, FactType> EVENT_TYPES = eventTypes();

    private ArticleFactReader() {
    }

    /** Role name by property IRI: the property's local name, {@code side} for both sides of an engagement. */
    private static Map<String, String> roleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (!NOT_PARTICIPANTS.contains(role)) {
                names.put(role.property().getURI(), roleName(role));
            }
        }
        return names;
    }

    /** The name a role has in an identity key and in the order of an event IRI. */
    static String roleName(Role role) {
        return role == Role.SIDE_A || role == Role.SIDE_B ? "side" : role.property().getLocalName();
    }

    /** Role names in declaration order (initiators before targets, as {@link Role} lists them). */
    static List<String> roleOrder() {
        return ROLE_OF_PROPERTY.values().stream().distinct().toList();
    }

    /** The event facts of every article graph. */
    static List<ReportedFact> read(DatasetGraph dsg) {
        List<ReportedFact> facts = new ArrayList<>();
        for (FactType type : EVENT_TYPES.values()) {
            Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type.ontologyClass().asNode());
            List<Quad> found = new ArrayList<>();
            typed.forEachRemaining(found::add);
            for (Quad q : found) {
                if (isArticleGraph(q.getGraph()) && q.getSubject().isURI()) {
                    facts.add(read(dsg, q.getGraph(), q.getSubject(), type));
                }
            }
        }
        return facts;
    }

    /**
     * The event facts of some article graphs, each once, read as {@link #read(DatasetGraph)} reads them: a fact typed
     * with two event classes is read as the first of them in {@link FactType} order.
     */
    static List<ReportedFact> read(DatasetGraph dsg, Collection<Node> graphs) {
        Map<String, ReportedFact> facts = new LinkedHashMap<>();
        for (Node g : graphs) {
            for (Map.Entry<Node, FactType> fact : typedFacts(dsg, g).entrySet()) {
                facts.putIfAbsent(fact.getKey().getURI(), read(dsg, g, fact.getKey(), fact.getValue()));
            }
        }
        return List.copyOf(facts.values());
    }

    /** The IRIs of the event facts of some article graphs. */
    static Set<String> factIris(DatasetGraph dsg, Collection<Node> graphs) {
        Set<String> iris = new TreeSet<>();
        for (Node g : graphs) {
            typedFacts(dsg, g).keySet().forEach(f -> iris.add(f.getURI()));
        }
        return iris;
    }

    /**
     * The IRIs of the facts an article may have given: those that any article graph derives from it, and the event
     * facts of its own graph (a fact whose graph names no article is that graph's article's). A superset: read a fact
     * to know.
     */
    static Set<String> factsOf(DatasetGraph dsg, String article) {
        Set<String> iris = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, PROV.WAS_DERIVED_FROM.asNode(), NodeFactory.createURI(article))
                .forEachRemaining(q -> {
                    if (isArticleGraph(q.getGraph()) && q.getSubject().isURI()) {
                        iris.add(q.getSubject().getURI());
                    }
                });
        if (article.startsWith(EntenteIris.ARTICLE)) {
            Node g = NodeFactory.createURI(ARTICLE_GRAPH_PREFIX + article.substring(EntenteIris.ARTICLE.length()));
            typedFacts(dsg, g).keySet().forEach(f -> iris.add(f.getURI()));
        }
        return iris;
    }

    /** One fact as the article graph that holds it states it; empty when no article graph holds it. */
    static Optional<ReportedFact> readFact(DatasetGraph dsg, String iri) {
        Node fact = NodeFactory.createURI(iri);
        Iterator<Quad> types = dsg.find(Node.ANY, fact, RDF.type.asNode(), Node.ANY);
        Node graph = null;
        FactType first = null;
        while (types.hasNext()) {
            Quad q = types.next();
            FactType type = EVENT_TYPES.get(q.getObject());
            if (type == null || !isArticleGraph(q.getGraph())) {
                continue;
            }
            if (graph == null) {
                graph = q.getGraph();
                first = type;
            } else if (graph.equals(q.getGraph()) && type.ordinal() < first.ordinal()) {
                first = type;
            }
        }
        return graph == null ? Optional.empty() : Optional.of(read(dsg, graph, fact, first));
    }

    /** The event facts of one article graph with their types, the first in {@link FactType} order for each. */
    private static Map<Node, FactType> typedFacts(DatasetGraph dsg, Node g) {
        Map<Node, FactType> facts = new LinkedHashMap<>();
        if (!isArticleGraph(g)) {
            return facts;
        }
        for (FactType type : EVENT_TYPES.values()) {
            dsg.find(g, Node.ANY, RDF.type.asNode(), type.ontologyClass().asNode()).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    facts.putIfAbsent(q.getSubject(), type);
                }
            });
        }
        return facts;
    }

    private static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(ARTICLE_GRAPH_PREFIX);
    }

    /** The fact types that are events (every one but statements and office holdings) by class, in declaration order. */
    private static Map<Node, FactType> eventTypes() {
        Map<Node, FactType> types = new LinkedHashMap<>();
        for (FactType type : FactType.values()) {
            if (type != FactType.STATEMENT && type != FactType.OFFICE_HOLDING) {
                types.put(type.ontologyClass().asNode(), type);
            }
        }
        return types;
    }

    private static ReportedFact read(DatasetGraph dsg, Node g, Node fact, FactType type) {
        SortedMap<String, SortedSet<String>> roles = new TreeMap<>();
        String article = null;
        String modality = ENT.ASSERTED.getURI();
        LocalDate earliest = null;
        LocalDate latest = null;
        String dateText = null;
        String label = null;
        String cameo = null;
        BigDecimal goldstein = null;
        Iterator<Quad> it = dsg.find(g, fact, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            String p = q.getPredicate().getURI();
            Node o = q.getObject();
            String role = ROLE_OF_PROPERTY.get(p);
            if (role != null && o.isURI()) {
                roles.computeIfAbsent(role, r -> new TreeSet<>()).add(o.getURI());
            } else if (p.equals(PROV.WAS_DERIVED_FROM.getURI()) && o.isURI()) {
                article = o.getURI();
            } else if (p.equals(ENT.MODALITY_PROP.getURI()) && o.isURI()) {
                modality = o.getURI();
            } else if (p.equals(ENT.EARLIEST.getURI()) && o.isLiteral()) {
                earliest = day(o);
            } else if (p.equals(ENT.LATEST.getURI()) && o.isLiteral()) {
                latest = day(o);
            } else if (p.equals(ENT.DATE.getURI()) && o.isLiteral()) {
                dateText = o.getLiteralLexicalForm();
            } else if (p.equals(RDFS.label.getURI()) && o.isLiteral()) {
                label = o.getLiteralLexicalForm();
            } else if (p.equals(ENT.CAMEO_CODE.getURI()) && o.isLiteral()) {
                cameo = o.getLiteralLexicalForm();
            } else if (p.equals(ENT.GOLDSTEIN.getURI()) && o.isLiteral()) {
                goldstein = decimal(o);
            }
        }
        if (article == null) {
            article = EntenteIris.ARTICLE + g.getURI().substring(ARTICLE_GRAPH_PREFIX.length());
        }
        if (earliest == null || latest == null || latest.isBefore(earliest)) {
            earliest = null;
            latest = null;
        }
        return new ReportedFact(fact.getURI(), article, type.ontologyClass().getURI(), modality,
                roles, earliest, latest, dateText, label, cameo, goldstein);
    }

    private static LocalDate day(Node literal) {
        try {
            return LocalDate.parse(literal.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Node literal) {
        try {
            return new BigDecimal(literal.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
