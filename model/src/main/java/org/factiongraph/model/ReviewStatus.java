package org.factiongraph.model;

import java.util.Locale;

/** Where a claim stands with the analysts. Extracted claims start {@code UNREVIEWED}. */
public enum ReviewStatus {
    UNREVIEWED, ACCEPTED, REJECTED, CORRECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
