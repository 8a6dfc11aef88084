package org.factiongraph.extract;

/**
 * Settings of an {@link Extractor}. {@code dictionaryResource} is the class-path resource of the actor
 * dictionary; {@code maxChars} caps how much of a document's text is analysed (longer texts are cut at a sentence
 * boundary before that point; offsets still index the full text); {@code parseShare} is the share of a document's
 * tokens CoreNLP's dependency parser may read, spent on the sentences where the surface rules left an entity
 * without a claim, shortest first (0: none). The default ({@value #DEFAULT_PARSE_SHARE}) buys most of the parse's
 * gain for less than half its time; {@link #PARSE_ALL} parses every such sentence (more relations, about 2.5 times
 * slower than none). Immutable.
 */
public record ExtractorOptions(String dictionaryResource, int maxChars, double parseShare) {
    /** The default share of a document's tokens the parser reads. */
    public static final double DEFAULT_PARSE_SHARE = 0.3;
    /** The share of {@code --parse}: every sentence that needs it. */
    public static final double PARSE_ALL = 1.0;

    public ExtractorOptions {
        if (dictionaryResource == null || dictionaryResource.isBlank()) {
            dictionaryResource = ActorDictionary.RESOURCE;
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        if (!(parseShare >= 0 && parseShare <= 1)) {
            throw new IllegalArgumentException("parseShare must be in [0, 1]: " + parseShare);
        }
    }

    public static ExtractorOptions defaults() {
        return new ExtractorOptions(ActorDictionary.RESOURCE, 2_000_000, DEFAULT_PARSE_SHARE);
    }

    public ExtractorOptions withDictionary(String resource) {
        return new ExtractorOptions(resource, maxChars, parseShare);
    }

    /** Lets the parser read up to {@code share} of each document's tokens (0: no dependency parse at all). */
    public ExtractorOptions withParseShare(double share) {
        return new ExtractorOptions(dictionaryResource, maxChars, share);
    }
}
