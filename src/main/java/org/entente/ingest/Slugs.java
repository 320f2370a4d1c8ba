package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Deterministic article ids: lowercase ASCII slugs matching {@code [a-z0-9][a-z0-9-]*}, at most {@value #MAX_LENGTH}
 * characters. Accents are folded ({@code Gdańsk} → {@code gdansk}), apostrophes dropped ({@code Russia's} →
 * {@code russias}), every other run of non-alphanumerics becomes one hyphen. A slug longer than the limit is cut at
 * a hyphen and ends in 8 hex digits of a checksum of the whole slug, so long names stay distinct.
 *
 * <pre>
 * Slugs.fromUrl("https://en.wikinews.org//wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage")
 *     // "wikinews-arrest-made-as-mayor-of-gdansk-poland-stabbed-on-stage"
 * Slugs.fromFileName(Path.of("korea-bizwire-2024-11-06-north-korean-troops.txt"))
 *     // "korea-bizwire-2024-11-06-north-korean-troops"
 * </pre>
 */
public final class Slugs {
    /** Longest id produced. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern URL_PARTS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)([^?#]*)");
    private static final Pattern WEB_PAGE_EXTENSION = Pattern.compile("(?i)\\.(?:s?html?|php|aspx?|jsp)$");
    private static final Map<Character, String> SPECIAL_FOLDS = Map.ofEntries(
            Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ß', "ss"), Map.entry('ł', "l"),
            Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"),
            Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "Th"), Map.entry('ı', "i"));
    private static final String APOSTROPHES = "'’ʼ`´";
    private static final String WIKINEWS_EN_HOST = "en.wikinews.org";

    private Slugs() {
    }

    /** True when {@code id} is a valid article id. */
    public static boolean isSlug(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
    }

    /** The slug of any text; empty when the text has no letters or digits that fold to ASCII. */
    public static String slug(String text) {
        return limit(rawSlug(text));
    }

    /** The id for a file: its name without the extension, slugged. */
    public static String fromFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String base = name.toString();
        int dot = base.lastIndexOf('.');
        return slug(dot > 0 ? base.substring(0, dot) : base);
    }

    /**
     * The id for an article with a URL: the slug of the last path segment (percent-decoded, ASCII-folded), prefixed
     * with {@code wikinews-} for {@code en.wikinews.org}. Empty when the segment yields nothing.
     */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String host = "";
        String path = url.strip();
        Matcher m = URL_PARTS.matcher(path);
        if (m.find()) {
            host = m.group(1).toLowerCase(Locale.ROOT);
            path = m.group(2);
        } else {
            path = path.replaceFirst("[?#].*$", "");
        }
        String segment = "";
        for (String part : path.split("/")) {
            if (!part.isBlank()) {
                segment = part;
            }
        }
        String slug = rawSlug(WEB_PAGE_EXTENSION.matcher(percentDecode(segment)).replaceFirst(""));
        if (slug.isEmpty()) {
            return "";
        }
        return limit(WIKINEWS_EN_HOST.equals(host) ? "wikinews-" + slug : slug);
    }

    /** The id for an article without a URL: the slug of its date and title; empty when there is no title. */
    public static String fromDateAndTitle(LocalDate date, String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        return slug(date == null ? title : date + " " + title);
    }

    private static String rawSlug(String text) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean separator = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (separator && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                separator = false;
            } else if (APOSTROPHES.indexOf(c) < 0) {
                separator = true;
            }
        }
        return sb.toString();
    }

    private static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = SPECIAL_FOLDS.get(c);
            if (replacement != null) {
                sb.append(replacement);
            } else {
                sb.append(c);
            }
        }
        String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String limit(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        CRC32 crc = new CRC32();
        crc.update(slug.getBytes(StandardCharsets.US_ASCII));
        String suffix = String.format(Locale.ROOT, "-%08x", crc.getValue());
        String head = slug.substring(0, MAX_LENGTH - suffix.length());
        int hyphen = head.lastIndexOf('-');
        if (hyphen >= head.length() / 2) {
            head = head.substring(0, hyphen);
        }
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + suffix;
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
