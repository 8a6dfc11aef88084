package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.factiongraph.graph.SyntheticWorld;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.store.AuditQuery;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load: a synthetic store of 10,000 groups, a server on loopback and {@value #CLIENTS} concurrent
 * clients (a fixed thread pool, one blocking HttpClient call at a time each) sending {@value #REQUESTS} requests
 * that mix the network at a date, search, entity profiles and reviews (accept, reject, undo of the client's own
 * last review). Every answer must have its expected status; the latencies per kind (p50, p95, p99, max) and the
 * throughput are printed, not asserted. Afterwards the audit log holds exactly the changes that were answered as
 * made. Requests go through {@link TestClient}, where authentication is plugged in.
 */
class ServerLoadTest {

    static final int GROUPS = 10_000;
    static final int CLAIMS_PER_GROUP = 2;
    static final int CLIENTS = 50;
    static final int REQUESTS = 20_000;
    /** A guard against a hang (a deadlock would otherwise stall the build), not a speed requirement. */
    static final int HANG_SECONDS = 300;

    enum Kind { NETWORK, SEARCH, PROFILE, ACCEPT, REJECT, UNDO }

    /** Out of 1000: network 150, search 150, profile 640, accept 25, reject 20, undo 15 (6 % changes). */
    static Kind pick(int r) {
        if (r < 150) {
            return Kind.NETWORK;
        }
        if (r < 300) {
            return Kind.SEARCH;
        }
        if (r < 940) {
            return Kind.PROFILE;
        }
        if (r < 965) {
            return Kind.ACCEPT;
        }
        return r < 985 ? Kind.REJECT : Kind.UNDO;
    }

    final ObjectMapper om = new ObjectMapper();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void fiftyClientsMixingReadsAndReviewsGetOnlyExpectedAnswers(@TempDir Path dir) throws Exception {
        SyntheticWorld w = SyntheticWorld.generate(GROUPS, CLAIMS_PER_GROUP, 42L);
        try (ClaimStore store = ClaimStore.openSqlite(dir.resolve("load.db"))) {
            long t0 = System.nanoTime();
            ServerBenchmarkTest.load(w, store);
            long t1 = System.nanoTime();
            List<String> entityIds = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Entity e : w.entities()) {
                if (e.kind() == EntityKind.ARMED_GROUP || e.kind().isUmbrella()) {
                    entityIds.add(e.id());
                    names.add(e.canonicalName());
                }
            }
            List<String> claimIds = new ArrayList<>();
            for (Claim c : store.claims(ClaimQuery.all())) {
                claimIds.add(c.id());
            }
            String token = TestClient.analystToken(store);
            FactionGraphServer server = FactionGraphServer.start(ServerOptions.of(store).withPort(0));
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                TestClient client = TestClient.asAnalyst(server.port(), null, token);
                long t2 = System.nanoTime();
                HttpResponse<String> stats = client.send("GET", "/api/v1/stats", null, null);
                assertEquals(200, stats.statusCode(), stats.body());
                long t3 = System.nanoTime();
                System.out.printf(Locale.ROOT, "load: store of %d entities, %d claims, %d documents filled in %.1f s;"
                                + " first graph build %.1f s%n", w.entities().size(), w.claims().size(),
                        w.sources().size(), (t1 - t0) / 1e9, (t3 - t2) / 1e9);

                Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Kind.class);
                for (Kind k : Kind.values()) {
                    latencies.put(k, new ConcurrentLinkedQueue<>());
                }
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                AtomicInteger next = new AtomicInteger();
                AtomicInteger changes = new AtomicInteger();
                AtomicInteger undoConflicts = new AtomicInteger();
                AtomicLong bytes = new AtomicLong();
                long start = System.nanoTime();
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    final int seed = c;
                    clients.add(pool.submit(() -> {
                        SplittableRandom rnd = new SplittableRandom(1000L + seed);
                        long lastEntry = -1;
                        while (next.getAndIncrement() < REQUESTS) {
                            Kind kind = pick(rnd.nextInt(1000));
                            if (kind == Kind.UNDO && lastEntry < 0) {
                                kind = Kind.ACCEPT;
                            }
                            String method = "GET";
                            String url;
                            String body = null;
                            switch (kind) {
                                // the whole map (every kind, ~4,000 nodes) or the coalitions' map, at a month
                                case NETWORK -> url = "/api/v1/graph/network?at=" + (2012 + rnd.nextInt(12)) + "-"
                                        + String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(12))
                                        + (rnd.nextBoolean() ? "" : "&kinds=coalition,operations_room");
                                // a misspelt full name, or the end of a name ("Brigade 4321")
                                case SEARCH -> {
                                    String name = names.get(rnd.nextInt(names.size()));
                                    url = "/api/v1/search?q=" + enc(rnd.nextBoolean() ? typo(name, rnd)
                                            : name.substring(name.indexOf(' ') + 1)) + "&limit=10";
                                }
                                case PROFILE -> url = "/api/v1/entities/" + enc(entityIds.get(rnd.nextInt(entityIds.size())));
                                case ACCEPT, REJECT -> {
                                    method = "POST";
                                    url = "/api/v1/claims/" + claimIds.get(rnd.nextInt(claimIds.size())) + "/"
                                            + (kind == Kind.ACCEPT ? "accept" : "reject");
                                    body = "{\"note\":\"load test\"}";
                                }
                                default -> {
                                    method = "POST";
                                    url = "/api/v1/audit/" + lastEntry + "/undo";
                                    lastEntry = -1;
                                }
                            }
                            long s = System.nanoTime();
                            HttpResponse<String> r;
                            try {
                                r = client.send(method, url, body == null ? null : "application/json",
                                        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
                            } catch (Exception e) {
                                errors.add(kind + " " + url + ": " + e);
                                continue;
                            }
                            latencies.get(kind).add(System.nanoTime() - s);
                            bytes.addAndGet(r.body().length());
                            int expected = kind == Kind.UNDO ? 201 : 200;
                            if (kind == Kind.UNDO && r.statusCode() == 409 && r.body().contains("is now")) {
                                undoConflicts.incrementAndGet(); // another client reviewed the same claim since
                            } else if (r.statusCode() != expected) {
                                errors.add(kind + " " + url + " -> " + r.statusCode() + " "
                                        + r.body().substring(0, Math.min(200, r.body().length())));
                            } else if (kind == Kind.ACCEPT || kind == Kind.REJECT) {
                                changes.incrementAndGet();
                                try {
                                    lastEntry = om.readTree(r.body()).at("/audit/id").asLong();
                                } catch (Exception e) {
                                    errors.add(kind + " answer is not JSON: " + e);
                                }
                            } else if (kind == Kind.UNDO) {
                                changes.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                long deadline = start + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
                boolean finished = true;
                for (Future<?> f : clients) {
                    try {
                        f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        finished = false;
                        break;
                    }
                }
                next.set(REQUESTS);
                long wall = System.nanoTime() - start;
                int done = 0;
                for (Kind k : Kind.values()) {
                    done += latencies.get(k).size();
                }

                List<Long> all = new ArrayList<>();
                long[] builds = server.viewBuildStats();
                System.out.printf(Locale.ROOT, "load: %d clients, %d requests answered in %.1f s: %.0f requests/s, "
                                + "%.1f MB of answers; %d graph views built (%.1f s)%n", CLIENTS, done, wall / 1e9,
                        done / (wall / 1e9), bytes.get() / 1e6, builds[0], builds[1] / 1e3);
                for (Kind k : Kind.values()) {
                    List<Long> l = new ArrayList<>(latencies.get(k));
                    all.addAll(l);
                    System.out.println("load: " + line(k.name().toLowerCase(Locale.ROOT), l));
                }
                System.out.println("load: " + line("all", all));
                long gcMs = 0;
                long gcs = 0;
                for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                    gcMs += Math.max(0, gc.getCollectionTime());
                    gcs += Math.max(0, gc.getCollectionCount());
                }
                System.out.printf(Locale.ROOT, "load: JVM garbage collection %d runs, %.1f s in total (since the JVM "
                        + "started)%n", gcs, gcMs / 1e3);
                System.out.printf("load: %d changes made, %d undo conflicts (claim reviewed again meanwhile), "
                        + "%d errors%n", changes.get(), undoConflicts.get(), errors.size());
                assertTrue(finished, "the clients hung: not done after " + HANG_SECONDS + " s");
                assertTrue(errors.isEmpty(), errors.size() + " errors, e.g. " + errors.stream().limit(10).toList());
                assertEquals(REQUESTS, all.size(), "every request was answered");
                assertEquals(changes.get(), store.audit(AuditQuery.all()).size(),
                        "every change answered as made is in the audit log, and nothing else");
            } finally {
                pool.shutdownNow();
                server.stop();
            }
        }
    }

    /** A name with one letter dropped or doubled, so that search has to tolerate spelling. */
    static String typo(String name, SplittableRandom rnd) {
        int i = 1 + rnd.nextInt(name.length() - 1);
        return rnd.nextBoolean() ? name.substring(0, i) + name.substring(i + 1)
                : name.substring(0, i) + name.charAt(i) + name.substring(i);
    }

    static String line(String what, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return String.format(Locale.ROOT, "%-8s    0 requests", what);
        }
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return String.format(Locale.ROOT, "%-8s %5d requests: p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms, max %7.1f ms",
                what, a.length, a[a.length / 2] / 1e6, a[(int) (a.length * 0.95)] / 1e6, a[(int) (a.length * 0.99)] / 1e6,
                a[a.length - 1] / 1e6);
    }
}
