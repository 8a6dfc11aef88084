package org.factiongraph.store;

/**
 * A refused account operation, with why: the input is invalid (a malformed name, a short password), the user or
 * token does not exist, or the change conflicts with what is stored (a taken name, removing the last admin). The
 * message is meant for people and names no secret.
 */
public final class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an account operation was refused. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
