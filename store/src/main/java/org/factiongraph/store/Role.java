package org.factiongraph.store;

import java.util.Locale;

/**
 * What a user may do, each role including the ones before it: a {@code viewer} reads, an {@code analyst} also
 * changes the data (uploads, reviews, merges), an {@code admin} also manages users.
 */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** The wire and storage form: {@code viewer}, {@code analyst}, {@code admin}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this role includes everything {@code other} may do. */
    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** Parses the wire form (case-insensitive); an unknown role is an {@link AccountException} (invalid). */
    public static Role parse(String s) {
        if (s != null) {
            for (Role r : values()) {
                if (r.wire().equalsIgnoreCase(s.strip())) {
                    return r;
                }
            }
        }
        throw new AccountException(AccountException.Reason.INVALID,
                "the role must be viewer, analyst or admin" + (s == null ? "" : ": " + Transactions.label(s)));
    }
}
