package org.factiongraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The CoreNLP layers FactionGraph uses: tokenize, ssplit, pos, lemma. NER and dependency parsing are not run: the
 * actor dictionary and name morphology find the entities (CoreNLP's generic NER mistypes Arabic group names and
 * costs 79% of a default pipeline's time), and the relation rules work on token, lemma and POS sequences.
 * The models are loaded lazily, once per instance. Thread-safe: CoreNLP's annotate is safe to call concurrently.
 */
public final class CoreNlp {
    private final String annotators;
    private volatile StanfordCoreNLP pipeline;

    public CoreNlp(String annotators) {
        this.annotators = annotators;
    }

    /** The layers extraction needs. */
    public static CoreNlp layers() {
        return new CoreNlp("tokenize,ssplit,pos,lemma");
    }

    public String annotators() {
        return annotators;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", annotators);
                    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
                    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
                    props.setProperty("ner.applyFineGrained", "true");
                    props.setProperty("threads", "1");
                    pipeline = p = new StanfordCoreNLP(props);
                }
            }
        }
        return p;
    }

    /** Annotates {@code text} and returns its sentences; offsets index {@code text}. */
    public List<Sentence> sentences(String text) {
        Annotation ann = new Annotation(text);
        pipeline().annotate(ann);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (sents == null) {
            return out;
        }
        for (CoreMap s : sents) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Tok> toks = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String word = text.substring(l.beginPosition(), l.endPosition());
                String lemma = l.lemma() == null ? word.toLowerCase(Locale.ROOT) : l.lemma().toLowerCase(Locale.ROOT);
                String pos = l.tag() == null ? "" : l.tag();
                toks.add(new Tok(toks.size(), word, word.toLowerCase(Locale.ROOT), lemma, pos,
                        l.beginPosition(), l.endPosition()));
            }
            if (toks.isEmpty()) {
                continue;
            }
            out.add(new Sentence(out.size(), toks.get(0).begin(), toks.get(toks.size() - 1).end(), toks));
        }
        return out;
    }

    /** Runs the configured annotators and returns the token count (for benchmarks of other layer sets). */
    public int annotateCount(String text) {
        Annotation ann = new Annotation(text);
        pipeline().annotate(ann);
        List<CoreLabel> t = ann.get(CoreAnnotations.TokensAnnotation.class);
        return t == null ? 0 : t.size();
    }
}
