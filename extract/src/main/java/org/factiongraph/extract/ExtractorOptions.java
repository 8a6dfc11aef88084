package org.factiongraph.extract;

/**
 * Settings of an {@link Extractor}. {@code dictionaryResource} is the class-path resource of the actor
 * dictionary; {@code maxChars} caps how much of a document's text is analysed (longer texts are cut at a sentence
 * boundary before that point; offsets still index the full text); {@code parseTokens} is the length (in tokens,
 * each multi-word name counted as one) up to which a sentence the surface rules left an entity without a claim in
 * is read with CoreNLP's dependency parser (0: never). The default parses short sentences only
 * ({@value #SHORT_SENTENCES}: most of the parse's gain for a quarter of its time); {@link #ALL_SENTENCES} parses
 * nearly all of them (more relations, about 2.5 times slower than none). Immutable.
 */
public record ExtractorOptions(String dictionaryResource, int maxChars, int parseTokens) {
    /** The default parse limit: short sentences, where the parser is cheap and most reliable. */
    public static final int SHORT_SENTENCES = 26;
    /** The parse limit of {@code --parse}: every sentence but run-on text (tables, navigation). */
    public static final int ALL_SENTENCES = 90;

    public ExtractorOptions {
        if (dictionaryResource == null || dictionaryResource.isBlank()) {
            dictionaryResource = ActorDictionary.RESOURCE;
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        if (parseTokens < 0) {
            throw new IllegalArgumentException("parseTokens must not be negative: " + parseTokens);
        }
    }

    public static ExtractorOptions defaults() {
        return new ExtractorOptions(ActorDictionary.RESOURCE, 2_000_000, SHORT_SENTENCES);
    }

    public ExtractorOptions withDictionary(String resource) {
        return new ExtractorOptions(resource, maxChars, parseTokens);
    }

    /** Parses sentences up to {@code tokens} long (0: no dependency parse at all). */
    public ExtractorOptions withParseTokens(int tokens) {
        return new ExtractorOptions(dictionaryResource, maxChars, tokens);
    }
}
