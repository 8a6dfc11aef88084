package org.factiongraph.store;

import java.time.Instant;

/** A user account as stored, without its password hash. */
public record User(long id, String name, Role role, Instant createdAt) {
}
