package org.factiongraph.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies) over tokens already tagged: it is run only on the
 * sentences a caller chooses, so its cost (about 4,600 tokens/s) is paid where two entities and a relation may
 * meet, not on the whole text. The model is loaded lazily on the first parse (CoreNLP's DependencyParserCache
 * keeps one copy per model file for all instances); {@link #parse} is thread-safe.
 */
public final class DependencyParse {
    private volatile DependencyParser parser;

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    parser = p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                }
            }
        }
        return p;
    }

    /** The basic dependency tree of a tagged word sequence (a sentence whose names the caller may have folded). */
    public Tree parse(List<String> words, List<String> tags) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            CoreLabel l = new CoreLabel();
            l.setWord(words.get(i));
            l.setValue(words.get(i));
            l.setTag(tags.get(i).isEmpty() ? "NN" : tags.get(i));
            l.setIndex(i + 1);
            labels.add(l);
        }
        GrammaticalStructure gs = parser().predict(labels);
        int[] head = new int[words.size()];
        String[] rel = new String[words.size()];
        Arrays.fill(head, -1);
        Arrays.fill(rel, "root");
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            if (dep < 0 || dep >= head.length) {
                continue;
            }
            head[dep] = td.gov().index() - 1;
            rel[dep] = td.reln().toString();
        }
        return new Tree(head, rel);
    }

    /** Each token's head (-1 for the root) and relation to it, by token index. */
    public static final class Tree {
        private final int[] head;
        private final String[] rel;
        private final List<List<Integer>> children;

        public Tree(int[] head, String[] rel) {
            this.head = head.clone();
            this.rel = rel.clone();
            this.children = new ArrayList<>(head.length);
            for (int i = 0; i < head.length; i++) {
                children.add(new ArrayList<>(2));
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] >= 0) {
                    children.get(head[i]).add(i);
                }
            }
        }

        public int head(int k) {
            return head[k];
        }

        public String rel(int k) {
            return rel[k];
        }

        /** The dependents of token {@code k}, in order. */
        public List<Integer> children(int k) {
            return children.get(k);
        }

        /** The first dependent of {@code k} whose relation is {@code r} (or starts with {@code r + ":"}), or -1. */
        public int child(int k, String r) {
            for (int i : children.get(k)) {
                if (rel[i].equals(r) || rel[i].startsWith(r + ":")) {
                    return i;
                }
            }
            return -1;
        }
    }
}
