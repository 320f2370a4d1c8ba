package org.entente.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.entente.export.EventsExport;
import org.entente.export.ExportFormat;
import org.entente.export.GraphExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente export --format F [--store DIR | --data F.trig] [--out FILE] [--from D] [--to D] [--types T,…]
 * [--include persons,organizations] [--query Q.rq]}: the alliance network for graph tools, the store as RDF, or the
 * interaction events as an ICEWS-style table ({@code --format events}, with {@code --query} for another events query).
 * Public so that tests and tools outside this package can run it on its own.
 *
 * <pre>
 * int code = new CommandLine(new ExportCommand()).execute("--format", "gexf", "--store", "data/tdb2", "--out", "n.gexf");
 * int table = new CommandLine(new ExportCommand()).execute("--format", "events", "--out", "events.tsv");
 * </pre>
 */
@Command(name = "export", description = {
    "Export the alliance network for graph tools (graphml, gexf, cyjs, dot, csv), made by queries/export-network.rq"
        + " or your own --query, the whole store as RDF (turtle, trig, nquads, jsonld, rdfxml), or one tab-separated row"
        + " per interaction event in the ICEWS/POLECAT column layout (events), made by queries/export-events.rq"
        + " or your own --query."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, cyjs, dot, csv, turtle, trig, nquads, jsonld, rdfxml or events")
    String format;

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events whose time ends on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events whose time starts on or before this day")
    LocalDate to;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Only events of these kinds: ent: event classes (ArmedEngagement, Deployment, TreatySigning,"
                    + " AidProvision) or CAMEO roots/codes (19, 057)")
    List<String> types = new ArrayList<>();

    @Option(names = "--include", split = ",", paramLabel = "KIND",
            description = "Also admit these actors as ends of relations: organizations, persons (states always)")
    List<String> include = new ArrayList<>();

    @Option(names = "--query", paramLabel = "Q.rq",
            description = "Your own network query, selecting the variables of queries/export-network.rq"
                    + " (with --format events: your own events query, selecting ?event, see queries/export-events.rq)")
    Path query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromName(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        boolean organizations = false;
        boolean persons = false;
        for (String kind : include) {
            switch (kind.trim().toLowerCase(Locale.ROOT)) {
                case "organizations", "organization", "orgs" -> organizations = true;
                case "persons", "person", "people" -> persons = true;
                case "states", "state" -> { }
                default -> throw new ParameterException(spec.commandLine(),
                        "--include: '" + kind + "' is not one of organizations, persons");
            }
        }
        if (exportFormat.isEvents() && (from != null || to != null || !types.isEmpty() || !include.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--from, --to, --types and --include shape the network;"
                    + " --format events exports every interaction event (adapt queries/export-events.rq with --query)");
        }
        Dataset dataset = data.open();
        try {
            if (exportFormat.isEvents()) {
                return exportEvents(dataset);
            }
            GraphExport export;
            try {
                export = GraphExport.create().dataset(dataset).format(exportFormat).query(query).from(from).to(to)
                        .types(types.stream().map(String::trim).filter(t -> !t.isEmpty()).toList())
                        .includeOrganizations(organizations).includePersons(persons).build();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return write(export::writeTo, export::writeTo);
        } finally {
            dataset.close();
        }
    }

    private int exportEvents(Dataset dataset) throws IOException {
        EventsExport export = EventsExport.create().dataset(dataset).query(query).build();
        return write(export::writeTo, export::writeTo);
    }

    /** Writes an export to standard output (left open) or to {@code --out}, and reports what was written. */
    private <R> int write(StreamWriter<R> toStream, Function<Path, R> toFile) throws IOException {
        R result;
        if (out == null) {
            try (OutputStream stdout = nonClosing(System.out)) {
                result = toStream.writeTo(stdout);
            }
        } else {
            result = toFile.apply(out);
        }
        spec.commandLine().getErr().println("entente: exported " + result + (out == null ? "" : " to " + out));
        spec.commandLine().getErr().flush();
        return EntenteCli.OK;
    }

    /** An export written to a stream. */
    private interface StreamWriter<R> {
        R writeTo(OutputStream out) throws IOException;
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
