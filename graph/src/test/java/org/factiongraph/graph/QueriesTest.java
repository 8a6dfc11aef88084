package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

class QueriesTest {

    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    private static Worlds family() {
        Worlds w = new Worlds();
        for (String n : List.of("A", "B", "C", "D", "E")) {
            w.entity("Liwa " + n, EntityKind.ARMED_GROUP);
        }
        w.entity("Front F", EntityKind.COALITION);
        w.claim("doc1", "Liwa A", "merged_into", "Liwa C", null, null, "2017-01");
        w.claim("doc1", "Liwa B", "merged_into", "Liwa C", null, null, "2017-01");
        w.claim("doc2", "Liwa D", "split_from", "Liwa C", null, null, "2018");
        w.claim("doc2", "Liwa C", "renamed_to", "Liwa E", null, null, "2019-05");
        w.claim("doc2", "Liwa C", "member_of", "Front F", "2017-06", "2018-02", null);
        w.claim("doc2", "Liwa A", "founded", null, null, null, "2013");
        return w;
    }

    @Test
    void lineageFollowsMergersSplitsAndRenamingsBothWays() {
        Worlds w = family();
        KnowledgeGraph g = w.build();
        Lineage c = g.lineage(w.id("Liwa C"));
        assertEquals(List.of("Liwa A", "Liwa B"), c.predecessors().stream().map(n -> n.entity().canonicalName()).toList());
        assertEquals(Relation.MERGED_INTO, c.predecessors().get(0).relation());
        assertEquals(d("2017-01"), c.predecessors().get(0).date());
        assertEquals(List.of("Liwa D", "Liwa E"), c.successors().stream().map(n -> n.entity().canonicalName()).toList());
        assertEquals(List.of("Front F"), c.memberOf().stream().map(l -> l.entity().canonicalName()).toList());
        assertEquals(d("2017-06"), c.memberOf().get(0).from());

        Lineage a = g.lineage(w.id("Liwa A"));
        assertEquals(1, a.successors().size());
        Lineage.Node next = a.successors().get(0);
        assertEquals("Liwa C", next.entity().canonicalName());
        assertEquals(List.of("Liwa D", "Liwa E"), next.next().stream().map(n -> n.entity().canonicalName()).toList());

        Lineage f = g.lineage(w.id("Front F"));
        assertEquals(List.of("Liwa C"), f.members().stream().map(l -> l.entity().canonicalName()).toList());
        assertThrows(IllegalArgumentException.class, () -> g.lineage("armed_group:nobody"));
    }

    @Test
    void pathFindsTheShortestChainOfFactsHoldingWithinThePeriod() {
        Worlds w = new Worlds();
        for (String n : List.of("A", "B", "C", "D")) {
            w.entity("Liwa " + n, EntityKind.ARMED_GROUP);
        }
        w.claim("doc1", "Liwa A", "allied_with", "Liwa B", "2014", "2015", null);
        w.claim("doc1", "Liwa B", "fought", "Liwa C", "2016-03", "2016-09", null);
        w.claim("doc1", "Liwa A", "allied_with", "Liwa D", "2019", null, null);
        w.claim("doc1", "Liwa D", "allied_with", "Liwa C", "2019", null, null);
        KnowledgeGraph g = w.build();
        GraphPath p = g.path(w.id("Liwa A"), w.id("Liwa C"), d("2014"), d("2016")).orElseThrow();
        assertEquals(List.of("Liwa A", "Liwa B", "Liwa C"), p.entities().stream().map(Entity::canonicalName).toList());
        assertEquals(List.of(Relation.ALLIED_WITH, Relation.FOUGHT), p.facts().stream().map(Fact::relation).toList());
        assertTrue(g.path(w.id("Liwa A"), w.id("Liwa C"), d("2014"), d("2015")).isEmpty());
        GraphPath late = g.path(w.id("Liwa A"), w.id("Liwa C"), d("2020"), d("2021")).orElseThrow();
        assertEquals(List.of("Liwa A", "Liwa D", "Liwa C"), late.entities().stream().map(Entity::canonicalName).toList());
        assertEquals(2, g.path(w.id("Liwa C"), w.id("Liwa A"), null, null).orElseThrow().length());
    }

    @Test
    void changesListWhatFormedMergedJoinedAndLeftBetweenTwoDates() {
        Worlds w = family();
        KnowledgeGraph g = w.build();
        List<Change> changes = g.changes(d("2017"), d("2018-03"));
        List<String> seen = changes.stream().map(c -> c.kind() + " " + c.description()).toList();
        assertEquals(List.of(
                "MERGED Liwa A merged into Liwa C",
                "MERGED Liwa B merged into Liwa C",
                "JOINED Liwa C joined Front F",
                "LEFT Liwa C left Front F"), seen);
        List<Change> wider = g.changes(d("2013"), d("2019"));
        assertEquals(Change.Kind.FORMED, wider.get(0).kind());
        assertEquals(Change.Kind.RENAMED, wider.get(wider.size() - 1).kind());
    }

    @Test
    void unknownEntitiesGiveEmptyAnswers() {
        KnowledgeGraph g = family().build();
        assertTrue(g.entity("armed_group:nobody").isEmpty());
        assertTrue(g.roster("armed_group:nobody", d("2015")).isEmpty());
        assertTrue(g.timeline("armed_group:nobody").isEmpty());
        assertTrue(g.facts("armed_group:nobody").isEmpty());
        assertTrue(g.path("armed_group:nobody", "armed_group:liwa-a", null, null).isEmpty());
    }
}
