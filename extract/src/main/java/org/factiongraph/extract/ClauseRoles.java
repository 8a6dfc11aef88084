package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims a clause implies by the roles of its actors, whatever construction states them — the general layer
 * under the sentence rules. Within one clause:
 * <ul>
 *   <li>actors on the two sides of a verb or noun of attack ("A and B stormed C", "C came under attack by A",
 *   "A's offensive against C") fought;</li>
 *   <li>an actor placed at a place — by a locative phrase ("A fighters in P", "A advanced near P") or as the agent of a
 *   verb of control or attack whose object is the place ("A seized P", "A shelled the town of P") — operates in it.</li>
 * </ul>
 * Roles come from token order and part of speech: the agent of a verb or noun is the last actor before it that no
 * preposition governs and that modifies no other noun ("an al-Qaeda affiliate"), with the actors coordinated with
 * it; a reporting verb ("A said") or a relative clause about something else in between leaves it without one;
 * actors after "backed by", "alongside" or "with the support of" are helpers that take no side. Claims carry
 * {@link #PLACE_PRECISION} or {@link #CONFLICT_PRECISION}; where a sentence rule states the same claim in the same
 * sentence, the rule's claim is kept. Stateless; thread-safe.
 */
final class ClauseRoles {
    static final String FOUGHT_METHOD = "clause-conflict";
    static final String PLACE_METHOD = "clause-place";
    /** Measured on dev2 and dev3 (the sets the layer was built on): 43 of 60 place claims and 9 of 15 fights true. */
    static final double PLACE_PRECISION = 0.7;
    static final double CONFLICT_PRECISION = 0.6;
    /** Tokens after an attack word within which the other side is looked for. */
    private static final int OBJECT_REACH = 12;

    private final Lexicon lex;
    /** Who holds a military base the text names without a holder: the state whose war the reports tell. */
    private final Entity garrison;
    /** The actor a compound's prefix names ("IS" of "IS-held"), or null. */
    private final java.util.function.Function<String, Entity> holderOf;

    ClauseRoles(Lexicon lex, Entity garrison, java.util.function.Function<String, Entity> holderOf) {
        this.lex = lex;
        this.garrison = garrison;
        this.holderOf = holderOf;
    }

    void apply(List<Sentence> sents, List<List<Mention>> mentions, DocEntities ents, SentenceTimes times,
               List<Candidate> out) {
        for (Sentence s : sents) {
            // "Both groups have fought on nearly every front": each of the pair the text is about
            List<Mention> ms = ents.withPartners(mentions.get(s.index()));
            if (ms.isEmpty() || ms.size() < 2 && !heldWord(s, 0, s.size() - 1)) {
                continue;
            }
            for (int[] clause : clauses(s)) {
                apply(s, ms, clause[0], clause[1], ents, times, out);
            }
        }
    }

    /** Token ranges [from, to] of the sentence's clauses: split at clause boundaries and dashes. */
    List<int[]> clauses(Sentence s) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < s.size(); k++) {
            String w = s.tok(k).lower();
            boolean dash = w.equals("-") && k > 0 && s.tok(k - 1).end() < s.tok(k).begin();
            // ", and its fighters took part in ...": a new clause with its own subject and verb
            boolean newClause = w.equals("and") && k > 0 && s.tok(k - 1).word().equals(",") && k + 1 < s.size()
                    && (s.tok(k + 1).lowerMatches("its|their") && RuleMatcher.newClauseAfter(s, k + 2)
                    // ", and we have fought X before": a pronoun subject and its verb
                    || s.tok(k + 1).lowerMatches("we|they|it|he|she") && k + 2 < s.size()
                    && s.tok(k + 2).posMatches("VB[DPZ]|MD"));
            if (lex.has("clause-boundary", w) || dash || newClause || w.equals("--") || w.equals("\u2014")
                    || w.equals("\u2013")
                    || w.equals("while") || w.equals("whereas") || lex.has("subordinator", w) && s.tok(k).pos().equals("IN")) {
                if (k > from) {
                    out.add(new int[] {from, k - 1});
                }
                from = k + 1;
            }
        }
        if (from < s.size()) {
            out.add(new int[] {from, s.size() - 1});
        }
        return out;
    }

    private void apply(Sentence s, List<Mention> all, int from, int to, DocEntities ents, SentenceTimes times,
                       List<Candidate> out) {
        List<Mention> actors = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        split(lex, all, from, to, actors, places);
        actors.removeIf(m -> affiliateOwner(lex, s, m, all));
        if (actors.isEmpty() || actors.size() + places.size() < 2 && !siteWord(s, from, to) && !heldWord(s, from, to)) {
            return;
        }
        if (negated(s, from, to)) {
            // "X, which maintains a presence in P, has not been seen since": the main clause's negation leaves
            // the place of a relative clause on an actor asserted (its fights are left to the rules: "IS, which has
            // killed members of minorities in Iraq and Syria, has not commented" fights no state)
            for (int[] rel : relativeSegments(s, all, from, to)) {
                if (!negated(s, rel[0], rel[1])) {
                    List<Candidate> inner = new ArrayList<>();
                    apply(s, all, rel[0], rel[1], ents, times, inner);
                    inner.removeIf(c -> c.relation != Relation.OPERATES_IN);
                    out.addAll(inner);
                }
            }
            return;
        }
        boolean hedged = cue(s, from, to, "hedge");
        // fought: the agent of each attack word against the first actor after it that takes the other side
        for (int k = from; k <= to; k++) {
            int at = attackAt(s, k, to);
            if (at < 0 || reactedTo(s, k, from)) {
                continue; // "The United States condemned the attack on Turkish troops": not its attack
            }
            List<Mention> agents = withCoAgents(s, actors, agent(s, actors, from, k), k);
            if (agents.size() >= 2 && reciprocal(s, k + 1)) {
                // "The two sides fought each other in Qamishli", "A and B clashed with one another"
                for (int x = 0; x < agents.size(); x++) {
                    for (int y = x + 1; y < agents.size(); y++) {
                        add(out, s, agents.get(x), Relation.FOUGHT, agents.get(y), FOUGHT_METHOD, hedged, ents, times);
                    }
                }
                continue;
            }
            List<Mention> enemies = agents.isEmpty() ? List.of()
                    : objectSide(s, actors, at, Math.min(to, at + OBJECT_REACH),
                    lex.has("capture-verb", s.tok(k).lemma()));
            if (enemies.isEmpty() && !agents.isEmpty() && at == k && s.tok(k).pos().startsWith("VB")
                    && agents.stream().noneMatch(a -> a.kind() == EntityKind.STATE_FORCE
                    || garrison != null && a.entity() != null && a.entity().id().equals(garrison.id()))) {
                Mention site = militarySite(s, all, k, to, ents);
                enemies = site == null ? enemies : List.of(site);
            }
            if (enemies.isEmpty() && !agents.isEmpty() && at == k && s.tok(k).pos().startsWith("VB")) {
                Mention holder = heldTarget(s, k, to, ents);
                // a state's own forces do not attack what the state holds ("the army shelled government-held ...")
                if (holder != null && agents.stream().noneMatch(a -> a.entity().id().equals(holder.entity().id())
                        || holder.kind() == EntityKind.STATE && a.kind() == EntityKind.STATE_FORCE)) {
                    enemies = List.of(holder);
                }
            }
            for (Mention a : agents) {
                for (Mention b : enemies) {
                    add(out, s, a, Relation.FOUGHT, b, FOUGHT_METHOD, hedged, ents, times);
                }
            }
        }
        // operates_in: each place in a locative phrase or as the object of a verb of control
        int listCue = -1;
        Mention prevPlace = null;
        for (Mention p : places) {
            int cue = placeCue(s, p, from);
            if (cue < 0 && prevPlace != null && listCue >= 0 && coordinatedPlace(s, prevPlace, p)) {
                cue = listCue; // "in Aleppo, Idlib and Hama": every place of the list
            }
            prevPlace = p;
            listCue = cue;
            if (p.source() == Mention.Source.PLACED && (cue < 0 || !s.tok(cue).pos().startsWith("VB"))) {
                continue; // a name only a preposition made a place: "signed in Sochi", "known in Syriac"
            }
            if (namesNoPlaceOfOperation(lex, s, p, places)) {
                continue;
            }
            List<Mention> agents = new ArrayList<>();
            int nextPlace = to + 1;
            for (Mention q : places) {
                if (q.first() > p.last() && q.first() < nextPlace && !coordinatedPlace(s, p, q)) {
                    nextPlace = q.first();
                }
            }
            Mention passiveAgent = passiveAgent(s, actors, p.last() + 1, Math.min(to, nextPlace - 1));
            if (passiveAgent != null) {
                agents.add(passiveAgent); // "two villages in Idlib besieged by Jaish al-Fatah"
            }
            if (cue >= 0) {
                agents.addAll(cueAgents(s, actors, p, cue, from, to));
            }
            for (Mention a : agents) {
                if (!a.entity().id().equals(p.entity().id()) && !airborne(a)) {
                    add(out, s, a, Relation.OPERATES_IN, p, PLACE_METHOD, hedged, ents, times);
                }
            }
        }
    }

    /** Who the place's cue word places there: the actor the phrase hangs on, or the clause's agent. */
    private List<Mention> cueAgents(Sentence s, List<Mention> actors, Mention p, int cue, int from, int to) {
        List<Mention> agents = new ArrayList<>();
        Mention attached = attached(s, actors, cue, from);
        boolean compass = lex.has("compass", s.tok(cue).lower());
        if (attached != null) {
            agents.add(attached);
            if (!compass) {
                agents.addAll(coordinatedBefore(s, actors, attached));
            }
        } else if (!compass && cue <= from + 1) {
            agents.addAll(frontedSubject(s, actors, p.last() + 1, to)); // "In P and Q, the NDF has ..."
        } else if (!compass) {
            List<Mention> subj = agent(s, actors, from, cue);
            if (!subj.isEmpty() && verbBetween(s, subj.get(0).last() + 1, cue)
                    && !formationBetween(s, subj.get(subj.size() - 1).last() + 1, cue)) {
                Mention last = subj.get(subj.size() - 1);
                // "A, B and C, an alliance formed in P": an apposition describes the nearest name only
                agents.addAll(RuleMatcher.commaBetween(s, last.last() + 1, cue) ? List.of(last) : subj);
            }
        }
        return agents;
    }

    /**
     * "the town", "the village": a description that names a settlement resolves to the one the text last named (the
     * wider "the city", "the area" or "the province" may stand for another place than the one last named).
     */
    static boolean townReference(Mention m) {
        if (m.source() != Mention.Source.DESCRIPTOR) {
            return false;
        }
        String t = m.text().toLowerCase(java.util.Locale.ROOT);
        return t.endsWith(" town") || t.endsWith(" village");
    }

    /**
     * An actor named only as the owner of an affiliate ("al Qaeda's Syrian branch the Nusra Front", "attacked al
     * Qaeda's Syrian affiliate", "al-Qaeda's former Syria affiliate"): the affiliate is the party to the clause, not
     * its owner. A branch named by a place inside the war's ground ("Ahrar al-Sham's Ghouta branch", "the Islamic
     * State's small Ghouta branch") is the owner acting there. {@code all} holds the sentence's mentions.
     */
    static boolean affiliateOwner(Lexicon lex, Sentence s, Mention m, List<Mention> all) {
        int k = m.kind() == EntityKind.PLACE ? -1 : RuleMatcher.affiliateWord(lex, s, m);
        for (Mention p : all) {
            if (p.first() > m.last() && p.last() < k && p.kind() == EntityKind.PLACE) {
                return false;
            }
        }
        return k >= 0;
    }

    /**
     * Sorts the resolved mentions within tokens [from, to] into the actors and the places a role layer reads:
     * a description other than "the town" or "the village" ("the city", "the area") may stand for the wrong place,
     * a river is no place one holds, and a capital ("a Damascus church", "talks in Ankara", "left Damascus to defend
     * Baghdad") is where reports put diplomacy and government far more
     * often than an actor's presence (measured over samples and dev-dev13: 7 of 63 such role-layer claims true);
     * a rule that reads the place ("seized Damascus") still places an actor there.
     */
    static void split(Lexicon lex, List<Mention> all, int from, int to, List<Mention> actors, List<Mention> places) {
        for (Mention m : all) {
            if (m.first() < from || m.last() > to || m.entity() == null || m.kind() == null) {
                continue;
            }
            if (m.kind() == EntityKind.PLACE) {
                if ((!m.isReference() || townReference(m)) && !river(m.entity())
                        && !lex.has("capital-city", m.entity().canonicalName().toLowerCase(java.util.Locale.ROOT))) {
                    places.add(m);
                }
            } else if (isActor(m.kind())) {
                actors.add(m);
            }
        }
    }

    /**
     * An actor in a helper's phrase: a word of backing or help ("backed", "supported", "help") within the five
     * tokens before it, in its own comma-delimited stretch ("Backed by air strikes from the US-led coalition"), or
     * the name a group fights under ("under the banner of the Free Syrian Army").
     */
    static boolean helper(Lexicon lex, Sentence s, Mention m) {
        for (int j = m.first() - 1; j >= 0 && j >= m.first() - 5; j--) {
            Tok t = s.tok(j);
            if (t.word().equals(",")) {
                return false;
            }
            if (lex.has("helper-cue", t.lower()) && t.posMatches("VBN|VBD|NN.*")) {
                return true;
            }
            if (t.lowerMatches("banner|flag|umbrella|auspices") && j > 0
                    && s.tok(j - 1).lowerMatches("the|under")) {
                return true; // "under the banner of the Free Syrian Army": whose name, not who acts
            }
        }
        return false;
    }

    /**
     * "Russian jets struck the area", "US air strikes on P": a state's air power named by its weapon hits a place
     * without the state operating there (it still fights whoever it strikes).
     */
    static boolean airborne(Mention m) {
        return m.source() == Mention.Source.FORCE && AIRBORNE.matcher(m.text()).find();
    }

    /** The craft that carry a state's air power, in the plural ("warplanes", "drones"). */
    static final String AIRCRAFT = "jets|warplanes|aircraft|planes|bombers|helicopters|drones";
    /** A state's air arm named by what it does or is: "air strikes", "airpower", "the air force". */
    static final String AIR_ARMS = "air ?strikes?|air ?power|air force";

    private static final java.util.regex.Pattern AIRBORNE = java.util.regex.Pattern.compile(
            "(?i)\\b(" + AIRCRAFT + "|" + AIR_ARMS + ")$");

    /** "Operating under the banner of the Free Syrian Army, the group held P": a name in a fronted participle. */
    private static boolean inFrontedParticiple(Sentence s, Mention m) {
        if (!s.tok(0).pos().equals("VBG") && !s.tok(0).pos().equals("VBN")) {
            return false;
        }
        for (int k = 1; k < m.first(); k++) {
            if (s.tok(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    static boolean isActor(EntityKind k) {
        return k == EntityKind.ARMED_GROUP || k == EntityKind.COALITION || k == EntityKind.OPERATIONS_ROOM
                || k == EntityKind.STATE || k == EntityKind.STATE_FORCE;
    }

    /**
     * Who acts at token {@code k}: the last free actor before it (no preposition governs it, it is no modifier as
     * in "an al-Qaeda affiliate"), with the actors coordinated with it; nobody when a reporting verb or a relative
     * clause about something else stands between them. Sorted by position.
     */
    private List<Mention> agent(Sentence s, List<Mention> actors, int from, int k) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Mention m = actors.get(i);
            if (m.last() >= k) {
                continue;
            }
            if (m.first() > 0 && s.tok(m.first() - 1).word().equals("(")) {
                continue; // "merged into Hayat Tahrir al-Sham (HTS)": a restatement, governed as its name is
            }
            boolean relative = relativeAfter(s, m.last() + 1) || m.last() + 1 < k && isRelative(s.tok(m.last() + 1))
                    || peopleFrom(s, m, from); // "Rebel fighters, many of them from X, retreated": X's people
            // "in the SDF's offensives against IS": the possessor of the attack noun is its agent
            boolean possessor = m.last() + 1 < k && isPossessive(s.tok(m.last() + 1)) && k - m.last() <= 4;
            if (!relative && !possessor && (governor(s, m.first(), from) != null || modifier(s, m, actors, k))) {
                continue;
            }
            for (int j = m.last() + 1; j < k; j++) {
                Tok t = s.tok(j);
                if (lex.has("reporting-verb", t.lower()) && (t.pos().startsWith("VB") || t.lower().equals("according"))) {
                    return List.of(); // "A said B seized P": B, or nobody
                }
                if (j > m.last() + 1 && isRelative(t) && !(j == m.last() + 2 && s.tok(j - 1).word().equals(","))) {
                    return List.of(); // "A took P, which lies in Q", "a member of B, the alliance that holds Q"
                }
            }
            Mention head = RelationRules.appositionHead(s, m, actors);
            if (head != null) {
                return List.of(head); // "X, the former Y, attacked Z": X
            }
            Mention owner = relativeOwner(s, actors, m, from, k);
            if (owner != null) {
                return List.of(owner); // "X, whose backbone is the YPG, has been fighting Z": X
            }
            List<Mention> out = new ArrayList<>(coordinatedBefore(s, actors, m));
            java.util.Collections.reverse(out);
            for (Mention same : actors) {
                if (same != m && same.first() == m.first() && same.last() == m.last()) {
                    out.add(same); // "Both groups": each of the pair
                }
            }
            out.add(m);
            return out;
        }
        return List.of();
    }

    /** The attack's agents with those named "together with" or "alongside" them before its verb at {@code k}. */
    private static List<Mention> withCoAgents(Sentence s, List<Mention> actors, List<Mention> agents, int k) {
        if (agents.isEmpty()) {
            return agents;
        }
        List<Mention> out = new ArrayList<>(agents);
        Mention last = agents.get(agents.size() - 1);
        int verb = last.last() + 1; // "it fought alongside B in an offensive against X": B is the verb's ally only
        while (verb < k && !s.tok(verb).pos().startsWith("VB")) {
            verb++;
        }
        Mention prev = null;
        for (Mention c : actors) {
            if (c.first() > last.last() && c.first() <= verb && c.last() < k
                    && (coAgent(s, c) || prev != null && coordinated(s, prev, c))) {
                out.add(c); // "A, together with B, stormed X": B attacks X as well
                prev = c;
            }
        }
        return out;
    }

    /**
     * The token before a mention at {@code first} once its article and adjectives are passed ("with the mighty X":
     * "with"), never below {@code floor}.
     */
    private static int pastDescription(Sentence s, int first, int floor) {
        int k = first - 1;
        while (k > floor && (s.tok(k).pos().startsWith("JJ") || s.tok(k).lowerMatches("the|a|an"))) {
            k--;
        }
        return k;
    }

    /** "together with B", "along with B", "alongside B" between an agent and its verb: B acts with it. */
    private static boolean coAgent(Sentence s, Mention c) {
        int j = pastDescription(s, c.first(), 0);
        if (j < 1) {
            return false;
        }
        String w = s.tok(j).lower();
        return w.equals("alongside") || w.equals("with") && s.tok(j - 1).lowerMatches("together|along");
    }

    /**
     * The actor a closed relative clause holding {@code m} hangs on: "X, whose backbone is m, has been fighting",
     * "X, which includes m, took": X, when the clause closes with a comma before token {@code k}.
     */
    private static Mention relativeOwner(Sentence s, List<Mention> actors, Mention m, int from, int k) {
        int open = -1;
        for (int j = m.first() - 1; j > from; j--) {
            if (s.tok(j).word().equals(",")) {
                if (j + 1 < s.size() && s.tok(j + 1).lowerMatches("whose|which|who")
                        || RuleMatcher.prepositionalRelative(s, j + 1) // ", in which m is the dominant component,"
                        || j + 3 < s.size() && s.tok(j + 1).lowerMatches("many|some|most|several")
                        && s.tok(j + 2).lower().equals("of") && s.tok(j + 3).lowerMatches("whom|whose|which")) {
                    open = j; // ", whose backbone is m,", ", many of whose fighters had fought m,"
                }
                break;
            }
        }
        if (open < 0 || !RuleMatcher.commaBetween(s, m.last() + 1, k)) {
            return null;
        }
        for (Mention a : actors) {
            if (a.last() == open - 1 || a.last() + 1 < open && s.tok(a.last() + 1).word().equals("(")
                    && s.tok(open - 1).word().equals(")")) {
                return a;
            }
        }
        return null;
    }

    /**
     * The subject after a fronted locative phrase: the first free actor after the comma that closes the phrase
     * (within a few tokens), with the actors coordinated with it.
     */
    private List<Mention> frontedSubject(Sentence s, List<Mention> actors, int from, int to) {
        int comma = -1;
        for (int k = from; k <= to && k <= from + 8; k++) {
            if (s.tok(k).word().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return List.of();
        }
        for (int i = 0; i < actors.size(); i++) {
            Mention m = actors.get(i);
            if (m.first() <= comma) {
                continue;
            }
            if (m.first() > comma + 3 || governor(s, m.first(), comma + 1) != null || modifier(s, m, actors, -1)) {
                return List.of();
            }
            List<Mention> out = new ArrayList<>();
            out.add(m);
            for (int j = i + 1; j < actors.size() && coordinated(s, out.get(out.size() - 1), actors.get(j)); j++) {
                out.add(actors.get(j));
            }
            return out;
        }
        return List.of();
    }

    /**
     * The agent of a passive verb of control or attack a few tokens after a place: "P, ..., besieged by X",
     * "P, which was captured by X": X; not a helper ("backed by X").
     */
    private Mention passiveAgent(Sentence s, List<Mention> actors, int from, int to) {
        for (int k = from; k < to && k <= from + 8; k++) {
            Tok t = s.tok(k);
            if (t.word().equals(";") || lex.has("clause-boundary", t.lower())) {
                return null;
            }
            boolean participle = t.pos().equals("VBN") || t.pos().equals("VBD") || t.pos().equals("JJ");
            if (participle && lex.has("control-verb", t) && k + 1 <= to
                    && s.tok(k + 1).lower().equals("by")) {
                for (Mention m : actors) {
                    if (m.first() >= k + 2 && m.first() <= k + 4 && !m.isReference() && !modifierWord(s, m)) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The non-restrictive relative clauses on an actor within [from, to], each as the range from the actor's first
     * token to the token before the comma that closes the clause (or to {@code to}): "X, which holds P, ...".
     */
    private List<int[]> relativeSegments(Sentence s, List<Mention> all, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : all) {
            int k = m.last() + 1;
            if (k < to && lex.has("force-noun", s.tok(k).lower())) {
                k++; // "X fighters, who ...": the actor's people
            }
            if (m.first() < from || k + 1 > to || m.kind() == null || !m.kind().isActor()
                    || !s.tok(k).word().equals(",") || !s.tok(k + 1).lowerMatches("which|who|whose")) {
                continue;
            }
            int end = to;
            for (int j = k + 2; j <= to; j++) {
                if (s.tok(j).word().equals(",")) {
                    end = j - 1;
                    break;
                }
            }
            out.add(new int[] {m.first(), end});
        }
        return out;
    }

    /** A comma and a relative pronoun start at token {@code k}: ", which", ", who", ", where", ", that". */
    private static boolean relativeAfter(Sentence s, int k) {
        return k + 1 < s.size() && s.tok(k).word().equals(",")
                && s.tok(k + 1).lowerMatches("which|who|where|that|whose");
    }

    /**
     * An actor that only modifies a noun after it: "an al-Qaeda affiliate", "a US official", "FSA-affiliated",
     * "Iran's Quds Force", "Washington's partner in the war" — but not "IS fighters" or "the group's offensive",
     * whose head acts for the actor.
     */
    private boolean modifier(Sentence s, Mention m, List<Mention> actors, int k) {
        if (modifierWord(s, m)) {
            return true;
        }
        int e = m.last() + 1;
        if (e >= s.size()) {
            return false;
        }
        if (isPossessive(s.tok(e))) {
            Mention n = nextActor(actors, m);
            if (n != null && n.first() == e + 1) {
                return true;
            }
            return e + 1 < s.size() && e + 1 != k && !lex.has("force-noun", s.tok(e + 1).lower())
                    && !(e + 2 < s.size() && e + 2 == k);
        }
        String next = s.tok(e).lower();
        if (lex.has("group-noun", next)) {
            // "a Free Syrian Army faction" is another group; "Zainabiyoun units" are the group's own, and so is "a
            // Jaish al-Izza fighter", one of its people, unless the words describe a name before them ("Ahrar
            // al-Sham, another NFL member,")
            int d = m.first() - 1;
            return d >= 0 && s.tok(d).lowerMatches("a|an|one|another|each|every")
                    && !(Regexes.matches(next, "fighter|member") && (d == 0 || !s.tok(d - 1).word().equals(",")));
        }
        return lex.has("role-noun", next);
    }

    private static boolean isRelative(Tok t) {
        return t.lowerMatches("which|who|whom|whose|where") || t.lower().equals("that") && t.pos().equals("WDT");
    }

    /** Two places joined only by commas, "and", "or" and the words of place names ("the town of"). */
    private boolean coordinatedPlace(Sentence s, Mention a, Mention b) {
        if (b.first() - a.last() - 1 > 6) {
            return false;
        }
        boolean joined = false;
        for (int k = a.last() + 1; k < b.first(); k++) {
            String w = s.tok(k).lower();
            if (w.equals(",") || w.equals("and") || w.equals("or") || w.equals("as") || w.equals("well")) {
                joined = true;
            } else if (!lex.has("place-filler", w) && !s.tok(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return joined || b.first() == a.last() + 1;
    }

    private static final java.util.Set<String> ROUTE = java.util.Set.of("road", "roads", "highway", "highways",
            "motorway", "route", "routes");
    private static final java.util.Set<String> ROUTE_LINK = java.util.Set.of("from", "between", "to", "towards",
            "toward", "linking", "connecting", "links", "connects", "link", "connect", "joining", "joins");
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "\u2014");
    private static final java.util.Set<String> ROUTE_GAP = java.util.Set.of("the", "and", ",", "of", "city", "town",
            "that", "which", "-", "\u2013", "\u2014");
    private static final java.util.regex.Pattern SIDE = java.util.regex.Pattern.compile(
            "(north|south|east|west|central|rural|north-?west|north-?east|south-?west|south-?east)(ern)?");

    /**
     * A place the general place layers (clause roles, the dependency parse, the nearest actor, the page's topic) do
     * not claim as anyone's place of operation: a road's end, a region that only locates another place by its side,
     * a place's name inside a longer name.
     */
    static boolean namesNoPlaceOfOperation(Lexicon lex, Sentence s, Mention p, List<Mention> places) {
        return routeEnd(lex, s, p) || locatesPlace(s, p, places) || insideLongerName(s, p);
    }

    /**
     * A place named only as an end of a road: "the Halfaya road", "the Damascus-Aleppo highway", "the road to
     * Salqin", "the road between Hama and Latakia", "the roads linking Manbij to Raqqa". It says where the road
     * runs, not where anyone is.
     */
    private static boolean routeEnd(Lexicon lex, Sentence s, Mention p) {
        int k = p.last() + 1;
        for (int n = 0; k < s.size() && n < 4; n++, k++) {
            Tok t = s.tok(k);
            if (!(DASHES.contains(t.word()) || t.capitalized())) { // a name, whatever its tag ("Hama/NN")
                break;
            }
        }
        if (k < s.size() && ROUTE.contains(s.tok(k).lower())) {
            return true; // "the Homs highway", "the Izraa-Sheikh Miskin road"
        }
        boolean linked = false;
        for (k = p.first() - 1; k >= 0 && k >= p.first() - 12; k--) {
            Tok t = s.tok(k);
            String w = t.lower();
            if (ROUTE.contains(w)) {
                return linked;
            }
            if (ROUTE_LINK.contains(w)) {
                linked = true;
            } else if (!(ROUTE_GAP.contains(w) || t.capitalized() || t.pos().startsWith("JJ")
                    || lex.has("place-filler", w))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A place that only says where another place lies, by its side: "the town of Suluk in northern Raqqa province",
     * "Morek, in northern Hama", "Khan Sheikhoun in southern Idlib". What happened, happened at the first place.
     */
    private static boolean locatesPlace(Sentence s, Mention p, List<Mention> places) {
        int k = p.first() - 1;
        if (k >= 0 && s.tok(k).lower().equals("the")) {
            k--;
        }
        int side = k;
        while (k >= 0 && SIDE.matcher(s.tok(k).lower()).matches()) {
            k--;
        }
        // without a side ("Kessab in Latakia") the larger place is as often where the group is (12 of 31 true)
        if (k == side || k < 1 || !s.tok(k).lower().equals("in")) {
            return false;
        }
        k--;
        if (k >= 0 && s.tok(k).word().equals(",")) {
            k--;
        }
        for (Mention q : places) {
            if (q != p && q.last() == k && !q.entity().id().equals(p.entity().id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place's name inside a longer name the dictionary does not know: "spokesman Ahmad Qara Ali", "Operation
     * Jazira Storm", "the Free Anadan Brigade" (capitalised words on both sides, the one before not opening the
     * sentence).
     */
    private static boolean insideLongerName(Sentence s, Mention p) {
        int before = p.first() - 1;
        int after = p.last() + 1;
        return before >= 1 && after < s.size() && capitalisedWord(s.tok(before)) && capitalisedWord(s.tok(after));
    }

    private static boolean capitalisedWord(Tok t) {
        return t.capitalized() && t.word().length() > 1 && Character.isLetter(t.word().charAt(1));
    }

    private static boolean river(Entity e) {
        for (var n : e.names()) {
            if (Regexes.matches(n.text(), "(?i).*\\briver\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static Mention nextActor(List<Mention> actors, Mention m) {
        for (Mention n : actors) {
            if (n.first() > m.last()) {
                return n;
            }
        }
        return null;
    }

    /**
     * The token before a mention starting at {@code first}, past up to three words matching {@code skip} or adjectives
     * ("fought the regime's", "against the advancing"); below {@code from} when none is left.
     */
    private static int beforeModifiers(Sentence s, int first, int from, String skip) {
        int k = first - 1;
        int skipped = 0;
        while (k >= from && skipped < 3 && (s.tok(k).lowerMatches(skip) || s.tok(k).pos().startsWith("JJ"))) {
            k--;
            skipped++;
        }
        return k;
    }

    /** The preposition governing a mention starting at {@code first} (past determiners and adjectives), or null. */
    private static String governor(Sentence s, int first, int from) {
        int k = beforeModifiers(s, first, from, "the|a|an");
        if (k < from) {
            return null;
        }
        Tok t = s.tok(k);
        if (t.lower().equals("that") && k > from && s.tok(k - 1).pos().startsWith("VB")) {
            return null; // "monitors reported that Russian aircraft had joined the strikes": a subject, not an object
        }
        return t.pos().equals("IN") || t.pos().equals("TO") ? t.lower() : null;
    }

    /** "Like Hurras al-Din, it attacked ...": a subject pronoun opens a clause of its own and is no list item. */
    static boolean subjectPronoun(Sentence s, Mention m) {
        return m.source() == Mention.Source.PRONOUN && s.tok(m.first()).lowerMatches("it|they");
    }

    /** True when two mentions are joined only by a comma, "and", "or" or "as well as". */
    private static boolean coordinated(Sentence s, Mention a, Mention b) {
        int gap = b.first() - a.last() - 1;
        if (gap < 1 || gap > 5) {
            return false;
        }
        if (subjectPronoun(s, b)) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = a.last() + 1; k < b.first(); k++) {
            sb.append(s.tok(k).lower()).append(' ');
        }
        String g = sb.toString().trim();
        return Regexes.matches(g, "(,|and|or|, and|, or|as well as|and the|, the|, and the|or the|as well as the"
                + "|and those of|and those of the)"); // "its fighters and those of the Euphrates Volcano"
    }

    private List<Mention> coordinatedBefore(Sentence s, List<Mention> actors, Mention last) {
        List<Mention> out = new ArrayList<>();
        Mention cur = last;
        int i = actors.indexOf(last) - 1;
        if (i >= 0 && stateOwnerOf(s, actors.get(i), last)) {
            cur = actors.get(i--); // "Hezbollah and Iran's Revolutionary Guards": the list goes on before the owner
        }
        for (; i >= 0; i--) {
            Mention p = actors.get(i);
            if (!coordinated(s, p, cur) || helper(lex, s, p) || inFrontedParticiple(s, p) || stateAsPlace(s, p)) {
                break; // "Backed by strikes from the US-led coalition, the SDF took P": no list; "Elsewhere in
                // Syria, Turkish troops ...": the state is where, not who
            }
            out.add(p);
            cur = p;
        }
        return out;
    }

    /**
     * A noun of attack at k that is the object of a verb of reaction ("condemned the attack", "denounced the deadly
     * shelling"), past its determiner and modifiers.
     */
    private boolean reactedTo(Sentence s, int k, int from) {
        if (!s.tok(k).pos().startsWith("NN")) {
            return false;
        }
        for (int j = k - 1; j >= from && j >= k - 5; j--) {
            Tok t = s.tok(j);
            if (t.pos().startsWith("VB")) {
                return lex.has("reaction-verb", t.lemma());
            }
            if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("PRP$") || t.pos().equals("CD")
                    || t.pos().startsWith("NN") && !t.pos().startsWith("NNP") || t.pos().equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    /** A state named after a preposition of place: "in Syria", "across Iraq", "inside Turkey". */
    private static boolean stateAsPlace(Sentence s, Mention p) {
        int k = p.first() - 1;
        return p.kind() == EntityKind.STATE && k >= 0 && s.tok(k).lowerMatches("in|across|throughout|inside|within");
    }

    /** A state that only says whose force m is: "Iran's Revolutionary Guards", "Russia's private contractors". */
    private static boolean stateOwnerOf(Sentence s, Mention owner, Mention m) {
        int k = owner.last() + 1;
        return owner.kind() == EntityKind.STATE && k + 1 < s.size() && isPossessive(s.tok(k))
                && (m.first() == k + 1 || m.first() == k + 2 && s.tok(k + 1).pos().startsWith("JJ"));
    }

    /** Nouns of a unit that a participle can describe: "a Libyan unit fighting with ISIS". */
    private static final java.util.Set<String> UNIT_NOUNS = java.util.Set.of("unit", "units", "group", "groups",
            "faction", "factions", "brigade", "brigades", "battalion", "militia", "militias", "contingent", "outfit");

    /**
     * Whether token {@code k} is an attack word: the position after which its enemy is looked for (the word itself,
     * the "against" after "fought alongside X", the preposition after a noun of attack), or -1.
     */
    private int attackAt(Sentence s, int k, int to) {
        Tok t = s.tok(k);
        if (t.lower().equals("driving") && k + 1 < s.size() && s.tok(k + 1).lowerMatches("force|forces|seat")) {
            return -1; // "the driving force behind", "in the driving seat": no attack
        }
        if (t.pos().startsWith("VB") && lex.has("attack-verb", t)) {
            int n = k + 1;
            while (n <= to && n <= k + 2 && s.tok(n).wordMatches("``|''|\"|'|‘|’|“|”")) {
                n++; // "said his men had fought \"side by side with ...\"": a quotation's opening mark
            }
            if (n <= to && s.tok(n).lowerMatches("alongside|beside|together|with|side|shoulder")) {
                // "fought alongside X", "fought side by side with X": X is an ally
                for (int j = n + 1; j <= to && j <= k + OBJECT_REACH; j++) {
                    if (s.tok(j).lower().equals("against")) {
                        return j; // "fought alongside X against Y"
                    }
                }
                // "clashed with X" is a fight; "a Libyan unit fighting with ISIS", a unit described by its
                // participle, fights on X's side
                boolean unitWith = t.pos().equals("VBG") && k > 0 && UNIT_NOUNS.contains(s.tok(k - 1).lower());
                return s.tok(n).lower().equals("with") && lex.has("clash-verb", t.lemma()) && !unitWith ? n : -1;
            }
            return k;
        }
        if (t.lower().equals("against")) {
            for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
                Tok v = s.tok(j);
                if (v.pos().startsWith("VB")) {
                    return lex.has("against-verb", v.lemma()) ? k : -1; // "defending Qusayr against X"
                }
            }
            return -1;
        }
        if (lex.has("attack-noun", t.lower()) && k + 1 <= to && s.tok(k + 1).lowerMatches("against|on")) {
            return k + 1;
        }
        return -1;
    }

    /**
     * "overran the Brigade 82 air-defence base", "stormed the Sheikh Suleiman military base", "captured Base 46": a
     * military base, airport or barracks right after the verb, named with no holder of its own (no actor, no "rebel",
     * no "IS-held"), is the army's; the mention stands for the state that holds it. Null when there is none.
     */
    private Mention militarySite(Sentence s, List<Mention> all, int k, int to, DocEntities ents) {
        if (garrison == null) {
            return null;
        }
        for (int j = k + 1; j <= to && j <= k + 9; j++) {
            String w = s.tok(j).lower();
            if (w.equals(",") || lex.has("clause-boundary", w) || w.matches(LOCATIVE)) {
                return null;
            }
            if (w.contains("-held") || w.contains("-controlled") || lex.has("site-holder-word", w)) {
                return null; // "the IS-held T4 base", "a rebel base"
            }
            for (Mention m : all) {
                if (m.first() == j && m.kind() != null && m.kind() != EntityKind.PLACE
                        && m.kind() != EntityKind.STATE_FORCE && m.source() != Mention.Source.NAME
                        && !NUMBERED_UNIT.matcher(m.text()).matches()) {
                    return null; // "Ahrar al-Sham's base", "the Russian base": the holder is named (not "the
                    // Brigade 82 base": a unit known by its number is the army's)
                }
            }
            boolean base = w.matches(BASE_WORDS);
            boolean airport = w.matches(AIRPORT_WORDS) && j > 0 && s.tok(j - 1).lowerMatches("military|air");
            boolean military = j > k + 1 && s.tok(j - 1).lowerMatches("military|army|air|air-defence|air-defense|"
                    + "defence|defense|airforce|naval|missile|artillery");
            boolean named = j > k + 1 && s.tok(j - 1).capitalized()
                    || j + 1 <= to && s.tok(j + 1).wordMatches("\\d+");
            if ((base && (military || named) || airport) && !takenFrom(s, j + 1, to)) {
                Entity e = ents.register(garrison);
                return new Mention(s.index(), k + 1, j, e, e.kind(), s.words(k + 1, j), Mention.Source.DESCRIBED);
            }
        }
        return null;
    }

    /**
     * "attacked government-held Harasta", "advanced on IS-held villages": a place the verb's object names as held by
     * an actor stands for that actor. Null when the object names no holder.
     */
    private Mention heldTarget(Sentence s, int k, int to, DocEntities ents) {
        for (int j = k + 1; j <= to && j <= k + 6; j++) {
            String w = s.tok(j).lower();
            if (w.equals(",") || lex.has("clause-boundary", w)) {
                return null;
            }
            RelationRules.Compound c = RelationRules.compoundAt(s, j, RelationRules.HELD, RelationRules.HELD_WORDS);
            if (c == null) {
                continue;
            }
            Entity e = holderOf.apply(c.prefix());
            if (e == null || e.kind() == EntityKind.PLACE) {
                return null;
            }
            e = ents.register(e);
            return new Mention(s.index(), j, c.after() - 1, e, e.kind(), s.words(j, c.after() - 1),
                    Mention.Source.DESCRIBED);
        }
        return null;
    }

    private static final String BASE_WORDS = "base|airbase|barracks|garrison";
    private static final String AIRPORT_WORDS = "airport|airfield";

    /** Prepositions that put the base in the clause's setting, not its object: "fought at Menagh airbase". */
    private static final String LOCATIVE = "from|near|outside|in|at|on|around|inside|over|across|through|to|towards|"
            + "toward|for|by|with";

    private static final java.util.regex.Pattern NUMBERED_UNIT = java.util.regex.Pattern.compile(
            "(?i)(brigade|division|regiment|battalion)\\s+\\d+|\\d+(st|nd|rd|th)?\\s+(brigade|division|regiment)");

    private static boolean siteWord(Sentence s, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (s.tok(j).lower().matches(BASE_WORDS + "|" + AIRPORT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a compound such as "IS-held" or "government-controlled" stands within tokens [from, to]. */
    private static boolean heldWord(Sentence s, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (RelationRules.compoundAt(s, j, RelationRules.HELD, RelationRules.HELD_WORDS) != null) {
                return true;
            }
        }
        return false;
    }

    /** "captured the Menagh air base from the rebels": the holder is whoever "from" names, not the army. */
    private static boolean takenFrom(Sentence s, int from, int to) {
        for (int j = from; j <= to && j <= from + 6; j++) {
            if (s.tok(j).lower().equals("from")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens [from, to) name wages or orders ([given-goods]): what a group takes from a backer. */
    private boolean givenGoods(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.has("given-goods", s.tok(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The first actor after an attack word that is no helper, with those coordinated with it. */
    private List<Mention> objectSide(Sentence s, List<Mention> actors, int k, int to, boolean capture) {
        Mention helped = null;
        for (int i = 0; i < actors.size(); i++) {
            Mention m = actors.get(i);
            if (m.first() <= k || m.first() > to) {
                continue;
            }
            if (helper(s, m, k) || helped != null && coordinated(s, helped, m)) {
                helped = m; // "together with A, B and C": the whole list helps
                continue;
            }
            String gov = governor(s, m.first(), k + 1);
            if (m.isReference() && !capture && gov == null && m.first() <= k + 2 && s.tok(k).pos().startsWith("VB")) {
                break; // "We fought them, and Nusra fought them too", "we fight them with X": the pronoun is the foe
            }
            if (m.isReference() || modifierWord(s, m)) {
                continue; // a pronoun, or "US" of "the US-backed SDF"
            }
            boolean partOf = "of".equals(gov) && partitiveBefore(s, m.first());
            boolean verb = s.tok(k).pos().startsWith("VB");
            boolean withFoe = "with".equals(gov) && (!verb || lex.has("clash-verb", s.tok(k).lemma()));
            if (capture && "from".equals(gov) && givenGoods(s, k + 1, m.first())) {
                continue; // "they take their orders and their money from Iran": support, no capture
            }
            if (capture ? !"from".equals(gov)
                    : gov != null && !Regexes.matches(gov, "by|against|on") && !withFoe && !partOf) {
                // "seized P from X"; "attacked X", "attacked by X", "an offensive against X", "clashed with X"; not
                // "attacked in June with X and Y": they came along
                helped = !capture && "with".equals(gov) ? m : helped;
                continue;
            }
            if (m.last() + 1 < s.size() && isPossessive(s.tok(m.last() + 1)) && nextActor(actors, m) != null
                    && nextActor(actors, m).first() == m.last() + 2) {
                continue; // "against Iran's Revolutionary Guards": the possessed is the enemy
            }
            List<Mention> out = new ArrayList<>();
            out.add(m);
            Mention prev = m;
            for (int j = i + 1; j < actors.size(); j++) {
                Mention n = actors.get(j);
                if (!coordinated(s, prev, n) || helper(s, n, k)) {
                    break;
                }
                if (modifierWord(s, n)) {
                    // "A and the Iran-backed B": the backer only qualifies the item named after the compound
                    Mention named = j + 1 < actors.size() ? actors.get(j + 1) : null;
                    if (named == null || named.first() > n.last() + 4 || named.isReference()) {
                        break;
                    }
                    n = named;
                    j++;
                }
                out.add(n);
                prev = n;
            }
            return out;
        }
        return List.of();
    }

    /** "each other" or "one another" follows at {@code k} (past "with"/"against"). */
    private static boolean reciprocal(Sentence s, int k) {
        if (k < s.size() && (s.tok(k).lower().equals("with") || s.tok(k).lower().equals("against"))) {
            k++;
        }
        return k + 1 < s.size() && (s.tok(k).lower().equals("each") && s.tok(k + 1).lower().equals("other")
                || s.tok(k).lower().equals("one") && s.tok(k + 1).lower().equals("another"));
    }

    /** "fighters from X", "many of them from X": the preposition before the actor says whose people act. */
    private static boolean peopleFrom(Sentence s, Mention m, int from) {
        for (int k = m.first() - 1; k > from && k >= m.first() - 8; k--) {
            String w = s.tok(k).word();
            boolean compoundPart = s.tok(k - 1).word().equals("-") && s.tok(k - 1).end() == s.tok(k).begin();
            if (w.equals(",") || !compoundPart && (s.tok(k).pos().startsWith("VBD") || s.tok(k).pos().startsWith("VBZ"))) {
                return false;
            }
            if (w.equalsIgnoreCase("from")) {
                return s.tok(k - 1).lowerMatches("them|fighters|members|militants|men|troops|forces|units");
            }
        }
        return false;
    }

    /** "the remnants of X", "positions of X": the "of" before the actor names its people or places. */
    private boolean partitiveBefore(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 3; k--) {
            if (s.tok(k).lower().equals("of")) {
                return lex.has("partitive-noun", s.tok(k - 1).lower());
            }
        }
        return false;
    }

    /**
     * True for an actor that helps rather than takes a side: "backed by X", "alongside X", "side by side with X",
     * "with X's support", "within the ranks of X"; and for one whose side is taken: "fought on the regime's side".
     */
    private boolean helper(Sentence s, Mention m, int after) {
        int w0 = pastDescription(s, m.first(), after);
        if (w0 - 1 > after && s.tok(w0).lower().equals("with") && s.tok(w0 - 1).word().equals(",")) {
            return true; // "attacking villages near the town, with Turkish artillery in support": on the agent's side
        }
        for (int k = m.first() - 1; k > after && k >= m.first() - 6; k--) {
            String w = s.tok(k).lower();
            if (w.equals(",") || w.equals("against")) {
                return false;
            }
            if (lex.has("helper-cue", w) || w.equals("side") && k > 1 && s.tok(k - 1).lower().equals("by")) {
                return true; // ... or "fought side by side with X"
            }
            if (w.equals("ranks") && k > 1 && s.tok(k - 2).lowerMatches("within|in|among|into")) {
                return true; // "fights within the ranks of X": X's own side
            }
            if (w.equals("by") && k > 0 && lex.has("helper-cue", s.tok(k - 1).lower())) {
                return true;
            }
        }
        for (int k = m.first() - 1; k > after && k >= m.first() - 9; k--) {
            String w = s.tok(k).lower();
            if (w.equals(",") || w.equals("against")) {
                break;
            }
            if (Regexes.matches(w, "banner|flag|umbrella|auspices") && k > 1 && (s.tok(k - 1).lower().equals("under")
                    || s.tok(k - 2).lower().equals("under"))) {
                return true; // "fought under the banner of the FSA's Southern Front": its own side
            }
            if (Regexes.matches(w, "part|member|unit|component|wing") && k > 1 && (s.tok(k - 1).lower().equals("as")
                    || s.tok(k - 2).lower().equals("as"))) {
                return true; // "fought as part of the SRF", "fought as a unit of X": its own side
            }
        }
        int e = m.last() + 1;
        if (e < s.size() && isPossessive(s.tok(e))) {
            e++;
        }
        return e < s.size() && s.tok(e).lowerMatches("support|backing|help|assistance|aid|cover|side|behalf");
    }

    /** Where the place's cue word stands (a locative preposition or a verb of control), or -1. */
    private int placeCue(Sentence s, Mention p, int from) {
        int k = p.first() - 1;
        int skipped = 0;
        while (k >= from && skipped < 8 && (lex.has("place-filler", s.tok(k).lower()) || s.tok(k).pos().equals("CD")
                || s.tok(k).pos().startsWith("JJ") && !s.tok(k).lower().equals("against")
                || s.tok(k).lowerMatches("and|or|,") && k - 1 >= from && s.tok(k - 1).pos().startsWith("NNP")
                || skipped > 0 && s.tok(k).pos().startsWith("NNP") && k + 1 < s.size()
                && s.tok(k + 1).lowerMatches("and|or|,"))) { // "to the villages of Flita and P"
            if (lex.has("locative", s.tok(k).lower()) && k + 1 < s.size() && s.tok(k + 1).lower().equals("of")) {
                return k; // "positions west of P"
            }
            k--;
            skipped++;
        }
        if (k < from) {
            return -1;
        }
        Tok t = s.tok(k);
        int v = k - 1;
        while (v > from && s.tok(v).pos().startsWith("RB")) {
            v--;
        }
        if (t.lower().equals("to") && v >= 0 && s.tok(v).pos().startsWith("VB")
                && lex.has("motion-verb", s.tok(v).lemma())) {
            return k; // "spread to P", "were deployed to P", "retreated overnight to P"
        }
        if (lex.has("locative", t.lower())) {
            if (k > 0 && lex.has("reporting-verb", s.tok(k - 1).lower())) {
                return -1; // "told reporters in Beirut", "said in Istanbul"
            }
            if (t.lower().equals("on") && k > 0 && lex.has("target-noun", s.tok(k - 1).lower())) {
                return -1; // "strikes on Ghanto", "an offensive on Mosul": the target, not where the attacker is
            }
            return k;
        }
        if (t.lower().equals("for") && k > 0 && lex.has("attack-noun", s.tok(k - 1).lower())) {
            for (int j = k - 2; j >= from && j >= k - 4; j--) {
                if (s.tok(j).lowerMatches("since|after|before|during|until|following")) {
                    return -1; // "since the battle for P": a time, not a place of this clause
                }
            }
            return k; // "the battle for P"
        }
        if (t.pos().startsWith("VB") && lex.has("control-verb", t)) {
            return k;
        }
        return -1;
    }

    /**
     * Whether the mention is the object of a verb of attack on the ground ("fought government forces", "attacked
     * Fastaqim", "shelled YPG positions"), past an article, a possessive pronoun and adjectives. An attack from the air
     * ("Russian jets struck X near P") is not: the target is the one on the ground there.
     */
    private boolean attackedObject(Sentence s, List<Mention> actors, Mention m, int from) {
        int k = beforeModifiers(s, m.first(), from, "the|a|an|its|their|both");
        if (k < from || !s.tok(k).pos().startsWith("VB") || !lex.has("attack-verb", s.tok(k))) {
            return false;
        }
        int verb = k;
        return actors.stream().noneMatch(a -> a.last() < verb && airborne(a));
    }

    /** The actor the place's locative phrase hangs on: "A fighters in P", "A's positions near P". */
    private Mention attached(Sentence s, List<Mention> actors, int cue, int from) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Mention m = actors.get(i);
            if (m.last() >= cue) {
                continue;
            }
            String gov = governor(s, m.first(), from);
            boolean people = "of".equals(gov) && partitiveBefore(s, m.first()); // "fighters of X in P", not "part of X"
            if (gov != null && !people || m.isReference() || modifierWord(s, m)) {
                return null; // "an offensive against X in P", "lost positions to X in P": say nothing of X
            }
            if (attackedObject(s, actors, m, from)) {
                return null; // "has been fighting government forces in Homs": the place is the attacker's
            }
            int gap = cue - m.last() - 1;
            if (gap > 4) {
                return null;
            }
            for (int k = m.last() + 1; k < cue; k++) {
                Tok t = s.tok(k);
                if (k == m.last() + 1 && t.word().equals(",") && k + 1 < cue && s.tok(k + 1).lower().equals("whose")) {
                    k++; // "X, whose presence in P"
                    continue;
                }
                boolean noun = (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.capitalized()
                        && !lex.has("role-noun", t.lower());
                if (!isPossessive(t) && !noun && !t.pos().startsWith("JJ") && !t.lower().equals("and")) {
                    return null; // "IS checkpoints and headquarters in P", "Hazm's remaining fighters in P"
                }
            }
            if (gap > 0 && !isPossessive(s.tok(m.last() + 1)) && !(s.tok(m.last() + 1).pos().startsWith("NN"))
                    && !s.tok(m.last() + 1).word().equals(",")) {
                return null;
            }
            if (gap == 0 && !s.tok(cue).lowerMatches("in|near|around|across|throughout|inside|outside")) {
                return null;
            }
            // "X, a Free Syrian Army faction active in P": the name classes the faction, X is there
            Mention head = RelationRules.classifiedHead(lex, s, m, actors);
            return head != null ? head : m;
        }
        return null;
    }

    /** "FSA-affiliated", "US-backed" (one token or split at the hyphen): the actor's name is part of a modifier. */
    private boolean modifierWord(Sentence s, Mention m) {
        return modifierWord(lex, s, m);
    }

    /**
     * After a plural common-noun phrase at q of at most {@code words} adjectives and lower-case nouns, none of them
     * {@code named} ("rebel coalitions", "groups,"), followed by "including" or "such as": the position after those
     * words, where the names it includes start ("Iran-backed groups, including Hezbollah"); -1 otherwise.
     */
    static int afterIncluding(Sentence s, int q, int words, java.util.function.IntPredicate named) {
        int n = s.size();
        int k = q;
        while (k < n && k < q + words && !named.test(k) && !s.tok(k).lower().equals("such")
                && (s.tok(k).pos().startsWith("JJ")
                || s.tok(k).pos().startsWith("NN") && !s.tok(k).capitalized()
                || s.tok(k).pos().equals("NNP") && k + 1 < n && s.tok(k + 1).posMatches("JJ|NNS|NNP"))) {
            // "Iraqi militias such as X", "Iraqi Shi'ite militias": a people's adjective the tagger took for a name
            k++;
        }
        if (k == q || !s.tok(k - 1).pos().equals("NNS")) {
            return -1;
        }
        if (k < n && s.tok(k).word().equals(":")) {
            return k + 1; // "three smaller Islamist groups: A, B and C"
        }
        if (k < n && s.tok(k).word().equals(",")) {
            k++;
        }
        if (k + 1 < n && s.tok(k).lower().equals("such") && s.tok(k + 1).lower().equals("as")) {
            return k + 2;
        }
        return k < n && s.tok(k).lower().equals("including") ? k + 1 : -1;
    }

    /** "FSA-affiliated", "US-backed" (one token or split at the hyphen): the actor's name is part of a modifier. */
    static boolean modifierWord(Lexicon lex, Sentence s, Mention m) {
        if (compoundToken(lex, s.tok(m.last()).lower())) {
            return true;
        }
        int e = m.last() + 1;
        if (e < s.size() && m.kind() != null && m.kind() != EntityKind.PLACE && m.source() != Mention.Source.PRONOUN
                && lex.has("modifier-head", s.tok(e).lower())) {
            return true; // "Ahrar al-Sham, an SNA component, fought ...": the component is meant, not the SNA
        }
        return compoundAt(lex, s, m.last());
    }

    /** "FSA-affiliated", "us-backed": one token (lower-cased) that is a whole compound modifier. */
    static boolean compoundToken(Lexicon lex, String w) {
        int dash = w.lastIndexOf('-');
        return dash > 0 && lex.has("compound-modifier", w.substring(dash + 1));
    }

    /** "US - backed", "Turkish - led": a compound modifier split at its hyphen over tokens q..q+2. */
    static boolean compoundAt(Lexicon lex, Sentence s, int q) {
        return q + 2 < s.size() && s.tok(q + 1).word().equals("-")
                && lex.has("compound-modifier", s.tok(q + 2).lower());
    }

    /** "A and B formed an alliance in P": the place is the new body's, not its founders'. */
    private boolean formationBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tok(k).pos().startsWith("VB") && lex.has("formation-verb", s.tok(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A verb or modal among the tokens from {@code from} to {@code to}. */
    static boolean verbBetween(Sentence s, int from, int to) {
        for (int k = from; k <= to && k < s.size(); k++) {
            String pos = s.tok(k).pos();
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(Sentence s, int from, int to) {
        return cue(s, from, to, "negation");
    }

    private boolean cue(Sentence s, int from, int to, String section) {
        return cue(lex, s, from, to, section);
    }

    /** True when a token within [from, to] is a word of the lexicon section ("hedge", "negation"). */
    static boolean cue(Lexicon lex, Sentence s, int from, int to, String section) {
        for (int k = from; k <= to; k++) {
            if (lex.has(section, s.tok(k).lower()) && !properNoun(s.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /** A cue word written as a name is none: the month "May" is no modal "may". */
    static boolean properNoun(Tok t) {
        return t.pos().startsWith("NNP") && t.capitalized();
    }

    private static boolean isPossessive(Tok t) {
        return RuleMatcher.isPossessive(t);
    }

    private static void add(List<Candidate> out, Sentence s, Mention a, Relation rel, Mention b, String method,
                            boolean hedged, DocEntities ents, SentenceTimes times) {
        Candidate c = Candidate.ofRoles(s, a, rel, b, method,
                rel == Relation.FOUGHT ? CONFLICT_PRECISION : PLACE_PRECISION, hedged, ents, times);
        if (c != null) {
            out.add(c);
        }
    }
}
