package org.factiongraph.extract.pipeline;

import java.util.HashMap;
import java.util.Map;

/**
 * The values stages have produced for one document, under typed keys. Confined to the thread extracting that
 * document; not thread-safe.
 */
public final class DocState {
    private final Map<Key<?>, Object> values = new HashMap<>();

    public <T> void put(Key<T> key, T value) {
        values.put(key, value);
    }

    /** The value under {@code key}; throws IllegalStateException naming the key when absent. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object v = values.get(key);
        if (v == null && !values.containsKey(key)) {
            throw new IllegalStateException("no value for key '" + key.name() + "'");
        }
        return (T) v;
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }
}
