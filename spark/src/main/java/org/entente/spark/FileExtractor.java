package org.entente.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.graph.Node;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.entente.error.Problem;
import org.entente.error.ProblemHandler;
import org.entente.error.Severity;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.load.ArticleLoader;
import org.entente.rdf.ArticleGraphWriter;

/**
 * The executor's side of the job for one input file: reads it with the core's {@link ArticleSource} (the same checks
 * as {@code load}) and runs each article through the core's {@link ArticleLoader}, which writes exactly the quads
 * {@code extract} writes. The NLP is the JVM's one shared pipeline ({@code NlpPipeline.shared()}), loaded on the first
 * article an executor sees and then used by every task of that executor. Articles come out one at a time, so a task
 * holds one article's annotation at once.
 */
final class FileExtractor implements Iterator<Outcome>, ProblemHandler {
    private final ArticleFile input;
    private final Deque<Outcome> pending = new ArrayDeque<>();
    private LocalCopy copy;
    private Iterator<Article> articles;
    private Stream<Article> stream;
    private ArticleLoader loader;
    private final QuadList quads = new QuadList();
    private int ordinal;
    private String currentId;

    private FileExtractor(ArticleFile input) {
        this.input = input;
    }

    /** The outcomes of one file, in input order, computed as they are consumed. */
    static Iterator<Outcome> extract(ArticleFile input, Configuration conf) {
        FileExtractor extractor = new FileExtractor(input);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> extractor.close());
        }
        extractor.open(conf);
        return extractor;
    }

    private void open(Configuration conf) {
        try {
            copy = LocalCopy.of(input, conf);
        } catch (IOException | RuntimeException e) {
            pending.add(Outcome.failure(order(), input.uri(), null, "cannot read: " + e.getMessage()));
            return;
        }
        ArticleSource source = ArticleSource.create().path(copy.file()).problems(this).build();
        loader = ArticleLoader.create().sink(quads).problems(this).build();
        stream = source.stream();
        articles = stream.iterator();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && articles != null) {
            if (articles.hasNext()) {
                process(articles.next());
            } else {
                close();
            }
        }
        return !pending.isEmpty();
    }

    @Override
    public Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.removeFirst();
    }

    private void process(Article article) {
        currentId = article.id();
        try {
            if (loader.load(article) != null) {
                Node graph = ArticleGraphWriter.graphOf(article);
                int size = quads.size();
                pending.add(Outcome.article(order(), copy.original(article.source()), article.id(), graph.getURI(),
                        size, quads.drainNQuads()));
            } else {
                quads.drainNQuads();
            }
        } finally {
            currentId = null;
        }
    }

    /** A problem a core reader or the loader reports: a failure (the article or file is skipped) or a warning. */
    @Override
    public void report(Problem problem) {
        String where = copy.original(problem.location().source());
        String at = problem.location().offset() >= 0 ? where + " @" + problem.location().offset() : where;
        pending.add(problem.severity() == Severity.WARNING
                ? Outcome.warning(order(), at, problem.message())
                : Outcome.failure(order(), at, currentId, problem.message()));
    }

    private long order() {
        return ((long) input.index() << 32) | ordinal++;
    }

    /** Closes the file and deletes its local copy; also when a task ends early. */
    void close() {
        articles = null;
        if (stream != null) {
            stream.close();
            stream = null;
        }
        if (copy != null) {
            copy.close();
        }
    }

    /** The outcomes of the files of one partition, one file after another. */
    static Iterator<Outcome> extractAll(Iterator<ArticleFile> files, HadoopConf hadoop) {
        Configuration conf = hadoop.toConfiguration();
        return new Iterator<>() {
            private Iterator<Outcome> current = List.<Outcome>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = extract(files.next(), conf);
                }
                return current.hasNext();
            }

            @Override
            public Outcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
