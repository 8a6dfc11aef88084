package org.factiongraph.store;

/** A token just created: its listing and the secret, which is shown this once and never stored. */
public record NewApiToken(ApiToken token, String secret) {
}
