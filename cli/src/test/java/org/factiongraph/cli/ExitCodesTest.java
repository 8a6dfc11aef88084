package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {

    @TempDir
    Path dir;

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("frobnicate");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("documents", "--colour", "red");
        assertEquals(Main.USAGE, r.code());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(Main.USAGE, Cli.run().code());
    }

    @Test
    void everyCommandHasHelpThatPicocliCanFormat() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String cmd : new String[] {"ingest", "extract", "documents", "entities", "show", "export", "eval",
                    "bench", "network", "roster", "timeline", "lineage", "path", "changes", "conflicts", "serve",
                    "review", "merge", "unmerge", "audit", "backup", "restore", "users", "tokens"}) {
                Cli.Result r = Cli.run(cmd, "--help");
                assertEquals(0, r.code(), cmd);
                assertTrue(r.out().contains("Usage: factiongraph " + cmd), cmd + ": " + r.out());
            }
        } finally {
            System.setErr(stderr);
        }
        // a bare '%' in a description makes picocli warn on every --help ("Could not format ...")
        String printed = warnings.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(printed.contains("picocli WARN"), printed);
    }

    @Test
    void missingInputFileIsBadInputWithOneLineNamingIt() {
        Path missing = dir.resolve("no-such-file.txt");
        Cli.Result r = Cli.run("ingest", "--db", dir.resolve("x.db").toString(), missing.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("no-such-file.txt")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
    }

    @Test
    void aCommandsErrorCarriesItsStackTraceOnlyWithVerboseOnEitherSideOfTheCommand() {
        String gold = dir.resolve("no-such-gold.jsonl").toString();
        for (List<String> args : List.of(List.of("--verbose", "eval", "--gold", gold, "x.txt"),
                List.of("eval", "--verbose", "--gold", gold, "x.txt"))) {
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(Main.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().startsWith("factiongraph: error: no gold file at"), r.err());
            assertTrue(r.err().contains("\tat "), args + ": " + r.err());
        }
        Cli.Result r = Cli.run("eval", "--gold", gold, "x.txt");
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void readingAMissingStoreIsBadInputNotANewEmptyStore() {
        Path db = dir.resolve("absent.db");
        Cli.Result r = Cli.run("documents", "--db", db.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertFalse(Files.exists(db));
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void unknownEntityKindIsAUsageError() {
        Cli.Result r = Cli.run("entities", "--db", dir.resolve("x.db").toString(), "--kind", "band");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("band"));
    }

    @Test
    void csvQuotingEscapesAndDefusesFormulas() {
        assertEquals("\"a,b\"", ExportCommand.csv("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ExportCommand.csv("say \"hi\""));
        assertEquals("'=1+2", ExportCommand.csv("=1+2"));
        assertEquals("", ExportCommand.csv(null));
    }
}
