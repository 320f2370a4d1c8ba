package org.entente.link.wikidata;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;
import org.entente.link.ActorKind;

/**
 * Links names the registry lacks to Wikidata through any SPARQL endpoint with Wikidata's data model. Candidates are
 * found by exact English label or alias, filtered by class, scored against the context (see {@link CandidateScorer}
 * for the score) and linked only above the threshold. Answers are cached on disk; HTTP 429 is retried after
 * {@code Retry-After} (bounded); every request has a timeout, every article a time budget, and a circuit breaker stops
 * asking after repeated failures, so a slow or absent endpoint never stalls the pipeline: the article loads unlinked
 * and a warning goes to the {@link ProblemHandler}. Thread-safe; create one per run and one
 * {@link #forArticle session} per article.
 *
 * <pre>
 * WikidataLinker wikidata = WikidataLinker.create()
 *         .endpoint(URI.create("https://query.wikidata.org/sparql"))
 *         .cache(Path.of(System.getProperty("user.home"), ".cache", "entente", "wikidata"))
 *         .timeout(Duration.ofSeconds(10))
 *         .threshold(0.65)
 *         .build();
 * EntityLinker linker = wikidata.forArticle(Location.of("article.txt"), problems);
 * Optional&lt;Actor&gt; linked = linker.link(Actor.local(ActorKind.PERSON, "Denys Shmyhal"),
 *         LinkContext.of(date).withCountries(List.of("Q212")));
 * </pre>
 */
public final class WikidataLinker {
    /** The public Wikidata Query Service. */
    public static final URI WIKIDATA_QUERY_SERVICE = URI.create("https://query.wikidata.org/sparql");
    public static final String DEFAULT_USER_AGENT = "Entente/0.1 (https://w3id.org/entente; research knowledge graph)";

    private final SparqlEndpoint endpoint;
    private final QueryCache cache;
    private final CircuitBreaker breaker;
    private final CandidateScorer scorer;
    private final Duration articleBudget;
    private final int maxCandidates;

    private WikidataLinker(Builder b) {
        this.endpoint = new SparqlEndpoint(b.endpoint, b.userAgent, b.timeout, b.maxRetries, b.maxRetryWait);
        this.cache = b.cacheDir == null ? null : new QueryCache(b.cacheDir, b.cacheMaxAge);
        this.breaker = new CircuitBreaker(b.breakerFailures, b.breakerCoolDown, System::nanoTime);
        this.scorer = new CandidateScorer(b.threshold, b.margin);
        this.articleBudget = b.articleBudget;
        this.maxCandidates = b.maxCandidates;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * The default cache directory: {@code $XDG_CACHE_HOME/entente/wikidata}, or {@code ~/.cache/entente/wikidata}.
     */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".cache");
        return base.resolve("entente").resolve("wikidata");
    }

    public URI endpoint() {
        return endpoint.uri();
    }

    /** Whether the circuit breaker currently refuses requests. */
    public boolean circuitOpen() {
        return breaker.isOpen();
    }

    /** A linker for one article: its time budget starts now; warnings name the article. Not thread-safe. */
    public ArticleLinking forArticle(Location article, ProblemHandler problems) {
        return new ArticleLinking(this, Objects.requireNonNull(article, "article"),
                Objects.requireNonNull(problems, "problems"), Instant.now().plus(articleBudget));
    }

    CandidateScorer scorer() {
        return scorer;
    }

    /** The candidates for a name, from the cache or the endpoint. */
    List<Candidate> candidates(String name, ActorKind kind, Instant deadline) throws EndpointException,
            CircuitOpenException {
        Set<String> classes = EntityClasses.of(kind);
        String query = CandidateQuery.text(name, classes, maxCandidates);
        String key = endpoint.uri() + "\n" + query;
        Optional<String> cached = cache == null ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            return CandidateQuery.parse(cached.get());
        }
        if (!breaker.allowRequest()) {
            throw new CircuitOpenException();
        }
        List<Candidate> candidates;
        String answer;
        try {
            answer = endpoint.select(query, deadline);
            candidates = CandidateQuery.parse(answer);
        } catch (EndpointException e) {
            breaker.failure();
            throw e;
        } catch (IllegalArgumentException e) {
            breaker.failure();
            throw new EndpointException(endpoint.uri(), "unreadable answer: " + e.getMessage(), e);
        }
        breaker.success();
        if (cache != null) {
            try {
                cache.put(key, answer);
            } catch (IOException e) {
                throw new CacheWriteException(candidates, cache.dir(), e);
            }
        }
        return candidates;
    }

    /** The endpoint was not asked because the circuit breaker is open. */
    static final class CircuitOpenException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The answer arrived but could not be cached; the candidates are still usable. */
    static final class CacheWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Candidate> candidates;

        CacheWriteException(List<Candidate> candidates, Path dir, IOException cause) {
            super("cannot write the Wikidata cache in " + dir + ": " + cause.getMessage(), cause);
            this.candidates = candidates;
        }

        List<Candidate> candidates() {
            return candidates;
        }
    }

    /** Builds a {@link WikidataLinker}; {@link #build()} checks every setting. Only the endpoint is required. */
    public static final class Builder {
        private URI endpoint;
        private Path cacheDir = defaultCacheDir();
        private Duration cacheMaxAge = Duration.ofDays(30);
        private Duration timeout = Duration.ofSeconds(10);
        private Duration articleBudget = Duration.ofSeconds(30);
        private double threshold = 0.65;
        private double margin = 0.15;
        private int maxRetries = 2;
        private Duration maxRetryWait = Duration.ofSeconds(10);
        private int breakerFailures = 3;
        private Duration breakerCoolDown = Duration.ofMinutes(5);
        private String userAgent = DEFAULT_USER_AGENT;
        private int maxCandidates = 20;

        private Builder() {
        }

        /** The SPARQL endpoint, e.g. {@link #WIKIDATA_QUERY_SERVICE}; required, absolute http or https. */
        public Builder endpoint(URI value) {
            this.endpoint = value;
            return this;
        }

        /** The cache directory (default {@link #defaultCacheDir()}); created when first written. */
        public Builder cache(Path dir) {
            this.cacheDir = Objects.requireNonNull(dir, "cache directory");
            return this;
        }

        /** Turns the disk cache off. */
        public Builder noCache() {
            this.cacheDir = null;
            return this;
        }

        /** How long a cached answer is used (default 30 days). */
        public Builder cacheMaxAge(Duration value) {
            this.cacheMaxAge = value;
            return this;
        }

        /** Timeout of each HTTP request, connection included (default 10 s). */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** Total time one article may spend waiting for the endpoint, retries included (default 30 s). */
        public Builder articleBudget(Duration value) {
            this.articleBudget = value;
            return this;
        }

        /** Minimum score to link, in (0, 1] (default 0.65). */
        public Builder threshold(double value) {
            this.threshold = value;
            return this;
        }

        /** Minimum lead of the best candidate over the second, in [0, 1) (default 0.15). */
        public Builder margin(double value) {
            this.margin = value;
            return this;
        }

        /** Retries after HTTP 429/503, 0 to 10 (default 2). */
        public Builder maxRetries(int value) {
            this.maxRetries = value;
            return this;
        }

        /** Longest Retry-After delay that is honoured; longer ones fail the request (default 10 s). */
        public Builder maxRetryWait(Duration value) {
            this.maxRetryWait = value;
            return this;
        }

        /** Consecutive failed lookups that open the circuit breaker (default 3), and how long it stays open (5 min). */
        public Builder circuitBreaker(int failures, Duration coolDown) {
            this.breakerFailures = failures;
            this.breakerCoolDown = coolDown;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        /** Most candidates fetched per name, 1 to 500 (default 20). */
        public Builder maxCandidates(int value) {
            this.maxCandidates = value;
            return this;
        }

        public WikidataLinker build() {
            if (endpoint == null) {
                throw new IllegalStateException("Wikidata linker: no endpoint given (e.g. " + WIKIDATA_QUERY_SERVICE
                        + ")");
            }
            String scheme = endpoint.getScheme();
            if (!endpoint.isAbsolute() || endpoint.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalStateException("Wikidata linker: endpoint must be an absolute http or https URI, got "
                        + endpoint);
            }
            positive("timeout", timeout);
            positive("article budget", articleBudget);
            positive("cache maximum age", cacheMaxAge);
            positive("circuit breaker cool-down", breakerCoolDown);
            if (maxRetryWait == null || maxRetryWait.isNegative()) {
                throw new IllegalStateException("Wikidata linker: maximum retry wait must be zero or more, got "
                        + maxRetryWait);
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalStateException("Wikidata linker: threshold must be in (0, 1], got " + threshold);
            }
            if (!(margin >= 0 && margin < 1)) {
                throw new IllegalStateException("Wikidata linker: margin must be in [0, 1), got " + margin);
            }
            if (maxRetries < 0 || maxRetries > 10) {
                throw new IllegalStateException("Wikidata linker: retries must be 0 to 10, got " + maxRetries);
            }
            if (breakerFailures < 1) {
                throw new IllegalStateException("Wikidata linker: circuit breaker needs at least 1 failure, got "
                        + breakerFailures);
            }
            if (maxCandidates < 1 || maxCandidates > 500) {
                throw new IllegalStateException("Wikidata linker: candidates per name must be 1 to 500, got "
                        + maxCandidates);
            }
            if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalStateException("Wikidata linker: User-Agent must be non-empty printable ASCII, got "
                        + userAgent);
            }
            return new WikidataLinker(this);
        }

        private static void positive(String what, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalStateException("Wikidata linker: " + what + " must be positive, got " + value);
            }
        }
    }
}
