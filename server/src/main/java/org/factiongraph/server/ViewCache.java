package org.factiongraph.server;

import org.factiongraph.store.ClaimStore;

/**
 * Holds the current {@link StoreView} of one store: built on first use, dropped by {@link #invalidate()} after the
 * store changed, and rebuilt on the next request. Thread-safe: readers get a complete view or wait for one.
 */
final class ViewCache {

    private final ClaimStore store;
    private volatile StoreView view;

    ViewCache(ClaimStore store) {
        this.store = store;
    }

    StoreView get() {
        StoreView v = view;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (view == null) {
                view = StoreView.load(store);
            }
            return view;
        }
    }

    synchronized void invalidate() {
        view = null;
    }
}
