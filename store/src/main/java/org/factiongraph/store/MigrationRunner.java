package org.factiongraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;

/**
 * Brings a store's schema to the newest of a list of {@link Migrations}, recording each applied migration in
 * {@code schema_migrations} (version, description, checksum, applied_at). Each migration runs in its own write
 * transaction, which also re-reads the applied versions, so two processes opening one new store at once apply
 * every migration exactly once. Refuses to proceed when an applied migration's checksum differs from the code's
 * or when the store has versions this code does not know. Stateless.
 */
final class MigrationRunner {

    private static final String BOOTSTRAP = "CREATE TABLE IF NOT EXISTS schema_migrations ("
            + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, checksum TEXT NOT NULL, "
            + "applied_at BIGINT NOT NULL)";

    private MigrationRunner() {
    }

    /** Applies the pending migrations and returns the resulting schema version. */
    static int migrate(Connection c, Dialect d, Migrations migrations) {
        Transactions.write(c, d, "create the migration table of " + d.target(), conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute(BOOTSTRAP);
            }
            return null;
        });
        while (true) {
            Integer applied = Transactions.write(c, d, "migrate " + d.target(), conn -> {
                int current = checkApplied(conn, d, migrations);
                if (current >= migrations.latest()) {
                    return null;
                }
                Migration next = migrations.list().get(current);
                try {
                    apply(conn, next);
                } catch (SQLException e) {
                    throw new StoreException("could not apply migration V" + next.version() + " ("
                            + next.description() + ") to " + d.target() + ": " + d.describe(e), e);
                }
                return next.version();
            });
            if (applied == null) {
                return currentVersion(c, d);
            }
        }
    }

    /** The newest applied version, 0 for an empty store. */
    static int currentVersion(Connection c, Dialect d) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_migrations")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("could not read the schema version of " + d.target() + ": " + d.describe(e), e);
        }
    }

    /** Validates the applied migrations against the code and returns the newest applied version. */
    private static int checkApplied(Connection c, Dialect d, Migrations migrations) throws SQLException {
        TreeMap<Integer, String[]> applied = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, description, checksum FROM schema_migrations")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        if (applied.isEmpty()) {
            return 0;
        }
        int newest = applied.lastKey();
        if (newest > migrations.latest()) {
            throw new StoreException(d.target() + " has schema version " + newest
                    + ", newer than this program knows (" + migrations.latest()
                    + "); refusing to open it. Use a newer FactionGraph.");
        }
        for (int v = 1; v <= newest; v++) {
            Migration m = migrations.list().get(v - 1);
            String[] row = applied.get(v);
            if (row == null) {
                throw new StoreException(d.target() + " has schema version " + newest + " but migration V" + v
                        + " (" + m.description() + ") was never applied; refusing to open it.");
            }
            if (!m.checksum().equals(row[1])) {
                throw new StoreException(d.target() + ": migration V" + v + " (" + row[0]
                        + ") has changed since it was applied (checksum " + abbreviate(row[1]) + " in the store, "
                        + abbreviate(m.checksum()) + " in this program); refusing to open it. Restore the original"
                        + " migration and put the change in a new one.");
            }
        }
        return newest;
    }

    private static void apply(Connection c, Migration m) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : m.statements()) {
                st.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_migrations (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setString(3, m.checksum());
            ps.setLong(4, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    private static String abbreviate(String checksum) {
        return checksum == null ? "(none)" : checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
    }
}
