package org.entente.ingest;

/**
 * The longest sentence of a text, estimated cheaply before any NLP: words are runs of non-space characters, and a
 * sentence ends at a line break (as Entente's sentence splitter always breaks there) or after a word that ends in
 * {@code .}, {@code !} or {@code ?} (optionally followed by closing quotes or brackets). CoreNLP splits at least as
 * often, so its longest sentence has at most this many words.
 *
 * <pre>
 * LongestSentence s = LongestSentence.of("One two. Three four five!\nSix");
 * s.words();    // 3
 * s.offset();   // 9, where "Three" begins
 * </pre>
 *
 * @param words number of words in the longest sentence
 * @param offset character offset where that sentence begins
 */
record LongestSentence(int words, int offset) {

    static LongestSentence of(String text) {
        int best = 0;
        int bestOffset = 0;
        int count = 0;
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                count = 0;
                start = -1;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < 0) {
                start = wordStart;
            }
            count++;
            if (count > best) {
                best = count;
                bestOffset = start;
            }
            if (endsSentence(text, wordStart, i)) {
                count = 0;
                start = -1;
            }
        }
        return new LongestSentence(best, bestOffset);
    }

    private static boolean endsSentence(String text, int begin, int end) {
        int j = end - 1;
        while (j > begin && "\"'”’)]".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        char last = text.charAt(j);
        return last == '.' || last == '!' || last == '?';
    }
}
