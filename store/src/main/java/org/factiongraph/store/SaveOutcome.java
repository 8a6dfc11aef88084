package org.factiongraph.store;

/** What {@link ClaimStore#saveDocument} did: stored a new document, or found it already stored and changed nothing. */
public enum SaveOutcome {
    /** The document was not in the store; it, its entities and its claims were saved in one transaction. */
    NEW,
    /** A document with the same id (content hash) was already stored; nothing changed. */
    UNCHANGED
}
