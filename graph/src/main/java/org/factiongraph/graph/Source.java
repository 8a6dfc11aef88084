package org.factiongraph.graph;

import java.util.Objects;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;

/**
 * What the graph needs to know about a document that claims were read from: its id, file name, publisher (for
 * counting independent sources: one publisher counts once; a null publisher counts per document), publication
 * date (part of the document's time frame) and Admiralty grade (weights its claims). Immutable, thread-safe.
 */
public record Source(String documentId, String name, String publisher, PartialDate published, Grade grade) {

    public Source {
        Objects.requireNonNull(documentId, "documentId");
    }
}
