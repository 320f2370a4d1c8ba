package org.entente.robust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bad inputs too big to commit into {@code generated/} of a copy of {@code tests/bad-inputs/}: a 50 MB
 * text, a CSV with a 50 MB row followed by a good row, a text just over the length limit, one sentence of 20,000 words,
 * a text naming 2,000 entities, and an article with a 2 MB sidecar.
 *
 * <pre>
 * GeneratedBadInputs.writeInto(copy.resolve("generated"));
 * </pre>
 */
final class GeneratedBadInputs {
    static final long FIFTY_MB = 50L * 1024 * 1024;

    private static final String PROSE = "The foreign ministers met in the capital on Monday and discussed the border, "
            + "trade and the fate of the prisoners held since the war. ";
    private static final List<String> STATES = List.of("France", "Germany", "Japan", "India", "Brazil", "Canada",
            "Mexico", "Egypt", "Kenya", "Nigeria", "Poland", "Spain", "Italy", "Turkey", "Iran", "Iraq", "Chile",
            "Peru", "Norway", "Sweden");
    private static final List<String> CITIES = List.of("Paris", "Berlin", "Tokyo", "Delhi", "Brasilia", "Ottawa",
            "Cairo", "Nairobi", "Lagos", "Warsaw", "Madrid", "Rome", "Ankara", "Tehran", "Baghdad", "Santiago", "Lima",
            "Oslo", "Stockholm", "Vienna");
    private static final List<String> GIVEN = List.of("Anna", "Omar", "Li", "Maria", "John", "Aiko", "Ravi", "Fatima",
            "Pedro", "Olga");
    private static final List<String> FAMILY = List.of("Kowalski", "Haddad", "Wei", "Silva", "Smith", "Tanaka",
            "Sharma", "Bello", "Costa", "Ivanova");

    private GeneratedBadInputs() {
    }

    static void writeInto(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeRepeated(dir.resolve("fifty-megabytes.txt"), "", PROSE, FIFTY_MB, "");
        writeRepeated(dir.resolve("fifty-megabyte-row.csv"),
                "url,date,title,text\r\nhttps://example.org/news/huge-row,2024-03-04,\"Huge\",\"",
                PROSE, FIFTY_MB, "\"\r\nhttps://example.org/news/generated-row-after-the-big-one,2024-03-04,"
                        + "\"After the big one\",\"Chile and Peru signed a fisheries agreement in Lima on Monday.\"\r\n");
        writeRepeated(dir.resolve("over-the-limit.txt"), "", PROSE, 250_000, "");
        Files.writeString(dir.resolve("long-sentence.txt"), longSentence(20_000), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two-thousand-entities.txt"), twoThousandEntities(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big-sidecar.txt"), "Norway and Sweden agreed to share air patrols on Monday.\n",
                StandardCharsets.UTF_8);
        writeRepeated(dir.resolve("big-sidecar.json"), "{\"title\": \"Big\", \"titleNote\": \"", "padding ",
                2L * 1024 * 1024, "\"}");
    }

    /** One sentence of {@code words} words: no full stop, no line break until the end. */
    static String longSentence(int words) {
        String[] vocabulary = PROSE.replace(".", "").replace(",", "").strip().split(" ");
        StringBuilder sb = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(vocabulary[i % vocabulary.length]);
        }
        return sb.append(".\n").toString();
    }

    /** 100 sentences that name 20 entities each (states, cities, people): 2,000 named entities in all. */
    static String twoThousandEntities() {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 100; s++) {
            sb.append("Delegates from ");
            for (int i = 0; i < 8; i++) {
                sb.append(STATES.get((s + i) % STATES.size())).append(", ");
            }
            sb.append("cities such as ");
            for (int i = 0; i < 6; i++) {
                sb.append(CITIES.get((s * 3 + i) % CITIES.size())).append(", ");
            }
            sb.append("and the envoys ");
            for (int i = 0; i < 6; i++) {
                sb.append(GIVEN.get((s + i) % GIVEN.size())).append(' ').append(FAMILY.get((s * 7 + i) % FAMILY.size()));
                sb.append(i < 5 ? ", " : " ");
            }
            sb.append("met in Geneva.\n");
        }
        return sb.toString();
    }

    private static void writeRepeated(Path file, String head, String unit, long atLeast, String tail)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            long written = 0;
            while (written < atLeast) {
                out.write(unit);
                written += unit.length();
            }
            out.write(tail);
        }
    }
}
