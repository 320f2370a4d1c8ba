package org.entente.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * Turns what a reader found into an {@link Article}: checks the text, finds dateline and credit, merges and checks
 * the metadata, and keeps ids unique within one run. Every rejection is an error and the article is skipped.
 *
 * <p>Metadata precedence, per component: what the source states (sidecar, row, JSON line, or what its URL implies,
 * e.g. Wikinews), then what the text shows (dateline outlet → publisher, trailing credit → originalSource), then
 * the defaults given on the command line.
 */
final class ArticleAssembler {
    static final String WIKINEWS_LICENSE = "https://creativecommons.org/licenses/by/2.5/";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final ArticleMetadata defaults;
    private final ProblemHandler problems;
    private final int maxChars;
    private final int maxSentenceWords;
    private final LocalDate latest;
    private final boolean acceptNonEnglish;
    private final Map<String, String> seenIds = new HashMap<>();

    ArticleAssembler(ArticleMetadata defaults, ProblemHandler problems, int maxChars, int maxSentenceWords,
            LocalDate today, boolean acceptNonEnglish) {
        this.defaults = defaults;
        this.problems = problems;
        this.maxChars = maxChars;
        this.maxSentenceWords = maxSentenceWords;
        this.latest = today.plusDays(1);
        this.acceptNonEnglish = acceptNonEnglish;
    }

    Optional<Article> assemble(RawArticle raw) {
        Location at = Location.of(raw.source());
        String text = raw.text();
        if (text.isEmpty()) {
            problems.error(at, "empty text; article skipped");
            return Optional.empty();
        }
        if (text.length() > maxChars) {
            problems.error(at, "text has " + text.length() + " characters, more than the limit of " + maxChars
                    + "; article skipped");
            return Optional.empty();
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            problems.error(at, "text has no letters (binary or not prose?); article skipped");
            return Optional.empty();
        }
        Optional<String> notProse = NonProseDetector.reason(text);
        if (notProse.isPresent()) {
            problems.error(at, notProse.get() + "; article skipped");
            return Optional.empty();
        }
        LongestSentence longest = LongestSentence.of(text);
        if (longest.words() > maxSentenceWords) {
            problems.error(at.at(longest.offset()), "a sentence of " + longest.words() + " words begins at offset "
                    + longest.offset() + ", more than the limit of " + maxSentenceWords
                    + " words per sentence (NLP time grows steeply with sentence length); article skipped");
            return Optional.empty();
        }
        text = replaceControlCharacters(text, at);

        ArticleMetadata own = withUrlImplied(raw.metadata());
        String hint = own.dateline() != null ? own.dateline() : defaults.dateline();
        DatelineParser.Result parsed = DatelineParser.parse(text, hint);
        if (hint != null && parsed.hasDateline() && !hint.equals(parsed.dateline())) {
            problems.warning(at, "dateline hint '" + hint + "' differs from the text's dateline '"
                    + parsed.dateline() + "'; using the text's");
        }
        ArticleMetadata fromText = new ArticleMetadata(null, null, parsed.outlet(), parsed.credit(), null, null,
                null, parsed.dateline());
        ArticleMetadata ownWithDateline = parsed.hasDateline() ? own.withDateline(parsed.dateline()) : own;
        ArticleMetadata metadata = ownWithDateline.orElse(fromText).orElse(defaults);
        if (!valid(metadata, at)) {
            return Optional.empty();
        }
        if (metadata.language() == null) {
            EnglishLikelihood english = EnglishLikelihood.of(text);
            if (!english.looksEnglish() && !nonEnglish(at, "text does not look English (" + english.describe()
                    + ") and states no language")) {
                return Optional.empty();
            }
        }

        String id = raw.id();
        if (id == null || id.isEmpty()) {
            problems.error(at, "cannot derive an article id (no usable url, title or file name); article skipped");
            return Optional.empty();
        }
        if (!Slugs.isSlug(id)) {
            problems.error(at, "invalid article id '" + id + "'; article skipped");
            return Optional.empty();
        }
        String first = seenIds.get(id);
        if (first != null) {
            problems.error(at, "duplicate article id " + id + " (also at " + first + "); article skipped");
            return Optional.empty();
        }
        if (text.substring(parsed.bodyStart(), parsed.bodyEnd()).codePoints().noneMatch(Character::isLetter)) {
            problems.warning(at, "no body text besides the dateline and credit");
        }
        seenIds.put(id, raw.source());
        return Optional.of(new Article(id, raw.source(), metadata.title(), metadata.datePublished(),
                metadata.publisher(), metadata.originalSource(), metadata.url(), metadata.language(),
                metadata.license(), metadata.dateline(), text, parsed.bodyStart(), parsed.bodyEnd()));
    }

    /** Checks merged metadata; reports errors (false: skip) and warnings. */
    private boolean valid(ArticleMetadata metadata, Location at) {
        boolean ok = true;
        LocalDate date = metadata.datePublished();
        if (date != null && date.isAfter(latest)) {
            problems.error(at, "datePublished " + date + " is in the future (after " + latest + "); article skipped");
            ok = false;
        }
        if (date != null && date.isBefore(EARLIEST)) {
            problems.error(at, "datePublished " + date + " is before " + EARLIEST + "; article skipped");
            ok = false;
        }
        if (metadata.url() != null && !WebUrls.isAbsoluteHttp(metadata.url())) {
            problems.error(at, "url '" + shown(metadata.url()) + "' is not an absolute http(s) URL without spaces, "
                    + "quotes or angle brackets; article skipped");
            ok = false;
        }
        if (metadata.license() != null && !WebUrls.isAbsoluteHttp(metadata.license())) {
            problems.error(at, "license '" + shown(metadata.license()) + "' is not an absolute http(s) IRI without "
                    + "spaces, quotes or angle brackets; article skipped");
            ok = false;
        }
        String language = metadata.language();
        if (ok && language != null && !isEnglish(language)) {
            ok = nonEnglish(at, "language '" + shown(language) + "' is not English");
        }
        return ok;
    }

    /**
     * Reports an article that is not English: an error that refuses it (false), or, when non-English text is
     * accepted, a warning (true).
     */
    private boolean nonEnglish(Location at, String why) {
        if (acceptNonEnglish) {
            problems.warning(at, why + ": the extraction rules are for English only, expect few or wrong facts; "
                    + "article kept (non-English text accepted)");
            return true;
        }
        problems.error(at, why + ": the extraction rules are for English only; article skipped "
                + "(--accept-non-english loads it anyway)");
        return false;
    }

    /** A value as messages quote it: line breaks and other control characters escaped, at most 200 characters. */
    private static String shown(String value) {
        String cut = value.length() > 200 ? value.substring(0, 200) + "..." : value;
        StringBuilder sb = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isEnglish(String language) {
        String tag = language.toLowerCase(Locale.ROOT);
        return tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_") || tag.equals("english");
    }

    /** Fills what a source's URL implies: Wikinews as publisher; for en.wikinews.org also CC BY 2.5 and English. */
    private static ArticleMetadata withUrlImplied(ArticleMetadata metadata) {
        String host = WebUrls.host(metadata.url());
        if (host == null || !(host.equals("wikinews.org") || host.endsWith(".wikinews.org"))) {
            return metadata;
        }
        ArticleMetadata implied = ArticleMetadata.empty().withPublisher("Wikinews");
        if (host.equals("en.wikinews.org")) {
            implied = implied.withLicense(WIKINEWS_LICENSE).withLanguage("en");
        }
        return metadata.orElse(implied);
    }

    /** Replaces control characters other than tab, line feed and carriage return by spaces, keeping offsets. */
    private String replaceControlCharacters(String text, Location at) {
        int count = 0;
        int firstOffset = -1;
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                if (chars == null) {
                    chars = text.toCharArray();
                    firstOffset = i;
                }
                chars[i] = ' ';
                count++;
            }
        }
        if (chars == null) {
            return text;
        }
        problems.warning(at.at(firstOffset), "replaced " + count + " control character" + (count > 1 ? "s" : "")
                + " by spaces (first at offset " + firstOffset + ")");
        return new String(chars);
    }
}
