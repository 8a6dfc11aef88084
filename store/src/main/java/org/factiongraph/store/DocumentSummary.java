package org.factiongraph.store;

import java.time.Instant;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;

/**
 * A stored document without its text and fields: its metadata, the number of claims stored with it as evidence
 * and when it was ingested. {@code title}, {@code publisher}, {@code url}, {@code published} and {@code grade} may
 * be null.
 */
public record DocumentSummary(String id, String name, String title, String publisher, String url,
                              PartialDate published, String format, Grade grade, int claimCount,
                              Instant ingestedAt) {
}
