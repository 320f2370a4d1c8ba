package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.entente.error.Location;
import org.entente.error.Problem;
import org.entente.error.ProblemCollector;
import org.entente.error.Severity;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slow, overloaded, failing and absent endpoints (JDK HttpServer on a free port): bounded time, never an exception. */
class WikidataLinkerResilienceTest {
    static final LinkContext US = LinkContext.of(LocalDate.of(2024, 11, 5)).withCountries(List.of("Q30"));
    static final Actor BRANDT = Actor.local(ActorKind.PERSON, "Hollis Brandt");

    @TempDir
    Path cache;

    WikidataLinker.Builder linker(URI endpoint) {
        return WikidataLinker.create().endpoint(endpoint).cache(cache).timeout(Duration.ofSeconds(3))
                .articleBudget(Duration.ofSeconds(10)).maxRetryWait(Duration.ofSeconds(2));
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void assertWarningsNameTheEndpoint(ProblemCollector problems, URI endpoint, String problem) {
        assertFalse(problems.problems().isEmpty(), "a warning was reported");
        for (Problem p : problems.problems()) {
            assertEquals(Severity.WARNING, p.severity());
            assertEquals("article.txt", p.location().source());
            assertTrue(p.message().contains(endpoint.toString()), p.message());
        }
        assertTrue(problems.problems().get(0).message().contains(problem), problems.problems().get(0).message());
    }

    @Test
    void retriesAfter429AsToldByRetryAfterAndThenLinks() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint((n, ex) -> {
            if (n < 2) {
                FakeEndpoint.tooMany("1").answer(n, ex);
            } else {
                FakeEndpoint.answer(FakeEndpoint.ONE_CANDIDATE).answer(n, ex);
            }
        })) {
            ProblemCollector problems = new ProblemCollector();
            long start = System.nanoTime();
            LinkResult r = linker(server.endpoint()).build().forArticle(Location.of("article.txt"), problems)
                    .resolve(BRANDT, US);
            long took = millisSince(start);
            assertEquals("Q9990000004", r.qid().orElseThrow());
            assertEquals(3, server.requests(), "two 429s, then the answer");
            assertTrue(took >= 1900 && took < 4000, "waited 2 x Retry-After 1 s, took " + took + " ms");
            assertEquals(List.of(), problems.problems());
        }
    }

    @Test
    void gives429UpAfterTheRetryLimit() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.tooMany("0"))) {
            ProblemCollector problems = new ProblemCollector();
            LinkResult r = linker(server.endpoint()).maxRetries(2).build()
                    .forArticle(Location.of("article.txt"), problems).resolve(BRANDT, US);
            assertEquals(LinkStatus.UNAVAILABLE, r.status());
            assertEquals(3, server.requests(), "first try plus two retries");
            assertWarningsNameTheEndpoint(problems, server.endpoint(), "HTTP 429 (too many requests) after 2 retries");
        }
    }

    @Test
    void doesNotWaitForARetryAfterBeyondTheLimit() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.tooMany("120"))) {
            ProblemCollector problems = new ProblemCollector();
            long start = System.nanoTime();
            LinkResult r = linker(server.endpoint()).build().forArticle(Location.of("article.txt"), problems)
                    .resolve(BRANDT, US);
            assertTrue(millisSince(start) < 1500, "did not wait 120 s");
            assertEquals(LinkStatus.UNAVAILABLE, r.status());
            assertEquals(1, server.requests());
            assertWarningsNameTheEndpoint(problems, server.endpoint(), "asks to retry after 120000 ms");
        }
    }

    @Test
    void slowEndpointTimesOutWithinTheRequestTimeout() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.sleep(5000))) {
            ProblemCollector problems = new ProblemCollector();
            long start = System.nanoTime();
            LinkResult r = linker(server.endpoint()).timeout(Duration.ofMillis(300)).build()
                    .forArticle(Location.of("article.txt"), problems).resolve(BRANDT, US);
            long took = millisSince(start);
            assertEquals(LinkStatus.UNAVAILABLE, r.status());
            assertTrue(took >= 250 && took < 1500, "took " + took + " ms");
            assertEquals(1, server.requests(), "timeouts are not retried");
            assertWarningsNameTheEndpoint(problems, server.endpoint(), "no answer within 300 ms");
        }
    }

    @Test
    void articleBudgetBoundsTheTotalWait() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.sleep(5000))) {
            ProblemCollector problems = new ProblemCollector();
            WikidataLinker wd = linker(server.endpoint()).timeout(Duration.ofMillis(400))
                    .articleBudget(Duration.ofMillis(1000)).circuitBreaker(100, Duration.ofMinutes(5)).build();
            ArticleLinking article = wd.forArticle(Location.of("article.txt"), problems);
            long start = System.nanoTime();
            for (String name : List.of("A One", "B Two", "C Three", "D Four", "E Five", "F Six")) {
                assertEquals(LinkStatus.UNAVAILABLE, article.resolve(Actor.local(ActorKind.PERSON, name), US).status());
            }
            long took = millisSince(start);
            assertTrue(took >= 900 && took < 1800, "six names within the 1 s budget, took " + took + " ms");
            assertEquals(3, server.requests(), "400 + 400 + 200 ms, then nothing");
            assertEquals(1, problems.problems().stream().filter(p -> p.message().contains("time budget")).count());
        }
    }

    @Test
    void circuitBreakerStopsRequestsAfterRepeatedFailures() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint((n, ex) -> FakeEndpoint.send(ex, 500, "internal error"))) {
            WikidataLinker wd = linker(server.endpoint()).circuitBreaker(2, Duration.ofMinutes(5)).build();
            ProblemCollector first = new ProblemCollector();
            ArticleLinking article = wd.forArticle(Location.of("article.txt"), first);
            for (String name : List.of("A One", "B Two", "C Three", "D Four")) {
                assertEquals(LinkStatus.UNAVAILABLE, article.resolve(Actor.local(ActorKind.PERSON, name), US).status());
            }
            assertEquals(2, server.requests(), "500 is not retried, and the breaker opened after two failures");
            assertTrue(wd.circuitOpen());
            assertWarningsNameTheEndpoint(first, server.endpoint(), "HTTP 500 internal error");
            assertEquals(3, first.problems().size(), "two failures and one circuit-open warning");
            ProblemCollector second = new ProblemCollector();
            long start = System.nanoTime();
            LinkResult r = wd.forArticle(Location.of("article.txt"), second).resolve(BRANDT, US);
            assertTrue(millisSince(start) < 200);
            assertEquals(LinkStatus.UNAVAILABLE, r.status());
            assertEquals(2, server.requests(), "the next article does not ask either");
            assertWarningsNameTheEndpoint(second, server.endpoint(), "circuit breaker open");
        }
    }

    @Test
    void closedEndpointFailsFastAndTheArticleGoesOn() throws IOException {
        URI endpoint;
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.answer(FakeEndpoint.ONE_CANDIDATE))) {
            endpoint = server.endpoint();
        }
        ProblemCollector problems = new ProblemCollector();
        long start = System.nanoTime();
        LinkResult r = linker(endpoint).build().forArticle(Location.of("article.txt"), problems).resolve(BRANDT, US);
        assertTrue(millisSince(start) < 1500);
        assertEquals(LinkStatus.UNAVAILABLE, r.status());
        assertTrue(r.linkedActor().isEmpty());
        assertWarningsNameTheEndpoint(problems, endpoint, "request failed");
    }

    @Test
    void unreadableAnswerIsAFailureNamingTheEndpoint() throws IOException {
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.answer("<html>maintenance</html>"))) {
            ProblemCollector problems = new ProblemCollector();
            LinkResult r = linker(server.endpoint()).build().forArticle(Location.of("article.txt"), problems)
                    .resolve(BRANDT, US);
            assertEquals(LinkStatus.UNAVAILABLE, r.status());
            assertWarningsNameTheEndpoint(problems, server.endpoint(), "unreadable answer");
        }
    }

    @Test
    void secondRunIsAnsweredFromTheDiskCacheWithoutAnyRequest() throws IOException {
        URI endpoint;
        try (FakeEndpoint server = new FakeEndpoint(FakeEndpoint.answer(FakeEndpoint.ONE_CANDIDATE))) {
            endpoint = server.endpoint();
            WikidataLinker first = linker(endpoint).build();
            ArticleLinking article = first.forArticle(Location.of("article.txt"), new ProblemCollector());
            assertEquals("Q9990000004", article.resolve(BRANDT, US).qid().orElseThrow());
            assertEquals("Q9990000004", article.resolve(BRANDT, US).qid().orElseThrow());
            assertEquals(1, server.requests(), "the repeated name was a cache hit");
            assertEquals(List.of(WikidataLinker.DEFAULT_USER_AGENT), server.userAgents());
        }
        ProblemCollector problems = new ProblemCollector();
        WikidataLinker second = linker(endpoint).build();
        LinkResult again = second.forArticle(Location.of("article.txt"), problems).resolve(BRANDT, US);
        assertEquals("Q9990000004", again.qid().orElseThrow(), "answered with the endpoint gone");
        assertEquals(List.of(), problems.problems());
    }
}
