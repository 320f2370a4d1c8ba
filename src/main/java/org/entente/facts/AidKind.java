package org.entente.facts;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.entente.vocab.ENT;

/** Kinds of aid, recognised from the words that name what is given. */
public enum AidKind {
    HUMANITARIAN(ENT.HUMANITARIAN_AID, "humanitarian"),
    FINANCIAL(ENT.FINANCIAL_AID, "financial"),
    MILITARY(ENT.MILITARY_AID, "military"),
    ECONOMIC(ENT.ECONOMIC_AID, "economic");

    private final Resource individual;
    private final String adjective;

    AidKind(Resource individual, String adjective) {
        this.individual = individual;
        this.adjective = adjective;
    }

    public Resource individual() {
        return individual;
    }

    /**
     * The kind of aid an aid phrase names: by its adjective ("humanitarian aid", "financial assistance") or by a noun
     * that is itself a kind of aid ("weapons", "loans").
     */
    public static Optional<AidKind> of(String modifier, String noun) {
        String m = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        for (AidKind k : values()) {
            if (m.equals(k.adjective)) {
                return Optional.of(k);
            }
        }
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.matches("weapons?|arms|ammunition|munitions|missiles?|tanks|artillery|shells|drones")) {
            return Optional.of(MILITARY);
        }
        if (n.matches("loans?|funds?|funding|money|grants?|cash")) {
            return Optional.of(FINANCIAL);
        }
        if (n.matches("food|medicine|medicines|relief|vaccines|supplies")) {
            return Optional.of(HUMANITARIAN);
        }
        return Optional.empty();
    }
}
