package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.PartialDate;

/**
 * One member of a coalition at a date: the member, the period its membership holds ({@code from}/{@code until},
 * null = open), the claims that support it, and the fact. Immutable.
 */
public record RosterEntry(Entity member, PartialDate from, PartialDate until, List<Claim> evidence, Fact fact) {

    public RosterEntry {
        evidence = List.copyOf(evidence);
    }
}
