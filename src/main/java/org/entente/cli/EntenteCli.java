package org.entente.cli;

import java.io.PrintWriter;
import org.entente.error.EntenteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code entente} command line. Exit codes are mapped here and only here: 0 success, 1 some input rejected or a
 * check failed, 2 usage error, 3 an internal failure.
 *
 * <pre>
 * ./entente extract samples/korea-bizwire-2024-11-06-north-korean-troops.txt
 * ./entente load ../shared/corpus/wikinews/ --store data/tdb2
 * ./entente query queries/deployments.rq --format csv
 * ./entente serve
 * </pre>
 */
@Command(name = "entente", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "entente 0.1.0",
        description = "News about international affairs in, a Wikidata-linked knowledge graph out.",
        subcommands = {ExtractCommand.class, LoadCommand.class, QueryCommand.class, ServeCommand.class, EvalCommand.class,
            ValidateCommand.class, ExportCommand.class, ReconcileCommand.class, BuildStoreCommand.class,
            BenchCommand.class})
public final class EntenteCli {
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The one mapping from failures to exit codes. */
    static int exitCodeOf(Throwable e) {
        if (e instanceof ParameterException) {
            return USAGE;
        }
        return e instanceof EntenteException ? REJECTED : INTERNAL;
    }

    /** Runs a command line and returns its exit code, without exiting (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new EntenteCli());
        cli.setExitCodeExceptionMapper(EntenteCli::exitCodeOf);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("entente: " + e.getMessage());
            return cmd.getExitCodeExceptionMapper().getExitCode(e);
        });
        return cli.execute(args);
    }
}
