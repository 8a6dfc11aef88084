package org.factiongraph.extract.nlp;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@link String#matches} for the regular expressions written as literals in the extraction code, compiled once.
 * {@code String.matches} compiles its pattern on every call; the rule code tests tokens against short alternations
 * ("and|or", "VB.*") millions of times a corpus, and the compiling took a sixth of the extraction's time. A pattern of
 * plain words joined by "|" becomes a set lookup; any other is compiled. Same answers as {@code String.matches}.
 * <p>The cache holds only patterns, which are pure: it is shared by every thread and never changes what a call
 * answers. It is meant for the code's literals; past {@value #LIMIT} patterns, others are compiled uncached.
 */
public final class Regexes {
    static final int LIMIT = 4096;
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}' ,_]+(\\|[\\p{L}\\p{N}' ,_]+)*");
    private static final ConcurrentHashMap<String, Predicate<String>> CACHE = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** Whether the whole of {@code text} matches {@code regex}, as {@code text.matches(regex)}. */
    public static boolean matches(String text, String regex) {
        Predicate<String> p = CACHE.get(regex);
        if (p == null) {
            p = compile(regex);
            if (CACHE.size() < LIMIT) {
                CACHE.putIfAbsent(regex, p);
            }
        }
        return p.test(text);
    }

    static Predicate<String> compile(String regex) {
        if (WORDS.matcher(regex).matches()) {
            Set<String> words = Set.copyOf(Arrays.asList(regex.split("\\|", -1))); // "a|b|a": a repeat is harmless
            return words::contains;
        }
        return Pattern.compile(regex).asMatchPredicate();
    }
}
