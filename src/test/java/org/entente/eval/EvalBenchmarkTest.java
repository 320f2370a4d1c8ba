package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.error.ProblemCollector;
import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * Runs the extraction benchmark over tests/gold in the build, so its figures appear in every CI log. It asserts that
 * every gold case was read and scored, never a quality threshold: quality is reported, not gated.
 */
class EvalBenchmarkTest {

    @Test
    void everyGoldCaseIsScored() throws IOException {
        Path gold = SeedFixture.repo().resolve("tests/gold");
        long cases;
        try (Stream<Path> files = Files.walk(gold)) {
            cases = files.filter(p -> p.getFileName().toString().equals("gold.json"))
                    .filter(p -> Files.isRegularFile(p.resolveSibling("article.txt"))).count();
        }
        ProblemCollector problems = new ProblemCollector();
        Evaluator.Report report = Evaluator.create().goldRoot(gold).problems(problems).build().run();
        System.out.println("eval over " + report.perCase().size() + " gold cases:");
        System.out.print(report.total().table());
        assertEquals(cases, report.perCase().size());
        assertFalse(problems.hasErrors(), () -> problems.problems().toString());
    }
}
