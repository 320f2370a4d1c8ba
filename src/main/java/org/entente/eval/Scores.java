package org.entente.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts of true positives, false positives and misses per category, with the items behind them. */
public final class Scores {
    /** One category's tallies. */
    public static final class Tally {
        private int truePositives;
        private final List<String> falsePositives = new ArrayList<>();
        private final List<String> misses = new ArrayList<>();

        public int truePositives() {
            return truePositives;
        }

        public List<String> falsePositives() {
            return falsePositives;
        }

        public List<String> misses() {
            return misses;
        }

        public double precision() {
            int predicted = truePositives + falsePositives.size();
            return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + misses.size();
            return gold == 0 ? Double.NaN : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Tally> tallies = new TreeMap<>();

    public Tally of(String category) {
        return tallies.computeIfAbsent(category, c -> new Tally());
    }

    void hit(String category) {
        of(category).truePositives++;
    }

    void falsePositive(String category, String what) {
        of(category).falsePositives.add(what);
    }

    void miss(String category, String what) {
        of(category).misses.add(what);
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    /** Adds another article's counts into these. */
    public void add(Scores other) {
        other.tallies.forEach((c, t) -> {
            Tally mine = of(c);
            mine.truePositives += t.truePositives;
            mine.falsePositives.addAll(t.falsePositives);
            mine.misses.addAll(t.misses);
        });
    }

    /** A fixed-width table: category, gold, extracted, true positives, precision, recall, F1. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-24s %6s %6s %6s %7s %7s %7s%n",
                "category", "gold", "found", "tp", "prec", "recall", "F1"));
        tallies.forEach((c, t) -> sb.append(String.format(Locale.ROOT, "%-24s %6d %6d %6d %7s %7s %7s%n", c,
                t.truePositives + t.misses.size(), t.truePositives + t.falsePositives.size(), t.truePositives,
                fmt(t.precision()), fmt(t.recall()), fmt(t.f1()))));
        return sb.toString();
    }

    /** The table of the {@code limit} categories with the most gold items, then the rest summed as one row. */
    public String table(int limit) {
        List<Map.Entry<String, Tally>> byGold = new ArrayList<>(tallies.entrySet());
        byGold.sort((a, b) -> Integer.compare(b.getValue().truePositives + b.getValue().misses.size(),
                a.getValue().truePositives + a.getValue().misses.size()));
        Scores top = new Scores();
        Tally rest = new Tally();
        for (int i = 0; i < byGold.size(); i++) {
            Tally t = byGold.get(i).getValue();
            Tally into = i < limit ? top.of(byGold.get(i).getKey()) : rest;
            into.truePositives += t.truePositives;
            into.falsePositives.addAll(t.falsePositives);
            into.misses.addAll(t.misses);
        }
        if (byGold.size() > limit) {
            top.tallies.put("~other dyads", rest);
        }
        return top.table();
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }
}
