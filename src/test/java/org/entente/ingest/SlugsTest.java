package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://en.wikinews.org//wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead"
                + "|wikinews-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead",
        "https://en.wikinews.org//wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage"
                + "|wikinews-arrest-made-as-mayor-of-gdansk-poland-stabbed-on-stage",
        "https://en.wikinews.org//wiki/O%E2%80%99Rourke_ends_US_presidential_bid|wikinews-orourke-ends-us-presidential-bid",
        "https://en.wikinews.org//wiki/Russia%27s_Navalny_airlifted_to_Germany|wikinews-russias-navalny-airlifted-to-germany",
        "https://de.wikinews.org/wiki/Gipfel_in_M%C3%BCnchen|gipfel-in-munchen",
        "https://www.koreabizwire.com/news/north-korean-troops.html?ref=rss#top|north-korean-troops",
        "https://example.org/news/2024/11/06/|06",
    })
    void urlIdsUseTheLastPathSegmentFolded(String url, String id) {
        assertEquals(id, Slugs.fromUrl(url));
        assertTrue(Slugs.isSlug(id));
    }

    @Test
    void fileNamesAndTitlesAreSlugged() {
        assertEquals("korea-bizwire-2024-11-06-north-korean-troops",
                Slugs.fromFileName(Path.of("/x/korea-bizwire-2024-11-06-north-korean-troops.txt")));
        assertEquals("2024-11-06-north-korean-troops-in-russia",
                Slugs.fromDateAndTitle(LocalDate.of(2024, 11, 6), "North Korean troops in Russia!"));
        assertEquals("archaeologist-dr-naomi-martisius-jaroslaw-kaczynski",
                Slugs.slug("Archæologist Dr. Naomi Martisius — Jarosław Kaczyński"));
        assertEquals("", Slugs.fromDateAndTitle(LocalDate.of(2024, 11, 6), " "));
        assertEquals("", Slugs.slug("—…"));
        assertEquals("", Slugs.fromUrl(null));
    }

    @Test
    void longSlugsAreCutAtAHyphenAndStayDistinct() {
        String title = "Wikinews interviews the candidate about the campaign, the economy, foreign policy and ";
        String a = Slugs.slug(title + "the pandemic");
        String b = Slugs.slug(title + "the election");
        assertTrue(a.length() <= Slugs.MAX_LENGTH, a);
        assertTrue(Slugs.isSlug(a) && Slugs.isSlug(b));
        assertNotEquals(a, b);
        assertEquals(a, Slugs.slug(title + "the pandemic"), "deterministic");
        assertTrue(a.matches("wikinews-interviews-.*-[0-9a-f]{8}"), a);
    }

    @Test
    void isSlugRejectsWhatArticleRejects() {
        assertFalse(Slugs.isSlug(""));
        assertFalse(Slugs.isSlug("-leading"));
        assertFalse(Slugs.isSlug("Upper"));
        assertFalse(Slugs.isSlug("a".repeat(Slugs.MAX_LENGTH + 1)));
        assertTrue(Slugs.isSlug("a".repeat(Slugs.MAX_LENGTH)));
    }
}
