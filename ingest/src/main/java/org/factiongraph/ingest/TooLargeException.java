package org.factiongraph.ingest;

/** The document exceeds a size limit of {@link ReadLimits}. */
public class TooLargeException extends IngestException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String reason) {
        super(reason);
    }
}
