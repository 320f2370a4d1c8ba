package org.entente.error;

import java.util.ArrayList;
import java.util.List;

/** A {@link ProblemHandler} that keeps every problem, optionally forwarding each to another handler as it comes. */
public final class ProblemCollector implements ProblemHandler {
    private final List<Problem> problems = new ArrayList<>();
    private final ProblemHandler forward;

    public ProblemCollector() {
        this(null);
    }

    public ProblemCollector(ProblemHandler forward) {
        this.forward = forward;
    }

    @Override
    public synchronized void report(Problem problem) {
        problems.add(problem);
        if (forward != null) {
            forward.report(problem);
        }
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() != Severity.WARNING);
    }
}
