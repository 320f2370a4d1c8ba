package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Evidence;
import org.entente.facts.Fact;
import org.entente.facts.FactType;
import org.entente.facts.Role;
import org.junit.jupiter.api.Test;

/** Properties of the seed extraction that the gold queries do not show: provenance offsets and merging. */
class SeedExtractionTest {

    @Test
    void everyEvidenceSpanIsTheSentenceAtThoseOffsets() {
        ArticleFacts facts = SeedFixture.facts();
        String text = facts.article().text();
        assertFalse(facts.facts().isEmpty());
        for (Fact f : facts.facts()) {
            assertFalse(f.evidence().isEmpty());
            for (Evidence e : f.evidence()) {
                assertEquals(e.text(), text.substring(e.begin(), e.end()));
            }
        }
    }

    @Test
    void repeatedMentionsOfTheDeploymentAreOneFactWithSeveralSentences() {
        List<Fact> deployments = SeedFixture.facts().ofType(FactType.DEPLOYMENT);
        assertEquals(1, deployments.size(), () -> deployments.toString());
        assertTrue(deployments.get(0).evidence().size() >= 2);
        assertEquals("Q423", deployments.get(0).one(Role.DEPLOYER).orElseThrow().qid());
    }

    @Test
    void datelineAndCreditAreNotBody() {
        ArticleFacts facts = SeedFixture.facts();
        for (Fact f : facts.facts()) {
            for (Evidence e : f.evidence()) {
                assertFalse(e.text().contains("Korea Bizwire"), e.text());
                assertFalse(e.text().contains("(Yonhap)"), e.text());
            }
        }
    }
}
