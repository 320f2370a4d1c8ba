package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pruned fine-grained gazetteers leave out only entries that the tokenizer never lets match, and nothing else. */
class FineGrainedMappingTest {
    private final String before = System.getProperty(FineGrainedMapping.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(FineGrainedMapping.PROPERTY);
        } else {
            System.setProperty(FineGrainedMapping.PROPERTY, before);
        }
    }

    @Test
    void onlySingleHyphenatedWordsWithEscapesOrOptionalCharactersAreUnmatchable() {
        assertTrue(FineGrainedMapping.unmatchable("Nev\\.?-owned"));
        assertTrue(FineGrainedMapping.unmatchable("u\\.s\\.-backed"));
        assertFalse(FineGrainedMapping.unmatchable("anti-war"), "a literal word is cheap and kept");
        assertFalse(FineGrainedMapping.unmatchable("Mont\\.?"), "no hyphen: it can match a token");
        assertFalse(FineGrainedMapping.unmatchable("secretary-of-the-.*"), "a real wildcard is kept");
        assertFalse(FineGrainedMapping.unmatchable("Gen\\.? [Oo]f [Tt]he Army"), "several words are kept");
        assertFalse(FineGrainedMapping.unmatchable("<?[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,4}>?"), "e-mail pattern");
    }

    @Test
    void thePrunedFilesKeepEveryOtherEntryInOrder() throws IOException {
        FineGrainedMapping pruned = FineGrainedMapping.pruned();
        String[] files = pruned.mappingProperty().substring(pruned.mappingProperty().lastIndexOf(',') + 1).split(";");
        List<String> kept = new ArrayList<>();
        for (String resource : List.of(FineGrainedMapping.CASELESS, FineGrainedMapping.CASED)) {
            for (String line : resourceLines(resource)) {
                if (!FineGrainedMapping.unmatchable(line.substring(0, line.indexOf('\t')))) {
                    kept.add(line);
                }
            }
        }
        List<String> written = new ArrayList<>(Files.readAllLines(Path.of(files[0]), StandardCharsets.UTF_8));
        written.addAll(Files.readAllLines(Path.of(files[1]), StandardCharsets.UTF_8));
        assertEquals(kept, written);
        assertTrue(pruned.droppedEntries() > 800, "the hyphenated abbreviations are dropped: " + pruned.droppedEntries());
        assertTrue(pruned.mappingProperty().startsWith("ignorecase=true,validpospattern=(NN|JJ|ADD).*,"));
    }

    @Test
    void theTokenizerSplitsEveryDroppedEntryAtItsHyphen() throws IOException {
        List<String> instances = new ArrayList<>();
        for (String resource : List.of(FineGrainedMapping.CASELESS, FineGrainedMapping.CASED)) {
            for (String line : resourceLines(resource)) {
                String pattern = line.substring(0, line.indexOf('\t'));
                if (FineGrainedMapping.unmatchable(pattern)) {
                    instances.add(pattern.replace("?", "").replaceAll("\\\\(.)", "$1"));
                    instances.add(pattern.replaceAll("(\\\\.|[^\\\\])\\?", "").replaceAll("\\\\(.)", "$1"));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String instance : instances) {
            text.append("They met the ");
            spans.add(new int[] {text.length(), text.length() + instance.length()});
            text.append(instance).append(" group.\n");
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        CoreDocument doc = new CoreDocument(text.toString());
        new StanfordCoreNLP(p).annotate(doc);
        Set<String> tokenSpans = new HashSet<>();
        for (CoreLabel t : doc.tokens()) {
            tokenSpans.add(t.beginPosition() + ":" + t.endPosition());
        }
        assertTrue(instances.size() > 1600, "two instances per dropped entry: " + instances.size());
        for (int i = 0; i < instances.size(); i++) {
            assertFalse(tokenSpans.contains(spans.get(i)[0] + ":" + spans.get(i)[1]),
                    "the tokenizer keeps '" + instances.get(i) + "' as one token");
        }
    }

    @Test
    void thePropertySelectsTheGazetteers() {
        System.clearProperty(FineGrainedMapping.PROPERTY);
        assertEquals(FineGrainedMapping.PRUNED_BY_DEFAULT, FineGrainedMapping.configuredPruned());
        System.setProperty(FineGrainedMapping.PROPERTY, " Pruned ");
        assertTrue(FineGrainedMapping.configuredPruned());
        assertEquals(FineGrainedMapping.pruned().mappingProperty(),
                NlpPipeline.properties(NlpProfile.LEAN).getProperty("ner.fine.regexner.mapping"));
        System.setProperty(FineGrainedMapping.PROPERTY, "complete");
        assertFalse(FineGrainedMapping.configuredPruned());
        assertFalse(NlpPipeline.properties(NlpProfile.LEAN).containsKey("ner.fine.regexner.mapping"),
                "complete leaves CoreNLP's default mapping");
        System.setProperty(FineGrainedMapping.PROPERTY, "none");
        assertThrows(IllegalArgumentException.class, FineGrainedMapping::configuredPruned);
    }

    private static List<String> resourceLines(String resource) throws IOException {
        InputStream in = FineGrainedMappingTest.class.getClassLoader().getResourceAsStream(resource);
        assertTrue(in != null, resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
