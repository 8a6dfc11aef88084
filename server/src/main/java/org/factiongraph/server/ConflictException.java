package org.factiongraph.server;

/** A change that conflicts with the store's current state (already undone, merged, corrected…): mapped to 409. */
final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConflictException(String message) {
        super(message);
    }
}
