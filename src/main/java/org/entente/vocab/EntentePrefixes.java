package org.entente.vocab;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes Entente writes its RDF with. */
public final class EntentePrefixes {
    public static final PrefixMap MAPPING = build();

    private EntentePrefixes() {
    }

    private static PrefixMap build() {
        PrefixMap map = PrefixMapFactory.create();
        map.add(ENT.PREFIX, ENT.NAMESPACE);
        map.add("id", EntenteIris.ID);
        map.add("article", EntenteIris.ARTICLE);
        map.add("graph", EntenteIris.GRAPH);
        map.add(WD.PREFIX, WD.NAMESPACE);
        map.add(WD.PROP_PREFIX, WD.PROP_NAMESPACE);
        map.add(NIF.PREFIX, NIF.NAMESPACE);
        map.add(PROV.PREFIX, PROV.NAMESPACE);
        map.add(SCHEMA.PREFIX, SCHEMA.NAMESPACE);
        map.add(ORG.PREFIX, ORG.NAMESPACE);
        map.add(SEM.PREFIX, SEM.NAMESPACE);
        map.add("rdf", RDF.getURI());
        map.add("rdfs", RDFS.getURI());
        map.add("owl", OWL.getURI());
        map.add("xsd", XSD.getURI());
        map.add("skos", SKOS.getURI());
        map.add("dcterms", DCTerms.getURI());
        return PrefixMapFactory.unmodifiablePrefixMap(map);
    }
}
