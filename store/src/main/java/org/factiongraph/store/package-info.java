/**
 * The claim store: documents, entities with their names, and append-only claims, kept in SQLite (one file, WAL)
 * through JDBC with versioned SQL migrations ({@code db/migration/V<n>__<description>.sql}) written in SQL that
 * PostgreSQL also accepts. The entry point is {@link org.factiongraph.store.ClaimStore#openSqlite}.
 */
package org.factiongraph.store;
