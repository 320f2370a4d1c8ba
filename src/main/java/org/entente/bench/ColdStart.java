package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.ingest.Samples;
import org.entente.vocab.EntenteIris;

/**
 * Cold start to the first answered query: a new JVM runs {@code entente serve --port 0 --store EMPTY} (the same
 * {@code java}, class path and heap options as this JVM), which loads the NLP models, extracts and stores the bundled
 * sample article, and starts Fuseki; this polls its SPARQL endpoint with {@code queries/articles.rq} until the answer
 * lists the sample article. The time runs from starting the process to that answer. The child's peak resident memory
 * ({@code VmHWM} in {@code /proc}) is read before it is stopped, where Linux offers it.
 */
final class ColdStart {
    private static final Pattern SERVING = Pattern.compile("entente: serving (http://\\S+) ");
    private static final Duration POLL = Duration.ofMillis(100);

    private final Duration deadline;
    private long childPeakRssMb = -1;

    ColdStart(Duration deadline) {
        this.deadline = deadline;
    }

    /** Starts the server on a fresh store in {@code workDir} and returns the seconds to the first answer. */
    Phase run(Path workDir, String articlesQuery) {
        Path log = workDir.resolve("cold-start-serve.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.entente.cli.EntenteCli", "serve",
                "--port", "0", "--store", workDir.resolve("cold-start-tdb2").toString()));
        String sample = EntenteIris.article(Samples.SEED_NAME);
        PhaseTimer timer = new PhaseTimer().start();
        Process child = null;
        try {
            child = new ProcessBuilder(command).redirectError(log.toFile()).start();
            CompletableFuture<String> url = serverUrl(child);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String endpoint = url.get(deadline.toMillis(), TimeUnit.MILLISECONDS) + "/sparql?query="
                    + URLEncoder.encode(articlesQuery, StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
            while (timer.seconds() < deadline.toSeconds()) {
                if (answers(http, request, sample)) {
                    Phase phase = timer.stop("(e) cold start: serve, empty store, to first answer", 0, "");
                    childPeakRssMb = Math.max(childPeakRssMb, peakRssMb(child.pid()).orElse(-1));
                    return phase;
                }
                Thread.sleep(POLL.toMillis());
            }
            throw new IllegalStateException("cold start: no answer listing the sample article within "
                    + deadline.toSeconds() + " s" + tail(log));
        } catch (IOException e) {
            throw new UncheckedIOException("cold start: " + e.getMessage() + tail(log), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cold start interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cold start: the server did not print its URL within "
                    + deadline.toSeconds() + " s" + tail(log), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cold start: " + e.getCause().getMessage() + tail(log), e);
        } finally {
            stop(child);
        }
    }

    /** Whether the endpoint answers the query with the sample article; a refused connection counts as not yet. */
    private static boolean answers(HttpClient http, HttpRequest request, String sample) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains(sample);
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of the child's error stream that are not INFO logging, for a message (the log is deleted). */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.contains(" INFO ") && !l.isBlank()).toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - 5), lines.size());
            return last.isEmpty() ? "" : "; the server said: " + String.join(" | ", last);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The highest peak resident memory of the children run so far, in MB, or -1 when it could not be read. */
    long childPeakRssMb() {
        return childPeakRssMb;
    }

    private static CompletableFuture<String> serverUrl(Process child) {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
                url.completeExceptionally(new IllegalStateException("the server exited with code "
                        + child.waitFor()));
            } catch (IOException | InterruptedException e) {
                url.completeExceptionally(e);
            }
        }, "cold-start-stdout");
        reader.setDaemon(true);
        reader.start();
        return url;
    }

    static OptionalLong peakRssMb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[1]) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static void stop(Process child) {
        if (child == null) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
