package org.factiongraph.cli;

import org.factiongraph.extract.Extraction;
import org.factiongraph.extract.Extractor;
import org.factiongraph.resolve.EntityResolver;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;

/**
 * Resolves each new document's entities against the store before it is saved, so that a group spelled another way
 * than in earlier documents lands on the entity already stored. The resolver is built from the store on the first
 * new document and then learns every document it resolves; one instance per command run. Thread-safe.
 */
final class Resolving {

    private final ClaimStore store;
    private volatile EntityResolver resolver;
    private final java.util.List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    Resolving(ClaimStore store) {
        this.store = store;
    }

    /** One line per entity resolved to a known one under another spelling, in the order they were made. */
    java.util.List<String> log() {
        synchronized (log) {
            return java.util.List.copyOf(log);
        }
    }

    /** The extraction with entity ids resolved to the stored entities, ready to save. */
    Extraction resolve(Extraction x, Extractor extractor) {
        EntityResolver r = resolver;
        if (r == null) {
            synchronized (this) {
                r = resolver;
                if (r == null) {
                    r = EntityResolver.of(store.entities(null), store.claims(ClaimQuery.all()), extractor::curated);
                    resolver = r;
                }
            }
        }
        EntityResolver.Resolved res = r.resolve(x.entities(), x.claims());
        for (EntityResolver.Match m : res.matches()) {
            log.add(x.document().name() + ": \"" + m.name() + "\" is " + m.toId() + " (" + m.reason() + ")");
        }
        return new Extraction(x.document(), res.entities(), res.claims());
    }
}
