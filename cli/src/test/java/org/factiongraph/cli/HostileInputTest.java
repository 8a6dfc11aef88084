package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile corpus made by the test itself, ingested through the real command: every bad file gives exactly one
 * line naming it and the reason, the batch goes on, nothing of a failed file reaches the store, and no external
 * entity is ever resolved.
 */
class HostileInputTest {

    private static final String SECRET = "TOP-SECRET-MARKER-7f3a";
    private static final String SENTENCE =
            "Fighters of Ahrar al-Sham clashed with the Islamic State in Aleppo on Monday.";

    @TempDir
    static Path dir;
    static Path corpus;
    static Cli.Result result;
    static String db;

    /** Bad files and the words their failure line must carry. */
    static final Map<String, String> BAD = Map.of(
            "junk.txt", "binary",
            "empty.txt", "empty",
            "huge.txt", "limit",
            "deep.html", "nested",
            "xxe.xml", "XML",
            "truncated.pdf", "PDF");

    @BeforeAll
    static void ingestHostileCorpus() throws Exception {
        corpus = Files.createDirectories(dir.resolve("hostile"));
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(junk);
        Files.write(corpus.resolve("junk.txt"), junk);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        try (RandomAccessFile f = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, refused before it is read
        }
        Files.writeString(corpus.resolve("deep.html"),
                "<html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</body></html>");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Files.writeString(corpus.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<r>&x;</r>\n");
        Files.writeString(corpus.resolve("truncated.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");

        // good files that must survive: odd encodings, scripts, a hostile-looking name
        byte[] utf8 = ("title: Invalid bytes\ndate: 2014-03-05\n\n" + SENTENCE + " Caf")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[utf8.length + 3];
        System.arraycopy(utf8, 0, bad, 0, utf8.length);
        bad[utf8.length] = (byte) 0xC3;
        bad[utf8.length + 1] = (byte) 0x28;
        bad[utf8.length + 2] = '.';
        Files.write(corpus.resolve("bad-utf8.txt"), bad);
        Files.write(corpus.resolve("arabic-1256.txt"),
                ("title: Arabic report\ndate: 2014-03-05\n\nأحرار الشام في حلب. " + SENTENCE + "\n")
                        .getBytes(Charset.forName("windows-1256")));
        Files.write(corpus.resolve("utf16.txt"),
                ("\uFEFFtitle: UTF-16 report\ndate: 2014-03-05\n\n" + SENTENCE + "\n").getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(corpus.resolve("script.html"), "<html><head><title>Report</title>"
                + "<meta property=\"article:published_time\" content=\"2014-03-05\"></head><body><article><p>"
                + SENTENCE + "</p><script>alert('x')</script><img src=x onerror=\"alert(2)\"></article></body></html>");
        Files.writeString(corpus.resolve("تقرير مع مسافات.txt"), "title: Spaces and Arabic\ndate: 2014-03-05\n\n"
                + SENTENCE + "\n");
        Path loop = Files.createDirectories(corpus.resolve("loop"));
        Files.writeString(loop.resolve("inside.txt"), "title: Inside a loop\ndate: 2014-03-06\n\n" + SENTENCE + "\n");
        Files.createSymbolicLink(loop.resolve("back"), corpus);

        db = dir.resolve("h.db").toString();
        result = Cli.run("ingest", "--db", db, "--threads", "2", corpus.toString());
    }

    @Test
    void eachBadFileGivesExactlyOneLineNamingItAndTheReason() {
        assertEquals(Main.BAD_INPUT, result.code());
        for (var e : BAD.entrySet()) {
            List<String> lines = result.err().lines().filter(l -> l.contains(e.getKey())).toList();
            assertEquals(1, lines.size(), e.getKey() + " in:\n" + result.err());
            assertTrue(lines.get(0).toLowerCase().contains(e.getValue().toLowerCase()),
                    e.getKey() + " should say '" + e.getValue() + "': " + lines.get(0));
        }
        assertFalse(result.err().contains("\tat "), "no stack traces: " + result.err());
        assertTrue(result.out().contains("failed " + BAD.size()), result.out());
    }

    @Test
    void theGoodFilesAreStoredAndNothingOfTheBadOnes() {
        try (ClaimStore s = ClaimStore.openSqlite(Path.of(db))) {
            List<String> names = s.documents().stream().map(DocumentSummary::name).sorted().toList();
            assertEquals(List.of("arabic-1256.txt", "bad-utf8.txt", "inside.txt", "script.html", "utf16.txt",
                    "تقرير مع مسافات.txt"), names);
            for (DocumentSummary d : s.documents()) {
                String text = s.document(d.id()).orElseThrow().text();
                assertTrue(text.contains("Ahrar al-Sham"), d.name() + ": " + text);
                assertFalse(text.contains("<script") || text.contains("onerror") || text.contains("alert("),
                        d.name() + " keeps markup: " + text);
            }
            String arabic = s.documents().stream().filter(d -> d.name().equals("arabic-1256.txt"))
                    .map(d -> s.document(d.id()).orElseThrow().text()).findFirst().orElseThrow();
            assertTrue(arabic.contains("أحرار الشام"), "Windows-1256 decoded: " + arabic);
            assertFalse(s.claims(org.factiongraph.store.ClaimQuery.all()).isEmpty(), "claims from the good files");
        }
    }

    @Test
    void noExternalEntityIsEverResolved() throws Exception {
        assertFalse(result.out().contains(SECRET) || result.err().contains(SECRET));
        byte[] store = Files.readAllBytes(Path.of(db));
        assertFalse(new String(store, StandardCharsets.ISO_8859_1).contains(SECRET));
        Cli.Result export = Cli.run("export", "--db", db, "--format", "jsonl");
        assertFalse(export.out().contains(SECRET));
    }

    @Test
    void theSizeLimitIsConfigurable() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.writeString(small.resolve("two-mb.txt"), "title: Big\ndate: 2014-03-05\n\n" + (SENTENCE + "\n").repeat(
                2 * 1024 * 1024 / SENTENCE.length()));
        Cli.Result r = Cli.run("ingest", "--db", dir.resolve("s.db").toString(), "--max-mb", "1", small.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("two-mb.txt") && l.contains("limit")), r.err());
        assertEquals(Main.USAGE, Cli.run("ingest", "--db", dir.resolve("s.db").toString(), "--max-mb", "0",
                small.toString()).code());
    }
}
