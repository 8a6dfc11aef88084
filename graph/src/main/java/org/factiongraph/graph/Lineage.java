package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Entity;
import org.factiongraph.model.PartialDate;

/**
 * The family tree of an entity. {@code predecessors}: the groups it came from — those that merged into it or
 * were renamed to it, and those it split from — each with their own predecessors. {@code successors}: what it
 * became — the group it merged into or was renamed to, and the groups that split from it — each with their own
 * successors. {@code memberOf}: the coalitions it belonged to; {@code members}: the members it had (when it is an
 * umbrella), with dates. Immutable.
 */
public record Lineage(Entity root, List<Node> predecessors, List<Node> successors, List<Link> memberOf,
                      List<Link> members) {

    public Lineage {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        memberOf = List.copyOf(memberOf);
        members = List.copyOf(members);
    }

    /**
     * One entity in the tree, with the relation of the fact that links it to its parent node as the fact states it
     * ({@code merged_into}, {@code split_from}, {@code renamed_to}), that fact's date, and its own next generation.
     */
    public record Node(Entity entity, org.factiongraph.model.Relation relation, PartialDate date, Fact fact,
                       List<Node> next) {
        public Node {
            next = List.copyOf(next);
        }
    }

    /** A membership: the other entity and the period it holds. */
    public record Link(Entity entity, PartialDate from, PartialDate until, Fact fact) {
    }
}
