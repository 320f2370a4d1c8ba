package org.entente.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pairs gold items with extracted items one to one, per category: same category, same set of identities, and for
 * statements quotes that overlap, for events sentences that overlap (one's opening words found in the other; an
 * extracted event carries all the sentences it was merged from). Unpaired gold items are misses, unpaired
 * extracted items are false positives.
 */
final class Matcher {
    private static final int QUOTE_PREFIX = 30;

    private Matcher() {
    }

    static Scores score(List<Item> gold, List<Item> found) {
        Scores scores = new Scores();
        List<Item> unmatched = new ArrayList<>(found);
        for (Item g : gold) {
            Item partner = null;
            for (Item f : unmatched) {
                if (f.category().equals(g.category()) && f.keys().equals(g.keys()) && textsAgree(g, f)) {
                    partner = f;
                    break;
                }
            }
            if (partner != null) {
                unmatched.remove(partner);
                scores.hit(g.category());
            } else {
                scores.miss(g.category(), g.describe());
            }
        }
        for (Item f : unmatched) {
            scores.falsePositive(f.category(), f.describe());
        }
        return scores;
    }

    private static boolean textsAgree(Item gold, Item found) {
        if (gold.text().isEmpty() || found.text().isEmpty()) {
            return true;
        }
        String g = squash(gold.text());
        String f = squash(found.text());
        String gp = g.substring(0, Math.min(QUOTE_PREFIX, g.length()));
        String fp = f.substring(0, Math.min(QUOTE_PREFIX, f.length()));
        return f.contains(gp) || g.contains(fp);
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
    }
}
