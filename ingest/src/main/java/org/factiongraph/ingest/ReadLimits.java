package org.factiongraph.ingest;

/**
 * Bounds a reader enforces on untrusted input: {@code maxBytes} of raw content (checked before reading a file into
 * memory), {@code maxHtmlDepth} levels of element nesting in HTML, {@code maxTextChars} characters of extracted
 * text. Immutable, thread-safe.
 */
public record ReadLimits(long maxBytes, int maxHtmlDepth, int maxTextChars) {

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
    }

    /** 50 MB of raw bytes, 512 levels of HTML nesting, 5 million characters of text. */
    public static ReadLimits defaults() {
        return new ReadLimits(50L * 1024 * 1024, 512, 5_000_000);
    }
}
