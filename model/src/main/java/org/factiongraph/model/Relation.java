package org.factiongraph.model;

import java.util.Locale;

/**
 * The relation vocabulary of {@code shared/gold/README.md}. Each relation knows whether it is symmetric, whether
 * it takes an object, and whether its time is an interval ({@code start}/{@code end}) or a point ({@code at}).
 */
public enum Relation {
    MEMBER_OF(false, true, true),
    MERGED_INTO(false, true, false),
    SPLIT_FROM(false, true, false),
    ALLIED_WITH(true, true, true),
    FOUGHT(true, true, true),
    PLEDGED_ALLEGIANCE_TO(false, true, false),
    DEFECTED_TO(false, true, false),
    SUPPORTED_BY(false, true, true),
    RENAMED_TO(false, true, false),
    LED_BY(false, true, true),
    FOUNDED(false, false, false),
    DISSOLVED(false, false, false),
    OPERATES_IN(false, true, true),
    IDEOLOGY(false, true, true);

    private final boolean symmetric;
    private final boolean hasObject;
    private final boolean interval;

    Relation(boolean symmetric, boolean hasObject, boolean interval) {
        this.symmetric = symmetric;
        this.hasObject = hasObject;
        this.interval = interval;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public boolean hasObject() {
        return hasObject;
    }

    /** True for relations that hold over a span (start/end); false for events at a point (at). */
    public boolean interval() {
        return interval;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form; throws IllegalArgumentException naming the choices. */
    public static Relation parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Relation r : values()) {
            if (r.name().equals(t)) {
                return r;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Relation r : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.wire());
        }
        throw new IllegalArgumentException("unknown relation '" + text + "' (one of " + sb + ")");
    }
}
