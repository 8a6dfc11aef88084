package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last, least certain layer: claims for the places and actors no rule or role layer used in their sentence. A
 * place no one was tied to is where the sentence's nearest actor is active. Reporting on a war names a place mostly
 * where someone fights, holds or moves, and the actor named closest before it (or, with none before, right after it)
 * is most often the one there: "attacks on ISIS strongholds in Aleppo and Idlib provinces", "Its fighters were
 * concentrated in the towns of Zamalka, Ein Tarma and Arbin". A sentence that names no actor but places speaks of
 * the document's topic (the page's subject, or a group named at least three times and twice as often as any other):
 * "The offensive began with an advance on the villages surrounding Yabroud"; so does a verb of attack with no actor
 * before it: the topic fought its object ("The two groups repelled repeated offensives by the Syrian army").
 * <p>
 * Places that locate nothing anyone does are left alone: a dateline ("BEIRUT —"), a "Beirut-based" speaker, a
 * place inside another name ("Conquest of Aleppo"), one that locates another ("the shrine south of Damascus"), a
 * goal not reached ("pushed towards Baghdad"); so are states as actors ("Turkey", "Russia": their places are
 * mostly diplomacy), names that classify another group ("a Free Syrian Army group"), helpers ("Backed by the
 * US-led coalition, ...") and targets ("attacks on ISIS in P"), negated sentences, lines without a verb (tags,
 * headings) and footnotes.
 * <p>
 * Claims carry {@link #PRECISION}, the topic's {@link #TOPIC_PRECISION}. Stateless; thread-safe.
 */
final class UnclaimedMentions {
    static final String NEAREST_METHOD = "nearest-actor-place";
    static final String TOPIC_METHOD = "topic-place";
    static final String TOPIC_FOUGHT_METHOD = "topic-fought";
    /** Tokens after a verb of attack within which its object is looked for. */
    private static final int TOPIC_OBJECT_REACH = 12;
    /**
     * Measured on the development sets, with every other layer in place: nearest-actor claims 28 of 47 true on
     * eval/dev2, 30 of 42 on eval/dev3, 15 of 27 on eval/dev, 10 of 28 on samples (several of the others true but
     * unannotated: "advanced towards the towns of Tal Abyad").
     */
    static final double PRECISION = 0.5;
    /**
     * Topic claims: places 5 of 6 on eval/dev2, 4 of 8 on eval/dev3, 7 of 7 on eval/dev4 (counted, not read);
     * fights 3 of 3 over the gold documents, samples and the dev sets.
     */
    static final double TOPIC_PRECISION = 0.7;

    private final Lexicon lex;

    UnclaimedMentions(Lexicon lex) {
        this.lex = lex;
    }

    void apply(List<Sentence> sents, List<List<Mention>> mentions, DocEntities ents, SentenceTimes times,
               List<Candidate> out) {
        Set<String> linked = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (Candidate c : out) {
            if (c.object != null) {
                linked.add(pair(c.sentence, c.subject, c.object));
                linked.add(pair(c.sentence, c.object, c.subject));
                if (c.object.kind() == EntityKind.PLACE) {
                    placed.add(c.sentence + "|" + c.object.id());
                }
            }
        }
        Mention topic = topic(mentions, ents);
        for (Sentence s : sents) {
            List<Mention> ms = mentions.get(s.index());
            List<Mention> actors = new ArrayList<>();
            List<Mention> places = new ArrayList<>();
            ClauseRoles.split(lex, ms, 0, s.size() - 1, actors, places);
            List<Mention> named = List.copyOf(actors); // before the filters: every actor may be a topic's enemy
            actors.removeIf(a -> a.kind() == EntityKind.STATE || hyphened(s, a) || classifier(s, a)
                    || helperOrTarget(s, a) || ClauseRoles.airborne(a) || ClauseRoles.affiliateOwner(lex, s, a, ms));
            List<Mention> allPlaces = placesOf(ms); // once a sentence, before the filters take any out
            // a place known only from "the town of X" is told by a verb or nothing: next to an actor, it is an
            // aside (the town where a bomb went off) as often as not (1 of 8 such claims true on the dev sets)
            Set<Mention> aside = new HashSet<>();
            for (Mention p : places) {
                if (dateline(s, p) || based(s, p) || insideName(p, ms) || locatesAnother(s, p) || origin(s, p, ms)
                        || between(s, p, ms) || ClauseRoles.namesNoPlaceOfOperation(lex, s, p, allPlaces)
                        || Coreference.quoted(s, p.first())) { // someone's words ("the 'blessed Eastern Ghouta'")
                    aside.add(p);
                } else if (!aside.isEmpty() && coordinatedAfter(s, p, aside)) {
                    aside.add(p); // "the road linking Tal Tamr to Ain Issa and Manbij": a list shares its first's role
                }
            }
            places.removeIf(p -> p.source() == Mention.Source.DESCRIBED || p.source() == Mention.Source.PLACED
                    || placed.contains(s.index() + "|" + p.entity().id()) || aside.contains(p));
            if (!hasVerb(s) || footnote(s) || ClauseRoles.cue(lex, s, 0, s.size() - 1, "negation")) {
                continue;
            }
            boolean hedged = ClauseRoles.cue(lex, s, 0, s.size() - 1, "hedge");
            topicFights(s, named, topic, ents, times, out, linked);
            // a sentence that names a state ("The Kremlin said Moscow ...", "Turkish troops entered P") is about
            // that state, not the page's topic
            boolean state = named.stream().anyMatch(a -> a.kind() == EntityKind.STATE);
            for (Mention p : places) {
                Mention a = !actors.isEmpty() ? asideHead(s, actors, nearest(actors, p), p)
                        : state ? null : topicHere(s, topic, p.first());
                // a state's force is named by reference far more often than as the one at the place ("the Fourth
                // Division's spokesman", "the army's siege"): 13 of 72 such claims true on dev5-dev25
                if (a == null || a.kind() == EntityKind.STATE_FORCE
                        || linked.contains(pair(s.index(), ents.current(a.entity()), ents.current(p.entity())))) {
                    continue;
                }
                boolean topical = actors.isEmpty();
                Candidate c = Candidate.ofRoles(s, a, Relation.OPERATES_IN, p, topical ? TOPIC_METHOD : NEAREST_METHOD,
                        topical ? TOPIC_PRECISION : PRECISION, hedged, ents, times);
                if (c != null) {
                    out.add(c);
                    linked.add(pair(s.index(), c.subject, c.object));
                }
            }
        }
        uncorroboratedTopicPlaces(out, ents);
    }

    /**
     * A topic's place stands only where the document ties the topic to that place once more, in any layer or in
     * another sentence without an actor: a place named once in passing ("Similar protests were reported in Atmeh",
     * "We spoke to him by phone from the town of P") is seldom where the topic acts. Measured on the developed sets'
     * documents that may be read: 23 of 114 uncorroborated topic claims true, 124 of 160 corroborated ones.
     */
    private static void uncorroboratedTopicPlaces(List<Candidate> out, DocEntities ents) {
        Map<String, Integer> ties = new HashMap<>();
        for (Candidate c : out) {
            if (c.relation == Relation.OPERATES_IN && c.object != null) {
                ties.merge(tie(c, ents), 1, Integer::sum);
            }
        }
        String topic = "rule:" + TOPIC_METHOD;
        out.removeIf(c -> topic.equals(c.method) && c.relation == Relation.OPERATES_IN
                && ties.getOrDefault(tie(c, ents), 0) < 2);
    }

    private static String tie(Candidate c, DocEntities ents) {
        return ents.current(c.subject).id() + "|" + ents.current(c.object).id();
    }

    private static List<Mention> placesOf(List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.kind() == EntityKind.PLACE && m.entity() != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static String pair(int sent, Entity a, Entity b) {
        return sent + "|" + a.id() + "|" + b.id();
    }

    /** Words that open an aside after a name: an apposition's article or a relative pronoun. */
    private static final Set<String> ASIDE_OPENERS = Set.of("a", "an", "the", "another", "one", "which", "who",
            "whose", "itself", "once", "now", "formerly");

    /**
     * "A, a member of the Islamic Front coalition formed last November, also has a small presence in P", "Its
     * fighters, who had clashed with IS inside Yarmouk, were bused to P": when the actor nearest the place stands in
     * a comma-set aside after another actor, and the aside closes before the place, the place is that head's.
     */
    private static Mention asideHead(Sentence s, List<Mention> actors, Mention near, Mention p) {
        if (near == null || near.last() >= p.first()) {
            return near;
        }
        int close = -1;
        for (int k = near.last() + 1; k < p.first(); k++) {
            if (s.tok(k).word().equals(",")) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return near;
        }
        Mention h = null; // the actor just before the nearest one (actors hold no places)
        for (Mention a : actors) {
            if (a.last() < near.first()) {
                h = a;
            }
        }
        int open = h == null ? -1 : h.last() + 1;
        if (h == null || open + 1 >= near.first() || !s.tok(open).word().equals(",")
                || !ASIDE_OPENERS.contains(s.tok(open + 1).lower())) {
            return near;
        }
        for (int k = open + 1; k < near.first(); k++) {
            if (s.tok(k).word().equals(",") || s.tok(k).word().equals(";")) {
                return near; // "A, B and C": a list, no aside
            }
        }
        for (int k = close + 1; k < p.first(); k++) {
            if (s.tok(k).pos().startsWith("VB")) {
                return h; // the head's own verb after the aside
            }
        }
        return near;
    }

    /** The last actor before the place, or the first after it when none comes before. */
    private static Mention nearest(List<Mention> actors, Mention p) {
        Mention before = null;
        for (Mention a : actors) {
            if (a.last() < p.first()) {
                before = a;
            } else if (before == null && a.first() > p.last()) {
                return a;
            }
        }
        return before;
    }

    /** The topic as an actor at token {@code at} of a sentence that names none (never in the first: the headline). */
    private static Mention topicHere(Sentence s, Mention topic, int at) {
        if (topic == null || s.index() == 0) {
            return null;
        }
        return new Mention(s.index(), at, at, topic.entity(), topic.kind(), topic.text(), Mention.Source.PRONOUN);
    }

    /**
     * What the document is about: the wiki page's subject, else the group or umbrella named at least three times and
     * at least twice as often as any other; null when no group stands out.
     */
    private static Mention topic(List<List<Mention>> mentions, DocEntities ents) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Mention> named = new HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.entity() == null || m.kind() == null
                        || !(m.kind() == EntityKind.ARMED_GROUP || m.kind().isUmbrella())) {
                    continue;
                }
                Entity e = ents.current(m.entity());
                count.merge(e.id(), 1, Integer::sum);
                if (!m.isReference()) {
                    named.putIfAbsent(e.id(), m);
                }
            }
        }
        if (ents.subject() != null) {
            Mention m = named.get(ents.current(ents.subject()).id());
            if (m != null) {
                return m;
            }
        }
        String best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best == null || most < 3 || most < 2 * second ? null : named.get(best);
    }

    private static boolean hasVerb(Sentence s) {
        for (Tok t : s.toks()) {
            if (t.pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** "12 Menagh airbase fell ...", "^ "New alliance announced in Hasakah"", "Next issue: Idlib's councils". */
    private static boolean footnote(Sentence s) {
        String w = s.tok(0).word();
        return w.equals("^") || Regexes.matches(w, "\\d+\\.?") || s.size() > 2 && s.tok(1).word().equals(":")
                || s.size() > 2 && s.tok(2).word().equals(":") || credit(s);
    }

    /** A wire report's credit line: "(Reporting by A in Aleppo and B in Beirut; Editing by C)". */
    private static boolean credit(Sentence s) {
        int k = s.size() > 1 && (s.tok(0).word().equals("(") || s.tok(0).word().equals("-LRB-")) ? 1 : 0;
        return k + 1 < s.size() && s.tok(k).lowerMatches("reporting|writing|editing|additional")
                && s.tok(k + 1).lowerMatches("by|reporting");
    }

    /** "BEIRUT —", "ALEPPO, Syria, Jan 7 -", "ISTANBUL/BEIRUT —": the place a report was filed from. */
    static boolean dateline(Sentence s, Mention p) {
        if (p.first() > 3 && !capitalsBefore(s, p.first())) {
            return false;
        }
        for (int k = p.last() + 1; k < Math.min(s.size(), p.last() + 8); k++) {
            String w = s.tok(k).word();
            if (w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("-") || w.equals(":")) {
                return true;
            }
        }
        String w = s.tok(p.first()).word();
        return w.length() > 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** "DEIR AL-ZOR/BEIRUT": nothing but words in capitals and their joining marks before token {@code i}. */
    private static boolean capitalsBefore(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            String w = s.tok(k).word();
            if (!Regexes.matches(w, "[/,\\-]|\\p{Lu}[\\p{Lu}'\\-/]+")) {
                return false;
            }
        }
        return i <= 8;
    }

    /** "FSA-affiliated", "the YPG-FSA alliance": a name inside a hyphened modifier is nobody's place-holder. */
    private boolean hyphened(Sentence s, Mention a) {
        if (ClauseRoles.modifierWord(lex, s, a)) {
            return true;
        }
        int e = a.last() + 1;
        int b = a.first() - 1;
        return e < s.size() && (s.tok(e).word().equals("-") && s.tok(e).begin() == s.tok(a.last()).end())
                || s.tok(a.last()).word().endsWith("-") || s.tok(a.first()).word().startsWith("-")
                || b >= 0 && s.tok(b).word().equals("-") && s.tok(b).end() == s.tok(a.first()).begin();
    }

    /**
     * "a Free Syrian Army group", "a coalition of Free Syrian Army (FSA) brigades", "the al-Qaeda splinter": a name
     * that classifies another group's head noun is not the actor there; "the Ahrar al-Sham group" is the group.
     */
    private boolean classifier(Sentence s, Mention a) {
        int e = a.last() + 1;
        if (e < s.size() && s.tok(e).word().equals(")")) {
            e++; // the short form in "a Free Syrian Army (FSA) formation"
        } else if (e < s.size() && s.tok(e).word().equals("(")) {
            while (e < s.size() && !s.tok(e).word().equals(")")) {
                e++;
            }
            e++;
        }
        if (e >= s.size()) {
            return false;
        }
        String w = s.tok(e).lower();
        return (lex.has("group-noun", w) || lex.has("role-noun", w)) && !lex.has("force-noun", w) // not "its fighters"
                && !(s.tok(e).pos().equals("NN") && definite(s, a.first()));
    }

    /**
     * "the ultraconservative Ahrar al-Sham group": "the" (and adjectives) before the name; the group is itself. Not
     * in an apposition ("Jaysh al-Izza, the Free Syrian Army faction whose ..."), which classifies the name before it.
     */
    private static boolean definite(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            if (s.tok(k).lower().equals("the")) {
                return k == 0 || !s.tok(k - 1).word().equals(",");
            }
            if (!s.tok(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Backed by air strikes from the US-led coalition, the forces took P": a helper; "launched attacks on ISIS in
     * P", "driving ISIS fighters out of villages in P": the target of an attack. Neither is the one the place is told
     * of, unless the attack hit the target's own holdings there ("stormed X headquarters in P").
     */
    private boolean helperOrTarget(Sentence s, Mention a) {
        int k = a.first() - 1;
        while (k >= 0 && (s.tok(k).pos().equals("DT") || s.tok(k).pos().startsWith("JJ"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = s.tok(k).lower();
        if (w.equals("against") || w.equals("on") && k > 0 && lex.has("attack-noun", s.tok(k - 1).lower())) {
            return true;
        }
        Tok v = s.tok(k);
        boolean held = a.last() + 1 < s.size() && lex.has("presence-noun", s.tok(a.last() + 1).lower());
        if (v.pos().startsWith("VB") && lex.has("attack-verb", v) && !held) {
            return true;
        }
        return ClauseRoles.helper(lex, s, a);
    }

    /** "a Beirut-based researcher", "a Damascus-born commander". */
    private static boolean based(Sentence s, Mention p) {
        String self = s.tok(p.last()).lower();
        if (Regexes.matches(self, ".*-(based|born|bound)")) {
            return true;
        }
        int k = p.last() + 1;
        if (k < s.size() && s.tok(k).lowerMatches("-?(based|born|bound)")) {
            return true;
        }
        return k + 1 < s.size() && s.tok(k).word().equals("-") && s.tok(k + 1).lowerMatches("based|born|bound");
    }

    private static final Set<String> ORIGIN_WORDS = Set.of("come", "comes", "came", "coming", "hail", "hails",
            "hailed", "hailing", "is", "are", "was", "were", "recruited", "drawn", "originate", "originated",
            "originally", "natives", "native", "residents", "men", "man", "families", "many", "most",
            "volunteers", "youths", "druze", "christians", "alawites", "ours", "officer", "officers");
    private static final Set<String> PLACE_LIST_WORDS = Set.of("the", "of", "towns", "town", "villages", "village",
            "city", "cities", "province", "area", "region", "countryside", "such", "as", "like", ",", "and", "-",
            "mountains", "district", "districts");

    /**
     * A place in "between A and B": the ends of a line, a road or a stretch of land ("the front line running between
     * Khalasah and Zitan", "the badia between Daraa and Suwayda"), seldom where the actor named nearest is (on the
     * developed sets' readable documents 10 of 34 such fallback claims were annotated).
     */
    private static boolean between(Sentence s, Mention p, List<Mention> ms) {
        return listOpenedBy(s, p, ms, "between", true) >= 0;
    }

    /**
     * Where {@code opener} stands before the list of places {@code p} ends ("from Yabroud, Qara and P", "between
     * Khalasah and P"): walking back up to 12 tokens past places and list words, and, when {@code names}, past
     * capitalised names the dictionary lacks but no comma. -1 when another word comes first.
     */
    private static int listOpenedBy(Sentence s, Mention p, List<Mention> ms, String opener, boolean names) {
        int k = p.first() - 1;
        while (k >= 0 && k >= p.first() - 12) {
            String w = s.tok(k).lower();
            if (w.equals(opener)) {
                return k;
            }
            int at = k;
            Mention place = ms.stream().filter(m -> m.kind() == EntityKind.PLACE && m.first() <= at
                    && m.last() >= at).findFirst().orElse(null);
            boolean listWord = names ? PLACE_LIST_WORDS.contains(w) && !w.equals(",") || s.tok(k).capitalized()
                    : PLACE_LIST_WORDS.contains(w);
            if (place != null) {
                k = place.first() - 1;
            } else if (listWord) {
                k--;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** Place {@code p} follows one of {@code aside} in a list: only "and", "or", a comma and place words between. */
    private static boolean coordinatedAfter(Sentence s, Mention p, Set<Mention> aside) {
        for (Mention q : aside) {
            int gap = p.first() - q.last() - 1;
            if (gap < 1 || gap > 5) {
                continue;
            }
            boolean joined = false;
            boolean plain = true;
            for (int k = q.last() + 1; k < p.first(); k++) {
                String w = s.tok(k).lower();
                joined |= w.equals("and") || w.equals("or") || w.equals(",");
                plain &= w.equals("or") || PLACE_LIST_WORDS.contains(w);
            }
            if (joined && plain) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where someone comes from, not where a group acts: "its men come from towns such as Yabroud, Qara and Flita",
     * "a Druze from the village of Tarba", "their men are from Deir ez-Zor".
     */
    private static boolean origin(Sentence s, Mention p, List<Mention> ms) {
        int k = listOpenedBy(s, p, ms, "from", false);
        if (k < 0) {
            return false;
        }
        int j = k - 1;
        while (j > 0 && j >= k - 2 && s.tok(j).pos().startsWith("RB")) {
            j--; // "a faction drawn largely from Deir ez-Zor", "recruited mainly from"
        }
        return j >= 0 && ORIGIN_WORDS.contains(s.tok(j).lower());
    }

    /** A place inside another name: "Conquest of Aleppo", "the Deir ez-Zor Military Council". */
    private static boolean insideName(Mention p, List<Mention> ms) {
        for (Mention m : ms) {
            if (m != p && m.kind() != EntityKind.PLACE && m.first() <= p.first() && m.last() >= p.last()) {
                return true;
            }
        }
        return false;
    }

    /** "the shrine south of Damascus", "Manbij, south-west of Jarabulus", "pushed towards Baghdad". */
    private boolean locatesAnother(Sentence s, Mention p) {
        int k = p.first() - 1;
        if (k >= 2 && s.tok(k).lower().equals("of")
                && s.tok(k - 1).lowerMatches("town|city|village|villages|towns")) {
            k -= 2; // "towards the town of Ain Issa"
        }
        if (k >= 0 && s.tok(k).lower().equals("the")) {
            k--;
        }
        if (k >= 0 && s.tok(k).lowerMatches("towards?")) {
            return true;
        }
        if (k >= 2 && s.tok(k).lower().equals("of")) {
            String w = s.tok(k - 1).lower();
            boolean compass = lex.has("compass", w) || Regexes.matches(w, "(north|south)-?(east|west)");
            return compass && (s.tok(k - 2).pos().startsWith("NN") || s.tok(k - 2).word().equals(","));
        }
        return false;
    }

    /**
     * "The two groups repelled repeated offensives by the Syrian army": a verb of attack with no actor before it
     * and an actor as its object (over determiners, adjectives, attack nouns, "against", "on", "by") in a sentence
     * that does not name the topic: the topic fought that actor.
     */
    private void topicFights(Sentence s, List<Mention> actors, Mention topic, DocEntities ents, SentenceTimes times,
                             List<Candidate> out, Set<String> linked) {
        Mention t = topicHere(s, topic, 0);
        if (t == null) {
            return;
        }
        Entity self = ents.current(topic.entity());
        int verb = -1;
        for (int k = 0; k < s.size() && verb < 0; k++) {
            if (s.tok(k).pos().startsWith("VB") && lex.has("attack-verb", s.tok(k).lemma())) {
                verb = k;
            }
        }
        if (verb < 0) {
            return;
        }
        for (Mention a : actors) {
            if (a.first() < verb || ents.current(a.entity()).id().equals(self.id())) {
                return; // the verb has an agent, or the topic is named: the rules' business
            }
        }
        for (Mention b : actors) {
            if (b.first() > verb + TOPIC_OBJECT_REACH || !objectOf(s, verb + 1, b.first())) {
                break;
            }
            if (b.kind() == EntityKind.STATE && b.last() + 1 < s.size()
                    && RuleMatcher.isPossessive(s.tok(b.last() + 1))) {
                continue; // "take Syria's Afrin town": the state only says whose the town is
            }
            if (!linked.contains(pair(s.index(), self, ents.current(b.entity())))) {
                Candidate c = Candidate.ofRoles(s, t, Relation.FOUGHT, b, TOPIC_FOUGHT_METHOD, TOPIC_PRECISION,
                        false, ents, times);
                if (c != null) {
                    out.add(c);
                }
            }
        }
    }

    /** Tokens [from, to) hold only what may stand between a verb of attack and its object. */
    private boolean objectOf(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            Tok t = s.tok(j);
            String w = t.lower();
            String pos = t.pos();
            boolean between = pos.equals("DT") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("POS")
                    || pos.equals("CD") || pos.startsWith("NN") && lex.has("attack-noun", w)
                    || w.equals("against") || w.equals("on") || w.equals("by");
            if (!between || lex.has("helper-cue", w)) {
                return false;
            }
        }
        return true;
    }
}
