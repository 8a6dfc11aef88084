package org.factiongraph.store;

import java.time.Instant;

/**
 * A live login session: its user (with the user's current role), the CSRF token that every state-changing request
 * made with the session must repeat, and when it expires. {@code secret} is the session id the client holds (the
 * cookie value); it is known only right after {@link Accounts#createSession} and is null when the session was
 * looked up, since the store keeps only its hash.
 */
public record LoginSession(String secret, String idHash, User user, String csrfToken, Instant createdAt,
                           Instant expiresAt) {
}
