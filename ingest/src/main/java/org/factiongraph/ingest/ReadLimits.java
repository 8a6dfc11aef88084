package org.factiongraph.ingest;

/**
 * Bounds a reader enforces on untrusted input: {@code maxBytes} of raw content (checked before reading a file into
 * memory), {@code maxHtmlDepth} levels of element nesting in HTML, {@code maxTextChars} characters of extracted
 * text, {@code maxPdfPages} pages of a PDF (checked before any page is read). Immutable, thread-safe.
 */
public record ReadLimits(long maxBytes, int maxHtmlDepth, int maxTextChars, int maxPdfPages) {

    /** The page cap of {@link #defaults()} and of the three-argument constructor. */
    public static final int DEFAULT_MAX_PDF_PAGES = 2_000;

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxHtmlDepth <= 0) {
            throw new IllegalArgumentException("maxHtmlDepth must be positive: " + maxHtmlDepth);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        if (maxPdfPages <= 0) {
            throw new IllegalArgumentException("maxPdfPages must be positive: " + maxPdfPages);
        }
    }

    /** As the canonical constructor with the default page cap ({@value #DEFAULT_MAX_PDF_PAGES} pages). */
    public ReadLimits(long maxBytes, int maxHtmlDepth, int maxTextChars) {
        this(maxBytes, maxHtmlDepth, maxTextChars, DEFAULT_MAX_PDF_PAGES);
    }

    /** 50 MB of raw bytes, 512 levels of HTML nesting, 5 million characters of text, 2,000 PDF pages. */
    public static ReadLimits defaults() {
        return new ReadLimits(50L * 1024 * 1024, 512, 5_000_000, DEFAULT_MAX_PDF_PAGES);
    }
}
