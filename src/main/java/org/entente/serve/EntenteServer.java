package org.entente.serve;

import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import org.entente.export.GraphViewServlet;

/**
 * Serves an Entente dataset over HTTP with Apache Jena Fuseki: the SPARQL 1.1 Protocol for queries, the Graph
 * Store Protocol for reading graphs, and (by default) the Fuseki web UI for querying in a browser. The public
 * service is read-only: by default nothing this server offers can change the data (there is no SPARQL Update, no
 * upload, no Graph Store write and no dataset administration, and the dataset is served through a read-only
 * wrapper as well).
 *
 * <p>Only when the operator gives a password ({@link Builder#updatePassword(String)}) does the server add two
 * write endpoints, both behind HTTP Basic authentication as user {@value #UPDATE_USER} with that password:
 * {@code /entente/update} (SPARQL Update) and {@code /entente/data-write} (Graph Store Protocol, read and write).
 * No other endpoint accepts a write in either mode, and there is no default password. Basic authentication sends
 * the password in clear text: on a network, put the server behind an HTTPS proxy or keep the write endpoints to
 * the loopback interface.
 *
 * <p>Every query runs under two limits: a timeout ({@link Builder#queryTimeoutMillis(long)}) and a cap on the
 * number of result rows ({@link Builder#maxRows(long)}): a {@code SELECT}, {@code CONSTRUCT} or {@code DESCRIBE}
 * answers at most that many solutions, as if it had {@code LIMIT maxRows} (a smaller {@code LIMIT} in the query is
 * kept). Graph Store Protocol reads return whole graphs and are not capped.
 *
 * <p>The default graph seen by queries is the union of the named graphs, as the data model describes, so
 * queries need no {@code GRAPH} clause. For a TDB2 dataset this is TDB2's {@code unionDefaultGraph} setting,
 * placed in the served wrapper's context (the caller's dataset and its context are left unchanged); any other
 * dataset is served through a view whose default graph is the union of its named graphs. The query timeout is
 * {@link ARQ#queryTimeout} in the same context; a client's {@code ?timeout=} can only lower it.
 *
 * <p>With dataset name {@code /entente} the server answers these paths; any other path or method is refused
 * with 404 or 405:
 * <ul>
 *   <li>{@code /entente/sparql}, {@code /entente/query}: SPARQL query, {@code GET ?query=} or {@code POST}
 *       ({@code application/sparql-query} or an HTML form);</li>
 *   <li>{@code /entente}: the same SPARQL query, and Graph Store Protocol reads ({@code GET ?default},
 *       {@code GET ?graph=IRI}, and {@code GET} without parameters for the whole dataset as quads);</li>
 *   <li>{@code /entente/data}, {@code /entente/get}: Graph Store Protocol, {@code GET} and {@code HEAD} only.
 *       For a TDB2 store {@code ?default} is the stored default graph (empty in Entente) and the union of the
 *       named graphs is {@code ?graph=urn:x-arq:UnionGraph}; for other datasets {@code ?default} is the union;</li>
 *   <li>only with an update password: {@code /entente/update} (SPARQL Update, {@code POST}) and
 *       {@code /entente/data-write} (Graph Store Protocol {@code GET}, {@code PUT}, {@code POST}, {@code DELETE}),
 *       each answering {@code 401} without the right user and password;</li>
 *   <li>{@code /$/ping}: liveness check;</li>
 *   <li>{@code /graph/} (unless {@link Builder#graphView(boolean)} turns it off): the live alliance view, a page
 *       that draws the network with Cytoscape.js from this dataset's SPARQL endpoint (see {@link GraphViewServlet});
 *       {@code GET} and {@code HEAD} only;</li>
 *   <li>with the UI: {@code /} and its static files (the Fuseki UI from {@code jena-fuseki-ui}),
 *       {@code /$/server} (server and dataset description, which the UI reads to list datasets and find the
 *       query endpoint) and {@code /$/stats} (request counters shown on the UI's dataset page).</li>
 * </ul>
 * The {@code /$/} endpoints accept only {@code GET}, {@code HEAD} and {@code OPTIONS}. The UI's pages for
 * adding data, editing graphs and creating or deleting datasets are present in the browser but their requests
 * are refused ({@code /$/datasets}, {@code /$/backup}, {@code /$/compact}, {@code /$/tasks} and {@code /$/validate}
 * are not served here). CORS is enabled for any origin (Fuseki's embedded builder leaves it off unless asked), so
 * browser clients elsewhere can query.
 *
 * <p>A TDB2 store may be open in only one JVM at a time; serve the same {@link Dataset} object the rest of the
 * process uses.
 *
 * <pre>
 * Dataset dataset = TDB2Factory.connectDataset("data/tdb2");
 * try (EntenteServer server = EntenteServer.create()
 *         .dataset(dataset)
 *         .port(3030)
 *         .queryTimeoutMillis(30_000)
 *         .maxRows(10_000)
 *         .updatePassword(System.getenv("ENTENTE_UPDATE_PASSWORD"))
 *         .build()) {
 *     server.start();
 *     System.out.println("SPARQL endpoint: " + server.datasetUrl() + "/sparql");
 *     server.join();
 * }
 * </pre>
 */
public final class EntenteServer implements AutoCloseable {
    /** The dataset name used unless {@link Builder#datasetName(String)} says otherwise. */
    public static final String DEFAULT_DATASET_NAME = "/entente";
    /** The port used unless {@link Builder#port(int)} says otherwise (Fuseki's usual port). */
    public static final int DEFAULT_PORT = 3030;
    /** The query timeout used unless {@link Builder#queryTimeoutMillis(long)} says otherwise. */
    public static final long DEFAULT_QUERY_TIMEOUT_MILLIS = 60_000;
    /** The result row cap used unless {@link Builder#maxRows(long)} says otherwise. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** The user name the write endpoints accept, with the operator's password. */
    public static final String UPDATE_USER = "entente";
    /** The shortest update password {@link Builder#build()} accepts. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** The SPARQL Update endpoint's name below the dataset, present only with an update password. */
    public static final String UPDATE_ENDPOINT = "update";
    /** The read-write Graph Store Protocol endpoint's name below the dataset, present only with an update password. */
    public static final String WRITE_ENDPOINT = "data-write";
    /** The HTTP authentication realm of the write endpoints. */
    public static final String REALM = "Entente";

    /** Java resource folder of the Fuseki UI inside the jena-fuseki-ui jar. */
    private static final String UI_RESOURCE = "webapp/";
    private static final String UI_INDEX = UI_RESOURCE + "index.html";
    private static final Pattern DATASET_NAME = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9._-]*");

    private enum State { BUILT, STARTED, STOPPED }

    private final FusekiServer fuseki;
    private final String datasetName;
    private State state = State.BUILT;

    private EntenteServer(FusekiServer fuseki, String datasetName) {
        this.fuseki = fuseki;
        this.datasetName = datasetName;
    }

    /** Starts describing a server; finish with {@link Builder#build()}. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts listening. Returns once the server accepts requests.
     *
     * @throws IllegalStateException if the server was already started or stopped
     * @throws EntenteException if the port cannot be bound
     */
    public synchronized EntenteServer start() {
        if (state != State.BUILT) {
            throw new IllegalStateException("The server can be started only once; it is " + state.name().toLowerCase(Locale.ROOT));
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            fuseki.stop();
            state = State.STOPPED;
            throw new EntenteException(Location.of("port " + fuseki.getHttpPort()),
                    "cannot start the SPARQL server: " + e.getMessage(), e);
        }
        state = State.STARTED;
        return this;
    }

    /** The port the server listens on; with port 0 in the builder, the one the system chose. */
    public synchronized int port() {
        requireStarted();
        return fuseki.getHttpPort();
    }

    /** The server's root URL without a trailing slash, e.g. {@code http://localhost:3030}; the UI is at its "/". */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The dataset's URL, e.g. {@code http://localhost:3030/entente}; endpoints are below it. */
    public String datasetUrl() {
        return baseUrl() + datasetName;
    }

    /** The dataset name, with its leading slash, e.g. {@code /entente}. */
    public String datasetName() {
        return datasetName;
    }

    /** Blocks until the server stops (for a command that only serves). */
    public void join() {
        requireStarted();
        fuseki.join();
    }

    /** Stops the server. Calling it again, or before {@link #start()}, does nothing more. The dataset stays open. */
    public synchronized void stop() {
        if (state == State.STARTED) {
            fuseki.stop();
        }
        state = State.STOPPED;
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private synchronized void requireStarted() {
        if (state != State.STARTED) {
            throw new IllegalStateException("The server is not running; it is " + state.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Checks an update password as {@link Builder#build()} does, so a command can refuse a bad one before it opens a
     * store: at least {@value #MIN_PASSWORD_LENGTH} characters, no control characters, no surrounding white space.
     *
     * <pre>
     * EntenteServer.checkUpdatePassword(System.getenv("ENTENTE_UPDATE_PASSWORD"));
     * </pre>
     *
     * @throws IllegalArgumentException saying what is wrong with it (without showing it)
     */
    public static void checkUpdatePassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The update password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters, not " + password.length());
        }
        if (!password.strip().equals(password)) {
            throw new IllegalArgumentException("The update password must not begin or end with white space");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The update password must not contain control characters");
        }
    }

    /** Collects the settings of an {@link EntenteServer}; {@link #build()} checks them. */
    public static final class Builder {
        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private String datasetName = DEFAULT_DATASET_NAME;
        private boolean ui = true;
        private boolean graphView = true;
        private long queryTimeoutMillis = DEFAULT_QUERY_TIMEOUT_MILLIS;
        private long maxRows = DEFAULT_MAX_ROWS;
        private String updatePassword;

        private Builder() {
        }

        /** The dataset to serve (required); usually the TDB2 store. It is not closed by the server. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The HTTP port, 0 for any free port (see {@link EntenteServer#port()}); default 3030. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The dataset's path, a slash and one name segment; default {@code /entente}. */
        public Builder datasetName(String datasetName) {
            this.datasetName = datasetName;
            return this;
        }

        /** Whether to serve the Fuseki web UI at "/" (needs jena-fuseki-ui on the classpath); default true. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** Whether to serve the live alliance view at /graph/; default true. */
        public Builder graphView(boolean graphView) {
            this.graphView = graphView;
            return this;
        }

        /** The longest a query may run, in milliseconds; default 60000. */
        public Builder queryTimeoutMillis(long queryTimeoutMillis) {
            this.queryTimeoutMillis = queryTimeoutMillis;
            return this;
        }

        /** The most solutions a SELECT, CONSTRUCT or DESCRIBE query answers; default 100000. */
        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /**
         * The password of user {@value EntenteServer#UPDATE_USER} for the write endpoints {@code update} and
         * {@code data-write}; null (the default) serves no write endpoint at all. At least
         * {@value EntenteServer#MIN_PASSWORD_LENGTH} characters, without control characters or surrounding spaces.
         */
        public Builder updatePassword(String updatePassword) {
            this.updatePassword = updatePassword;
            return this;
        }

        /**
         * Checks the settings and prepares the server; nothing listens until {@link EntenteServer#start()}.
         *
         * @throws IllegalStateException if no dataset was given, or the UI is asked for but not on the classpath
         * @throws IllegalArgumentException if the port, dataset name, timeout, row cap or update password is not
         *         acceptable
         * @throws NullPointerException if the dataset name was set to null
         */
        public EntenteServer build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset to serve: call dataset(...) before build()");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Port must be 0 (any free port) to 65535, not " + port);
            }
            Objects.requireNonNull(datasetName, "datasetName");
            if (!DATASET_NAME.matcher(datasetName).matches()) {
                throw new IllegalArgumentException("Dataset name must be a slash and one segment of letters, digits,"
                        + " '.', '_' or '-' (such as /entente), not '" + datasetName + "'");
            }
            if (queryTimeoutMillis <= 0) {
                throw new IllegalArgumentException("Query timeout must be positive, not " + queryTimeoutMillis + " ms");
            }
            if (maxRows <= 0) {
                throw new IllegalArgumentException("Row cap must be positive, not " + maxRows);
            }
            if (updatePassword != null) {
                checkUpdatePassword(updatePassword);
            }
            String uiBase = ui ? uiBase() : null;

            FusekiServer.Builder fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .enableCors(true)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new BoundedQueryService(maxRows))
                    .addFilter("/$/*", new ReadOnlyAdminFilter());
            if (updatePassword == null) {
                fuseki.add(datasetName, readOnlyService(servedDataset(true)));
            } else {
                fuseki.add(datasetName, updatableService(servedDataset(false)))
                        .auth(AuthScheme.BASIC)
                        .securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                                JettySecurityLib.makeUserStore(UPDATE_USER, updatePassword), AuthScheme.BASIC));
            }
            if (graphView) {
                fuseki.addServlet(GraphViewServlet.PATH + "/*", new GraphViewServlet(datasetName + "/sparql"));
            }
            if (uiBase != null) {
                fuseki.staticFileBase(uiBase)
                        .addServlet("/$/server", new ActionServerStatus())
                        .enableStats(true);
            }
            return new EntenteServer(fuseki.build(), datasetName);
        }

        /**
         * The dataset as served, with the default graph the union of the named graphs and the query timeout in its
         * context; read-only unless asked otherwise. The caller's dataset context is copied, not changed.
         */
        private DatasetGraph servedDataset(boolean readOnly) {
            DatasetGraph base = dataset.asDatasetGraph();
            Context context = base.getContext() == null ? new Context() : base.getContext().copy();
            context.set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            DatasetGraph union;
            if (TDB2Factory.isTDB2(dataset)) {
                context.set(TDB2.symUnionDefaultGraph, true);
                union = readOnly ? base : new DatasetGraphWrapper(base, context);
            } else {
                union = new UnionDefaultGraphView(base, context);
            }
            return readOnly ? new DatasetGraphReadOnly(union, context) : union;
        }

        /** Query at the dataset URL, /sparql and /query; Graph Store Protocol reads at the dataset URL, /data and /get. */
        private static DataService.Builder publicEndpoints(DatasetGraph served) {
            return DataService.newBuilder(served)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.GSP_R, "data")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.GSP_R, "");
        }

        private static DataService readOnlyService(DatasetGraph served) {
            return publicEndpoints(served).build();
        }

        /** The public endpoints plus SPARQL Update at /update and Graph Store read-write at /data-write, for one user. */
        private static DataService updatableService(DatasetGraph served) {
            AuthPolicy operator = Auth.policyAllowSpecific(UPDATE_USER);
            return publicEndpoints(served)
                    .addEndpoint(Operation.Update, UPDATE_ENDPOINT, operator)
                    .addEndpoint(Operation.GSP_RW, WRITE_ENDPOINT, operator)
                    .build();
        }

        /** The URL of the UI's files inside the jena-fuseki-ui jar, as a folder URL ending in "/". */
        private static String uiBase() {
            URL index = EntenteServer.class.getClassLoader().getResource(UI_INDEX);
            if (index == null) {
                throw new IllegalStateException("The Fuseki UI (resource " + UI_INDEX + " from jena-fuseki-ui) is not"
                        + " on the classpath; add the jena-fuseki-ui jar or build with ui(false)");
            }
            String url = index.toExternalForm();
            return url.substring(0, url.length() - "index.html".length());
        }
    }
}
