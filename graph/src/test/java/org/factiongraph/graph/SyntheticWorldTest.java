package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.factiongraph.model.Claim;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Precision;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

class SyntheticWorldTest {

    @Test
    void theSameSeedGivesTheSameWorldAndExactlyTheRequestedClaims() {
        SyntheticWorld a = SyntheticWorld.generate(200, 30, 5L);
        SyntheticWorld b = SyntheticWorld.generate(200, 30, 5L);
        assertEquals(200 * 30, a.claims().size());
        assertEquals(a.claims(), b.claims());
        assertFalse(a.claims().equals(SyntheticWorld.generate(200, 30, 6L).claims()));
    }

    @Test
    void theWorldMixesRelationsPrecisionsAndKinds() {
        SyntheticWorld w = SyntheticWorld.generate(300, 50, 1L);
        EnumSet<Relation> relations = EnumSet.noneOf(Relation.class);
        EnumSet<Precision> precisions = EnumSet.noneOf(Precision.class);
        int negated = 0;
        for (Claim c : w.claims()) {
            relations.add(c.relation());
            for (PartialDate d : new PartialDate[] {c.start(), c.end(), c.at()}) {
                if (d != null) {
                    precisions.add(d.precision());
                    assertTrue(d.year() >= 2011 && d.year() <= 2025, d.toString());
                }
            }
            negated += c.negated() ? 1 : 0;
        }
        assertTrue(relations.containsAll(Set.of(Relation.MEMBER_OF, Relation.ALLIED_WITH, Relation.FOUGHT,
                Relation.FOUNDED, Relation.DISSOLVED, Relation.SUPPORTED_BY)), relations.toString());
        assertEquals(EnumSet.allOf(Precision.class), precisions);
        assertTrue(negated > 0);
        assertTrue(w.entities().stream().anyMatch(e -> e.kind() == EntityKind.STATE));
        assertTrue(w.entities().stream().anyMatch(e -> e.kind().isUmbrella()));
    }

    @Test
    void aSyntheticGraphCorroboratesFactsAndAnswersQueries() {
        SyntheticWorld w = SyntheticWorld.generate(300, 50, 3L);
        KnowledgeGraph g = KnowledgeGraph.build(w.entities(), w.claims(), w.sources());
        assertTrue(g.facts().size() < w.claims().size() / 2, "claims repeat facts");
        assertTrue(g.facts().stream().anyMatch(f -> f.independentSources() > 1));
        assertTrue(g.contradictions().stream().anyMatch(c -> c.kind() == Contradiction.Kind.DATE_MISMATCH));
        NetworkSnapshot net = g.network(PartialDate.parse("2018-06"), Set.of(), Set.of());
        assertFalse(net.edges().isEmpty());
        for (NetworkSnapshot.Edge e : net.edges()) {
            assertTrue(e.fact().holdsAt(PartialDate.parse("2018-06")), e.toString());
        }
    }

    @Test
    void theYearIndexAgreesWithAFullScanOfTheFacts() {
        SyntheticWorld w = SyntheticWorld.generate(150, 40, 9L);
        KnowledgeGraph g = KnowledgeGraph.build(w.entities(), w.claims(), w.sources());
        for (String at : new String[] {"2009", "2011-03", "2014", "2016-02-29", "2020-12", "2026"}) {
            PartialDate d = PartialDate.parse(at);
            long scanned = g.facts().stream().filter(f -> f.objectId() != null && f.holdsAt(d)).count();
            assertEquals(scanned, g.network(d, Set.of(), Set.of()).edges().size(), at);
        }
    }
}
