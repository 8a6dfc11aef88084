package org.factiongraph.store;

import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;

/**
 * A filter for {@link ClaimStore#claims}: every non-null criterion must hold. {@code entityId} matches the
 * subject or the object; {@code status} is the claim's current review status (the latest review if any, else
 * the status it was stored with). Superseded claims (those that a later claim supersedes) are left out unless
 * {@code includeSuperseded}.
 */
public record ClaimQuery(String entityId, Relation relation, String documentId, boolean includeSuperseded,
                         ReviewStatus status) {

    /** Every current claim: no filter, superseded claims left out. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, false, null);
    }

    /** Every claim ever stored, superseded ones included. */
    public static ClaimQuery everything() {
        return new ClaimQuery(null, null, null, true, null);
    }

    public ClaimQuery forEntity(String id) {
        return new ClaimQuery(id, relation, documentId, includeSuperseded, status);
    }

    public ClaimQuery forRelation(Relation r) {
        return new ClaimQuery(entityId, r, documentId, includeSuperseded, status);
    }

    public ClaimQuery forDocument(String id) {
        return new ClaimQuery(entityId, relation, id, includeSuperseded, status);
    }

    public ClaimQuery withStatus(ReviewStatus s) {
        return new ClaimQuery(entityId, relation, documentId, includeSuperseded, s);
    }

    public ClaimQuery withSuperseded(boolean include) {
        return new ClaimQuery(entityId, relation, documentId, include, status);
    }
}
