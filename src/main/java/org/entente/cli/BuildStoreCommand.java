package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.bulk.BuildSummary;
import org.entente.bulk.BulkBuild;
import org.entente.bulk.BulkLoader;
import org.entente.error.ProblemCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code entente build-store SHARD… --store DIR [--loader xloader|phased] [--tmpdir DIR] [--sort-threads N]}: a new
 * store from N-Quads shards with Jena's bulk loader, then the events graph and the planner's statistics (see
 * {@link BulkBuild}).
 */
@Command(name = "build-store", description = "Build a new TDB2 store from N-Quads shards (.nq, .nq.gz, directories of "
        + "them; one named graph per article) with Jena's tdb2.xloader, then the events graph and the query planner's "
        + "statistics.")
final class BuildStoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD",
            description = "N-Quads shards (.nq, .nq.gz) or directories of them")
    List<Path> shards;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--loader", paramLabel = "LOADER", defaultValue = "xloader", converter = LoaderConverter.class,
            description = "xloader (Jena's tdb2.xloader, for large data; the default) or phased (tdb2.tdbloader's "
                    + "loader in this JVM)")
    BulkLoader loader;

    @Option(names = "--tmpdir", paramLabel = "DIR",
            description = "Where tdb2.xloader sorts (default: beside the store)")
    Path tmpDir;

    @Option(names = "--sort-threads", paramLabel = "N", defaultValue = "2",
            description = "Threads of tdb2.xloader's sorts (default: ${DEFAULT-VALUE})")
    int sortThreads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (sortThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--sort-threads must be positive");
        }
        ProblemCollector problems = new ProblemCollector(new ConsoleProblems(spec.commandLine().getErr()));
        Optional<BuildSummary> built = BulkBuild.create().shards(shards).store(storeOption.store).loader(loader)
                .tmpDir(tmpDir).sortThreads(sortThreads).problems(problems).progress(spec.commandLine().getErr())
                .build().run();
        built.ifPresent(summary -> spec.commandLine().getOut().println(summary.summary()));
        return built.isPresent() && !problems.hasErrors() ? EntenteCli.OK : EntenteCli.REJECTED;
    }

    /** {@code xloader} or {@code phased}, in any case. */
    static final class LoaderConverter implements ITypeConverter<BulkLoader> {
        @Override
        public BulkLoader convert(String value) {
            try {
                return BulkLoader.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected xloader or phased, not '" + value + "'");
            }
        }
    }
}
