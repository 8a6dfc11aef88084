package org.factiongraph.extract.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of {@link Stage}s registered explicitly. {@link Builder#build()} checks that every key a stage
 * requires is given initially or produced by an earlier stage, and fails naming the key and the stage otherwise.
 * Immutable and thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder(Key<?>... initial) {
        return new Builder(Set.of(initial));
    }

    public List<Stage> stages() {
        return stages;
    }

    public DocState run(DocState state) {
        for (Stage s : stages) {
            s.run(state);
        }
        return state;
    }

    /** Collects stages in order; not thread-safe. */
    public static final class Builder {
        private final Set<Key<?>> initial;
        private final List<Stage> stages = new ArrayList<>();

        private Builder(Set<Key<?>> initial) {
            this.initial = initial;
        }

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /** Checks requirements; throws IllegalStateException naming the missing key and the stage that needs it. */
        public Pipeline build() {
            Set<Key<?>> available = new HashSet<>(initial);
            for (Stage s : stages) {
                for (Key<?> k : s.requires()) {
                    if (!available.contains(k)) {
                        throw new IllegalStateException("stage '" + s.name() + "' requires key '" + k.name()
                                + "' but no earlier stage produces it (available: " + available + ")");
                    }
                }
                available.addAll(s.produces());
            }
            return new Pipeline(stages);
        }
    }
}
