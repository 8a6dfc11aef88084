package org.factiongraph.extract.pipeline;

import java.util.Set;

/**
 * One step of extraction. A stage declares the keys it reads and the keys it writes, so that a {@link Pipeline}
 * can be checked when it is built. Implementations must be thread-safe: one stage instance serves all threads;
 * per-document data lives only in the {@link DocState}.
 */
public interface Stage {
    String name();

    Set<Key<?>> requires();

    Set<Key<?>> produces();

    void run(DocState state);
}
