package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.entente.serve.EntenteServer;
import org.entente.store.EntenteStore;
import org.entente.vocab.EntenteIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente serve}'s update password: from {@code --update-password-file} (its first line) or the environment
 * variable {@code ENTENTE_UPDATE_PASSWORD}. A bad one (empty first line, unreadable file, too short, surrounding
 * spaces) is a usage error (exit 2) that names its source, never shows the password, and leaves the store untouched;
 * a good one serves {@code /entente/update}, which accepts a write with the right HTTP Basic credentials and refuses
 * it without them or with wrong ones. Servers run as child processes (the environment variable cannot be set in
 * this JVM, and {@code serve} blocks until it is stopped), on port 0, and are stopped in {@code finally}.
 */
class ServePasswordCliTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern SERVING = Pattern.compile("entente: serving (http://localhost:\\d+/entente) ");
    private static final String ARTICLE_GRAPH = EntenteIris.articleGraph("password-test");
    private static final String INSERTED = "urn:x-test:inserted";

    @TempDir
    Path tmp;

    /** Runs serve in this JVM with a password file that must be refused; returns its error output. */
    private String refusedFile(Path file, String expected) {
        Path store = tmp.resolve("refused-store");
        int[] code = new int[1];
        String err = ConsoleCapture.err(() -> code[0] = EntenteCli.run("serve", "--store", store.toString(), "--port", "0",
                "--update-password-file", file.toString()));
        assertEquals(EntenteCli.USAGE, code[0], err);
        assertTrue(err.contains("--update-password-file " + file + ": " + expected), err);
        assertFalse(Files.exists(store), "a refused password must not open (or create) the store");
        return err;
    }

    @Test
    void badPasswordFilesAreUsageErrorsThatNameTheFile() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty-first-line"), "\n" + PASSWORD + "\n");
        refusedFile(empty, "the first line is empty");
        refusedFile(Files.writeString(tmp.resolve("empty-file"), ""), "the first line is empty");
        refusedFile(tmp.resolve("missing"), "cannot read it");
        refusedFile(Files.createDirectory(tmp.resolve("a-directory")), "cannot read it");
        String err = refusedFile(Files.writeString(tmp.resolve("short"), "hunter2\n"),
                "The update password must have at least 12 characters, not 7");
        assertFalse(err.contains("hunter2"), "the password must not be shown: " + err);
        refusedFile(Files.writeString(tmp.resolve("spaces"), " " + PASSWORD + "\n"),
                "The update password must not begin or end with white space");
        refusedFile(Files.write(tmp.resolve("latin1"), "caf\u00e9 caf\u00e9 caf\u00e9".getBytes(
                StandardCharsets.ISO_8859_1)), "not UTF-8 text");
    }

    @Test
    void aPasswordFileEnablesAuthenticatedWritesOnly() throws Exception {
        Path store = sampleStore();
        Path file = Files.writeString(tmp.resolve("passwd"), PASSWORD + "\r\nignored second line\n");
        try (Child server = Child.serve(store, List.of("--update-password-file", file.toString()), Map.of())) {
            checkWrites(server.datasetUrl(), PASSWORD);
        }
    }

    @Test
    void theEnvironmentVariableEnablesAuthenticatedWritesOnly() throws Exception {
        Path store = sampleStore();
        try (Child server = Child.serve(store, List.of(), Map.of(ServeCommand.PASSWORD_ENV, PASSWORD))) {
            checkWrites(server.datasetUrl(), PASSWORD);
        }
    }

    @Test
    void aBadEnvironmentVariableIsAUsageErrorAndAnEmptyOneMeansReadOnly() throws Exception {
        Path store = sampleStore();
        Child.Result shortOne = Child.run(store, List.of(), Map.of(ServeCommand.PASSWORD_ENV, "hunter2"));
        assertEquals(EntenteCli.USAGE, shortOne.exitCode(), shortOne.output());
        assertTrue(shortOne.output().contains("environment variable " + ServeCommand.PASSWORD_ENV
                + ": The update password must have at least 12 characters, not 7"), shortOne.output());
        assertFalse(shortOne.output().contains("hunter2"), shortOne.output());

        try (Child server = Child.serve(store, List.of(), Map.of(ServeCommand.PASSWORD_ENV, ""))) {
            String readOnly = "entente: read-only, no write endpoint";
            assertTrue(server.outputOnceItHolds(readOnly).contains(readOnly), server.output());
            HttpResponse<String> update = update(server.datasetUrl(), basic(EntenteServer.UPDATE_USER, PASSWORD));
            assertTrue(update.statusCode() >= 400, "no update endpoint without a password: " + update.statusCode());
            assertFalse(inserted(server.datasetUrl()));
        }
    }

    /** Without credentials and with a wrong password the update is refused (401); with the right one it lands. */
    private static void checkWrites(String dataset, String password) throws Exception {
        assertEquals(401, update(dataset, null).statusCode());
        assertEquals(401, update(dataset, basic(EntenteServer.UPDATE_USER, password + "x")).statusCode());
        assertEquals(401, update(dataset, basic("admin", password)).statusCode());
        assertFalse(inserted(dataset), "a refused update changed the data");
        HttpResponse<String> accepted = update(dataset, basic(EntenteServer.UPDATE_USER, password));
        assertTrue(accepted.statusCode() >= 200 && accepted.statusCode() < 300,
                accepted.statusCode() + " " + accepted.body());
        assertTrue(inserted(dataset), "the authenticated update is not visible to queries");
    }

    private static HttpResponse<String> update(String dataset, String authorization) throws Exception {
        String body = "INSERT DATA { GRAPH <" + ARTICLE_GRAPH + "> { <" + INSERTED + "> <" + RDFS.label.getURI()
                + "> \"inserted\" } }";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dataset + "/" + EntenteServer.UPDATE_ENDPOINT))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean inserted(String dataset) throws Exception {
        String ask = "ASK { <" + INSERTED + "> ?p ?o }";
        HttpRequest request = HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + URLEncoder.encode(ask, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replace(" ", "").contains("\"boolean\":true");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A store with one small article graph (so serve does not load the sample with the NLP), released afterwards. */
    private Path sampleStore() {
        Path dir = tmp.resolve("store");
        EntenteStore store = EntenteStore.open(dir);
        try {
            Node graph = NodeFactory.createURI(ARTICLE_GRAPH);
            store.replaceArticle(graph, List.of(Quad.create(graph, NodeFactory.createURI(EntenteIris.article(
                    "password-test")), RDFS.label.asNode(), NodeFactory.createLiteralString("Password test"))));
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
        return dir;
    }

    /** {@code entente serve} in a child JVM with the test classpath. */
    private static final class Child implements AutoCloseable {
        private static final long START_SECONDS = 180;
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final BlockingQueue<String> datasetUrl = new ArrayBlockingQueue<>(1);
        private final Thread reader;

        record Result(int exitCode, String output) {
        }

        private Child(Process process) {
            this.process = process;
            reader = new Thread(this::readOutput, "serve-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void readOutput() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        datasetUrl.offer(m.group(1));
                    }
                }
            } catch (IOException e) {
                output.append("(output unreadable: ").append(e.getMessage()).append(")\n");
            }
        }

        static Child start(Path store, List<String> options, Map<String, String> env) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-cp", classpath(), EntenteCli.class.getName(), "serve", "--store",
                    store.toString(), "--port", "0"));
            command.addAll(options);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().remove(ServeCommand.PASSWORD_ENV);
            pb.environment().putAll(env);
            return new Child(pb.start());
        }

        /** Starts serve and waits until it says where it serves. */
        static Child serve(Path store, List<String> options, Map<String, String> env) throws Exception {
            Child child = start(store, options, env);
            String url = child.datasetUrl.poll(START_SECONDS, TimeUnit.SECONDS);
            if (url == null) {
                child.close();
                throw new AssertionError("serve did not start within " + START_SECONDS + " s: " + child.output());
            }
            child.datasetUrl.offer(url);
            return child;
        }

        /** Runs serve that is expected to stop by itself (a refused option). */
        static Result run(Path store, List<String> options, Map<String, String> env) throws Exception {
            try (Child child = start(store, options, env)) {
                if (!child.process.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("serve did not stop: " + child.output());
                }
                child.reader.join(10_000);
                return new Result(child.process.exitValue(), child.output());
            }
        }

        String datasetUrl() {
            return datasetUrl.peek();
        }

        String output() {
            return output.toString();
        }

        /** The output once it holds the text (serve prints its mode right after its address), or as it is after 30 s. */
        String outputOnceItHolds(String text) throws InterruptedException {
            for (int i = 0; i < 300 && !output.toString().contains(text); i++) {
                Thread.sleep(100);
            }
            return output.toString();
        }

        private static String classpath() {
            String surefire = System.getProperty("surefire.test.class.path");
            String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
            if (cp.split(File.pathSeparator).length < 3) {
                throw new IllegalStateException("cannot tell the test classpath (java.class.path=" + cp + ")");
            }
            return cp;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
