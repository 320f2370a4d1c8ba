package org.entente.link.wikidata;

/** Why a {@link LinkResult} has, or lacks, a QID. */
public enum LinkStatus {
    /** The best candidate passed the threshold and the margin: the actor carries its QID. */
    LINKED,
    /** The actor already had a QID (from the registry); nothing was asked. */
    ALREADY_LINKED,
    /** Candidates exist but none reached the threshold: kept for review. */
    BELOW_THRESHOLD,
    /** The best candidates reached the threshold but lie too close together to choose: kept for review. */
    AMBIGUOUS,
    /** No item with that label or alias and a fitting class. */
    NO_CANDIDATES,
    /** The linker does not handle this kind of actor (offices, roles, treaties). */
    UNSUPPORTED_KIND,
    /** The endpoint failed, was skipped by the circuit breaker, or the article's time budget ran out. */
    UNAVAILABLE
}
