package org.factiongraph.extract;

/**
 * Settings of an {@link Extractor}. {@code dictionaryResource} is the class-path resource of the actor
 * dictionary; {@code maxChars} caps how much of a document's text is analysed (longer texts are cut at a sentence
 * boundary before that point; offsets still index the full text); {@code dependencyParse} adds CoreNLP's
 * dependency parser over the sentences the surface rules left an entity without a claim in (more relations found,
 * about 2.5 times slower, about 1 GB more heap). Immutable.
 */
public record ExtractorOptions(String dictionaryResource, int maxChars, boolean dependencyParse) {
    public ExtractorOptions {
        if (dictionaryResource == null || dictionaryResource.isBlank()) {
            dictionaryResource = ActorDictionary.RESOURCE;
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    public static ExtractorOptions defaults() {
        return new ExtractorOptions(ActorDictionary.RESOURCE, 2_000_000, false);
    }

    public ExtractorOptions withDictionary(String resource) {
        return new ExtractorOptions(resource, maxChars, dependencyParse);
    }

    public ExtractorOptions withDependencyParse(boolean parse) {
        return new ExtractorOptions(dictionaryResource, maxChars, parse);
    }
}
