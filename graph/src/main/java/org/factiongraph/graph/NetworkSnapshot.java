package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Entity;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;

/**
 * The network at one date: the entities alive then (and every endpoint of a holding edge) with their degree in
 * this snapshot, and the facts holding then as edges. Immutable.
 */
public record NetworkSnapshot(PartialDate at, List<Node> nodes, List<Edge> edges) {

    public NetworkSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** One entity and the number of edges of this snapshot that touch it. */
    public record Node(Entity entity, int degree) {
    }

    /** One fact holding at the snapshot's date. */
    public record Edge(String subjectId, Relation relation, String objectId, double confidence, int sources,
                       Fact fact) {
    }
}
