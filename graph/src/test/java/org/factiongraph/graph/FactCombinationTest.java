package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactCombinationTest {

    private Worlds w;

    @BeforeEach
    void world() {
        w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Jaysh Z", EntityKind.ARMED_GROUP);
        w.entity("Front Y", EntityKind.COALITION);
    }

    private Fact only(KnowledgeGraph g, Relation r) {
        List<Fact> fs = g.facts().stream().filter(f -> f.relation() == r).toList();
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @Test
    void claimsAboutTheSameTripleBecomeOneFactWithTheirDocuments() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        w.claim("docB", "Kataeb X", "member_of", "Front Y", "2015-03", null, null);
        Fact f = only(w.build(), Relation.MEMBER_OF);
        assertEquals(2, f.claims().size());
        assertEquals(List.of("docA", "docB"), f.documents());
        assertEquals(2, f.independentSources());
        assertEquals(PartialDate.parse("2015-03"), f.start(), "the most precise agreed date");
    }

    @Test
    void symmetricRelationsAreOneFactWhicheverWayTheyWereWritten() {
        w.claim("docA", "Kataeb X", "fought", "Jaysh Z", "2016", null, null);
        w.claim("docB", "Jaysh Z", "fought", "Kataeb X", "2016", null, null);
        Fact f = only(w.build(), Relation.FOUGHT);
        assertEquals(2, f.claims().size());
    }

    @Test
    void corroborationByAnIndependentSourceRaisesConfidence() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        double one = only(w.build(), Relation.MEMBER_OF).confidence();
        w.claim("docB", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        double two = only(w.build(), Relation.MEMBER_OF).confidence();
        assertTrue(two > one, one + " -> " + two);
    }

    @Test
    void onePublisherCountsOnceWhileDocumentsWithoutPublisherCountEach() {
        w.source("docA", "Same Wire", null, "B2");
        w.source("docB", "Same Wire", null, "B2");
        w.source("docC", null, null, "B2");
        w.source("docD", null, null, "B2");
        w.claim("docA", "Kataeb X", "member_of", "Front Y", null, null, null);
        w.claim("docB", "Kataeb X", "member_of", "Front Y", null, null, null);
        Fact samePublisher = only(w.build(), Relation.MEMBER_OF);
        assertEquals(1, samePublisher.independentSources());
        w.claim("docC", "Kataeb X", "member_of", "Front Y", null, null, null);
        w.claim("docD", "Kataeb X", "member_of", "Front Y", null, null, null);
        Fact more = only(w.build(), Relation.MEMBER_OF);
        assertEquals(3, more.independentSources());
        assertTrue(more.confidence() > samePublisher.confidence());
    }

    @Test
    void aBetterGradedSourceGivesMoreConfidence() {
        w.source("docA", "Good", null, "A1");
        w.source("docB", "Poor", null, "E5");
        w.claim("docA", "Kataeb X", "member_of", "Front Y", null, null, null);
        w.claim("docB", "Jaysh Z", "member_of", "Front Y", null, null, null);
        KnowledgeGraph g = w.build();
        double good = g.facts(w.id("Kataeb X")).get(0).confidence();
        double poor = g.facts(w.id("Jaysh Z")).get(0).confidence();
        assertTrue(good > poor, good + " vs " + poor);
        assertEquals(0.8, good, 1e-9);
    }

    @Test
    void rejectedAndSupersededClaimsAreIgnored() {
        Claim wrong = w.add("docA", "Kataeb X", "member_of", "Front Y", "2013", null, null, false, 0.9,
                ReviewStatus.REJECTED);
        Claim old = w.claim("docA", "Jaysh Z", "member_of", "Front Y", "2013", null, null);
        Claim fix = old.correctedTo(old.subject(), Relation.MEMBER_OF, old.object(), PartialDate.parse("2014"),
                null, null, false, "manual");
        w.claims.add(fix);
        KnowledgeGraph g = w.build();
        assertTrue(g.facts(w.id("Kataeb X")).isEmpty(), "rejected claim made a fact");
        Fact z = g.facts(w.id("Jaysh Z")).get(0);
        assertEquals(List.of(fix), z.claims());
        assertEquals(PartialDate.parse("2014"), z.start());
        assertFalse(g.facts().stream().anyMatch(f -> f.claims().contains(wrong)));
    }

    @Test
    void aStrongerDenialKeepsTheFactOutOfTheRoster() {
        w.source("docA", "Rumour Mill", null, "E5");
        w.source("docB", "Careful Desk", null, "A1");
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        w.negated("docB", "Kataeb X", "member_of", "Front Y");
        KnowledgeGraph g = w.build();
        Fact f = only(g, Relation.MEMBER_OF);
        assertFalse(f.asserted());
        assertTrue(f.negatedConfidence() > f.confidence());
        assertTrue(g.roster(w.id("Front Y"), PartialDate.parse("2015")).isEmpty());
    }

    @Test
    void aStrongerAssertionSurvivesAWeakDenial() {
        w.source("docA", "Careful Desk", null, "A1");
        w.source("docB", "Rumour Mill", null, "E5");
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        w.negated("docB", "Kataeb X", "member_of", "Front Y");
        KnowledgeGraph g = w.build();
        assertTrue(only(g, Relation.MEMBER_OF).asserted());
        assertEquals(1, g.roster(w.id("Front Y"), PartialDate.parse("2015")).size());
    }

    @Test
    void anAcceptedClaimOutranksAStrongerExtractedDenial() {
        w.source("docA", "Rumour Mill", null, "E5");
        w.source("docB", "Careful Desk", null, "A1");
        w.add("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null, false, 0.3, ReviewStatus.ACCEPTED);
        w.negated("docB", "Kataeb X", "member_of", "Front Y");
        Fact f = only(w.build(), Relation.MEMBER_OF);
        assertTrue(f.asserted());
        assertEquals(1.0, f.confidence(), 1e-9);
    }

    @Test
    void anAcceptedDateWinsOverDisagreeingExtractedDatesWithoutAContradiction() {
        w.claim("docA", "Kataeb X", "founded", null, null, null, "2013-02");
        w.add("docB", "Kataeb X", "founded", null, null, null, "2013-05", false, 0.5, ReviewStatus.ACCEPTED);
        KnowledgeGraph g = w.build();
        assertEquals(PartialDate.parse("2013-05"), only(g, Relation.FOUNDED).at());
        assertTrue(g.contradictions().isEmpty());
    }

    @Test
    void aClaimAboutAnEntityNobodyPassedInMakesAnEntityFromItsReference() {
        w.claim("docA", "Kataeb X", "supported_by", "Front Y", null, null, null);
        Ref stranger = new Ref("state:atlantis", "Atlantis", "Atlantis", EntityKind.STATE);
        Claim c = Claim.extracted(Ref.of(w.e("Kataeb X"), "X"), Relation.SUPPORTED_BY, stranger, null, null, null,
                false, false, 0.7, null, "rule:test", null);
        w.claims.add(c);
        KnowledgeGraph g = w.build();
        assertEquals("Atlantis", g.entity("state:atlantis").orElseThrow().canonicalName());
        assertEquals(EntityKind.STATE, g.entity("state:atlantis").orElseThrow().kind());
    }
}
