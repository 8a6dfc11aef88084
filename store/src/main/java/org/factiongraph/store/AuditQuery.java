package org.factiongraph.store;

import java.time.Instant;

/**
 * A filter for {@link ClaimStore#audit}: every non-null criterion must hold. {@code since} is inclusive,
 * {@code until} exclusive. Immutable.
 */
public record AuditQuery(String who, AuditAction action, String targetType, String targetId, Instant since,
                         Instant until) {

    /** Every entry. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public AuditQuery byWho(String w) {
        return new AuditQuery(w, action, targetType, targetId, since, until);
    }

    public AuditQuery withAction(AuditAction a) {
        return new AuditQuery(who, a, targetType, targetId, since, until);
    }

    /** Entries about one target, e.g. {@code forTarget(AuditEntry.CLAIM, claimId)}. */
    public AuditQuery forTarget(String type, String id) {
        return new AuditQuery(who, action, type, id, since, until);
    }

    public AuditQuery between(Instant from, Instant to) {
        return new AuditQuery(who, action, targetType, targetId, from, to);
    }
}
