package org.factiongraph.extract.nlp;

import java.util.List;

/** One sentence: its index in the document, character offsets into the text, its tokens. Immutable. */
public record Sentence(int index, int begin, int end, List<Tok> toks) {
    public Sentence {
        toks = List.copyOf(toks);
    }

    public int size() {
        return toks.size();
    }

    public Tok tok(int i) {
        return toks.get(i);
    }

    /** The text from token {@code first} to token {@code last} (inclusive) as written in {@code text}. */
    public String span(String text, int first, int last) {
        return text.substring(toks.get(first).begin(), toks.get(last).end());
    }

    /** The words of tokens {@code first} to {@code last} (inclusive) joined by single spaces, for a mention's text. */
    public String words(int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            b.append(k > first ? " " : "").append(toks.get(k).word());
        }
        return b.toString();
    }
}
