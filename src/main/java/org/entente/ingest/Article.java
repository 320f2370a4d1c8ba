package org.entente.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any NLP.
 *
 * <p>{@code text} is the article exactly as the source gives it; every character offset Entente publishes is an
 * offset into this string. {@code bodyStart} and {@code bodyEnd} bound the body inside it: a dateline such as
 * {@code SEOUL, Nov. 6 (Korea Bizwire) –} before it and an agency credit such as {@code (Yonhap)} after it are
 * metadata, not body. {@link #body()} returns the text with everything outside the body blanked by spaces, so
 * offsets into it are offsets into {@code text}.
 *
 * @param id stable identifier, a lowercase slug ({@code [a-z0-9-]+}); it names the article's IRI and graph
 * @param source where it was read, for messages: a file path, or {@code file#row=N} for a corpus row
 * @param dateline place and date line when present, e.g. {@code SEOUL, Nov. 6}; null otherwise
 * @param publisher outlet that published it; {@code originalSource} the agency it credits (e.g. Yonhap); both may be null
 */
public record Article(
        String id,
        String source,
        String title,
        LocalDate datePublished,
        String publisher,
        String originalSource,
        String url,
        String language,
        String license,
        String dateline,
        String text,
        int bodyStart,
        int bodyEnd) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("article id must be a lowercase slug: " + id);
        }
        if (bodyStart < 0 || bodyEnd > text.length() || bodyStart > bodyEnd) {
            throw new IllegalArgumentException("body bounds out of range: " + bodyStart + ".." + bodyEnd);
        }
    }

    /** The text with the dateline and credit blanked out: same length as {@link #text()}, same offsets. */
    public String body() {
        if (bodyStart == 0 && bodyEnd == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inBody = i >= bodyStart && i < bodyEnd;
            sb.append(inBody || c == '\n' ? c : ' ');
        }
        return sb.toString();
    }
}
