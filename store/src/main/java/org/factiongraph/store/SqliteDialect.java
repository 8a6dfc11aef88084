package org.factiongraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
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

    /** One monitor per store file within this JVM: a file lock cannot be taken twice by one process. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> OPENING =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Serialises openers of one file, across threads and processes, while the first of them switches a new file
     * to WAL and creates the schema: SQLite can report SQLITE_CORRUPT when two connections change the journal mode
     * of a brand-new, empty file at the same moment. The lock is an advisory lock on a small file in the temporary
     * directory, never on the store itself (SQLite's own POSIX locks on the store would be released by closing any
     * other descriptor of it). The file is one of sixteen, chosen by the store's path: openers of two stores that
     * share one only wait for each other's opening, and no file is left behind per store ever opened.
     */
    @Override
    public <T> T whileOpening(java.util.function.Supplier<T> open) {
        Object monitor = OPENING.computeIfAbsent(file, f -> new Object());
        synchronized (monitor) {
            Path lock = Path.of(System.getProperty("java.io.tmpdir"),
                    "factiongraph-open-" + org.factiongraph.model.Hashing.sha256Hex(file.toString()).charAt(0)
                            + ".lock");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock ignored = ch.lock()) {
                return open.get();
            } catch (IOException e) {
                // no usable temporary directory: SQLite's busy timeout still queues the openers
                return open.get();
            }
        }
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

    @Override
    public void backup(Connection c, Path target) throws SQLException {
        Path dst = target.toAbsolutePath().normalize();
        if (dst.equals(file)) {
            throw new StoreException("could not back up " + target() + ": the backup file is the store itself");
        }
        writeAtomically(c, dst, "back up " + target() + " to " + dst);
    }

    /**
     * Copies the database behind {@code source} with SQLite's online backup into a temporary file beside
     * {@code dst}, turns the copy into a self-contained rollback-journal file, and moves it onto {@code dst}.
     */
    private static void writeAtomically(Connection source, Path dst, String what) throws SQLException {
        Path dir = dst.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + dst.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new StoreException("could not " + what + ": cannot write in " + dir + " (" + e.getMessage() + ")", e);
        }
        try {
            int rc = source.unwrap(SQLiteConnection.class).getDatabase().backup("main", tmp.toString(), null);
            if (rc != SQLiteErrorCode.SQLITE_OK.code && rc != SQLiteErrorCode.SQLITE_DONE.code) {
                throw new StoreException("could not " + what + ": the backup failed (SQLite result code " + rc + ")");
            }
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + tmp);
                 Statement st = copy.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
            }
            Files.move(tmp, dst, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("could not " + what + ": " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(tmp + suffix));
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless: it is hidden and never read
                }
            }
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** See {@link ClaimStore#restore}. */
    static void restore(Path backup, Path target, Migrations migrations) {
        Path src = backup.toAbsolutePath().normalize();
        Path dst = target.toAbsolutePath().normalize();
        String what = "restore " + dst + " from " + src;
        if (!Files.isRegularFile(src)) {
            throw new StoreException("could not " + what + ": the backup file does not exist");
        }
        if (src.equals(dst)) {
            throw new StoreException("could not " + what + ": the backup is the store itself");
        }
        try (InputStream in = Files.newInputStream(src)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                throw new StoreException("could not " + what + ": the backup is not an SQLite database");
            }
        } catch (IOException e) {
            throw new StoreException("could not " + what + ": cannot read the backup (" + e.getMessage() + ")", e);
        }
        if (Files.exists(Path.of(dst + "-wal"))) {
            throw new StoreException("could not " + what + ": the store has a write-ahead log (" + dst.getFileName()
                    + "-wal); it is open or was not closed cleanly. Close every program using it and try again");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + src)) {
            checkIsStore(c, what, migrations);
            writeAtomically(c, dst, what);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + ": " + new SqliteDialect(src).describe(e), e);
        }
    }

    /** Refuses a database that is damaged, is no FactionGraph store, or is newer than or differs from this code. */
    private static void checkIsStore(Connection c, String what, Migrations migrations) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                    throw new StoreException("could not " + what + ": the backup is damaged (integrity check failed)");
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")) {
                if (!rs.next()) {
                    throw new StoreException("could not " + what + ": the backup is not a FactionGraph store"
                            + " (it has no schema_migrations table)");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_migrations ORDER BY version")) {
                int n = 0;
                while (rs.next()) {
                    int v = rs.getInt(1);
                    n++;
                    if (v > migrations.latest()) {
                        throw new StoreException("could not " + what + ": the backup has schema version " + v
                                + ", newer than this program knows (" + migrations.latest() + ")");
                    }
                    if (v != n || !migrations.list().get(v - 1).checksum().equals(rs.getString(2))) {
                        throw new StoreException("could not " + what + ": the backup's migration V" + v
                                + " does not match this program's");
                    }
                }
                if (n == 0) {
                    throw new StoreException("could not " + what + ": the backup is not a FactionGraph store"
                            + " (no schema version recorded)");
                }
            }
        }
    }
}
