package org.entente.link.wikidata;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.entente.link.Actor;
import org.entente.link.ActorKind;

/**
 * The immutable outcome of linking one actor: the chosen QID or none, the scored candidates (best first), the status
 * and a readable detail. Below the threshold the actor keeps its local IRI and the candidates are kept for review.
 */
public final class LinkResult {
    private final Actor local;
    private final String qid;
    private final LinkStatus status;
    private final List<ScoredCandidate> candidates;
    private final String detail;

    LinkResult(Actor local, String qid, LinkStatus status, List<ScoredCandidate> candidates, String detail) {
        this.local = Objects.requireNonNull(local, "local");
        this.status = Objects.requireNonNull(status, "status");
        if ((status == LinkStatus.LINKED || status == LinkStatus.ALREADY_LINKED) != (qid != null)) {
            throw new IllegalArgumentException("a QID goes with LINKED or ALREADY_LINKED only, not " + status);
        }
        this.qid = qid;
        this.candidates = List.copyOf(candidates);
        this.detail = detail == null ? "" : detail;
    }

    /** The actor as given to the linker. */
    public Actor local() {
        return local;
    }

    public Optional<String> qid() {
        return Optional.ofNullable(qid);
    }

    public LinkStatus status() {
        return status;
    }

    /** All candidates with their scores, best first; empty when none were found or the endpoint was unavailable. */
    public List<ScoredCandidate> candidates() {
        return candidates;
    }

    public String detail() {
        return detail;
    }

    /**
     * The local actor with the chosen QID (same kind, key and IRI), when linked. A person, place or government body
     * without a country takes the candidate's country when it has exactly one.
     */
    public Optional<Actor> linkedActor() {
        if (status != LinkStatus.LINKED) {
            return Optional.empty();
        }
        String country = local.countryQid();
        boolean belongsToAState = local.kind() == ActorKind.PERSON || local.kind() == ActorKind.PLACE
                || local.kind() == ActorKind.GOVERNMENT_BODY;
        if (country == null && belongsToAState) {
            country = candidates.get(0).candidate().countries().size() == 1
                    ? candidates.get(0).candidate().countries().iterator().next() : null;
        }
        return Optional.of(new Actor(local.kind(), local.key(), local.label(), qid, local.aliases(), country,
                local.isoCode(), local.demonyms()));
    }

    /** Whether the candidates should be recorded for review (there are some and none was chosen). */
    public boolean needsReview() {
        return status == LinkStatus.BELOW_THRESHOLD || status == LinkStatus.AMBIGUOUS;
    }

    @Override
    public String toString() {
        return local.label() + " -> " + (qid != null ? qid : status) + " " + candidates.stream()
                .map(c -> c.qid() + "=" + String.format(Locale.ROOT, "%.2f", c.score())).toList();
    }
}
