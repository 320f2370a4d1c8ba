package org.entente.vocab;

/**
 * Base IRIs of Entente's own resources. Actor IRIs depend only on the actor's kind and registry key, so the
 * same actor has the same IRI in every article; article IRIs depend only on the article's identity.
 *
 * <pre>
 * String northKorea = EntenteIris.actor("state", "north-korea");
 * // https://w3id.org/entente/id/state/north-korea
 * </pre>
 */
public final class EntenteIris {
    public static final String BASE = "https://w3id.org/entente/";
    public static final String ID = BASE + "id/";
    public static final String ARTICLE = BASE + "article/";
    public static final String GRAPH = BASE + "graph/";
    /** Namespace of the article graphs: one named graph per article, {@code ARTICLE_GRAPHS + slug}. */
    public static final String ARTICLE_GRAPHS = GRAPH + "article/";
    /** Named graph holding actors, places, offices and roles shared by all articles. */
    public static final String REFERENCE_GRAPH = GRAPH + "reference";
    /** Named graph holding the events consolidated across articles, kept current by each load. */
    public static final String EVENTS_GRAPH = GRAPH + "events";
    /** Named graph indexing the events graph for its incremental update (identity keys, base IRIs, currency). */
    public static final String EVENT_INDEX_GRAPH = GRAPH + "event-index";

    private EntenteIris() {
    }

    public static String actor(String kind, String key) {
        return ID + kind + "/" + key;
    }

    public static String article(String slug) {
        return ARTICLE + slug;
    }

    public static String articleGraph(String slug) {
        return ARTICLE_GRAPHS + slug;
    }
}
