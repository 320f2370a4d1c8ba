package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.entente.facts.Fact;
import org.entente.facts.FactExtractor;
import org.entente.facts.FactType;
import org.entente.facts.Interaction;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events of every PLOVER type coded from the codebook, on sentences written for this test in the shapes of wire news
 * (none is from a corpus, the gold or the PLOVER dev set): the type and code, who acts on whom, the modality as event
 * coders read it, and the readings that must give nothing (sport, interviews, a dismissal, an unnamed minister).
 */
class CodedEventsTest {
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = FactExtractor.create().build();
    }

    /** A test article of the text, published on 2005-06-01. */
    private static Article article(String text) {
        return article(text, LocalDate.of(2005, 6, 1));
    }

    private static Article article(String text, LocalDate published) {
        return new Article("coded-test", "coded.txt", "Test", published, null, null, null, "en", null, null, text, 0,
                text.length());
    }

    /** The interactions a text states: "TYPE code source>target modality", ends as the states they act for. */
    private static List<String> events(String text) {
        Article a = article(text);
        return extractor.extract(a).facts().stream()
                .map(f -> Interaction.of(f, ActorRegistry.bundled(), a.datePublished()).map(i -> i.ploverType() + " " + i.cameoCode()
                        + " " + name(i.initiator()) + ">" + name(i.target()) + " " + f.modality().name()
                        .toLowerCase()))
                .flatMap(Optional::stream).toList();
    }

    /** The source and target labels of the coded events, social groups included. */
    private static List<String> codedEnds(String text) {
        return codedEnds(article(text));
    }

    private static List<String> codedEnds(Article article) {
        return extractor.extract(article).facts().stream().filter(f -> f.type() == FactType.CODED_EVENT)
                .map(f -> f.one(Role.SOURCE).orElseThrow().label() + ">" + f.one(Role.TARGET).orElseThrow().label())
                .toList();
    }

    private static String name(Actor a) {
        return a.qid() != null ? a.qid() : a.label();
    }

    private static void has(String text, String expected) {
        List<String> found = events(text);
        assertTrue(found.stream().anyMatch(e -> e.startsWith(expected)), () -> text + " gave " + found);
    }

    /** Asserts that the text states no interaction whose line starts with one of the prefixes ("ASSAULT"). */
    private static void lacks(String text, String why, String... prefixes) {
        List<String> found = events(text);
        assertTrue(found.stream().noneMatch(e -> Arrays.stream(prefixes).anyMatch(e::startsWith)),
                () -> why + ": " + found);
    }

    private static void hasEvent(String text, String type, String dyad) {
        List<String> found = events(text);
        assertTrue(found.stream().anyMatch(e -> e.startsWith(type + " ") && e.contains(" " + dyad + " ")),
                () -> text + " gave " + found);
    }

    @Test
    void verbalEventsBetweenStates() {
        has("France condemned Russia's annexation of the peninsula.", "DISAPPROVE 111 Q142>Q159 asserted");
        has("The United States urged China to release the detained journalists.", "DEMAND 1053 Q30>Q148 asserted");
        has("Turkey rejected Greece's proposal for talks.", "REJECT 120 Q43>Q41 asserted");
        has("Japan apologised to South Korea for the remarks.", "SUPPORT 055 Q17>Q884 asserted");
        has("Iran warned Israel against any attack on its nuclear sites.", "THREATEN 13");
        has("Germany praised Poland for its handling of the crisis.", "SUPPORT 051 Q183>Q36 asserted");
        has("Egypt accused Ethiopia of endangering its water supply.", "DISAPPROVE 112 Q79>Q115 asserted");
    }

    @Test
    void argumentsFoundBeyondTheVerbsOwnSubjectAndObject() {
        has("Norway summoned the Iranian ambassador to complain about the arrests.", "DISAPPROVE 114 Q20>Q794 asserted");
        has("Austria called the Slovenian president to discuss the border.", "CONSULT 040 Q40>Q215 asserted");
        has("Brazil said on Tuesday it had expelled two Venezuelan diplomats.", "SANCTION 161 Q155>Q717 asserted");
        has("Sweden is the largest donor to Mali, providing $40 million in assistance to Mali.", "AID 07");
        has("Japan provided $20 million in humanitarian assistance to Nepal.", "AID 07");
        has("Ugandan foreign minister Samuel Okello criticised Kenya on Monday.", "DISAPPROVE 111 Q1036>Q114 asserted");
        has("Peru and Chile reached an agreement on fishing rights.", "AGREE 032 Q419>Q298 asserted");
        hasEvent("Peru gave 3 million dollars to promote economic development in Bolivia.", "AID", "Q419>Q750");
        hasEvent("The United States is providing food assistance to 300,000 people in northeast Nigeria.", "AID",
                "Q30>Q1033");
        has("Mexico defended Cuba's immigration policy.", "SUPPORT 052 Q96>Q241 asserted");
        has("Nigerian troops stormed an army camp in Niger near the border with Chad.", "ASSAULT 190 Q1033>Q1032");
        has("Sudan declared a unilateral ceasefire in South Sudan's border region on Monday.",
                "RETREAT 0871 Q1049>Q958 asserted");
        has("Germany demanded an explanation from Russia.", "DEMAND 101 Q183>Q159 asserted");
        assertTrue(events("France hailed the report on Twitter.").isEmpty(), "a medium is no target");
    }

    @Test
    void groupsOfStatesActTogether() {
        String text = "Egyptian, Greek and Cypriot ministers met in Athens on Monday. The ministers condemned Turkey's "
                + "drilling.";
        has(text, "DISAPPROVE 111 Q79>Q43 asserted");
        has(text, "DISAPPROVE 111 Q41>Q43 asserted");
        has(text, "DISAPPROVE 111 Q229>Q43 asserted");
        assertTrue(events("The ministers condemned Turkey's drilling.").isEmpty(), "no group was named before");
    }

    @Test
    void aRefusedCooperativeActIsARejection() {
        has("Chile will not lift its embargo on Peru.", "REJECT 1244 Q298>Q419 asserted");
        has("Ghana refused to lift its sanctions on Togo.", "REJECT 1244 Q117>Q945 asserted");
        assertTrue(events("Russia did not attack Ukraine.").stream().noneMatch(e -> e.startsWith("REJECT")),
                "an act of force not done is no rejection");
    }

    @Test
    void materialEventsWithTheMostSpecificCode() {
        has("North Korea fired two artillery shells at South Korea.", "ASSAULT 19");
        has("Georgian troops traded fire with Armenian forces for a third day.", "ASSAULT 193 Q230>Q399 asserted");
        has("Canada sanctioned Iranian officials over the crackdown.", "COERCE 163 Q16>Q794 asserted");
        has("Denmark suspended military aid to Egypt.", "SANCTION 1622 Q35>Q79 asserted");
        has("Norway sent humanitarian aid to Yemen.", "AID 073 Q20>Q805 asserted");
        has("Kenya recalled its ambassador from Somalia.", "SANCTION 161 Q114>Q1045 asserted");
        has("Chile lifted its sanctions on Peru.", "RETREAT 085 Q298>Q419 asserted");
        has("Bolivia lifted its blockade of Chile.", "RETREAT 085 Q750>Q298 asserted");
        has("Turkish forces launched an attack on militant targets in Iraq's Duhok province.", "ASSAULT 190 Q43>Q796");
        has("Russia launched cyber warfare against Estonia.", "ASSAULT 190 Q159>Q191 asserted");
        has("Russia has begun withdrawing some of its troops from Moldova.", "RETREAT 087 Q159>Q217 asserted");
        has("Pakistan has issued an ultimatum to Washington over the raids.", "THREATEN 139 Q843>Q30 asserted");
        lacks("Chile attacked Washington's decision to raise tariffs.", "attacking a decision is criticism", "ASSAULT");
    }

    @Test
    void leadersOfEarlierDecadesActForTheirStateOnlyWhileInOffice() {
        has("Prime Minister Tony Blair criticised Zimbabwe over the seizures.", "DISAPPROVE 111 Q145>Q954 asserted");
        has("President Jacques Chirac met Chancellor Gerhard Schroeder in Berlin.", "CONSULT");
        has("Barack Obama criticised Russia over the war.", "DISAPPROVE 111 Q76>Q159 asserted");
    }

    @Test
    void wordsAreNotForce() {
        has("Brazil attacked Argentina for its new tariffs.", "DISAPPROVE 111 Q155>Q414 asserted");
        lacks("Jacques Chirac attacked Lionel Jospin during the debate.", "a debate is no assault", "ASSAULT");
        lacks("Germany and France agreed that the plan was sound.", "a shared opinion", "AGREE");
    }

    @Test
    void aReportedObligationIsADemandAndTheObligedActOnlyAsked() {
        has("Japan said South Korea must stop the drills near the islands.", "DEMAND 100 Q17>Q884 asserted");
        has("Egypt insisted that Ethiopia should halt the filling of the dam.", "DEMAND 100 Q79>Q115 asserted");
        List<String> found = events("Japan said South Korea must withdraw its troops from the islands.");
        assertTrue(found.stream().noneMatch(e -> e.contains("Q884>") && e.endsWith("asserted")),
                () -> "what South Korea must do is not done: " + found);
        assertTrue(events("China said it must protect its sovereignty.").stream().noneMatch(e -> e.startsWith("DEMAND")),
                "an obligation of the speaker itself is no demand");
    }

    @Test
    void plannedActsAreIntentsAndThreatsAndEnterTheNetwork() {
        has("Japan will provide 20 million dollars in emergency aid to Nepal, the ministry said.", "AGREE 033");
        has("India and Pakistan agreed to hold talks next month.", "AGREE");
        has("Pakistan threatened to impose sanctions on India.", "THREATEN 1312 Q843>Q668 planned");
        has("Brazil is ready to send peacekeepers to Haiti.", "AGREE 0334 Q155>Q790 planned");
        has("Russia offered to send warships to help Syria.", "AGREE 033 Q159>Q858");
    }

    @Test
    void negatedAndAskedForActsAreKeptApart() {
        has("Germany did not condemn Turkey over the arrests.", "DISAPPROVE 111 Q183>Q43 negated");
        List<String> asked = events("Sweden urged Russia to withdraw its troops from Georgia.");
        assertTrue(asked.stream().anyMatch(e -> e.startsWith("DEMAND") && e.contains("Q34>Q159")), asked::toString);
        assertTrue(asked.stream().noneMatch(e -> e.startsWith("RETREAT") && e.endsWith("asserted")),
                () -> "a withdrawal only asked for is not asserted: " + asked);
    }

    @Test
    void officialsForcesAndCapitalsActForTheirState() {
        has("Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing.", "CONSULT");
        has("Pyongyang warned Seoul against the drills.", "THREATEN 130 Q423>Q884 asserted");
        has("Brazilian federal police arrested two Paraguayan diplomats.", "COERCE 173 Q155>Q733 asserted");
        has("India and Pakistan met in Geneva. Both nations signed a ceasefire agreement.", "SUPPORT 057");
        List<String> pair = events("Peru and Chile have a long border dispute. The two countries agreed to resume talks.");
        assertTrue(pair.stream().anyMatch(e -> e.startsWith("AGREE") && (e.contains("Q419>Q298")
                || e.contains("Q298>Q419"))), () -> "\"the two countries\" are the two states named before: " + pair);
        List<String> country = events("Spain recalled its ambassador. The country also criticised Venezuela.");
        assertTrue(country.stream().anyMatch(e -> e.startsWith("DISAPPROVE 111 Q29>Q717")),
                () -> "\"the country\" is the state named before: " + country);
    }

    @Test
    void fightersWeaponsAndPlacesStandForWhomTheyServe() {
        List<String> taliban = events("Taliban gunmen attacked a police checkpoint in Kandahar province on Sunday.");
        assertTrue(taliban.stream().anyMatch(e -> e.startsWith("ASSAULT 190 Taliban>Q889 asserted")),
                () -> "a group's gunmen act for the group, a province of the gazetteer for its state: " + taliban);
        has("A US airstrike killed a senior Iranian commander near the border.", "ASSAULT 19");
        hasEvent("Iraqi warplanes carried out a raid on Monday, targeting Islamic State commanders in eastern Syria.",
                "ASSAULT", "Q796>Islamic State");
        has("A court in Lyon convicted two Algerian diplomats of espionage.", "DISAPPROVE 116 Q142>Q262");
        String gunmen = "Palestinian gunmen attacked an Israeli army post.";
        Article a = article(gunmen);
        List<Fact> coded = extractor.extract(a).ofType(FactType.CODED_EVENT);
        assertTrue(coded.stream().noneMatch(f -> f.all(Role.SOURCE).stream().anyMatch(x -> "Q219060".equals(x.qid()))),
                () -> "gunmen of a nationality are no state's forces: " + coded);
        assertEquals(List.of(), events("Orlando Bloom flew to Phoenix for the premiere."),
                "a gazetteer name counts only where CoreNLP sees a place");
    }

    @Test
    void actsInOppositeDirectionsAndAgreementsParties() {
        List<String> both = events("Iran fired missiles at US troops in response to the US airstrike that killed an "
                + "Iranian general.");
        assertTrue(both.stream().anyMatch(e -> e.startsWith("ASSAULT") && e.contains(" Q794>Q30 "))
                && both.stream().anyMatch(e -> e.startsWith("ASSAULT") && e.contains(" Q30>Q794 ")),
                () -> "a strike and the one it answers are two events: " + both);
        List<String> pact = events("Greece condemned the agreement between Turkey and Libya.");
        assertTrue(pact.contains("DISAPPROVE 111 Q41>Q43 asserted") && pact.contains("DISAPPROVE 111 Q41>Q1016 asserted"),
                () -> "what is said of an agreement is said of its parties: " + pact);
        hasEvent("The Greek foreign minister posted a message on Twitter blaming Turkey for the incident.", "DISAPPROVE",
                "Q41>Q43");
        hasEvent("Chile called on Peru to withdraw its ambassador.", "DEMAND", "Q298>Q419");
        lacks("Candidate Smith led President Jones in the polls, 49 percent to 43 percent.",
                "leading a poll is no visit", "CONSULT");
    }

    @Test
    void aLabelPutOnAnActorOrItsActIsAJudgement() {
        has("Greece called the agreement between Turkey and Libya null and void.", "DISAPPROVE 111 Q41>Q43 asserted");
        has("Ankara described the Greek move as a provocation.", "DISAPPROVE 111 Q43>Q41 asserted");
        has("Germany called France a reliable partner.", "SUPPORT 051 Q183>Q142 asserted");
        lacks("Germany called the Turkish decision not illegal.", "a negated label", "DISAPPROVE");
        lacks("Chile called on Peru to withdraw its ambassador.", "calling on someone is no label", "DISAPPROVE",
                "SUPPORT");
    }

    @Test
    void patternWordsComeFromWhatTheVerbActsOn() {
        has("After the bombing attacks, Germany rejected every offer made by Iran.", "REJECT 127 Q183>Q794 asserted");
        has("Egypt rejected a motion by Sudan to postpone the talks.", "REJECT 120 Q79>Q1049 asserted");
        hasEvent("Russia has spurned repeated offers for peace talks by the Ukrainian government this year.", "REJECT",
                "Q159>Q212");
        has("The United States removed the sanctions on Cuba.", "RETREAT 085 Q30>Q241 asserted");
        has("The United States refused to remove the sanctions on Cuba.", "REJECT 1244 Q30>Q241 asserted");
        List<String> ultimatum = events("Turkey issued an ultimatum to Syria, warning of military action.");
        assertTrue(ultimatum.stream().anyMatch(e -> e.startsWith("THREATEN 13") && e.contains(" Q43>Q858 "))
                && ultimatum.stream().noneMatch(e -> e.startsWith("AID")),
                () -> "the \"military\" of \"military action\" is no military aid: " + ultimatum);
        List<String> provide = events("Japan agreed to provide Vietnam with patrol boats.");
        assertTrue(provide.stream().anyMatch(e -> e.startsWith("AGREE") && e.contains(" Q17>Q881 ")),
                () -> "a \"with\" inside the agreed act is no accord with someone: " + provide);
        lacks("Germany agreed with France that the plan was sound.", "an opinion shared", "AGREE");
    }

    @Test
    void aMeetingHeldIsAConsultationAndAReportedWouldAnIntent() {
        has("Peru's president met Chile's president at the presidential palace on Monday.", "CONSULT 040 Q419>Q298");
        has("The Japanese prime minister flew to Hanoi for talks with Vietnam.", "CONSULT 042 Q17>Q881 asserted");
        has("Ethiopia said it would allow the World Food Programme to deliver food to refugees.", "AGREE 035 Q115>");
        lacks("Ethiopia said it would allow the World Food Programme to deliver food if the rebels withdrew.",
                "a condition", "AGREE");
        has("Japan intends to give aid to Nepal.", "AGREE 033 Q17>Q837 planned");
        has("Japan sent peacekeepers to South Sudan.", "AID 074 Q17>Q958 asserted");
        has("Japan will send peacekeepers to South Sudan.", "AGREE 0334 Q17>Q958 planned");
        lacks("Britain intends to leave the European Union.", "leaving is no cooperation", "AGREE");
        List<String> wish = events("Germany said it would prefer France not attend the summit.");
        assertTrue(wish.stream().noneMatch(e -> e.contains(" planned")), () -> "a wish: " + wish);
    }

    @Test
    void coalitionsActForTheirLeaderPeoplesAndPlacesForTheirState() {
        has("The Saudi-led coalition struck Houthi positions in Sanaa.", "ASSAULT 19");
        hasEvent("The Saudi-led coalition struck Houthi positions in Sanaa.", "ASSAULT", "Q851>Q805");
        List<String> people = codedEnds("Israeli troops shot two Palestinians near Hebron.");
        assertTrue(people.contains("Israel>people (Palestine)"), () -> "a plural demonym is its people: " + people);
        List<String> lagos = codedEnds("The police in Lagos arrested two Ghanaian nationals.");
        assertTrue(lagos.contains("police (Nigeria)>national (Ghana)"), () -> "Lagos the city: " + lagos);
        has("Chilean President Ricardo Lagos visited Peru. Lagos criticized Bolivia.", "DISAPPROVE 111 Q298>Q750");
        List<String> browne = codedEnds(article("Harry Browne criticized Russia.", LocalDate.of(2020, 6, 1)));
        assertEquals(List.of("Harry Browne>Russia"), browne, "another man's surname, not Gaston Browne in office");
    }

    @Test
    void anActThatLandsInAForeignPlaceTargetsThatPlacesState() {
        has("The New Zealand government provided an additional $2 million in assistance to Fiji in response to the "
                + "cyclone.", "AID 070 Q664>Q712 asserted");
        has("Vladimir Putin has agreed to a ceasefire in eastern Ukraine.", "AGREE 0356 Q159>Q212");
        has("The Ogaden National Liberation Front has declared a unilateral ceasefire effective from Sunday in Somalia.",
                "RETREAT 0871 Ogaden National Liberation Front>Q1045 asserted");
        has("Turkish troops imposed a curfew in Basra.", "COERCE 1723 Q43>Q796 asserted");
        has("Iran has threatened to close all borders with Iraqi Kurdistan.", "THREATEN 132 Q794>Q796 planned");
        assertEquals(List.of(), events("The Iraqi government imposed a curfew in Basra."), "a curfew at home");
        assertEquals(List.of(), events("The minister died in Kabul on Tuesday."), "a death is no act of force");
    }

    @Test
    void ordersOfAttacksAndSanctionsWeaponsAndNamesInsideModifiers() {
        has("The Israeli prime minister ordered massive attacks on the Gaza Strip on Sunday.", "ASSAULT 190 Q801>Q219060");
        has("The Syrian president ordered sanctions on Turkey.", "COERCE 163 Q858>Q43 asserted");
        has("Russia released two Ukrainian sailors on Friday.", "RETREAT 0841 Q159>Q212 asserted");
        has("Iraqi troops launched an assault on the last ISIS group bastion in the country on Thursday.",
                "ASSAULT 190 Q796>ISIS asserted");
        has("Israeli missiles struck a Hamas base in Gaza.", "ASSAULT 190 Q801>Hamas asserted");
        lacks("Turkish police detained the head of Amnesty International at a meeting near Istanbul.",
                "a detention at a meeting is no meeting held", "CONSULT");
    }

    @Test
    void aNounThatStopsAnActCodesTheStopAndAStanceIsHeldByItsPossessor() {
        has("Denmark announced a suspension of aid to Egypt.", "SANCTION 162 Q35>Q79 asserted");
        lacks("Denmark announced a suspension of aid to Egypt.", "a suspension announces no aid", "AGREE", "AID");
        has("Germany announced a cut in aid to Rwanda.", "SANCTION 162 Q183>Q1037 asserted");
        has("The United States announced the lifting of sanctions on Sudan.", "RETREAT 085 Q30>Q1049 asserted");
        has("The European Commission has suspended humanitarian aid to Gaza.", "SANCTION 1623 Q8880>Q219060 asserted");
        List<String> stance = codedEnds("The Foreign Ministry reiterated Turkey's support for Azerbaijan.");
        assertEquals(List.of("Foreign Ministry>Azerbaijan"), stance, "support for Azerbaijan, not for Turkey");
    }

    @Test
    void encouragingIsAnAppealDismissingARejectionAndGoodsStandForTheirState() {
        has("France encouraged Germany to restrict the airline's operations.", "DEMAND 020 Q142>Q183 asserted");
        has("Prime Minister Tony Blair called for NATO members to increase military spending.",
                "DEMAND 020 Q145>Q7184 asserted");
        lacks("The United Kingdom voted on June 23, 2016, to leave the European Union in a referendum.",
                "a vote to leave is no agreement", "AGREE");
        has("The Russian government dismissed the claim from Poland as groundless.", "REJECT 120 Q159>Q36 asserted");
        has("China has agreed to lift a ban on imports of British beef.", "AGREE 0354 Q148>Q145");
        has("The United States rolled back tariffs on Chinese goods.", "RETREAT 085 Q30>Q148 asserted");
    }

    @Test
    void aSpokespersonSpeaksForTheBodyTheAppositiveNames() {
        Article a = article("Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, condemned Ukraine. "
                + "Ahmed al-Assadi, a spokesman for the Popular Mobilization Forces, blamed Israel for the attack.",
                LocalDate.of(2021, 6, 1));
        List<String> ends = codedEnds(a);
        assertTrue(ends.contains("Ministry of Foreign Affairs of Russia>Ukraine"), ends::toString);
        assertTrue(ends.contains("Popular Mobilization Forces>Israel"), ends::toString);
    }

    @Test
    void forceBetweenTwoPeopleIsWordsOrNoEvent() {
        Article debate = article("Joe Biden spoke in Ohio. Biden attacked Trump on paying fewer taxes.",
                LocalDate.of(2020, 10, 1));
        List<String> words = extractor.extract(debate).ofType(FactType.CODED_EVENT).stream()
                .map(f -> f.code().orElseThrow().code() + " " + f.one(Role.SOURCE).orElseThrow().label() + ">"
                        + f.one(Role.TARGET).orElseThrow().label()).toList();
        assertEquals(List.of("111 Joe Biden>Donald Trump"), words, "a debate attack is criticism");
        assertEquals(List.of(), codedEnds("Lee Harvey Oswald shot John F. Kennedy."), "a shooting is a crime");
    }

    @Test
    void cooperationWithArmedForcesIsMilitaryCooperation() {
        has("Russia strengthened military cooperation with Syria.", "COOPERATE 062 Q159>Q858 asserted");
        hasEvent("Chile has increased cooperation with the navies of Peru and Brazil.", "COOPERATE", "Q298>Q155");
        has("Chile has expanded trade ties with Peru.", "COOPERATE 061 Q298>Q419 asserted");
        has("Chile has strengthened cooperation with Peru.", "SUPPORT 050 Q298>Q419 asserted");
        has("Italy pledged its full support for the Libyan government.", "SUPPORT 051 Q38>Q1016");
        has("Italy pledged 5 million euros in aid to Libya.", "AGREE 033 Q38>Q1016");
    }

    @Test
    void aPersonNamedBesideATitleActsForTheTitlesState() {
        List<String> found = events("The Belarusian defence minister, Ivan Petrov, agreed with his Chinese "
                + "counterpart, Li Wei, to expand military cooperation.");
        assertEquals(1, found.size(), () -> "one act, one event: " + found);
        assertTrue(found.get(0).startsWith("AGREE 030 Q184>Q148"), () -> found.toString());
    }

    @Test
    void anActNamedWithoutItsDoerIsTheDoersOfTheActBefore() {
        has("Turkey launched a military operation in northern Syria. The operation was condemned by France.",
                "DISAPPROVE 111 Q142>Q43 asserted");
        has("Russia recalled its ambassador from Georgia on Monday. Britain criticised the decision.",
                "DISAPPROVE 111 Q145>Q159 asserted");
        has("Israeli warplanes bombed a camp in Syria. Egypt condemned the attack.", "DISAPPROVE 111 Q79>Q801");
        List<String> owned = events("Russia recalled its ambassador from Georgia on Monday. Britain criticised the "
                + "decision of the court.");
        assertTrue(owned.stream().noneMatch(e -> e.contains("Q145>Q159")), () -> "the court's decision: " + owned);
        List<String> far = events("Russia recalled its ambassador from Georgia on Monday. The talks had failed in May. "
                + "Snow fell in the capital. Britain criticised the decision.");
        assertTrue(far.stream().noneMatch(e -> e.contains("Q145>Q159")), () -> "three sentences back: " + far);
    }

    @Test
    void aMediationIsTowardTheParties() {
        hasEvent("Qatar mediated talks between the United States and the Taliban.", "CONSULT", "Q846>Q30");
        hasEvent("Egypt announced a truce it had brokered between Israel and Hamas.", "CONSULT", "Q79>Q801");
        has("President Jimmy Carter mediated an end to the conflict between Israel and Egypt in 1978.",
                "CONSULT 045 Q30>Q801 asserted");
    }

    @Test
    void aMediationEffortIsTowardThePartiesItIsBetween() {
        hasEvent("Prime Minister Tony Blair launched a mediation effort between India and Pakistan.", "CONSULT",
                "Q145>Q668");
        hasEvent("Prime Minister Tony Blair launched a mediation effort between India and Pakistan.", "CONSULT",
                "Q145>Q843");
        List<String> found = events("A church leader launched a mediation effort between India and Pakistan.");
        assertTrue(found.stream().noneMatch(e -> e.contains("Q668>Q843") || e.contains("Q843>Q668")),
                () -> "the parties do not mediate each other: " + found);
    }

    @Test
    void theyAfterSeveralOfficialsAreTheirStatesInTheOrderNamed() {
        String text = "Spanish foreign minister Ana Ruiz and her Portuguese, Danish and Polish counterparts met in "
                + "Madrid on Monday. The Dutch foreign minister attended as a guest. They urged Russia to withdraw "
                + "its troops.";
        hasEvent(text, "DEMAND", "Q36>Q159");
        List<String> found = events(text);
        assertTrue(found.stream().noneMatch(e -> e.startsWith("DEMAND") && e.contains("Q55>Q159")),
                () -> "the fifth state named is not among the first four sources: " + found);
    }

    @Test
    void aTelephoneCallToALeaderIsAConsultation() {
        hasEvent("Prime Minister Tony Blair telephoned President Jacques Chirac on Friday.", "CONSULT", "Q145>Q142");
        hasEvent("Prime Minister Tony Blair called President Jacques Chirac on Friday to discuss Iraq.", "CONSULT",
                "Q145>Q142");
        for (String text : List.of("Prime Minister Tony Blair called President Jacques Chirac a friend.",
                "Prime Minister Tony Blair called on President Jacques Chirac to resign.",
                "Prime Minister Tony Blair called for President Jacques Chirac to resign.")) {
            List<String> found = events(text);
            assertTrue(found.stream().noneMatch(e -> e.startsWith("CONSULT")), () -> text + " is no call: " + found);
        }
    }

    @Test
    void aNameSpelledOtherwiseAfterATitleIsTheTitlesHolder() {
        List<String> ends = codedEnds(article("Israeli President Reuven Rivlin criticised Ethiopian President Sahle "
                + "Work Zawde.", LocalDate.of(2019, 6, 1)));
        assertTrue(ends.contains("Reuven Rivlin>Sahle-Work Zewde"), ends::toString);
    }

    @Test
    void itAfterAnOfficialWhoSpeaksIsTheOfficialsState() {
        hasEvent("Prime Minister Tony Blair said it supports the UN's effort to end the war.", "SUPPORT", "Q145>Q1065");
    }

    @Test
    void namingOrDesignatingAsTerroristsIsADenunciation() {
        List<String> named = codedEnds("Turkey named the Kurdistan Workers' Party as a terrorist group.");
        assertTrue(named.contains("Turkey>Kurdistan Workers' Party"), named::toString);
        List<String> designated = codedEnds("Canada designated the Islamic Revolutionary Guard Corps a terrorist "
                + "organization.");
        assertTrue(designated.stream().anyMatch(e -> e.startsWith("Canada>")), designated::toString);
        lacks("Turkey named Ahmet Yilmaz ambassador to France.", "no label word, no judgement", "DISAPPROVE",
                "SUPPORT");
    }

    @Test
    void asylumIsAidACancelledVisitARefusedMeetingAndAWarrantLegalAction() {
        has("The United States accepted 1,141 Iraqi refugees in May.", "AID 075 Q30>Q796");
        has("Prime Minister Tony Blair cancelled a planned visit to Washington.", "REJECT 125 Q145>Q30");
        has("A Russian court issued an arrest warrant for Prime Minister Tony Blair.", "COERCE 173 Q159>Q145");
    }

    @Test
    void aClaimAccusesNoOneByItself() {
        List<String> found = events("Prime Minister Tony Blair claimed President Jacques Chirac was the last to arrive.");
        assertTrue(found.stream().noneMatch(e -> e.startsWith("DISAPPROVE")), () -> "a claim: " + found);
    }

    @Test
    void aTimeIsWhenAVerbActsNotWhatOn() {
        has("Prime Minister Tony Blair called President Jacques Chirac on Wednesday to congratulate him.",
                "SUPPORT 051 Q145>Q142 asserted");
        has("On 18 May, Prime Minister Tony Blair called President Jacques Chirac to apologize.",
                "SUPPORT 055 Q145>Q142 asserted");
        List<String> found = events("Prime Minister Tony Blair called President Jacques Chirac on Wednesday.");
        assertTrue(found.stream().noneMatch(e -> e.startsWith("DEMAND")), () -> "a call on a day: " + found);
    }

    @Test
    void ultimatumsAndCallsForSanctionsAreThreatsAndAConditionNoRefusal() {
        has("Prime Minister Tony Blair gave President Robert Mugabe a deadline.", "THREATEN 139 Q145>Q954 asserted");
        has("Prime Minister Tony Blair called for sanctions against Zimbabwe.", "THREATEN 1312 Q145>Q954 asserted");
        List<String> found = events("Turkey issued an ultimatum to Damascus warning of military action if the Syrian "
                + "government does not withdraw its forces.");
        assertTrue(found.stream().anyMatch(e -> e.startsWith("THREATEN 139 Q43>Q858")), () -> found.toString());
        assertTrue(found.stream().noneMatch(e -> e.startsWith("REJECT")), () -> "a condition: " + found);
    }

    @Test
    void theOtherSideOfARelationIsNotItsPossessor() {
        List<String> found = events("Russia's critics condemned Germany.");
        assertTrue(found.stream().noneMatch(e -> e.contains("Q159>Q183")), () -> "critics of Russia: " + found);
        has("Russia's government condemned Germany.", "DISAPPROVE 111 Q159>Q183 asserted");
    }

    @Test
    void aCandidatesCampaignIsAnActorOfItsOwn() {
        List<String> ends = codedEnds("President George W. Bush met voters in Ohio. The Kerry campaign accused "
                + "Bush of lying.");
        assertTrue(ends.contains("Kerry campaign>George W. Bush"), () -> ends.toString());
    }

    @Test
    void aMonarchOfSeveralRealmsActsForTheOneTheTextNames() {
        has("The United Kingdom's Queen Elizabeth II praised France for its help.", "SUPPORT 051 Q145>Q142 asserted");
        has("Canada's Queen Elizabeth II praised France for its help.", "SUPPORT 051 Q16>Q142 asserted");
    }

    @Test
    void sportInterviewsDismissalsAndUnnamedOfficialsGiveNoEvent() {
        assertEquals(List.of(), events("Clashes broke out between Turkish and Swiss players after the World Cup match."));
        assertEquals(List.of(), events("The president fired the defence minister on Tuesday."));
        assertEquals(List.of(), events("The minister flew to Warsaw on Monday."));
        assertTrue(events("Ghana beat Nigeria 2-1 in the World Cup qualifier.").isEmpty(), "a match is no assault");
        Article a = new Article("coded-test", "coded.txt", "Test", LocalDate.of(2005, 6, 1), null, null, null, "en",
                null, null, "The senator spoke with Reuters about the bill.", 0, 46);
        List<Fact> coded = extractor.extract(a).ofType(FactType.CODED_EVENT);
        assertEquals(List.of(), coded, "an interview is no consultation");
    }

    @Test
    void codedEventsRecordTheirTriggerEntryAndSpans() {
        String text = "Austria criticised Hungary on Monday.";
        Article a = article(text);
        Fact f = extractor.extract(a).ofType(FactType.CODED_EVENT).get(0);
        assertEquals(Optional.of("criticised"), f.trigger());
        assertTrue(f.codebookEntry().orElseThrow().startsWith("DENOUNCE"), f.codebookEntry()::toString);
        assertEquals("Austria", text.substring(f.span(Role.SOURCE).orElseThrow()[0], f.span(Role.SOURCE).orElseThrow()[1]));
        assertEquals("Hungary", text.substring(f.span(Role.TARGET).orElseThrow()[0], f.span(Role.TARGET).orElseThrow()[1]));
        assertEquals("2005-05-30", f.date().orElseThrow().precise());
        assertEquals(Modality.ASSERTED, f.modality());
    }
}
