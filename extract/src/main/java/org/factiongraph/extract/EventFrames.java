package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Military operations told across sentences: one sentence sets up an operation (its enemy: "an offensive against
 * IS", "fighting for the Islamic State's stronghold", "a siege that IS had imposed"; its place: "captured Manbij",
 * "an offensive in Deir ez-Zor province"), a nearby one names who carried it out ("The offensive, launched in
 * May, was led by X", "X led the assault", "Fighters of Y also took part"). Whoever led or took part in the
 * operation fought its enemy and was active in its place. Whoever backed the operation ("sorties in support of the
 * offensive", "a Russian-backed offensive") supported the actor who launched it. Stateless; thread-safe.
 */
final class EventFrames {
    static final String METHOD = "frame-operation";
    static final double PRECISION = 0.75;
    /** How many sentences an operation stays the one a later "the offensive" refers to. */
    private static final int REACH = 2;
    /** How many sentences the enemy of an operation stays the one its agents fought. */
    private static final int TARGET_REACH = 4;

    static final Set<String> EVENT = Set.of("offensive", "operation", "assault", "advance", "attack",
            "campaign", "push", "defence", "defense", "counteroffensive", "counter-offensive", "battle", "siege",
            "counter-attack", "counterattack");
    /** Words of striking back: whoever carries them out fights the one who launched the operation before. */
    private static final Set<String> COUNTER = Set.of("counteroffensive", "counter-offensive", "counter-attack",
            "counterattack", "repelled", "repulsed", "thwarted", "foiled");
    /** How many sentences the actor who launched an operation stays the one a counter-attack is aimed at. */
    private static final int COUNTER_REACH = 8;
    private static final Set<String> LED = Set.of("led", "spearheaded", "headed", "conducted", "commanded", "mounted",
            "waged");
    private static final Set<String> PLACE_CUE = Set.of("offensive", "operation", "assault", "advance", "attack",
            "campaign", "siege", "capture", "captured", "seized", "took", "taken", "control", "battle", "fighting",
            "defence", "defense", "retook", "recaptured", "overran", "besieged", "broke", "push", "stormed");
    /** Verbs of an attack told as it happened ("The army attacked IS positions"): an operation with an enemy. */
    private static final Set<String> STRUCK = Set.of("attacked", "attacking", "shelled", "struck", "bombarded",
            "raided", "ambushed", "assaulted", "pounded");
    private static final Set<String> LAUNCHED = Set.of("launched", "began", "started", "opened", "resumed");
    private static final Set<String> DROVE = Set.of("drive", "driven", "drove", "expelled", "ousted", "pushed",
            "repelled", "routed", "defeated", "besieged", "encircled");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "is", "were", "are", "been", "being", "be");

    private EventFrames() {
    }

    static void apply(Lexicon lex, List<Sentence> sents, List<List<Mention>> mentions, SentenceTimes times,
                      Map<Integer, List<Entity>> backedOperations, List<Candidate> out) {
        Entity target = null;
        int targetAt = -100;
        Entity place = null;
        int placeAt = -100;
        Entity owner = null; // who launched the operation the text is telling of
        int ownerAt = -100;
        Map<String, Entity> fought = new java.util.HashMap<>(); // the operation's agents and whom they fought
        int foughtAt = -100;
        Entity government = government(mentions);
        for (Sentence s : sents) {
            // the owner of an affiliate ("al Qaeda's Syrian wing, the Nusra Front") takes no part in an operation
            List<Mention> all = mentions.get(s.index());
            List<Mention> ms = new ArrayList<>(all);
            ms.removeIf(m -> ClauseRoles.affiliateOwner(lex, s, m, all));
            Entity sentTarget = targetIn(s, ms, out);
            if (sentTarget == null && government != null && heldByGovernment(s)) {
                sentTarget = government; // "rebels overran a government-held town", "stormed the army base"
            }
            Mention sentPlace = placeIn(s, ms);
            List<Mention> agents = agents(s, ms);
            boolean counter = counter(s);
            boolean carryPlace = true;
            // "A launched a counter-attack", "a second attempt, led by A and B, was repelled": the attack was on
            // whoever launched the operation the text is telling of
            Entity struck = counter && s.index() - ownerAt <= COUNTER_REACH ? owner : null;
            if (agents.isEmpty() && s.index() - foughtAt <= REACH) {
                // "Nusra was joined by A and B": who joins an agent of the operation takes part in it
                Mention joined = joinedBy(s, ms, fought.keySet());
                if (joined != null) {
                    agents = coordinated(s, ms, joined.last() + 4); // past "was joined by"
                    carryPlace = false; // those who joined an agent are where the sentence says, if anywhere
                    sentTarget = sentTarget != null ? sentTarget : fought.get(joined.entity().id());
                }
            }
            // "Fighters of X also took part in the defence of the town (against Y)": the defenders fought the
            // attacker the sentence names, else the one who launched the operation the text is telling of
            Entity attacker = sentTarget != null ? sentTarget : s.index() - ownerAt <= OWNER_REACH ? owner : null;
            if (attacker != null) {
                for (Mention d : defenders(s, ms)) {
                    if (!d.entity().id().equals(attacker.id())) {
                        out.add(candidate(s, DEFENCE_METHOD, d, Relation.FOUGHT, attacker, times));
                    }
                }
            }
            Mention sentOwner = counter ? null : ownerIn(s, ms);
            if (sentOwner != null && sentTarget == null && sentPlace != null && government != null
                    && isGroup(sentOwner.kind()) && tookPlace(s, sentOwner) && fights(government, out)
                    && !sentOwner.entity().id().equals(government.id())
                    && !sameSide(sentOwner.entity(), government, out) && !fights(sentOwner.entity(), out)) {
                // "Rebels of X overran the town": in a report where the government fights, the town was its
                out.add(candidate(s, IMPLIED_METHOD, sentOwner, Relation.FOUGHT, government, times));
            }
            if (sentOwner != null) {
                owner = sentOwner.entity();
                ownerAt = s.index();
            }
            if (owner != null && s.index() - ownerAt <= OWNER_REACH) {
                // "Russian warplanes flew sorties in support of the advance", "a Russian-backed offensive": the
                // backer supported whoever launched the operation
                List<Entity> backers = new ArrayList<>(backedOperations.getOrDefault(s.index(), List.of()));
                Mention supporter = supporterOf(s, ms);
                if (supporter != null) {
                    backers.add(supporter.entity());
                }
                for (Entity b : backers) {
                    if (!b.id().equals(owner.id())) {
                        Candidate c = Candidate.inSentence(s, BACKED_METHOD, PRECISION);
                        c.subject = owner;
                        c.subjectMention = owner.canonicalName();
                        c.relation = Relation.SUPPORTED_BY;
                        c.object = b;
                        c.objectMention = b.canonicalName();
                        c.order = s.index() * 10000;
                        RelationRules.time(c, "auto", s, 0, 0, times);
                        out.add(c);
                    }
                }
            }
            if (!agents.isEmpty()) {
                Entity t = sentTarget != null ? sentTarget : struck != null ? struck
                        : s.index() - targetAt <= TARGET_REACH ? target : null;
                Entity p = sentPlace != null ? sentPlace.entity()
                        : carryPlace && s.index() - placeAt <= REACH ? place : null;
                for (Mention a : agents) {
                    if (t != null && !t.id().equals(a.entity().id()) && !sameSide(a.entity(), t, out)) {
                        out.add(candidate(s, METHOD, a, Relation.FOUGHT, t, times));
                        fought.put(a.entity().id(), t);
                        foughtAt = s.index();
                    }
                    if (p != null && isGroup(a.entity().kind())) {
                        out.add(candidate(s, METHOD, a, Relation.OPERATES_IN, p, times));
                    }
                }
            }
            if (sentTarget != null) {
                target = sentTarget;
                targetAt = s.index();
            }
            if (sentPlace != null) {
                place = sentPlace.entity();
                placeAt = s.index();
            }
        }
    }

    /** The government the document names (by any of its names: "the regime", "government forces"), or null. */
    private static Entity government(List<List<Mention>> mentions) {
        Map<String, Integer> count = new java.util.HashMap<>();
        Entity best = null;
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.entity() != null && m.kind() == EntityKind.STATE
                        && m.entity().canonicalName().endsWith(" government")) {
                    int n = count.merge(m.entity().id(), 1, Integer::sum);
                    if (best == null || n > count.get(best.id())) {
                        best = m.entity();
                    }
                }
            }
        }
        return best;
    }

    /**
     * Whether an operation this sentence tells of took or struck what the government held: "a government-held
     * town", "the army base", "military posts".
     */
    private static boolean heldByGovernment(Sentence s) {
        boolean event = false;
        boolean held = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).lower();
            event |= EVENT.contains(w) || CAPTURE.contains(w) || Regexes.matches(w, "overran|overrun|stormed|attacked");
            held |= Regexes.matches(w, "(government|regime|army|loyalist)-(held|controlled)")
                    || Regexes.matches(w, "army|military") && i + 1 < s.size()
                    && s.tok(i + 1).lower().matches(
                            "bases?|barracks|airport|posts?|checkpoints?|positions?|outposts?|lines");
        }
        return event && held;
    }

    /** Whether the sentence tells of striking back: "launched a counter-attack", "the attempt was repelled". */
    private static boolean counter(Sentence s) {
        for (Tok t : s.toks()) {
            if (COUNTER.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nusra was joined by A and units of B": the one of {@code agents} (entity ids), the operation's agents so far,
     * that others joined, standing right before "was joined by"; else null.
     */
    private static Mention joinedBy(Sentence s, List<Mention> ms, Set<String> agents) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (!s.tok(i).lower().equals("joined") || !s.tok(i + 1).lower().equals("by")
                    || !PASSIVE_AUX.contains(s.tok(i - 1).lower())) {
                continue;
            }
            Mention joined = subjectOf(s, ms, i);
            if (joined != null && agents.contains(joined.entity().id()) && joined.last() == i - 2) {
                return joined;
            }
        }
        return null;
    }

    static final String IMPLIED_METHOD = "frame-operation-government";

    /** Verbs of taking a place by force. */
    private static final Set<String> TOOK = Set.of("captured", "seized", "stormed", "overran", "recaptured", "retook");

    /** Whether the clause of {@code m} took a place by force: "X overran the town", "X took control of the base". */
    private static boolean tookPlace(Sentence s, Mention m) {
        for (int i = m.last() + 1; i < s.size() && i <= m.last() + 8; i++) {
            String w = s.tok(i).lower();
            if (TOOK.contains(w) || w.equals("took") && i + 1 < s.size() && s.tok(i + 1).lower().equals("control")) {
                return s.tok(i).pos().startsWith("VB");
            }
        }
        return false;
    }

    /** Whether the document has {@code e} fighting anyone. */
    private static boolean fights(Entity e, List<Candidate> out) {
        for (Candidate c : out) {
            if (!c.negated && c.object != null && c.relation == Relation.FOUGHT
                    && (c.subject.id().equals(e.id()) || c.object.id().equals(e.id()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document has called {@code a} and {@code b} allies or made one a member of the other. */
    private static boolean sameSide(Entity a, Entity b, List<Candidate> out) {
        for (Candidate c : out) {
            if (!c.negated && c.object != null && (c.relation == Relation.ALLIED_WITH
                    || c.relation == Relation.MEMBER_OF || c.relation == Relation.SUPPORTED_BY)
                    && (c.subject.id().equals(a.id()) && c.object.id().equals(b.id())
                    || c.subject.id().equals(b.id()) && c.object.id().equals(a.id()))) {
                return true;
            }
        }
        return false;
    }

    static final String BACKED_METHOD = "frame-operation-backed";
    static final String DEFENCE_METHOD = "frame-operation-defence";
    private static final Set<String> DEFENCE = Set.of("defence", "defense", "defend");

    /**
     * Who defended against the operation this sentence tells of: "X and Y took part in the defence of the town",
     * "the town was defended by X and Y", "X defended the town", "the town was held by X and Y", "Defending the
     * town were X and Y".
     */
    private static List<Mention> defenders(Sentence s, List<Mention> ms) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).lower();
            if (w.equals("defended") && i > 0 && PASSIVE_AUX.contains(s.tok(i - 1).lower()) && i + 1 < s.size()
                    && s.tok(i + 1).lower().equals("by")) {
                return coordinated(s, ms, i + 2);
            }
            if (w.equals("held") && i > 0 && PASSIVE_AUX.contains(s.tok(i - 1).lower()) && i + 1 < s.size()
                    && s.tok(i + 1).lower().equals("by")) {
                // "The town was held by a loose coalition of A, B and C", "by an assortment of units, chief among
                // them A": the first actor a few words on opens the list
                for (Mention m : ms) {
                    if (m.first() > i + 1 && m.first() <= i + 9 && isActor(m) && !m.isReference()) {
                        return coordinated(s, ms, m.first());
                    }
                }
                return List.of();
            }
            if (w.equals("defending") && i <= 5) {
                // inverted: "Defending the triangle were A and B", "Among the groups defending it were A, B and C"
                for (int j = i + 1; j < s.size() && j <= i + 8; j++) {
                    if (s.tok(j).lowerMatches("were|was")) {
                        for (Mention m : ms) {
                            if (m.first() > j && m.first() <= j + 3 && isActor(m) && !m.isReference()) {
                                return coordinated(s, ms, m.first());
                            }
                        }
                        break;
                    }
                }
            }
            if (w.equals("defended") && s.tok(i).pos().equals("VBD") || partInDefence(s, i)) {
                Mention m = subjectOf(s, ms, i);
                return m == null ? List.of() : withJoined(s, ms, m, i);
            }
        }
        return List.of();
    }

    /** "took part in the defence of", "participated in defending": the token at i opens the defence. */
    private static boolean partInDefence(Sentence s, int i) {
        String w = s.tok(i).lower();
        int q = tookPart(s, i);
        if (q < 0 && (w.equals("participated") || w.equals("helped") || w.equals("joined"))) {
            q = i + 1;
        } else if (q < 0) {
            return false;
        }
        q = headAfterIn(s, q);
        return q < s.size() && (DEFENCE.contains(s.tok(q).lower()) || s.tok(q).lower().equals("defending"));
    }

    /** What a part or a joining is taken in: the word past "in" and a determiner from q ("in the defence"). */
    private static int headAfterIn(Sentence s, int q) {
        if (q < s.size() && s.tok(q).lower().equals("in")) {
            q++;
        }
        if (q < s.size() && s.tok(q).lowerMatches("the|its|their|this|that")) {
            q++;
        }
        return q;
    }

    /** The token after "took part" ("take part", "taking part") opened at i, or -1. */
    private static int tookPart(Sentence s, int i) {
        String w = s.tok(i).lower();
        return (w.equals("took") || w.equals("take") || w.equals("taking")) && i + 1 < s.size()
                && s.tok(i + 1).lower().equals("part") ? i + 2 : -1;
    }

    /** How many sentences the actor who launched an operation stays the one its backers support. */
    private static final int OWNER_REACH = 4;
    private static final Set<String> ADVANCED = Set.of("punched", "entered", "captured", "seized", "retook",
            "recaptured", "stormed", "advanced", "broke", "overran", "reached", "took", "pushed");
    /** Verbs whose object names the operation launched: the launching verbs and a few of leading or pressing it. */
    private static final Set<String> OPENED = union(LAUNCHED, Set.of("mounted", "waged", "led", "spearheaded",
            "renewed", "pressed"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /**
     * Who launched an operation this sentence tells of: "The Syrian army launched a major offensive", "the
     * government's Russian-backed offensive"; else null.
     */
    private static Mention ownerIn(Sentence s, List<Mention> ms) {
        for (int i = 0; i < s.size(); i++) {
            if (ADVANCED.contains(s.tok(i).lower()) && s.tok(i).posMatches("VBD|VBZ|VBP")
                    && tookPart(s, i) < 0) { // "took part": no capture
                // "Syrian government forces punched through IS lines", "troops captured the town": the attacker
                Mention subject = subjectOf(s, ms, i);
                if (subject != null) {
                    return subject;
                }
            }
            if (!OPENED.contains(s.tok(i).lower()) || !s.tok(i).pos().startsWith("VB")) {
                continue;
            }
            int q = i + 1;
            if (q < s.size() && s.tok(q).lowerMatches("the|an?|its|their|new|fresh")) {
                q++;
            }
            while (q < s.size() && q <= i + 4 && !EVENT.contains(s.tok(q).lower())
                    && (s.tok(q).pos().startsWith("JJ") || s.tok(q).word().equals("-")
                    || s.tok(q).pos().equals("VBN"))) {
                q++;
            }
            if (q < s.size() && EVENT.contains(s.tok(q).lower())) {
                return subjectOf(s, ms, i); // "The Syrian army launched a major offensive"
            }
        }
        for (Mention m : ms) {
            int q = m.last() + 1;
            if (isActor(m) && q < s.size() && EVENT.contains(s.tok(q).word()) && s.tok(q).pos().startsWith("NN")) {
                return m; // "the government offensive", "an SDF advance"
            }
            if (!isActor(m) || q >= s.size() || !s.tok(q).lowerMatches("'s|\u2019s")) {
                continue;
            }
            for (q++; q < s.size() && q <= m.last() + 6; q++) {
                if (EVENT.contains(s.tok(q).word())) { // not a name: "Turkey's Operation Olive Branch"
                    return m; // "the government's Russian-backed offensive"
                }
                if (!(s.tok(q).pos().startsWith("JJ") || s.tok(q).word().equals("-") || s.tok(q).pos().equals("VBN")
                        || s.tok(q).pos().startsWith("NNP"))) {
                    break;
                }
            }
        }
        return null;
    }

    /** The actor heading the clause of the verb at {@code i}, past a dateline ("BEIRUT - X launched ..."); or null. */
    private static Mention subjectOf(Sentence s, List<Mention> ms, int i) {
        for (Mention m : ms) {
            if (m.last() < i && isActor(m) && clauseSubject(s, m, i) && !datelineBetween(s, m.last(), i)) {
                return m;
            }
        }
        return null;
    }

    /** A dash set apart by spaces ("BEIRUT/ANKARA, Aug 21 (Reuters) - Syrian forces ..."): the dateline ends there. */
    static boolean datelineBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (RuleMatcher.dashAfterSpace(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Russian warplanes flew sorties in support of the advance": the clause's actor before "in support of". */
    private static Mention supporterOf(Sentence s, List<Mention> ms) {
        for (int i = 1; i + 3 < s.size(); i++) {
            if (s.tok(i).lower().equals("support") && s.tok(i - 1).lower().equals("in")
                    && s.tok(i + 1).lower().equals("of") && s.tok(i + 2).lowerMatches("the|its|their|this|that")
                    && EVENT.contains(s.tok(i + 3).lower())) {
                Mention found = null;
                for (Mention m : ms) {
                    if (m.last() < i && isActor(m) && !clauseBetween(s, m.last(), i, true)) {
                        found = m; // the nearest: "a source said Russian jets had flown sorties in support of ..."
                    }
                }
                return found;
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "which", "who", "that", "said", "but",
            "\u2014", "--", "\u2013");

    /** Whether another clause opens between tokens {@code from} and {@code to} (with {@code commas}, at a comma). */
    private static boolean clauseBetween(Sentence s, int from, int to, boolean commas) {
        for (int k = from + 1; k < to; k++) {
            String w = s.tok(k).lower();
            if (CLAUSE_BREAKS.contains(w) || commas && w.equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static Candidate candidate(Sentence s, String method, Mention a, Relation rel, Entity object,
                                       SentenceTimes times) {
        Candidate c = Candidate.inSentence(s, method, PRECISION);
        c.subject = a.entity();
        c.subjectMention = a.text();
        c.relation = rel;
        c.object = object;
        c.objectMention = object.canonicalName();
        c.order = s.index() * 10000 + a.first();
        RelationRules.time(c, "auto", s, a.first(), a.last(), times);
        return c;
    }

    private static boolean isGroup(EntityKind k) {
        return k == EntityKind.ARMED_GROUP || k != null && k.isUmbrella();
    }

    private static boolean isActor(Mention m) {
        return m.entity() != null && m.kind() != null && m.kind() != EntityKind.PLACE && m.kind() != EntityKind.PERSON
                && m.kind() != EntityKind.IDEOLOGY;
    }

    /** The enemy of an operation this sentence tells of, or null. */
    private static Entity targetIn(Sentence s, List<Mention> ms, List<Candidate> out) {
        boolean event = false;
        for (Tok t : s.toks()) {
            event |= EVENT.contains(t.lower()) || PLACE_CUE.contains(t.lower()) || STRUCK.contains(t.lower());
        }
        if (!event) {
            return null;
        }
        for (Candidate c : out) {
            if (c.sentence == s.index() && c.relation == Relation.FOUGHT && !c.negated && c.object != null) {
                return c.object;
            }
        }
        for (Mention m : ms) {
            if (!isActor(m) || backerOf(s, m)) {
                continue;
            }
            int k = RuleMatcher.beforeArticle(s, m.first());
            if (k < 0) {
                continue;
            }
            String w = s.tok(k).lower();
            if (w.equals("against") || DROVE.contains(w)) {
                return m.entity();
            }
            // "captured Tabqa from the Islamic State", "seized the territory held by X"; "an attack on Kafr
            // Zubayda, the village held by the Islamic State": the holder was attacked
            boolean heldBy = w.equals("by") && k > 0 && s.tok(k - 1).lowerMatches("held|controlled");
            if ((w.equals("from") || heldBy) && captureBefore(s, k) || heldBy && attackBefore(s, k)) {
                return m.entity();
            }
            // "fighting for the Islamic State's stronghold", "a siege that IS had imposed"
            boolean poss = m.last() + 1 < s.size() && s.tok(m.last() + 1).lowerMatches("'s|\u2019s|'|\u2019");
            if (w.equals("for") && poss && k > 0 && PLACE_CUE.contains(s.tok(k - 1).lower())) {
                return m.entity();
            }
            if ((w.equals("that") || w.equals("which")) && k > 0 && s.tok(k - 1).lowerMatches("siege|blockade")) {
                return m.entity();
            }
        }
        return null;
    }

    /** "against the U.S.-backed SDF": the mention only qualifies the name that follows it. */
    private static boolean backerOf(Sentence s, Mention m) {
        int q = m.last() + 1;
        if (q < s.size() && s.tok(q).wordMatches("-|–")) {
            q++;
        }
        return q < s.size() && s.tok(q).lowerMatches("-?(backed|led|allied|supported|aligned)");
    }

    /** Whether a verb or noun of capture stands in the ten words before token k ("seized the territory held by"). */
    private static boolean captureBefore(Sentence s, int k) {
        return cueBefore(s, k, 10, j -> CAPTURE.contains(s.tok(j).lower()));
    }

    /** Whether an attack on a place is told in the twelve words before token k ("an attack on P, held by"). */
    private static boolean attackBefore(Sentence s, int k) {
        return cueBefore(s, k, 12, j -> EVENT.contains(s.tok(j).lower()) && !DEFENCE.contains(s.tok(j).lower())
                && s.tok(j).pos().startsWith("NN") && j + 1 < s.size() && s.tok(j + 1).lowerMatches("on|against"));
    }

    /** Whether a token that {@code cue} accepts stands within {@code reach} tokens before token k. */
    private static boolean cueBefore(Sentence s, int k, int reach, java.util.function.IntPredicate cue) {
        for (int j = k - 1; j >= 0 && j >= k - reach; j--) {
            if (cue.test(j)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CAPTURE = Set.of("captured", "seized", "took", "taken", "retook", "recaptured",
            "wrested", "control", "regained", "won");

    /** The place of an operation this sentence tells of: the first place after a word of fighting. */
    private static Mention placeIn(Sentence s, List<Mention> ms) {
        int cue = -1;
        for (int i = 0; i < s.size() && cue < 0; i++) {
            if (PLACE_CUE.contains(s.tok(i).lower())) {
                cue = i;
            }
        }
        if (cue < 0) {
            return null;
        }
        for (Mention m : ms) {
            if (m.first() > cue && m.first() <= cue + 12 && m.entity() != null && m.kind() == EntityKind.PLACE
                    && !partOfName(s, m)) {
                return m;
            }
        }
        return null;
    }

    /** "dubbed Jazira Storm", "Operation Euphrates Shield": a place word inside an operation's name. */
    private static boolean partOfName(Sentence s, Mention m) {
        if (m.first() > 0 && s.tok(m.first() - 1).lowerMatches("dubbed|named|called|codenamed|code-named")) {
            return true;
        }
        return m.last() + 1 < s.size() && s.tok(m.last() + 1).capitalized()
                && s.tok(m.last() + 1).pos().startsWith("NNP");
    }

    /**
     * Who carried out an operation: "the offensive ... was led by X (and Y)", "X (and Y) led the assault",
     * "X also took part" / "took part in the offensive".
     */
    private static List<Mention> agents(Sentence s, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        boolean eventBefore = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).lower();
            if ((EVENT.contains(w) || w.equals("attempt")) && !s.tok(i).pos().startsWith("VB")) {
                eventBefore = true;
                continue;
            }
            // "It was spearheaded by X": the operation the sentence before told of
            eventBefore |= i == 1 && Regexes.matches(w, "was|is") && s.tok(0).lower().equals("it");
            // passive: the operation ... was led by X; "a second attempt, this time led by X, was repelled";
            // "the offensive is being waged jointly by A and B"
            int by = i + 1 < s.size() && s.tok(i + 1).pos().startsWith("RB") ? i + 2 : i + 1;
            if (eventBefore && LED.contains(w) && i > 0 && by < s.size()
                    && (PASSIVE_AUX.contains(s.tok(i - 1).lower()) || s.tok(i - 1).word().equals(",")
                    || s.tok(i - 1).lower().equals("time")) && s.tok(by).lower().equals("by")) {
                return coordinated(s, ms, by + 1);
            }
            // "The rebel force that advanced on Dabiq included A, B and C"
            if (Regexes.matches(w, "included|comprised") && forceBefore(s, ms, i)) {
                return coordinated(s, ms, i + 1);
            }
            // inverted: "Leading the assault is the Deir Ezzor Military Council", "Spearheading it were A and B"
            if (i == 0 && LEADING.contains(w)) {
                int q = s.size() > 1 && s.tok(1).lower().equals("it") ? 2 : eventEnd(s, 1);
                if (q > 0 && q + 1 < s.size() && s.tok(q).lowerMatches("is|was|are|were")) {
                    return coordinated(s, ms, q + 1);
                }
            }
            // "The spearhead of the offensive has been X": the operation's agents stand after the verb
            if (w.equals("spearhead") && i + 1 < s.size() && s.tok(i + 1).lower().equals("of")) {
                int q = eventEnd(s, i + 2);
                if (q > 0 && q < s.size() && s.tok(q).lowerMatches("was|is|has|had|were|are")) {
                    q += q + 1 < s.size() && s.tok(q + 1).lower().equals("been") ? 2 : 1;
                    return coordinated(s, ms, q);
                }
            }
            // active: X led the assault, X is leading the main assault, X led Saturday's assault, X launched an
            // offensive (a launch with modifiers, "a surprise offensive", is more often a new operation); X also
            // took part (in the offensive)
            boolean active = (LED.contains(w) || LEADING.contains(w)) && s.tok(i).pos().startsWith("VB")
                    && eventEnd(s, i + 1) > 0
                    || LAUNCHED.contains(w) && i + 2 < s.size() && s.tok(i + 1).lowerMatches("the|an?|its|their")
                    && EVENT.contains(s.tok(i + 2).lower());
            boolean part = (tookPart(s, i) >= 0 || w.equals("participated") || joinedOperation(s, i)
                    || contributedMen(s, i)) && !partInDefence(s, i) && !partInOther(s, i);
            if (active || part) {
                for (Mention m : ms) {
                    if (m.last() < i && isActor(m) && (clauseSubject(s, m, i) || asideReaches(s, m, i))
                            && !ownerOfNext(s, ms, m)) {
                        return withJoined(s, ms, m, i);
                    }
                }
                if (active) {
                    // "Two rebel alliances are leading the assault: A and B": the list the colon opens
                    int q = eventEnd(s, i + 1);
                    return q + 1 < s.size() && s.tok(q).word().equals(":") ? coordinated(s, ms, q + 1) : out;
                }
                return part ? participantsIncluded(s, ms, i) : out;
            }
        }
        return out;
    }

    /**
     * Words that name a phase of the operation told ("the final assault", "the main ground offensive"); other
     * modifiers ("the rebel offensive in northern Hama") more often name a new operation, whose enemy is not
     * the one told before.
     */
    private static final Set<String> PHASE = Set.of("final", "main", "initial", "first", "second", "third",
            "latest", "renewed", "ground", "last", "decisive");

    /** Progressive forms of leading an operation: "X is leading the assault". */
    private static final Set<String> LEADING = Set.of("leading", "spearheading");

    /**
     * The token after an operation named from {@code q}: a determiner or a day's possessive ("the", "its",
     * "Saturday's", "last week's"), up to two words of its phase ("the main ground assault", "a renewed
     * offensive") and the operation's word ("assault", "offensive"); -1 when no operation is named there.
     */
    static int eventEnd(Sentence s, int q) {
        if (q < s.size() && s.tok(q).lowerMatches("the|an?|its|their|this|that")) {
            q++;
        } else if (q + 1 < s.size() && RuleMatcher.TIME_WORDS.matcher(s.tok(q).lower()).matches()
                && RuleMatcher.isPossessive(s.tok(q + 1))) {
            q += 2; // "Saturday's assault"
        } else if (q + 2 < s.size() && s.tok(q).lower().equals("last")
                && RuleMatcher.TIME_WORDS.matcher(s.tok(q + 1).lower()).matches()
                && RuleMatcher.isPossessive(s.tok(q + 2))) {
            q += 3; // "last week's assault"
        } else {
            return -1;
        }
        for (int k = q; k < s.size() && k <= q + 2; k++) {
            Tok t = s.tok(k);
            if (EVENT.contains(t.lower()) && !t.pos().startsWith("VB")) {
                return k + 1;
            }
            if (!PHASE.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The factions taking part in the assault include A and B": the list after "include" that follows the part
     * taken at token i (the participants themselves named by no actor); empty when there is none.
     */
    private static List<Mention> participantsIncluded(Sentence s, List<Mention> ms, int i) {
        for (int j = i + 1; j < s.size() && j <= i + 10; j++) {
            String w = s.tok(j).lower();
            if (Regexes.matches(w, "include|includes|included") && s.tok(j).pos().startsWith("VB")) {
                return coordinated(s, ms, j + 1);
            }
            if (w.equals(",") || CLAUSE_BREAKS.contains(w)) {
                break;
            }
            for (Mention m : ms) {
                if (m.first() == j && isActor(m)) {
                    return List.of(); // "taking part in the assault on the YPG include": an actor before the list
                }
            }
        }
        return List.of();
    }

    /** "Fighters from Lebanon's Hezbollah": a name whose possessive stands before another actor's name, its owner. */
    private static boolean ownerOfNext(Sentence s, List<Mention> ms, Mention m) {
        if (m.last() + 2 >= s.size() || !RuleMatcher.isPossessive(s.tok(m.last() + 1))) {
            return false;
        }
        for (Mention n : ms) {
            if (n.first() == m.last() + 2 && isActor(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ahrar did not take part in the Astana talks", "rebels willing to take part in negotiations": a part denied,
     * or taken in talks.
     */
    private static boolean partInOther(Sentence s, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (s.tok(k).lowerMatches("not|n't|never|to")) {
                return true;
            }
        }
        int q = tookPart(s, i);
        q = q >= 0 ? q : i + 1;
        if (q >= s.size() || !s.tok(q).lower().equals("in")) {
            return false;
        }
        for (q++; q < s.size() && q <= i + 8 && !s.tok(q).word().equals(","); q++) {
            if (PARLEY.contains(s.tok(q).lower())) {
                return true;
            }
        }
        return false;
    }

    /** What a part is taken in that is no fighting. */
    private static final Set<String> PARLEY = Set.of("talks", "negotiations", "meeting", "meetings", "conference",
            "elections", "election", "protests", "demonstrations", "dialogue", "process", "ceasefire", "truce");

    /** "X (also) joined the operation", "joined in the fighting": the token at i is the joining verb. */
    private static boolean joinedOperation(Sentence s, int i) {
        if (!s.tok(i).lower().equals("joined") || !s.tok(i).posMatches("VBD|VBN")) {
            return false;
        }
        int q = headAfterIn(s, i + 1);
        return q < s.size() && (EVENT.contains(s.tok(q).lower()) || s.tok(q).lower().equals("fighting"));
    }

    /** "X contributed several hundred men", "X provided the bulk of the assault force": the verb is at i. */
    private static boolean contributedMen(Sentence s, int i) {
        if (!s.tok(i).lowerMatches("contributed|provided|committed") || !s.tok(i).pos().startsWith("VB")) {
            return false;
        }
        for (int q = i + 1; q < s.size() && q <= i + 6; q++) {
            String w = s.tok(q).lower();
            if (Regexes.matches(w, "men|fighters|troops|force")) {
                return true;
            }
            if (w.equals(",") || w.equals("to") || w.equals("for")) {
                return false;
            }
        }
        return false;
    }

    /** A fighting force named in the words just before token i, with no actor between ("the rebel force that ..."). */
    private static boolean forceBefore(Sentence s, List<Mention> ms, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            for (Mention m : ms) {
                if (m.first() <= j && j <= m.last() && isActor(m) && !m.isReference()) {
                    return false;
                }
            }
            if (s.tok(j).lowerMatches("force|forces") && j > 0
                    && s.tok(j - 1).lowerMatches("rebel|attacking|assault|opposition|insurgent|strike")) {
                return true;
            }
        }
        return false;
    }

    /** The clause's subject {@code m} and the actors joined to it before the verb at i ("A and B took part"). */
    private static List<Mention> withJoined(Sentence s, List<Mention> ms, Mention m, int i) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        for (Mention n : ms) {
            if (n != m && n.first() > m.last() && n.last() < i && isActor(n) && joined(s, m.last(), n.first())) {
                out.add(n);
            }
        }
        return out;
    }

    private static final Set<String> SAID = Set.of("said", "says", "say", "reported", "claimed", "confirmed");

    /**
     * "The Army of Conquest, a coalition in which A and B are the main forces, launched its push": an aside after m
     * that ends right before the verb at i (or an adverb before it), so m is the verb's subject.
     */
    private static boolean asideReaches(Sentence s, Mention m, int i) {
        int past = RuleMatcher.skipInterjected(s, m.last() + 1);
        return past > m.last() + 1 && (past == i || past == i - 1 && s.tok(past).pos().startsWith("RB"));
    }

    /** True when no other clause opens between the subject mention and the verb at i. */
    private static boolean clauseSubject(Sentence s, Mention m, int i) {
        if (clauseBetween(s, m.last(), i, false)) {
            return false;
        }
        for (int k = 0; k < m.first(); k++) {
            if (s.tok(k).pos().startsWith("VB") && !s.tok(k).pos().equals("VBG") && !s.tok(k).pos().equals("VBN")
                    && !(SAID.contains(s.tok(k).lower()) && m.first() - k <= 4)) {
                return false; // "Rebel sources said fighters from X had also joined": the reported clause's subject
            }
        }
        return true;
    }

    /** "A and B", "A and its women's wing, B": only a conjunction, a possessive description or commas between. */
    private static boolean joined(Sentence s, int from, int to) {
        boolean and = false;
        for (int k = from + 1; k < to; k++) {
            String w = s.tok(k).lower();
            if (w.equals("and") || w.equals("as")) {
                and = true;
            } else if (!(w.equals(",") || w.equals("its") || w.equals("their") || w.equals("well") || w.equals("the")
                    || w.equals("(") || w.equals(")") || w.equals("-lrb-") || w.equals("-rrb-")
                    || s.tok(k).pos().startsWith("JJ") || s.tok(k).pos().startsWith("NN") || w.equals("'s"))) {
                return false;
            }
        }
        return and && to - from <= 12;
    }

    /** The actor list starting at token i: "X", "X and Y", "X, Y and Z". */
    private static List<Mention> coordinated(Sentence s, List<Mention> ms, int i) {
        List<Mention> out = new ArrayList<>();
        int at = i;
        while (at < s.size()) {
            if (s.tok(at).lower().equals("the")) {
                at++;
            }
            // "units of Ahrar al-Sham", "fighters from X": the group itself
            if (at + 1 < s.size() && s.tok(at).lowerMatches("units|fighters|elements|members|men")
                    && s.tok(at + 1).lowerMatches("of|from")) {
                at += 2;
            }
            Mention found = null;
            for (Mention m : ms) {
                if (m.first() == at && isActor(m)) {
                    found = m;
                }
            }
            if (found == null) {
                break;
            }
            if (ownerOfNext(s, ms, found)) {
                // "led by Lebanon's Hezbollah": the owner only says whose group it is
                for (Mention m : ms) {
                    if (m.first() == found.last() + 2 && isActor(m)) {
                        found = m;
                    }
                }
            }
            out.add(found);
            int k = found.last() + 1;
            if (k < s.size() && s.tok(k).word().equals("(")) {
                // "the People's Protection Units (YPG) and X": past the acronym
                for (int j = k + 1; j < s.size() && j <= k + 8; j++) {
                    if (s.tok(j).word().equals(")")) {
                        k = j + 1;
                        break;
                    }
                }
            }
            if (k < s.size() && (s.tok(k).lower().equals("and") || s.tok(k).word().equals(","))
                    && k + 1 < s.size()) {
                at = k + 1;
                if (s.tok(k).word().equals(",") && at < s.size() && s.tok(at).lower().equals("and")) {
                    at++;
                }
                if (at < s.size() && s.tok(at).lower().equals("by")) {
                    at++; // "joined by A and by B"
                }
            } else {
                break;
            }
        }
        return out;
    }
}
