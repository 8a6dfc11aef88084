package org.factiongraph.model;

/** Where a claim was read: the document (id and file name), character offsets into its text, and the sentence. */
public record Evidence(String documentId, String documentName, int start, int end, String sentence) {
}
