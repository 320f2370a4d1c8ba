package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.error.ProblemCollector;
import org.entente.identity.EventIdentity;
import org.entente.load.ArticleLoader;
import org.entente.store.EntenteStore;
import org.entente.store.StoreStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code entente load FILE_OR_DIR… [--store DIR] [--threads N]}: articles into the store, extracted on N threads and
 * stored several per transaction, each article complete or absent and the cross-article events graph updated from its
 * facts in the same transaction (recomputed first when it is not current); then the query planner's statistics are
 * written.
 */
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
            EventIdentity.ensureCurrent(store);
            ArticleLoader loader = ArticleLoader.create().store(store).updateEvents(true).problems(problems)
                    .wikidata(link.linker(spec.commandLine())).build();
            BatchRun.run(input, loader, problems, spec.commandLine().getErr());
            StoreStatistics.write(store.dataset());
        }
        return problems.hasErrors() ? EntenteCli.REJECTED : EntenteCli.OK;
    }
}
