package org.factiongraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite: one file, WAL journal (readers never block the writer), foreign keys enforced, a 10 s busy timeout,
 * write transactions opened with {@code BEGIN IMMEDIATE} so that two writers queue on the write lock instead of
 * failing on a lock upgrade. All PRAGMAs live here. Immutable and thread-safe.
 */
final class SqliteDialect implements Dialect {

    static final int BUSY_TIMEOUT_MS = 10_000;

    /** Schema identifiers SQLite names in constraint messages ("claims.subject_name"); never data. */
    private static final Pattern CONSTRAINT_DETAIL =
            Pattern.compile("constraint failed: ([A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*"
                    + "(?:, [A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*)*)\\)?\\s*$");

    private final Path file;

    SqliteDialect(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public String target() {
        return "SQLite store " + file;
    }

    @Override
    public Connection connect() throws SQLException {
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new SQLException("cannot create directory " + parent + ": " + e.getMessage(), e);
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try (Statement st = c.createStatement()) {
            // Switching to WAL needs a moment of exclusive access; the busy timeout above covers a concurrent opener.
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rs.next() ? rs.getString(1) : "";
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new SQLException("the file system does not support WAL mode (journal mode is " + mode + ")");
                }
            }
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void begin(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN DEFERRED");
        }
    }

    @Override
    public void commit(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("COMMIT");
        }
    }

    @Override
    public void rollback(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (BEGIN failed), or the connection is gone: nothing to undo
        }
    }

    @Override
    public boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException se) {
            int primary = se.getResultCode().code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
    }

    @Override
    public String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = CONSTRAINT_DETAIL.matcher(message);
        String detail = m.find() ? " (" + m.group(1) + ")" : "";
        // SQLite's constraint messages are stable; they name tables and columns but never values
        if (message.contains("NOT NULL constraint failed")) {
            return "NOT NULL constraint violated" + detail;
        }
        if (message.contains("FOREIGN KEY constraint failed")) {
            return "foreign key constraint violated";
        }
        if (message.contains("UNIQUE constraint failed")) {
            return "uniqueness constraint violated" + detail;
        }
        if (message.contains("CHECK constraint failed")) {
            return "check constraint violated";
        }
        if (!(e instanceof SQLiteException se)) {
            return "database error" + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
        }
        int primary = se.getResultCode().code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            return "constraint violated" + detail;
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "the database stayed locked by another writer";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the database is read-only";
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full";
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the file is not a valid database or is corrupt";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the database file cannot be opened";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "an I/O error occurred";
        }
        return "database error " + se.getResultCode().name().toLowerCase(Locale.ROOT);
    }
}
