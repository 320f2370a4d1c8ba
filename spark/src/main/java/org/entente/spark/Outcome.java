package org.entente.spark;

import java.io.Serializable;

/**
 * What the job made of one article or one problem: an extracted article (its graph's N-Quads, until the shard holds
 * them), a failure (an article or file skipped, with the reason) or a warning.
 *
 * @param kind what this is
 * @param order the position in the input order: the file's index in the high 32 bits, the record's in the low
 * @param source where: the input file's URI, with {@code #row=N} for a row of a CSV file
 * @param id the article id (articles and failures of a known article), or null
 * @param graph the article's graph IRI, or null
 * @param quads the number of quads of the article's graph
 * @param nquads the graph as UTF-8 N-Quads while it travels to its shard, null afterwards
 * @param message the reason of a failure or warning, null for an article
 * @param shard the shard file name that holds the article, once written
 */
record Outcome(Kind kind, long order, String source, String id, String graph, int quads, byte[] nquads,
               String message, String shard) implements Serializable {

    /** The three kinds of outcome. */
    enum Kind { ARTICLE, FAILURE, WARNING }

    static Outcome article(long order, String source, String id, String graph, int quads, byte[] nquads) {
        return new Outcome(Kind.ARTICLE, order, source, id, graph, quads, nquads, null, null);
    }

    static Outcome failure(long order, String source, String id, String message) {
        return new Outcome(Kind.FAILURE, order, source, id, null, 0, null, message, null);
    }

    static Outcome warning(long order, String source, String message) {
        return new Outcome(Kind.WARNING, order, source, null, null, 0, null, message, null);
    }

    /** The key that brings the outcomes of one article id together: every other outcome has a key of its own. */
    String key() {
        return kind == Kind.ARTICLE ? "article:" + id : kind + ":" + order;
    }

    /** This article, skipped because an earlier input already produced its id. */
    Outcome duplicateOf(Outcome first) {
        return failure(order, source, id, "duplicate article id " + id + " (also at " + first.source()
                + "); article skipped");
    }

    /** This outcome once its quads are in {@code shardName}, without the quads. */
    Outcome storedIn(String shardName) {
        return new Outcome(kind, order, source, id, graph, quads, null, message, shardName);
    }
}
