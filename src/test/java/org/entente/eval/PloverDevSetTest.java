package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.error.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external coded-sentence set as eval reads it, on rows written for this test: the marks become spans of the
 * plain sentence, older PLOVER names stand for their current types, rows without both marks are not scored, and a
 * malformed file is refused with its name and line. The scoring run itself is exercised through the real extractor.
 */
class PloverDevSetTest {
    @TempDir
    Path dir;

    private Path file(String... rows) throws IOException {
        Path f = dir.resolve("coded.tsv");
        Files.write(f, List.of(rows));
        return f;
    }

    @Test
    void marksBecomeSpansAndOldNamesStandForTheirTypes() throws IOException {
        Path f = file("sentence_id\tsentence\tmarked_sentence\tsource\ttarget\tplover_root",
                "1\tx\t<s>Austria</s> criticised <t>Hungary</t> on Monday.\tAustria\tHungary\tACCUSE",
                "2\tx\t<t>Chile</t> was urged by <s>Peru</s> to talk.\tPeru\tChile\tREQUEST",
                "3\tx\t<s>Norway</s> launched an inquiry.\tNorway\t\tACCUSE");
        List<CodedSentence> rows = PloverDevSet.read(f);
        assertEquals(2, rows.size(), "a row without a target mark is not scored");
        CodedSentence first = rows.get(0);
        assertEquals("Austria criticised Hungary on Monday.", first.text());
        assertEquals("Austria", first.source());
        assertEquals("Hungary", first.target());
        assertEquals(Set.of("DISAPPROVE", "INVESTIGATE"), first.ploverTypes());
        assertEquals(Set.of("DEMAND"), rows.get(1).ploverTypes());
        assertEquals("Chile", rows.get(1).target());
    }

    @Test
    void aScoredRunCountsHitsPerCodedType() throws IOException {
        Path f = file("sentence_id\tmarked_sentence\tplover_root",
                "1\t<s>Austria</s> criticised <t>Hungary</t> on Monday.\tACCUSE",
                "2\t<s>Austria</s> praised <t>Hungary</t> on Monday.\tREJECT");
        PloverDevSet.Report r = PloverDevSet.create().file(f).build().run();
        assertEquals(1, r.counts("ACCUSE")[1], r.misses()::toString);
        assertEquals(0, r.counts("REJECT")[1]);
        assertEquals(1, r.counts("REJECT")[2], "the pair was found, with another type");
        assertTrue(r.table().contains("all"), r.table());
    }

    @Test
    void everyMarkedMentionOfAnActorCounts() throws IOException {
        Path f = file("sentence_id\tmarked_sentence\tplover_root",
                "1\t<s>Austria</s> criticised <t>Hungary</t>, <s>Austria</s>'s minister said.\tACCUSE",
                "2\t<s>Austria</s> criticised Hungary.</s>\tACCUSE");
        List<CodedSentence> rows = PloverDevSet.read(f);
        assertEquals(1, rows.size(), "a row closing a mark it never opened is not scored");
        assertEquals(2, rows.get(0).sources().size());
        assertEquals("Austria", rows.get(0).source());
        assertEquals(28, rows.get(0).sources().get(1)[0]);
    }

    @Test
    void aMalformedFileIsRefusedWithItsNameAndLine() throws IOException {
        Path noColumn = file("sentence_id\tsentence", "1\tAustria criticised Hungary.");
        EntenteException e = assertThrows(EntenteException.class, () -> PloverDevSet.read(noColumn));
        assertTrue(e.getMessage().contains(noColumn.toString()) && e.getMessage().contains("marked_sentence"),
                e.getMessage());
        Path shortRow = file("sentence_id\tmarked_sentence\tplover_root", "7\tonly two cells");
        EntenteException s = assertThrows(EntenteException.class, () -> PloverDevSet.read(shortRow));
        assertTrue(s.getMessage().contains(shortRow + ":2"), s.getMessage());
    }
}
