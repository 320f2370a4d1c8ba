package org.entente.error;

/**
 * Receives every warning, error and fatal problem of a run, like Jena's {@code ErrorHandler}. Stages report here
 * instead of printing or exiting; the command line decides what a problem means for the exit code.
 *
 * <pre>
 * ProblemCollector problems = new ProblemCollector();
 * reader.read(path, problems);
 * if (problems.hasErrors()) { ... }
 * </pre>
 */
public interface ProblemHandler {
    void report(Problem problem);

    default void warning(Location location, String message) {
        report(new Problem(Severity.WARNING, location, message));
    }

    default void error(Location location, String message) {
        report(new Problem(Severity.ERROR, location, message));
    }

    default void fatal(Location location, String message) {
        report(new Problem(Severity.FATAL, location, message));
    }
}
