package org.factiongraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints reading throughput; not a unit test (speed targets are printed, not asserted). Run after
 * {@code mvn -q -o -pl ingest test-compile} with the test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> org.factiongraph.ingest.ReadBenchmark [gold-docs-dir]}.
 */
public final class ReadBenchmark {
    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
        Path gold = Path.of(args.length > 0 ? args[0] : "/work/shared/gold/docs");
        List<byte[]> docs = new ArrayList<>();
        if (Files.isDirectory(gold)) {
            try (var s = Files.list(gold)) {
                for (Path p : s.sorted().toList()) {
                    docs.add(Files.readAllBytes(p));
                }
            }
        }
        if (!docs.isEmpty()) {
            int rounds = 2000;
            for (int w = 0; w < 200; w++) {
                readers.read("d.txt", docs.get(w % docs.size()));
            }
            long bytes = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                for (byte[] d : docs) {
                    bytes += d.length;
                    readers.read("d.txt", d);
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("gold docs: %d reads in %.2f s = %.0f docs/s, %.1f MB/s%n",
                    rounds * docs.size(), s, rounds * docs.size() / s, bytes / s / 1e6);
        }
        String para = "The Fastaqim Union helped to create the Army of Mujahideen in January 2014 to combat ISIS.\n\n";
        byte[] bigText = para.repeat(4_000_000 / para.length()).getBytes(StandardCharsets.UTF_8);
        time("4 MB UTF-8 text", () -> readers.read("big.txt", bigText), bigText.length);
        String ar = "قال المتحدث باسم جيش الإسلام إن الفصائل اتحدت في غرفة عمليات واحدة\n";
        byte[] bigArabic = ar.repeat(2_000_000 / ar.length()).getBytes(Charset.forName("windows-1256"));
        time("2 MB Windows-1256 text", () -> readers.read("ar.txt", bigArabic), bigArabic.length);
        byte[] bigHtml = ("<html><body><article>" + ("<p>" + para + "</p>").repeat(4_000_000 / para.length())
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        time("4 MB HTML", () -> readers.read("big.html", bigHtml), bigHtml.length);
        byte[] deep = ("<html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        time("HTML nested 100,000 deep (refused)", () -> readers.read("deep.html", deep), deep.length);
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static void time(String label, Read r, long bytes) throws Exception {
        long best = Long.MAX_VALUE;
        String outcome = "";
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            try {
                r.run();
                outcome = "read";
            } catch (IngestException e) {
                outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%s: best of 3 %.0f ms, %.1f MB/s (%s)%n", label, best / 1e6, bytes / (best / 1e9) / 1e6, outcome);
    }
}
