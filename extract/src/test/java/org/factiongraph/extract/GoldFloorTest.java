package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The floor the issue sets: extraction on the five gold documents, scored like score.py, reaches F1 ≥ 0.85 and
 * time accuracy ≥ 0.85 with no negated claim asserted. Writes target/gold-claims.jsonl for score.py.
 */
class GoldFloorTest {

    @Test
    void goldDocumentsReachTheF1AndTimeFloorWithoutAssertingNegatedClaims() throws Exception {
        Path gold = GoldSets.find("shared/gold");
        Assumptions.assumeTrue(gold != null && gold.resolve("seeds.jsonl").toFile().exists(),
                "no shared/gold directory above " + Paths.get("").toAbsolutePath() + ": gold floor not checked");
        List<Claim> claims = GoldSets.extractAll(GoldSets.docs(gold.resolve("docs"), ".*\\.txt"));
        GoldSets.write(Paths.get("target/gold-claims.jsonl"), claims);
        Scorer.Result r = Scorer.score(gold.resolve("seeds.jsonl"), claims);
        System.out.println("gold: " + r.summary());
        r.missed().forEach(System.out::println);
        r.spurious().forEach(System.out::println);
        assertTrue(r.f1() >= 0.85, "F1 below the floor: " + r.summary());
        assertTrue(r.timeAccuracy() >= 0.85, "time accuracy below the floor: " + r.summary());
        assertEquals(0, r.negatedAsserted(), "a negated gold claim was asserted: " + r.summary());
    }

    @Test
    void developmentSetsArePrintedForGenerality() throws Exception {
        Path samples = GoldSets.find("samples");
        Path sg = GoldSets.find("eval/samples.gold.jsonl");
        Path dev = GoldSets.find("eval/dev");
        Path dg = GoldSets.find("eval/dev.gold.jsonl");
        Assumptions.assumeTrue(samples != null && sg != null || dev != null && dg != null,
                "no development sets (samples/, eval/dev/) found: nothing to report");
        if (samples != null && sg != null) {
            Scorer.Result r = GoldSets.report("samples", samples, ".*\\.txt", sg,
                    Paths.get("target/samples-claims.jsonl"), false);
            assertEquals(0, r.negatedAsserted(), "samples: a negated claim was asserted: " + r.summary());
        }
        if (dev != null && dg != null) {
            Scorer.Result r = GoldSets.report("dev", dev, ".*\\.txt", dg, Paths.get("target/dev-claims.jsonl"), false);
            assertEquals(0, r.negatedAsserted(), "dev: a negated claim was asserted: " + r.summary());
        }
    }
}
