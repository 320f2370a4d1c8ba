package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.identity.EventIdentity;
import org.entente.identity.EventRefresh;
import org.entente.store.EntenteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code entente reconcile [--store DIR]}: recomputes the cross-article events graph from every article graph. A
 * {@code load} keeps it current incrementally; this is the repair after writes that bypass {@code load}.
 */
@Command(name = "reconcile",
        description = "Recompute the events graph: one event per group of article facts that report the same event.")
final class ReconcileCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (EntenteStore store = EntenteStore.open(storeOption.store)) {
            EventRefresh result = EventIdentity.refresh(store);
            spec.commandLine().getOut().println(result.summary());
        }
        return EntenteCli.OK;
    }
}
