package org.factiongraph.ingest;

/**
 * A document could not be read. {@link #getMessage()} is a one-line human reason that does not name the file (the
 * caller prefixes it). The subclasses are the typed outcomes batch work counts: {@link EmptyDocumentException},
 * {@link TooLargeException}, {@link UnsupportedDocumentException}, {@link MalformedDocumentException}; a plain
 * {@code IngestException} is an I/O failure (missing, unreadable).
 */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
