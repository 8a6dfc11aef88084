package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backup and verified, atomic restore. */
class BackupTest {

    @TempDir
    Path dir;

    /** Every row of every table, as text, in primary-key order: the full export of a store file. */
    static Map<String, List<String>> export(Path db) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('\u001f');
                        }
                        rows.add(sb.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        }
        return out;
    }

    /**
     * A store with something in every table: documents, fields, entities, names, claims, reviews, merges, audit,
     * users, sessions, API tokens.
     */
    private Path fullStore() {
        Path db = dir.resolve("live/fg.db");
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
            store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
            store.saveEntities(List.of(MergeTest.HARAKAT, Fixtures.JAYSH_AL_ISLAM));
            Claim c = store.claims(ClaimQuery.all().forRelation(Relation.FOUGHT)).get(0);
            store.review(c.id(), ReviewStatus.ACCEPTED, "ana", "ok");
            store.appendClaim(c.correctedTo(c.subject(), Relation.FOUGHT, c.object(), null, null,
                    PartialDate.ofYear(2014), false, "manual"), "bob", "year only");
            MergeRecord m = store.merge(Fixtures.AHRAR.id(), MergeTest.HARAKAT.id(), "ana", null);
            store.unmerge(m.id(), "bob", null);
            store.merge(Fixtures.AHRAR.id(), MergeTest.HARAKAT.id(), "Ahrar", "ana", "again");
            store.accounts().addUser("ana", Role.ANALYST, "analyst password");
            store.accounts().createSession("ana");
            store.accounts().createToken("ana", "backup test");
        }
        return db;
    }

    @Test
    void backupThenRestoreGivesIdenticalRowsInEveryTable() throws Exception {
        Path live = fullStore();
        Map<String, List<String>> before = export(live);
        assertTrue(before.keySet().containsAll(List.of("documents", "document_fields", "entities", "entity_names",
                "claims", "claim_reviews", "entity_merges", "entity_merge_undos", "audit_log", "schema_migrations")));
        before.forEach((t, rows) -> assertFalse(rows.isEmpty(), t + " is empty in the fixture"));

        Path backup = dir.resolve("backups/fg-1.db");
        List<Claim> claims;
        try (ClaimStore store = ClaimStore.openSqlite(live)) {
            claims = store.claims(ClaimQuery.everything());
            store.backup(backup);
            // the store stays usable after a backup
            store.review(claims.get(0).id(), ReviewStatus.REJECTED, "ana", "after the backup");
        }
        assertEquals(before, export(backup));
        assertFalse(Files.exists(Path.of(backup + "-wal")), "a backup is one self-contained file");

        Path restored = dir.resolve("restored/fg.db");
        ClaimStore.restore(backup, restored);
        assertEquals(before, export(restored));
        try (ClaimStore store = ClaimStore.openSqlite(restored)) {
            assertEquals(claims, store.claims(ClaimQuery.everything()));
            assertEquals(2, store.merges().size());
            assertEquals(5, store.audit(AuditQuery.all()).size());
        }
        try (Stream<Path> files = Files.list(restored.getParent())) {
            assertEquals(List.of("fg.db"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void restoreReplacesAnExistingClosedStore() throws Exception {
        Path live = fullStore();
        Path backup = dir.resolve("fg.bak");
        try (ClaimStore store = ClaimStore.openSqlite(live)) {
            store.backup(backup);
            store.review(store.claims(ClaimQuery.all()).get(0).id(), ReviewStatus.REJECTED, "ana", "later");
        }
        assertFalse(export(backup).equals(export(live)));
        ClaimStore.restore(backup, live);
        assertEquals(export(backup), export(live));
    }

    @Test
    void restoreRefusesFilesThatAreNoFactionGraphStore() throws Exception {
        Path target = dir.resolve("target.db");
        Files.writeString(target, "precious");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a database at all ".repeat(50));
        StoreException e = assertThrows(StoreException.class, () -> ClaimStore.restore(text, target));
        assertTrue(e.getMessage().endsWith("the backup is not an SQLite database"), e.getMessage());

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        e = assertThrows(StoreException.class, () -> ClaimStore.restore(other, target));
        assertTrue(e.getMessage().contains("not a FactionGraph store"), e.getMessage());

        Path newer = fullStore();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_migrations VALUES (999, 'future', 'x', 0)");
        }
        e = assertThrows(StoreException.class, () -> ClaimStore.restore(newer, target));
        assertTrue(e.getMessage().contains("newer than this program knows"), e.getMessage());

        e = assertThrows(StoreException.class, () -> ClaimStore.restore(dir.resolve("missing.db"), target));
        assertTrue(e.getMessage().endsWith("the backup file does not exist"), e.getMessage());
        assertArrayEquals("precious".getBytes(), Files.readAllBytes(target));
    }

    @Test
    void restoreRefusesAnOpenStore() throws Exception {
        Path live = fullStore();
        Path backup = dir.resolve("fg.bak");
        try (ClaimStore store = ClaimStore.openSqlite(live)) {
            store.backup(backup);
            store.saveEntities(List.of(Fixtures.ISIL));
            StoreException e = assertThrows(StoreException.class, () -> ClaimStore.restore(backup, live));
            assertTrue(e.getMessage().contains("write-ahead log"), e.getMessage());
        }
    }

    @Test
    void aBackupOntoTheStoreItselfIsRefused() {
        Path live = fullStore();
        try (ClaimStore store = ClaimStore.openSqlite(live)) {
            StoreException e = assertThrows(StoreException.class, () -> store.backup(live));
            assertTrue(e.getMessage().contains("the backup file is the store itself"), e.getMessage());
        }
    }
}
