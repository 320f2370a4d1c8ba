package org.entente.facts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.link.ArticleMentions;

/**
 * Which sentences can hold a fact, decided before the dependency parse (the most expensive step) from what the tagger
 * and the linker already know. Every fact has an actor, and the rules find actors only (a) in a mention of the linker,
 * (b) in a person CoreNLP tags but the registry lacks, (c) in a word that refers back to an actor named before: a
 * personal pronoun or "his" ("he said", "his country"), "the country" and its kin, "the two sides", or (d) in a noun that names an actor by what it is: a phrase of the codebook's agents table
 * ("protesters", "opposition parties", "riot police") or a legislature ("parliament"). A sentence with none of these
 * yields no fact, so it is not parsed and no rule reads it. Eval output and the extraction of every Wikinews article
 * are the same as when every sentence is parsed.
 *
 * <pre>
 * ArticleMentions mentions = new MentionFinder(registry).find(doc, published);
 * nlp.parse(doc, i -&gt; SentenceTriage.mayHoldFact(doc.sentences().get(i), i, mentions), Stages.NONE);
 * </pre>
 */
public final class SentenceTriage {
    /** The possessive the rules resolve to the person named before ("his country"). */
    private static final String POSSESSIVE = "his";
    private static final Set<String> REFERRING = referringWords();

    private SentenceTriage() {
    }

    /** Whether sentence {@code index} names or refers to an actor, so that a rule may find a fact in it. */
    public static boolean mayHoldFact(CoreSentence sentence, int index, ArticleMentions mentions) {
        if (!mentions.inSentence(index).isEmpty()) {
            return true;
        }
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if ("PERSON".equals(token.ner())) {
                return true;
            }
            if (REFERRING.contains(token.word().toLowerCase(Locale.ROOT)) || REFERRING.contains(lemma(token))) {
                return true;
            }
            if (token.tag() != null && token.tag().startsWith("NN") && (VoteRule.BODY_NOUNS.contains(lemma(token))
                    || GenericAgents.agentEndingAt(tokens, i + 1).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(CoreLabel token) {
        return (token.lemma() != null ? token.lemma() : token.word()).toLowerCase(Locale.ROOT);
    }

    private static Set<String> referringWords() {
        Set<String> words = new HashSet<>(EventArguments.PERSON_PRONOUNS);
        words.addAll(EventArguments.BODY_PRONOUNS);
        words.addAll(StatementRule.PRONOUNS);
        words.add(POSSESSIVE);
        words.addAll(EventArguments.STATE_ANAPHORS);
        words.add(EventArguments.PAIR_NOUN);
        return Set.copyOf(words);
    }
}
