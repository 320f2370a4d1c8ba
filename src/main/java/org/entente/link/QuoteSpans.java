package org.entente.link;

import java.util.ArrayList;
import java.util.List;

/** Character ranges of an article's text that lie between quotation marks (curly or straight double quotes). */
public final class QuoteSpans {
    private final List<int[]> spans;

    private QuoteSpans(List<int[]> spans) {
        this.spans = spans;
    }

    /** Finds quoted ranges paragraph by paragraph, so one unbalanced mark cannot swallow the rest of the article. */
    public static QuoteSpans of(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '\u201C' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                spans.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        return new QuoteSpans(spans);
    }

    /** Whether the character range [begin, end) lies inside a quoted span. */
    public boolean inside(int begin, int end) {
        for (int[] s : spans) {
            if (begin > s[0] && end < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The quoted spans (including their marks) that lie within [begin, end). */
    public List<int[]> within(int begin, int end) {
        return spans.stream().filter(s -> s[0] >= begin && s[1] <= end).toList();
    }
}
