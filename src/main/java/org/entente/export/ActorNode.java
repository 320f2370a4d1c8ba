package org.entente.export;

import java.util.Objects;

/**
 * One actor of the network.
 *
 * @param iri the actor's Entente IRI, used as node id in every format
 * @param label English label, or the IRI's last segment when the store has none
 * @param kind {@code state}, {@code organization} or {@code person} (empty when the query gave none)
 * @param type most specific ent: class, e.g. {@code State}, {@code ThinkTank} (may be empty)
 * @param wikidata Wikidata entity IRI, or empty
 * @param iso ISO 3166-1 alpha-3 code of a state, or empty
 */
public record ActorNode(String iri, String label, String kind, String type, String wikidata, String iso) {
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    public ActorNode {
        Objects.requireNonNull(iri, "iri");
        label = label == null || label.isBlank() ? lastSegment(iri) : label;
        kind = Objects.requireNonNullElse(kind, "");
        type = Objects.requireNonNullElse(type, "");
        wikidata = Objects.requireNonNullElse(wikidata, "");
        iso = Objects.requireNonNullElse(iso, "");
    }

    /** The Wikidata QID such as {@code Q423}, or empty. */
    public String qid() {
        return wikidata.startsWith(WIKIDATA_ENTITY) ? wikidata.substring(WIKIDATA_ENTITY.length()) : "";
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
