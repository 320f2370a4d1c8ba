package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.Mention;

/**
 * States joining or leaving an organization: "Montenegro joined NATO", "Croatia became a member of the EU", "South
 * Sudan was admitted to the United Nations", "the United States withdrew from the World Health Organization", "Britain
 * left the EU", and the nouns "Finland's accession to NATO", "Britain's exit from the EU". The member must be a
 * state (a person joining a party holds an office, which {@link OfficeRule} reads) and the organization a named
 * organization ("joined the talks" is no membership).
 */
final class MembershipRule implements Rule {
    private static final Set<String> JOINING = Set.of("join", "accede", "admit", "enter");
    private static final Set<String> LEAVING = Set.of("leave", "quit", "exit", "withdraw");
    private static final Set<String> MEMBER_NOUNS = Set.of("member", "memberstate");
    /** Obliques that say what is left or whose member one is: "withdrew from", "member of". */
    private static final Pattern LEAVING_OR_OWNING = Pattern.compile("obl:(from|of|out_of|for)");
    private static final Set<String> ACCESSION_NOUNS = Set.of("accession", "admission", "entry");
    private static final Set<String> EXIT_NOUNS = Set.of("exit", "withdrawal", "departure");

    @Override
    public List<Fact> apply(SentenceContext s) {
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            String lemma = SentenceContext.lemma(w);
            if (w.tag().startsWith("VB") && JOINING.contains(lemma)) {
                joining(s, w, lemma).forEach(out::add);
            } else if (w.tag().startsWith("VB") && LEAVING.contains(lemma)) {
                leaving(s, w, lemma).forEach(out::add);
            } else if (w.tag().startsWith("VB") && lemma.equals("become")) {
                becoming(s, w).forEach(out::add);
            } else if (w.tag().startsWith("NN") && (ACCESSION_NOUNS.contains(lemma) || EXIT_NOUNS.contains(lemma))) {
                noun(s, w, ACCESSION_NOUNS.contains(lemma) ? FactType.ACCESSION : FactType.EXIT).forEach(out::add);
            }
        }
        return out;
    }

    /** "X joined Y", "X acceded to Y", "X was admitted to Y", "X entered Y". */
    private List<Fact> joining(SentenceContext s, IndexedWord verb, String lemma) {
        List<IndexedWord> orgs = switch (lemma) {
            case "join", "enter" -> s.children(verb, "obj");
            case "accede" -> s.childrenExact(verb, "obl:to");
            default -> SentenceContext.concat(s.childrenExact(verb, "obl:to"), s.childrenExact(verb, "obl:into"));
        };
        List<IndexedWord> members = lemma.equals("admit") ? s.childrenExact(verb, "nsubj:pass") : s.activeSubjects(verb);
        return build(s, verb, FactType.ACCESSION, members, orgs, EventActors.modality(s, verb));
    }

    /**
     * "X left Y", "X quit Y", "X withdrew from Y", "X pulled out of Y"; and "X must leave by October", which names
     * no organization: a partial exit that {@link #withPartialExitsFolded} joins to the article's one exit of X.
     */
    private List<Fact> leaving(SentenceContext s, IndexedWord verb, String lemma) {
        List<IndexedWord> orgs = lemma.equals("withdraw")
                ? SentenceContext.concat(s.childrenExact(verb, "obl:from"), s.childrenExact(verb, "obl:out_of"))
                : s.children(verb, "obj");
        if (orgs.isEmpty() && !lemma.equals("withdraw") && s.children(verb, "obl").stream()
                .noneMatch(o -> LEAVING_OR_OWNING.matcher(s.relationToParent(o)).matches())) {
            Optional<Actor> member = EventActors.actingState(s, s.activeSubjects(verb));
            if (member.isPresent()) {
                Fact partial = new Fact(FactType.EXIT, s.evidence()).add(Role.MEMBER, member.get())
                        .modality(EventActors.modality(s, verb));
                EventActors.date(s, verb, partial);
                return List.of(partial);
            }
        }
        return build(s, verb, FactType.EXIT, s.activeSubjects(verb), orgs, EventActors.modality(s, verb));
    }

    /**
     * Folds each exit that names no organization ("Britain must leave by that date") into the article's only exit of
     * the same member with the same modality, as one more sentence stating it; drops it when there is none or more
     * than one, since the organization cannot then be known.
     */
    static List<Fact> withPartialExitsFolded(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        List<Fact> partial = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() == FactType.EXIT && f.all(Role.MEMBER_ORGANIZATION).isEmpty()) {
                partial.add(f);
            } else {
                out.add(f);
            }
        }
        for (Fact p : partial) {
            String member = p.one(Role.MEMBER).orElseThrow().iri();
            List<Fact> candidates = out.stream().filter(f -> f.type() == FactType.EXIT && f.modality() == p.modality()
                    && f.one(Role.MEMBER).map(Actor::iri).orElse("").equals(member)).toList();
            if (candidates.size() == 1) {
                p.evidence().stream().filter(e -> !candidates.get(0).evidence().contains(e))
                        .forEach(candidates.get(0).evidence()::add);
            }
        }
        return out;
    }

    /** "X became a member of Y", "X became a full member state of Y". */
    private List<Fact> becoming(SentenceContext s, IndexedWord verb) {
        for (IndexedWord member : SentenceContext.concat(s.children(verb, "xcomp"), s.children(verb, "obj"))) {
            if (MEMBER_NOUNS.contains(SentenceContext.lemma(member)) || (SentenceContext.lemma(member).equals("state")
                    && s.children(member, "compound").stream().anyMatch(c -> SentenceContext.lemma(c).equals("member")))) {
                return build(s, verb, FactType.ACCESSION, s.activeSubjects(verb), s.childrenExact(member, "nmod:of"),
                        EventActors.modality(s, verb));
            }
        }
        return List.of();
    }

    /** "Finland's accession to NATO", "the accession of Croatia to the EU", "Britain's exit from the EU", "the British exit". */
    private List<Fact> noun(SentenceContext s, IndexedWord noun, FactType type) {
        List<IndexedWord> orgs = type == FactType.ACCESSION
                ? SentenceContext.concat(s.childrenExact(noun, "nmod:to"), s.childrenExact(noun, "nmod:into"))
                : s.childrenExact(noun, "nmod:from");
        if (type == FactType.EXIT && s.children(noun, "nmod:of").stream()
                .anyMatch(c -> Vocabulary.FORCES.contains(SentenceContext.lemma(c)))) {
            return List.of();
        }
        List<IndexedWord> members = SentenceContext.concat(s.children(noun, "nmod:poss"), s.childrenExact(noun, "nmod:of"));
        List<Fact> named = build(s, noun, type, members, orgs, EventActors.nounModality(s, noun));
        if (!named.isEmpty()) {
            return named;
        }
        Optional<Actor> modifier = EventActors.modifierState(s,
                SentenceContext.concat(s.children(noun, "amod"), s.children(noun, "compound")));
        Optional<Actor> organization = organization(s, orgs);
        if (modifier.isEmpty() || organization.isEmpty()) {
            return List.of();
        }
        Fact fact = new Fact(type, s.evidence()).add(Role.MEMBER, modifier.get())
                .add(Role.MEMBER_ORGANIZATION, organization.get()).modality(EventActors.nounModality(s, noun));
        EventActors.date(s, noun, fact);
        return List.of(fact);
    }

    private static List<Fact> build(SentenceContext s, IndexedWord trigger, FactType type, List<IndexedWord> members,
            List<IndexedWord> orgs, Modality modality) {
        Optional<Actor> organization = organization(s, orgs);
        if (organization.isEmpty()) {
            return List.of();
        }
        List<Actor> states = new ArrayList<>();
        for (IndexedWord m : members) {
            EventActors.actingState(s, m).ifPresent(states::add);
            for (IndexedWord conj : s.children(m, "conj")) {
                EventActors.actingState(s, conj).ifPresent(states::add);
            }
        }
        if (states.isEmpty()) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        for (Actor state : states) {
            if (out.stream().noneMatch(f -> f.one(Role.MEMBER).orElseThrow().iri().equals(state.iri()))) {
                Fact fact = new Fact(type, s.evidence()).add(Role.MEMBER, state)
                        .add(Role.MEMBER_ORGANIZATION, organization.get()).modality(modality);
                EventActors.date(s, trigger, fact);
                out.add(fact);
            }
        }
        return out;
    }

    /** A named organization of which states are members: an intergovernmental body, or an organization NER names. */
    private static Optional<Actor> organization(SentenceContext s, List<IndexedWord> words) {
        for (IndexedWord w : words) {
            Optional<Mention> m = s.mentionAt(w);
            if (m.isPresent() && (m.get().actor().kind() == ActorKind.INTERGOVERNMENTAL_ORGANIZATION
                    || m.get().actor().kind() == ActorKind.ORGANIZATION)) {
                return Optional.of(m.get().actor());
            }
        }
        return Optional.empty();
    }
}
