package org.factiongraph.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a unit of work in one write transaction, retrying it when another writer keeps the database locked, or in one
 * read transaction.
 */
final class Transactions {

    /** Attempts of one transaction; each waits up to the dialect's busy timeout for the write lock. */
    static final int ATTEMPTS = 5;

    /** The body of a transaction. */
    @FunctionalInterface
    interface Body<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs {@code body} in a write transaction: commits when it returns, rolls back when it throws. SQL failures
     * become a {@link StoreException} "could not {what}: {reason}"; a {@link StoreException} or runtime exception
     * from the body is rethrown after the rollback.
     */
    static <T> T write(Connection c, Dialect d, String what, Body<T> body) {
        for (int attempt = 1; ; attempt++) {
            try {
                d.begin(c);
                T result;
                try {
                    result = body.run(c);
                    d.commit(c);
                } catch (SQLException | RuntimeException | Error e) {
                    d.rollback(c);
                    throw e;
                }
                return result;
            } catch (SQLException e) {
                if (d.isBusy(e) && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw new StoreException("could not " + what + ": " + d.describe(e), e);
            }
        }
    }

    /**
     * Runs {@code body} in a read transaction (one snapshot across its statements), ending it either way. SQL
     * failures become a {@link StoreException} "could not {what}: {reason}"; runtime exceptions are rethrown.
     */
    static <T> T read(Connection c, Dialect d, String what, Body<T> body) {
        try {
            d.beginRead(c);
            T result;
            try {
                result = body.run(c);
            } catch (SQLException | RuntimeException e) {
                d.rollback(c);
                throw e;
            }
            d.commit(c);
            return result;
        } catch (SQLException e) {
            throw new StoreException("could not " + what + ": " + d.describe(e), e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt + ThreadLocalRandom.current().nextInt(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database lock");
        }
    }

    /** A name from untrusted input made safe for a message: control characters replaced, length bounded. */
    static String label(String s) {
        if (s == null) {
            return "(unnamed)";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(120).forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return s.codePointCount(0, s.length()) > 120 ? sb + "…" : sb.toString();
    }
}
