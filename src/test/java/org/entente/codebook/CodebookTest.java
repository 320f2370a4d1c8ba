package org.entente.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.entente.error.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled codebook as data: codes, planned forms, curated overrides, discards, agents, and bad files. */
class CodebookTest {
    private static final Codebook BOOK = Codebook.bundled();

    @TempDir
    Path dir;

    @Test
    void hyphenatedTermsAlsoMatchTheTokensCoreNlpSplitsThemInto() {
        Term t = Term.parse("cease-fire|truce");
        assertEquals(List.of(List.of("cease-fire"), List.of("cease", "-", "fire"), List.of("truce")), t.alternatives());
        assertEquals(List.of(List.of("-")), Term.parse("-").alternatives(), "a lone hyphen stays one word");
    }

    @Test
    void everyCodeHasItsPloverTypeAndWeight() {
        CameoCode intent = BOOK.code("0311").orElseThrow();
        assertEquals("AGREE", intent.ploverType());
        assertEquals(new BigDecimal("5.2"), intent.goldstein(), "a four-digit code takes its parent's weight");
        assertEquals("DISAPPROVE", BOOK.code("111").orElseThrow().ploverType());
        assertEquals("INVESTIGATE", BOOK.code("090").orElseThrow().ploverType());
        assertEquals("DEMAND", BOOK.code("020").orElseThrow().ploverType(), "appeals are demands in PLOVER");
        assertEquals("COERCE", BOOK.code("163").orElseThrow().ploverType(), "sanctions imposed coerce");
        assertEquals("SANCTION", BOOK.code("161").orElseThrow().ploverType());
        assertFalse(BOOK.code("010").orElseThrow().isEvent(), "a public statement is no PLOVER event");
        assertEquals(new BigDecimal("-10.0"), BOOK.code("190").orElseThrow().goldstein());
        assertTrue(BOOK.patternCount() > 4000, "the CAMEO verb dictionary's patterns are loaded");
    }

    @Test
    void plannedActsAreIntentsOrThreats() {
        assertEquals(Optional.of("0333"), BOOK.plannedCode("073"), "will give humanitarian aid");
        assertEquals(Optional.of("036"), BOOK.plannedCode("042"), "will visit");
        assertEquals(Optional.of("1312"), BOOK.plannedCode("163"), "will impose sanctions");
        assertEquals(Optional.of("1384"), BOOK.plannedCode("195"), "will bomb");
        assertEquals(Optional.empty(), BOOK.plannedCode("111"), "a criticism has no planned form");
    }

    @Test
    void refusedCooperativeActsAreRejections() {
        assertEquals("1244", BOOK.refused(BOOK.code("085").orElseThrow()).orElseThrow().code(), "will not lift sanctions");
        assertEquals("1243", BOOK.refused(BOOK.code("0841").orElseThrow()).orElseThrow().code(), "refused to release");
        assertEquals("125", BOOK.refused(BOOK.code("042").orElseThrow()).orElseThrow().code(), "will not visit");
        assertEquals("REJECT", BOOK.refused(BOOK.code("061").orElseThrow()).orElseThrow().ploverType());
        assertEquals(Optional.empty(), BOOK.refused(BOOK.code("190").orElseThrow()), "force not used is no rejection");
        assertEquals("120", BOOK.refused(BOOK.code("120").orElseThrow()).orElseThrow().code(), "a rejection stays one");
    }

    @Test
    void labelsAreJudgedByTheirWordsNotByTheVerb() {
        assertTrue(BOOK.labels("call") && BOOK.labels("describe"), "verbs that put a label on their object");
        assertFalse(BOOK.labels("condemn"), "a verb of criticism codes by itself");
        assertEquals("111", BOOK.label("illegal").orElseThrow().code());
        assertEquals("DISAPPROVE", BOOK.label("clown").orElseThrow().ploverType());
        assertEquals("051", BOOK.label("partner").orElseThrow().code());
        assertEquals(Optional.empty(), BOOK.label("minister"), "a word that judges nothing");
    }

    @Test
    void curatedRowsWinOverTheGeneratedOnes() {
        assertTrue(BOOK.verbs("urge").stream().anyMatch(v -> v.block().equals("DEMAND") && v.code().equals("020")),
                "a verb the CAMEO dictionary lacks");
        assertTrue(BOOK.verbs("negotiate").stream().noneMatch(v -> v.block().equals("COMPROMISE")),
                "a generated verb removed");
        assertEquals("046", BOOK.verbs("negotiate").get(0).code(), "and placed in the right block");
        assertTrue(BOOK.patterns("LIFT").stream().noneMatch(p -> p.id().equals("LIFT:1")), "a generated pattern removed");
        assertTrue(BOOK.patterns("LIFT").stream().anyMatch(p -> p.id().equals("curated:LIFT:1") && p.code().equals("085")),
                "and replaced by a curated one");
        assertTrue(BOOK.isReciprocal("meet") && !BOOK.isReciprocal("condemn"));
    }

    @Test
    void discardsAndAgentsComeFromTheirTables() {
        assertTrue(BOOK.discards(List.of("after", "the", "world", "cup", "final")));
        assertFalse(BOOK.discards(List.of("the", "world", "bank", "lent", "money")));
        assertEquals("COP", BOOK.agent(List.of("federal", "police")).orElseThrow().sector());
        assertEquals("MIL", BOOK.agent(List.of("troops")).orElseThrow().sector());
        assertTrue(BOOK.agent(List.of("banana")).isEmpty());
    }

    @Test
    void aResearchersFolderIsReadAndItsErrorsNameFileAndLine() throws IOException {
        Path generated = Files.createDirectories(dir.resolve("generated"));
        Files.writeString(generated.resolve("cameo-codes.tsv"), "# test\ncode\tdescription\tplover_type\tplover_mode\t"
                + "plover_context\tgoldstein\n111\tCriticize or denounce\tDISAPPROVE\tdisapprove\t\t-2.0\n");
        Files.writeString(generated.resolve("verbs.tsv"), "block\tverb\tphrase\tcode\nDENOUNCE\tcondemn\t+condemn\t111\n");
        Files.writeString(generated.resolve("patterns.tsv"), "id\tblock\tsubject\tobject\tpreps\tcode\treverse\tcomment\n");
        Codebook mine = Codebook.create().directory(dir).build();
        assertEquals("111", mine.verbs("condemn").get(0).code());
        assertTrue(mine.verbs("urge").isEmpty(), "only what the folder holds");

        Files.writeString(generated.resolve("verbs.tsv"), "block\tverb\tphrase\tcode\nDENOUNCE\tcondemn\t+condemn\t11x\n");
        EntenteException bad = assertThrows(EntenteException.class, () -> Codebook.create().directory(dir).build());
        assertTrue(bad.getMessage().contains("generated/verbs.tsv:2") && bad.getMessage().contains("11x"),
                bad.getMessage());
        Files.writeString(generated.resolve("verbs.tsv"), "block\tverb\tphrase\tcode\nDENOUNCE\tcondemn\t+condemn\t999\n");
        EntenteException unknown = assertThrows(EntenteException.class, () -> Codebook.create().directory(dir).build());
        assertTrue(unknown.getMessage().contains("999") && unknown.getMessage().contains("cameo-codes.tsv"),
                unknown.getMessage());
        Files.writeString(generated.resolve("verbs.tsv"), "block\tverb\tphrase\tcode\nDENOUNCE\tcondemn\t+condemn\t111\n");
        Path curated = Files.createDirectories(dir.resolve("curated"));
        Files.writeString(curated.resolve("verbal.tsv"), "verb\tcode\tcomment\nattack\t111\twords\n");
        assertEquals("111", Codebook.create().directory(dir).build().verbalForce("attack").orElseThrow().code());
        Files.writeString(curated.resolve("verbal.tsv"), "verb\tcode\tcomment\nattack\t1x1\twords\n");
        EntenteException verbal = assertThrows(EntenteException.class, () -> Codebook.create().directory(dir).build());
        assertTrue(verbal.getMessage().contains("curated/verbal.tsv:2") && verbal.getMessage().contains("1x1"),
                verbal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Codebook.create().directory(dir.resolve("none")).build());
    }
}
