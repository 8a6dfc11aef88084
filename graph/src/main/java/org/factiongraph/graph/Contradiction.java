package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Claim;

/**
 * Claims that cannot all be right. {@code entityId} is the entity concerned (the fact's subject, or the dissolved
 * entity), {@code fact} the fact concerned, {@code sideA}/{@code sideB} the claims on each side (for a single
 * claim that contradicts itself both sides hold it), {@code description} one line for people. Immutable.
 */
public record Contradiction(Kind kind, String entityId, Fact fact, List<Claim> sideA, List<Claim> sideB,
                            String description) {

    /** What disagrees. */
    public enum Kind {
        /** Sources give dates for the same fact that cannot both be true (two founding months). */
        DATE_MISMATCH,
        /** One source asserts a fact another explicitly denies. */
        ASSERTED_AND_NEGATED,
        /** A fact whose stated end lies before its stated start. */
        ENDS_BEFORE_START,
        /** A claim dates an entity's activity after its dissolution or merger. */
        ACTIVE_AFTER_DISSOLUTION
    }

    public Contradiction {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }
}
