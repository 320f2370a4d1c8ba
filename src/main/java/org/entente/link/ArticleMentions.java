package org.entente.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** All actor mentions of one article, in text order, with lookups by sentence and token. */
public final class ArticleMentions {
    private final List<Mention> mentions;
    private final QuoteSpans quotes;

    ArticleMentions(List<Mention> mentions, QuoteSpans quotes) {
        this.mentions = List.copyOf(mentions);
        this.quotes = quotes;
    }

    public List<Mention> all() {
        return mentions;
    }

    public QuoteSpans quotes() {
        return quotes;
    }

    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The mention covering a token, if any. */
    public Optional<Mention> at(int sentence, int token) {
        return mentions.stream().filter(m -> m.sentence() == sentence && m.covers(token)).findFirst();
    }

    /** Mentions before a position (sentence, token), nearest first. */
    public List<Mention> before(int sentence, int token) {
        List<Mention> result = new ArrayList<>(mentions.stream()
                .filter(m -> m.sentence() < sentence || (m.sentence() == sentence && m.tokenEnd() <= token)).toList());
        Collections.reverse(result);
        return result;
    }

    /** The same mentions with each actor replaced by {@code f} (e.g. by the same actor linked to Wikidata). */
    public ArticleMentions mapActors(UnaryOperator<Actor> f) {
        List<Mention> mapped = mentions.stream().map(m -> new Mention(m.sentence(), m.tokenBegin(), m.tokenEnd(),
                m.begin(), m.end(), m.text(), f.apply(m.actor()), m.kind(), m.inQuote())).toList();
        return new ArticleMentions(mapped, quotes);
    }

}
