package org.entente.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.entente.ingest.Article;

/**
 * Loads a stream of articles with an {@link ArticleLoader} on several threads. The calling thread reads the articles;
 * {@code threads} workers run NLP, extraction, RDF and SHACL; one writer stores them in input order (so a sink's output
 * does not depend on thread timing), several articles per store transaction. At most {@code queueCapacity} articles are
 * read ahead of the writer, so memory stays bounded however long the input is. An article that fails is reported
 * and left out, and the others go on; every stored article is complete or absent, as with {@link ArticleLoader}.
 *
 * <pre>
 * ArticleLoader loader = ArticleLoader.create().store(store).problems(problems).build();
 * LoadSummary summary = BatchLoader.create().loader(loader).threads(2).queueCapacity(8)
 *         .onArticle(progress::advance).build()
 *         .run(source.stream());
 * </pre>
 */
public final class BatchLoader {
    /** Default most articles in one store transaction. */
    public static final int DEFAULT_BATCH_ARTICLES = 32;
    /** Default most quads in one store transaction (an article of the Wikinews sample has a few hundred). */
    public static final int DEFAULT_BATCH_QUADS = 50_000;
    /** Default time after which a transaction is committed even when it is not full, in milliseconds. */
    public static final long DEFAULT_BATCH_MILLIS = 5_000;

    private final ArticleLoader loader;
    private final int threads;
    private final int queueCapacity;
    private final Runnable onArticle;
    private final int batchArticles;
    private final int batchQuads;
    private final long batchMillis;

    private BatchLoader(Builder b) {
        this.loader = b.loader;
        this.threads = b.threads;
        this.queueCapacity = b.queueCapacity;
        this.onArticle = b.onArticle;
        this.batchArticles = b.batchArticles;
        this.batchQuads = b.batchQuads;
        this.batchMillis = b.batchMillis;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Loads every article of the stream (closing it at the end) and returns the loader's summary. Returns when the
     * last article is stored. An error that is not an article's fault (e.g. out of memory) stops the run and is thrown.
     */
    public LoadSummary run(Stream<Article> articles) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, named("entente-extract"));
        ExecutorService writerThread = Executors.newSingleThreadExecutor(named("entente-writer"));
        BlockingQueue<Future<PreparedArticle>> pending = new ArrayBlockingQueue<>(queueCapacity);
        Writer writer = new Writer(pending);
        Future<?> writing = writerThread.submit(writer);
        try (articles) {
            articles.forEachOrdered(article -> put(pending, workers.submit(() -> loader.prepare(article)), writing));
            put(pending, writer.end, writing);
            waitFor(writing);
        } catch (StoppedException e) {
            waitFor(writing);
        } finally {
            pending.clear();
            workers.shutdownNow();
            writerThread.shutdownNow();
            awaitQuietly(workers);
            awaitQuietly(writerThread);
        }
        return loader.summary();
    }

    /** Queues an item, waiting while the queue is full; stops reading when the writer has stopped early. */
    private static void put(BlockingQueue<Future<PreparedArticle>> queue, Future<PreparedArticle> item,
            Future<?> writing) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    throw new StoppedException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    private static void waitFor(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Thrown on the reading thread when the writer has stopped early, so that reading stops too. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super(null, null, false, false);
        }
    }

    /** Takes prepared articles in input order and commits them in batches. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Future<PreparedArticle>> pending;
        private final Future<PreparedArticle> end = new CompletableFuture<>();
        private final List<PreparedArticle> batch = new ArrayList<>();
        private int batchQuadCount;
        private long batchStarted;

        Writer(BlockingQueue<Future<PreparedArticle>> pending) {
            this.pending = pending;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Future<PreparedArticle> next = nextWithin(batch.isEmpty() ? Long.MAX_VALUE : remainingMillis());
                    if (next == end) {
                        break;
                    }
                    if (next != null) {
                        add(prepared(next));
                    }
                    if (full()) {
                        flush();
                    }
                }
                flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Future<PreparedArticle> nextWithin(long millis) throws InterruptedException {
            if (millis == Long.MAX_VALUE) {
                return pending.take();
            }
            return pending.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
        }

        private PreparedArticle prepared(Future<PreparedArticle> future) throws InterruptedException {
            try {
                return future.get();
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (CancellationException e) {
                throw new IllegalStateException("extraction was cancelled", e);
            }
        }

        private void add(PreparedArticle p) {
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            batch.add(p);
            batchQuadCount += p.quads().size();
        }

        private long remainingMillis() {
            return batchMillis - (System.nanoTime() - batchStarted) / 1_000_000;
        }

        private boolean full() {
            return !batch.isEmpty() && (batch.size() >= batchArticles || batchQuadCount >= batchQuads
                    || remainingMillis() <= 0);
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            loader.commit(List.copyOf(batch));
            for (int i = 0; i < batch.size(); i++) {
                onArticle.run();
            }
            batch.clear();
            batchQuadCount = 0;
        }
    }

    /** Describes a {@link BatchLoader}; {@link #build()} checks the description. */
    public static final class Builder {
        private ArticleLoader loader;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queueCapacity = -1;
        private Runnable onArticle = () -> { };
        private int batchArticles = DEFAULT_BATCH_ARTICLES;
        private int batchQuads = DEFAULT_BATCH_QUADS;
        private long batchMillis = DEFAULT_BATCH_MILLIS;

        private Builder() {
        }

        /** The loader whose steps run for each article, and whose summary is returned; required. */
        public Builder loader(ArticleLoader value) {
            this.loader = value;
            return this;
        }

        /** Worker threads for NLP and extraction; default the available processors. */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Most articles read ahead of the writer (being extracted or waiting); default twice the threads. */
        public Builder queueCapacity(int value) {
            this.queueCapacity = value;
            return this;
        }

        /** Called on the writer thread once per article done (stored or rejected), e.g. to advance a progress bar. */
        public Builder onArticle(Runnable value) {
            this.onArticle = value;
            return this;
        }

        /** Most articles per store transaction; 1 gives one transaction per article. */
        public Builder batchArticles(int value) {
            this.batchArticles = value;
            return this;
        }

        /** A transaction is committed once its articles hold at least this many quads. */
        public Builder batchQuads(int value) {
            this.batchQuads = value;
            return this;
        }

        /** A transaction is committed once this long has passed since its first article was ready, in milliseconds. */
        public Builder batchMillis(long value) {
            this.batchMillis = value;
            return this;
        }

        /**
         * Checks the description and builds the batch loader.
         *
         * @throws IllegalStateException when no loader was given
         * @throws IllegalArgumentException when a count or time is not positive, or the queue is smaller than the
         *     threads
         */
        public BatchLoader build() {
            if (loader == null) {
                throw new IllegalStateException("BatchLoader needs an ArticleLoader");
            }
            if (onArticle == null) {
                throw new IllegalStateException("onArticle must not be null");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            if (queueCapacity == -1) {
                queueCapacity = 2 * threads;
            }
            if (queueCapacity < threads) {
                throw new IllegalArgumentException("queueCapacity (" + queueCapacity + ") must be at least threads ("
                        + threads + ")");
            }
            if (batchArticles < 1 || batchQuads < 1 || batchMillis < 1) {
                throw new IllegalArgumentException("batchArticles, batchQuads and batchMillis must be positive");
            }
            return new BatchLoader(this);
        }
    }
}
