package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

/** Contradictions planted in small test documents are reported with the claims on each side. */
class ContradictionTest {

    private static List<Contradiction> of(KnowledgeGraph g, Contradiction.Kind kind) {
        return g.contradictions().stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void twoFoundingMonthsFromTwoSourcesAreADateMismatchAndTheCommonYearIsKept() {
        Worlds w = new Worlds();
        w.entity("Liwa al-Test", EntityKind.ARMED_GROUP);
        Claim jan = w.claim("docA", "Liwa al-Test", "founded", null, null, null, "2014-01");
        Claim mar = w.claim("docB", "Liwa al-Test", "founded", null, null, null, "2014-03");
        KnowledgeGraph g = w.build();
        List<Contradiction> found = of(g, Contradiction.Kind.DATE_MISMATCH);
        assertEquals(1, found.size());
        Contradiction c = found.get(0);
        assertEquals(List.of(jan), c.sideA());
        assertEquals(List.of(mar), c.sideB());
        assertEquals(w.id("Liwa al-Test"), c.entityId());
        assertEquals(PartialDate.parse("2014"), c.fact().at());
        assertTrue(c.description().contains("2014-01") && c.description().contains("2014-03"), c.description());
    }

    @Test
    void aCoarseDateAgreeingWithBothSidesStaysOutOfTheMismatchAndAnEndlessDisagreementKeepsTheEarliest() {
        Worlds w = new Worlds();
        w.entity("Liwa al-Test", EntityKind.ARMED_GROUP);
        w.entity("Liwa Other", EntityKind.ARMED_GROUP);
        Claim year = w.claim("docA", "Liwa al-Test", "founded", null, null, null, "2014");
        Claim jan = w.claim("docB", "Liwa al-Test", "founded", null, null, null, "2014-01-20");
        Claim mar = w.claim("docC", "Liwa al-Test", "founded", null, null, null, "2014-03");
        w.claim("docA", "Liwa Other", "founded", null, null, null, "2015");
        w.claim("docB", "Liwa Other", "founded", null, null, null, "2013-06");
        KnowledgeGraph g = w.build();
        List<Contradiction> found = of(g, Contradiction.Kind.DATE_MISMATCH);
        assertEquals(2, found.size());
        Contradiction c = found.stream().filter(x -> x.entityId().equals(w.id("Liwa al-Test"))).findFirst()
                .orElseThrow();
        assertEquals(List.of(jan), c.sideA());
        assertEquals(List.of(mar), c.sideB());
        assertFalse(c.sideA().contains(year) || c.sideB().contains(year));
        assertEquals(PartialDate.parse("2014"), c.fact().at());
        assertEquals(PartialDate.parse("2013-06"), g.lifetime(w.id("Liwa Other")).orElseThrow().from());
    }

    @Test
    void aYearAndAMonthInsideItAgreeAndRaiseNoContradiction() {
        Worlds w = new Worlds();
        w.entity("Liwa al-Test", EntityKind.ARMED_GROUP);
        w.claim("docA", "Liwa al-Test", "founded", null, null, null, "2014");
        w.claim("docB", "Liwa al-Test", "founded", null, null, null, "2014-01");
        KnowledgeGraph g = w.build();
        assertTrue(g.contradictions().isEmpty());
        assertEquals(PartialDate.parse("2014-01"), g.facts(w.id("Liwa al-Test")).get(0).at());
    }

    @Test
    void aMembershipAssertedByOneSourceAndNegatedByAnotherIsReported() {
        Worlds w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Front Y", EntityKind.COALITION);
        Claim yes = w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015-01", null, null);
        Claim no = w.negated("docB", "Kataeb X", "member_of", "Front Y");
        KnowledgeGraph g = w.build();
        List<Contradiction> found = of(g, Contradiction.Kind.ASSERTED_AND_NEGATED);
        assertEquals(1, found.size());
        assertEquals(List.of(yes), found.get(0).sideA());
        assertEquals(List.of(no), found.get(0).sideB());
        assertEquals(Relation.MEMBER_OF, found.get(0).fact().relation());
    }

    @Test
    void aMembershipThatEndsBeforeItStartsIsReportedAndHoldsAtNoDate() {
        Worlds w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Front Y", EntityKind.COALITION);
        Claim bad = w.claim("docA", "Kataeb X", "member_of", "Front Y", "2016-05", "2015-02", null);
        KnowledgeGraph g = w.build();
        List<Contradiction> found = of(g, Contradiction.Kind.ENDS_BEFORE_START);
        assertEquals(1, found.size());
        assertEquals(List.of(bad), found.get(0).sideA());
        assertEquals(List.of(bad), found.get(0).sideB());
        assertTrue(g.roster(w.id("Front Y"), PartialDate.parse("2015-06")).isEmpty());
        assertTrue(g.roster(w.id("Front Y"), PartialDate.parse("2016-06")).isEmpty());
    }

    @Test
    void startAndEndFromDifferentSourcesThatCrossAreReportedWithBothSides() {
        Worlds w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Front Y", EntityKind.COALITION);
        Claim start = w.claim("docA", "Kataeb X", "member_of", "Front Y", "2016", null, null);
        Claim end = w.claim("docB", "Kataeb X", "member_of", "Front Y", null, "2015", null);
        Contradiction c = of(w.build(), Contradiction.Kind.ENDS_BEFORE_START).get(0);
        assertEquals(List.of(start), c.sideA());
        assertEquals(List.of(end), c.sideB());
    }

    @Test
    void aClaimDatedAfterTheEntitysDissolutionIsReported() {
        Worlds w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Jaysh Z", EntityKind.ARMED_GROUP);
        Claim gone = w.claim("docA", "Kataeb X", "dissolved", null, null, null, "2016-03");
        w.claim("docA", "Kataeb X", "fought", "Jaysh Z", "2015-05", null, null);
        Claim late = w.claim("docB", "Jaysh Z", "fought", "Kataeb X", null, null, "2017-02");
        KnowledgeGraph g = w.build();
        List<Contradiction> found = of(g, Contradiction.Kind.ACTIVE_AFTER_DISSOLUTION);
        assertEquals(1, found.size(), g.contradictions().toString());
        Contradiction c = found.get(0);
        assertEquals(w.id("Kataeb X"), c.entityId());
        assertEquals(List.of(gone), c.sideA());
        assertEquals(List.of(late), c.sideB());
    }

    @Test
    void aClaimInTheYearOfDissolutionIsNotAfterIt() {
        Worlds w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Jaysh Z", EntityKind.ARMED_GROUP);
        w.claim("docA", "Kataeb X", "dissolved", null, null, null, "2018");
        w.claim("docA", "Kataeb X", "fought", "Jaysh Z", "2018-05", null, null);
        assertTrue(w.build().contradictions().isEmpty());
    }

    @Test
    void aConsistentWorldHasNoContradictionsButTheGoldNegationIsReportedOnlyWhenAsserted() {
        KnowledgeGraph g = Worlds.gold().build();
        assertFalse(g.contradictions().stream().anyMatch(c -> c.kind() != Contradiction.Kind.ASSERTED_AND_NEGATED),
                g.contradictions().toString());
        assertTrue(of(g, Contradiction.Kind.ASSERTED_AND_NEGATED).isEmpty(),
                "a fact only ever negated is no contradiction");
    }
}
