package org.factiongraph.extract;

import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: locating the gold and development sets, extracting them, one shared Extractor per JVM. */
final class GoldSets {
    private static Extractor shared;

    private GoldSets() {
    }

    static synchronized Extractor extractor() {
        if (shared == null) {
            shared = Extractor.create(ExtractorOptions.defaults());
        }
        return shared;
    }

    /** Walks up from the working directory looking for {@code rel} (e.g. "shared/gold"); null when absent. */
    static Path find(String rel) {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve(rel);
            if (Files.exists(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        return null;
    }

    static List<Path> docs(Path dir, String glob) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
    }

    static List<Claim> extractAll(List<Path> files) throws Exception {
        DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
        List<Claim> out = new ArrayList<>();
        for (Path f : files) {
            Document d = readers.read(f);
            out.addAll(extractor().extract(d).claims());
        }
        out.sort(ClaimJsonl.ORDER);
        return out;
    }

    static void write(Path file, List<Claim> claims) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (Claim c : claims) {
            sb.append(ClaimJsonl.line(c)).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Prints the scores of the gold set and the development sets: {@code java ... GoldSets [--missed]}. */
    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0;
        Path gold = find("shared/gold");
        report("gold", gold.resolve("docs"), ".*\\.txt", gold.resolve("seeds.jsonl"), Paths.get("target/gold-claims.jsonl"), verbose);
        Path samples = find("samples");
        Path sg = find("eval/samples.gold.jsonl");
        if (samples != null && sg != null) {
            report("samples", samples, ".*\\.txt", sg, Paths.get("target/samples-claims.jsonl"), verbose);
        }
        Path dev = find("eval/dev");
        Path dg = find("eval/dev.gold.jsonl");
        if (dev != null && dg != null) {
            report("dev", dev, ".*\\.txt", dg, Paths.get("target/dev-claims.jsonl"), verbose);
        }
    }

    static Scorer.Result report(String name, Path dir, String glob, Path goldFile, Path out, boolean verbose)
            throws Exception {
        List<Claim> claims = extractAll(docs(dir, glob));
        write(out, claims);
        Scorer.Result r = Scorer.score(goldFile, claims);
        if (verbose) {
            r.missed().forEach(System.out::println);
            r.spurious().forEach(System.out::println);
        }
        System.out.println(name + ": " + r.summary());
        return r;
    }
}
