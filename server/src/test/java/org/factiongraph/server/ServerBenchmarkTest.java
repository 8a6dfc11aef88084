package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factiongraph.graph.Source;
import org.factiongraph.graph.SyntheticWorld;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Speed of the network endpoint on a synthetic 10,000-group store, and of the network view drawing about 2,000
 * visible nodes in headless Chromium. Prints numbers; asserts only that the answers are complete. Run with
 * {@code mvn -o -pl server test -Dtest=ServerBenchmarkTest -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ServerBenchmarkTest {

    static final int WARMUP = 20;
    static final int RUNS = 100;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper om = new ObjectMapper();

    /** Saves a synthetic world into the store, one document per source. */
    static void load(SyntheticWorld w, ClaimStore store) {
        Map<String, List<Claim>> byDoc = new HashMap<>();
        for (Claim c : w.claims()) {
            byDoc.computeIfAbsent(c.evidence().documentId(), k -> new ArrayList<>()).add(c);
        }
        store.saveEntities(w.entities());
        for (Source s : w.sources()) {
            Document d = new Document(s.documentId(), s.name(), s.name(), s.publisher(), null, s.published(), "text",
                    "Synthetic document " + s.name(), s.grade(), List.of());
            store.saveDocument(d, List.of(), byDoc.getOrDefault(s.documentId(), List.of()));
        }
    }

    JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return om.readTree(r.body());
    }

    @Test
    void networkEndpointOn10kGroups(@TempDir Path dir) throws Exception {
        SyntheticWorld w = SyntheticWorld.generate(10_000, 20, 42L);
        try (ClaimStore store = ClaimStore.openSqlite(dir.resolve("bench.db"))) {
            long t0 = System.nanoTime();
            load(w, store);
            long t1 = System.nanoTime();
            FactionGraphServer server = FactionGraphServer.start(ServerOptions.of(store).withPort(0));
            try {
                String base = "http://127.0.0.1:" + server.port() + "/api/v1";
                long t2 = System.nanoTime();
                get(base + "/stats");
                long t3 = System.nanoTime();
                System.out.printf(Locale.ROOT, "bench: %d entities, %d claims: store load %.1f s, first request "
                        + "(graph build) %.1f s%n", w.entities().size(), w.claims().size(), (t1 - t0) / 1e9,
                        (t3 - t2) / 1e9);
                long[] ms = new long[RUNS];
                int nodes = 0;
                int edges = 0;
                for (int i = -WARMUP; i < RUNS; i++) {
                    String at = (2012 + Math.floorMod(i, 10)) + "-" + String.format("%02d", 1 + Math.floorMod(i * 7, 12));
                    long s = System.nanoTime();
                    JsonNode net = get(base + "/graph/network?at=" + at);
                    long e = System.nanoTime() - s;
                    if (i >= 0) {
                        ms[i] = e;
                        nodes += net.get("nodeCount").asInt();
                        edges += net.get("edgeCount").asInt();
                    }
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "bench: GET /api/v1/graph/network (all relations, HTTP + JSON): "
                                + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; mean %d nodes, %d edges per answer%n",
                        ms[RUNS / 2] / 1e6, ms[RUNS * 99 / 100] / 1e6, ms[RUNS - 1] / 1e6, nodes / RUNS,
                        edges / RUNS);
                assertTrue(nodes > 0);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void networkViewDraws2000Nodes(@TempDir Path dir) throws Exception {
        Browser.assumeAvailable();
        SyntheticWorld w = SyntheticWorld.generate(3_000, 10, 7L);
        try (ClaimStore store = ClaimStore.openSqlite(dir.resolve("ui.db"))) {
            load(w, store);
            FactionGraphServer server = FactionGraphServer.start(ServerOptions.of(store).withPort(0));
            try (Browser b = Browser.open()) {
                String base = "http://127.0.0.1:" + server.port();
                String best = null;
                int bestNodes = 0;
                for (int y = 2012; y <= 2022; y++) {
                    String at = y + "-06";
                    int n = get(base + "/api/v1/graph/network?at=" + at).get("nodeCount").asInt();
                    if (best == null || Math.abs(n - 2000) < Math.abs(bestNodes - 2000)) {
                        best = at;
                        bestNodes = n;
                    }
                }
                final String at = best;
                long s = System.nanoTime();
                b.driver.get(base + "/#/network?at=" + at);
                b.wait.until(d -> at.equals(d.findElement(By.id("cy")).getAttribute("data-at")));
                long firstLoad = System.nanoTime() - s;
                Map<String, Object> first = Browser.map(b.js("return window.factiongraphView.state.lastRenderMs;"));
                b.screenshot("network-2000-nodes");
                List<Long> steps = new ArrayList<>();
                List<String> inPage = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    long t = System.nanoTime();
                    b.driver.findElement(By.id("time-slider")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
                    String expect = (String) b.js("const s = window.factiongraphView.state; return s.months[s.index];");
                    b.wait.until(d -> expect.equals(d.findElement(By.id("cy")).getAttribute("data-at")));
                    steps.add((System.nanoTime() - t) / 1_000_000);
                    inPage.add(Browser.map(b.js("return window.factiongraphView.state.lastRenderMs;")).toString());
                }
                Object frame = b.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "const cy = window.factiongraphView.cy; const t0 = performance.now();"
                        + "cy.zoom({level: cy.zoom() * 1.2, renderedPosition: {x: 300, y: 300}});"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => "
                        + "done(Math.round(performance.now() - t0))));");
                System.out.printf(Locale.ROOT, "bench: browser network view with %d visible nodes at %s: first "
                                + "load %d ms (fetch %s ms, draw incl. layout %s ms); slider steps seen by the test %s ms, "
                                + "in the page %s; one zoom redraw %s ms%n", bestNodes, at, firstLoad / 1_000_000,
                        first.get("fetch"), first.get("render"), steps, inPage, frame);
            } finally {
                server.stop();
            }
        }
    }
}
