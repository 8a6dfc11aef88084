package org.factiongraph.extract.bench;

import org.factiongraph.extract.Extractor;
import org.factiongraph.extract.ExtractorOptions;
import org.factiongraph.extract.nlp.CoreNlp;
import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Document;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures whole-document extraction: tokens/s and documents/s on one thread and on all cores, peak heap, and
 * the same figures for CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline on the same documents as
 * the baseline. Usage: {@code ExtractionBenchmark [--seconds N] [--no-baseline] PATH...} (files or directories of
 * .txt/.html/.md files). Prints one line per measurement.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    /** One measurement. */
    public record Figures(String name, int threads, long tokens, int docs, double seconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double docsPerSecond() {
            return docs / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s threads=%d tokens/s=%,.0f docs/s=%.1f (tokens=%d docs=%d in %.2fs)",
                    name, threads, tokensPerSecond(), docsPerSecond(), tokens, docs, seconds);
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = 5;
        boolean baseline = true;
        double parseShare = ExtractorOptions.DEFAULT_PARSE_SHARE;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--parse" -> parseShare = ExtractorOptions.PARSE_ALL;
                case "--no-parse" -> parseShare = 0;
                default -> paths.add(Paths.get(args[i]));
            }
        }
        run(paths, seconds, baseline, parseShare, System.out);
    }

    /** Measures extraction (parsing up to {@code parseShare} of each document) and, if asked, the baseline. */
    public static void run(List<Path> paths, double seconds, boolean baseline, double parseShare, PrintStream out)
            throws Exception {
        List<Document> docs = read(paths);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents found in " + paths);
        }
        CoreNlp tokenizer = new CoreNlp("tokenize,ssplit");
        long tokens = 0;
        for (Document d : docs) {
            tokens += tokenizer.annotateCount(d.text());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "documents=%d tokens=%d cores=%d max-heap=%dMB%n", docs.size(), tokens, cores,
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        Extractor ex = Extractor.create(ExtractorOptions.defaults().withParseShare(parseShare));
        for (Document d : docs) {
            ex.extract(d); // warm-up, loads the models
        }
        out.printf(Locale.ROOT, "startup+first pass: %.2fs%n", (System.nanoTime() - t0) / 1e9);
        measure("warm-up", 1, docs, tokens, seconds / 2, d -> ex.extract(d)); // let the JIT settle
        List<Figures> figures = new ArrayList<>();
        String name = "factiongraph extract" + (parseShare == ExtractorOptions.DEFAULT_PARSE_SHARE ? ""
                : parseShare == 0 ? " --no-parse" : " --parse");
        figures.add(measure(name, 1, docs, tokens, seconds, d -> ex.extract(d)));
        figures.add(measure(name, cores, docs, tokens, seconds, d -> ex.extract(d)));
        figures.forEach(out::println);
        out.printf(Locale.ROOT, "peak heap after extraction: %dMB%n", peakHeap() >> 20);
        if (baseline) {
            CoreNlp base = new CoreNlp("tokenize,ssplit,pos,lemma,ner");
            for (Document d : docs) {
                base.annotateCount(d.text());
            }
            Figures b = measure("corenlp tokenize,ssplit,pos,lemma,ner", 1, docs, tokens, seconds,
                    d -> base.annotateCount(d.text()));
            out.println(b);
            out.printf(Locale.ROOT, "speed-up over baseline (1 thread): %.1fx%n",
                    figures.get(0).tokensPerSecond() / b.tokensPerSecond());
            out.printf(Locale.ROOT, "peak heap with baseline loaded: %dMB%n", peakHeap() >> 20);
        }
    }

    interface Work {
        void run(Document d) throws Exception;
    }

    static Figures measure(String name, int threads, List<Document> docs, long tokensPerPass, double seconds, Work w)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int passes = 0;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            do {
                if (pool == null) {
                    for (Document d : docs) {
                        w.run(d);
                    }
                } else {
                    List<Future<?>> fs = new ArrayList<>();
                    for (Document d : docs) {
                        fs.add(pool.submit(() -> {
                            w.run(d);
                            return null;
                        }));
                    }
                    for (Future<?> f : fs) {
                        f.get();
                    }
                }
                passes++;
            } while (System.nanoTime() < deadline);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        double s = (System.nanoTime() - start) / 1e9;
        return new Figures(name, threads, tokensPerPass * passes, docs.size() * passes, s);
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static List<Document> read(List<Path> paths) throws Exception {
        DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(txt|html?|md)$"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(readers.read(f));
            } catch (Exception e) {
                System.err.println("skipped " + f + ": " + e.getMessage());
            }
        }
        return docs;
    }
}
