package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the metadata that news texts carry around their body: a leading dateline and a trailing agency credit.
 *
 * <p>Recognised at the start of the text (after blank space), on the first line:
 * <ul>
 *   <li>a news dateline: an all-caps place, up to two comma parts (a date such as {@code Nov. 6} or a region such as
 *       {@code Ukraine}), an optional outlet in parentheses and a dash — {@code SEOUL, Nov. 6 (Korea Bizwire) –},
 *       {@code WASHINGTON (Reuters) -}, {@code MOSCOW, March 3 (AP) —}, {@code KYIV, Ukraine —};</li>
 *   <li>a Wikinews date line alone on its line: {@code Friday, January 4, 2019} (the date must exist).</li>
 * </ul>
 * Recognised at the end, alone on the last non-blank line: a credit in parentheses such as {@code (Yonhap)} or
 * {@code (AP)}, or a dash and a known agency name such as {@code — Reuters}.
 *
 * <p>The parser is conservative: a place must be in capitals with at least three letters and must be followed by a
 * comma part, an outlet or a dash, so a first sentence such as {@code Russia said on Monday ...} stays body.
 * Offsets refer to the unchanged text.
 *
 * <pre>
 * DatelineParser.Result r = DatelineParser.parse("SEOUL, Nov. 6 (Korea Bizwire) – The front-line ...\n(Yonhap)");
 * r.dateline();   // "SEOUL, Nov. 6"
 * r.outlet();     // "Korea Bizwire"
 * r.credit();     // "Yonhap"
 * text.substring(r.bodyStart(), r.bodyEnd());   // "The front-line ...\n"
 * </pre>
 */
public final class DatelineParser {

    /**
     * What was found. {@code dateline}, {@code outlet} (the outlet in the dateline's parentheses) and {@code credit}
     * (the trailing agency) are null when absent; {@code bodyStart}/{@code bodyEnd} bound the body (0 and the text
     * length when nothing was found).
     */
    public record Result(String dateline, String outlet, int bodyStart, String credit, int bodyEnd) {
        public boolean hasDateline() {
            return dateline != null;
        }

        public boolean hasCredit() {
            return credit != null;
        }
    }

    private static final String SP = "[ \\u00A0]";
    private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*(?![\\p{L}\\p{M}])";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?![\\p{L}\\p{M}])";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String SHORT_DATE = MONTH + "\\.?" + SP + "\\d{1,2}(?:," + SP + "\\d{4})?(?!\\d)";
    private static final String REGION = TITLE_WORD + "(?:" + SP + TITLE_WORD + "){0,2}";
    private static final String OUTLET = "\\((?<outlet>\\p{Lu}[^()\\n]{0,48})\\)";
    private static final String DASH = "(?:" + SP + "*[–—]|" + SP + "*--|" + SP + "+-)";

    private static final Pattern NEWS_DATELINE = Pattern.compile(
            "(?<dateline>(?<place>" + UPPER_WORD + "(?:" + SP + UPPER_WORD + "){0,3})"
                    + "(?:," + SP + "(?:" + SHORT_DATE + "|" + REGION + ")){0,2})"
                    + "(?:" + SP + "*" + OUTLET + ")?" + DASH);
    private static final Pattern AFTER_HINT = Pattern.compile(
            "(?:" + SP + "*" + OUTLET + ")?(?:" + DASH + "|" + SP + "*$)");
    private static final Pattern WIKINEWS_DATE_LINE = Pattern.compile(
            "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s)?"
                    + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s(?<day>\\d{1,2}),\\s(?<year>\\d{4})");

    private static final String CREDIT_WORD = "\\p{Lu}[\\p{L}\\p{M}.&'’\\-]*";
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "\\((?<agency>" + CREDIT_WORD + "(?:[ /]" + CREDIT_WORD + "){0,3})\\)");
    private static final Pattern DASH_CREDIT = Pattern.compile(
            "(?:--|[–—-])\\s*(?<agency>Reuters|AP|AFP|Associated Press|Agence France-Presse|Yonhap|Xinhua|TASS"
                    + "|Kyodo(?: News)?|dpa|DPA|ANSA|EFE|UPI|Bloomberg|Interfax|RIA Novosti|Anadolu(?: Agency)?|IRNA"
                    + "|KCNA|Ukrinform|PTI|ANI|Bernama|Antara|CNA|PA)\\.?");

    private static final int MIN_PLACE_LETTERS = 3;

    private DatelineParser() {
    }

    /** Parses without a hint. */
    public static Result parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses {@code text}. A non-blank {@code hint} (e.g. a sidecar's {@code dateline}) is accepted as the dateline
     * only where the text itself begins with it and it is followed by an optional outlet and a dash, or by the end
     * of the line; otherwise the hint is ignored and the text is parsed as usual.
     */
    public static Result parse(String text, String hint) {
        int length = text.length();
        int start = skipSpace(text, 0, length);
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = length;
        }
        String dateline = null;
        String outlet = null;
        int bodyStart = 0;

        if (hint != null && !hint.isBlank() && text.startsWith(hint.strip(), start)) {
            String h = hint.strip();
            Matcher after = AFTER_HINT.matcher(text).region(start + h.length(), lineEnd);
            if (after.lookingAt()) {
                dateline = h;
                outlet = stripOrNull(after.group("outlet"));
                bodyStart = skipSpace(text, after.end(), length);
            }
        }
        if (dateline == null) {
            String line = strip(text.substring(start, lineEnd));
            Matcher date = WIKINEWS_DATE_LINE.matcher(line);
            if (date.matches() && isRealDate(date)) {
                dateline = line;
                bodyStart = skipSpace(text, lineEnd, length);
            } else {
                Matcher m = NEWS_DATELINE.matcher(text).region(start, lineEnd);
                if (m.lookingAt() && letters(m.group("place")) >= MIN_PLACE_LETTERS) {
                    dateline = strip(m.group("dateline"));
                    outlet = stripOrNull(m.group("outlet"));
                    bodyStart = skipSpace(text, m.end(), length);
                }
            }
        }

        String credit = null;
        int bodyEnd = length;
        int last = lastNonSpace(text, length);
        if (last >= bodyStart) {
            int lineStart = text.lastIndexOf('\n', last) + 1;
            if (lineStart > bodyStart && lastNonSpace(text, lineStart) >= bodyStart) {
                String lastLine = strip(text.substring(lineStart, last + 1));
                Matcher c = PAREN_CREDIT.matcher(lastLine);
                if (!c.matches()) {
                    c = DASH_CREDIT.matcher(lastLine);
                }
                if (c.matches()) {
                    credit = c.group("agency");
                    bodyEnd = lineStart;
                }
            }
        }
        return new Result(dateline, outlet, Math.min(bodyStart, bodyEnd), credit, bodyEnd);
    }

    private static boolean isRealDate(Matcher date) {
        try {
            Month month = Month.valueOf(date.group("month").toUpperCase(Locale.ROOT));
            LocalDate.of(Integer.parseInt(date.group("year")), month, Integer.parseInt(date.group("day")));
            return true;
        } catch (DateTimeException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index of the last non-space character before {@code end}, or -1. */
    private static int lastNonSpace(String text, int end) {
        int i = end - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static String stripOrNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = strip(s);
        return stripped.isEmpty() ? null : stripped;
    }
}
