package org.entente.link.wikidata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving SPARQL endpoint on a free port (JDK HttpServer): it answers each request through a {@link Behaviour}
 * (429 with Retry-After, sleeping past the timeout, errors, or a fixed JSON answer) and counts requests.
 */
final class FakeEndpoint implements AutoCloseable {
    /** One Hollis Brandt (the decoy person, citizen of Q30) as SPARQL JSON results. */
    static final String ONE_CANDIDATE = """
            {"head":{"vars":["item","match","label","description","country"]},
             "results":{"bindings":[{
               "item":{"type":"uri","value":"http://www.wikidata.org/entity/Q9990000004"},
               "match":{"type":"literal","value":"label"},
               "label":{"type":"literal","xml:lang":"en","value":"Hollis Brandt"},
               "description":{"type":"literal","xml:lang":"en","value":"American political scientist (fictional decoy)"},
               "country":{"type":"uri","value":"http://www.wikidata.org/entity/Q30"}}]}}
            """;

    /** How to answer the n-th request (0-based). */
    interface Behaviour {
        void answer(int n, HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    FakeEndpoint(Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-sparql-endpoint");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/sparql", exchange -> {
            int n = requests.getAndIncrement();
            userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            exchange.getRequestBody().readAllBytes();
            try {
                behaviour.answer(n, exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (timeout); nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static Behaviour tooMany(String retryAfter) {
        return (n, ex) -> {
            if (retryAfter != null) {
                ex.getResponseHeaders().set("Retry-After", retryAfter);
            }
            send(ex, 429, "");
        };
    }

    static Behaviour answer(String json) {
        return (n, ex) -> send(ex, 200, json);
    }

    static Behaviour sleep(long millis) {
        return (n, ex) -> {
            Thread.sleep(millis);
            send(ex, 200, ONE_CANDIDATE);
        };
    }

    URI endpoint() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/sparql");
    }

    int requests() {
        return requests.get();
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
