package org.factiongraph.ingest;

/** The document holds no text (empty or only whitespace). */
public class EmptyDocumentException extends IngestException {
    private static final long serialVersionUID = 1L;

    public EmptyDocumentException(String reason) {
        super(reason);
    }
}
