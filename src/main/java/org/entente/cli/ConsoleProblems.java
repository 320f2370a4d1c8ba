package org.entente.cli;

import java.io.PrintWriter;
import org.entente.error.Problem;
import org.entente.error.ProblemHandler;

/** Prints problems to the command's error stream as they come, one line each, naming the file and the problem. */
final class ConsoleProblems implements ProblemHandler {
    private final PrintWriter err;

    ConsoleProblems(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void report(Problem problem) {
        err.println(problem);
        err.flush();
    }
}
