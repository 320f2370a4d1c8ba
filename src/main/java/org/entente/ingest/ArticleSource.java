package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entente.error.EntenteException;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * The input stage: reads news articles from files and directories, one at a time, and hands them on as
 * {@link Article}s. Problems go to the {@link ProblemHandler}; a bad article (or row, or line) is reported and
 * skipped, and the batch goes on.
 *
 * <pre>
 * ProblemCollector problems = new ProblemCollector();
 * ArticleSource source = ArticleSource.create()
 *         .path(Path.of("corpus/wikinews"))                        // a directory: walked recursively, sorted
 *         .path(Path.of("samples/korea-bizwire-2024-11-06-north-korean-troops.txt"))
 *         .defaults(ArticleMetadata.empty().withLanguage("en"))     // fills only what a source leaves unknown
 *         .problems(problems)
 *         .build();                                                 // checks the inputs
 * source.forEach(article -&gt; store.load(article));
 * try (Stream&lt;Article&gt; articles = source.stream()) {                   // lazy; close it to release the open file
 *     long n = articles.filter(a -&gt; a.datePublished() != null).count();
 * }
 * </pre>
 *
 * <p>Formats, by extension (other files in a directory are ignored):
 * <ul>
 *   <li>{@code .txt}: one article, UTF-8; id from the file name; metadata from the sidecar {@code name.json}
 *       (keys title, datePublished, publisher, originalSource, url, language, license, dateline; all strings);</li>
 *   <li>{@code .csv}: header with at least {@code url,date,title,text}; one article per row;</li>
 *   <li>{@code .jsonl} / {@code .ndjson}: one JSON object per line, the sidecar keys plus {@code text}
 *       ({@code date} may stand for datePublished).</li>
 * </ul>
 *
 * <p>Checks (an error skips the article): empty text, text longer than {@link Builder#maxChars(int)}, text without
 * letters, bytes that are not UTF-8, text that is binary, UTF-16 or HTML/XML markup ({@link NonProseDetector}), a
 * sentence longer than {@link Builder#maxSentenceWords(int)} words, a date that does not exist, lies after tomorrow or
 * before 1900, a url or license that is not an absolute http(s) IRI, an id already produced in this run, and text
 * that is not English: a stated language other than English, or, when none is stated, text that
 * {@link EnglishLikelihood} judges not English (the extraction rules are for English only; with
 * {@link Builder#acceptNonEnglish(boolean)} such an article is kept with a warning instead). Warnings: control
 * characters (replaced by spaces, offsets kept), unknown sidecar keys.
 *
 * <p>A leading dateline and a trailing agency credit are found by {@link DatelineParser}; {@link Article#bodyStart()}
 * and {@link Article#bodyEnd()} exclude them. Metadata precedence per component: the source (sidecar, row, line, or
 * what its URL implies: publisher "Wikinews", and CC BY 2.5 and language "en" for en.wikinews.org), then the text
 * (the dateline's outlet gives the publisher, the credit the original source), then the defaults.
 *
 * <p>An {@code ArticleSource} can be read more than once; each reading starts afresh (ids are unique per reading).
 * It is not meant to be read from several threads at once.
 */
public final class ArticleSource {
    /**
     * The default limit on an article's length in characters. CoreNLP holds a whole article as one annotation:
     * measured with Entente's pipeline on Wikinews prose (2 shared CPUs), 100,000 characters kept 78 MB of heap
     * once annotated and took 52 s, 200,000 characters kept 136 MB and took 221 s, with the heap peaking at 3.2 and
     * 3.5 GB (1.1 GB of it the models). The old limit of 2,000,000 characters would keep well over 1 GB in one
     * annotation and annotate for half an hour. The longest article of the Wikinews sample has 104,313 characters.
     */
    public static final int DEFAULT_MAX_CHARS = 200_000;
    /**
     * The default limit on a sentence's length in words. CoreNLP's time-expression rules (SUTime) backtrack, so their
     * time grows faster than the sentence: measured as above, a sentence of 200 words took 3 s, 400 words 6 s, 800
     * words 13 s, and one of 20,000 words had not finished after 10 minutes. The longest sentence of the Wikinews
     * sample has about 360 words (a list).
     */
    public static final int DEFAULT_MAX_SENTENCE_WORDS = 1_000;

    private final List<Path> paths;
    private final ArticleMetadata defaults;
    private final ProblemHandler problems;
    private final int maxChars;
    private final int maxSentenceWords;
    private final boolean acceptNonEnglish;

    private ArticleSource(Builder builder) {
        this.paths = List.copyOf(builder.paths);
        this.defaults = builder.defaults;
        this.problems = builder.problems;
        this.maxChars = builder.maxChars;
        this.maxSentenceWords = builder.maxSentenceWords;
        this.acceptNonEnglish = builder.acceptNonEnglish;
    }

    /** Starts describing a source. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Whether a file is read as articles, by its extension ({@code .txt}, {@code .csv}, {@code .jsonl},
     * {@code .ndjson}, case-insensitive): the files a directory walk picks. For callers that list files themselves,
     * e.g. on a distributed file system.
     */
    public static boolean isArticleFile(Path file) {
        return InputFiles.formatOf(file) != null;
    }

    /**
     * The metadata sidecar an article file may have: for a {@code .txt} file the same name with {@code .json}, for the
     * other formats none (they carry their metadata in their rows or lines).
     */
    public static Optional<Path> sidecarOf(Path file) {
        return InputFiles.formatOf(file) == InputFiles.Format.TEXT
                ? Optional.of(SidecarMetadata.sidecarOf(file)) : Optional.empty();
    }

    /** The paths given, in order. */
    public List<Path> paths() {
        return paths;
    }

    /** Reads every article and gives each to {@code action}, in input order. */
    public void forEach(Consumer<? super Article> action) {
        Objects.requireNonNull(action, "action");
        try (Stream<Article> articles = stream()) {
            articles.forEach(action);
        }
    }

    /**
     * The articles as a lazy, ordered stream: files are opened one at a time as the stream is consumed. Close the
     * stream when not consuming it to the end.
     */
    public Stream<Article> stream() {
        ArticleIterator iterator = new ArticleIterator();
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(iterator::close);
    }

    private RawArticleReader open(Path file) {
        return switch (InputFiles.formatOf(file)) {
            case TEXT -> new TextArticleReader(file, problems, maxChars);
            case CSV -> new CsvArticleReader(file, problems, maxChars);
            case JSON_LINES -> new JsonLinesArticleReader(file, problems, maxChars);
        };
    }

    /** Walks the paths lazily: one path's listing, then one file's reader, at a time. */
    private final class ArticleIterator implements Iterator<Article> {
        private final Deque<Path> roots = new ArrayDeque<>(paths);
        private final Deque<Path> files = new ArrayDeque<>();
        private final Set<Path> seenFiles = new HashSet<>();
        private final ArticleAssembler assembler = new ArticleAssembler(defaults, problems, maxChars,
                maxSentenceWords, LocalDate.now(), acceptNonEnglish);
        private RawArticleReader reader;
        private Article pending;

        @Override
        public boolean hasNext() {
            while (pending == null) {
                if (reader != null && reader.hasNext()) {
                    Optional<Article> article = assembler.assemble(reader.next());
                    article.ifPresent(a -> pending = a);
                } else if (!openNextFile()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Article result = pending;
            pending = null;
            return result;
        }

        private boolean openNextFile() {
            closeReader();
            while (files.isEmpty()) {
                if (roots.isEmpty()) {
                    return false;
                }
                for (Path file : InputFiles.expand(roots.removeFirst(), problems)) {
                    if (seenFiles.add(file.toAbsolutePath().normalize())) {
                        files.addLast(file);
                    }
                }
            }
            reader = open(files.removeFirst());
            return true;
        }

        private void closeReader() {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }

        void close() {
            closeReader();
            roots.clear();
            files.clear();
        }
    }

    /** Describes an {@link ArticleSource}; {@link #build()} checks the description. */
    public static final class Builder {
        private final List<Path> paths = new ArrayList<>();
        private ArticleMetadata defaults = ArticleMetadata.empty();
        private ProblemHandler problems;
        private int maxChars = DEFAULT_MAX_CHARS;
        private int maxSentenceWords = DEFAULT_MAX_SENTENCE_WORDS;
        private boolean acceptNonEnglish;

        private Builder() {
        }

        /** Adds a file or a directory (read recursively); may be called more than once. */
        public Builder path(Path path) {
            paths.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /** Metadata for what a source leaves unknown (e.g. from command-line flags); it overrides nothing. */
        public Builder defaults(ArticleMetadata metadata) {
            this.defaults = metadata == null ? ArticleMetadata.empty() : metadata;
            return this;
        }

        /** Where warnings and errors go; required. */
        public Builder problems(ProblemHandler handler) {
            this.problems = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** The longest article text accepted, in characters; default {@value ArticleSource#DEFAULT_MAX_CHARS}. */
        public Builder maxChars(int limit) {
            this.maxChars = limit;
            return this;
        }

        /**
         * The longest sentence accepted, in words (as {@link LongestSentence} counts them); default
         * {@value ArticleSource#DEFAULT_MAX_SENTENCE_WORDS}.
         */
        public Builder maxSentenceWords(int limit) {
            this.maxSentenceWords = limit;
            return this;
        }

        /**
         * Whether to keep articles that are not English (a stated language other than English, or text that does not
         * look English) with a warning; default false: they are refused with an error, because the extraction rules
         * are for English only.
         */
        public Builder acceptNonEnglish(boolean accept) {
            this.acceptNonEnglish = accept;
            return this;
        }

        /**
         * Checks the description and builds the source.
         *
         * @throws IllegalStateException when no path or no problem handler was given
         * @throws IllegalArgumentException when maxChars is not positive or a default is invalid
         * @throws EntenteException when a path does not exist
         */
        public ArticleSource build() {
            if (paths.isEmpty()) {
                throw new IllegalStateException("no input path given");
            }
            if (problems == null) {
                throw new IllegalStateException("no problem handler given");
            }
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxChars must be positive, not " + maxChars);
            }
            if (maxSentenceWords < 1) {
                throw new IllegalArgumentException("maxSentenceWords must be positive, not " + maxSentenceWords);
            }
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    throw new EntenteException(Location.of(path.toString()), "no such file or directory");
                }
            }
            checkDefaults();
            return new ArticleSource(this);
        }

        private void checkDefaults() {
            LocalDate date = defaults.datePublished();
            LocalDate latest = LocalDate.now().plusDays(1);
            if (date != null && (date.isAfter(latest) || date.getYear() < 1900)) {
                throw new IllegalArgumentException("default datePublished " + date
                        + " is not between 1900-01-01 and " + latest);
            }
            if (defaults.url() != null && !WebUrls.isAbsoluteHttp(defaults.url())) {
                throw new IllegalArgumentException("default url '" + defaults.url()
                        + "' is not an absolute http(s) URL");
            }
        }
    }
}
