package org.factiongraph.store;

import java.util.Locale;

/** What an analyst did, as recorded in the audit log. The wire form is the lower-case name ({@code add_claim}). */
public enum AuditAction {
    /** A review event on a claim: accepted, rejected, corrected or back to unreviewed. Target: the claim. */
    REVIEW,
    /** A manual claim appended (one that supersedes nothing). Target: the new claim. */
    ADD_CLAIM,
    /** A corrected claim appended, superseding an older one. Target: the new claim. */
    CORRECT_CLAIM,
    /** Two entities merged. Target: the merge. */
    MERGE,
    /** A merge undone. Target: the merge. */
    UNMERGE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form (case-insensitive, '-' or '_'); throws IllegalArgumentException naming the choices. */
    public static AuditAction parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AuditAction a : values()) {
            if (a.name().equals(t)) {
                return a;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (AuditAction a : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.wire());
        }
        throw new IllegalArgumentException("unknown action '" + text + "' (one of " + sb + ")");
    }
}
