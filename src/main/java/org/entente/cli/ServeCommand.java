package org.entente.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.ingest.Samples;
import org.entente.load.SampleGraph;
import org.entente.serve.EntenteServer;
import org.entente.store.EntenteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente serve [--store DIR] [--port N] [--query-timeout S] [--max-rows N] [--update-password-file FILE]}:
 * the store over SPARQL with the Fuseki UI, read-only unless the operator gives an update password; sample loaded if
 * empty.
 */
@Command(name = "serve", description = "Serve the store over SPARQL (Fuseki, with its UI), read-only unless an update "
        + "password is given. An empty store is first loaded with the bundled sample article.")
final class ServeCommand implements Callable<Integer> {
    /** The environment variable read for the update password when no file is given. */
    static final String PASSWORD_ENV = "ENTENTE_UPDATE_PASSWORD";

    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)",
            defaultValue = "3030")
    int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "Longest a query may run, in seconds (default: ${DEFAULT-VALUE})", defaultValue = "60")
    long queryTimeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Most rows a SELECT, CONSTRUCT or DESCRIBE answers (default: ${DEFAULT-VALUE})",
            defaultValue = "100000")
    long maxRows;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "File whose first line is the password of user '" + EntenteServer.UPDATE_USER + "' for "
                    + "the write endpoints /update (SPARQL Update) and /data-write (Graph Store Protocol); at least "
                    + EntenteServer.MIN_PASSWORD_LENGTH + " characters. Without it (or the environment variable "
                    + PASSWORD_ENV + ") the server has no write endpoint.")
    Path updatePasswordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (queryTimeoutSeconds <= 0 || queryTimeoutSeconds > Long.MAX_VALUE / 1000) {
            throw new ParameterException(spec.commandLine(), "--query-timeout must be a positive number of seconds");
        }
        if (maxRows <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be positive");
        }
        String password = updatePassword();
        EntenteServer.Builder builder = EntenteServer.create().port(port)
                .queryTimeoutMillis(queryTimeoutSeconds * 1000).maxRows(maxRows).updatePassword(password);
        EntenteStore store = EntenteStore.open(storeOption.store);
        if (store.isEmpty()) {
            // The sample ships already extracted (SampleGraphTest keeps it current), so no CoreNLP at start.
            spec.commandLine().getErr().println("entente: empty store, loading the bundled sample "
                    + Samples.SEED_NAME);
            SampleGraph.loadInto(store);
        }
        EntenteServer server;
        try {
            server = builder.dataset(store.dataset()).build().start();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
        }
        spec.commandLine().getOut().println("entente: serving " + server.datasetUrl() + " (SPARQL at "
                + server.datasetUrl() + "/sparql, UI at " + server.baseUrl() + "/)");
        if (password == null) {
            spec.commandLine().getOut().println("entente: read-only, no write endpoint");
        } else {
            spec.commandLine().getOut().println("entente: writes only at " + server.datasetUrl() + "/"
                    + EntenteServer.UPDATE_ENDPOINT + " and " + server.datasetUrl() + "/" + EntenteServer.WRITE_ENDPOINT
                    + ", HTTP Basic user '" + EntenteServer.UPDATE_USER + "'");
        }
        spec.commandLine().getOut().flush();
        server.join();
        return EntenteCli.OK;
    }

    /**
     * The password from --update-password-file (its first line), else from the environment, else null; checked before
     * the store is opened, so a bad one is a usage error that changes nothing.
     */
    private String updatePassword() {
        if (updatePasswordFile != null) {
            try {
                String text = Files.readString(updatePasswordFile, StandardCharsets.UTF_8);
                String first = text.lines().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new ParameterException(spec.commandLine(),
                            "--update-password-file " + updatePasswordFile + ": the first line is empty");
                }
                return checked(first, "--update-password-file " + updatePasswordFile);
            } catch (CharacterCodingException e) {
                throw new ParameterException(spec.commandLine(),
                        "--update-password-file " + updatePasswordFile + ": not UTF-8 text");
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(),
                        "--update-password-file " + updatePasswordFile + ": cannot read it (" + e.getMessage() + ")");
            }
        }
        String env = System.getenv(PASSWORD_ENV);
        return env == null || env.isEmpty() ? null : checked(env, "environment variable " + PASSWORD_ENV);
    }

    /** The password if it is acceptable; a usage error naming where it came from (never the password) if not. */
    private String checked(String password, String from) {
        try {
            EntenteServer.checkUpdatePassword(password);
            return password;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), from + ": " + e.getMessage());
        }
    }
}
