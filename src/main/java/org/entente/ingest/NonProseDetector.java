package org.entente.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes decoded text that is not an article's prose, so it is refused before any NLP: binary data that happens
 * to be valid UTF-8, UTF-16 text read as UTF-8, and HTML or XML markup.
 *
 * <pre>
 * NonProseDetector.reason("&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;body&gt;...")
 *     // Optional["text is HTML or XML (starts with &lt;!DOCTYPE html&gt;); extract the article text first"]
 * NonProseDetector.reason("Troops were deployed on Monday.")   // Optional.empty()
 * </pre>
 */
final class NonProseDetector {
    /** More control characters (other than tab, line feed, carriage return) than this share of the text: binary. */
    static final double MAX_CONTROL_SHARE = 0.05;
    /** At least this many HTML element tags make a text markup rather than prose. */
    static final int MIN_HTML_TAGS = 3;

    private static final Pattern MARKUP_START =
            Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html\\b|<\\?xml\\b|<head\\b|<body\\b)");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:p|div|span|a|br|hr|script|style|table|tr|td|th"
            + "|li|ul|ol|body|head|html|meta|link|img|iframe|form|input|h[1-6]|em|strong|b|i|section|article|nav"
            + "|header|footer)\\b[^<>]{0,500}>");

    private NonProseDetector() {
    }

    /** Why the text is not prose, or empty when it may be. */
    static Optional<String> reason(String text) {
        int nuls = 0;
        int nulsAfterAsciiLetter = 0;
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                nuls++;
                if (i > 0 && isAsciiLetter(text.charAt(i - 1))) {
                    nulsAfterAsciiLetter++;
                }
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
        }
        if (nuls >= 8 && nulsAfterAsciiLetter * 2 >= nuls && nuls * 4 >= text.length()) {
            return Optional.of("text looks like UTF-16 (" + nuls + " NUL characters, most right after a letter); "
                    + "save it as UTF-8");
        }
        if (controls >= 8 && controls > MAX_CONTROL_SHARE * text.length()) {
            return Optional.of("text looks binary: " + controls + " of its " + text.length() + " characters are control "
                    + "characters (more than " + Math.round(MAX_CONTROL_SHARE * 100) + "%)");
        }
        Matcher start = MARKUP_START.matcher(text);
        if (start.find()) {
            return Optional.of("text is HTML or XML (starts with " + start.group(1).strip().toLowerCase(Locale.ROOT)
                    + "...>); extract the article text first");
        }
        Matcher tag = HTML_TAG.matcher(text);
        int tags = 0;
        String first = null;
        while (tag.find() && tags < MIN_HTML_TAGS) {
            tags++;
            if (first == null) {
                first = tag.group();
            }
        }
        if (tags >= MIN_HTML_TAGS) {
            String shown = first.length() > 40 ? first.substring(0, 40) + "..." : first;
            return Optional.of("text contains HTML markup (tags such as " + shown.replaceAll("\\s+", " ")
                    + "); extract the article text first");
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
