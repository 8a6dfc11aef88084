package org.factiongraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.factiongraph.extract.Extraction;
import org.factiongraph.extract.Extractor;
import org.factiongraph.extract.ExtractorOptions;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.SaveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph ingest PATH...}: read, extract and store documents; one transaction per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read documents (files and folders, recursively), extract their claims and store them.",
                "Each document is stored in one transaction; a document already in the store (same content) is "
                        + "left unchanged. Bad files are listed at the end and the rest of the batch goes on."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = DocumentBatch.defaultThreads();

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "50",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxMb;

    @Option(names = "--max-pdf-pages", paramLabel = "N", defaultValue = "2000",
            description = "Refuse PDFs with more pages than this (default: ${DEFAULT-VALUE}).")
    int maxPdfPages;

    @Mixin
    ParseOption parseOption;

    @Spec
    CommandSpec spec;

    /** The read limits after --max-mb and --max-pdf-pages; values out of range are usage errors. */
    static org.factiongraph.ingest.ReadLimits limits(long maxMb, int maxPdfPages, CommandSpec spec) {
        if (maxMb <= 0 || maxMb > 4096) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-mb must be between 1 and 4096: " + maxMb);
        }
        if (maxPdfPages <= 0 || maxPdfPages > 1_000_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-pdf-pages must be between 1 and 1000000: " + maxPdfPages);
        }
        var d = org.factiongraph.ingest.ReadLimits.defaults();
        return new org.factiongraph.ingest.ReadLimits(maxMb * 1024 * 1024, d.maxHtmlDepth(), d.maxTextChars(),
                maxPdfPages);
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger fresh = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger claims = new AtomicInteger();
        var limits = limits(maxMb, maxPdfPages, spec);
        err.println("ingest: into " + store.db + " with " + threads + " thread(s), files up to " + maxMb + " MB");
        try (ClaimStore s = store.openForWrite()) {
            Extractors extractors = parseOption.extractors();
            Resolving resolving = new Resolving(s);
            List<String> failures = DocumentBatch.run(paths, limits, threads, err, Main.verbose(spec),
                    doc -> s.hasDocument(doc.id()) ? null : extractors.get().extract(doc),
                    item -> {
                        read.incrementAndGet();
                        if (item.result() == null) {
                            unchanged.incrementAndGet();
                            return;
                        }
                        Extraction x = resolving.resolve(item.result(), extractors.get());
                        SaveOutcome o = s.saveDocument(x.document(), x.entities(), x.claims());
                        if (o == SaveOutcome.NEW) {
                            fresh.incrementAndGet();
                            claims.addAndGet(x.claims().size());
                        } else {
                            unchanged.incrementAndGet();
                        }
                    });
            for (String r : resolving.log()) {
                err.println("resolved: " + r);
            }
            for (String f : failures) {
                err.println("failed: " + f);
            }
            out.printf("read %d, new %d, unchanged %d, failed %d (%d claims stored) in %s%n",
                    read.get() + failures.size(), fresh.get(), unchanged.get(), failures.size(), claims.get(),
                    store.db);
            return failures.isEmpty() ? 0 : Main.BAD_INPUT;
        }
    }

    /** Builds the extractor (and loads its models) only when a new document needs it. */
    static final class Extractors {
        private final double parseShare;
        private volatile Extractor extractor;

        /** The extractor parses up to {@code parseShare} of each document ({@code --parse}, {@code --no-parse}). */
        Extractors(double parseShare) {
            this.parseShare = parseShare;
        }

        Extractor get() {
            Extractor e = extractor;
            if (e == null) {
                synchronized (this) {
                    e = extractor;
                    if (e == null) {
                        e = Extractor.create(ExtractorOptions.defaults().withParseShare(parseShare));
                        extractor = e;
                    }
                }
            }
            return e;
        }
    }
}
