package org.entente.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.entente.link.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retry-After parsing, the circuit breaker's states, the disk cache under concurrency, and the builder's checks. */
class LinkerPartsTest {

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(60)), RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse(null, now));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", now));
    }

    @Test
    void circuitBreakerOpensCoolsDownAndTriesOnce() {
        AtomicLong clock = new AtomicLong();
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock::get);
        breaker.failure();
        breaker.failure();
        breaker.success();
        breaker.failure();
        breaker.failure();
        assertTrue(breaker.allowRequest(), "success reset the count");
        breaker.failure();
        assertTrue(breaker.isOpen());
        assertFalse(breaker.allowRequest());
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.allowRequest(), "one trial after the cool-down");
        assertFalse(breaker.allowRequest(), "only one");
        breaker.failure();
        assertFalse(breaker.allowRequest(), "failed trial opens it again");
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.allowRequest());
        breaker.success();
        assertFalse(breaker.isOpen());
        assertTrue(breaker.allowRequest());
    }

    @Test
    void cacheIsSafeForConcurrentWritersAndReaders(@TempDir Path dir) throws Exception {
        QueryCache cache = new QueryCache(dir, Duration.ofDays(1));
        String big = "x".repeat(200_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    String value = (n % 2) + big;
                    cache.put("same key", value);
                    String read = cache.get("same key").orElseThrow();
                    return read.equals("0" + big) || read.equals("1" + big);
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get(), "a reader saw a partial entry");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(cache.file("same key")), files.filter(Files::isRegularFile).toList(),
                    "one entry, no temporary files left");
        }
    }

    @Test
    void cacheKeysByQueryTextAndExpires(@TempDir Path dir) throws IOException {
        QueryCache cache = new QueryCache(dir, Duration.ofHours(1));
        cache.put("query a", "answer a");
        assertEquals(Optional.of("answer a"), cache.get("query a"));
        assertEquals(Optional.empty(), cache.get("query b"));
        Files.setLastModifiedTime(cache.file("query a"),
                FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        assertEquals(Optional.empty(), cache.get("query a"), "expired");
    }

    @Test
    void queryTextEscapesTheNameAndListsTheClasses() {
        String q = CandidateQuery.text("Kim \"Jong\" Un", Set.of("Q5"), 20);
        assertTrue(q.contains("\"Kim \\\"Jong\\\" Un\"@en"), q);
        assertTrue(q.contains("VALUES ?class { wd:Q5 }"), q);
        assertTrue(q.contains("LIMIT 20"));
        assertEquals(Set.of("Q43229", "Q484652", "Q3918"), EntityClasses.of(ActorKind.THINK_TANK));
        assertEquals(Set.of(), EntityClasses.of(ActorKind.ROLE));
    }

    @Test
    void wikidataTimesBecomeDates() {
        assertEquals(LocalDate.of(2019, 5, 20), CandidateQuery.date("2019-05-20T00:00:00Z", false));
        assertEquals(LocalDate.of(2019, 1, 1), CandidateQuery.date("2019-00-00T00:00:00Z", false));
        assertEquals(LocalDate.of(2019, 12, 31), CandidateQuery.date("2019-00-00T00:00:00Z", true));
        assertNull(CandidateQuery.date("-0500-01-01T00:00:00Z", false));
    }

    @Test
    void builderChecksEverySettingAndNamesIt() {
        URI ok = URI.create("http://localhost:1/sparql");
        assertMessage("no endpoint given", WikidataLinker.create());
        assertMessage("absolute http or https", WikidataLinker.create().endpoint(URI.create("ftp://x/sparql")));
        assertMessage("absolute http or https", WikidataLinker.create().endpoint(URI.create("sparql")));
        assertMessage("timeout must be positive", WikidataLinker.create().endpoint(ok).timeout(Duration.ZERO));
        assertMessage("article budget must be positive",
                WikidataLinker.create().endpoint(ok).articleBudget(Duration.ofSeconds(-1)));
        assertMessage("threshold must be in (0, 1]", WikidataLinker.create().endpoint(ok).threshold(0));
        assertMessage("threshold must be in (0, 1]", WikidataLinker.create().endpoint(ok).threshold(Double.NaN));
        assertMessage("margin must be in [0, 1)", WikidataLinker.create().endpoint(ok).margin(1));
        assertMessage("retries must be 0 to 10", WikidataLinker.create().endpoint(ok).maxRetries(11));
        assertMessage("at least 1 failure",
                WikidataLinker.create().endpoint(ok).circuitBreaker(0, Duration.ofMinutes(1)));
        assertMessage("User-Agent", WikidataLinker.create().endpoint(ok).userAgent("bad\nagent"));
        assertMessage("candidates per name", WikidataLinker.create().endpoint(ok).maxCandidates(0));
        assertEquals(ok, WikidataLinker.create().endpoint(ok).noCache().build().endpoint());
    }

    @Test
    void contextRejectsWhatIsNotAQid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinkContext.of(null).withCountries(List.of("Ukraine")));
        assertTrue(e.getMessage().contains("Ukraine"));
    }

    static void assertMessage(String expected, WikidataLinker.Builder builder) {
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
