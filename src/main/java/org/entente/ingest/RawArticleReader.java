package org.entente.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the articles of one input file one at a time. Problems are reported to the reader's handler and the bad
 * article skipped; the iterator then ends or goes on, as the format allows. Closes itself when exhausted.
 */
abstract class RawArticleReader implements Iterator<RawArticle>, Closeable {
    private RawArticle pending;
    private boolean finished;

    /** The next article, or null when the file has no more. */
    protected abstract RawArticle readNext();

    @Override
    public final boolean hasNext() {
        if (pending == null && !finished) {
            pending = readNext();
            if (pending == null) {
                finished = true;
                close();
            }
        }
        return pending != null;
    }

    @Override
    public final RawArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawArticle result = pending;
        pending = null;
        return result;
    }

    /** Releases the file; safe to call more than once. */
    @Override
    public abstract void close();
}
