package org.factiongraph.graph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.factiongraph.graph.KnowledgeGraph;
import org.factiongraph.graph.NetworkSnapshot;
import org.factiongraph.graph.SyntheticWorld;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;

/**
 * Prints, for synthetic worlds of the given sizes (groups; default 1000,10000,100000) at a given number of claims
 * per group (default 100): generation and load (build) time, facts, heap used, and the latency of network-at
 * (p50/p99 after warm-up), roster and timeline. Usage: {@code GraphBenchmark [sizes] [claimsPerGroup]}, e.g.
 * {@code GraphBenchmark 1000,10000 100}. A size that does not fit in the heap is reported, not hidden.
 */
public final class GraphBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    private GraphBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int perGroup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %d cpus%n", System.getProperty("java.version"),
                rt.maxMemory() >> 20, rt.availableProcessors());
        for (int size : sizes) {
            try {
                run(size, perGroup);
            } catch (OutOfMemoryError e) {
                System.out.printf(Locale.ROOT, "groups=%d claims/group=%d: OUT OF MEMORY with max heap %d MB%n",
                        size, perGroup, rt.maxMemory() >> 20);
            }
            System.gc();
        }
    }

    private static void run(int groups, int perGroup) {
        long t0 = System.nanoTime();
        SyntheticWorld world = SyntheticWorld.generate(groups, perGroup, 42L);
        long t1 = System.nanoTime();
        long heapWorld = usedHeap();
        long t1b = System.nanoTime();
        KnowledgeGraph g = KnowledgeGraph.build(world.entities(), world.claims(), world.sources());
        long t2 = System.nanoTime();
        int claimCount = world.claims().size();
        List<String> groupIds = new ArrayList<>();
        List<String> umbrellaIds = new ArrayList<>();
        for (Entity e : world.entities()) {
            if (e.kind() == EntityKind.ARMED_GROUP) {
                groupIds.add(e.id());
            } else if (e.kind().isUmbrella()) {
                umbrellaIds.add(e.id());
            }
        }
        world = null;
        long heapGraph = usedHeap();
        System.out.printf(Locale.ROOT, "groups=%d claims=%d facts=%d contradictions=%d | generate %.1f s, load"
                        + " (build) %.1f s | heap used: claims alone %d MB, graph incl. the claims it keeps %d MB%n",
                groups, claimCount, g.facts().size(), g.contradictions().size(), (t1 - t0) / 1e9, (t2 - t1b) / 1e9,
                heapWorld >> 20, heapGraph >> 20);

        SplittableRandom rnd = new SplittableRandom(7);
        long[] net = new long[RUNS];
        int edges = 0;
        for (int i = -WARMUP; i < RUNS; i++) {
            PartialDate at = randomDate(rnd);
            long s = System.nanoTime();
            NetworkSnapshot snap = g.network(at, Set.of(), Set.of());
            long e = System.nanoTime() - s;
            if (i >= 0) {
                net[i] = e;
                edges += snap.edges().size();
            }
        }
        long[] roster = new long[RUNS];
        long[] timeline = new long[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            String u = umbrellaIds.get(rnd.nextInt(umbrellaIds.size()));
            PartialDate at = randomDate(rnd);
            long s = System.nanoTime();
            g.roster(u, at);
            long m = System.nanoTime();
            g.timeline(groupIds.get(rnd.nextInt(groupIds.size())));
            long e = System.nanoTime();
            if (i >= 0) {
                roster[i] = m - s;
                timeline[i] = e - m;
            }
        }
        System.out.printf(Locale.ROOT, "  network-at: p50 %.2f ms, p99 %.2f ms (avg %d edges) | roster: p50 %.3f ms,"
                        + " p99 %.3f ms | timeline: p50 %.3f ms, p99 %.3f ms%n",
                pct(net, 50), pct(net, 99), edges / RUNS, pct(roster, 50), pct(roster, 99), pct(timeline, 50),
                pct(timeline, 99));
    }

    private static PartialDate randomDate(SplittableRandom rnd) {
        int y = 2011 + rnd.nextInt(14);
        return switch (rnd.nextInt(3)) {
            case 0 -> PartialDate.ofYear(y);
            case 1 -> PartialDate.ofMonth(y, 1 + rnd.nextInt(12));
            default -> PartialDate.ofDay(y, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        };
    }

    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1);
        return s[Math.max(0, i)] / 1e6;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
