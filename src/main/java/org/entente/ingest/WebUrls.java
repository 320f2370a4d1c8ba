package org.entente.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on article URLs and license IRIs: absolute http(s) with a host, and none of the characters an IRI may not
 * hold (spaces, control characters, {@code < > " { } | \\ ^ `}), so the value is safe as an IRI in any RDF syntax and
 * in SPARQL; and the host of such a URL.
 */
final class WebUrls {
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile(
            "(?i)https?://(?<host>[\\p{L}\\p{N}.-]+)(?::\\d{1,5})?(?:[/?#][^\\s\\p{Cc}<>\"{}|\\\\^`]*)?");

    private WebUrls() {
    }

    static boolean isAbsoluteHttp(String url) {
        return url != null && ABSOLUTE_HTTP.matcher(url).matches();
    }

    /** The lowercase host of an absolute http(s) URL, or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = ABSOLUTE_HTTP.matcher(url);
        return m.matches() ? m.group("host").toLowerCase(Locale.ROOT) : null;
    }
}
