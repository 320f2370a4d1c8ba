package org.entente.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.entente.error.ProblemCollector;
import org.entente.load.ArticleLoader;
import org.entente.vocab.EntentePrefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente extract FILE… [--out F.trig]}: articles to TriG, without a store. */
@Command(name = "extract", description = "Extract facts from articles and write them as TriG (stdout by default).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Option(names = "--out", paramLabel = "F.trig", description = "Write TriG to this file instead of stdout")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ProblemCollector problems = new ProblemCollector(new ConsoleProblems(spec.commandLine().getErr()));
        try (OutputStream os = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.TRIG_BLOCKS);
            writer.start();
            StreamRDFOps.sendPrefixesToStream(EntentePrefixes.MAPPING, writer);
            ArticleLoader loader = ArticleLoader.create().sink(writer).problems(problems)
                    .wikidata(link.linker(spec.commandLine())).build();
            BatchRun.run(input, loader, problems, spec.commandLine().getErr());
            writer.finish();
        }
        return problems.hasErrors() ? EntenteCli.REJECTED : EntenteCli.OK;
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new FilterOutputStream(os) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
