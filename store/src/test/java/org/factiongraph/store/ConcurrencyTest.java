package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factiongraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void openingManyStoresLeavesAtMostSixteenLockFilesInTheTemporaryDirectory() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = System.currentTimeMillis() - 1000;
        for (int i = 0; i < 40; i++) {
            try (ClaimStore store = ClaimStore.openSqlite(dir.resolve("s" + i + ".db"))) {
                assertEquals(0, store.documents().size());
            }
        }
        List<String> fresh = new ArrayList<>();
        try (var files = java.nio.file.Files.list(tmp)) {
            files.filter(f -> f.getFileName().toString().startsWith("factiongraph-open-"))
                    .filter(f -> f.toFile().lastModified() >= before)
                    .forEach(f -> fresh.add(f.getFileName().toString()));
        }
        assertTrue(fresh.stream().allMatch(n -> n.matches("factiongraph-open-[0-9a-f]\\.lock")), fresh.toString());
        assertTrue(fresh.size() <= 16, fresh.toString());
    }

    @Test
    void twoStoresOnOneFileWritingAtOnceBothSucceed() throws Exception {
        Path db = dir.resolve("shared.db");
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                Callable<Integer> job = () -> {
                    start.await();
                    int saved = 0;
                    // each writer opens its own store (its own connection), like a second process would
                    try (ClaimStore store = ClaimStore.openSqlite(db)) {
                        for (int i = 0; i < perWriter; i++) {
                            Document doc = Fixtures.document("w" + writer + "_" + i + ".txt", Fixtures.TEXT);
                            if (store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc)) == SaveOutcome.NEW) {
                                saved++;
                            }
                            // the shared document: exactly one of the two writers stores it
                            Document shared = Fixtures.document("shared_" + i + ".txt", Fixtures.TEXT);
                            if (store.saveDocument(shared, Fixtures.entities(), Fixtures.claims(shared))
                                    == SaveOutcome.NEW) {
                                saved++;
                            }
                        }
                    }
                    return saved;
                };
                results.add(pool.submit(job));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get();
            }
            assertEquals(3 * perWriter, total);
        } finally {
            pool.shutdownNow();
        }
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            StoreStats s = store.stats();
            assertEquals(3 * perWriter, s.documents());
            assertEquals(3 * perWriter * 5, s.claims());
            assertEquals(Fixtures.entities().size(), s.entities());
            assertEquals(3 * perWriter, store.documents().size());
        }
    }

    @Test
    void manyOpenersRacingOnABrandNewFileAllGetTheNewestSchema() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                Path db = dir.resolve("race-" + round + ".db");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> versions = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    int opener = t;
                    versions.add(pool.submit(() -> {
                        go.await();
                        try (ClaimStore store = ClaimStore.openSqlite(db)) {
                            Document doc = Fixtures.document("r" + opener + ".txt", Fixtures.TEXT);
                            store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
                            return store.schemaVersion();
                        }
                    }));
                }
                go.countDown();
                for (Future<Integer> v : versions) {
                    assertEquals(Migrations.bundled().latest(), v.get(60, TimeUnit.SECONDS));
                }
                try (ClaimStore store = ClaimStore.openSqlite(db)) {
                    assertEquals(6, store.stats().documents());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneStoreIsSafeForSeveralThreads() throws Exception {
        Path db = dir.resolve("one.db");
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    fs.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            Document doc = Fixtures.document("t" + thread + "_" + i + ".txt", Fixtures.TEXT);
                            store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
                            store.claims(ClaimQuery.all().forDocument(doc.id()));
                        }
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(40, store.stats().documents());
            assertEquals(200, store.claims(ClaimQuery.all()).size());
        }
    }

    @Test
    void twoProcessesWritingOneNewFileBothSucceed() throws Exception {
        Path db = dir.resolve("two-processes.db");
        int n = 20;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Process> procs = new ArrayList<>();
        for (String prefix : List.of("p1", "p2")) {
            procs.add(new ProcessBuilder(java, "-Xmx128m", "-cp", cp, WriterProcess.class.getName(), db.toString(),
                    prefix, Integer.toString(n)).redirectErrorStream(true).start());
        }
        int total = 0;
        for (Process p : procs) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "writer process did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            String line = out.lines().filter(l -> l.startsWith("saved=")).findFirst().orElseThrow(() ->
                    new AssertionError("no result from writer: " + out));
            total += Integer.parseInt(line.substring("saved=".length()));
        }
        assertEquals(3 * n, total);
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            assertEquals(3 * n, store.stats().documents());
            assertEquals(3 * n * 5, store.stats().claims());
            assertEquals(Migrations.bundled().latest(), store.schemaVersion());
        }
        assertTrue(new File(db.toString()).length() > 0);
    }
}
