package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineParserTest {

    static Stream<Arguments> leadingDatelines() {
        return Stream.of(
                Arguments.of("SEOUL, Nov. 6 (Korea Bizwire) – The front-line deployment of North Korean troops",
                        "SEOUL, Nov. 6", "Korea Bizwire", "The front-line deployment"),
                Arguments.of("WASHINGTON (Reuters) - The United States imposed new sanctions on Friday.",
                        "WASHINGTON", "Reuters", "The United States imposed"),
                Arguments.of("MOSCOW, March 3 (AP) — Russia said on Monday it would respond.",
                        "MOSCOW, March 3", "AP", "Russia said on Monday"),
                Arguments.of("KYIV, Ukraine — Ukrainian forces pushed back on Tuesday.",
                        "KYIV, Ukraine", null, "Ukrainian forces pushed"),
                Arguments.of("NEW YORK, Jan. 15, 2024 (AP) -- Stocks fell sharply.",
                        "NEW YORK, Jan. 15, 2024", "AP", "Stocks fell"),
                Arguments.of("SÃO PAULO, Brazil (Reuters) - Brazil's central bank held rates.",
                        "SÃO PAULO, Brazil", "Reuters", "Brazil's central bank"),
                Arguments.of("THE HAGUE, Netherlands — Judges at the court ruled.",
                        "THE HAGUE, Netherlands", null, "Judges at the court"),
                Arguments.of("  \nBEIJING –\nChina's foreign ministry said on Friday.",
                        "BEIJING", null, "China's foreign ministry"),
                Arguments.of("Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed on Monday.",
                        "Friday, January 4, 2019", null, "An apartment building"),
                Arguments.of("\n\n\nSaturday, January 5, 2019\u00a0 \n\n\nA road accident followed by a fire.",
                        "Saturday, January 5, 2019", null, "A road accident"),
                Arguments.of("March 15, 2021\nThe test page was published.",
                        "March 15, 2021", null, "The test page"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("leadingDatelines")
    void recognisesLeadingDateline(String text, String dateline, String outlet, String bodyBegins) {
        DatelineParser.Result r = DatelineParser.parse(text);
        assertEquals(dateline, r.dateline());
        assertEquals(outlet, r.outlet());
        assertTrue(text.startsWith(bodyBegins, r.bodyStart()),
                () -> "body starts at " + r.bodyStart() + ": " + text.substring(r.bodyStart()));
        assertEquals(text.length(), r.bodyEnd());
    }

    static Stream<String> realFirstSentences() {
        return Stream.of(
                "Russia said on Monday it would respond to the deployment.",
                "NATO said on Monday – in a statement – that the alliance was ready.",
                "US - China trade talks resumed in Geneva.",
                "Friday, February 30, 2019\nNo such day exists, so this line is body.",
                "Friday, January 4, 2019 was a cold day in Magnitogorsk.",
                "In SEOUL, Nov. 6 – analysts said the deployment was significant.",
                "“The first battles with North Korean soldiers open a new page,” Zelenskyy said.",
                "The UN – which met on Monday – said little.",
                "Seoul, Nov. 6 – lowercase places are not datelines without a hint.",
                "SEOUL, Nov. 6 (Korea Bizwire) the dash is missing, so this stays body.",
                "",
                "   \n  ");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("realFirstSentences")
    void neverEatsARealFirstSentence(String text) {
        DatelineParser.Result r = DatelineParser.parse(text);
        assertFalse(r.hasDateline(), () -> "found dateline '" + r.dateline() + "'");
        assertNull(r.outlet());
        assertEquals(0, r.bodyStart());
    }

    static Stream<Arguments> trailingCredits() {
        return Stream.of(
                Arguments.of("Easley said.\n(Yonhap)", "Yonhap"),
                Arguments.of("The talks ended.\n\n(AP)\n", "AP"),
                Arguments.of("The talks ended.\n— Reuters", "Reuters"),
                Arguments.of("The talks ended.\n  - AFP.  ", "AFP"),
                Arguments.of("The talks ended.\n(Korea Herald)", "Korea Herald"),
                Arguments.of("The talks ended.\n(AP/Reuters)", "AP/Reuters"),
                Arguments.of("The talks ended.\n—Zinichev calling a tempo", null),
                Arguments.of("The talks ended.\nSirhan in 2016  (Image: CDCR)", null),
                Arguments.of("The talks ended.\n— Vladimir Putin", null),
                Arguments.of("The talks ended (Yonhap) on Friday.", null),
                Arguments.of("(Yonhap)", null),
                Arguments.of("The talks ended.\n(reporting by staff)", null));
    }

    @ParameterizedTest(name = "[{index}] credit {1}")
    @MethodSource("trailingCredits")
    void recognisesTrailingCreditOnItsOwnLastLine(String text, String credit) {
        DatelineParser.Result r = DatelineParser.parse(text);
        assertEquals(credit, r.credit());
        if (credit == null) {
            assertEquals(text.length(), r.bodyEnd());
        } else {
            assertTrue(r.bodyEnd() > 0 && text.charAt(r.bodyEnd() - 1) == '\n', "body ends at the credit's line");
            assertTrue(text.substring(r.bodyEnd()).contains(credit));
            assertFalse(text.substring(0, r.bodyEnd()).contains(credit));
        }
    }

    @Test
    void hintIsUsedOnlyWhereTheTextBeginsWithIt() {
        String text = "Seoul, Nov. 6 (Korea Bizwire) – Analysts said the move was significant.";
        DatelineParser.Result withHint = DatelineParser.parse(text, "Seoul, Nov. 6");
        assertEquals("Seoul, Nov. 6", withHint.dateline());
        assertEquals("Korea Bizwire", withHint.outlet());
        assertTrue(text.startsWith("Analysts said", withHint.bodyStart()));

        DatelineParser.Result wrongHint = DatelineParser.parse(text, "PYONGYANG, Nov. 6");
        assertFalse(wrongHint.hasDateline());

        String sentence = "Seoul said on Monday it would respond.";
        assertFalse(DatelineParser.parse(sentence, "Seoul").hasDateline(), "a hint needs a dash or the line end");
    }

    @Test
    void datelineAndCreditTogetherBoundTheBody() {
        String text = "SEOUL, Nov. 6 (Korea Bizwire) – Body line one.\nBody line two.\n(Yonhap)";
        DatelineParser.Result r = DatelineParser.parse(text);
        assertEquals("Body line one.\nBody line two.\n", text.substring(r.bodyStart(), r.bodyEnd()));
        assertEquals("Yonhap", r.credit());
    }

    @Test
    void aTextThatIsOnlyADateLineHasAnEmptyBody() {
        String text = "Monday, March 15, 2021\u00a0\n\n\n";
        DatelineParser.Result r = DatelineParser.parse(text);
        assertEquals("Monday, March 15, 2021", r.dateline());
        assertEquals(text.length(), r.bodyStart());
        assertEquals(text.length(), r.bodyEnd());
    }
}
