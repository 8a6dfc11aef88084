package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

class GoldStyleQueriesTest {

    private final Worlds w = Worlds.gold();
    private final KnowledgeGraph g = w.build();
    private final String fastaqim = w.id("Fastaqim Kama Umirt Union");

    @Test
    void rosterOfJundAlMalahimInNovember2015ListsTheThreeFoundersAndNotTheNegatedJayshAlIslam() {
        List<RosterEntry> roster = g.roster(w.id("Jund al-Malahim"), PartialDate.parse("2015-11"));
        Set<String> names = roster.stream().map(r -> r.member().canonicalName()).collect(Collectors.toSet());
        assertEquals(Set.of("al-Nusra Front", "Ahrar al-Sham", "Ajnad al-Sham"), names);
        for (RosterEntry r : roster) {
            assertEquals(PartialDate.parse("2015-10-21"), r.from());
            assertFalse(r.evidence().isEmpty(), "each member carries its evidence");
            assertEquals("doc004", r.evidence().get(0).evidence().documentId());
        }
    }

    @Test
    void rosterBeforeTheOperationsRoomWasFoundedIsEmpty() {
        assertTrue(g.roster(w.id("Jund al-Malahim"), PartialDate.parse("2015-09")).isEmpty());
    }

    @Test
    void networkInJune2014HasFastaqimInsideArmyOfMujahideenAndNotYetInsideLevantFront() {
        NetworkSnapshot net = g.network(PartialDate.parse("2014-06"), Set.of(Relation.MEMBER_OF), Set.of());
        assertTrue(hasEdge(net, fastaqim, w.id("Army of Mujahideen")));
        assertFalse(hasEdge(net, fastaqim, w.id("Levant Front")));
        NetworkSnapshot later = g.network(PartialDate.parse("2015-02"), Set.of(Relation.MEMBER_OF), Set.of());
        assertTrue(hasEdge(later, fastaqim, w.id("Levant Front")));
        assertFalse(hasEdge(later, fastaqim, w.id("Army of Mujahideen")));
    }

    @Test
    void networkNodesCarryTheirDegreeInTheSnapshot() {
        NetworkSnapshot net = g.network(PartialDate.parse("2014-06"), Set.of(Relation.MEMBER_OF), Set.of());
        NetworkSnapshot.Node node = net.nodes().stream().filter(n -> n.entity().id().equals(fastaqim))
                .findFirst().orElseThrow();
        long edges = net.edges().stream()
                .filter(e -> e.subjectId().equals(fastaqim) || e.objectId().equals(fastaqim)).count();
        assertEquals(edges, node.degree());
        assertTrue(node.degree() >= 1);
    }

    @Test
    void timelineOfFastaqimListsFoundingMembershipLeavingAndFightInOrder() {
        List<TimelineEvent> t = g.timeline(fastaqim);
        int founded = indexOf(t, TimelineEvent.Kind.FOUNDED, null, "2012-12");
        int joinedAom = indexOf(t, TimelineEvent.Kind.JOINED, "Army of Mujahideen", "2014-01");
        int leftAom = indexOf(t, TimelineEvent.Kind.LEFT, "Army of Mujahideen", "2014-12");
        int leftLf = indexOf(t, TimelineEvent.Kind.LEFT, "Levant Front", "2015-04");
        int fought = indexOf(t, TimelineEvent.Kind.FOUGHT, "Nour al-Din al-Zenki Movement", "2016-11");
        assertTrue(founded < joinedAom && joinedAom < leftAom && leftAom < leftLf && leftLf < fought,
                "events out of order: " + t.stream().map(TimelineEvent::description).toList());
        TimelineEvent undated = t.get(t.size() - 1);
        assertEquals(null, undated.date(), "undated events come after dated ones");
    }

    @Test
    void timelineOfACoalitionShowsWhoJoinedIt() {
        List<TimelineEvent> t = g.timeline(w.id("Army of Mujahideen"));
        TimelineEvent joined = t.stream().filter(e -> e.kind() == TimelineEvent.Kind.JOINED).findFirst()
                .orElseThrow();
        assertEquals(fastaqim, joined.otherId());
        assertFalse(joined.subjectSide());
        assertEquals("Fastaqim Kama Umirt Union joined Army of Mujahideen", joined.description());
    }

    @Test
    void findByNameMatchesAliasesAfterNormalisation() {
        assertEquals(List.of(w.e("Jaysh al-Islam")), g.findByName("Jaish al Islam"));
        assertEquals(List.of(w.e("Fastaqim Kama Umirt Union")), g.findByName("fastaqim"));
        assertTrue(g.findByName("nobody at all").isEmpty());
    }

    private static boolean hasEdge(NetworkSnapshot net, String s, String o) {
        return net.edges().stream().anyMatch(e -> e.subjectId().equals(s) && e.objectId().equals(o));
    }

    private static int indexOf(List<TimelineEvent> t, TimelineEvent.Kind kind, String other, String date) {
        for (int i = 0; i < t.size(); i++) {
            TimelineEvent e = t.get(i);
            if (e.kind() == kind && (other == null || other.equals(e.otherName()))
                    && PartialDate.parse(date).equals(e.date())) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " " + other + " " + date + " in "
                + t.stream().map(e -> e.date() + " " + e.description()).toList());
    }
}
