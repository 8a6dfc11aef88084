package org.factiongraph.model;

import java.util.Objects;

/**
 * One name of an entity: its text, its script ({@code Latn}, {@code Arab}) and optionally the period it was in
 * use ({@code validTo} set on a former name).
 */
public record Name(String text, String script, PartialDate validFrom, PartialDate validTo) {

    public Name {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a name cannot be blank");
        }
        script = script == null ? Scripts.of(text) : script;
    }

    public static Name of(String text) {
        return new Name(text, null, null, null);
    }

    /** True when the name was in use on {@code date} as far as its validity dates tell. */
    public boolean validAt(PartialDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
