package org.entente.rdf;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.facts.AidKind;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Bounds;
import org.entente.facts.Evidence;
import org.entente.facts.Fact;
import org.entente.facts.FactDate;
import org.entente.facts.FactType;
import org.entente.facts.Interaction;
import org.entente.facts.Role;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;
import org.entente.link.wikidata.LinkResult;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.NIF;
import org.entente.vocab.PROV;
import org.entente.vocab.SCHEMA;
import org.entente.vocab.WD;

/**
 * Writes one article's facts as quads: the article, its evidence spans and its facts in the article's named graph;
 * the actors they point to in the reference graph. Offsets are published in Unicode code points, as NIF and SPARQL's
 * string functions count them ({@code SUBSTR(?text, ?begin + 1, ?end - ?begin)} gives the sentence back). Output goes to any {@link StreamRDF}: a store, a file, a collector.
 *
 * <pre>
 * StreamRDF out = StreamRDFWriter.getWriterStream(System.out, RDFFormat.TRIG_BLOCKS);
 * out.start();
 * new ArticleGraphWriter(out, ActorRegistry.bundled()).write(facts);
 * out.finish();
 * </pre>
 */
public final class ArticleGraphWriter {
    private static final Node REFERENCE = NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH);
    private static final Property SCHEMA_MENTIONS = SCHEMA.MENTIONS;
    private final StreamRDF out;
    private final ActorRegistry registry;

    public ArticleGraphWriter(StreamRDF out, ActorRegistry registry) {
        this.out = out;
        this.registry = registry;
    }

    /** The named graph an article's facts go to. */
    public static Node graphOf(Article article) {
        return NodeFactory.createURI(EntenteIris.articleGraph(article.id()));
    }

    public void write(ArticleFacts facts) {
        Article article = facts.article();
        Node g = graphOf(article);
        Node a = NodeFactory.createURI(EntenteIris.article(article.id()));
        writeArticle(g, a, article, facts.actors());
        for (Actor actor : facts.actors()) {
            writeActor(actor);
        }
        for (LinkResult result : facts.linkResults()) {
            if (result.qid().isEmpty() && !result.candidates().isEmpty()) {
                Node actor = NodeFactory.createURI(result.local().iri());
                result.candidates().forEach(c -> quad(g, actor, ENT.CANDIDATE_WIKIDATA, WD.entity(c.qid()).asNode()));
            }
        }
        Set<String> used = new HashSet<>();
        for (Fact fact : facts.facts()) {
            writeFact(g, a, article, fact, factIri(article, fact, used));
        }
    }

    private void writeArticle(Node g, Node a, Article article, List<Actor> actors) {
        quad(g, a, RDF.type, SCHEMA.NEWS_ARTICLE);
        quad(g, a, RDF.type, ENT.ARTICLE);
        quad(g, a, RDF.type, NIF.CONTEXT);
        String title = article.title() != null ? article.title() : article.id();
        quad(g, a, RDFS.label, lit(title));
        if (article.title() != null) {
            quad(g, a, SCHEMA.HEADLINE, lit(article.title()));
        }
        if (article.datePublished() != null) {
            quad(g, a, SCHEMA.DATE_PUBLISHED, typed(article.datePublished().toString(), XSDDatatype.XSDdate));
        }
        media(g, a, SCHEMA.PUBLISHER, article.publisher());
        media(g, a, SCHEMA.SOURCE_ORGANIZATION, article.originalSource());
        if (article.url() != null) {
            quad(g, a, SCHEMA.URL, typed(article.url(), XSDDatatype.XSDanyURI));
        }
        if (article.language() != null) {
            quad(g, a, SCHEMA.IN_LANGUAGE, lit(article.language()));
        }
        if (article.license() != null) {
            quad(g, a, SCHEMA.LICENSE, NodeFactory.createURI(article.license()));
        }
        quad(g, a, NIF.IS_STRING, lit(article.text()));
        for (Actor actor : actors) {
            if (actor.kind().isAgent()) {
                quad(g, a, SCHEMA_MENTIONS, iri(actor));
            }
        }
    }

    private void media(Node g, Node a, Property p, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        Actor outlet = Actor.local(ActorKind.MEDIA, name);
        quad(g, a, p, iri(outlet));
        writeActor(outlet);
    }

    private void writeActor(Actor actor) {
        Node s = iri(actor);
        quad(REFERENCE, s, RDF.type, actor.kind().ontologyClass());
        quad(REFERENCE, s, RDFS.label, lit(actor.label()));
        for (String alias : actor.aliases()) {
            quad(REFERENCE, s, SKOS.altLabel, lit(alias));
        }
        if (actor.qid() != null) {
            quad(REFERENCE, s, OWL.sameAs, WD.entity(actor.qid()).asNode());
        }
        if (actor.isoCode() != null) {
            quad(REFERENCE, s, ENT.ISO_CODE, lit(actor.isoCode()));
        }
        for (String demonym : actor.demonyms()) {
            quad(REFERENCE, s, ENT.DEMONYM, lit(demonym));
        }
        if (actor.countryQid() != null && actor.kind() != ActorKind.STATE) {
            registry.byQid(actor.countryQid()).ifPresent(state -> quad(REFERENCE, s, ENT.COUNTRY, iri(state)));
        }
    }

    /**
     * {@code {article}/{type}-{offset}}, where the offset (in code points) is where the fact's first sentence starts;
     * a second fact of the same type from the same sentence gets {@code -2}, and so on, in extraction order.
     */
    private static String factIri(Article article, Fact fact, Set<String> used) {
        String base = EntenteIris.article(article.id()) + "/" + fact.type().segment() + "-"
                + article.text().codePointCount(0, fact.anchor());
        String iri = base;
        for (int n = 2; !used.add(iri); n++) {
            iri = base + "-" + n;
        }
        return iri;
    }

    private void writeFact(Node g, Node articleNode, Article article, Fact fact, String iri) {
        Node f = NodeFactory.createURI(iri);
        quad(g, f, RDF.type, fact.type().ontologyClass());
        quad(g, f, RDFS.label, lit(FactLabels.label(fact)));
        quad(g, f, PROV.WAS_DERIVED_FROM, articleNode);
        quad(g, f, ENT.MODALITY_PROP, fact.modality().individual());
        for (Evidence e : fact.evidence()) {
            int begin = article.text().codePointCount(0, e.begin());
            int end = begin + article.text().codePointCount(e.begin(), e.end());
            Node span = NodeFactory.createURI(EntenteIris.article(article.id()) + "#char=" + begin + "," + end);
            quad(g, f, ENT.EVIDENCE, span);
            quad(g, span, RDF.type, NIF.STRING);
            quad(g, span, RDF.type, NIF.RFC5147_STRING);
            quad(g, span, NIF.BEGIN_INDEX, typed(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger));
            quad(g, span, NIF.END_INDEX, typed(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
            quad(g, span, NIF.ANCHOR_OF, lit(e.text()));
            quad(g, span, NIF.REFERENCE_CONTEXT, articleNode);
        }
        fact.roles().forEach((role, actors) -> actors.forEach(actor -> quad(g, f, role.property(), iri(actor))));
        fact.roles().getOrDefault(Role.PARTY, List.of()).forEach(p -> quad(g, f, ENT.PARTICIPANT, iri(p)));
        fact.roles().getOrDefault(Role.IMPOSER, List.of()).forEach(p -> quad(g, f, ENT.PARTICIPANT, iri(p)));
        fact.roles().getOrDefault(Role.SANCTIONED, List.of()).forEach(p -> quad(g, f, ENT.PARTICIPANT, iri(p)));
        fact.date().ifPresent(d -> writeDate(g, f, d));
        fact.troopsMin().ifPresent(n -> quad(g, f, ENT.TROOPS_MIN, typed(n.toString(), XSDDatatype.XSDinteger)));
        fact.troopsMax().ifPresent(n -> quad(g, f, ENT.TROOPS_MAX, typed(n.toString(), XSDDatatype.XSDinteger)));
        fact.killed().ifPresent(b -> bounds(g, f, b, ENT.KILLED_MIN, ENT.KILLED_MAX));
        fact.injured().ifPresent(b -> bounds(g, f, b, ENT.INJURED_MIN, ENT.INJURED_MAX));
        fact.quote().filter(q -> fact.type() == FactType.VOTE).ifPresent(m -> quad(g, f, ENT.MOTION, lit(m)));
        fact.quote().filter(q -> fact.type() != FactType.VOTE).ifPresent(q -> {
            quad(g, f, ENT.QUOTE, lit(q));
            quad(g, f, ENT.DIRECT_QUOTE, typed(Boolean.toString(fact.directQuote()), XSDDatatype.XSDboolean));
        });
        for (AidKind kind : fact.aidKinds()) {
            quad(g, f, ENT.AID_TYPE_PROP, kind.individual());
        }
        fact.treaty().ifPresent(t -> {
            Node treaty = iri(t);
            quad(g, f, ENT.TREATY_PROP, treaty);
            quad(g, treaty, RDF.type, ENT.TREATY);
            quad(g, treaty, RDFS.label, lit(t.label()));
            fact.all(Role.PARTY).forEach(p -> quad(g, treaty, ENT.PARTY, iri(p)));
        });
        Optional<Interaction> interaction = Interaction.of(fact, registry, article.datePublished());
        interaction.ifPresent(i -> {
            quad(g, f, ENT.INITIATOR, iri(i.initiator()));
            quad(g, f, ENT.TARGET, iri(i.target()));
        });
        interaction.map(Interaction::code).or(fact::code).ifPresent(c -> {
            quad(g, f, ENT.CAMEO_CODE, lit(c.code()));
            quad(g, f, ENT.GOLDSTEIN, decimal(c.goldstein()));
            if (!c.ploverType().isEmpty()) {
                quad(g, f, ENT.PLOVER_TYPE, lit(c.ploverType()));
            }
            if (!c.ploverMode().isEmpty()) {
                quad(g, f, ENT.PLOVER_MODE, lit(c.ploverMode()));
            }
        });
        fact.trigger().ifPresent(t -> quad(g, f, ENT.TRIGGER, lit(t)));
        fact.codebookEntry().ifPresent(c -> quad(g, f, ENT.CODEBOOK_ENTRY, lit(c)));
    }


    private void writeDate(Node g, Node f, FactDate d) {
        if (d.precise() != null) {
            XSDDatatype type = switch (d.datatype()) {
                case "date" -> XSDDatatype.XSDdate;
                case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDgYear;
            };
            quad(g, f, ENT.DATE, typed(d.precise(), type));
        }
        quad(g, f, ENT.EARLIEST, typed(d.earliest().toString(), XSDDatatype.XSDdate));
        quad(g, f, ENT.LATEST, typed(d.latest().toString(), XSDDatatype.XSDdate));
        if (d.text() != null) {
            quad(g, f, ENT.DATE_TEXT, lit(d.text()));
        }
        quad(g, f, ENT.TIMEX, lit(d.timex()));
    }

    /** A count as the text states it: a minimum and a maximum, each when known. */
    private void bounds(Node g, Node f, Bounds b, Property min, Property max) {
        b.lower().ifPresent(n -> quad(g, f, min, typed(n.toString(), XSDDatatype.XSDinteger)));
        b.upper().ifPresent(n -> quad(g, f, max, typed(n.toString(), XSDDatatype.XSDinteger)));
    }

    private void quad(Node g, Node s, Property p, Node o) {
        out.quad(Quad.create(g, s, p.asNode(), o));
    }

    private void quad(Node g, Node s, Property p, Resource o) {
        quad(g, s, p, o.asNode());
    }

    private static Node iri(Actor actor) {
        return NodeFactory.createURI(actor.iri());
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node decimal(BigDecimal d) {
        return typed(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

}
