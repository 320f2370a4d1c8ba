package org.entente.facts;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.codebook.NounTrigger;
import org.entente.facts.EventArguments.Arg;
import org.entente.facts.PatternMatcher.Match;
import org.entente.link.Actor;
import org.entente.link.ActorKind;

/**
 * Events of every PLOVER type, coded from the codebook: a verb of the CAMEO verb dictionary ("condemned", "urged",
 * "fired artillery shells at") or a noun of the curated noun list ("talks with", "an air strike on") with a source and
 * a target actor. The codebook gives the code; this class only finds the arguments: the source is the verb's subject
 * (or the agent of its passive), the target its object, its passive subject or the actor of a prepositional phrase;
 * for a noun, its possessor or state modifier or the subject of the verb that carries it, and its prepositional phrases.
 * Sentences with a discard phrase of the codebook (sport, entertainment) give no coded event.
 */
final class CodebookRule implements Rule {
    /** Prepositions whose phrase can hold the target of a verb, in order of preference. */
    private static final List<String> TARGET_PREPS = List.of("against", "on", "with", "to", "at", "into", "toward",
            "towards", "from", "upon");
    /**
     * Prepositions that name a target only for some kinds of act, by CAMEO root: appeals and demands are made "on"
     * someone ("called on Y to"), force and coercion fall "on" and are fired "at" someone, withdrawals, cuts and demands are "from"
     * someone ("demanded an explanation from Russia"); elsewhere "on Twitter", "at the airport" and "from Berlin" name
     * a medium, a place or an origin.
     */
    private static final Map<String, Set<String>> PREP_ROOTS = Map.of(
            "on", Set.of("02", "08", "10", "13", "15", "16", "17", "18", "19", "20"),
            "at", Set.of("11", "13", "18", "19", "20"),
            "from", Set.of("02", "08", "10", "16"),
            "into", Set.of("09", "15", "17", "18", "19", "20"));
    private static final List<String> NOUN_TARGET_PREPS = List.of("against", "on", "with", "to", "into", "toward",
            "towards", "at", "upon", "from", "for");
    /** Verbs whose complement is asked of someone, not done: "urged Y to release", "called on Y to withdraw". */
    private static final Set<String> ASKING = Set.of("urge", "ask", "call", "press", "demand", "request", "want",
            "wish", "hope", "try", "seek", "attempt", "encourage", "invite", "appeal", "push", "tell", "warn", "advise",
            "beg", "implore", "persuade", "convince", "force", "compel", "pressure", "order", "instruct", "allow",
            "permit", "expect", "refuse");

    /** Verbs that refuse the act of their complement: "refused to release", "failed to reach agreement". */
    private static final Set<String> REFUSING = Set.of("refuse", "decline", "reject", "fail");
    /** Verbs that bring their subject to someone for a purpose: "summoned Y to complain", "flew to Y to discuss". */
    private static final Set<String> PURPOSE_CARRIERS = Set.of("summon", "call", "phone", "telephone", "send",
            "dispatch", "visit", "meet", "host", "convene", "contact", "travel", "fly", "go", "come", "arrive");

    private static final Set<String> OWN = Set.of("its", "their", "his", "her", "our", "my");
    /** Verbs that end or lift what their object names: "lifted its embargo" is no embargo imposed. */
    private static final Set<String> LIFTING = Set.of("lift", "end", "ease", "remove", "relax", "drop", "scrap",
            "cancel", "suspend", "withdraw", "revoke", "call", "halt", "stop", "accept", "reject", "deny", "condemn",
            "denounce", "criticize", "criticise", "welcome", "praise", "investigate", "probe", "discuss");
    /**
     * Roots whose act is about the act of their infinitive ("agreed to help Y", "refused to meet Y", "threatened to
     * strike Y", "urged X to free Y"), so that act's target is theirs; "claimed to have killed soldiers" is not.
     */
    private static final Set<String> CONTROLLING_ROOTS = Set.of("02", "03", "10", "12", "13");
    /** Roots whose act is about the subject of a clause: "demanded that Iran stop", "alleged that Y lied". */
    private static final Set<String> CLAUSE_ROOTS = Set.of("02", "10", "11", "12");
    /**
     * Roots of material force, whose object is a target only when it is not an act or a stance: "attacked Washington's
     * decision" is criticism, no assault on the United States. Nor is force between two named people an event
     * between political actors: "Harris attacked Biden" in a debate is words (coded as the codebook's verbal.tsv
     * says), and a real assault by one person on another is a crime, which PLOVER codes only where a state acts.
     */
    static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
    /**
     * Roots whose act serves whom its purpose clause names: "offered to send troops to help the Philippine army",
     * "gave funds to support Ukraine".
     */
    private static final Set<String> PURPOSE_ROOTS = Set.of("03", "06", "07");
    /** Codes of mediation, whose targets are the parties it is between. */
    private static final Set<String> MEDIATION = Set.of("045", "039");
    /** Nouns of which an event noun can name the kind: "a mediation effort", "a peace bid". */
    private static final Set<String> EFFORT_HEADS = Set.of("effort", "bid", "attempt", "initiative", "mission",
            "push", "drive", "offer", "proposal", "plan");
    private static final int MAX_SOURCES = 4;
    private static final int MAX_TARGETS = 6;

    private final Codebook codebook;
    private final PatternMatcher matcher;

    CodebookRule(Codebook codebook) {
        this.codebook = codebook;
        this.matcher = new PatternMatcher(codebook);
    }

    @Override
    public List<Fact> apply(SentenceContext s) {
        if (codebook.discards(s.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList())) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        for (IndexedWord w : s.unquotedWords()) {
            if (w.tag().startsWith("VB")) {
                List<Fact> labelled = codebook.labels(SentenceContext.lemma(w)) ? labelEvents(s, w) : List.of();
                out.addAll(labelled);
                if (labelled.isEmpty()) {
                    matcher.match(s, w).ifPresent(m -> out.addAll(verbEvents(s, w, m)));
                }
                if (codebook.reportsObligation(SentenceContext.lemma(w))) {
                    out.addAll(reportedObligations(s, w));
                }
            } else if (w.tag().startsWith("NN")) {
                out.addAll(nounEvents(s, w));
            }
        }
        return out;
    }

    private List<Fact> verbEvents(SentenceContext s, IndexedWord verb, Match m) {
        Optional<CameoCode> code = codebook.code(m.code()).filter(CameoCode::isEvent);
        if (code.isEmpty()) {
            return List.of();
        }
        List<Arg> sources = new ArrayList<>();
        Optional<Arg> target = Optional.empty();
        boolean passive = !s.childrenExact(verb, "nsubj:pass").isEmpty();
        Optional<IndexedWord> carrier = passive ? Optional.empty() : purposeCarrier(s, verb);
        if (passive) {
            s.childrenExact(verb, "obl:agent").forEach(a -> sources.addAll(EventArguments.allOf(s, a)));
            target = first(s, s.childrenExact(verb, "nsubj:pass"), Set.of());
        } else if (carrier.isPresent()) {
            sources.addAll(subjects(s, carrier.get()));
        } else if (prepositionalGerund(s, verb)) {
            sources.addAll(inheritedSources(s, verb));
        } else {
            s.activeSubjects(verb).forEach(n -> sources.addAll(EventArguments.allOf(s, n)));
            if (sources.isEmpty() && s.activeSubjects(verb).isEmpty() && !controlled(s, verb)) {
                sources.addAll(inheritedSources(s, verb));
            }
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        Set<String> sourceIris = sourceSides(s, sources);
        if (MEDIATION.contains(code.get().code()) && !passive) {
            List<Arg> parties = mediatedParties(s, verb, sourceIris);
            if (!parties.isEmpty()) {
                return pairs(s, verb, code.get(), sources, parties, m.reverse(), modality(s, verb, carrier), m.entry());
            }
        }
        if (!passive) {
            target = objectTarget(s, verb, code.get(), sourceIris);
        }
        boolean opinion = !s.childrenExact(verb, "ccomp").isEmpty();  // "all agreed that vaccines work"
        if (target.isEmpty() && sources.size() > 1 && codebook.isReciprocal(SentenceContext.lemma(verb)) && !opinion) {
            return mutualEvents(s, verb, m, code.get(), sources, carrier);
        }
        if (target.isEmpty() && !passive) {
            target = complementTarget(s, verb, code.get(), sourceIris);
        }
        if (target.isEmpty() && carrier.isPresent()) {
            target = first(s, SentenceContext.concat(SentenceContext.concat(s.childrenExact(carrier.get(), "obj"),
                    s.childrenExact(carrier.get(), "iobj")), s.childrenExact(carrier.get(), "obl:to")), sourceIris);
        }
        if (target.isEmpty()) {
            return List.of();
        }
        return events(s, verb, m, code.get(), sources, target.get(), carrier);
    }

    /**
     * The parties a mediation is between, wherever the verb's object names them: "mediated talks between the US and
     * the Taliban", "mediated an end to the conflict between Israel and Egypt", "helped broker a deal establishing
     * relations between Israel and the UAE", "the deal it brokered to normalize relations between Sudan and Israel"
     * (the deal a relative clause modifies is what was brokered), "is mediating between the government and the rebels".
     */
    private static List<Arg> mediatedParties(SentenceContext s, IndexedWord verb, Set<String> not) {
        List<IndexedWord> frontier = SentenceContext.concat(s.childrenExact(verb, "obj"), s.childrenExact(verb, "xcomp"));
        if (s.relationToParent(verb).equals("acl:relcl")) {
            s.parent(verb).ifPresent(frontier::add);
        }
        return partiesUnder(s, frontier, s.childrenExact(verb, "obl:between"), not);
    }

    /**
     * The actors of the first "between" phrase found from the frontier down (at most three steps through objects,
     * complements and "to", "of" and "on" phrases), or of {@code direct} when it holds some, without {@code not}.
     */
    private static List<Arg> partiesUnder(SentenceContext s, List<IndexedWord> start, List<IndexedWord> direct,
            Set<String> not) {
        List<IndexedWord> parties = new ArrayList<>(direct);
        List<IndexedWord> frontier = start;
        for (int depth = 0; depth < 3 && parties.isEmpty() && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord w : frontier) {
                parties.addAll(s.childrenExact(w, "nmod:between"));
                parties.addAll(s.childrenExact(w, "obl:between"));
                for (String rel : List.of("nmod:to", "nmod:of", "nmod:on", "acl", "acl:to", "acl:relcl", "xcomp",
                        "obj")) {
                    next.addAll(s.childrenExact(w, rel));
                }
            }
            frontier = next;
        }
        List<Arg> out = new ArrayList<>();
        for (IndexedWord p : parties) {
            for (Arg a : EventArguments.allOf(s, p)) {
                if (!not.contains(a.actor().iri()) && !EventArguments.holds(out, a.actor())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * A label put on an actor or on what it did, coded by the label's words (the codebook's labels table): "Biden called
     * Trump a clown" (111), "Greece called the agreement between Turkey and Libya null and void" (111, toward both
     * parties), "Ankara described the move as a provocation", "called Germany a reliable partner" (051). The labelled
     * one is the verb's object (the first of two, or the one the parser calls indirect: "designated the IRGC a
     * terrorist organization"), or the subject of its small clause; a label the text negates ("not illegal") codes
     * nothing.
     */
    private List<Fact> labelEvents(SentenceContext s, IndexedWord verb) {
        if (!s.childrenExact(verb, "nsubj:pass").isEmpty()) {
            return List.of();
        }
        List<IndexedWord> objects = new ArrayList<>(s.childrenExact(verb, "obj"));
        List<IndexedWord> predicates = new ArrayList<>(s.childrenExact(verb, "xcomp"));
        predicates.addAll(s.childrenExact(verb, "obl:as"));
        predicates.addAll(s.childrenExact(verb, "advcl:as"));
        if (objects.size() > 1) {
            predicates.add(objects.remove(objects.size() - 1));
        } else if (objects.size() == 1 && !s.childrenExact(verb, "iobj").isEmpty()) {
            predicates.add(objects.remove(0));
            objects.addAll(s.childrenExact(verb, "iobj"));
        }
        for (IndexedWord predicate : predicates) {
            Optional<CameoCode> code = labelOf(s, predicate);
            if (code.isEmpty()) {
                continue;
            }
            List<IndexedWord> labelled = objects.isEmpty() ? s.childrenExact(predicate, "nsubj") : objects;
            List<Arg> sources = subjects(s, verb);
            if (sources.isEmpty() && s.activeSubjects(verb).isEmpty()) {
                sources = inheritedSources(s, verb);
            }
            Set<String> not = sourceSides(s, sources);
            List<Arg> targets = new ArrayList<>();
            labelled.forEach(o -> EventArguments.allOf(s, o).stream().filter(t -> !not.contains(t.actor().iri()))
                    .forEach(targets::add));
            return pairs(s, verb, code.get(), sources, targets, false, EventActors.modality(s, verb),
                    "label:" + SentenceContext.lemma(verb));
        }
        return List.of();
    }

    /** The code of the first judging word of a label, unless the label is negated. */
    private Optional<CameoCode> labelOf(SentenceContext s, IndexedWord predicate) {
        Set<IndexedWord> words = s.subtree(predicate, Set.of("acl", "ccomp", "advcl", "nmod", "obl", "appos",
                "nsubj", "parataxis"));
        if (words.stream().anyMatch(w -> s.negatedItself(w) || SentenceContext.concat(s.children(w, "det"),
                s.children(w, "advmod")).stream().anyMatch(d -> d.word().equalsIgnoreCase("no")))) {
            return Optional.empty();
        }
        for (IndexedWord w : words) {
            Optional<CameoCode> c = codebook.label(w.word().toLowerCase(Locale.ROOT))
                    .or(() -> codebook.label(SentenceContext.lemma(w)));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * The actors a target must not be: the sources and the states they act for ("Erdogan reiterated Turkey's support
     * for the GNA": Turkey's support is Erdogan's own act, and its target is what the support is for).
     */
    private static Set<String> sourceSides(SentenceContext s, List<Arg> sources) {
        Set<String> out = new HashSet<>();
        for (Arg a : sources) {
            out.add(a.actor().iri());
            s.asState(a.actor()).ifPresent(st -> out.add(st.iri()));
        }
        return out;
    }

    /**
     * The verb whose purpose a verb states, when that verb carries its subject to someone: "summoned the ambassador to
     * complain", "called Lavrov to discuss", "sent experts to Iran to investigate". The purpose is the subject's (the
     * parser may read "the ambassador" as the one who complains), and when it names no target of its own, the one
     * summoned, called or visited is its target. Verbs of asking ("urged Y to", "called on Y to") are not carriers.
     */
    private static Optional<IndexedWord> purposeCarrier(SentenceContext s, IndexedWord verb) {
        String rel = s.relationToParent(verb);
        if (!rel.equals("xcomp") && !rel.equals("advcl:to")) {
            return Optional.empty();
        }
        return s.parent(verb).filter(p -> p.tag().startsWith("VB") && PURPOSE_CARRIERS.contains(SentenceContext.lemma(p))
                && s.childrenExact(p, "obl:on").stream().allMatch(o -> s.isTime(o.index()))
                && s.childrenExact(p, "obl:upon").isEmpty()
                && s.childrenExact(p, "compound:prt").stream().noneMatch(
                        t -> Set.of("on", "upon").contains(t.word().toLowerCase(Locale.ROOT)) && !s.isTime(t.index() + 1))
                && !s.activeSubjects(p).isEmpty());
    }

    /**
     * Whether a verb is the open complement of a coded verb that codes the act itself ("agreed to help Y", "threatened
     * to strike Y"): that verb's event is the one, not a second one for its complement.
     */
    private boolean controlled(SentenceContext s, IndexedWord verb) {
        return s.relationToParent(verb).equals("xcomp") && s.parent(verb).filter(p -> p.tag().startsWith("VB"))
                .flatMap(p -> matcher.match(s, p)).flatMap(m -> codebook.code(m.code()))
                .map(c -> CONTROLLING_ROOTS.contains(c.root())).orElse(false);
    }

    /**
     * One event between each pair of the actors a reciprocal verb joins ("Russia and China agreed", "the four
     * ministers met"), the first named as source.
     */
    private List<Fact> mutualEvents(SentenceContext s, IndexedWord verb, Match m, CameoCode code, List<Arg> actors,
            Optional<IndexedWord> carrier) {
        Modality modality = modality(s, verb, carrier);
        List<Arg> some = actors.subList(0, Math.min(MAX_SOURCES, actors.size()));
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < some.size(); i++) {
            for (int j = i + 1; j < some.size(); j++) {
                build(s, verb, code, some.get(i), some.get(j), modality, verb.word(), m.entry()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A verb event's modality; a purpose is as planned, negated or hypothetical as the act that carries it ("will
     * send experts to investigate"), and what is asked of someone is hypothetical.
     */
    private Modality modality(SentenceContext s, IndexedWord verb, Optional<IndexedWord> carrier) {
        Modality modality = EventActors.modality(s, verb);
        if (modality == Modality.ASSERTED && carrier.isPresent()) {
            modality = EventActors.modality(s, carrier.get());
        }
        if (modality == Modality.ASSERTED && carrier.isEmpty() && asked(s, verb)) {
            modality = Modality.HYPOTHETICAL;
        }
        return modality;
    }

    /** One event from each source ("the EU, NATO and Iran condemned ...") to the target. */
    private List<Fact> events(SentenceContext s, IndexedWord verb, Match m, CameoCode code, List<Arg> sources,
            Arg target, Optional<IndexedWord> carrier) {
        Modality modality = modality(s, verb, carrier);
        List<Arg> targets = new ArrayList<>(List.of(target));
        if (target.at() != null) {
            for (Arg more : EventArguments.allOf(s, target.at())) {
                if (!EventArguments.holds(targets, more.actor())) {
                    targets.add(more);
                }
            }
        }
        return pairs(s, verb, code, sources, targets, m.reverse(), modality, m.entry());
    }

    /**
     * One event from each source to each target (the first {@link #MAX_SOURCES} and {@link #MAX_TARGETS}), or from
     * each target to each source for a pattern that reverses its roles.
     */
    private List<Fact> pairs(SentenceContext s, IndexedWord verb, CameoCode code, List<Arg> sources, List<Arg> targets,
            boolean reverse, Modality modality, String entry) {
        List<Fact> out = new ArrayList<>();
        for (Arg source : sources.subList(0, Math.min(MAX_SOURCES, sources.size()))) {
            for (Arg t : targets.subList(0, Math.min(MAX_TARGETS, targets.size()))) {
                Arg from = reverse ? t : source;
                Arg to = reverse ? source : t;
                build(s, verb, code, from, to, modality, verb.word(), entry).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The target of a verb: its object or indirect object; else the actor of one of its prepositional phrases ("fired
     * at", "sanctions on"); else one of its object's ("suspended supplies to Somalia"); else, through a complement
     * clause, that clause's target or subject ("refused to send troops to Angola", "demanded that Iran stop"); else
     * the target of what a "for" phrase asks for ("called for sanctions against China"). The
     * source's own things lead to their target ("lifted its blockade of Y", "withdrew its troops from Y"); an actor
     * among the sources is never the target ("withdrawing some of its troops" is not an act on itself).
     */
    private static Optional<Arg> objectTarget(SentenceContext s, IndexedWord verb, CameoCode code, Set<String> not) {
        List<IndexedWord> objects = SentenceContext.concat(s.childrenExact(verb, "obj"), s.childrenExact(verb, "iobj"));
        List<IndexedWord> heads = new ArrayList<>(objects);
        for (String prep : TARGET_PREPS) {
            if (PREP_ROOTS.getOrDefault(prep, Set.of(code.root())).contains(code.root())) {
                heads.addAll(s.childrenExact(verb, "obl:" + prep));
            }
        }
        if (FORCE_ROOTS.contains(code.root())) {
            heads.removeIf(EventArguments::isActNoun);
        }
        List<IndexedWord> own = objects.stream().filter(h -> ownForces(s, h) || heldStance(s, h)).toList();
        return first(s, heads.stream().filter(h -> !own.contains(h)).toList(), not)
                .or(() -> byPreposition(s, heads, "nmod:", not))
                .or(() -> first(s, own.stream().flatMap(o -> s.childrenExact(o, "nmod:of").stream()).toList(), not))
                .or(() -> byPreposition(s, nestedNouns(s, objects), "nmod:", not))
                .or(() -> byPreposition(s, s.childrenExact(verb, "obl:for"), "nmod:", not))
                .or(() -> misplacedAgent(s, verb, objects, not))
                .or(() -> struckIn(s, verb, code, objects, not))
                .or(() -> PlaceTargets.of(s, verb, code, objects, not));
    }

    /**
     * The owner of an act the verb's object names, in a "by" phrase the parser hung on the active verb: "spurned
     * repeated offers for peace talks by the Kabul government" (the offers are the government's).
     */
    private static Optional<Arg> misplacedAgent(SentenceContext s, IndexedWord verb, List<IndexedWord> objects,
            Set<String> not) {
        if (s.activeSubjects(verb).isEmpty() || objects.stream().noneMatch(EventArguments::isActNoun)) {
            return Optional.empty();
        }
        return first(s, s.childrenExact(verb, "obl:by"), not);
    }

    /**
     * Force against a place named by what it is, not by name, lands in the state the clause puts it in: "attacked an
     * army camp in Mali", "shelled a village near the border in Syria".
     */
    private static Optional<Arg> struckIn(SentenceContext s, IndexedWord verb, CameoCode code,
            List<IndexedWord> objects, Set<String> not) {
        boolean place = objects.stream().anyMatch(o -> Vocabulary.MILITARY_TARGETS.contains(SentenceContext.lemma(o)));
        if (FORCE_ROOTS.contains(code.root()) && place) {
            return first(s, s.childrenExact(verb, "obl:in"), not);
        }
        return Optional.empty();
    }

    /**
     * The nouns one phrase below an object, where an amount or a kind names the act: "provided $5 billion in
     * assistance to Sudan", "sent a shipment of vaccines to Ghana".
     */
    private static List<IndexedWord> nestedNouns(SentenceContext s, List<IndexedWord> objects) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord o : objects) {
            for (String rel : List.of("nmod:in", "nmod:of", "nmod:for")) {
                out.addAll(s.childrenExact(o, rel).stream().filter(n -> n.tag().startsWith("NN")).toList());
            }
        }
        return out;
    }

    /**
     * The source of a verb without a subject of its own: the noun a participle modifies when it names an actor
     * ("troops firing at protesters"), else the subject of the verb that noun or clause depends on ("put out a report
     * accusing the army", "said on Monday, accusing Y of"; a participle the parser leaves loosely attached, "carried out
     * a raid, targeting Y", is an adverbial one); for an open complement, its controller: the object of
     * its verb if it has one ("urged Y to free"), else that verb's subject ("has begun withdrawing").
     */
    private static List<Arg> inheritedSources(SentenceContext s, IndexedWord verb) {
        String rel = s.relationToParent(verb);
        Optional<IndexedWord> parent = s.parent(verb);
        if (parent.isEmpty() || rel.equals("acl:relcl")) {
            return List.of();
        }
        if (rel.startsWith("acl")) {
            Optional<Arg> noun = EventArguments.of(s, parent.get())
                    .filter(n -> !(n.actor().kind() == ActorKind.MEDIA && medium(s, parent.get())));
            if (noun.isPresent()) {
                return List.of(noun.get());
            }
            List<Arg> described = described(s, parent.get());
            if (!described.isEmpty()) {
                return described;
            }
            Optional<IndexedWord> governor = s.parent(parent.get());
            if (governor.isPresent() && governor.get().tag().startsWith("VB")) {
                return subjects(s, governor.get());
            }
        } else if ((rel.startsWith("advcl") || (rel.equals("dep") && verb.tag().equals("VBG")))
                && parent.get().tag().startsWith("VB")) {
            return subjects(s, parent.get());
        } else if (rel.equals("xcomp") && parent.get().tag().startsWith("VB")) {
            List<IndexedWord> objects = s.childrenExact(parent.get(), "obj");
            if (objects.isEmpty()) {
                return subjects(s, parent.get());
            }
            List<Arg> out = new ArrayList<>();
            objects.forEach(o -> out.addAll(EventArguments.allOf(s, o)));
            return out;
        }
        return List.of();
    }

    /**
     * Whether the parser read a preposition and its noun as a participle's marker and subject: in "posted a message on
     * Twitter blaming Iran", "Twitter" is where the message is, and the one who blames is the one who posted it.
     */
    private static boolean prepositionalGerund(SentenceContext s, IndexedWord verb) {
        return verb.tag().equals("VBG") && s.relationToParent(verb).startsWith("acl")
                && s.childrenExact(verb, "mark").stream().anyMatch(m -> Set.of("on", "in", "upon")
                        .contains(m.word().toLowerCase(Locale.ROOT)));
    }

    /** Whether a noun is where something is said: "posted a message on Twitter blaming Iran". */
    private static boolean medium(SentenceContext s, IndexedWord noun) {
        String rel = s.relationToParent(noun);
        return rel.equals("obl:on") || rel.equals("nmod:on") || rel.equals("obl:in") || rel.equals("nmod:in");
    }

    /**
     * What a noun describes: the subject of a copular noun ("the United States is the largest donor, providing ..."),
     * the phrase a noun is in apposition to ("Germany, the second donor, contributing ...").
     */
    private static List<Arg> described(SentenceContext s, IndexedWord noun) {
        List<Arg> out = new ArrayList<>();
        if (!s.childrenExact(noun, "cop").isEmpty()) {
            s.childrenExact(noun, "nsubj").forEach(n -> out.addAll(EventArguments.allOf(s, n)));
        }
        if (out.isEmpty() && s.relationToParent(noun).equals("appos")) {
            s.parent(noun).ifPresent(p -> out.addAll(EventArguments.allOf(s, p)));
        }
        return out;
    }

    private static List<Arg> subjects(SentenceContext s, IndexedWord verb) {
        List<Arg> out = new ArrayList<>();
        s.activeSubjects(verb).forEach(n -> out.addAll(EventArguments.allOf(s, n)));
        return out;
    }

    /**
     * Through a complement clause: its target, or the subject of a clause ("demanded that Iran stop", "found the
     * regime guilty", "reiterated its demand that the US ease sanctions"); the one asked in "called on Peru to
     * withdraw" or "called for NATO members to increase spending", which the parser reads as a clause marked by "on"
     * or "for", before the target of what is asked; for intents, cooperation and aid also
     * through a purpose clause ("sent troops to help the Philippine army"), and for aid the place its purpose is in
     * ("gave 3 million dollars to promote development in Bolivia").
     */
    private static Optional<Arg> complementTarget(SentenceContext s, IndexedWord verb, CameoCode code,
            Set<String> not) {
        List<IndexedWord> clauses = new ArrayList<>();
        if (CONTROLLING_ROOTS.contains(code.root())) {
            clauses.addAll(s.childrenExact(verb, "xcomp"));
            List<IndexedWord> addressed = s.childrenExact(verb, "advcl:to").stream().filter(c -> s.childrenExact(c, "mark").stream()
                    .anyMatch(m -> Set.of("on", "upon", "for").contains(m.word().toLowerCase(Locale.ROOT)))).toList();
            List<IndexedWord> askedOnes = addressed.stream().flatMap(c -> s.childrenExact(c, "nsubj").stream())
                    .toList();
            if (!askedOnes.isEmpty()) {
                return first(s, askedOnes, not);
            }
            clauses.addAll(addressed);
        }
        if (CLAUSE_ROOTS.contains(code.root())) {
            clauses.addAll(s.childrenExact(verb, "ccomp"));
        }
        for (IndexedWord o : s.childrenExact(verb, "obj")) {
            clauses.addAll(s.childrenExact(o, "ccomp"));
            clauses.addAll(s.childrenExact(o, "acl"));
        }
        if (PURPOSE_ROOTS.contains(code.root())) {
            List<IndexedWord> purposes = new ArrayList<>(s.childrenExact(verb, "advcl:to"));
            if (!CONTROLLING_ROOTS.contains(code.root())) {
                purposes.addAll(s.childrenExact(verb, "xcomp"));
            }
            for (IndexedWord c : clauses) {
                purposes.addAll(s.childrenExact(c, "advcl:to"));
                purposes.addAll(s.childrenExact(c, "xcomp"));
            }
            clauses.addAll(purposes);
        }
        for (IndexedWord c : clauses) {
            Optional<Arg> target = c.tag().startsWith("VB") ? objectTarget(s, c, code, not) : Optional.empty();
            if (target.isEmpty()) {
                target = first(s, s.childrenExact(c, "nsubj"), not);
            }
            if (target.isPresent()) {
                return target;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an object names a stance whose possessor holds it: "reiterated Turkey's support for the GNA" is
     * support for the GNA, whoever reiterates it; the possessor is the source's side, not the target.
     */
    private static boolean heldStance(SentenceContext s, IndexedWord object) {
        return Vocabulary.STANCE_NOUNS.contains(SentenceContext.lemma(object))
                && !s.childrenExact(object, "nmod:poss").isEmpty();
    }

    /**
     * Whether an object names the source's own forces or things, not a target: "withdrew its troops from",
     * "offered to send troops to".
     */
    private static boolean ownForces(SentenceContext s, IndexedWord object) {
        boolean ownPossessive = s.childrenExact(object, "nmod:poss").stream()
                .anyMatch(p -> OWN.contains(p.word().toLowerCase(Locale.ROOT)));
        boolean forces = Vocabulary.FORCES.contains(SentenceContext.lemma(object)) || EventActors.ARMED.contains(
                SentenceContext.lemma(object));
        boolean named = s.mentionAt(object).isPresent() || !s.childrenExact(object, "amod").isEmpty()
                || !s.childrenExact(object, "compound").isEmpty();
        return ownPossessive || (forces && !named);
    }

    private List<Fact> nounEvents(SentenceContext s, IndexedWord trigger) {
        String lemma = SentenceContext.lemma(trigger);
        IndexedWord noun = phraseHead(s, trigger);
        if (s.parent(noun).map(p -> LIFTING.contains(SentenceContext.lemma(p))).orElse(false)) {
            return List.of();
        }
        for (NounTrigger t : codebook.nouns(lemma)) {
            if (!t.modifier().isEmpty() && !modified(s, trigger, t)) {
                continue;
            }
            Optional<CameoCode> code = codebook.code(t.code()).filter(CameoCode::isEvent);
            if (code.isEmpty()) {
                continue;
            }
            Optional<Arg> source = nounSource(s, noun);
            if (MEDIATION.contains(code.get().code()) && source.isPresent()) {
                List<Arg> parties = partiesUnder(s, List.of(noun), List.of(), sourceSides(s, List.of(source.get())));
                if (!parties.isEmpty()) {
                    return pairs(s, trigger, code.get(), List.of(source.get()), parties, false,
                            EventActors.nounModality(s, noun), "noun:" + t.noun());
                }
            }
            Optional<Arg> target = byPreposition(s, List.of(noun), "nmod:", Set.of());
            Optional<IndexedWord> carrier = s.parent(noun).filter(v -> v.tag().startsWith("VB")
                    && s.relationToParent(noun).equals("obj"));
            if (target.isEmpty() && carrier.isPresent()) {
                target = byPreposition(s, List.of(carrier.get()), "obl:", Set.of());
            }
            List<IndexedWord> of = s.childrenExact(noun, "nmod:of");
            if (target.isEmpty() && !t.modifier().isEmpty()) {
                target = byPreposition(s, of, "nmod:", Set.of());
            }
            if (target.isEmpty() && source.isPresent()) {
                target = PlaceTargets.of(s, carrier.orElse(noun), code.get(), List.of(noun),
                        sourceSides(s, List.of(source.get())));
            }
            if (!of.isEmpty()) {
                Optional<Arg> ofArg = first(s, of, Set.of());
                if (ofArg.isPresent() && t.of().equals("target") && target.isEmpty()) {
                    target = ofArg;
                } else if (ofArg.isPresent() && t.of().equals("source") && source.isEmpty()) {
                    source = ofArg;
                }
            }
            List<Arg> between = new ArrayList<>();
            s.childrenExact(noun, "nmod:between").forEach(b -> between.addAll(EventArguments.allOf(s, b)));
            if (source.isEmpty() && target.isEmpty() && between.size() >= 2 && !MEDIATION.contains(code.get().code())) {
                source = Optional.of(between.get(0));
                target = Optional.of(between.get(1));
            }
            if (source.isEmpty() || target.isEmpty()) {
                continue;
            }
            Modality modality = EventActors.nounModality(s, noun);
            return build(s, trigger, code.get(), source.get(), target.get(), modality, triggerWords(s, trigger, t),
                    "noun:" + t.noun() + (t.modifier().isEmpty() ? "" : "+modifier")).stream().toList();
        }
        return List.of();
    }

    /**
     * The noun whose phrase an event noun's arguments hang on: the noun itself, or the effort it names the kind of
     * ("launched a mediation effort between India and Pakistan", "a peace bid with Y").
     */
    private static IndexedWord phraseHead(SentenceContext s, IndexedWord noun) {
        return s.relationToParent(noun).equals("compound") ? s.parent(noun).filter(p -> p.tag().startsWith("NN")
                && EFFORT_HEADS.contains(SentenceContext.lemma(p))).orElse(noun) : noun;
    }

    /** The source of an event noun: its possessor, its agent, a state modifying it, or the subject of its verb. */
    private static Optional<Arg> nounSource(SentenceContext s, IndexedWord noun) {
        for (String rel : List.of("nmod:poss", "nmod:by", "nmod:from", "amod", "compound")) {
            Optional<Arg> a = first(s, s.childrenExact(noun, rel), true);
            if (a.isPresent()) {
                return a;
            }
        }
        Optional<IndexedWord> carrier = s.parent(noun);
        if (carrier.isPresent() && carrier.get().tag().startsWith("VB") && s.relationToParent(noun).equals("obj")) {
            return first(s, s.activeSubjects(carrier.get()), Set.of());
        }
        return Optional.empty();
    }

    private static boolean modified(SentenceContext s, IndexedWord noun, NounTrigger t) {
        List<IndexedWord> modifiers = new ArrayList<>(s.children(noun, "amod"));
        modifiers.addAll(s.children(noun, "compound"));
        modifiers.addAll(s.childrenExact(noun, "nmod:of"));
        modifiers.addAll(s.childrenExact(noun, "nmod:in"));
        for (IndexedWord c : modifiers) {
            String word = c.word().toLowerCase(Locale.ROOT);
            if (t.modifier().alternatives().stream().anyMatch(alt -> alt.size() == 1 && alt.get(0).equals(word))) {
                return true;
            }
        }
        return false;
    }

    private static String triggerWords(SentenceContext s, IndexedWord noun, NounTrigger t) {
        if (t.modifier().isEmpty()) {
            return noun.word();
        }
        int first = noun.index();
        for (IndexedWord c : SentenceContext.concat(s.children(noun, "amod"), s.children(noun, "compound"))) {
            first = Math.min(first, c.index());
        }
        return s.span(first, noun.index());
    }

    /**
     * Whether a verb is the complement of an asking verb, or an obligation someone reports ("said Y must withdraw"):
     * what is asked of someone is not done.
     */
    private boolean asked(SentenceContext s, IndexedWord verb) {
        String rel = s.relationToParent(verb);
        boolean complement = rel.startsWith("xcomp") || rel.startsWith("ccomp");
        return complement && s.parent(verb).map(p -> ASKING.contains(SentenceContext.lemma(p))
                || (codebook.reportsObligation(SentenceContext.lemma(p)) && obligation(s, verb).isPresent()))
                .orElse(false);
    }

    /**
     * "Russia says Israel must end its strikes": a reporting verb whose clause obliges an actor other than the speaker
     * is the speaker's demand on that actor (the obligation word's code, CAMEO 10).
     */
    private List<Fact> reportedObligations(SentenceContext s, IndexedWord verb) {
        List<Arg> speakers = new ArrayList<>();
        s.activeSubjects(verb).forEach(n -> speakers.addAll(EventArguments.allOf(s, n)));
        if (speakers.isEmpty()) {
            return List.of();
        }
        Set<String> speakerIris = speakers.stream().map(a -> a.actor().iri()).collect(Collectors.toSet());
        List<Fact> out = new ArrayList<>();
        for (IndexedWord clause : s.childrenExact(verb, "ccomp")) {
            Optional<CameoCode> code = obligation(s, clause).filter(CameoCode::isEvent);
            Optional<Arg> obliged = first(s, s.childrenExact(clause, "nsubj"), speakerIris);
            if (code.isPresent() && obliged.isPresent()) {
                Modality modality = EventActors.modality(s, verb);
                for (Arg speaker : speakers.subList(0, Math.min(MAX_SOURCES, speakers.size()))) {
                    build(s, verb, code.get(), speaker, obliged.get(), modality, verb.word(),
                            "obligation:" + SentenceContext.lemma(verb)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The demand code a clause's obligation word gives ("must", "should", "needs to", "has to"), if it has one. */
    private Optional<CameoCode> obligation(SentenceContext s, IndexedWord clause) {
        for (IndexedWord aux : s.children(clause, "aux")) {
            Optional<CameoCode> c = codebook.obligation(aux.word().toLowerCase(Locale.ROOT));
            if (c.isPresent()) {
                return c;
            }
        }
        if (!s.childrenExact(clause, "xcomp").isEmpty()) {
            return codebook.obligation(SentenceContext.lemma(clause));
        }
        return Optional.empty();
    }

    /**
     * The coded event from one actor to another. Aid to a state's people ("aid to 300,000 people in Nigeria", "to
     * Syrian refugees") is aid to that state, as event data codes a population's state as the recipient.
     */
    private Optional<Fact> build(SentenceContext s, IndexedWord trigger, CameoCode code, Arg from, Arg to,
            Modality modality, String words, String entry) {
        if (from.actor().iri().equals(to.actor().iri()) || interview(code, from.actor(), to.actor())) {
            return Optional.empty();
        }
        if (FORCE_ROOTS.contains(code.root()) && from.actor().kind() == ActorKind.PERSON
                && to.actor().kind() == ActorKind.PERSON) {
            Optional<CameoCode> verbal = codebook.verbalForce(SentenceContext.lemma(trigger));
            if (verbal.isEmpty()) {
                return Optional.empty();
            }
            code = verbal.get();
        }
        if (code.root().equals("07") && to.actor().kind() == ActorKind.SOCIAL_GROUP && to.actor().countryQid() != null) {
            Optional<Actor> state = s.asState(to.actor());
            if (state.isEmpty() || state.get().iri().equals(from.actor().iri())) {
                return Optional.empty();
            }
            to = new Arg(state.get(), to.begin(), to.end(), to.at());
        }
        CameoCode coded = modality == Modality.PLANNED ? codebook.planned(code) : code;
        if (modality == Modality.NEGATED && trigger.tag().startsWith("VB") && refusal(s, trigger)) {
            Optional<CameoCode> refused = codebook.refused(code);
            if (refused.isPresent()) {
                coded = refused.get();
                modality = Modality.ASSERTED;
            }
        }
        Fact fact = new Fact(FactType.CODED_EVENT, s.evidence()).modality(modality)
                .add(Role.SOURCE, from.actor()).add(Role.TARGET, to.actor())
                .span(Role.SOURCE, from.begin(), from.end()).span(Role.TARGET, to.begin(), to.end())
                .coded(coded, words, entry);
        EventActors.date(s, trigger, fact);
        return Optional.of(fact);
    }

    /**
     * Whether a negated act is refused rather than reported as not done: "will not lift", "never accepted", "refused
     * to release", "failed to reach agreement", and the acts these govern ("refused to allow flights"). An act not
     * done yet ("has not yet signed") or denied ("denied meeting him") is no refusal.
     */
    private static boolean refusal(SentenceContext s, IndexedWord verb) {
        if (s.children(verb, "advmod").stream().anyMatch(a -> a.word().equalsIgnoreCase("yet"))) {
            return false;
        }
        if (s.negatedItself(verb)) {
            return true;
        }
        Optional<IndexedWord> parent = s.parent(verb);
        if (parent.isEmpty() || !s.relationToParent(verb).startsWith("xcomp")) {
            return false;
        }
        return REFUSING.contains(SentenceContext.lemma(parent.get())) || refusal(s, parent.get());
    }

    /**
     * Talking to the press or a think tank, or studying at a university, is no consultation between political actors:
     * "spoke with Reuters", "speaking to the Atlantic Council", "attended Howard University".
     */
    private static boolean interview(CameoCode code, Actor a, Actor b) {
        return code.ploverType().equals("CONSULT") && Stream.of(a, b)
                .anyMatch(x -> x.kind() == ActorKind.MEDIA || x.kind() == ActorKind.UNIVERSITY
                        || x.kind() == ActorKind.THINK_TANK);
    }

    /**
     * The first actor of a prepositional phrase of the heads ({@code rel} {@code nmod:} or {@code obl:}), trying the
     * prepositions of {@link #NOUN_TARGET_PREPS} in order, each on every head; a medium is no target ("hailed the
     * report on Twitter").
     */
    private static Optional<Arg> byPreposition(SentenceContext s, List<IndexedWord> heads, String rel,
            Set<String> not) {
        for (String prep : NOUN_TARGET_PREPS) {
            for (IndexedWord h : heads) {
                Optional<Arg> a = first(s, s.childrenExact(h, rel + prep), not)
                        .filter(x -> !prep.equals("on") || x.actor().kind() != ActorKind.MEDIA);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** The first actor of the heads that is not one of {@code not} (actor IRIs). */
    private static Optional<Arg> first(SentenceContext s, List<IndexedWord> heads, Set<String> not) {
        for (IndexedWord h : heads) {
            Optional<Arg> a = EventArguments.of(s, h).filter(x -> !not.contains(x.actor().iri()));
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static Optional<Arg> first(SentenceContext s, List<IndexedWord> heads, boolean demonyms) {
        for (IndexedWord h : heads) {
            Optional<Arg> a = EventArguments.of(s, h);
            if (a.isEmpty() && demonyms) {
                a = s.mentionAt(h).filter(m -> m.actor().kind() == ActorKind.STATE)
                        .map(m -> new Arg(m.actor(), m.begin(), m.end()));
            }
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }
}
