package org.factiongraph.server;

/** An id in a request names nothing stored: mapped to 404 at the edge. */
final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
