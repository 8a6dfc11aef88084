package org.factiongraph.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only audit log: who did what ({@code action}) to which target ({@code targetType}
 * {@code claim} or {@code merge}, and its id) and when; the target's state before and after as JSON objects (either
 * may be null: a new claim has no before); the analyst's note (may be null); and, for an undo, the id of the entry
 * it undoes ({@code undoes}, else null). Immutable.
 */
public record AuditEntry(long id, String who, Instant at, AuditAction action, String targetType, String targetId,
                         String beforeJson, String afterJson, String note, Long undoes) {

    /** The target type of entries about a claim. */
    public static final String CLAIM = "claim";
    /** The target type of entries about a merge; the target id is the merge id. */
    public static final String MERGE = "merge";

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
    }
}
