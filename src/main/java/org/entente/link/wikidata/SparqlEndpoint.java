package org.entente.link.wikidata;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends SELECT queries to a SPARQL endpoint over HTTP (POST, form-encoded, JSON results) with a descriptive
 * User-Agent. Each request has a timeout, never beyond the caller's deadline. HTTP 429 and 503 are retried at most
 * {@code maxRetries} times, after the delay that {@code Retry-After} asks for (or 1 s, 2 s, 4 s… without it), unless
 * that delay exceeds {@code maxRetryWait} or the deadline. Timeouts and other failures are not retried.
 */
final class SparqlEndpoint {
    private final URI uri;
    private final HttpClient client;
    private final String userAgent;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration maxRetryWait;

    SparqlEndpoint(URI uri, String userAgent, Duration requestTimeout, int maxRetries, Duration maxRetryWait) {
        this.uri = uri;
        this.client = HttpClient.newBuilder().connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.maxRetries = maxRetries;
        this.maxRetryWait = maxRetryWait;
    }

    URI uri() {
        return uri;
    }

    /** The JSON results of a SELECT query, or an exception naming the endpoint and what went wrong. */
    String select(String query, Instant deadline) throws EndpointException {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        for (int attempt = 0; ; attempt++) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new EndpointException(uri, "time budget for this article used up");
            }
            Duration timeout = left.compareTo(requestTimeout) < 0 ? left : requestTimeout;
            HttpResponse<String> response = send(form, timeout);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status != 429 && status != 503) {
                throw new EndpointException(uri, "HTTP " + status + " " + snippet(response.body()));
            }
            if (attempt >= maxRetries) {
                throw new EndpointException(uri, "HTTP " + status + " (too many requests) after " + attempt
                        + " retries");
            }
            Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                    .orElse(Duration.ofSeconds(1L << Math.min(attempt, 5)));
            if (wait.compareTo(maxRetryWait) > 0 || Instant.now().plus(wait).isAfter(deadline)) {
                throw new EndpointException(uri, "HTTP " + status + " asks to retry after " + wait.toMillis()
                        + " ms, longer than allowed (max " + maxRetryWait.toMillis() + " ms, or the article's budget)");
            }
            sleep(wait);
        }
    }

    private HttpResponse<String> send(String form, Duration timeout) throws EndpointException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EndpointException(uri, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new EndpointException(uri, "request failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointException(uri, "interrupted while waiting for an answer", e);
        }
    }

    private void sleep(Duration wait) throws EndpointException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointException(uri, "interrupted while waiting to retry", e);
        }
    }

    private static String snippet(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
