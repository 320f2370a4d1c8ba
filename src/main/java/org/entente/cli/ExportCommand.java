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

import org.apache.jena.query.Dataset;
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
 * [--include persons,organizations] [--query Q.rq]}: the alliance network for graph tools, or the store as RDF.
 * Public so that tests and tools outside this package can run it on its own.
 *
 * <pre>
 * int code = new CommandLine(new ExportCommand()).execute("--format", "gexf", "--store", "data/tdb2", "--out", "n.gexf");
 * </pre>
 */
@Command(name = "export", description = {
    "Export the alliance network for graph tools (graphml, gexf, cyjs, dot, csv), made by queries/export-network.rq"
        + " or your own --query, or the whole store as RDF (turtle, trig, nquads, jsonld, rdfxml)."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, cyjs, dot, csv, turtle, trig, nquads, jsonld or rdfxml")
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
            description = "Your own network query, selecting the variables of queries/export-network.rq")
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
        Dataset dataset = data.open();
        try {
            GraphExport export;
            try {
                export = GraphExport.create().dataset(dataset).format(exportFormat).query(query).from(from).to(to)
                        .types(types.stream().map(String::trim).filter(t -> !t.isEmpty()).toList())
                        .includeOrganizations(organizations).includePersons(persons).build();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            GraphExport.Result result;
            if (out == null) {
                try (OutputStream stdout = nonClosing(System.out)) {
                    result = export.writeTo(stdout);
                }
            } else {
                result = export.writeTo(out);
            }
            spec.commandLine().getErr().println("entente: exported " + result + (out == null ? "" : " to " + out));
            spec.commandLine().getErr().flush();
            return EntenteCli.OK;
        } finally {
            dataset.close();
        }
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
