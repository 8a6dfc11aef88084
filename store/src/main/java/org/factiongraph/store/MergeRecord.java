package org.factiongraph.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded entity merge: {@code mergedId} names the same entity as {@code keptId}. While the merge is
 * {@linkplain #active() active}, reads resolve {@code mergedId} to the surviving entity; {@code canonicalName}, when
 * not null, is the name the surviving entity is shown under while the merge is active. {@code who} made it and why
 * ({@code reason}, may be null). An undone merge keeps its record; {@code undoneBy}, {@code undoReason} and
 * {@code undoneAt} say who undid it, why and when (all null while it is active). Immutable.
 */
public record MergeRecord(long id, String keptId, String mergedId, String canonicalName, String who, String reason,
                          Instant createdAt, String undoneBy, String undoReason, Instant undoneAt) {

    public MergeRecord {
        Objects.requireNonNull(keptId, "keptId");
        Objects.requireNonNull(mergedId, "mergedId");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** True while the merge has not been undone. */
    public boolean active() {
        return undoneAt == null;
    }
}
