/**
 * Reading documents into {@link org.factiongraph.model.Document}s.
 *
 * <p>Entry points: {@link org.factiongraph.ingest.InputFiles#expand} turns the files and folders a user named into
 * a deterministic list of files (and failures with reasons); {@link org.factiongraph.ingest.DocumentReaders#read}
 * reads one file or upload. Formats: plain text ({@code text}, with an optional header block), MediaWiki-style pages
 * saved as text ({@code wiki}, with infobox {@link org.factiongraph.model.Field}s), HTML ({@code html}) and the text
 * layer of PDFs ({@code pdf}, with Apache PDFBox). Refusals
 * are typed ({@link org.factiongraph.ingest.EmptyDocumentException}, {@link org.factiongraph.ingest.TooLargeException},
 * {@link org.factiongraph.ingest.UnsupportedDocumentException},
 * {@link org.factiongraph.ingest.MalformedDocumentException}) so batch work can count them. Reading rules (header
 * keys, wiki markers, page furniture, publisher lines, PDF title and publisher rules) are data files in this package's resources.
 *
 * <p>Everything here is thread-safe and holds no global mutable state.
 */
package org.factiongraph.ingest;
