package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.error.ProblemCollector;
import org.entente.ingest.ArticleSource;
import org.entente.ingest.Samples;
import org.entente.load.ArticleLoader;
import org.entente.serve.EntenteServer;
import org.entente.store.EntenteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente serve [--store DIR] [--port N]}: the store over SPARQL with the Fuseki UI; sample loaded if empty. */
@Command(name = "serve", description = "Serve the store read-only over SPARQL (Fuseki, with its UI). "
        + "An empty store is first loaded with the bundled sample article.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)",
            defaultValue = "3030")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EntenteStore store = EntenteStore.open(storeOption.store);
        if (store.isEmpty()) {
            Path sample = Samples.seedArticle();
            spec.commandLine().getErr().println("entente: empty store, loading the bundled sample " + sample.getFileName());
            ProblemCollector problems = new ProblemCollector(new ConsoleProblems(spec.commandLine().getErr()));
            ArticleLoader loader = ArticleLoader.create().store(store).problems(problems).build();
            ArticleSource.create().path(sample).problems(problems).build().forEach(loader::load);
        }
        EntenteServer server = EntenteServer.create().dataset(store.dataset()).port(port).build().start();
        spec.commandLine().getOut().println("entente: serving " + server.datasetUrl() + " (SPARQL at "
                + server.datasetUrl() + "/sparql, UI at " + server.baseUrl() + "/)");
        spec.commandLine().getOut().flush();
        server.join();
        return EntenteCli.OK;
    }
}
