package org.entente.bulk;

/** The Jena bulk loader that writes the quads of a {@link BulkBuild}. */
public enum BulkLoader {
    /**
     * {@code tdb2.xloader} from Jena's distribution, run as a child process: external sorts, built for data larger
     * than memory; about 20 s of fixed cost (eight JVM starts).
     */
    XLOADER,
    /** Jena's phased loader ({@code tdb2.tdbloader}'s default) in this JVM: no distribution, quick on little data. */
    PHASED
}
