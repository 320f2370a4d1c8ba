package org.entente.link.wikidata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.link.Actor;

/**
 * Scores candidates against the context and decides whether to link. The score of a candidate is the sum of:
 * <ul>
 * <li><b>name</b>: +0.45 when the name equals its English label, +0.35 when it equals only an alias;</li>
 * <li><b>uniqueness</b>: +0.10 when it is the only candidate of a fitting class;</li>
 * <li><b>country</b>: +0.25 when one of its countries (P27 citizenship, P17 country) is among the context's
 *     countries; -0.30 when it has countries, the context has some, and none agree; 0 when either side has none;</li>
 * <li><b>office</b>: +0.25 when one of its positions (P39) is among the context's office QIDs; otherwise +0.15 when
 *     a content word of the context's office words ("minister", "analyst") occurs in the label of one of its positions
 *     or in its description;</li>
 * <li><b>date</b>, only for a position matched by the office rule and only with an article date: +0.10 when a
 *     matched position's term (P580 start, P582 end) covers the date; -0.15 when every matched position has a term
 *     and none covers it;</li>
 * </ul>
 * clamped to [0, 1]. The best candidate is linked when its score is at least the threshold <em>and</em> it leads the
 * second best by at least the margin. With the defaults (threshold 0.65, margin 0.15) a name alone (0.45-0.55) never
 * links: it takes the name plus agreeing context, e.g. label + country (0.70) or alias + unique + country (0.70),
 * while two same-named people without telling context stay unlinked (AMBIGUOUS or BELOW_THRESHOLD).
 */
final class CandidateScorer {
    static final double LABEL = 0.45;
    static final double ALIAS = 0.35;
    static final double UNIQUE = 0.10;
    static final double COUNTRY_MATCH = 0.25;
    static final double COUNTRY_CONFLICT = -0.30;
    static final double OFFICE_QID = 0.25;
    static final double OFFICE_WORDS = 0.15;
    static final double IN_OFFICE = 0.10;
    static final double OUT_OF_OFFICE = -0.15;
    private static final double EPSILON = 1e-9;
    private static final Set<String> STOP_WORDS = Set.of("of", "the", "a", "an", "and", "for", "to", "in", "on", "at",
            "senior", "deputy", "former", "acting", "chief", "first", "vice");

    private final double threshold;
    private final double margin;

    CandidateScorer(double threshold, double margin) {
        this.threshold = threshold;
        this.margin = margin;
    }

    List<ScoredCandidate> score(List<Candidate> candidates, LinkContext context) {
        boolean unique = candidates.size() == 1;
        return candidates.stream().map(c -> score(c, unique, context))
                .sorted(Comparator.comparingDouble(ScoredCandidate::score).reversed()
                        .thenComparing(ScoredCandidate::qid))
                .toList();
    }

    ScoredCandidate score(Candidate c, boolean unique, LinkContext context) {
        List<String> reasons = new ArrayList<>();
        double score = add(reasons, c.labelMatch() ? "label" : "alias", c.labelMatch() ? LABEL : ALIAS);
        if (unique) {
            score += add(reasons, "only candidate", UNIQUE);
        }
        score += country(c, context, reasons);
        List<HeldPosition> matched = matchedPositions(c, context);
        if (c.positions().stream().anyMatch(p -> context.officeQids().contains(p.qid()))) {
            score += add(reasons, "office " + String.join(",", matched.stream().map(HeldPosition::qid).toList()),
                    OFFICE_QID);
        } else if (!matched.isEmpty() || wordsMatch(c.description(), context)) {
            score += add(reasons, "office words", OFFICE_WORDS);
        }
        if (context.articleDate() != null && !matched.isEmpty()) {
            if (matched.stream().anyMatch(p -> p.covers(context.articleDate()))) {
                score += add(reasons, "in office on " + context.articleDate(), IN_OFFICE);
            } else if (matched.stream().allMatch(HeldPosition::hasTerm)) {
                score += add(reasons, "not in office on " + context.articleDate(), OUT_OF_OFFICE);
            }
        }
        return new ScoredCandidate(c, Math.max(0, Math.min(1, score)), reasons);
    }

    private static double country(Candidate c, LinkContext context, List<String> reasons) {
        if (c.countries().isEmpty() || context.countryQids().isEmpty()) {
            return 0;
        }
        List<String> agreeing = c.countries().stream().filter(context.countryQids()::contains).sorted().toList();
        if (!agreeing.isEmpty()) {
            return add(reasons, "country " + String.join(",", agreeing), COUNTRY_MATCH);
        }
        return add(reasons, "other country " + c.countries().stream().sorted().collect(Collectors.joining(",")),
                COUNTRY_CONFLICT);
    }

    /** Positions named in the context, by QID or by a content word of their label. */
    private static List<HeldPosition> matchedPositions(Candidate c, LinkContext context) {
        return c.positions().stream()
                .filter(p -> context.officeQids().contains(p.qid()) || wordsMatch(p.label(), context)).toList();
    }

    private static boolean wordsMatch(String text, LinkContext context) {
        Set<String> wanted = context.officeWords().stream().flatMap(CandidateScorer::words)
                .collect(Collectors.toSet());
        return !wanted.isEmpty() && words(text).anyMatch(wanted::contains);
    }

    private static Stream<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !STOP_WORDS.contains(w));
    }

    private static double add(List<String> reasons, String why, double points) {
        reasons.add(String.format(Locale.ROOT, "%s %+.2f", why, points));
        return points;
    }

    /** Chooses among scored candidates (best first) for the local actor. */
    LinkResult decide(Actor local, List<ScoredCandidate> scored) {
        if (scored.isEmpty()) {
            return new LinkResult(local, null, LinkStatus.NO_CANDIDATES, scored, "no item with this English label or "
                    + "alias and a fitting class");
        }
        ScoredCandidate best = scored.get(0);
        double lead = scored.size() > 1 ? best.score() - scored.get(1).score() : 1;
        if (best.score() + EPSILON < threshold) {
            return new LinkResult(local, null, LinkStatus.BELOW_THRESHOLD, scored, String.format(Locale.ROOT,
                    "best %s scores %.2f, below the threshold %.2f", best.qid(), best.score(), threshold));
        }
        if (lead + EPSILON < margin) {
            return new LinkResult(local, null, LinkStatus.AMBIGUOUS, scored, String.format(Locale.ROOT,
                    "%s and %s score within %.2f of each other (margin %.2f)", best.qid(), scored.get(1).qid(), lead,
                    margin));
        }
        return new LinkResult(local, best.qid(), LinkStatus.LINKED, scored, String.format(Locale.ROOT,
                "%s scores %.2f: %s", best.qid(), best.score(), String.join("; ", best.reasons())));
    }
}
