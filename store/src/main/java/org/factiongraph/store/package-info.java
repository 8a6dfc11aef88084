/**
 * The claim store: documents, entities with their names, and append-only claims, kept in SQLite (one file, WAL)
 * through JDBC with versioned SQL migrations ({@code db/migration/V<n>__<description>.sql}) written in SQL that
 * PostgreSQL also accepts. Entity merges are
 * append-only records resolved at read time, analysts' changes go to an append-only audit log in the same
 * transaction, and a store is copied with SQLite's online backup. The entry point is
 * {@link org.factiongraph.store.ClaimStore#openSqlite}.
 */
package org.factiongraph.store;
