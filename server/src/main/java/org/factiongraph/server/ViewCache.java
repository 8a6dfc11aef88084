package org.factiongraph.server;

import java.util.HashSet;
import java.util.Set;
import org.factiongraph.store.ClaimStore;

/**
 * Holds the current {@link StoreView} of one store and brings it up to date after the store changed.
 *
 * <p>Readers ({@link #get()}) never wait once a first view exists: they get the latest published view. A writer
 * calls {@link #claimsChanged} or {@link #invalidate()} after its change is committed to the store; the call
 * returns only when a view that includes the change has been published. Hence every request that starts after a
 * write's response sees the write (read-your-writes for everyone), while requests running at the same time as the
 * write may see the view before or after it.
 *
 * <p>Rebuilds are single-flight and coalesce: one waiting writer builds, from a snapshot of every change reported
 * so far; writers that report changes meanwhile are served by the next build. A change of review statuses or new
 * claims patches the previous view (the claims are re-read one by one and the graph is rebuilt in memory, the
 * search index is kept); anything else (a merge, an upload, an outside change) reloads the whole view from the
 * store. Thread-safe.
 */
final class ViewCache {

    private final ClaimStore store;
    private volatile StoreView view;
    /** Version of the newest reported change; the first view is version 1. Guarded by this. */
    private long requested = 1;
    /** Version the published view reflects (0 before the first). Guarded by this. */
    private long built;
    private boolean building;
    private boolean pendingFull = true;
    private final Set<String> pendingClaims = new HashSet<>();
    /** Views built (full loads and patches) and the time spent building them, for measurements. */
    private final java.util.concurrent.atomic.AtomicLong builds = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong buildNanos = new java.util.concurrent.atomic.AtomicLong();

    ViewCache(ClaimStore store) {
        this.store = store;
    }

    /** The latest published view; builds the first one if there is none yet. */
    StoreView get() {
        StoreView v = view;
        if (v != null) {
            return v;
        }
        awaitBuilt(1);
        return view;
    }

    /**
     * Reports that the claims with these ids were added or reviewed (committed to the store), and waits until a
     * view that includes the change is published.
     */
    void claimsChanged(Set<String> claimIds) {
        long mine;
        synchronized (this) {
            pendingClaims.addAll(claimIds);
            mine = ++requested;
        }
        awaitBuilt(mine);
    }

    /** Reports a change the view cannot be patched for (merge, upload, outside change) and waits for a rebuild. */
    void invalidate() {
        long mine;
        synchronized (this) {
            pendingFull = true;
            mine = ++requested;
        }
        awaitBuilt(mine);
    }

    /** How many views were built so far and the milliseconds spent building them. */
    long[] buildStats() {
        return new long[] {builds.get(), buildNanos.get() / 1_000_000};
    }

    private void awaitBuilt(long version) {
        while (true) {
            long target;
            boolean full;
            Set<String> ids;
            StoreView base;
            synchronized (this) {
                if (built >= version) {
                    return;
                }
                if (building) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while the graph was rebuilt", e);
                    }
                    continue;
                }
                building = true;
                target = requested;
                base = view;
                full = pendingFull || base == null;
                ids = Set.copyOf(pendingClaims);
                pendingFull = false;
                pendingClaims.clear();
            }
            StoreView next = null;
            long t0 = System.nanoTime();
            try {
                next = full ? StoreView.load(store) : base.patched(store, ids);
            } finally {
                builds.incrementAndGet();
                buildNanos.addAndGet(System.nanoTime() - t0);
                synchronized (this) {
                    building = false;
                    if (next != null) {
                        view = next;
                        built = target;
                    } else {
                        pendingFull = true;
                    }
                    notifyAll();
                }
            }
        }
    }
}
