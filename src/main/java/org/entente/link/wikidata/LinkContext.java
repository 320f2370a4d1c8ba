package org.entente.link.wikidata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the text around a name says about it, used to choose among same-named candidates.
 *
 * @param articleDate publication date of the article (office terms are checked against it), or null
 * @param countryQids QIDs of the states mentioned in the sentence or article (compared with P27 and P17)
 * @param officeQids QIDs of offices named near the name (compared with P39)
 * @param officeWords title or role words near the name, e.g. "Foreign Minister", "defence analyst" (compared with
 *     the labels of the candidate's positions and with its description)
 */
public record LinkContext(LocalDate articleDate, Set<String> countryQids, Set<String> officeQids,
        List<String> officeWords) {

    public LinkContext {
        countryQids = qids(countryQids, "country");
        officeQids = qids(officeQids, "office");
        officeWords = officeWords == null ? List.of() : List.copyOf(officeWords);
    }

    /** A context that knows only the article date (which may be null). */
    public static LinkContext of(LocalDate articleDate) {
        return new LinkContext(articleDate, Set.of(), Set.of(), List.of());
    }

    public LinkContext withCountries(Collection<String> qids) {
        return new LinkContext(articleDate, union(countryQids, qids), officeQids, officeWords);
    }

    public LinkContext withOffices(Collection<String> qids) {
        return new LinkContext(articleDate, countryQids, union(officeQids, qids), officeWords);
    }

    public LinkContext withOfficeWords(Collection<String> words) {
        List<String> all = new ArrayList<>(officeWords);
        all.addAll(words);
        return new LinkContext(articleDate, countryQids, officeQids, all);
    }

    private static Set<String> union(Set<String> a, Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> qids(Set<String> values, String what) {
        if (values == null) {
            return Set.of();
        }
        for (String q : values) {
            if (q == null || !q.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException(what + " QID expected in the link context, got: " + q);
            }
        }
        return Set.copyOf(values);
    }
}
