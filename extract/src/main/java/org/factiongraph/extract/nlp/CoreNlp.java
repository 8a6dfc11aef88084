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
        Annotation ann = new Annotation(joinWrappedLines(blankFootnoteMarkers(text)));
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

    private static final java.util.regex.Pattern FIELD_LINE = java.util.regex.Pattern.compile(
            "[\\p{L}][\\p{L}\\p{N} ()/-]{0,30}:(\\s.*)?");
    private static final java.util.regex.Pattern ARTICLE_START = java.util.regex.Pattern.compile(
            "(?i)(al|a|ash|as|at|ad|ar|az|an|el|adh|ath|ez|es|ed)[-\u2010\u2011]\\p{L}.*");

    /** A footnote number glued to the end of a sentence or clause: "countrysides.23 Its", "Front,4 which". */
    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll}[.,;:\"\u201d')\u2019])\\d{1,3}(?=\\s|$)");

    /**
     * A footnote number after a full stop that closes a year, a capital or a parenthesis ("in January 2014.21 On 16
     * February", "against ISIS.4 The", "(MIT).2 Their"), only where a new sentence follows, so that "1.5 million" is
     * left alone.
     */
    private static final java.util.regex.Pattern FOOTNOTE_AFTER_YEAR_OR_CAPITAL = java.util.regex.Pattern.compile(
            "(?<=(?:\\p{Lu}|\\)|\\b(?:19|20)\\d\\d)\\.)\\d{1,3}(?=\\s+[\\p{Lu}\"\u201c])");

    /**
     * Replaces footnote markers by spaces, so that the sentence they close ends at its full stop; the result has the
     * same length as {@code text}.
     */
    static String blankFootnoteMarkers(String text) {
        char[] c = null;
        for (java.util.regex.Pattern p : List.of(FOOTNOTE, FOOTNOTE_AFTER_YEAR_OR_CAPITAL)) {
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) {
                c = c == null ? text.toCharArray() : c;
                for (int i = m.start(); i < m.end(); i++) {
                    c[i] = ' ';
                }
            }
        }
        return c == null ? text : new String(c);
    }

    /**
     * Replaces a single line break inside running text by a space, so that a name broken across a line ("Ahrar" /
     * "ash-Sham", or "Jaish al-" / "Islam" at its hyphen) or a hard-wrapped sentence is read as one; blank lines,
     * field lines ("Area: ...") and lines that end a sentence still separate. The result has the same length as
     * {@code text}, so offsets are unchanged.
     */
    static String joinWrappedLines(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '\n') {
                continue;
            }
            int nextEnd = text.indexOf('\n', i + 1);
            nextEnd = nextEnd < 0 ? c.length : nextEnd;
            String prev = text.substring(lineStart, i).strip();
            String next = text.substring(i + 1, nextEnd).strip();
            lineStart = i + 1;
            if (prev.isEmpty() || next.isEmpty() || i + 1 < c.length && c[i + 1] == '\r') {
                continue;
            }
            char last = prev.charAt(prev.length() - 1);
            boolean closed = ".!?:;\"\u201d|".indexOf(last) >= 0
                    || (last == ')' || last == ']') && !Character.isLowerCase(next.charAt(0));
            if (closed || FIELD_LINE.matcher(next).matches()
                    || FIELD_LINE.matcher(prev).matches() || next.startsWith("-") || next.startsWith("*")
                    || next.startsWith("\u2022")) {
                continue;
            }
            boolean continuation = Character.isLowerCase(next.charAt(0)) || ARTICLE_START.matcher(next).matches();
            boolean wrapped = prev.length() >= 50 && Character.isLetterOrDigit(last) || last == ','
                    || last == '-' && prev.length() >= 2 && Character.isLetter(prev.charAt(prev.length() - 2))
                    && Character.isLetter(next.charAt(0));
            if (continuation || wrapped) {
                c[i] = ' ';
                if (i > 0 && c[i - 1] == '\r') {
                    c[i - 1] = ' ';
                }
            }
        }
        return new String(c);
    }

    /** Runs the configured annotators and returns the token count (for benchmarks of other layer sets). */
    public int annotateCount(String text) {
        Annotation ann = new Annotation(text);
        pipeline().annotate(ann);
        List<CoreLabel> t = ann.get(CoreAnnotations.TokensAnnotation.class);
        return t == null ? 0 : t.size();
    }
}
