package org.entente.error;

/** How bad a reported problem is: a warning lets the article through, an error rejects it, fatal stops the run. */
public enum Severity {
    WARNING, ERROR, FATAL
}
