package org.entente.link.wikidata;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Linking quality against a gold set: each gold name has an expected QID or none; each prediction a QID or none (a
 * name missing from the predictions counts as unlinked).
 * <ul>
 * <li>precision = correct links / all predicted links (NaN when nothing was linked);</li>
 * <li>recall = correct links / gold names that have a QID (NaN when none has);</li>
 * <li>linked share = predicted links / all gold names (NaN for an empty gold set).</li>
 * </ul>
 * A link is correct when its QID equals the gold QID; linking a name whose gold says "none" is a wrong link.
 * Predictions for names outside the gold set are ignored.
 *
 * <pre>
 * LinkingQuality q = LinkingQuality.of(
 *         Map.of("Denys Shmyhal", Optional.of("Q66094865"), "Bruce Bennett", Optional.empty()),
 *         Map.of("Denys Shmyhal", Optional.of("Q66094865")));
 * q.precision(); // 1.0
 * q.recall();    // 1.0
 * q.linkedShare(); // 0.5
 * </pre>
 *
 * @param names gold names
 * @param goldLinks gold names with an expected QID
 * @param predictedLinks gold names that were linked
 * @param correctLinks linked to the expected QID
 * @param wrongLinks linked to another QID, or linked although the gold says none
 */
public record LinkingQuality(int names, int goldLinks, int predictedLinks, int correctLinks, int wrongLinks) {

    public static LinkingQuality of(Map<String, Optional<String>> gold, Map<String, Optional<String>> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        int goldLinks = 0;
        int predictedLinks = 0;
        int correct = 0;
        for (Map.Entry<String, Optional<String>> e : gold.entrySet()) {
            Optional<String> expected = e.getValue();
            Optional<String> got = predicted.getOrDefault(e.getKey(), Optional.empty());
            if (expected.isPresent()) {
                goldLinks++;
            }
            if (got.isPresent()) {
                predictedLinks++;
                if (got.equals(expected)) {
                    correct++;
                }
            }
        }
        return new LinkingQuality(gold.size(), goldLinks, predictedLinks, correct, predictedLinks - correct);
    }

    public double precision() {
        return ratio(correctLinks, predictedLinks);
    }

    public double recall() {
        return ratio(correctLinks, goldLinks);
    }

    /** Harmonic mean of precision and recall; NaN when either is undefined, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double linkedShare() {
        return ratio(predictedLinks, names);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
