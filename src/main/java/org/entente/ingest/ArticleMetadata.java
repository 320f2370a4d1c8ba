package org.entente.ingest;

import java.time.LocalDate;

/**
 * Metadata of an article as a source states it: a sidecar file, a corpus row, a JSON line, or command-line flags.
 * Every component may be null (unknown); blank strings are treated as unknown and other strings are stripped.
 *
 * <p>{@code dateline} is only a hint: the dateline an {@link Article} carries is the one found at the start of its
 * text, and this value is used only when the text has none.
 *
 * <pre>
 * ArticleMetadata flags = ArticleMetadata.empty().withPublisher("Korea Bizwire").withLanguage("en");
 * ArticleMetadata merged = sidecar.orElse(flags);   // the sidecar wins, the flags fill its gaps
 * </pre>
 */
public record ArticleMetadata(
        String title,
        LocalDate datePublished,
        String publisher,
        String originalSource,
        String url,
        String language,
        String license,
        String dateline) {

    private static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null, null);

    public ArticleMetadata {
        title = clean(title);
        publisher = clean(publisher);
        originalSource = clean(originalSource);
        url = clean(url);
        language = clean(language);
        license = clean(license);
        dateline = clean(dateline);
    }

    /** Metadata with every component unknown. */
    public static ArticleMetadata empty() {
        return EMPTY;
    }

    /** True when no component is known. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** This metadata with each unknown component taken from {@code fallback}; known components are kept. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        if (fallback == null) {
            return this;
        }
        return new ArticleMetadata(
                first(title, fallback.title),
                datePublished != null ? datePublished : fallback.datePublished,
                first(publisher, fallback.publisher),
                first(originalSource, fallback.originalSource),
                first(url, fallback.url),
                first(language, fallback.language),
                first(license, fallback.license),
                first(dateline, fallback.dateline));
    }

    public ArticleMetadata withTitle(String value) {
        return new ArticleMetadata(value, datePublished, publisher, originalSource, url, language, license, dateline);
    }

    public ArticleMetadata withDatePublished(LocalDate value) {
        return new ArticleMetadata(title, value, publisher, originalSource, url, language, license, dateline);
    }

    public ArticleMetadata withPublisher(String value) {
        return new ArticleMetadata(title, datePublished, value, originalSource, url, language, license, dateline);
    }

    public ArticleMetadata withOriginalSource(String value) {
        return new ArticleMetadata(title, datePublished, publisher, value, url, language, license, dateline);
    }

    public ArticleMetadata withUrl(String value) {
        return new ArticleMetadata(title, datePublished, publisher, originalSource, value, language, license, dateline);
    }

    public ArticleMetadata withLanguage(String value) {
        return new ArticleMetadata(title, datePublished, publisher, originalSource, url, value, license, dateline);
    }

    public ArticleMetadata withLicense(String value) {
        return new ArticleMetadata(title, datePublished, publisher, originalSource, url, language, value, dateline);
    }

    public ArticleMetadata withDateline(String value) {
        return new ArticleMetadata(title, datePublished, publisher, originalSource, url, language, license, value);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
