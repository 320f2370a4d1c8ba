package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteIris;
import org.entente.vocab.NIF;
import org.entente.vocab.ORG;
import org.entente.vocab.PROV;
import org.entente.vocab.SCHEMA;
import org.entente.vocab.SEM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology ({@code ontology/entente.ttl}), the SHACL shapes ({@code ontology/shapes.ttl}) and the hand-written
 * fixture ({@code tests/fixtures/model/}) agree with each other, with {@link ENT} and with docs/data-model.md.
 */
class OntologyTest {

    static final String ONTOLOGY_IRI = "https://w3id.org/entente/ontology";
    static final String ARTICLE = EntenteIris.article("2024-11-05-north-korean-troops-russia");
    static final String ARTICLE_GRAPH = EntenteIris.articleGraph("2024-11-05-north-korean-troops-russia");
    static final String VANN = "http://purl.org/vocab/vann/";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String WDT = "http://www.wikidata.org/prop/direct/";

    static final List<Resource> DECLARATION_TYPES = List.of(
            OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL2.NamedIndividual);

    static Model ontology;
    static Shapes shapes;
    static Graph shapesGraph;

    static Path repo() {
        String configured = System.getProperty("entente.repo");
        return configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
    }

    static Path ontologyFile() {
        return repo().resolve("ontology/entente.ttl");
    }

    static Path shapesFile() {
        return repo().resolve("ontology/shapes.ttl");
    }

    static Path fixture(String name) {
        return repo().resolve("tests/fixtures/model").resolve(name);
    }

    static DatasetGraph loadFixture(String name) {
        return RDFParser.source(fixture(name)).lang(Lang.TRIG).toDatasetGraph();
    }

    static ValidationReport validate(DatasetGraph dsg) {
        return ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
    }

    @BeforeAll
    static void load() {
        ontology = RDFParser.source(ontologyFile()).lang(Lang.TURTLE).toModel();
        shapesGraph = RDFParser.source(shapesFile()).lang(Lang.TURTLE).toGraph();
        shapes = Shapes.parse(shapesGraph);
    }

    static Resource ent(String local) {
        return ResourceFactory.createResource(ENT.NAMESPACE + local);
    }

    static Set<Resource> declaredTerms() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource type : DECLARATION_TYPES) {
            ontology.listResourcesWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(ENT.NAMESPACE)) {
                    terms.add(r);
                }
            });
        }
        return terms;
    }

    static boolean hasType(Resource term, Resource type) {
        return ontology.contains(term, RDF.type, type);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Ontology

    @Test
    void ontologyHeaderHasVersionLicenseAndDates() {
        Resource onto = ontology.getResource(ONTOLOGY_IRI);
        assertTrue(ontology.contains(onto, RDF.type, OWL.Ontology), "owl:Ontology " + ONTOLOGY_IRI);
        assertNotNull(onto.getProperty(OWL.versionInfo), "owl:versionInfo");
        assertEquals(ResourceFactory.createResource("https://w3id.org/entente/ontology/"
                + onto.getProperty(OWL.versionInfo).getString()), onto.getPropertyResourceValue(OWL2.versionIRI),
                "the version IRI names the version");
        assertEquals(ResourceFactory.createResource("https://www.gnu.org/licenses/gpl-3.0.html"),
                onto.getPropertyResourceValue(DCTerms.license));
        Literal modified = onto.getProperty(DCTerms.modified).getLiteral();
        assertTrue(!LocalDate.parse(modified.getLexicalForm()).isAfter(LocalDate.now()),
                "modified no later than today: " + modified.getLexicalForm());
        assertEquals(XSD.date.getURI(), modified.getDatatypeURI());
        assertNotNull(onto.getProperty(DCTerms.title), "dcterms:title");
        assertNotNull(onto.getProperty(DCTerms.description), "dcterms:description");
        assertEquals("ent", onto.getProperty(ontology.createProperty(VANN + "preferredNamespacePrefix")).getString());
        assertEquals(ENT.NAMESPACE,
                onto.getProperty(ontology.createProperty(VANN + "preferredNamespaceUri")).getLiteral().getLexicalForm());
    }

    @Test
    void everyDeclaredTermHasEnglishLabelDefinitionAndIsDefinedBy() {
        Set<Resource> terms = declaredTerms();
        assertTrue(terms.size() > 60, "expected the full vocabulary, found " + terms.size() + " terms");
        List<String> problems = new ArrayList<>();
        Resource onto = ontology.getResource(ONTOLOGY_IRI);
        for (Resource term : terms) {
            if (!hasEnglishLiteral(term, RDFS.label)) {
                problems.add(term.getLocalName() + ": no rdfs:label@en");
            }
            if (!hasEnglishLiteral(term, SKOS.definition)) {
                problems.add(term.getLocalName() + ": no skos:definition@en");
            }
            if (!ontology.contains(term, RDFS.isDefinedBy, onto)) {
                problems.add(term.getLocalName() + ": no rdfs:isDefinedBy <" + ONTOLOGY_IRI + ">");
            }
            if (ontology.listObjectsOfProperty(term, RDFS.label).toList().size() != 1) {
                problems.add(term.getLocalName() + ": not exactly one rdfs:label");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean hasEnglishLiteral(Resource term, Property property) {
        return ontology.listObjectsOfProperty(term, property).toList().stream()
                .anyMatch(n -> n.isLiteral() && "en".equals(n.asLiteral().getLanguage())
                        && !n.asLiteral().getLexicalForm().isBlank());
    }

    @Test
    void everyEntConstantIsDeclaredWithTheRightKind() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        Set<String> constants = new TreeSet<>();
        for (Field field : ENT.class.getDeclaredFields()) {
            int mods = field.getModifiers();
            if (!Modifier.isPublic(mods) || !Modifier.isStatic(mods) || !Modifier.isFinal(mods)) {
                continue;
            }
            Object value = field.get(null);
            if (value instanceof Property property) {
                constants.add(property.getURI());
                if (!hasType(property, OWL.ObjectProperty) && !hasType(property, OWL.DatatypeProperty)) {
                    problems.add(field.getName() + " <" + property.getURI() + "> is not an owl:ObjectProperty or owl:DatatypeProperty");
                }
            } else if (value instanceof Resource resource) {
                constants.add(resource.getURI());
                if (!hasType(resource, OWL.Class) && !hasType(resource, OWL2.NamedIndividual)) {
                    problems.add(field.getName() + " <" + resource.getURI() + "> is not an owl:Class or owl:NamedIndividual");
                }
            }
        }
        assertTrue(constants.size() > 60, "reflection found only " + constants.size() + " constants");
        assertEquals(List.of(), problems);

        Set<String> declared = declaredTerms().stream().map(Resource::getURI).collect(Collectors.toCollection(TreeSet::new));
        declared.removeAll(constants);
        assertEquals(Set.of(), declared, "terms declared in the ontology but missing from ENT.java");
    }

    @Test
    void classHierarchyFollowsTheDataModel() {
        assertSubClass(ENT.STATE, ENT.ACTOR);
        assertSubClass(ENT.PERSON, ENT.ACTOR);
        assertSubClass(ENT.ORGANIZATION, ENT.ACTOR);
        for (Resource org : List.of(ENT.INTERGOVERNMENTAL_ORGANIZATION, ENT.GOVERNMENT_BODY, ENT.THINK_TANK,
                ENT.UNIVERSITY, ENT.MEDIA_ORGANIZATION)) {
            assertSubClass(org, ENT.ORGANIZATION);
        }
        assertSubClass(ENT.OFFICE, ENT.ROLE);
        assertSubClass(ENT.EVENT, ENT.FACT);
        assertSubClass(ENT.EVENT, SEM.EVENT);
        for (Resource event : List.of(ENT.DEPLOYMENT, ENT.ARMED_ENGAGEMENT, ENT.TREATY_SIGNING, ENT.AID_PROVISION)) {
            assertSubClass(event, ENT.EVENT);
        }
        assertSubClass(ENT.STATEMENT, ENT.FACT);
        assertSubClass(ENT.OFFICE_HOLDING, ENT.FACT);
        assertSubClass(ENT.OFFICE_HOLDING, ORG.MEMBERSHIP);
        assertSubClass(ENT.FACT, PROV.ENTITY);
        assertSubClass(ENT.ARTICLE, SCHEMA.NEWS_ARTICLE);
        assertSubClass(ENT.ARTICLE, NIF.CONTEXT);
        assertSubClass(ENT.ORGANIZATION, ORG.ORGANIZATION);
        assertSubClass(ENT.ROLE, ORG.ROLE);
        assertSubClass(ENT.OFFICE, ORG.POST);
        assertSubClass(ENT.PERSON, SCHEMA.PERSON);
        assertSubClass(ENT.PLACE, SCHEMA.PLACE);
    }

    @Test
    void propertyHierarchyFollowsTheDataModel() {
        for (Property p : List.of(ENT.SIDE_A, ENT.SIDE_B, ENT.PARTY, ENT.DEPLOYER, ENT.DONOR, ENT.RECIPIENT)) {
            assertTrue(ontology.contains(p, RDFS.subPropertyOf, ENT.PARTICIPANT), p + " ⊑ ent:participant");
        }
        assertTrue(ontology.contains(ENT.HOLDER, RDFS.subPropertyOf, ORG.MEMBER));
        assertTrue(ontology.contains(ENT.ROLE_PROP, RDFS.subPropertyOf, ORG.ROLE_PROP));
        assertTrue(ontology.contains(ENT.ORGANIZATION_PROP, RDFS.subPropertyOf, ORG.ORGANIZATION_PROP));
        assertTrue(ontology.contains(ENT.DATE, RDFS.subPropertyOf, SEM.HAS_TIME_STAMP));
        assertTrue(ontology.contains(ENT.DATE, RDF.type, OWL.DatatypeProperty), "sem:hasTimeStamp is a datatype property");
        assertTrue(ontology.contains(ENT.EARLIEST, RDFS.subPropertyOf, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP));
        assertTrue(ontology.contains(ENT.LATEST, RDFS.subPropertyOf, SEM.HAS_LATEST_END_TIME_STAMP));
        assertTrue(ontology.contains(ENT.TROOPS_MIN, RDFS.range, XSD.integer));
        assertTrue(ontology.contains(ENT.GOLDSTEIN, RDFS.range, XSD.decimal));
        assertTrue(ontology.contains(ENT.DIRECT_QUOTE, RDFS.range, XSD.xboolean));
    }

    @Test
    void controlledValuesAreIndividualsOfTheirClasses() {
        for (Resource m : List.of(ENT.ASSERTED, ENT.NEGATED, ENT.PLANNED, ENT.HYPOTHETICAL)) {
            assertTrue(hasType(m, ENT.MODALITY), m + " a ent:Modality");
            assertTrue(hasType(m, OWL2.NamedIndividual), m + " a owl:NamedIndividual");
        }
        for (Resource a : List.of(ENT.HUMANITARIAN_AID, ENT.FINANCIAL_AID, ENT.MILITARY_AID, ENT.ECONOMIC_AID)) {
            assertTrue(hasType(a, ENT.AID_TYPE), a + " a ent:AidType");
            assertTrue(hasType(a, SKOS.Concept), a + " a skos:Concept");
            assertTrue(hasType(a, OWL2.NamedIndividual), a + " a owl:NamedIndividual");
        }
        assertEquals("humanitarian aid", ontology.getResource(ENT.HUMANITARIAN_AID.getURI()).getProperty(RDFS.label).getString());
    }

    @Test
    void wikidataAlignmentsUseEntityAndDirectPropertyIris() {
        assertMatch(ENT.PERSON, WD + "Q5");
        assertMatch(ENT.STATE, WD + "Q3624078");
        assertMatch(ENT.INTERGOVERNMENTAL_ORGANIZATION, WD + "Q245065");
        assertMatch(ENT.UNIVERSITY, WD + "Q3918");
        assertMatch(ENT.ORGANIZATION, WD + "Q43229");
        assertMatch(ENT.TREATY, WD + "Q131569");
        assertMatch(ENT.PARTICIPANT, WDT + "P710");
        assertMatch(ENT.DATE, WDT + "P585");
        assertMatch(ENT.PARTY, WDT + "P1891");
        assertMatch(ENT.COUNTRY, WDT + "P17");
        assertMatch(ENT.OFFICE_HOLDING, WDT + "P39");
        List<String> bad = new ArrayList<>();
        for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch)) {
            ontology.listObjectsOfProperty(p).forEachRemaining(o -> {
                String iri = o.asResource().getURI();
                if (!iri.matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*")
                        && !iri.matches("http://www\\.wikidata\\.org/prop/direct/P[1-9][0-9]*")) {
                    bad.add(iri);
                }
            });
        }
        assertEquals(List.of(), bad);
    }

    private static void assertMatch(Resource term, String wikidata) {
        Resource target = ResourceFactory.createResource(wikidata);
        boolean matched = Stream.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch)
                .anyMatch(p -> ontology.contains(term, p, target));
        assertTrue(matched, term + " has a SKOS mapping to " + wikidata);
    }

    private static void assertSubClass(Resource sub, Resource sup) {
        assertTrue(ontology.contains(sub, RDFS.subClassOf, sup), sub + " rdfs:subClassOf " + sup);
    }

    @Test
    void shapesAndFixturesUseOnlyDeclaredEntTerms() {
        Set<String> declared = declaredTerms().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> undeclared = new TreeSet<>();
        Consumer<Node> check = n -> {
            if (n.isURI() && n.getURI().startsWith(ENT.NAMESPACE) && !declared.contains(n.getURI())) {
                undeclared.add(n.getURI());
            }
        };
        shapesGraph.find().forEachRemaining(t -> {
            check.accept(t.getSubject());
            check.accept(t.getPredicate());
            check.accept(t.getObject());
        });
        for (String name : List.of("minimal.trig", "broken.trig")) {
            loadFixture(name).find().forEachRemaining(q -> {
                check.accept(q.getSubject());
                check.accept(q.getPredicate());
                check.accept(q.getObject());
            });
        }
        assertEquals(Set.of(), undeclared);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shapes

    @Test
    void shapesParseAndEveryShapeIsDocumented() {
        assertTrue(shapes.numShapes() >= 10, "shapes found: " + shapes.numShapes());
        assertTrue(shapes.numRootShapes() >= 10, "targeted shapes found: " + shapes.numRootShapes());
        Model m = ModelFactory.createModelForGraph(shapesGraph);
        Resource nodeShape = m.createResource("http://www.w3.org/ns/shacl#NodeShape");
        Property property = m.createProperty("http://www.w3.org/ns/shacl#property");
        Property name = m.createProperty("http://www.w3.org/ns/shacl#name");
        Property description = m.createProperty("http://www.w3.org/ns/shacl#description");
        List<String> problems = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, nodeShape).forEachRemaining(s -> {
            if (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment)) {
                problems.add("node shape " + s + " lacks rdfs:label or rdfs:comment");
            }
        });
        m.listObjectsOfProperty(property).forEachRemaining(o -> {
            Resource ps = o.asResource();
            if (!ps.hasProperty(name) || !ps.hasProperty(description)) {
                problems.add("property shape on " + ps.getPropertyResourceValue(m.createProperty("http://www.w3.org/ns/shacl#path"))
                        + " lacks sh:name or sh:description");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void minimalFixtureConforms() {
        DatasetGraph dsg = loadFixture("minimal.trig");
        ValidationReport report = validate(dsg);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "minimal.trig must conform to shapes.ttl");
    }

    @Test
    void minimalFixtureHasTheGraphsAndFactsOfTheDataModel() {
        DatasetGraph dsg = loadFixture("minimal.trig");
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(new TreeSet<>(List.of(ARTICLE_GRAPH, EntenteIris.REFERENCE_GRAPH)), graphs);
        assertTrue(dsg.getDefaultGraph().isEmpty(), "no triples outside named graphs");

        Model article = ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(ARTICLE_GRAPH)));
        for (Resource type : List.of(ENT.DEPLOYMENT, ENT.ARMED_ENGAGEMENT, ENT.TREATY_SIGNING, ENT.AID_PROVISION,
                ENT.STATEMENT, ENT.OFFICE_HOLDING)) {
            assertTrue(article.contains(null, RDF.type, type), "article graph has a " + type.getLocalName());
        }
        Model reference = ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(EntenteIris.REFERENCE_GRAPH)));
        assertFalse(reference.contains(null, PROV.WAS_DERIVED_FROM), "facts live in article graphs only");
        reference.listSubjects().forEachRemaining(s ->
                assertTrue(s.getURI().startsWith(EntenteIris.ID), "reference resource under id/: " + s));
    }

    @Test
    void fixtureOffsetsAndIrisFollowTheDataModel() {
        DatasetGraph dsg = loadFixture("minimal.trig");
        Model union = ModelFactory.createModelForGraph(dsg.getUnionGraph());
        Resource article = union.getResource(ARTICLE);
        String text = article.getProperty(NIF.IS_STRING).getString();
        List<String> problems = new ArrayList<>();
        Pattern factIri = Pattern.compile(Pattern.quote(ARTICLE)
                + "/(deployment|engagement|treaty-signing|aid|statement|office-holding)-([0-9]+)");
        Iterator<Statement> evidence = union.listStatements(null, ENT.EVIDENCE, (RDFNode) null);
        int spans = 0;
        while (evidence.hasNext()) {
            Statement st = evidence.next();
            Resource span = st.getResource();
            int begin = span.getProperty(NIF.BEGIN_INDEX).getInt();
            int end = span.getProperty(NIF.END_INDEX).getInt();
            if (!span.getURI().equals(ARTICLE + "#char=" + begin + "," + end)) {
                problems.add("span IRI " + span);
            }
            if (!text.substring(begin, end).equals(span.getProperty(NIF.ANCHOR_OF).getString())) {
                problems.add("anchorOf of " + span + " differs from the text at its offsets");
            }
            if (!span.hasProperty(NIF.REFERENCE_CONTEXT, article) || !span.hasProperty(RDF.type, NIF.STRING)) {
                problems.add("span " + span + " lacks nif:referenceContext or rdf:type nif:String");
            }
            Matcher m = factIri.matcher(st.getSubject().getURI());
            if (!m.matches() || Integer.parseInt(m.group(2)) != begin) {
                problems.add("fact IRI " + st.getSubject() + " does not end in -{begin of its evidence}");
            }
            spans++;
        }
        assertEquals(10, spans);
        assertEquals(List.of(), problems);
    }

    @Test
    void brokenFixtureFailsWithExpectedFocusNodes() {
        ValidationReport report = validate(loadFixture("broken.trig"));
        assertFalse(report.conforms());
        Set<String> found = report.getEntries().stream()
                .map(e -> e.focusNode().getURI() + " " + pathOf(e))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(List.of(
                ARTICLE + "/deployment-26 " + ENT.EVIDENCE.getURI(),
                ARTICLE + "/engagement-143 " + ENT.GOLDSTEIN.getURI(),
                ARTICLE + "/statement-572 " + ENT.QUOTE.getURI(),
                EntenteIris.actor("state", "russia") + " " + OWL.sameAs.getURI()));
        assertEquals(expected, found);
    }

    private static String pathOf(ReportEntry entry) {
        return entry.resultPath() instanceof P_Link link ? link.getNode().getURI() : String.valueOf(entry.resultPath());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One violation at a time, on a copy of the minimal fixture

    static final Node DEPLOYMENT = uri(ARTICLE + "/deployment-26");
    static final Node ENGAGEMENT = uri(ARTICLE + "/engagement-143");
    static final Node SIGNING = uri(ARTICLE + "/treaty-signing-228");
    static final Node AID = uri(ARTICLE + "/aid-322");
    static final Node STATEMENT = uri(ARTICLE + "/statement-572");
    static final Node HOLDING = uri(ARTICLE + "/office-holding-499");
    static final Node RUSSIA = uri(EntenteIris.actor("state", "russia"));
    static final Node KURSK = uri(EntenteIris.actor("place", "kursk-oblast"));
    static final Node ART = uri(ARTICLE);

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** Applies {@code change} to a fresh copy of minimal.trig and returns the focus nodes reported for {@code path}. */
    static Set<Node> focusNodesAfter(Consumer<DatasetGraph> change, Property path) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        loadFixture("minimal.trig").find().forEachRemaining(dsg::add);
        change.accept(dsg);
        ValidationReport report = validate(dsg);
        assertFalse(report.conforms(), "the change must make the data fail");
        return report.getEntries().stream()
                .filter(e -> path == null || path.getURI().equals(pathOf(e)))
                .map(ReportEntry::focusNode)
                .collect(Collectors.toSet());
    }

    static Consumer<DatasetGraph> remove(Node s, Property p) {
        return dsg -> dsg.deleteAny(Node.ANY, s, p.asNode(), Node.ANY);
    }

    static Consumer<DatasetGraph> replace(Node s, Property p, Node o) {
        return dsg -> {
            List<Quad> old = dsg.stream(Node.ANY, s, p.asNode(), Node.ANY).toList();
            old.forEach(dsg::delete);
            Node g = old.isEmpty() ? uri(ARTICLE_GRAPH) : old.get(0).getGraph();
            dsg.add(g, s, p.asNode(), o);
        };
    }

    static Consumer<DatasetGraph> add(Node s, Property p, Node o) {
        return dsg -> dsg.add(uri(ARTICLE_GRAPH), s, p.asNode(), o);
    }

    @Test
    void eachRequiredParticipantIsEnforced() {
        assertEquals(Set.of(DEPLOYMENT), focusNodesAfter(remove(DEPLOYMENT, ENT.DEPLOYER), ENT.DEPLOYER));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(remove(ENGAGEMENT, ENT.SIDE_B), ENT.SIDE_B));
        assertEquals(Set.of(SIGNING), focusNodesAfter(remove(SIGNING, ENT.TREATY_PROP), ENT.TREATY_PROP));
        assertEquals(Set.of(AID), focusNodesAfter(remove(AID, ENT.DONOR), ENT.DONOR));
        assertEquals(Set.of(AID), focusNodesAfter(remove(AID, ENT.RECIPIENT), ENT.RECIPIENT));
        assertEquals(Set.of(STATEMENT), focusNodesAfter(remove(STATEMENT, ENT.SPEAKER), ENT.SPEAKER));
        assertEquals(Set.of(HOLDING), focusNodesAfter(remove(HOLDING, ENT.HOLDER), ENT.HOLDER));
        assertEquals(Set.of(HOLDING), focusNodesAfter(remove(HOLDING, ENT.ROLE_PROP), ENT.ROLE_PROP));
    }

    @Test
    void provenanceLabelAndModalityAreEnforced() {
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(remove(ENGAGEMENT, PROV.WAS_DERIVED_FROM), PROV.WAS_DERIVED_FROM));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                add(ENGAGEMENT, PROV.WAS_DERIVED_FROM, uri(EntenteIris.article("another"))), PROV.WAS_DERIVED_FROM));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(ENGAGEMENT, PROV.WAS_DERIVED_FROM, NodeFactory.createLiteralString(ARTICLE)), PROV.WAS_DERIVED_FROM));
        assertEquals(Set.of(AID), focusNodesAfter(remove(AID, RDFS.label), RDFS.label));
        assertEquals(Set.of(AID), focusNodesAfter(
                add(AID, RDFS.label, NodeFactory.createLiteralLang("second label", "en")), RDFS.label));
        assertEquals(Set.of(AID), focusNodesAfter(remove(AID, ENT.MODALITY_PROP), ENT.MODALITY_PROP));
        assertEquals(Set.of(AID), focusNodesAfter(
                replace(AID, ENT.MODALITY_PROP, ENT.HUMANITARIAN_AID.asNode()), ENT.MODALITY_PROP));
        assertEquals(Set.of(AID), focusNodesAfter(
                add(AID, ENT.MODALITY_PROP, ENT.NEGATED.asNode()), ENT.MODALITY_PROP));
    }

    @Test
    void evidenceSpansAreChecked() {
        Node span = uri(ARTICLE + "#char=143,227");
        // A malformed span is reported on the fact that cites it (sh:node).
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(span, NIF.BEGIN_INDEX, typed("143", XSDDatatype.XSDinteger)), ENT.EVIDENCE));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(remove(span, NIF.END_INDEX), ENT.EVIDENCE));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(remove(span, NIF.ANCHOR_OF), ENT.EVIDENCE));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(remove(span, NIF.REFERENCE_CONTEXT), ENT.EVIDENCE));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(span, NIF.BEGIN_INDEX, typed("300", XSDDatatype.XSDnonNegativeInteger)), ENT.EVIDENCE));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(remove(span, RDF.type), ENT.EVIDENCE));
    }

    @Test
    void valuesAreTypedAndInRange() {
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(ENGAGEMENT, ENT.GOLDSTEIN, typed("10.5", XSDDatatype.XSDdecimal)), ENT.GOLDSTEIN));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(ENGAGEMENT, ENT.GOLDSTEIN, typed("-10", XSDDatatype.XSDinteger)), ENT.GOLDSTEIN));
        assertEquals(Set.of(DEPLOYMENT), focusNodesAfter(
                replace(DEPLOYMENT, ENT.TROOPS_MIN, typed("-5", XSDDatatype.XSDinteger)), ENT.TROOPS_MIN));
        assertEquals(Set.of(DEPLOYMENT), focusNodesAfter(
                replace(DEPLOYMENT, ENT.TROOPS_MIN, NodeFactory.createLiteralString("10000")), ENT.TROOPS_MIN));
        assertEquals(Set.of(DEPLOYMENT), focusNodesAfter(
                add(DEPLOYMENT, ENT.TROOPS_MAX, typed("5000", XSDDatatype.XSDinteger)), ENT.TROOPS_MIN));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(ENGAGEMENT, ENT.DATE, typed("2024-11-04T00:00:00Z", XSDDatatype.XSDdateTime)), ENT.DATE));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(ENGAGEMENT, ENT.EARLIEST, typed("2024-11", XSDDatatype.XSDgYearMonth)), ENT.EARLIEST));
        assertEquals(Set.of(ENGAGEMENT), focusNodesAfter(
                replace(ENGAGEMENT, ENT.EARLIEST, typed("2024-11-05", XSDDatatype.XSDdate)), ENT.EARLIEST));
        assertEquals(Set.of(STATEMENT), focusNodesAfter(
                replace(STATEMENT, ENT.DIRECT_QUOTE, NodeFactory.createLiteralString("no")), ENT.DIRECT_QUOTE));
        assertEquals(Set.of(AID), focusNodesAfter(
                add(AID, ENT.AID_TYPE_PROP, uri(EntenteIris.actor("aid-type", "food"))), ENT.AID_TYPE_PROP));
    }

    @Test
    void gYearDatesAreAcceptedAndDateBoundsComeInPairs() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        loadFixture("minimal.trig").find().forEachRemaining(dsg::add);
        replace(SIGNING, ENT.DATE, typed("2024", XSDDatatype.XSDgYear)).accept(dsg);
        assertTrue(validate(dsg).conforms(), "xsd:gYear is an allowed ent:date datatype");

        Set<Node> focus = focusNodesAfter(remove(ENGAGEMENT, ENT.LATEST), null);
        assertEquals(Set.of(ENGAGEMENT), focus);
    }

    @Test
    void articlesAndReferenceResourcesAreChecked() {
        assertEquals(Set.of(ART), focusNodesAfter(
                add(ART, SCHEMA.DATE_PUBLISHED, typed("2024-11-06", XSDDatatype.XSDdate)), SCHEMA.DATE_PUBLISHED));
        assertEquals(Set.of(ART), focusNodesAfter(remove(ART, NIF.IS_STRING), NIF.IS_STRING));
        assertEquals(Set.of(ART), focusNodesAfter(remove(ART, RDFS.label), RDFS.label));
        assertEquals(Set.of(KURSK), focusNodesAfter(remove(KURSK, RDFS.label), RDFS.label));
        assertEquals(Set.of(RUSSIA), focusNodesAfter(remove(RUSSIA, RDFS.label), RDFS.label));
        assertEquals(Set.of(RUSSIA), focusNodesAfter(
                replace(RUSSIA, OWL.sameAs, uri("https://www.wikidata.org/wiki/Q159")), OWL.sameAs));
        assertEquals(Set.of(RUSSIA), focusNodesAfter(
                replace(RUSSIA, OWL.sameAs, NodeFactory.createLiteralString("Q159")), OWL.sameAs));
        assertEquals(Set.of(RUSSIA), focusNodesAfter(
                replace(RUSSIA, OWL.sameAs, uri("http://www.wikidata.org/entity/P17")), OWL.sameAs));
        assertEquals(Set.of(RUSSIA), focusNodesAfter(
                replace(RUSSIA, ENT.ISO_CODE, NodeFactory.createLiteralString("RU")), ENT.ISO_CODE));
    }

    @Test
    void fixtureStillConformsWhenTheOntologyIsLoadedAlongside() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFParser.source(fixture("minimal.trig")).lang(Lang.TRIG).parse(ds);
        ds.addNamedModel("https://w3id.org/entente/graph/ontology", ontology);
        Graph union = ds.asDatasetGraph().getUnionGraph();
        assertTrue(union.contains(Triple.create(ENT.HUMANITARIAN_AID.asNode(), RDF.type.asNode(), ENT.AID_TYPE.asNode())));
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        if (!report.conforms()) {
            ShLib.printReport(report);
            fail("the fixture plus the ontology must still conform");
        }
    }
}
