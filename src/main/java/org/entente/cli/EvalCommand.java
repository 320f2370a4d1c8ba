package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import org.entente.error.ProblemCollector;
import org.entente.eval.Evaluator;
import org.entente.eval.PloverDevSet;
import org.entente.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente eval tests/gold}: precision, recall and F1 against the gold annotations, with misses listed. */
@Command(name = "eval", description = "Score extraction against hand-annotated gold files (gold.json beside article.txt).")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder holding gold cases (default: ${DEFAULT-VALUE})",
            defaultValue = "tests/gold")
    Path goldRoot;

    @Option(names = "--errors", description = "List every miss and false fact per case (default: ${DEFAULT-VALUE})",
            defaultValue = "true", negatable = true)
    boolean listErrors;

    @Option(names = "--plover", paramLabel = "FILE", description = "Also score an externally coded sentence set "
            + "(TSV: sentence_id, marked_sentence with <s>source</s> and <t>target</t>, plover_root), per PLOVER type")
    Path ploverSet;

    @Option(names = "--skip-gold", description = "Score only the --plover set, not the gold folder")
    boolean skipGold;

    @Option(names = "--plover-misses", paramLabel = "FILE", description = "Write the coded sentences without a hit here")
    Path ploverMisses;

    @Spec
    CommandSpec spec;

    private static final int DYADS_SHOWN = 25;

    @Override
    public Integer call() {
        if (!goldRoot.toFile().isDirectory()) {
            throw new EntenteException(Location.of(goldRoot.toString()), "not a directory of gold cases");
        }
        PrintWriter out = spec.commandLine().getOut();
        ProblemCollector problems = new ProblemCollector(new ConsoleProblems(spec.commandLine().getErr()));
        if (!skipGold) {
            scoreGold(out, problems);
        }
        if (ploverSet != null) {
            PloverDevSet.Report plv = PloverDevSet.create().file(ploverSet).build().run();
            out.println("coded sentences: " + ploverSet + " (a hit: an event of the coded type between the coded actors)");
            out.print(plv.table());
            out.println("interaction events extracted from them: " + plv.events());
            if (ploverMisses != null) {
                try {
                    Files.write(ploverMisses, plv.misses(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new EntenteException(Location.of(ploverMisses.toString()), "cannot write: " + e.getMessage());
                }
            }
        }
        out.flush();
        return problems.hasErrors() ? EntenteCli.REJECTED : EntenteCli.OK;
    }

    private void scoreGold(PrintWriter out, ProblemCollector problems) {
        Evaluator.Report report = Evaluator.create().goldRoot(goldRoot).problems(problems).build().run();
        if (listErrors) {
            report.perCase().forEach((name, scores) -> {
                out.println("== " + name);
                scores.tallies().forEach((category, t) -> {
                    t.misses().forEach(m -> out.println("  missed " + m));
                    t.falsePositives().forEach(f -> out.println("  false  " + f));
                });
            });
        }
        out.println("cases: " + report.perCase().size());
        out.print(report.total().table());
        Scores.Tally links = report.total().of("wikidata-link");
        Scores.Tally actors = report.total().of("actor");
        int foundActors = actors.truePositives() + actors.falsePositives().size();
        int foundLinks = links.truePositives() + links.falsePositives().size();
        out.printf("share of extracted actors linked to Wikidata: %d/%d%n", foundLinks, foundActors);
        if (!report.dyads().tallies().isEmpty()) {
            out.println("PLOVER interactions per dyad (gold dyads, most events first):");
            out.print(report.dyads().table(DYADS_SHOWN));
        }
    }
}
