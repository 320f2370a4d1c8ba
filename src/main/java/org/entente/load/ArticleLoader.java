package org.entente.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;
import org.entente.facts.ArticleFacts;
import org.entente.facts.FactExtractor;
import org.entente.identity.EventIdentity;
import org.entente.ingest.Article;
import org.entente.link.ActorRegistry;
import org.entente.link.wikidata.WikidataLinker;
import org.entente.nlp.NlpPipeline;
import org.entente.nlp.Stages;
import org.entente.rdf.ArticleGraphWriter;
import org.entente.rdf.QuadCollector;
import org.entente.store.EntenteStore;
import org.entente.validate.ShaclCheck;

/**
 * Article in, checked graph out: extraction, RDF, SHACL, and (when a store is given) one transaction that replaces the
 * article's graph and, with {@link Builder#updateEvents(boolean)}, updates the events graph from its facts
 * ({@link EventIdentity#replaceArticles}). {@link BatchLoader} runs the same steps for many articles on several
 * threads and commits several articles per transaction. An article that fails any step (including a stack overflow in
 * the NLP) is reported with its source and left out; the others go on. An article that takes more than two minutes is
 * reported with a warning.
 *
 * <pre>
 * ArticleLoader loader = ArticleLoader.create().store(store).updateEvents(true).problems(problems).build();
 * source.forEach(loader::load);
 * System.out.println(loader.summary());
 * </pre>
 */
public final class ArticleLoader {
    /** An article that takes longer than this is reported with a warning (it was still processed). */
    static final long SLOW_ARTICLE_MILLIS = 120_000;
    /** The stage that writes an article's facts as quads. */
    public static final String RDF = "RDF writing";
    /** The stage that checks an article's quads against the bundled shapes. */
    public static final String SHACL = "SHACL";

    private final FactExtractor extractor;
    private final ActorRegistry registry;
    private final EntenteStore store;
    private final boolean updateEvents;
    private final StreamRDF sink;
    private final ProblemHandler problems;
    private final Stages stages;
    private final LoadSummary summary = new LoadSummary();

    private ArticleLoader(Builder b) {
        this.registry = b.registry;
        this.extractor = FactExtractor.create().registry(b.registry).wikidata(b.wikidata).nlp(b.nlp).build();
        this.store = b.store;
        this.updateEvents = b.updateEvents;
        this.sink = b.sink;
        this.problems = b.problems;
        this.stages = b.stages;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Extracts, validates and stores one article; returns its facts, or null when it was rejected. */
    public ArticleFacts load(Article article) {
        PreparedArticle prepared = prepare(article);
        commit(List.of(prepared));
        return prepared.accepted() ? prepared.facts() : null;
    }

    /**
     * Extraction, RDF and SHACL for one article, without touching the store, the sink or the summary. Safe to call
     * from several threads at once. A rejected article is reported here and comes back with {@code accepted()} false.
     */
    PreparedArticle prepare(Article article) {
        Location where = Location.of(article.source());
        long started = System.nanoTime();
        try {
            ArticleFacts facts = extractor.extract(article, problems, stages);
            List<Quad> quads = stages.run(RDF, () -> {
                QuadCollector collector = new QuadCollector();
                new ArticleGraphWriter(collector, registry).write(facts);
                return collector.quads();
            });
            ValidationReport report = stages.run(SHACL, () -> validate(quads));
            if (!report.conforms()) {
                ReportEntry first = report.getEntries().iterator().next();
                problems.error(where, "extracted graph fails SHACL (" + report.getEntries().size() + " violations), first: "
                        + first.focusNode() + " " + first.message());
                return PreparedArticle.rejected(article);
            }
            return PreparedArticle.accepted(article, ArticleGraphWriter.graphOf(article), facts, quads);
        } catch (RuntimeException e) {
            problems.error(where, "extraction failed: " + e);
            return PreparedArticle.rejected(article);
        } catch (StackOverflowError e) {
            problems.error(where, "extraction failed: stack overflow (text too deeply nested or repetitive for the "
                    + "NLP); article skipped");
            return PreparedArticle.rejected(article);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > SLOW_ARTICLE_MILLIS) {
                problems.warning(where, "took " + millis / 1000 + " s to process (" + article.text().length()
                        + " characters); shorter articles keep a batch moving");
            }
        }
    }

    /**
     * Stores prepared articles, in order: the accepted ones in one store transaction (all or nothing), then to the sink,
     * and counts every article in the summary. When the batch transaction fails, each article is retried in its own
     * transaction so that one article the store refuses is reported and the others still land. Call from one thread.
     */
    void commit(List<PreparedArticle> batch) {
        List<PreparedArticle> accepted = batch.stream().filter(PreparedArticle::accepted).toList();
        Set<PreparedArticle> stored = new HashSet<>(accepted);
        if (store != null && !accepted.isEmpty()) {
            stored = storeAll(accepted);
        }
        for (PreparedArticle p : batch) {
            if (!p.accepted() || !stored.contains(p)) {
                summary.failed();
            } else {
                if (sink != null) {
                    p.quads().forEach(sink::quad);
                }
                summary.loaded(p.facts(), p.quads().size());
            }
        }
    }

    private Set<PreparedArticle> storeAll(List<PreparedArticle> accepted) {
        if (accepted.size() > 1) {
            Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
            accepted.forEach(p -> graphs.put(p.graph(), p.quads()));
            try {
                replace(graphs);
                return new HashSet<>(accepted);
            } catch (RuntimeException e) {
                // Fall through: one transaction per article finds the article the store refuses.
            }
        }
        Set<PreparedArticle> stored = new HashSet<>();
        for (PreparedArticle p : accepted) {
            try {
                replace(Map.of(p.graph(), p.quads()));
                stored.add(p);
            } catch (RuntimeException e) {
                problems.error(Location.of(p.article().source()), "storing failed: " + e);
            }
        }
        return stored;
    }

    /** One store transaction: the articles' graphs, and the events graph when it is kept current. */
    private void replace(Map<Node, List<Quad>> graphs) {
        if (updateEvents) {
            summary.events(EventIdentity.replaceArticles(store, graphs));
        } else {
            store.replaceArticles(graphs);
        }
    }

    private static ValidationReport validate(List<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        quads.forEach(dsg::add);
        return ShaclCheck.bundled().validate(dsg.getUnionGraph());
    }

    /** Counts of every article committed through this loader so far. */
    public LoadSummary summary() {
        return summary;
    }

    /** Builds an {@link ArticleLoader}; at least a store or a sink is required. */
    public static final class Builder {
        private ActorRegistry registry = null;
        private EntenteStore store;
        private boolean updateEvents;
        private StreamRDF sink;
        private ProblemHandler problems;
        private WikidataLinker wikidata;
        private Stages stages = Stages.NONE;
        private NlpPipeline nlp;

        /** The NLP pipeline (default: {@link NlpPipeline#shared()}). */
        public Builder nlp(NlpPipeline value) {
            this.nlp = value;
            return this;
        }

        /**
         * Runs every article's steps as stages of this (the annotators, those of {@link FactExtractor},
         * {@value #RDF} and {@value #SHACL}), so that a profiler can time them (default {@link Stages#NONE}). The
         * stages of an article run on the thread that prepares it.
         */
        public Builder stages(Stages value) {
            this.stages = value;
            return this;
        }

        /** Link actors the registry lacks through a Wikidata SPARQL endpoint (off when null, the default). */
        public Builder wikidata(WikidataLinker value) {
            this.wikidata = value;
            return this;
        }

        public Builder registry(ActorRegistry value) {
            this.registry = value;
            return this;
        }

        public Builder store(EntenteStore value) {
            this.store = value;
            return this;
        }

        /**
         * Also update the events graph, in each store transaction, from the articles' facts and the events they affect
         * (default off: the store then marks the events graph not current, and the next load or
         * {@code entente reconcile} recomputes it).
         */
        public Builder updateEvents(boolean value) {
            this.updateEvents = value;
            return this;
        }

        /** Also (or instead) stream every accepted article's quads here, e.g. to a TriG writer. */
        public Builder sink(StreamRDF value) {
            this.sink = value;
            return this;
        }

        public Builder problems(ProblemHandler value) {
            this.problems = value;
            return this;
        }

        public ArticleLoader build() {
            if (store == null && sink == null) {
                throw new IllegalStateException("ArticleLoader needs a store or a sink");
            }
            if (problems == null) {
                throw new IllegalStateException("ArticleLoader needs a ProblemHandler");
            }
            if (stages == null) {
                throw new IllegalStateException("ArticleLoader needs stages (Stages.NONE to measure nothing)");
            }
            if (registry == null) {
                registry = ActorRegistry.bundled();
            }
            return new ArticleLoader(this);
        }
    }
}
