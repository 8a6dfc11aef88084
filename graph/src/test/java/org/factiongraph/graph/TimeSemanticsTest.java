package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeSemanticsTest {

    private Worlds w;

    @BeforeEach
    void world() {
        w = new Worlds();
        w.entity("Kataeb X", EntityKind.ARMED_GROUP);
        w.entity("Jaysh Z", EntityKind.ARMED_GROUP);
        w.entity("Front Y", EntityKind.COALITION);
        w.entity("Liwa Q", EntityKind.ARMED_GROUP);
    }

    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    private boolean member(KnowledgeGraph g, String who, String of, String at) {
        return g.roster(w.id(of), d(at)).stream().anyMatch(r -> r.member().id().equals(w.id(who)));
    }

    private static boolean edge(KnowledgeGraph g, String at, Relation r, String a, String b) {
        return g.network(d(at), Set.of(r), Set.of()).edges().stream()
                .anyMatch(e -> (e.subjectId().equals(a) && e.objectId().equals(b))
                        || (e.subjectId().equals(b) && e.objectId().equals(a)));
    }

    @Test
    void anIntervalHoldsInsideItsMonthsAndAYearQueryMeetsAStartInDecember() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2014-12", "2015-04", null);
        KnowledgeGraph g = w.build();
        assertTrue(member(g, "Kataeb X", "Front Y", "2014"), "2014 may include December 2014");
        assertFalse(member(g, "Kataeb X", "Front Y", "2014-11"));
        assertTrue(member(g, "Kataeb X", "Front Y", "2015-02-10"));
        assertTrue(member(g, "Kataeb X", "Front Y", "2015-04"), "the stated end month is included");
        assertFalse(member(g, "Kataeb X", "Front Y", "2015-05"));
    }

    @Test
    void anAllianceEndsWhenTheSamePairLaterFights() {
        w.claim("docA", "Kataeb X", "allied_with", "Jaysh Z", "2014-03", null, null);
        w.claim("docB", "Jaysh Z", "fought", "Kataeb X", "2016-11", null, null);
        KnowledgeGraph g = w.build();
        String x = w.id("Kataeb X");
        String z = w.id("Jaysh Z");
        assertTrue(edge(g, "2015", Relation.ALLIED_WITH, x, z));
        assertFalse(edge(g, "2015", Relation.FOUGHT, x, z));
        assertFalse(edge(g, "2017", Relation.ALLIED_WITH, x, z));
        assertTrue(edge(g, "2017", Relation.FOUGHT, x, z));
        Fact alliance = g.facts(x).stream().filter(f -> f.relation() == Relation.ALLIED_WITH).findFirst().orElseThrow();
        assertEquals(d("2016-11"), alliance.holdsUntil());
        assertTrue(alliance.untilReason().startsWith("fought"), alliance.untilReason());
    }

    @Test
    void aMembershipEndsWhenTheMemberLaterFightsTheCoalition() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2014", null, null);
        w.claim("docB", "Kataeb X", "fought", "Front Y", "2016-02", null, null);
        KnowledgeGraph g = w.build();
        assertTrue(member(g, "Kataeb X", "Front Y", "2015-06"));
        assertFalse(member(g, "Kataeb X", "Front Y", "2016-06"));
    }

    @Test
    void aMembershipEndsWithTheDissolutionOfTheCoalition() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        w.claim("docB", "Front Y", "dissolved", null, null, null, "2016-05");
        KnowledgeGraph g = w.build();
        assertTrue(member(g, "Kataeb X", "Front Y", "2016-04"));
        assertFalse(member(g, "Kataeb X", "Front Y", "2016-08"));
        assertFalse(g.network(d("2016-08"), Set.of(), Set.of()).nodes().stream()
                .anyMatch(n -> n.entity().id().equals(w.id("Front Y"))), "a dissolved coalition is not alive");
    }

    @Test
    void aMembershipEndsWhenTheMemberMergesIntoAnotherGroup() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2015", null, null);
        w.claim("docA", "Kataeb X", "merged_into", "Jaysh Z", null, null, "2017-01");
        KnowledgeGraph g = w.build();
        assertTrue(member(g, "Kataeb X", "Front Y", "2016"));
        assertFalse(member(g, "Kataeb X", "Front Y", "2017-03"));
        Lifetime life = g.lifetime(w.id("Kataeb X")).orElseThrow();
        assertEquals(d("2017-01"), life.until());
        assertTrue(life.endReason().startsWith("merged_into"));
    }

    @Test
    void anUndatedClaimHoldsWithinItsDocumentsTimeFrame() {
        w.claim("docA", "Jaysh Z", "fought", "Liwa Q", "2013-02", null, null);
        w.claim("docA", "Liwa Q", "founded", null, null, null, "2012");
        w.claim("docA", "Jaysh Z", "dissolved", null, null, null, "2015-07");
        w.claim("docA", "Kataeb X", "member_of", "Front Y", null, null, null);
        KnowledgeGraph g = w.build();
        Fact f = g.facts(w.id("Kataeb X")).get(0);
        assertEquals(d("2012"), f.holdsFrom());
        assertEquals(d("2015-07"), f.holdsUntil());
        assertEquals("document time frame", f.untilReason());
        assertTrue(member(g, "Kataeb X", "Front Y", "2014"));
        assertFalse(member(g, "Kataeb X", "Front Y", "2016"));
        assertFalse(member(g, "Kataeb X", "Front Y", "2011"));
    }

    @Test
    void theDocumentsPublicationDateWidensItsTimeFrame() {
        w.source("docA", null, "2017-03-02", "B2");
        w.claim("docA", "Jaysh Z", "fought", "Liwa Q", "2016", null, null);
        w.claim("docA", "Kataeb X", "member_of", "Front Y", null, null, null);
        KnowledgeGraph g = w.build();
        Fact f = g.facts(w.id("Kataeb X")).get(0);
        assertEquals(d("2016"), f.holdsFrom());
        assertEquals(d("2017-03-02"), f.holdsUntil());
    }

    @Test
    void anUndatedClaimStartsNoEarlierThanTheFoundingOfEitherSide() {
        w.claim("docA", "Jaysh Z", "fought", "Liwa Q", "2012", "2018", null);
        w.claim("docA", "Front Y", "founded", null, null, null, "2015-03");
        w.claim("docA", "Kataeb X", "member_of", "Front Y", null, null, null);
        KnowledgeGraph g = w.build();
        assertEquals(d("2015-03"), g.facts(w.id("Kataeb X")).get(0).holdsFrom());
        assertFalse(member(g, "Kataeb X", "Front Y", "2014"));
        assertTrue(member(g, "Kataeb X", "Front Y", "2016"));
    }

    @Test
    void aClaimDatedOnlyAtAPointHoldsOnlyThen() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", null, null, "2014-01");
        KnowledgeGraph g = w.build();
        assertTrue(member(g, "Kataeb X", "Front Y", "2014-01-15"));
        assertFalse(member(g, "Kataeb X", "Front Y", "2014-03"));
    }

    @Test
    void aStartWithoutEndStaysOpen() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2014-01", null, null);
        assertTrue(member(w.build(), "Kataeb X", "Front Y", "2023"));
    }

    @Test
    void pointRelationsHoldOnlyAtTheirDate() {
        w.claim("docA", "Kataeb X", "pledged_allegiance_to", "Jaysh Z", null, null, "2015-06");
        KnowledgeGraph g = w.build();
        assertTrue(edge(g, "2015", Relation.PLEDGED_ALLEGIANCE_TO, w.id("Kataeb X"), w.id("Jaysh Z")));
        assertFalse(edge(g, "2016", Relation.PLEDGED_ALLEGIANCE_TO, w.id("Kataeb X"), w.id("Jaysh Z")));
    }

    @Test
    void anEntityIsAliveFromItsFoundingAndARenamedNameEndsAtTheRenaming() {
        w.claim("docA", "Kataeb X", "founded", null, null, null, "2012-05");
        w.claim("docA", "Kataeb X", "renamed_to", "Liwa Q", null, null, "2016");
        KnowledgeGraph g = w.build();
        Lifetime life = g.lifetime(w.id("Kataeb X")).orElseThrow();
        assertEquals(d("2012-05"), life.from());
        assertEquals(d("2016"), life.until());
        assertFalse(life.aliveAt(d("2012-04")));
        assertTrue(life.aliveAt(d("2014")));
        assertFalse(life.aliveAt(d("2017")));
        assertFalse(g.network(d("2011"), Set.of(), Set.of()).nodes().stream()
                .anyMatch(n -> n.entity().id().equals(w.id("Kataeb X"))));
        assertTrue(g.network(d("2013"), Set.of(), Set.of(EntityKind.ARMED_GROUP)).nodes().stream()
                .anyMatch(n -> n.entity().id().equals(w.id("Kataeb X"))));
    }

    @Test
    void aRenamingBetweenTwoNamesOfOneEntityEndsNothingAndTellsBothNames() {
        w.claim("docA", "Kataeb X", "founded", null, null, null, "2012-05");
        Entity x = w.e("Kataeb X");
        w.claims.add(new Claim(null, new Ref(x.id(), x.canonicalName(), "Old X Brigade", x.kind()),
                Relation.RENAMED_TO, new Ref(x.id(), x.canonicalName(), "Kataeb X", x.kind()), null, null, d("2016"),
                false, false, 0.8, new Evidence("docA", "docA.txt", 100, 140, "Old X Brigade, now Kataeb X"),
                "manual", null, ReviewStatus.UNREVIEWED, null, null));
        KnowledgeGraph g = w.build();
        assertTrue(g.lifetime(w.id("Kataeb X")).orElseThrow().aliveAt(d("2017")));
        assertTrue(g.timeline(w.id("Kataeb X")).stream()
                .anyMatch(e -> e.description().equals("Old X Brigade renamed to Kataeb X")),
                g.timeline(w.id("Kataeb X")).toString());
    }

    @Test
    void aNetworkFilteredByKindsLeavesOutEdgesToOtherKinds() {
        w.claim("docA", "Kataeb X", "member_of", "Front Y", "2014", null, null);
        w.claim("docA", "Kataeb X", "fought", "Jaysh Z", "2014", null, null);
        NetworkSnapshot net = w.build().network(d("2014"), Set.of(), Set.of(EntityKind.ARMED_GROUP));
        assertEquals(1, net.edges().size());
        assertEquals(Relation.FOUGHT, net.edges().get(0).relation());
        assertTrue(net.nodes().stream().noneMatch(n -> n.entity().kind() == EntityKind.COALITION));
    }
}
