package org.factiongraph.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything that differs between databases, in one place: how to connect and configure a connection, how to
 * open a write transaction, and how to read an error. The shared SQL (migrations and statements) is written in
 * the subset that SQLite and PostgreSQL both accept.
 */
interface Dialect {

    /** A short description of the store for messages, e.g. {@code SQLite store /data/fg.db}. */
    String target();

    /** A new, configured connection in auto-commit mode. */
    Connection connect() throws SQLException;

    /**
     * Runs the opening of a store (connect, configure, migrate) so that openers of one database do not race each
     * other where the database needs that; the default runs it as is.
     */
    default <T> T whileOpening(java.util.function.Supplier<T> open) {
        return open.get();
    }

    /** Starts a write transaction, taking the write lock at once where the database has one. */
    void begin(Connection c) throws SQLException;

    /** Starts a read transaction: its statements see one consistent snapshot and do not block a writer. */
    void beginRead(Connection c) throws SQLException;

    /** Ends the open transaction, committing its work. */
    void commit(Connection c) throws SQLException;

    /** Rolls back the open transaction, if any; never throws. */
    void rollback(Connection c);

    /**
     * Writes a consistent copy of the database behind {@code c} to {@code target} (atomically replacing it) using
     * the database's online backup.
     */
    void backup(Connection c, java.nio.file.Path target) throws SQLException;

    /** True when the failure is a lock held by another writer, so that retrying the transaction may succeed. */
    boolean isBusy(SQLException e);

    /** What went wrong, in general terms, without bound values or data: "NOT NULL constraint violated (t.c)". */
    String describe(SQLException e);
}
