package org.factiongraph.store;

/**
 * Row counts of a store: documents, structured fields, entities, entity names, claims (all rows, superseded
 * included), claims superseded by a later claim, and review events.
 */
public record StoreStats(long documents, long fields, long entities, long names, long claims, long superseded,
                         long reviews) {
}
