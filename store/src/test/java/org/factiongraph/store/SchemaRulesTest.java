package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Invariants of the code and SQL of this module, checked on its sources. */
class SchemaRulesTest {

    private static final Path MAIN = Path.of("src/main");

    private static List<Path> sources(String ext) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }

    @Test
    void noCodeUpdatesOrDeletesClaims() throws IOException {
        Pattern forbidden = Pattern.compile("(?i)(UPDATE\\s+claims\\b|DELETE\\s+FROM\\s+claims\\b|REPLACE\\s+INTO)");
        List<Path> files = new ArrayList<>(sources(".java"));
        files.addAll(sources(".sql"));
        assertFalse(files.isEmpty());
        for (Path p : files) {
            assertFalse(forbidden.matcher(Files.readString(p)).find(), p + " changes stored claims");
        }
    }

    @Test
    void noCodeUpdatesOrDeletesTheHistoryTables() throws IOException {
        Pattern forbidden = Pattern.compile("(?i)(UPDATE\\s+(claim_reviews|entity_merges|entity_merge_undos|audit_log)"
                + "\\b|DELETE\\s+FROM\\s+(claim_reviews|entity_merges|entity_merge_undos|audit_log)\\b)");
        List<Path> files = new ArrayList<>(sources(".java"));
        files.addAll(sources(".sql"));
        for (Path p : files) {
            assertFalse(forbidden.matcher(Files.readString(p)).find(), p + " changes an append-only table");
        }
    }

    @Test
    void sharedSqlAvoidsSqliteOnlySyntax() throws IOException {
        Pattern sqliteOnly = Pattern.compile("(?i)(INSERT\\s+OR\\s|AUTOINCREMENT|PRAGMA|WITHOUT\\s+ROWID"
                + "|\\bDATETIME\\s*\\(|\\bIFNULL\\s*\\(|\\bGLOB\\b|\\bstrftime\\b)");
        for (Path p : sources(".sql")) {
            assertFalse(sqliteOnly.matcher(Files.readString(p)).find(), p + " uses SQLite-only syntax");
        }
        for (Path p : sources(".java")) {
            if (!p.getFileName().toString().equals("SqliteDialect.java")) {
                assertFalse(sqliteOnly.matcher(Files.readString(p)).find(),
                        p + " uses SQLite-only syntax outside SqliteDialect");
            }
        }
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> s = Files.list(MAIN.resolve("resources/db/migration"))) {
            onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        List<Migration> bundled = Migrations.bundled().list();
        assertEquals(onDisk.size(), bundled.size());
        for (Migration m : bundled) {
            assertTrue(onDisk.contains("V" + m.version() + "__" + m.description().replace(' ', '_') + ".sql"),
                    "V" + m.version());
        }
    }
}
