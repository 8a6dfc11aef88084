package org.factiongraph.extract;

import org.factiongraph.extract.nlp.DependencyParse;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Grammatical roles from a dependency parse, for the sentences where an actor meets a place or another actor:
 * who is the subject (or passive agent) of a verb, and which place or actor that verb governs through a locative
 * preposition or as its object. An actor acts through its people ("Hezbollah fighters", "fighters of X", "X's
 * units") and shares the role of the name it is coordinated with or in apposition to; a verb without a subject
 * takes the subject of the verb it is joined to ("captured P and advanced on Q") or the noun a participle or
 * relative clause hangs on ("brigades that had been operating west of Aleppo", "militias deployed in Homs").
 * <ul>
 *   <li>operates_in: the actors of a verb of presence, movement or control and each place in its locative phrase
 *   or object; an actor's noun phrase with a locative ("rebel brigades in the countryside of Aleppo"); the agent
 *   of an event noun ("the SDF's offensive in Raqqa", "took part in the defence of Yabroud"); the doers of a
 *   "where" clause on the place; whoever was driven out of it ("drove IS out of Aleppo province").</li>
 *   <li>fought: the actors of an attack verb and the actors it governs as object or against whom it is done; the
 *   agent of an attack noun and the actor after its "against" or "on".</li>
 *   <li>allied_with: the doers of a verb and the actor of its "alongside" phrase, or of its "with" phrase after a
 *   verb of cooperation ("cooperated on the battlefield with X") or "together".</li>
 *   <li>supported_by: the passive subject of a verb of backing and its "by" agent ("armed and trained by X").</li>
 * </ul>
 * Only sentences where the surface rules left an actor or place without any claim are parsed, shortest first
 * (each multi-word name counted as one token), within a share of the document's tokens. Reporting and planning verbs and negated verbs place nobody.
 * Stateless apart from the parser; thread-safe.
 */
final class DependencyRoles {
    static final String PLACE_METHOD = "dep-place";
    static final String FOUGHT_METHOD = "dep-fought";
    static final String ALLIED_METHOD = "dep-allied";
    static final String SUPPORT_METHOD = "dep-supported";
    /**
     * Measured with --parse on eval/dev, samples, dev2 and dev3: 29 of the 56 claims this layer alone made were in
     * the gold (several of the others true but unannotated, such as the enemy's own position in "against IS in
     * Deir ez-Zor province"). One figure for all four relations: too few claims to tell them apart.
     */
    private static final double PRECISION = 0.55;
    private static final double SUPPORT_PRECISION = PRECISION;
    private static final double ALLIED_PRECISION = PRECISION;
    private static final double PLACE_PRECISION = PRECISION;
    private static final double FOUGHT_PRECISION = PRECISION;

    private final Lexicon lex;
    private final DependencyParse parser;

    /** Longer sentences are run-on text (tables, navigation), never worth a parse. */
    private static final int MAX_TOKENS = 90;
    /** Even a short document may spend this many tokens on the parse: one ordinary sentence. */
    private static final int MIN_BUDGET = 30;
    /** The share of a document's tokens the parse may read (it costs time in proportion to the tokens). */
    private final double share;

    DependencyRoles(Lexicon lex, DependencyParse parser, double share) {
        this.lex = lex;
        this.parser = parser;
        this.share = share;
    }

    void apply(List<Sentence> sents, List<List<Mention>> mentions, DocEntities ents, SentenceTimes times,
               List<Candidate> out) {
        // only sentences where the surface rules left an entity without any claim are worth a parse
        List<java.util.Set<String>> covered = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            covered.add(new java.util.HashSet<>());
        }
        for (Candidate c : out) {
            if (c.sentence >= 0 && c.sentence < covered.size()) {
                if (c.subject != null) {
                    covered.get(c.sentence).add(c.subject.id());
                }
                if (c.object != null) {
                    covered.get(c.sentence).add(c.object.id());
                }
            }
        }
        List<Folded> wanted = new ArrayList<>();
        for (Sentence s : sents) {
            boolean orphan = false;
            for (Mention m : mentions.get(s.index())) {
                orphan |= m.entity() != null && m.kind() != null && (m.kind() == EntityKind.PLACE || ClauseRoles.isActor(m.kind()))
                        && !covered.get(s.index()).contains(ents.current(m.entity()).id());
            }
            if (!orphan) {
                continue;
            }
            List<Mention> actors = new ArrayList<>();
            List<Mention> places = new ArrayList<>();
            ClauseRoles.split(lex, mentions.get(s.index()), 0, s.size() - 1, actors, places);
            actors.removeIf(m -> ClauseRoles.affiliateOwner(lex, s, m, mentions.get(s.index())));
            if (actors.isEmpty() || actors.size() + places.size() < 2) {
                continue;
            }
            Folded folded = new Folded(s, mentions.get(s.index()), actors, places);
            if (folded.toks.size() <= MAX_TOKENS) {
                wanted.add(folded);
            }
        }
        // the budget goes to the shortest sentences first: their parses are the cheapest and the most reliable
        int total = 0;
        for (Sentence s : sents) {
            total += s.size();
        }
        int budget = share >= 1 ? Integer.MAX_VALUE : Math.max(MIN_BUDGET, (int) (total * share));
        wanted.sort(java.util.Comparator.comparingInt((Folded f) -> f.toks.size()).thenComparingInt(f -> f.s.index()));
        List<Folded> chosen = new ArrayList<>();
        for (Folded f : wanted) {
            if (f.toks.size() <= budget) {
                budget -= f.toks.size();
                chosen.add(f);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(f -> f.s.index()));
        for (Folded f : chosen) {
            f.parse();
            new Reading(f, ents, times, out).run();
        }
    }

    /**
     * A sentence with each multi-word name folded into one proper-noun token (its last word) and each short
     * parenthesis after a word dropped (read as that word): the parser reads "the Nour al-Din al-Zenki Movement
     * (Harakat Nour al-Din al-Zenki)" as one noun instead of guessing the structure inside Arabic names, and the
     * parse costs time in proportion to the folded length only.
     */
    private final class Folded {
        final Sentence s;
        final List<Mention> actors;
        final List<Mention> places;
        final List<Tok> toks = new ArrayList<>();
        final int[] at; // original token index -> folded index
        private final List<String> words = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        DependencyParse.Tree tree;

        Folded(Sentence s, List<Mention> ms, List<Mention> actors, List<Mention> places) {
            this.s = s;
            this.actors = actors;
            this.places = places;
            this.at = new int[s.size()];
            int k = 0;
            while (k < s.size()) {
                int close = k > 0 && !toks.isEmpty() && s.tok(k).word().equals("(") ? closing(s, k) : -1;
                if (close > 0) {
                    for (int j = k; j <= close; j++) {
                        at[j] = toks.size() - 1; // "X (the Army of the Mujahideen)": read as X
                    }
                    k = close + 1;
                    continue;
                }
                Mention fold = null;
                for (Mention m : ms) {
                    if (m.first() == k && m.length() > 1 && !m.isReference() && (fold == null || m.last() > fold.last())) {
                        fold = m;
                    }
                }
                int last = fold == null ? k : fold.last();
                Tok lastTok = s.tok(last);
                Tok t = fold == null ? s.tok(k) : new Tok(toks.size(), lastTok.word(), lastTok.lower(), lastTok.lower(),
                        "NNP", s.tok(k).begin(), lastTok.end());
                for (int j = k; j <= last; j++) {
                    at[j] = toks.size();
                }
                toks.add(t);
                words.add(t.word());
                tags.add(t.pos());
                k = last + 1;
            }
        }

        void parse() {
            tree = parser.parse(words, tags);
        }

        /** The ")" closing a parenthesis opened at {@code k} within eight tokens, or -1. */
        private static int closing(Sentence s, int k) {
            for (int j = k + 1; j < s.size() && j <= k + 9; j++) {
                String w = s.tok(j).word();
                if (w.equals(")")) {
                    return j;
                }
                if (w.equals("(")) {
                    return -1;
                }
            }
            return -1;
        }

        int first(Mention m) {
            return at[m.first()];
        }

        int last(Mention m) {
            return at[m.last()];
        }
    }

    /** One parsed sentence. */
    private final class Reading {
        private final Folded f;
        private final Sentence s;
        private final DependencyParse.Tree t;
        private final List<Mention> actors;
        private final List<Mention> places;
        private final DocEntities ents;
        private final SentenceTimes times;
        private final List<Candidate> out;
        private final int[] stand; // per actor: the token whose role the actor plays
        private final boolean hedged;

        Reading(Folded f, DocEntities ents, SentenceTimes times, List<Candidate> out) {
            this.f = f;
            this.s = f.s;
            this.t = f.tree;
            this.actors = f.actors;
            this.places = f.places;
            this.ents = ents;
            this.times = times;
            this.out = out;
            this.hedged = ClauseRoles.cue(lex, s, 0, s.size() - 1, "hedge");
            this.stand = new int[actors.size()];
            for (int i = 0; i < actors.size(); i++) {
                stand[i] = standFor(headOf(actors.get(i)));
            }
        }

        private Tok tok(int k) {
            return f.toks.get(k);
        }

        private int size() {
            return f.toks.size();
        }

        void run() {
            for (Mention p : places) {
                place(p);
            }
            for (int k = 0; k < size(); k++) {
                Tok w = tok(k);
                if (w.pos().startsWith("VB") && !negated(k) && !placesNobody(k)) {
                    alongside(k);
                }
                if (w.pos().equals("VBN")) {
                    support(k);
                }
                if (w.pos().startsWith("VB") && lex.has("attack-verb", w.lemma()) && !negated(k)) {
                    attackVerb(k);
                } else if (w.pos().startsWith("NN") && lex.has("attack-noun", w.lower())) {
                    attackNoun(k);
                }
            }
        }

        /** The token of a mention that attaches outside it. */
        private int headOf(Mention m) {
            int first = f.first(m);
            int last = f.last(m);
            for (int k = last; k >= first; k--) {
                int h = t.head(k);
                if (h < first || h > last) {
                    return k;
                }
            }
            return last;
        }

        /** Climbs from an actor's head to the phrase whose role it plays. */
        private int standFor(int node) {
            for (int step = 0; step < 6; step++) {
                int p = t.head(node);
                if (p < 0) {
                    break;
                }
                String r = t.rel(node);
                boolean people = lex.has("force-noun", tok(p).lower()) || lex.has("partitive-noun", tok(p).lower())
                        || lex.has("presence-noun", tok(p).lower());
                if ((r.equals("compound") || r.equals("nmod:poss") || r.equals("amod")) && people
                        && !lex.has("attack-noun", tok(p).lower())) {
                    node = p; // "Hezbollah fighters", "IS's units"
                } else if (r.startsWith("nmod") && people && !lex.has("attack-noun", tok(p).lower())
                        && ("of".equals(caseOf(node)) || "from".equals(caseOf(node)))) {
                    node = p; // "fighters of X", "many of them from X"
                } else if (r.equals("conj") || r.equals("appos")) {
                    node = p; // "A and B", "X, the alliance ...": the first conjunct's, the head's role
                } else if (r.startsWith("nmod") && ("including".equals(caseOf(node)) || "among".equals(caseOf(node)))
                        || (r.equals("dep") || r.equals("appos")) && tok(p).lower().equals("them")) {
                    node = p; // "rebel brigades, among them X", "groups including X"
                } else {
                    break;
                }
            }
            return node;
        }

        private String caseOf(int node) {
            for (int c : t.children(node)) {
                if (t.rel(c).equals("case")) {
                    return tok(c).lower();
                }
            }
            return null;
        }

        /** The actors whose phrase is token {@code node}, or the phrase it stands in apposition to. */
        private List<Mention> standingAt(int node) {
            List<Mention> l = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                if (stand[i] == node) {
                    l.add(actors.get(i));
                }
            }
            if (l.isEmpty() && t.rel(node).equals("appos") && t.head(node) >= 0) {
                return standingAt(t.head(node)); // "A and B, two units that operate in P"
            }
            if (l.isEmpty() && t.child(node, "cop") >= 0 && t.child(node, "nsubj") >= 0) {
                return standingAt(t.child(node, "nsubj")); // "X fighters were among the rebels who seized P"
            }
            return l;
        }

        /** Who does the verb at {@code v}: its subjects or passive agents, else those of the verb it hangs on. */
        private List<Mention> doers(int v, boolean passiveSubjects, int depth) {
            List<Mention> l = new ArrayList<>();
            boolean ownSubject = false;
            for (int c : t.children(v)) {
                String r = t.rel(c);
                boolean agent = r.startsWith("obl") && "by".equals(caseOf(c)) && t.child(v, "aux:pass") >= 0;
                if (r.equals("nsubj") || passiveSubjects && r.equals("nsubj:pass") || agent) {
                    ownSubject |= !agent;
                    if (isRelativePronoun(c) && t.head(v) >= 0 && t.rel(v).startsWith("acl")) {
                        l.addAll(standingAt(t.head(v))); // "brigades that had been operating ..."
                    } else {
                        l.addAll(standingAt(c));
                    }
                } else if (r.equals("nsubj:pass")) {
                    ownSubject = true;
                }
            }
            if (!l.isEmpty() || ownSubject || depth > 3) {
                return l;
            }
            int h = t.head(v);
            if (h < 0) {
                return l;
            }
            String r = t.rel(v);
            if ((r.equals("conj") || r.equals("xcomp") || r.equals("advcl")) && tok(h).pos().startsWith("VB")) {
                return doers(h, passiveSubjects, depth + 1); // "took P and advanced on Q", "helped to retake P"
            }
            if (r.equals("acl")) {
                return standingAt(h); // "militias deployed in Homs"
            }
            return l;
        }

        private boolean isRelativePronoun(int k) {
            String w = tok(k).lower();
            return w.equals("that") || w.equals("which") || w.equals("who");
        }

        /** Nouns a denial takes before the clause it denies: "denied reports that ...". */
        private static final java.util.Set<String> REPORT_NOUNS = java.util.Set.of("reports", "report", "claims",
                "claim", "allegations", "rumours", "rumors", "accusations", "suggestions");

        /**
         * "did not fight", "denied that it was coordinating with X" and "reports that X had arrived were denied": a
         * verb under a denial is denied too.
         */
        private boolean negated(int v) {
            for (int up = 0; v >= 0 && up < 3; up++) {
                for (int c : t.children(v)) {
                    String w = tok(c).lower();
                    if ((t.rel(c).equals("advmod") || t.rel(c).equals("neg")) && (w.equals("not") || w.equals("never")
                            || w.equals("n't"))) {
                        return true;
                    }
                }
                if (up > 0 && lex.has("denial-verb", tok(v).lemma())) {
                    return true;
                }
                String r = t.rel(v);
                // "denied reports that its fighters had entered X": through the noun the denial takes
                boolean report = up > 0 && REPORT_NOUNS.contains(tok(v).lower())
                        && (r.equals("dobj") || r.equals("obj"));
                // "Reports that its fighters had arrived in X were denied": the reports a denial's passive subject
                if (up > 0 && REPORT_NOUNS.contains(tok(v).lower()) && (r.equals("nsubjpass") || r.equals("nsubj:pass"))
                        && t.head(v) >= 0 && lex.has("denial-verb", tok(t.head(v)).lemma())) {
                    return true;
                }
                if (!(r.equals("ccomp") || r.equals("xcomp") || r.equals("acl") || report)) {
                    return false;
                }
                v = t.head(v);
            }
            return false;
        }

        /** A verb after which the place says nothing of where the subject acts. */
        private boolean placesNobody(int v) {
            Tok w = tok(v);
            return lex.has("reporting-verb", w.lower()) || lex.has("reporting-verb", w.lemma())
                    || lex.has("no-presence-verb", w.lemma()) || negated(v);
        }

        private void place(Mention p) {
            int node = headOf(p);
            boolean locative = false;
            for (int step = 0; step < 6; step++) {
                int par = t.head(node);
                if (par < 0) {
                    break;
                }
                String r = t.rel(node);
                String c = caseOf(node);
                String parWord = tok(par).lower();
                if (r.startsWith("nmod") && "of".equals(c) && lex.has("compass", parWord)) {
                    node = par; // "west of Aleppo"
                    locative = true;
                } else if ((r.equals("compound") || r.startsWith("nmod") && "of".equals(c))
                        && (lex.has("place-filler", parWord) || lex.has("front-noun", parWord))) {
                    node = par; // "the countryside of Aleppo", "the Aleppo countryside", "the town of P"
                } else if (r.equals("conj") || r.equals("appos")) {
                    node = par; // "in P and Q": the first place's phrase
                } else {
                    break;
                }
            }
            List<Mention> who = new ArrayList<>();
            for (int k : t.children(node)) {
                if (t.rel(k).equals("acl:relcl") && hasWhere(k) && !placesNobody(k)) {
                    who.addAll(doers(k, true, 0)); // "Sarmin, the town where the brigade was based"
                }
            }
            int par = t.head(node);
            if (par < 0) {
                addAll(who, p);
                return;
            }
            String r = t.rel(node);
            String c = caseOf(node);
            if (t.rel(node).equals("appos") || t.rel(node).equals("conj")) {
                for (int k : t.children(par)) {
                    if (t.rel(k).equals("acl:relcl") && hasWhere(k) && !placesNobody(k)) {
                        who.addAll(doers(k, true, 0));
                    }
                }
            }
            locative |= c != null && lex.has("locative", c) || "to".equals(c) || "from".equals(c);
            Tok head = tok(par);
            boolean expel = head.pos().startsWith("VB") && ("from".equals(c) || "out".equals(c) || outOf(node))
                    && (lex.has("capture-verb", head.lemma()) || lex.has("attack-verb", head.lemma()));
            if (expel && !negated(par)) {
                for (int k : t.children(par)) {
                    if (t.rel(k).equals("obj")) {
                        who.addAll(standingAt(k)); // "drove IS out of Aleppo province": IS was there too
                    }
                }
            }
            // "strikes on Ghanto", "dropped barrel bombs on Heish": the target, not where the attacker is
            boolean target = "on".equals(c) && (lex.has("target-noun", head.lower()) || targetObject(par));
            if (!target) {
                if (r.startsWith("obl") || r.equals("advmod") && locative) {
                    // "a faction drawn largely from Deir ez-Zor", "recruited from the Baggara tribe's villages":
                    // where the men come from, not where the group acts
                    boolean origin = "from".equals(c) && head.lemmaMatches("draw|recruit|hail|originate");
                    if (head.pos().startsWith("VB") && (locative || outOf(node)) && !placesNobody(par) && !origin) {
                        who.addAll(doers(par, true, 0));
                    }
                } else if (r.equals("obj")) {
                    if (head.pos().startsWith("VB") && (locative || lex.has("control-verb", head.lemma())
                            || lex.has("capture-verb", head.lemma())) && !negated(par)) {
                        who.addAll(doers(par, false, 0)); // "seized P"
                    }
                } else if (r.startsWith("nmod") && locative && !"from".equals(c) && !"to".equals(c)) {
                    if (head.pos().startsWith("NN") && event(head)) {
                        who.addAll(nounAgents(par)); // "the SDF's offensive in Raqqa"
                    } else {
                        who.addAll(standingAt(par)); // "rebel brigades in the countryside of Aleppo"
                    }
                } else if (r.startsWith("nmod") && head.pos().startsWith("NN") && event(head)
                        && ("of".equals(c) || "for".equals(c) || "on".equals(c))) {
                    who.addAll(nounAgents(par)); // "took part in the defence of Yabroud", "the battle for P"
                }
            }
            if (p.source() == Mention.Source.PLACED && !head.pos().startsWith("VB")) {
                return; // a name only a preposition made a place, hung on no verb: "Syria in Transition"
            }
            addAll(who, p);
        }

        private void addAll(List<Mention> who, Mention p) {
            if (ClauseRoles.namesNoPlaceOfOperation(lex, s, p, places)) {
                return; // "the road from Hama to Aleppo": where the road runs; "Suluk in northern Raqqa province"
            }
            for (Mention a : who) {
                add(a, Relation.OPERATES_IN, p, PLACE_METHOD, PLACE_PRECISION);
            }
        }

        /** A verb whose object is a noun of attack: "dropped barrel bombs", "carried out strikes". */
        private boolean targetObject(int v) {
            if (!tok(v).pos().startsWith("VB")) {
                return false;
            }
            for (int k : t.children(v)) {
                if (t.rel(k).equals("obj") && lex.has("target-noun", tok(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean event(Tok w) {
            return lex.has("attack-noun", w.lower()) || lex.has("event-noun", w.lower());
        }

        /** "out of P": the place's case words are "out" and "of". */
        private boolean outOf(int node) {
            boolean out = false;
            boolean of = false;
            for (int k : t.children(node)) {
                if (t.rel(k).equals("case")) {
                    out |= tok(k).lower().equals("out");
                    of |= tok(k).lower().equals("of");
                }
            }
            return out && of;
        }

        private boolean hasWhere(int v) {
            return hasWord(v, "where");
        }

        /** True when a dependent of {@code v} (or of its case marker) is the word {@code w}. */
        private boolean hasWord(int v, String w) {
            for (int k : t.children(v)) {
                if (tok(k).lower().equals(w)) {
                    return true;
                }
                for (int j : t.children(k)) {
                    if (t.rel(k).equals("case") && tok(j).lower().equals(w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The agents of an event noun: its possessor or compound, its "by" phrase, or who launched it. */
        private List<Mention> nounAgents(int n) {
            List<Mention> l = new ArrayList<>();
            for (int c : t.children(n)) {
                String r = t.rel(c);
                if (r.equals("nmod:poss") || r.equals("compound") || r.startsWith("nmod") && "by".equals(caseOf(c))) {
                    l.addAll(standingAt(c));
                }
            }
            int h = t.head(n);
            if (l.isEmpty() && h >= 0 && (t.rel(n).equals("obj") || t.rel(n).startsWith("obl"))
                    && tok(h).pos().startsWith("VB") && !placesNobody(h)) {
                l.addAll(doers(h, false, 0)); // "launched an offensive", "took part in the assault"
            }
            return l;
        }

        /** "A fought alongside B", "A operated beside B": the verb's doers and the actor of the phrase are allies. */
        private void alongside(int v) {
            if (negated(v)) {
                return;
            }
            boolean ally = lex.has("ally-verb", tok(v).lemma());
            for (int c : t.children(v)) {
                String cs = caseOf(c);
                boolean together = "with".equals(cs) && (ally || hasWord(c, "together") || hasWord(v, "together"));
                if (t.rel(c).startsWith("obl") && ("alongside".equals(cs) || "beside".equals(cs) || together)) {
                    for (Mention a : doers(v, true, 0)) {
                        for (Mention b : standingAt(c)) {
                            add(a, Relation.ALLIED_WITH, b, ALLIED_METHOD, ALLIED_PRECISION);
                        }
                    }
                }
            }
        }

        /** "A was armed and trained by B", "A, backed by B,": the passive subject is supported by the agent. */
        private void support(int v) {
            if (!lex.has("support-verb", tok(v).lemma()) || negated(v)) {
                return;
            }
            List<Mention> givers = new ArrayList<>();
            for (int c : t.children(v)) {
                if (t.rel(c).startsWith("obl") && "by".equals(caseOf(c))) {
                    givers.addAll(standingAt(c));
                }
            }
            if (givers.isEmpty()) {
                return;
            }
            List<Mention> takers = new ArrayList<>();
            for (int c : t.children(v)) {
                if (t.rel(c).equals("nsubj:pass")) {
                    takers.addAll(standingAt(c));
                }
            }
            if (takers.isEmpty() && t.rel(v).equals("acl") && t.head(v) >= 0) {
                takers.addAll(standingAt(t.head(v))); // "the rebels, backed by Turkey, ..."
            }
            if (takers.isEmpty() && (t.rel(v).equals("conj") || t.rel(v).equals("advcl")) && t.head(v) >= 0) {
                takers.addAll(doers(t.head(v), true, 0)); // "X advanced, backed by Y"
            }
            for (Mention a : takers) {
                for (Mention b : givers) {
                    add(a, Relation.SUPPORTED_BY, b, SUPPORT_METHOD, SUPPORT_PRECISION);
                }
            }
        }

        private void attackVerb(int v) {
            if (tok(v).lemma().equalsIgnoreCase("take") && (hasCase(v, "to") || toPlaceAfter(v))) {
                return; // "Iran took Fatemiyoun units to Deir ez-Zor": a move to a destination, no capture
            }
            boolean passive = t.child(v, "aux:pass") >= 0;
            List<Mention> doers = doers(v, false, 0);
            List<Mention> targets = new ArrayList<>();
            for (int c : t.children(v)) {
                String r = t.rel(c);
                String cs = caseOf(c);
                if (r.equals("obj") && !passive || passive && r.equals("nsubj:pass")
                        || r.startsWith("obl") && ("against".equals(cs) || "on".equals(cs)
                        || "with".equals(cs) && lex.has("clash-verb", tok(v).lemma())
                        && !hasWord(c, "together") && !hasWord(v, "together"))) {
                    targets.addAll(standingAt(c)); // but "fought Daesh together with X": X is a partner
                }
            }
            for (Mention a : doers) {
                for (Mention b : targets) {
                    add(a, Relation.FOUGHT, b, FOUGHT_METHOD, FOUGHT_PRECISION);
                }
            }
        }

        /** "to" and a place within a few tokens after the verb, however the parser attached them. */
        private boolean toPlaceAfter(int v) {
            for (Mention p : places) {
                int first = f.first(p);
                if (first > v + 1 && first <= v + 16 && tok(first - 1).lower().equals("to")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an oblique of the verb takes the preposition {@code prep}: "took X to P". */
        private boolean hasCase(int v, String prep) {
            for (int c : t.children(v)) {
                if (t.rel(c).startsWith("obl") && prep.equals(caseOf(c))) {
                    return true;
                }
            }
            return false;
        }

        private void attackNoun(int n) {
            List<Mention> targets = new ArrayList<>();
            for (int c : t.children(n)) {
                String cs = caseOf(c);
                if (t.rel(c).startsWith("nmod") && ("against".equals(cs) || "on".equals(cs))) {
                    targets.addAll(standingAt(c));
                }
            }
            if (targets.isEmpty()) {
                return;
            }
            for (Mention a : nounAgents(n)) {
                for (Mention b : targets) {
                    add(a, Relation.FOUGHT, b, FOUGHT_METHOD, FOUGHT_PRECISION);
                }
            }
        }

        private void add(Mention a, Relation rel, Mention b, String method, double p) {
            Candidate c = Candidate.ofRoles(s, a, rel, b, method, p, hedged, ents, times);
            if (c != null) {
                out.add(c);
            }
        }
    }
}
