package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factiongraph.ingest.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A job that fails on one document of a batch: the batch goes on, the failure is one line naming the file and the
 * reason, and with {@code --verbose} the line is followed by the stack trace of the failure.
 */
class DocumentBatchTest {

    @TempDir
    Path dir;

    private List<String> runFailingOn(String failing, boolean verbose, List<String> done) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Liwa Marah fought Jaysh al-Izza near Morek.");
        Files.writeString(dir.resolve("b.txt"), "Liwa al-Haqq joined Jaysh al-Nasr in 2016.");
        return DocumentBatch.run(List.of(dir), ReadLimits.defaults(), 1, new PrintWriter(new StringWriter()), verbose,
                doc -> {
                    if (doc.name().equals(failing)) {
                        throw new IllegalStateException("index out of range in rule matching");
                    }
                    return doc.name();
                },
                item -> done.add(item.result()));
    }

    @Test
    void aFailingDocumentIsOneLineAndTheBatchGoesOn() throws Exception {
        List<String> done = new ArrayList<>();
        List<String> failures = runFailingOn("a.txt", false, done);
        assertEquals(List.of("b.txt"), done);
        assertEquals(1, failures.size(), failures.toString());
        String f = failures.get(0);
        assertTrue(f.contains("a.txt") && f.contains("could not extract: index out of range in rule matching"), f);
        assertEquals(1, f.lines().count(), f);
    }

    @Test
    void withVerboseAFailureCarriesItsStackTraceAfterItsLine() throws Exception {
        List<String> done = new ArrayList<>();
        List<String> failures = runFailingOn("a.txt", true, done);
        assertEquals(List.of("b.txt"), done);
        String f = failures.get(0);
        List<String> lines = f.lines().toList();
        assertTrue(lines.get(0).contains("a.txt") && lines.get(0).contains("could not extract"), f);
        assertTrue(lines.size() > 2, f);
        assertTrue(lines.get(1).startsWith("java.lang.IllegalStateException"), f);
        assertTrue(f.contains("at org.factiongraph.cli.DocumentBatchTest"), f);
    }

    @Test
    void verboseCountsWhetherGivenBeforeOrAfterTheCommand() {
        for (List<String> args : List.of(List.of("--verbose", "extract", "x.txt"),
                List.of("extract", "--verbose", "x.txt"))) {
            CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            CommandLine.ParseResult r = cl.parseArgs(args.toArray(String[]::new));
            assertTrue(Main.verbose(r.subcommand().commandSpec()), args.toString());
        }
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine.ParseResult r = cl.parseArgs("extract", "x.txt");
        assertFalse(Main.verbose(r.subcommand().commandSpec()));
    }
}
