package org.factiongraph.store;

import java.time.Instant;

/**
 * An API token as listed: its id, owner, label, when it was made and, once revoked, when. The secret itself is
 * never stored; {@link NewApiToken} carries it once, when the token is created.
 */
public record ApiToken(long id, String user, String label, Instant createdAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
