package org.entente.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap guess whether a text is English, for texts that do not state their language. A text is not English when
 * most of its letters are outside the Latin script (Cyrillic, Arabic, Chinese...), or when, with at least
 * {@value #MIN_WORDS} words, fewer than {@value #MIN_SHARE} of them are among the commonest English function words
 * (English news prose scores about 0.3 to 0.45; German, French or Spanish prose below 0.05). Measured over the 295
 * articles of the Wikinews sample (2026-11-27, {@code EnglishLikelihoodTest}): none is judged not English, the lowest
 * share is 0.207 and the lowest share of Latin-script letters 0.83.
 *
 * <pre>
 * EnglishLikelihood.of("The minister said that the troops were in the north.").looksEnglish();   // true
 * EnglishLikelihood.of("Die Regierung hat am Montag entschieden, dass ...").looksEnglish();        // false
 * </pre>
 *
 * @param words words counted (runs of letters)
 * @param functionWords how many of them are English function words
 * @param letters letters in the text
 * @param latinLetters how many of them are in the Latin script
 */
record EnglishLikelihood(int words, int functionWords, int letters, int latinLetters) {
    /** Fewer words than this: no judgement, the text passes. */
    static final int MIN_WORDS = 40;
    /** A text whose share of English function words is below this does not look English. */
    static final double MIN_SHARE = 0.08;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been", "that", "for", "on",
            "with", "as", "by", "at", "from", "it", "its", "he", "she", "they", "his", "her", "their", "this", "which",
            "said", "has", "had", "have", "not", "but", "or", "who", "will", "would", "after", "also", "than");

    static EnglishLikelihood of(String text) {
        int words = 0;
        int function = 0;
        int letters = 0;
        int latin = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                letters++;
                if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                i++;
            }
            words++;
            if (i - start <= 5 && FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        return new EnglishLikelihood(words, function, letters, latin);
    }

    double share() {
        return words == 0 ? 0 : (double) functionWords / words;
    }

    /** Share of the letters that are in the Latin script. */
    double latinShare() {
        return letters == 0 ? 1 : (double) latinLetters / letters;
    }

    boolean looksEnglish() {
        if (latinShare() < 0.5) {
            return false;
        }
        return words < MIN_WORDS || share() >= MIN_SHARE;
    }

    /**
     * Why it does not look English, with the measured figures, for the message that refuses (or, when non-English
     * text is accepted, warns about) the article.
     */
    String describe() {
        if (latinShare() < 0.5) {
            return Math.round(100 * (1 - latinShare())) + "% of its letters are not Latin script";
        }
        return String.format(Locale.ROOT, "only %d of its %d words (%.1f%%) are common English function words; "
                + "English news prose has about 30%% to 45%%, the threshold is %.0f%%", functionWords, words,
                100 * share(), 100 * MIN_SHARE);
    }
}
