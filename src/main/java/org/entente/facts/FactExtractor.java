package org.entente.facts;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.codebook.Codebook;
import org.entente.error.ProblemCollector;
import org.entente.error.ProblemHandler;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorRegistry;
import org.entente.link.ArticleMentions;
import org.entente.link.MentionFinder;
import org.entente.link.wikidata.WikidataLinker;
import org.entente.nlp.NlpPipeline;
import org.entente.nlp.Stages;

/**
 * From article to facts: CoreNLP annotation, actor linking against the registry, the extraction rules, and merging of
 * repeated mentions of the same fact. Thread-safe; the NLP pipeline is shared.
 *
 * <pre>
 * FactExtractor extractor = FactExtractor.create().registry(ActorRegistry.bundled()).build();
 * ArticleFacts facts = extractor.extract(article);
 * facts.ofType(FactType.DEPLOYMENT).forEach(...);
 * </pre>
 */
public final class FactExtractor {
    /** The stage that finds the actors an article mentions (registry, and Wikidata when on). */
    public static final String LINKING = "linking";
    /** The stage of the fact rules other than the codebook's, with the sentence contexts they read. */
    public static final String RULES = "fact rules";
    /** The stage of the codebook rule (CAMEO verb and noun patterns). */
    public static final String CODEBOOK = "codebook rule";
    /** The stage that merges repeated facts, applies the filters and collects the actors. */
    public static final String MERGING = "merging and filters";

    private final ActorRegistry registry;
    private final NlpPipeline nlp;
    private final WikidataLinking wikidata;
    private final Codebook codebook;

    private FactExtractor(ActorRegistry registry, NlpPipeline nlp, WikidataLinker linker, Codebook codebook) {
        this.registry = registry;
        this.codebook = codebook;
        this.nlp = nlp;
        this.wikidata = linker == null ? null : new WikidataLinking(linker);
    }

    public static Builder create() {
        return new Builder();
    }

    public ArticleFacts extract(Article article) {
        return extract(article, new ProblemCollector());
    }

    /** Extracts, reporting linking warnings (an endpoint that is slow or down) to {@code problems}. */
    public ArticleFacts extract(Article article, ProblemHandler problems) {
        return extract(article, problems, Stages.NONE);
    }

    /**
     * Extracts as {@link #extract(Article, ProblemHandler)}, running each step as a stage of {@code stages} (the
     * annotators, {@value #LINKING}, {@value #RULES}, {@value #CODEBOOK}, {@value #MERGING}) so that a profiler can
     * time them; the facts are the same.
     */
    public ArticleFacts extract(Article article, ProblemHandler problems, Stages stages) {
        CoreDocument doc = nlp.tag(article, stages);
        WikidataLinking.Outcome linked = stages.run(LINKING, () -> link(article, doc, problems));
        nlp.parse(doc, i -> SentenceTriage.mayHoldFact(doc.sentences().get(i), i, linked.mentions()), stages);
        List<Rule> rules = List.of(new DeploymentRule(), new EngagementRule(), new TreatyRule(), new AidRule(),
                new MeetingRule(), new SanctionRule(), new VoteRule(), new MembershipRule(), new ExpulsionRule(),
                new WithdrawalRule(), new StrikeRule(),
                new StatementRule(), new OfficeRule(), new CodebookRule(codebook));
        List<Fact> raw = new ArrayList<>();
        Discourse discourse = new Discourse();
        for (int i = 0; i < doc.sentences().size(); i++) {
            if (doc.sentences().get(i).dependencyParse() == null) {
                continue;
            }
            int index = i;
            SentenceContext sentence = stages.run(RULES, () -> new SentenceContext(index, doc.sentences().get(index),
                    linked.mentions(), registry, doc.text(), article.datePublished(), discourse));
            boolean question = sentence.isQuestion();
            List<Fact> ofSentence = new ArrayList<>();
            for (Rule rule : rules) {
                String stage = rule instanceof CodebookRule ? CODEBOOK : RULES;
                List<Fact> found = stages.run(stage, () -> rule.apply(sentence));
                for (Fact fact : found) {
                    if (question && fact.type() != FactType.STATEMENT && fact.type() != FactType.OFFICE_HOLDING
                            && fact.modality() == Modality.ASSERTED) {
                        fact.modality(Modality.HYPOTHETICAL);
                    }
                    ofSentence.add(fact);
                }
            }
            stages.run(RULES, () -> discourse.record(sentence, ofSentence));
            raw.addAll(ofSentence);
        }
        return stages.run(MERGING, () -> {
            List<Fact> merged = StrikeRule.withoutRestatedEngagements(new FactMerger().merge(raw));
            List<Fact> facts = new ArrayList<>(CodedEventFilter.withoutRestatements(
                    MembershipRule.withPartialExitsFolded(merged), registry, article.datePublished()));
            facts.sort(Comparator.comparing(Fact::type).thenComparingInt(Fact::anchor));
            return new ArticleFacts(article, actorsOf(new ActingMentions(doc).filter(linked.mentions()), facts), facts,
                    linked.results());
        });
    }

    /** The article's actor mentions, from the registry and (when on) Wikidata, with Wikidata's answers. */
    private WikidataLinking.Outcome link(Article article, CoreDocument doc, ProblemHandler problems) {
        ArticleMentions mentions = new MentionFinder(registry).find(doc, article.datePublished());
        if (wikidata == null) {
            return new WikidataLinking.Outcome(mentions, List.of());
        }
        return wikidata.link(article, mentions, problems);
    }

    /** Actors the article mentions as acting, plus every actor a fact points to (places, offices, roles), once each. */
    private static List<Actor> actorsOf(List<Actor> acting, List<Fact> facts) {
        Map<String, Actor> byIri = new LinkedHashMap<>();
        acting.forEach(a -> byIri.putIfAbsent(a.iri(), a));
        for (Fact f : facts) {
            f.roles().values().forEach(list -> list.forEach(a -> byIri.putIfAbsent(a.iri(), a)));
        }
        return List.copyOf(byIri.values());
    }

    /** Builds a {@link FactExtractor}; the registry defaults to the bundled one. */
    public static final class Builder {
        private ActorRegistry registry;
        private WikidataLinker wikidata;
        private Codebook codebook;
        private NlpPipeline nlp;

        /** The NLP pipeline (default: {@link NlpPipeline#shared()}). */
        public Builder nlp(NlpPipeline value) {
            this.nlp = value;
            return this;
        }

        /** The event codebook (default: the bundled one, see {@link Codebook#bundled()}). */
        public Builder codebook(Codebook value) {
            this.codebook = value;
            return this;
        }

        public Builder registry(ActorRegistry value) {
            this.registry = value;
            return this;
        }

        /** Also link actors the registry lacks through a Wikidata SPARQL endpoint (off by default). */
        public Builder wikidata(WikidataLinker value) {
            this.wikidata = value;
            return this;
        }

        public FactExtractor build() {
            return new FactExtractor(registry != null ? registry : ActorRegistry.bundled(),
                    nlp != null ? nlp : NlpPipeline.shared(), wikidata, codebook != null ? codebook : Codebook.bundled());
        }
    }
}
