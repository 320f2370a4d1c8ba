package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.error.ProblemCollector;
import org.entente.load.ArticleLoader;
import org.entente.store.EntenteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code entente load FILE_OR_DIR… [--store DIR]}: articles into the store, one transaction each. */
@Command(name = "load", description = "Extract facts from articles and load them into the TDB2 store.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LinkOptions link;

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector(new ConsoleProblems(spec.commandLine().getErr()));
        try (EntenteStore store = EntenteStore.open(storeOption.store)) {
            ArticleLoader loader = ArticleLoader.create().store(store).problems(problems)
                    .wikidata(link.linker(spec.commandLine())).build();
            BatchRun.run(input, loader, problems, spec.commandLine().getErr());
        }
        return problems.hasErrors() ? EntenteCli.REJECTED : EntenteCli.OK;
    }
}
