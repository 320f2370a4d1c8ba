package org.entente.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad-months.rq} and {@code alliances.rq} over {@code tests/fixtures/events/interactions.trig}: the modality
 * policy (asserted, or planned AGREE or THREATEN), one count per consolidated event, months from the event's first day.
 */
class DyadMonthsTest {
    static final String STATE = "https://w3id.org/entente/id/state/";
    static final String UN = "https://w3id.org/entente/id/org/united-nations";

    static Dataset events;

    @BeforeAll
    static void load() {
        events = TDB2Factory.createDataset();
        events.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(events, () -> RDFParser.source(QueriesTest.repo().resolve("tests/fixtures/events/interactions.trig"))
                .lang(Lang.TRIG).parse(events));
    }

    static String number(RDFNode node) {
        return new BigDecimal(node.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString();
    }

    static String row(Map<String, RDFNode> r) {
        return String.join(" ", QueriesTest.iri(r, "source").replace(STATE, ""),
                QueriesTest.iri(r, "target").replace(STATE, ""), QueriesTest.text(r, "month"),
                number(r.get("events")), number(r.get("cooperation")), number(r.get("conflict")),
                number(r.get("goldsteinSum")));
    }

    @Test
    void directedDyadMonthsCountNetworkEventsOnce() {
        List<Map<String, RDFNode>> rows = QueriesTest.run(events, "dyad-months.rq");
        assertEquals(List.of(
                // dated only to 2023: the month of ent:earliest
                UN + " ukraine 2023-01 1 1 0 7.4",
                // the planned AGREE (+5.2) and the meeting two articles report, counted once (+1.0)
                "russia north-korea 2024-06 2 2 0 6.2",
                // the planned THREATEN (-7), the strike without ent:modality (-10), a statement weighted 0;
                // not the hypothetical strike
                "russia ukraine 2024-11 3 0 2 -17",
                // a state and an intergovernmental organization; the named minister acts for his state
                "south-korea " + UN + " 2024-11 1 1 0 3",
                "ukraine north-korea 2024-11 1 0 1 -10"),
                rows.stream().map(DyadMonthsTest::row).toList(),
                "no row for the negated sanction, the planned aid (PLOVER AID) or the military force's accusation");
        Map<String, RDFNode> russiaUkraine = rows.stream()
                .filter(r -> (STATE + "ukraine").equals(QueriesTest.iri(r, "target"))
                        && (STATE + "russia").equals(QueriesTest.iri(r, "source"))).findFirst().orElseThrow();
        assertEquals(List.of("Russia", "RUS", "Ukraine", "UKR"), List.of(QueriesTest.text(russiaUkraine, "sourceLabel"),
                QueriesTest.text(russiaUkraine, "sourceIso"), QueriesTest.text(russiaUkraine, "targetLabel"),
                QueriesTest.text(russiaUkraine, "targetIso")));
    }

    @Test
    void alliancesFollowTheModalityPolicy() {
        List<String> dyads = QueriesTest.run(events, "alliances.rq").stream().map(QueriesTest::dyad)
                .map(d -> d.replace(STATE, "")).toList();
        assertEquals(List.of(
                "russia ukraine conflict -17 3",
                "north-korea ukraine conflict -10 1",
                UN + " ukraine cooperation 7.4 1",
                "north-korea russia cooperation 6.2 2",
                UN + " south-korea cooperation 3 1"), dyads);
    }
}
