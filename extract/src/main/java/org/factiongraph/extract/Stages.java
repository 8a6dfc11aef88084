package org.factiongraph.extract;

import org.factiongraph.extract.nlp.CoreNlp;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.pipeline.DocState;
import org.factiongraph.extract.pipeline.Key;
import org.factiongraph.extract.pipeline.Stage;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Field;
import org.factiongraph.model.Grade;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.factiongraph.time.TemporalTagger;
import org.factiongraph.time.TimeContext;
import org.factiongraph.time.TimeMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The extraction stages. Each is thread-safe: per-document data lives only in the {@link DocState}. */
final class Stages {
    private Stages() {
    }

    /** CoreNLP tokenize, ssplit, pos, lemma. */
    static final class Nlp implements Stage {
        private final CoreNlp nlp;

        Nlp(CoreNlp nlp) {
            this.nlp = nlp;
        }

        public String name() {
            return "nlp";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT);
        }

        public Set<Key<?>> produces() {
            return Set.of(Keys.SENTENCES);
        }

        public void run(DocState st) {
            st.put(Keys.SENTENCES, nlp.sentences(st.get(Keys.DOCUMENT).text()));
        }
    }

    /** The page subject, infobox values, new group names, then every mention; references resolved. */
    static final class Mentions implements Stage {
        private final MentionFinder finder;
        private final Coreference coref;
        private final Infobox infobox;

        Mentions(MentionFinder finder, Coreference coref, Infobox infobox) {
            this.finder = finder;
            this.coref = coref;
            this.infobox = infobox;
        }

        public String name() {
            return "mentions";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT, Keys.SENTENCES);
        }

        public Set<Key<?>> produces() {
            return Set.of(Keys.ENTITIES, Keys.MENTIONS, Keys.AFFILIATIONS);
        }

        public void run(DocState st) {
            Document doc = st.get(Keys.DOCUMENT);
            List<Sentence> sents = st.get(Keys.SENTENCES);
            DocEntities ents = new DocEntities();
            finder.titleSubject(doc, ents);
            infobox.registerValues(doc, ents);
            finder.discover(sents, doc.text(), ents);
            List<List<Mention>> ms = finder.find(sents, doc.text(), ents);
            List<List<Mention>> mutable = new ArrayList<>();
            for (List<Mention> l : ms) {
                mutable.add(new ArrayList<>(l));
            }
            List<Mention[]> aff = coref.resolve(sents, doc.text(), mutable, ents);
            st.put(Keys.ENTITIES, ents);
            st.put(Keys.MENTIONS, mutable);
            st.put(Keys.AFFILIATIONS, aff);
        }
    }

    /** Time expressions per sentence, against a context seeded with the document's date. */
    static final class Time implements Stage {
        private final TemporalTagger tagger = new TemporalTagger();

        public String name() {
            return "time";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT, Keys.SENTENCES);
        }

        public Set<Key<?>> produces() {
            return Set.of(Keys.TIMES);
        }

        public void run(DocState st) {
            Document doc = st.get(Keys.DOCUMENT);
            List<Sentence> sents = st.get(Keys.SENTENCES);
            TimeContext ctx = new TimeContext(doc.published());
            List<List<TimeMention>> all = new ArrayList<>(sents.size());
            List<PartialDate> anchors = new ArrayList<>(sents.size());
            int bodyStart = infoboxEnd(doc);
            for (Sentence s : sents) {
                // a sentence without its own date continues the latest one the text gave, reporting frame
                // included ("announced on Sunday ... In a statement, the group said ...")
                anchors.add(ctx.latest() != null ? ctx.latest() : ctx.anchor());
                if (s.end() <= bodyStart) {
                    all.add(List.of());
                    continue;
                }
                PartialDate running = ctx.running();
                PartialDate latest = ctx.latest();
                List<TimeMention> tm;
                try {
                    tm = tagger.tag(doc.text(), s.begin(), s.end(), ctx);
                } catch (RuntimeException e) {
                    tm = List.of();
                }
                if (!tm.isEmpty() && datelineDate(doc.text(), s.begin(), tm.get(0))) {
                    tm = tm.subList(1, tm.size()); // the report's date, no time of what the sentence tells
                }
                if (!tm.isEmpty() && pastPerfect(s) && tm.stream().allMatch(TimeMention::relative)) {
                    ctx.restore(running, latest); // a flashback does not move the narrative's time
                } else if (!tm.isEmpty() && tm.stream().allMatch(t -> background(s, t))) {
                    ctx.restore(running, latest); // "units that had operated there since 2012": background
                } else if (tm.isEmpty() && ctx.documentDate() != null && presentPerfect(s)) {
                    // "the NDF has coexisted uneasily with ... for years": back to the report's present, so a
                    // later "in April" is this April, not one of the background's years
                    ctx.setRunning(ctx.documentDate());
                }
                all.add(tm);
            }
            st.put(Keys.TIMES, new SentenceTimes(all, anchors));
        }

        /**
         * A time that describes a state rather than moves the story: "since 2012", or one in the past perfect of a
         * relative clause ("two units that had been operating west of Aleppo in 2012").
         */
        static boolean background(Sentence s, TimeMention t) {
            int k = 0;
            while (k < s.size() && s.tok(k).end() <= t.start()) {
                k++;
            }
            if (k > 0 && s.tok(k - 1).lower().equals("since")) {
                return true;
            }
            boolean had = false;
            for (int j = k - 1; j >= 0 && j >= k - 12; j--) {
                String w = s.tok(j).lower();
                if (w.equals(";") || w.equals(":") || w.equals(",")) {
                    return false;
                }
                had |= w.equals("had");
                if ((w.equals("that") && s.tok(j).pos().equals("WDT") || w.equals("which") || w.equals("who"))
                        && had) {
                    return true; // a past perfect inside a relative clause
                }
            }
            return false;
        }

        /** "has coexisted", "have been fighting": a main clause in the present perfect, not in a relative clause. */
        static boolean presentPerfect(Sentence s) {
            return perfect(s, Set.of("has", "have"));
        }

        /** "had left", "had been formed", "had already seized": the past perfect of a flashback. */
        static boolean pastPerfect(Sentence s) {
            return perfect(s, Set.of("had", "'d"));
        }

        /** An auxiliary of {@code aux}, up to three adverbs, a past participle, outside a subordinate clause. */
        private static boolean perfect(Sentence s, Set<String> aux) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (!aux.contains(s.tok(i).lower())) {
                    continue;
                }
                int k = i + 1;
                while (k < s.size() && k <= i + 3 && s.tok(k).pos().startsWith("RB")) {
                    k++;
                }
                if (k < s.size() && s.tok(k).pos().equals("VBN") && !subordinate(s, i)) {
                    return true;
                }
            }
            return false;
        }

        /** True when the verb at i sits in a relative or complement clause ("groups that had received"). */
        private static boolean subordinate(Sentence s, int i) {
            for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
                String w = s.tok(k).lower();
                if (w.equals(",") || w.equals(";")) {
                    return false;
                }
                if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals("whom")
                        || w.equals("when") || w.equals("after") || w.equals("before")) {
                    return true;
                }
            }
            return false;
        }

        private static final java.util.regex.Pattern DATELINE_BEFORE = java.util.regex.Pattern.compile(
                "\\s*\\p{Lu}[\\p{Lu} .'/-]*(,\\s*\\p{Lu}[\\p{L} .'-]*)?,(\\s*\\p{L}+day,)?\\s*");
        private static final java.util.regex.Pattern DATELINE_AFTER = java.util.regex.Pattern.compile(
                "\\s*(\\([^()\\n]{1,40}\\)\\s*)?(-|--|\u2013|\u2014)\\s.*", java.util.regex.Pattern.DOTALL);

        /** "BEIRUT, June 3, 2016 - ...": the date of a dateline that opens the sentence. */
        private static boolean datelineDate(String text, int sentenceBegin, TimeMention t) {
            if (t.start() < sentenceBegin || t.end() > text.length()) {
                return false;
            }
            return DATELINE_BEFORE.matcher(text.substring(sentenceBegin, t.start())).matches()
                    && DATELINE_AFTER.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 60)))
                    .matches();
        }

        /** Infobox lines ("Active: 2012-2018") must not set the narrative's running date. */
        private static int infoboxEnd(Document doc) {
            int end = -1;
            for (Field f : doc.fields()) {
                end = Math.max(end, f.end());
            }
            return end;
        }
    }

    /** Claims from the infobox fields. */
    static final class InfoboxClaims implements Stage {
        private final Infobox infobox;

        InfoboxClaims(Infobox infobox) {
            this.infobox = infobox;
        }

        public String name() {
            return "infobox";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT, Keys.ENTITIES);
        }

        public Set<Key<?>> produces() {
            return Set.of(Keys.CANDIDATES);
        }

        public void run(DocState st) {
            List<Candidate> out = new ArrayList<>();
            infobox.claims(st.get(Keys.DOCUMENT), st.get(Keys.ENTITIES), out);
            st.put(Keys.CANDIDATES, out);
        }
    }

    /** Claims from the sentence rules. */
    static final class Rules implements Stage {
        private final RelationRules rules;

        Rules(RelationRules rules) {
            this.rules = rules;
        }

        public String name() {
            return "relations";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT, Keys.SENTENCES, Keys.MENTIONS, Keys.AFFILIATIONS, Keys.ENTITIES,
                    Keys.TIMES, Keys.CANDIDATES);
        }

        public Set<Key<?>> produces() {
            return Set.of();
        }

        public void run(DocState st) {
            rules.apply(st.get(Keys.DOCUMENT), st.get(Keys.SENTENCES), st.get(Keys.MENTIONS),
                    st.get(Keys.AFFILIATIONS), st.get(Keys.ENTITIES), st.get(Keys.TIMES), st.get(Keys.CANDIDATES));
        }
    }

    /** The Admiralty grade of the document. */
    static final class Grading implements Stage {
        private final SourceGrader grader;

        Grading(SourceGrader grader) {
            this.grader = grader;
        }

        public String name() {
            return "grade";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT);
        }

        public Set<Key<?>> produces() {
            return Set.of(Keys.GRADE);
        }

        public void run(DocState st) {
            st.put(Keys.GRADE, grader.grade(st.get(Keys.DOCUMENT)));
        }
    }

    /** Interval closing, founding dates, de-duplication, confidence: the final claims. */
    static final class Assemble implements Stage {
        public String name() {
            return "assemble";
        }

        public Set<Key<?>> requires() {
            return Set.of(Keys.DOCUMENT, Keys.SENTENCES, Keys.CANDIDATES, Keys.GRADE, Keys.ENTITIES);
        }

        public Set<Key<?>> produces() {
            return Set.of(Keys.CLAIMS);
        }

        public void run(DocState st) {
            Document doc = st.get(Keys.DOCUMENT).withGrade(st.get(Keys.GRADE));
            st.put(Keys.DOCUMENT, doc);
            st.put(Keys.CLAIMS, ClaimAssembler.assemble(doc, st.get(Keys.SENTENCES), st.get(Keys.CANDIDATES),
                    st.get(Keys.GRADE)));
        }
    }

    static String keyOf(String s) {
        return NameNormalizer.key(s);
    }

    static boolean isGroup(Entity e) {
        return e != null && (e.kind() == EntityKind.ARMED_GROUP || e.kind().isUmbrella());
    }
}
