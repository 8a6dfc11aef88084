package org.factiongraph.extract.nlp;

/**
 * One token: its index in its sentence, surface form, lower-case form, lemma (lower-case too), part-of-speech tag
 * and character offsets into the document text. Immutable.
 */
public record Tok(int index, String word, String lower, String lemma, String pos, int begin, int end) {

    public boolean capitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public boolean is(String lowerForm) {
        return lower.equals(lowerForm) || lemma.equals(lowerForm);
    }

    /** Whether the lower-case form matches {@code regex} (a literal of the code; see {@link Regexes}). */
    public boolean lowerMatches(String regex) {
        return Regexes.matches(lower, regex);
    }

    /** Whether the surface form matches {@code regex} (a literal of the code; see {@link Regexes}). */
    public boolean wordMatches(String regex) {
        return Regexes.matches(word, regex);
    }

    /** Whether the lemma matches {@code regex} (a literal of the code; see {@link Regexes}). */
    public boolean lemmaMatches(String regex) {
        return Regexes.matches(lemma, regex);
    }

    /** Whether the part-of-speech tag matches {@code regex} (a literal of the code; see {@link Regexes}). */
    public boolean posMatches(String regex) {
        return Regexes.matches(pos, regex);
    }
}
