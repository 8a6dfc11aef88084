package org.factiongraph.extract.nlp;

/**
 * One token: its index in its sentence, surface form, lower-case form, lemma, part-of-speech tag and character
 * offsets into the document text. Immutable.
 */
public record Tok(int index, String word, String lower, String lemma, String pos, int begin, int end) {

    public boolean capitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public boolean is(String lowerForm) {
        return lower.equals(lowerForm) || lemma.equals(lowerForm);
    }
}
