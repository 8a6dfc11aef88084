package org.factiongraph.extract.pipeline;

import java.util.Objects;

/**
 * A typed key under which a {@link Stage} publishes what it produced for later stages (after CoreNLP's
 * {@code CoreAnnotation}s). Keys compare by identity of name and type. Immutable, thread-safe.
 */
public record Key<T>(String name, Class<? super T> type) {
    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Key<T> of(String name, Class<?> type) {
        return new Key<>(name, (Class) type);
    }

    @Override
    public String toString() {
        return name;
    }
}
