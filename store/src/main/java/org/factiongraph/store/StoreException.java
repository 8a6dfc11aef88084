package org.factiongraph.store;

/**
 * A store operation failed. The message says what failed and why in general terms ("could not save document
 * 000_x.txt: NOT NULL constraint violated (claims.subject_name)") and never contains document text or the values
 * bound to SQL statements; the underlying {@link java.sql.SQLException}, if any, is the cause.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
