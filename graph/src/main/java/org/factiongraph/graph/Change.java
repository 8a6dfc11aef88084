package org.factiongraph.graph;

import org.factiongraph.model.PartialDate;

/**
 * One change to the map between two dates: {@code entityId} formed, dissolved, merged into / split from /
 * was renamed to {@code otherId}, or joined / left the coalition {@code otherId}. Immutable.
 */
public record Change(PartialDate date, Kind kind, String entityId, String otherId, Fact fact, String description) {

    /** What changed. */
    public enum Kind {
        FORMED, DISSOLVED, MERGED, SPLIT, RENAMED, JOINED, LEFT
    }
}
