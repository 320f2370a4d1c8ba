package org.entente.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the live alliance view under {@code /graph/}: the page, its script and style, Cytoscape.js (copied into the
 * jar from npm at build time), the two SPARQL queries it runs ({@code /graph/queries/export-network.rq} and
 * {@code export-evidence.rq}, from {@code queries/}), and {@code /graph/config.json} naming the SPARQL endpoint.
 * Only these files, only {@code GET} and {@code HEAD}; {@code /graph} redirects to {@code /graph/}.
 *
 * <pre>
 * FusekiServer.create().addServlet("/graph/*", new GraphViewServlet("/entente/sparql")) ...
 * </pre>
 */
public final class GraphViewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The path the view is served under. */
    public static final String PATH = "/graph";
    private static final String WEB = "org/entente/web/";

    private static final Map<String, String[]> FILES = Map.of(
            "", new String[] {WEB + "index.html", "text/html; charset=utf-8"},
            "index.html", new String[] {WEB + "index.html", "text/html; charset=utf-8"},
            "graph.js", new String[] {WEB + "graph.js", "text/javascript; charset=utf-8"},
            "graph.css", new String[] {WEB + "graph.css", "text/css; charset=utf-8"},
            "cytoscape.min.js", new String[] {WEB + "cytoscape.min.js", "text/javascript; charset=utf-8"},
            "queries/" + NetworkQuery.NETWORK,
            new String[] {NetworkQuery.BUNDLED_FOLDER + NetworkQuery.NETWORK, "application/sparql-query; charset=utf-8"},
            "queries/" + NetworkQuery.EVIDENCE,
            new String[] {NetworkQuery.BUNDLED_FOLDER + NetworkQuery.EVIDENCE, "application/sparql-query; charset=utf-8"});

    private final String sparqlPath;

    /**
     * @param sparqlPath the SPARQL query endpoint the page reads, as a path on the same server, e.g.
     *        {@code /entente/sparql}
     */
    public GraphViewServlet(String sparqlPath) {
        this.sparqlPath = Objects.requireNonNull(sparqlPath, "sparqlPath");
        if (!sparqlPath.matches("/[A-Za-z0-9._/-]+")) {
            throw new IllegalArgumentException("SPARQL path must be a path such as /entente/sparql, not '" + sparqlPath + "'");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PATH)) {
            response.sendRedirect(PATH + "/" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        String name = path.startsWith(PATH + "/") ? path.substring(PATH.length() + 1) : null;
        if ("config.json".equals(name)) {
            send(response, "application/json; charset=utf-8",
                    ("{\"sparql\": \"" + sparqlPath + "\"}\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String[] file = name == null ? null : FILES.get(name);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file in the graph view: " + path);
            return;
        }
        try (InputStream in = GraphViewServlet.class.getClassLoader().getResourceAsStream(file[0])) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The graph view's resource " + file[0]
                        + " is missing from the classpath; build with Maven so that npm installs Cytoscape.js");
                return;
            }
            send(response, file[1], in.readAllBytes());
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    @Override
    protected void doTrace(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The graph view is read-only: GET and HEAD only");
    }

    private static void send(HttpServletResponse response, String type, byte[] content) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
