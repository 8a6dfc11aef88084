package org.factiongraph.model;

/**
 * A structured field a reader found in a document, such as an infobox line {@code Part of: Free Syrian Army}.
 * {@code start}/{@code end} are character offsets of the whole line in {@link Document#text()}.
 */
public record Field(String key, String value, int start, int end) {
}
