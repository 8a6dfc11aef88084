package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Entity;

/**
 * A shortest chain of facts linking two entities: {@code entities} from the first to the last, and
 * {@code facts.get(i)} linking {@code entities.get(i)} and {@code entities.get(i + 1)} (in either direction).
 * Immutable.
 */
public record GraphPath(List<Entity> entities, List<Fact> facts) {

    public GraphPath {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** The number of facts in the chain. */
    public int length() {
        return facts.size();
    }
}
