package org.factiongraph.ingest;

/** The content is binary or in a format no reader handles (DOCX, XML, an encrypted PDF, …). */
public class UnsupportedDocumentException extends IngestException {
    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentException(String reason) {
        super(reason);
    }
}
