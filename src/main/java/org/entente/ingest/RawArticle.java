package org.entente.ingest;

/**
 * An article as a reader found it, before the checks that turn it into an {@link Article}.
 *
 * @param source where it was read: a path, or {@code path#row=N} / {@code path#line=N}
 * @param id the id derived from its name or URL; empty when none could be derived
 * @param text the text as decoded
 * @param metadata what the source states about it
 */
record RawArticle(String source, String id, String text, ArticleMetadata metadata) {
}
