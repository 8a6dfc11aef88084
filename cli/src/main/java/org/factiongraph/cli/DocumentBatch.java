package org.factiongraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.IngestException;
import org.factiongraph.ingest.InputFiles;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Document;

/**
 * Reads a batch of inputs (files and folders) and runs a per-document job on a few threads, keeping input order
 * and counting bad input instead of aborting (DESIGN habit 3): one failure line per bad file, the rest goes on.
 */
final class DocumentBatch {

    /** What became of one input file. */
    record Item<R>(Path path, Document document, R result, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private DocumentBatch() {
    }

    /**
     * Expands {@code inputs}, reads every file and applies {@code job} to each document that was read, on
     * {@code threads} threads, in chunks so that memory stays bounded, within {@code limits}. Results reach
     * {@code sink} in input order. With {@code verbose}, a failure the code did not expect (not a refused input)
     * carries its stack trace after its line.
     */
    static <R> List<String> run(List<Path> inputs, ReadLimits limits, int threads, PrintWriter err, boolean verbose,
                                Function<Document, R> job,
                                java.util.function.Consumer<Item<R>> sink) {
        InputFiles expanded = InputFiles.expand(inputs);
        List<String> failures = new ArrayList<>();
        for (InputFiles.Failure f : expanded.failures()) {
            failures.add(f.path() + ": " + f.reason());
        }
        List<Path> files = expanded.files();
        DocumentReaders readers = new DocumentReaders(limits);
        Progress progress = new Progress(err, files.size());
        int n = Math.max(1, threads);
        ExecutorService pool = n == 1 ? null : Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "factiongraph-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int chunk = Math.max(8, n * 4);
            for (int from = 0; from < files.size(); from += chunk) {
                List<Path> part = files.subList(from, Math.min(files.size(), from + chunk));
                List<Future<Item<R>>> futures = new ArrayList<>();
                List<Item<R>> done = new ArrayList<>();
                for (Path p : part) {
                    if (pool == null) {
                        done.add(process(p, readers, job, verbose));
                    } else {
                        futures.add(pool.submit(() -> process(p, readers, job, verbose)));
                    }
                }
                for (Future<Item<R>> f : futures) {
                    done.add(join(f));
                }
                for (Item<R> item : done) {
                    progress.step(item.path().getFileName() == null ? "" : item.path().getFileName().toString());
                    if (item.failed()) {
                        failures.add(item.path() + ": " + item.failure());
                    } else {
                        try {
                            sink.accept(item);
                        } catch (RuntimeException e) {
                            failures.add(item.path() + ": " + Main.describe(e) + trace(e, verbose));
                        }
                    }
                }
            }
        } finally {
            progress.finish();
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return failures;
    }

    private static <R> Item<R> process(Path p, DocumentReaders readers, Function<Document, R> job, boolean verbose) {
        Document doc;
        try {
            doc = readers.read(p);
        } catch (IngestException e) {
            return new Item<>(p, null, null, Main.oneLine(e.getMessage())); // a refused input: its line says why
        } catch (RuntimeException e) {
            return new Item<>(p, null, null, "could not read: " + Main.describe(e) + trace(e, verbose));
        }
        try {
            return new Item<>(p, doc, job.apply(doc), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Item<>(p, doc, null, "could not extract: " + Main.describe(e) + trace(e, verbose));
        }
    }

    /** The stack trace of {@code e} on the lines after a failure's line, when {@code verbose}; else nothing. */
    private static String trace(Throwable e, boolean verbose) {
        if (!verbose) {
            return "";
        }
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return System.lineSeparator() + w.toString().stripTrailing();
    }

    private static <R> Item<R> join(Future<Item<R>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", Main.BAD_INPUT);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
