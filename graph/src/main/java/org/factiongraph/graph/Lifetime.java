package org.factiongraph.graph;

import org.factiongraph.model.PartialDate;

/**
 * When an entity existed as far as the claims tell: {@code from} its founding (or its earliest dated fact),
 * {@code until} its dissolution, merger into another group or renaming (as the old name); either may be null
 * when unknown (open). {@code endReason} names the event that ended it ({@code dissolved}, {@code merged_into},
 * {@code renamed_to}) or is null. Immutable, thread-safe.
 */
public record Lifetime(PartialDate from, PartialDate until, String endReason) {

    /** True when the entity may have existed at {@code date}; false when nothing dates it at all. */
    public boolean aliveAt(PartialDate date) {
        if (from == null && until == null) {
            return false;
        }
        return (from == null || !from.isAfter(date)) && (until == null || !until.isBefore(date));
    }
}
