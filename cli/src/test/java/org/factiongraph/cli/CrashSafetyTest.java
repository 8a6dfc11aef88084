package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest in real child processes: one killed with SIGKILL in the middle of a large batch, and two writing the same
 * store at once. The store must open consistent, a re-run must complete it, and nothing may be duplicated: the
 * final export equals that of an undisturbed single run.
 */
class CrashSafetyTest {

    private static final int DOCS = 400;
    private static final String[] GROUPS = {"Ahrar al-Sham", "Jaysh al-Islam", "Faylaq al-Sham", "al-Nusra Front",
            "Nour al-Din al-Zenki Movement", "Jaysh al-Izza", "the Islamic State", "the Levant Front"};

    @TempDir
    static Path dir;
    static Path corpus;
    static String reference;

    @BeforeAll
    static void makeCorpusAndReference() throws Exception {
        corpus = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < DOCS; i++) {
            String a = GROUPS[i % GROUPS.length];
            String b = GROUPS[(i * 3 + 1) % GROUPS.length];
            if (a.equals(b)) {
                b = GROUPS[(i + 2) % GROUPS.length];
            }
            Files.writeString(corpus.resolve(String.format("doc-%04d.txt", i)), String.format("""
                    title: Report %d
                    date: 2015-%02d-%02d
                    publisher: Wire %d

                    Fighters of %s clashed with %s in Idlib on Monday, report number %d said.
                    """, i, 1 + i % 12, 1 + i % 28, i % 7, a, b, i), StandardCharsets.UTF_8);
        }
        Path refDb = dir.resolve("reference.db");
        assertEquals(0, child("ingest", "--db", refDb.toString(), "--threads", "1", corpus.toString())
                .waitFor());
        reference = Cli.run("export", "--db", refDb.toString(), "--format", "jsonl").out();
        assertFalse(reference.isBlank());
    }

    @Test
    void aKilledIngestLeavesAConsistentStoreThatAReRunCompletes() throws Exception {
        Path db = dir.resolve("killed.db");
        Process p = child("ingest", "--db", db.toString(), "--threads", "1", corpus.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int stored = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            stored = documentCount(db);
            if (stored >= 20) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the batch should still be running when it is killed (stored " + stored + ")");
        p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
        int afterKill = documentCount(db);
        assertTrue(afterKill > 0 && afterKill < DOCS, "killed mid-way: " + afterKill);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals("ok", scalar(c, "PRAGMA integrity_check"));
            assertEquals("0", scalar(c, "SELECT COUNT(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"));
            assertEquals("0", scalar(c, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM claims c WHERE c.document_id = d.id)"), "no document stored without its claims");
        }
        Cli.Result rerun = Cli.run("ingest", "--db", db.toString(), corpus.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().contains("new " + (DOCS - afterKill) + ", unchanged " + afterKill), rerun.out());
        assertEquals(reference, Cli.run("export", "--db", db.toString(), "--format", "jsonl").out());
    }

    @Test
    void twoProcessesWritingOneStoreAtOnceDoNotCorruptIt() throws Exception {
        Path db = dir.resolve("shared.db");
        Process a = child("ingest", "--db", db.toString(), "--threads", "1", corpus.toString());
        Process b = child("ingest", "--db", db.toString(), "--threads", "1", corpus.toString());
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), new String(a.getErrorStream().readAllBytes()));
        assertEquals(0, b.exitValue(), new String(b.getErrorStream().readAllBytes()));
        assertEquals(DOCS, documentCount(db));
        assertEquals(reference, Cli.run("export", "--db", db.toString(), "--format", "jsonl").out());
    }

    /** The CLI in a child JVM with the test's own classpath. */
    static Process child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1500m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.factiongraph.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("child-" + System.nanoTime() + ".err").toFile()).start();
    }

    static int documentCount(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return Integer.parseInt(scalar(c, "SELECT COUNT(*) FROM documents"));
        } catch (Exception e) {
            return 0; // the store is still being created
        }
    }

    static String scalar(Connection c, String sql) throws Exception {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
