package org.entente.link.wikidata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;
import org.entente.link.Actor;
import org.entente.link.wikidata.WikidataLinker.CacheWriteException;
import org.entente.link.wikidata.WikidataLinker.CircuitOpenException;

/**
 * Wikidata linking for one article, within the article's time budget. Endpoint trouble never throws: the actor stays
 * unlinked ({@link LinkStatus#UNAVAILABLE}) and a warning naming the endpoint and the problem goes to the problem
 * handler (the budget and circuit-breaker warnings once per article). Keeps every result for review. Not thread-safe.
 */
public final class ArticleLinking implements EntityLinker {
    private final WikidataLinker linker;
    private final Location article;
    private final ProblemHandler problems;
    private final Instant deadline;
    private final List<LinkResult> results = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();

    ArticleLinking(WikidataLinker linker, Location article, ProblemHandler problems, Instant deadline) {
        this.linker = linker;
        this.article = article;
        this.problems = problems;
        this.deadline = deadline;
    }

    @Override
    public LinkResult resolve(Actor local, LinkContext context) {
        LinkResult result = decide(local, context);
        results.add(result);
        return result;
    }

    private LinkResult decide(Actor local, LinkContext context) {
        if (local.isLinked()) {
            return new LinkResult(local, local.qid(), LinkStatus.ALREADY_LINKED, List.of(), "linked by the registry");
        }
        if (EntityClasses.of(local.kind()).isEmpty()) {
            return new LinkResult(local, null, LinkStatus.UNSUPPORTED_KIND, List.of(),
                    "the Wikidata linker does not link " + local.kind());
        }
        if (!Instant.now().isBefore(deadline)) {
            warnOnce("budget", "Wikidata endpoint " + linker.endpoint() + ": time budget for this article used up; "
                    + "remaining names left unlinked");
            return unavailable(local, "time budget used up");
        }
        List<Candidate> candidates;
        try {
            candidates = linker.candidates(local.label(), local.kind(), deadline);
        } catch (CircuitOpenException e) {
            warnOnce("circuit", "Wikidata endpoint " + linker.endpoint() + ": skipped after repeated failures "
                    + "(circuit breaker open); names left unlinked");
            return unavailable(local, "circuit breaker open");
        } catch (EndpointException e) {
            problems.warning(article, e.getMessage() + "; \"" + local.label() + "\" left unlinked");
            return unavailable(local, e.getMessage());
        } catch (CacheWriteException e) {
            warnOnce("cache", e.getMessage());
            candidates = e.candidates();
        }
        return linker.scorer().decide(local, linker.scorer().score(candidates, context));
    }

    private LinkResult unavailable(Actor local, String why) {
        return new LinkResult(local, null, LinkStatus.UNAVAILABLE, List.of(), why);
    }

    private void warnOnce(String kind, String message) {
        if (warned.add(kind)) {
            problems.warning(article, message);
        }
    }

    /**
     * Every result of this article so far, in the order asked; those with {@link LinkResult#needsReview()} carry
     * candidates to record.
     */
    public List<LinkResult> results() {
        return List.copyOf(results);
    }
}
