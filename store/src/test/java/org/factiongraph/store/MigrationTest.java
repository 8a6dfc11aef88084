package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("fg.db");
    }

    /** version -> "description|checksum|applied_at" as recorded in schema_migrations. */
    private Map<Integer, String> applied() throws Exception {
        Map<Integer, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT version, description, checksum, applied_at FROM schema_migrations ORDER BY version")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getLong(4));
            }
        }
        return out;
    }

    @Test
    void anEmptyStoreIsMigratedToTheNewestVersion() throws Exception {
        Migrations bundled = Migrations.bundled();
        assertTrue(bundled.latest() >= 2);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            assertEquals(bundled.latest(), store.schemaVersion());
        }
        Map<Integer, String> rows = applied();
        assertEquals(bundled.latest(), rows.size());
        assertTrue(rows.get(1).startsWith("initial|" + bundled.list().get(0).checksum() + "|"));
        assertTrue(rows.get(2).startsWith("claim reviews|"));
    }

    @Test
    void reopeningAnUpToDateStoreAppliesNothing() throws Exception {
        ClaimStore.openSqlite(db()).close();
        Map<Integer, String> first = applied();
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            assertEquals(Migrations.bundled().latest(), store.schemaVersion());
        }
        assertEquals(first, applied());
    }

    @Test
    void aStoreAtAnOlderVersionGetsOnlyTheNewerMigrationsAndKeepsItsData() throws Exception {
        Migrations bundled = Migrations.bundled();
        Document doc = Fixtures.document("000_old.txt", Fixtures.TEXT);
        List<Claim> claims = Fixtures.claims(doc);
        try (ClaimStore v1 = JdbcClaimStore.open(new SqliteDialect(db()), bundled.upTo(1))) {
            assertEquals(1, v1.schemaVersion());
            v1.saveDocument(doc, Fixtures.entities(), claims);
        }
        String v1Row = applied().get(1);
        assertEquals(1, applied().size());

        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            assertEquals(bundled.latest(), store.schemaVersion());
            assertEquals(v1Row, applied().get(1), "V1 must not be applied again");
            List<Claim> expected = new ArrayList<>(claims);
            expected.sort(ClaimStore.CLAIM_ORDER);
            assertEquals(expected, store.claims(ClaimQuery.all()).stream().map(c -> c.withCreatedAt(null)).toList());
            // the V2 table works on the migrated store
            store.review(claims.get(0).id(), org.factiongraph.model.ReviewStatus.ACCEPTED, "ana", null);
            assertEquals(1, store.reviews(claims.get(0).id()).size());
        }
        assertEquals(bundled.latest(), applied().size());
    }

    @Test
    void aChangedAppliedMigrationIsRefused() {
        ClaimStore.openSqlite(db()).close();
        List<Migration> tampered = new ArrayList<>(Migrations.bundled().list());
        Migration v1 = tampered.get(0);
        tampered.set(0, new Migration(1, v1.description(), v1.sql() + "\nCREATE INDEX extra ON claims (method);\n"));
        StoreException e = assertThrows(StoreException.class,
                () -> JdbcClaimStore.open(new SqliteDialect(db()), new Migrations(tampered)));
        assertTrue(e.getMessage().contains("migration V1 (initial) has changed since it was applied"), e.getMessage());
        assertTrue(e.getMessage().contains("refusing to open it"), e.getMessage());
    }

    @Test
    void lineEndingsDoNotCountAsAChange() {
        ClaimStore.openSqlite(db()).close();
        List<Migration> crlf = Migrations.bundled().list().stream()
                .map(m -> new Migration(m.version(), m.description(), m.sql().replace("\n", "\r\n"))).toList();
        JdbcClaimStore.open(new SqliteDialect(db()), new Migrations(crlf)).close();
    }

    @Test
    void aStoreNewerThanTheCodeIsRefused() {
        ClaimStore.openSqlite(db()).close();
        Migrations older = Migrations.bundled().upTo(1);
        StoreException e = assertThrows(StoreException.class,
                () -> JdbcClaimStore.open(new SqliteDialect(db()), older));
        int latest = Migrations.bundled().latest();
        assertTrue(e.getMessage().contains("has schema version " + latest + ", newer than this program knows (1)"),
                e.getMessage());
    }

    @Test
    void aFailingMigrationLeavesTheStoreAtThePreviousVersion() throws Exception {
        List<Migration> list = new ArrayList<>(Migrations.bundled().upTo(1).list());
        list.add(new Migration(2, "broken", "CREATE TABLE good_one (x TEXT);\nCREATE TABLE claims (x TEXT);\n"));
        StoreException e = assertThrows(StoreException.class,
                () -> JdbcClaimStore.open(new SqliteDialect(db()), new Migrations(list)));
        assertTrue(e.getMessage().startsWith("could not apply migration V2 (broken) to SQLite store"), e.getMessage());
        assertEquals(List.of(1), new ArrayList<>(applied().keySet()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'good_one'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the first statement of the failed migration was rolled back");
        }
    }

    @Test
    void statementsAreSplitOutsideQuotesAndComments() {
        Migration m = new Migration(1, "x", "-- a comment; with a semicolon\n"
                + "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" TEXT); /* block; comment */\n"
                + "INSERT INTO t (a) VALUES ('it''s; fine');\n\n;\n");
        assertEquals(List.of("CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" TEXT)",
                "INSERT INTO t (a) VALUES ('it''s; fine')"), m.statements());
    }

    @Test
    void migrationFileNamesGiveVersionAndDescription() {
        Migration m = Migration.fromFile("V12__add_claim_index.sql", "SELECT 1;");
        assertEquals(12, m.version());
        assertEquals("add claim index", m.description());
        assertThrows(IllegalArgumentException.class, () -> Migration.fromFile("V1_initial.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> new Migrations(List.of(m)));
    }
}
