package org.factiongraph.ingest;

/** The content claims a format but breaks it beyond what a reader accepts (such as HTML nested too deeply). */
public class MalformedDocumentException extends IngestException {
    private static final long serialVersionUID = 1L;

    public MalformedDocumentException(String reason) {
        super(reason);
    }
}
