package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.factiongraph.time.Role;
import org.factiongraph.time.TimeMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the sentence rules to every sentence that holds a mention and one of a rule's trigger words, and turns
 * matches into candidate claims with their time, negation and hedging. Thread-safe (immutable state only).
 */
final class RelationRules {
    private static final String BACKED_WORDS =
            "backed|supported|funded|sponsored|armed|trained|supplied|equipped|vetted";
    private static final java.util.regex.Pattern BACKED = java.util.regex.Pattern.compile(
            "(?i)(.+)-(" + BACKED_WORDS + ")");
    /** Second parts of a compound that calls what follows the prefix's ally: "the US-allied SDF". */
    private static final String ALLIED_WORDS = "allied|aligned";
    private static final java.util.regex.Pattern ALLIED = java.util.regex.Pattern.compile(
            "(?i)(.+)-(" + ALLIED_WORDS + ")");
    static final String HELD_WORDS = "held|controlled|dominated|run|occupied";
    static final java.util.regex.Pattern HELD = java.util.regex.Pattern.compile(
            "(?i)(.+)-(" + HELD_WORDS + ")");
    private static final java.util.Set<String> APPOSITION_OPENERS = java.util.Set.of("the", "a", "an", "another");
    /** What opens an apposition besides a dash ({@code RuleMatcher.DASHES}): a comma or a bracket. */
    private static final java.util.Set<String> COMMA_OR_BRACKET = java.util.Set.of(",", "(", "-LRB-");
    private static final java.util.Set<String> RECEIVE = java.util.Set.of("receive", "received", "receives",
            "receiving", "got", "get", "gets", "obtained", "given", "use", "used", "uses", "using", "fired", "with");
    /** Nouns for armed people: "with Iranian-backed militias" names a body that is backed, not goods received. */
    private static final java.util.Set<String> BODIES = java.util.Set.of("rebel", "fighter", "militia", "group",
            "faction", "formation", "force", "unit", "proxy", "brigade", "militant", "insurgent", "jihadist",
            "gunman", "militiaman", "troop", "battalion", "ally");
    private final RuleSet rules;
    private final RuleMatcher matcher;
    private final Lexicon lex;
    private final ActorDictionary dict;
    private final ClauseRoles clauseRoles;
    /** The war's state, whose army a foreign air force flies for ("Russian and Syrian jets"); null without one. */
    private final Entity garrison;
    private final DependencyRoles dependencyRoles;
    private final UnclaimedMentions unclaimedMentions;
    private final IdeologyAdjectives ideologyAdjectives;

    /**
     * With {@code dependencies} (may be null) the parse-based roles of {@link DependencyRoles} run after the rules,
     * over up to {@code parseShare} of each document's tokens.
     */
    RelationRules(RuleSet rules, Lexicon lex, ActorDictionary dict,
                  org.factiongraph.extract.nlp.DependencyParse dependencies, double parseShare) {
        this.rules = rules;
        this.lex = lex;
        this.dict = dict;
        this.garrison = dict.warState();
        this.clauseRoles = new ClauseRoles(lex, garrison, this::prefixActor);
        this.unclaimedMentions = new UnclaimedMentions(lex);
        this.ideologyAdjectives = new IdeologyAdjectives(lex, dict);
        this.dependencyRoles = dependencies == null ? null : new DependencyRoles(lex, dependencies, parseShare);
        this.matcher = new RuleMatcher(lex);
    }

    /**
     * "There is no Daesh in Jabal al-Zawiya", "report no ISIS presence in Qadam", "In Deraa, ISIS has no real
     * presence": a place where the sentence says an actor is not is no place of its operation; such claims are kept
     * as negated.
     */
    private static void absentActors(List<Sentence> sents, List<List<Mention>> mentions, List<Candidate> out) {
        for (Candidate c : out) {
            if (c.relation != Relation.OPERATES_IN || c.negated || c.subjectMention == null || c.sentence < 0
                    || c.sentence >= sents.size()) {
                continue;
            }
            Sentence s = sents.get(c.sentence);
            for (Mention m : mentions.get(c.sentence)) {
                if (m.entity() == null || !m.text().equals(c.subjectMention)) {
                    continue;
                }
                boolean noBefore = m.first() > 0 && s.tok(m.first() - 1).lower().equals("no");
                int k = m.last() + 1;
                if (k < s.size() && s.tok(k).lowerMatches("has|have|had|maintains|keeps")) {
                    k++;
                }
                boolean noPresence = false;
                if (k + 1 < s.size() && s.tok(k).lower().equals("no")) {
                    for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
                        noPresence |= s.tok(j).lowerMatches("presence|fighters|positions|foothold");
                    }
                }
                if (noBefore || noPresence) {
                    c.negated = true;
                    break;
                }
            }
        }
    }

    /**
     * "Russian and Syrian aircraft carried out 400 strikes", "Syrian and Russian warplanes pounded the town": a foreign
     * state's air force named jointly with the army's flies for the army, which that state backs. Only the army of the
     * war's state (the garrison) is taken to be backed: "Turkish and Russian jets" names no backing.
     */
    private void jointAirPower(Sentence s, List<Mention> ms, DocEntities ents, SentenceTimes times,
                               List<Candidate> out) {
        if (garrison == null) {
            return;
        }
        for (Mention a : ms) {
            if (a.entity() == null || a.kind() == null || !a.kind().isState() || a.last() + 2 >= s.size()
                    || !s.tok(a.last() + 1).lower().equals("and")) {
                continue;
            }
            for (Mention b : ms) {
                if (b.first() != a.last() + 2 || b.entity() == null || b.kind() == null || !b.kind().isState()) {
                    continue;
                }
                boolean air = lex.has("air-word", s.tok(b.last()).lower())
                        || b.last() + 1 < s.size() && lex.has("air-word", s.tok(b.last() + 1).lower());
                boolean aArmy = a.entity().id().equals(garrison.id());
                boolean bArmy = b.entity().id().equals(garrison.id());
                if (!air || aArmy == bArmy) {
                    continue;
                }
                Mention army = aArmy ? a : b;
                Mention backer = aArmy ? b : a;
                if (backer.kind() != EntityKind.STATE) {
                    continue; // "Syrian and Hezbollah forces": a militia's men, no state's air force
                }
                out.add(compoundCandidate(s, "joint-air-power", 0.75, ents.register(garrison), army.text(),
                        Relation.SUPPORTED_BY, ents.current(backer.entity()), backer.text(), a.first(), a.first(),
                        b.last(), times));
            }
        }
    }

    /** A hyphenated compound's first part, the index of its first token and the index of the token after it. */
    record Compound(String prefix, int at, int after) {
    }

    /**
     * The compound at token {@code k} whose second part is one of {@code words}, written as one token
     * ({@code joined} matches "US-backed") or as three ("US", "-", "backed" with no space before the hyphen); null if
     * there is none.
     */
    static Compound compoundAt(Sentence s, int k, java.util.regex.Pattern joined, String words) {
        java.util.regex.Matcher m = joined.matcher(s.tok(k).word());
        if (m.matches()) {
            return new Compound(m.group(1), k, k + 1);
        }
        if (k + 2 < s.size() && s.tok(k + 1).word().equals("-") && s.tok(k + 2).lower().matches(words)
                && s.tok(k).end() == s.tok(k + 1).begin()) {
            return new Compound(s.tok(k).word(), k, k + 3);
        }
        return null;
    }

    /** Every compound of the sentence whose second part is one of {@code words}, in text order. */
    private static List<Compound> compounds(Sentence s, java.util.regex.Pattern joined, String words) {
        List<Compound> out = new ArrayList<>(1);
        for (int k = 0; k < s.size(); k++) {
            Compound c = compoundAt(s, k, joined, words);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The longest list whose members a reciprocal rule reads as allied pairwise (four names, six pairs). */
    static final int MAX_ALLIED_LIST = 4;
    static final double PRO_PRECISION = 0.8;
    private static final java.util.regex.Pattern PRO = java.util.regex.Pattern.compile("(?i)pro-(\\p{L}[\\p{L}'.-]*)");

    /**
     * "the pro-government National Defence Forces", "pro-government militias including the NDF", "X, a pro-Iranian
     * militia", and the same with a compound of alliance ("the U.S.-allied SDF", "X, a Russian-aligned militia"):
     * allied_with(the named group, the actor the prefix names).
     */
    private void compoundPro(Sentence s, List<Mention> ms, DocEntities ents, SentenceTimes times, List<Candidate> out) {
        for (int k = 0; k < s.size(); k++) {
            java.util.regex.Matcher pm = PRO.matcher(s.tok(k).word());
            String prefix;
            int after;
            if (pm.matches()) {
                prefix = pm.group(1);
                after = k + 1;
            } else if (k + 2 < s.size() && s.tok(k).lower().equals("pro") && s.tok(k + 1).word().equals("-")
                    && s.tok(k).end() == s.tok(k + 1).begin()) {
                prefix = s.tok(k + 2).word();
                after = k + 3;
            } else {
                Compound c = compoundAt(s, k, ALLIED, ALLIED_WORDS); // "the U.S.-allied SDF": as "pro-US"
                if (c == null) {
                    continue;
                }
                prefix = c.prefix();
                after = c.after();
            }
            Entity side = prefixActor(prefix);
            if (side == null || after < s.size() && s.tok(after).lowerMatches("government|regime|state")) {
                continue; // "pro-Syrian government forces": the prefix is the government's, whose forces they are
            }
            List<Mention> allies = new ArrayList<>();
            int q = after;
            while (q < s.size() && q < after + 3 && (s.tok(q).pos().startsWith("JJ") || s.tok(q).pos().startsWith("NN")
                    && !s.tok(q).capitalized())) {
                q++;
            }
            for (Mention m : ms) {
                if (m.first() >= after && m.first() <= q && m.entity() != null && m.kind() != null
                        && m.kind().isActor() && modifiersOnly(s, after, m.first(), false)) {
                    allies.add(m); // "the pro-government National Defence Forces"
                    break;
                }
            }
            if (allies.isEmpty() && q > after) {
                Mention known = knownAs(s, ms, q); // "pro-government militiamen known as the Popular Forces"
                allies.addAll(known != null ? List.of(known) : listedAfter(s, ms, q));
            }
            int d = k - 1;
            while (d >= k - 2 && d >= 0 && s.tok(d).pos().startsWith("JJ")) {
                d--; // "X, the Palestinian pro-government militia"
            }
            if (allies.isEmpty() && d >= 2 && s.tok(d).lowerMatches("a|an|the") && s.tok(d - 1).word().equals(",")) {
                int named = RuleMatcher.beforeParens(s, d - 2); // "X (Y), a pro-government militia"
                for (Mention m : ms) {
                    if ((m.last() == d - 2 || m.last() == named) && m.entity() != null && m.kind() != null
                            && m.kind().isActor()) {
                        allies.add(m); // "X, a pro-Iranian militia"
                    }
                }
            }
            for (Mention m : allies) {
                Entity e = ents.current(m.entity());
                if (e.id().equals(side.id())) {
                    continue;
                }
                out.add(compoundCandidate(s, "compound-pro", PRO_PRECISION, e, m.text(), Relation.ALLIED_WITH,
                        ents.register(side), s.tok(k).word(), k, Math.min(k, m.first()), Math.max(k, m.last()), times));
            }
        }
    }

    /** The actor named right after "known as", "called" or "dubbed" at token {@code q}, or null. */
    private static Mention knownAs(Sentence s, List<Mention> ms, int q) {
        int p = q;
        if (p + 1 < s.size() && s.tok(p).lower().equals("known") && s.tok(p + 1).lower().equals("as")) {
            p += 2;
        } else if (p + 1 < s.size() && s.tok(p).lowerMatches("calling|call|calls")
                && s.tok(p + 1).lowerMatches("themselves|itself")) {
            p += 2; // "pro-government militiamen calling themselves the Popular Forces"
        } else if (p < s.size() && s.tok(p).lowerMatches("called|dubbed|named")) {
            p++;
        } else {
            return null;
        }
        if (p < s.size() && s.tok(p).lower().equals("the")) {
            p++;
        }
        for (Mention m : ms) {
            if (m.first() == p && m.entity() != null && m.kind() != null && m.kind().isActor()) {
                return m;
            }
        }
        return null;
    }

    /** The words by which a list of members follows its head ("that included A and B"). */
    private static final String INCLUDES = "included|include|includes|comprised";

    /**
     * The actors, states aside, listed after the head of a "pro-" compound ending before token {@code q}: "militias
     * including the NDF", "militias, including the NDF", "forces that included Lebanon's Hezbollah"; the list ends at
     * the clause's verb ("... and Iraqi militiamen, attacked X") or after 16 tokens.
     */
    private static List<Mention> listedAfter(Sentence s, List<Mention> ms, int q) {
        List<Mention> listed = new ArrayList<>();
        int r = q;
        if (r + 2 < s.size() && s.tok(r).wordMatches(",|-|–|—")) {
            r++;
        }
        if (r + 2 < s.size() && s.tok(r).lowerMatches("that|which") && s.tok(r + 1).lower().matches(INCLUDES)) {
            r++;
        }
        if (r >= s.size() || !s.tok(r).lowerMatches("including|such|like|among|" + INCLUDES)) {
            return listed;
        }
        int end = Math.min(s.size(), r + 16);
        for (int v = r + 1; v < end; v++) {
            if (s.tok(v).posMatches("VBD|VBZ|VBP")) {
                end = v;
                break;
            }
        }
        for (Mention m : ms) {
            if (m.first() > r && m.first() < end && m.entity() != null && m.kind() != null && m.kind().isActor()
                    && m.kind() != EntityKind.STATE) {
                listed.add(m);
            }
        }
        return listed;
    }

    /** "the US-backed Syrian Democratic Forces": supported_by(next group, the backer the prefix names). */
    private void compoundBacked(Sentence s, List<Mention> ms, List<Compound> backed, DocEntities ents,
                                SentenceTimes times, List<Candidate> out) {
        for (Compound compound : backed) {
            int k = compound.at();
            String prefix = compound.prefix();
            int after = compound.after();
            Entity backer = prefixActor(prefix);
            if (backer == null) {
                continue;
            }
            // "X received US-supplied missiles": the receiver is the actor before a receiving verb
            // ... unless the compound modifies an actor ("coordinates with the Turkish-backed NFL": the NFL is backed)
            Mention receiver = null;
            boolean ofActor = modifiesActor(s, ms, after, backer);
            for (int q = k - 1; !ofActor && q >= 0 && q >= k - 3; q--) {
                if (RECEIVE.contains(s.tok(q).lower())) {
                    if (s.tok(q).lower().equals("with") && bodyAfter(s, after)) {
                        break; // "clashed with Turkish-backed rebels": the rebels are backed, nothing is received
                    }
                    for (Mention m : ms) {
                        if (m.last() < q && q - m.last() <= 5 && m.entity() != null && m.kind() != null
                                && m.kind().isActor() && !m.entity().id().equals(backer.id())) {
                            receiver = m;
                        }
                    }
                    break;
                }
            }
            if (receiver != null) {
                out.add(compoundCandidate(s, "compound-supplied", 0.75, ents.current(receiver.entity()),
                        receiver.text(), Relation.SUPPORTED_BY, ents.register(backer), prefix, k, receiver.first(), k,
                        times));
                continue;
            }
            Mention appositionOf = null;
            int q0 = k - 1;
            while (q0 >= 0 && q0 >= k - 3 && (s.tok(q0).pos().startsWith("JJ") || s.tok(q0).pos().startsWith("RB"))) {
                q0--;
            }
            if (q0 >= 3 && s.tok(q0).lower().equals("of") && s.tok(q0 - 1).pos().startsWith("NN")
                    && !s.tok(q0 - 1).capitalized()) {
                // "X, a coalition of Turkish-backed rebel factions": the body of backed factions is X
                q0 -= 2;
                while (q0 >= 0 && s.tok(q0).pos().startsWith("JJ")) {
                    q0--;
                }
            }
            int head = -1;
            boolean counted = false; // "A and B, two US-backed groups": the apposition counts the whole list
            // "among them Ahrar al-Sham, the Turkish-backed NFL and ...": a compound before an actor's name backs that
            // actor, a list item, not the one before the comma
            if (!ofActor && q0 >= 4 && s.tok(q0).lower().equals("the") && s.tok(q0 - 1).lower().equals("of")
                    && s.tok(q0 - 2).lower().equals("one") && s.tok(q0 - 3).word().equals(",")) {
                head = q0 - 4; // "X, one of the Turkish-backed factions in Olive Branch": X
            } else if (!ofActor && q0 >= 2 && APPOSITION_OPENERS.contains(s.tok(q0).lower())
                    && appositionOpens(s, q0 - 1, after)) {
                head = q0 - 2; // "X, the government-backed militia, ...", "X - an Iranian-backed group -": X
                for (int p = head - 1; s.tok(head).word().equals(")") && p >= 1 && p >= head - 8; p--) {
                    if (s.tok(p).word().equals("(")) {
                        head = p - 1; // "the Local Defence Forces (LDF), an umbrella of Iran-backed militias"
                    }
                }
            } else if (q0 >= 2 && APPOSITION_OPENERS.contains(s.tok(q0).lower())
                    && s.tok(q0 - 1).lowerMatches("is|are|was|were|remains|remained|became|becomes")) {
                head = q0 - 2; // "The LDF are an umbrella of Iran-backed militias": the predicate's subject
            } else if (q0 >= 1 && RuleMatcher.isPossessive(s.tok(q0)) && after < s.size()
                    && lex.has("attack-noun", s.tok(after).lower())) {
                head = q0 - 1; // "the regime's Russian-backed offensive": the offensive's owner is backed
            } else if (q0 >= 0 && s.tok(q0).lowerMatches("its|their") && after < s.size()
                    && lex.has("attack-noun", s.tok(after).lower())) {
                head = q0; // "launched its Turkish-backed offensive": what the pronoun stands for
            } else if (q0 >= 1 && s.tok(q0).lower().equals("and") && s.tok(q0 + 1).lower().equals("other")) {
                head = q0 - 1; // "X and other Iranian-backed groups": X is one of them
            } else if (!ofActor && q0 >= 2 && s.tok(q0 - 1).word().equals(",")
                    && (s.tok(q0).pos().equals("CD") || s.tok(q0).lower().equals("both"))) {
                head = q0 - 2;
                counted = true;
            }
            for (Mention m : ms) {
                if (head >= 0 && m.last() == head && m.entity() != null && m.kind() != null && m.kind().isActor()
                        && !m.entity().id().equals(backer.id())) {
                    appositionOf = m;
                }
            }
            if (appositionOf != null && counted) {
                for (Mention m : listBefore(s, ms, appositionOf)) {
                    if (!m.entity().id().equals(backer.id())) {
                        addBacked(out, s, m, backer, prefix, null, null, k, ents, times);
                    }
                }
            }
            List<Mention> included = appositionOf == null ? includedAfter(s, ms, after, backer) : List.of();
            String hangingText = hangingPrefix(s, k);
            Entity hanging = hangingText == null ? null : prefixActor(hangingText);
            for (Mention m : included) {
                // "Iran-backed groups, including Hezbollah and Kataib Hezbollah": each one named
                addBacked(out, s, m, backer, prefix, hanging, hangingText, k, ents, times);
            }
            for (Mention m : appositionOf != null ? List.of(appositionOf) : included.isEmpty() ? ms : List.<Mention>of()) {
                // "the US-backed alliance": a description that holds the compound is the backed actor; so is a name
                // that opens with it ("Turkish-backed Free Syrian Army", a name the dictionary lists)
                boolean holds = (m.isReference() ? m.first() < k : m.first() == k) && m.last() >= after;
                if ((m == appositionOf || holds || m.first() >= after && m.first() <= after + 3) && m.entity() != null
                        && m.kind() != null && m.kind().isActor() && !m.entity().id().equals(backer.id())) {
                    if (m != appositionOf && !holds && !modifiersOnly(s, after, m.first(), false)) {
                        break;
                    }
                    addBacked(out, s, m, backer, prefix, hanging, hangingText, k, ents, times);
                    break;
                }
            }
        }
    }

    /** The actors listed before {@code last} and coordinated with it ("A, B and the C"), nearest first. */
    private static List<Mention> listBefore(Sentence s, List<Mention> ms, Mention last) {
        List<Mention> out = new java.util.ArrayList<>();
        Mention item = last;
        boolean more = true;
        while (more) {
            more = false;
            for (Mention m : ms) {
                if (m.last() >= item.first() || m.entity() == null || m.kind() == null || !m.kind().isActor()) {
                    continue;
                }
                boolean joined = m.last() + 1 < item.first();
                for (int k = m.last() + 1; k < item.first() && joined; k++) {
                    joined = s.tok(k).lowerMatches(",|and|the");
                }
                if (joined) {
                    out.add(m);
                    item = m;
                    more = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Armed people, not goods: the head noun at or just after {@code after} (past adjectives) is one of BODIES. */
    private static boolean bodyAfter(Sentence s, int after) {
        for (int q = after; q < s.size() && q <= after + 3; q++) {
            if (BODIES.contains(s.tok(q).lemma())) {
                return true;
            }
            if (!s.tok(q).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** Whether an actor other than the backer follows a compound ending before {@code after}, modifiers apart. */
    private static boolean modifiesActor(Sentence s, List<Mention> ms, int after, Entity backer) {
        for (Mention m : ms) {
            if (m.first() >= after && m.first() <= after + 3 && m.entity() != null && m.kind() != null
                    && m.kind().isActor() && !m.entity().id().equals(backer.id())
                    && modifiersOnly(s, after, m.first(), false)) {
                return true;
            }
        }
        return false;
    }

    /** A hanging prefix before a compound at {@code k}: "the US- and Jordanian-backed Southern Front" (US), or null. */
    private static String hangingPrefix(Sentence s, int k) {
        int j = k - 1;
        if (j < 1 || !s.tok(j).lowerMatches("and|or")) {
            return null;
        }
        Tok t = s.tok(j - 1);
        String w = t.word();
        return w.length() > 1 && w.endsWith("-") ? w.substring(0, w.length() - 1)
                : w.equals("-") && j >= 2 && s.tok(j - 2).end() == t.begin() ? s.tok(j - 2).word() : null;
    }

    /** The compound's claim for m, and the same claim for the actor a hanging prefix before it names. */
    private static void addBacked(List<Candidate> out, Sentence s, Mention m, Entity backer, String prefix,
                                  Entity hanging, String hangingText, int k, DocEntities ents, SentenceTimes times) {
        out.add(backedCandidate(s, m, backer, prefix, k, ents, times));
        if (hanging != null && !hanging.id().equals(backer.id()) && !hanging.id().equals(m.entity().id())) {
            out.add(backedCandidate(s, m, hanging, hangingText, k, ents, times));
        }
    }

    /**
     * A comma or a bracket at i opens an apposition; a dash does when a second dash closes it after the compound
     * ("X - an Iranian-backed group - fought"), so that a dateline's dash ("AMMAN, Jordan (AP) - A US-backed force")
     * does not.
     */
    private static boolean appositionOpens(Sentence s, int i, int after) {
        String w = s.tok(i).word();
        if (!RuleMatcher.DASHES.contains(w)) {
            return COMMA_OR_BRACKET.contains(w);
        }
        for (int k = after; k < s.size() && k <= after + 10; k++) {
            if (RuleMatcher.dashAfterSpace(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** supported_by(the actor m names, the backer a compound's prefix at k names): a "compound-backed" claim. */
    private static Candidate backedCandidate(Sentence s, Mention m, Entity backer, String prefix, int k,
                                             DocEntities ents, SentenceTimes times) {
        return compoundCandidate(s, "compound-backed", 0.8, ents.current(m.entity()), m.text(), Relation.SUPPORTED_BY,
                ents.register(backer), prefix, k, k, m.last(), times);
    }

    /**
     * A claim a hyphenated compound states ("US-backed X", "the HTS-held town of P", "the Turkish-led offensive"),
     * ordered at the compound's token {@code at} and dated by the time nearest {@code from}..{@code to}.
     */
    private static Candidate compoundCandidate(Sentence s, String method, double p, Entity subject,
                                               String subjectMention, Relation rel, Entity object, String objectMention,
                                               int at, int from, int to, SentenceTimes times) {
        Candidate c = Candidate.inSentence(s, method, p);
        c.subject = subject;
        c.subjectMention = subjectMention;
        c.relation = rel;
        c.object = object;
        c.objectMention = objectMention;
        c.order = s.index() * 10000 + at;
        time(c, "auto", s, from, to, times);
        return c;
    }

    /**
     * The actors a backed plural lists after "including" or "such as" ("Iran-backed groups, including A and B"): the
     * compound's head is a plural common noun, and the list runs to the end of its clause; empty otherwise.
     */
    private static List<Mention> includedAfter(Sentence s, List<Mention> ms, int after, Entity backer) {
        int q = ClauseRoles.afterIncluding(s, after, 3, k -> false);
        if (q < 0) {
            return List.of();
        }
        int end = q;
        while (end < s.size() && end < q + 15 && !s.tok(end).wordMatches("[;:.]") && !(s.tok(end).pos().startsWith("VB")
                && !s.tok(end).pos().equals("VBN"))) {
            end++;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.first() >= q && m.last() < end && m.entity() != null && m.kind() != null && m.kind().isActor()
                    && m.kind() != EntityKind.STATE && !m.entity().id().equals(backer.id())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Words that may stand between a held area and its place: "the IS-held pocket on the east bank, around Hajin". */
    private static final Set<String> LOCATING = Set.of("of", "in", "around", "near", "across", "along", "on", ",");

    /**
     * Only determiners, adjectives and lower-case nouns (and, with {@code ofIn}, the {@link #LOCATING} words) between
     * a compound and the name it qualifies: "the US-backed rebel group X", "the HTS-held town of X".
     */
    private static boolean modifiersOnly(Sentence s, int from, int to, boolean ofIn) {
        for (int q = from; q < to; q++) {
            String pos = s.tok(q).pos();
            String w = s.tok(q).lower();
            if (!(pos.startsWith("JJ") || pos.startsWith("DT") || ofIn && LOCATING.contains(w)
                    || pos.startsWith("NN") && !s.tok(q).capitalized())) {
                return false;
            }
        }
        return true;
    }

    /** The actor a compound's prefix names ("US", "Turkish", "IS", "government"), or null. */
    private Entity prefixActor(String prefix) {
        Entity e = dict.byAcronym(prefix);
        if (e == null) {
            e = dict.byName(prefix);
        }
        if (e == null) {
            String state = lex.section("demonym").get(prefix);
            e = state == null ? null : dict.byName(state);
        }
        if (e == null) {
            e = dict.byName(prefix + " forces");
        }
        return e != null && e.kind().isActor() ? e : null;
    }

    /** "the HTS-held town of X", "the Turkish-controlled Afrin region": operates_in(prefix actor, place). */
    private void compoundHeld(Sentence s, List<Mention> ms, DocEntities ents, SentenceTimes times,
                              List<Candidate> out) {
        for (int k = 0; k < s.size(); k++) {
            Compound compound = compoundAt(s, k, HELD, HELD_WORDS);
            if (compound == null || s.tok(compound.after() - 1).lower().endsWith("occupied")) {
                continue; // "the Israeli-occupied Golan Heights": a standing occupation, no side's hold in the war
            }
            String prefix = compound.prefix();
            int after = compound.after();
            Entity holder = prefixActor(prefix);
            if (holder == null || holder.kind() == EntityKind.PLACE) {
                continue;
            }
            List<Mention> described = heldAppositionOf(s, ms, k);
            for (Mention m : described) {
                // "al-Foua and Kefraya, two government-held villages in Idlib province": the places described
                out.add(compoundCandidate(s, "compound-held", 0.75, ents.register(holder), prefix, Relation.OPERATES_IN,
                        ents.current(m.entity()), m.text(), k, Math.min(k, m.first()), Math.max(k, m.last()), times));
            }
            if (!described.isEmpty()) {
                continue;
            }
            for (Mention m : ms) {
                if (m.first() < after || m.first() > after + 9) {
                    continue;
                }
                if (!modifiersOnly(s, after, m.first(), true)) {
                    break;
                }
                if (m.entity() == null || m.kind() != EntityKind.PLACE) {
                    continue;
                }
                out.add(compoundCandidate(s, "compound-held", 0.75, ents.register(holder), prefix, Relation.OPERATES_IN,
                        ents.current(m.entity()), m.text(), k, k, m.last(), times));
                break;
            }
        }
    }

    /**
     * The places an apposition holding the compound at {@code k} describes: "Harbnafsah, a government-held village",
     * "al-Foua and Kefraya, two government-held villages", "X, the last government-held quarter". Empty when the
     * compound opens no apposition.
     */
    private static List<Mention> heldAppositionOf(Sentence s, List<Mention> ms, int k) {
        int q = k - 1;
        while (q >= 0 && (s.tok(q).pos().startsWith("DT") || s.tok(q).pos().equals("CD")
                || s.tok(q).pos().startsWith("JJ") || s.tok(q).lower().equals("both"))) {
            q--;
        }
        if (q == k - 1 || q < 1 || !s.tok(q).word().equals(",")) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(2);
        int end = q - 1;
        boolean more = true;
        while (more) {
            more = false;
            for (Mention m : ms) {
                if (m.last() == end && m.entity() != null && m.kind() == EntityKind.PLACE) {
                    out.add(m);
                    end = m.first() - 1;
                    while (end >= 0 && s.tok(end).lowerMatches(",|and")) {
                        end--;
                    }
                    more = end < m.first() - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern LINKED = java.util.regex.Pattern.compile(
            "(?i)(.+)-(linked|affiliated|aligned|allied)");

    /**
     * "the al-Qaeda-linked Jabhat al-Nusra", "an FSA-affiliated brigade X": member_of(next group, prefix group);
     * "the HTS-aligned Turkistan Islamic Party", "an SDF-allied militia X": allied_with.
     */
    private void compoundLinked(Sentence s, List<Mention> ms, DocEntities ents, SentenceTimes times,
                                List<Candidate> out) {
        for (Mention p : ms) {
            Compound compound = compoundAt(s, p.last(), LINKED, "linked|affiliated|aligned|allied");
            if (compound == null) {
                continue;
            }
            String second = s.tok(compound.after() - 1).lower();
            boolean ally = second.endsWith("aligned") || second.endsWith("allied");
            int after = compound.after();
            Entity parent = p.entity();
            if (parent == null || p.kind() == null || !(p.kind() == EntityKind.ARMED_GROUP || p.kind().isUmbrella())) {
                continue; // "Iran-linked militias" say nothing about membership
            }
            for (Mention m : ms) {
                if (m.first() < after || m.first() > after + 3 || m.entity() == null
                        || m.kind() == null || !(m.kind() == EntityKind.ARMED_GROUP || m.kind().isUmbrella())
                        || m.entity().id().equals(parent.id())) {
                    continue;
                }
                if (modifiersOnly(s, after, m.first(), false)) {
                    out.add(compoundCandidate(s, ally ? "compound-aligned" : "compound-linked", 0.75,
                            ents.current(m.entity()), m.text(), ally ? Relation.ALLIED_WITH : Relation.MEMBER_OF,
                            ents.current(parent), p.text(), p.first(), p.first(), m.last(), times));
                }
                break;
            }
        }
    }

    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile("(?i)(.+)-(led)");

    /**
     * "the Turkish-led offensive against the Islamic State around al-Bab": the actor the prefix names led the
     * operation, so it fought the operation's enemy and was active at its place.
     */
    private void compoundLed(Sentence s, List<Mention> ms, DocEntities ents, SentenceTimes times,
                             List<Candidate> out) {
        for (int k = 0; k < s.size(); k++) {
            Compound compound = compoundAt(s, k, LED, "led");
            if (compound == null) {
                continue;
            }
            Entity leader = prefixActor(compound.prefix());
            int noun = compound.after();
            while (noun < s.size() && noun < compound.after() + 2 && s.tok(noun).pos().startsWith("JJ")) {
                noun++;
            }
            if (leader == null || noun >= s.size() || !lex.has("attack-noun", s.tok(noun).lower())) {
                continue;
            }
            Entity enemy = null;
            for (Mention m : ms) {
                if (m.first() <= noun || m.first() > noun + 12 || m.entity() == null || m.kind() == null) {
                    continue;
                }
                String before = s.tok(m.first() - 1).lower().equals("the") && m.first() >= 2
                        ? s.tok(m.first() - 2).lower() : s.tok(m.first() - 1).lower();
                if (m.kind() == EntityKind.PLACE) {
                    if (Regexes.matches(before, "in|around|near|on|for|across|towards|toward|into")) {
                        out.add(ledCandidate(s, leader, compound.prefix(), Relation.OPERATES_IN, ents.current(m.entity()),
                                m.text(), k, m.last(), ents, times));
                    }
                } else if (enemy == null && m.kind().isActor() && Regexes.matches(before, "against|on")) {
                    enemy = ents.current(m.entity());
                    if (!enemy.id().equals(leader.id())) {
                        out.add(ledCandidate(s, leader, compound.prefix(), Relation.FOUGHT, enemy, m.text(), k,
                                m.last(), ents, times));
                    }
                }
            }
        }
    }

    /**
     * "a Russian-backed offensive", "the government's Turkish-supported push": the backers of an operation this
     * sentence names without a group, by sentence index (see {@link EventFrames}).
     */
    private void backedOperations(Sentence s, List<Compound> backed, DocEntities ents,
                                  Map<Integer, List<Entity>> backers) {
        for (Compound compound : backed) {
            int q = compound.after();
            while (q < s.size() && q < compound.after() + 2 && s.tok(q).pos().startsWith("JJ")) {
                q++;
            }
            Entity backer = q < s.size() && EventFrames.EVENT.contains(s.tok(q).lower())
                    && s.tok(q).pos().startsWith("NN") ? prefixActor(compound.prefix()) : null;
            if (backer != null) {
                backers.computeIfAbsent(s.index(), x -> new ArrayList<>()).add(ents.register(backer));
            }
        }
    }

    private Candidate ledCandidate(Sentence s, Entity leader, String prefix, Relation rel, Entity object,
                                   String objectMention, int from, int to, DocEntities ents, SentenceTimes times) {
        return compoundCandidate(s, "compound-led", 0.75, ents.register(leader), prefix, rel, object, objectMention,
                from, from, to, times);
    }

    private static final Set<String> QUESTION_AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did",
            "has", "have", "had", "can", "could", "will", "would", "should", "shall", "may", "might", "isn't", "aren't",
            "didn't", "doesn't");

    /**
     * A question answered by yes or no: it ends with a question mark and opens (past a speaker's label: "Q:",
     * "Frontlines:") with an auxiliary.
     */
    static boolean yesNoQuestion(Sentence s) {
        int n = s.size();
        if (n < 3 || !s.tok(n - 1).word().equals("?")) {
            return false;
        }
        int first = Interview.afterLabel(s);
        return first < n && QUESTION_AUXILIARIES.contains(s.tok(first).lower());
    }

    /** "formed part of", "formed the backbone of": the verb "form" at {@code k} makes a member, not a founding. */
    private static boolean formedPart(Sentence s, int k) {
        if (k + 2 >= s.size() || !s.tok(k).lemma().equals("form")) {
            return false;
        }
        int n = s.tok(k + 1).lowerMatches("the|a|an|its|their") ? k + 2 : k + 1;
        return s.tok(n).lowerMatches("part|backbone|core|bulk|nucleus|spine|heart|majority|mainstay");
    }

    /** Whether the match at {@code from} follows "when" or "after" that tells of a founding ("formed in May when"). */
    private static boolean formedWhen(Sentence s, int from) {
        int k = from - 1;
        return k >= 1 && s.tok(k).lowerMatches("when|after")
                && lemmaBefore(s, k, 6, "form|create|establish|found|bear");
    }

    /** Whether one of the {@code reach} tokens before token {@code k} has a lemma that {@code lemmas} matches. */
    private static boolean lemmaBefore(Sentence s, int k, int reach, String lemmas) {
        for (int j = k - 1; j >= 0 && j >= k - reach; j--) {
            if (s.tok(j).lemma().matches(lemmas)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match opens at an "and" that stands for the subject of the verb phrase before it ("X was founded in
     * 2011 and is led by P", Coreference's shared subject): the second phrase is a clause of its own for its time
     * and its cues.
     */
    private static boolean sharedSubjectAt(Sentence s, int from) {
        return from > 0 && from < s.size() && s.tok(from).lower().equals("and");
    }

    /** Whether the mention, in this sentence, stands before a common noun it modifies: "a Free Syrian Army group". */
    private static boolean modifiesNoun(Sentence s, Mention m) {
        if (m == null || m.sent() != s.index() || m.last() + 1 >= s.size()) {
            return false;
        }
        Tok next = s.tok(m.last() + 1);
        return next.pos().startsWith("NN") && !next.capitalized();
    }

    /** Whether "former" stands right before the mention: "the former Nusra Front". */
    private static boolean formerBefore(Sentence s, Mention m) {
        return m.sent() == s.index() && m.first() > 0 && s.tok(m.first() - 1).lower().equals("former");
    }

    /**
     * "A announced the formation of B": the word "formation" before the object at {@code obj} names B's founding
     * (the verb before it announces or declares it), not B's formation A is one of.
     */
    private static boolean announcedFormation(Sentence s, int obj) {
        int k = RuleMatcher.beforeArticle(s, obj);
        return k >= 3 && s.tok(k).lower().equals("of") && s.tok(k - 1).lower().equals("formation")
                && s.tok(k - 2).lower().equals("the")
                && s.tok(k - 3).lemmaMatches("announce|declare|unveil|welcome|proclaim");
    }

    /**
     * The match opens at a merger noun that names how a group was formed ("formed from a merger of A with B",
     * "announced as a merger of A with B").
     */
    private static boolean formingMerger(Sentence s, int from) {
        if (!s.tok(from).lowerMatches("merger|merging|amalgamation|union")) {
            return false;
        }
        int k = from - 1;
        if (k >= 0 && s.tok(k).lowerMatches("a|the")) {
            k--;
        }
        // "HTS was announced on 28 January 2017 as a merger of A with B"
        return k >= 1 && s.tok(k).lowerMatches("from|through|by|in|after|as")
                && lemmaBefore(s, k, 5, "form|create|establish|found|bear|emerge|announce|launch");
    }

    /**
     * The match at {@code from} opens an embedded question: "whether" stands just before it ("asked whether X is
     * part of Y", "the question is whether X can hold Z"), or "if" after a verb of asking ("wondered if X ...");
     * not when the match lies in a relative clause inside it ("whether Washington, which has armed the SDF, ...").
     */
    static boolean embeddedQuestion(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tok(k).word().equals(",") && s.tok(k + 1).lowerMatches("which|who|whose")) {
                return false;
            }
        }
        for (int k = from - 1; k >= 0 && k >= from - 4; k--) {
            String w = s.tok(k).lower();
            if (w.equals(",") || w.equals(";") || RuleMatcher.finite(s.tok(k))) {
                return false;
            }
            if (w.equals("whether")
                    || w.equals("if") && k > 0 && s.tok(k - 1).lemmaMatches("ask|wonder|question|doubt")) {
                return true;
            }
        }
        return false;
    }

    void apply(Document doc, List<Sentence> sents, List<List<Mention>> mentions, List<Mention[]> affiliations,
               DocEntities ents, SentenceTimes times, List<Candidate> out) {
        Map<Integer, List<Entity>> operationBackers = new HashMap<>();
        for (Sentence s : sents) {
            List<Mention> ms = mentions.get(s.index());
            // the backing compounds are read once: for the operations they back and for the groups they modify
            List<Compound> backed = compounds(s, BACKED, BACKED_WORDS);
            backedOperations(s, backed, ents, operationBackers);
            if (yesNoQuestion(s)) {
                continue; // "Is the 8th Brigade part of the Syrian army or not?" asks; it states nothing
            }
            if (!ms.isEmpty()) {
                compoundBacked(s, ms, backed, ents, times, out);
                compoundHeld(s, ms, ents, times, out);
                compoundLed(s, ms, ents, times, out);
                compoundLinked(s, ms, ents, times, out);
                compoundPro(s, ms, ents, times, out);
                jointAirPower(s, ms, ents, times, out);
            }
            Set<String> words = new HashSet<>();
            for (int k = 0; k < s.size(); k++) {
                Tok t = s.tok(k);
                words.add(t.lower());
                words.add(t.lemma());
                if (RuleMatcher.spacedDash(s, k)) {
                    words.add(","); // a spaced dash opens an aside as a comma does (RuleMatcher.triggerNear)
                }
            }
            for (Rule r : rules.triggeredBy(words)) {
                if (r.needsSubjectPage() && ents.subject() == null) {
                    continue;
                }
                if (ms.isEmpty() && !r.subject().startsWith("@")) {
                    continue; // only a rule about the discourse's umbrella or topic needs no name here
                }
                for (RuleMatcher.Match m : matcher.matches(r, s, ms)) {
                    emit(doc, s, r, m, mentions, ents, times, out);
                }
            }
        }
        EventFrames.apply(lex, sents, mentions, times, operationBackers, out);
        ideologyAdjectives.apply(sents, mentions, ents, out);
        clauseRoles.apply(sents, mentions, ents, times, out);
        if (dependencyRoles != null) {
            dependencyRoles.apply(sents, mentions, ents, times, out);
        }
        unclaimedMentions.apply(sents, mentions, ents, times, out);
        alliesThatBack(out);
        supportTakenForPartner(out);
        supportFromAGroupInTheField(out);
        bareMergersOfAWiderMerger(out);
        membershipsMergedAway(out);
        membershipsJoinedInAnEvent(out);
        coordinatedFoes(out);
        unitsOfTheirArmy(out);
        foesOfAllies(out);
        successors(sents, mentions, ents, times, out);
        placesOfAirPower(doc.text(), out);
        placesOfConditions(doc.text(), sents, out);
        absentActors(sents, mentions, out);
        for (Mention[] a : affiliations) {
            Mention ep = a[0];
            Mention parent = a[1];
            if (ep.text().toLowerCase(java.util.Locale.ROOT).endsWith("offshoot")) {
                continue; // an offshoot broke away: no membership is stated
            }
            if (parent.entity() == null || parent.kind() == null || !parent.kind().isActor()) {
                continue; // "the Darayya branch": a place's branch of the group, no parent group
            }
            Sentence s = sents.get(ep.sent());
            Candidate c = Candidate.inSentence(s, "epithet-affiliate", 0.8);
            c.subject = ep.entity();
            c.subjectMention = ep.text();
            c.relation = Relation.MEMBER_OF;
            c.object = parent.entity();
            c.objectMention = parent.text();
            c.order = s.index() * 10000 + ep.first();
            time(c, "auto", s, ep.first(), ep.last(), times);
            out.add(c);
        }
    }

    /** The name closes a list of actors: "A, B and C", "A and C" (another actor right before "and" or a comma). */
    private static boolean listTail(Sentence s, Mention m, List<Mention> ms) {
        if (m.source() == Mention.Source.PRONOUN) {
            return false; // "al-Qaeda and its leader, P": the pronoun refers back, it lists nothing
        }
        int k = RuleMatcher.beforeArticle(s, m.first());
        if (k < 1 || !(s.tok(k).lower().equals("and") || s.tok(k).word().equals(","))) {
            return false;
        }
        for (Mention x : ms) {
            if (x != m && x.last() == k - 1 && x.kind() != null && x.kind().isActor()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a comma or a relative pronoun stands between the list {@code bound} and the match's end, unless the
     * relative clause says the list acted together.
     */
    private static boolean interjected(Sentence s, List<Mention> bound, int to) {
        int last = -1;
        for (Mention x : bound) {
            last = Math.max(last, x.last());
        }
        if (RuleMatcher.jointRelative(s, last + 1)) {
            return false; // "A and B, which sided together against it": the relative speaks of them all
        }
        int from = last + 1;
        if (from < s.size() && s.tok(from).word().equals(",") && includedAside(s, bound, last)) {
            from++; // "A, B and several FSA brigades, among them C and D, overran P": the comma closes the aside
        }
        for (int k = from; k < to - 1 && k < s.size(); k++) {
            String w = s.tok(k).lower();
            if (w.equals(",") || w.equals("that") || w.equals("which") || w.equals("who") || w.equals("(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether ", including" or ", among them" opens an aside among the list's items (before {@code last}), the aside
     * {@link RuleMatcher#pastIncludedOpener} let the list read.
     */
    private static boolean includedAside(Sentence s, List<Mention> bound, int last) {
        int first = bound.get(0).first();
        for (int k = first + 1; k + 1 < last; k++) {
            if (RuleMatcher.pastIncludedOpener(s, k - 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Measured on samples and the dev sets: 5 of 7 such claims true ("troops backed by Hezbollah"). */
    static final double BACKING_ALLY_PRECISION = 0.6;

    /**
     * An armed group that backs another actor fights alongside it: "government troops backed by fighters from
     * Hezbollah" is support and an alliance (a state's, an agency's or a coalition's backing is support only). A
     * state or its forces backed by an armed group is that group's ally only: "the army, backed by NDF units" (on
     * the development sets 9 such backings were annotated as alliances and 1 also as support). A party backed by a
     * group is backed only.
     */
    private static void alliesThatBack(List<Candidate> out) {
        int n = out.size();
        List<Candidate> stateBacked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = out.get(i);
            if (c.relation != Relation.SUPPORTED_BY || c.object == null || c.negated
                    || c.object.kind() != EntityKind.ARMED_GROUP || !c.subject.kind().isActor()
                    || c.subject.kind() == EntityKind.PARTY) {
                continue; // "the Salvation Government that HTS backs": a party or administration does not fight
            }
            out.add(c.restatedAs(Relation.ALLIED_WITH, "rule:ally-that-backs",
                    Math.min(c.precision, BACKING_ALLY_PRECISION)));
            if (c.subject.kind().isState()) {
                stateBacked.add(c);
            }
        }
        out.removeAll(stateBacked);
    }

    private static final java.util.regex.Pattern SUPPORT_MENTION = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:support|backing|cover)");

    /** Air power named as an actor: "Russian warplanes", "a US drone strike", "the Syrian Arab Air Force". */
    private static final java.util.regex.Pattern AIR_POWER = java.util.regex.Pattern.compile(
            "(?i).*\\b(" + ClauseRoles.AIRCRAFT + "|warplane|jet|bomber|helicopter|drone|strikes?|sorties|"
            + ClauseRoles.AIR_ARMS + ")");
    /** A state's adjective sharing the air power named after it: "Russian and Syrian warplanes". */
    private static final java.util.regex.Pattern SHARED_AIR_POWER = java.util.regex.Pattern.compile(
            "(?i)\\s+and\\s+\\w+\\s+(" + ClauseRoles.AIRCRAFT + ")\\b.*", java.util.regex.Pattern.DOTALL);

    /**
     * Where warplanes or drones struck is not where their state operates: "Syrian and Russian warplanes struck Jobar"
     * gives no operates_in (on the development sets 0 of 20 such claims were annotated). The places of the ground
     * forces in the same sentence stay.
     */
    private static void placesOfAirPower(String text, List<Candidate> out) {
        out.removeIf(c -> c.relation == Relation.OPERATES_IN && c.subjectMention != null
                && (AIR_POWER.matcher(c.subjectMention).matches() || sharedAirPower(text, c)));
    }

    /**
     * A place named after "if" or "unless" in its sentence is one a condition supposes, not one anyone holds: "If they
     * take the Ghab and Kafr Nabuda, they open the road", "Unless rebels reconcile, further advances towards Nawa ..."
     * (on the developed sets' readable documents 8 of 27 such claims were annotated; other relations there: 1 of 3).
     */
    private static void placesOfConditions(String text, List<Sentence> sents, List<Candidate> out) {
        out.removeIf(c -> {
            if (c.relation != Relation.OPERATES_IN || c.objectMention == null || c.sentence < 0
                    || c.sentence >= sents.size()) {
                return false;
            }
            int place = offsetInEvidence(text, c, c.objectMention);
            if (place < 0) {
                return false;
            }
            for (Tok t : sents.get(c.sentence).toks()) {
                if (t.begin() >= place) {
                    return false;
                }
                if (t.lower().equals("if") || t.lower().equals("unless")) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Where {@code mention} first stands in the candidate's evidence, as an offset into the text; -1 when it does not. */
    private static int offsetInEvidence(String text, Candidate c, String mention) {
        int at = c.evidenceStart < 0 ? -1 : text.indexOf(mention, c.evidenceStart);
        return at > c.evidenceEnd ? -1 : at;
    }

    private static boolean sharedAirPower(String text, Candidate c) {
        int at = offsetInEvidence(text, c, c.subjectMention);
        if (at < 0 || c.subjectMention.contains(" ")) {
            return false;
        }
        int end = Math.min(text.length(), at + c.subjectMention.length() + 40);
        return SHARED_AIR_POWER.matcher(text.substring(at + c.subjectMention.length(), end)).matches();
    }

    /**
     * "the Syrian army, with heavy Russian air support, broke the siege": a partner named by the support it gave
     * ("Russian air support") backs the actor; it does not fight beside it.
     */
    private static void supportTakenForPartner(List<Candidate> out) {
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.relation == Relation.ALLIED_WITH && c.objectMention != null
                    && SUPPORT_MENTION.matcher(c.objectMention).matches()) {
                out.set(i, c.restatedAs(Relation.SUPPORTED_BY, "rule:supported-with-state-support", c.precision));
            }
        }
    }

    /**
     * "Nusra counterattacked with support from Ahrar al-Sham and FSA battalions", "led the response with support from
     * the Asayish": an armed group that gives support in the field fights beside the actor (a state or a coalition of
     * states that does, with air strikes or arms, backs it).
     */
    private static void supportFromAGroupInTheField(List<Candidate> out) {
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.method.equals("rule:supported-with-air-support") && c.object != null
                    && c.object.kind() == EntityKind.ARMED_GROUP) {
                out.set(i, c.restatedAs(Relation.ALLIED_WITH, "rule:allied-with-support-from-group", c.precision));
            }
        }
    }

    /**
     * "joined the Islamic Front in the campaign against ISIS": a group that joins another in an event fights alongside
     * it and does not become its member by that sentence.
     */
    private static void membershipsJoinedInAnEvent(List<Candidate> out) {
        dropPairsNamedBy(out, c -> c.relation == Relation.ALLIED_WITH && c.method.equals(JOINED_IN_EVENT), false,
                c -> c.relation == Relation.MEMBER_OF);
    }

    /**
     * Drops the candidates {@code drop} accepts whose sentence names their pair (subject and object) in a candidate
     * {@code by} accepts too ({@code eitherWay}: in either order). Candidates without an object take no part.
     */
    private static void dropPairsNamedBy(List<Candidate> out, java.util.function.Predicate<Candidate> by,
                                         boolean eitherWay, java.util.function.Predicate<Candidate> drop) {
        Set<String> named = new HashSet<>();
        for (Candidate c : out) {
            if (c.object != null && by.test(c)) {
                named.add(c.sentence + " " + c.subject.id() + " " + c.object.id());
                if (eitherWay) {
                    named.add(c.sentence + " " + c.object.id() + " " + c.subject.id());
                }
            }
        }
        if (!named.isEmpty()) {
            out.removeIf(c -> c.object != null && drop.test(c)
                    && named.contains(c.sentence + " " + c.subject.id() + " " + c.object.id()));
        }
    }

    private static final String JOINED_IN_EVENT = "rule:allied-joined-in-event";

    /** Alliances read from a bare coordination with an army ("the army and Hezbollah"). */
    private static final Set<String> COORDINATED = Set.of("rule:allied-army-and-group", "rule:allied-group-and-army");

    /**
     * A coordination with an army that names no two sides of one camp: two foes ("fought both the regime and IS",
     * "caught between the army and Hezbollah", "fights only the regime and IS"), a box's list ("Opponents: Syrian
     * Armed Forces, Hezbollah"), a pronoun's stand-in, or the army's own ("the army's 5th and 9th Divisions").
     */
    private static boolean noSides(Sentence s, RuleMatcher.Match m) {
        int first = m.slots().values().stream().flatMap(List::stream).mapToInt(Mention::first).min().orElse(m.from());
        for (int k = first - 1; k >= 0 && k >= Math.min(m.from(), first) - 3 && !s.tok(k).word().equals(","); k--) {
            if (s.tok(k).lowerMatches("between|both|only|either|neither|versus")) {
                return true; // past the slot's own words ("both President Bashar al-Assad's forces and ...")
            }
        }
        if (m.from() > 0 && RuleMatcher.isPossessive(s.tok(m.from() - 1))
                || m.to() + 1 < s.size() && s.tok(m.to() + 1).lower().equals("both")) {
            return true; // "the army's 11th Division and ...", "Daesh and the regime both benefit"
        }
        for (int k = 0; k < m.from(); k++) {
            if (s.tok(k).word().equals(":")) {
                return true;
            }
        }
        for (List<Mention> slot : m.slots().values()) {
            for (Mention x : slot) {
                if (x.source() == Mention.Source.PRONOUN
                        || x.last() + 1 < s.size() && RuleMatcher.isPossessive(s.tok(x.last() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Clashes between the army and Nusra", "Nusra and the army clashed": a coordination the same sentence makes a
     * fight names two sides, not two allies.
     */
    private static void coordinatedFoes(List<Candidate> out) {
        dropPairsNamedBy(out, c -> c.relation == Relation.FOUGHT, true, c -> COORDINATED.contains(c.method));
    }

    /** Measured on the development sets: all 3 such claims true (too few for a figure of its own). */
    static final double SUCCESSOR_PRECISION = 0.8;

    /**
     * A leader's successor leads what the leader led: "Hassan Aboud, the founder and leader of Ahrar al-Sham, was
     * killed in September; he was succeeded by Hashem al-Sheikh", "P resigned in November 2015 and was succeeded by
     * Q", "He was succeeded at the head of X by Q" (from the sentence's date). The group is the one the sentence
     * names between "succeeded" and "by", else the one a claim of this sentence or of the two before says the
     * predecessor led (the person named before "was succeeded", or, for a pronoun, the leader last named), when it
     * is just one group. A negated sentence says nothing.
     */
    private void successors(List<Sentence> sents, List<List<Mention>> mentions, DocEntities ents,
                            SentenceTimes times, List<Candidate> out) {
        List<Candidate> added = new ArrayList<>();
        for (Sentence s : sents) {
            for (int k = 1; k < s.size(); k++) {
                if (!s.tok(k).lower().equals("succeeded") || !passiveBe(s, k)) {
                    continue;
                }
                List<Mention> ms = mentions.get(s.index());
                Mention successor = null;
                Entity named = null;
                String namedText = null;
                for (int j = k + 1; j < s.size() && j <= k + 10 && successor == null; j++) {
                    String w = s.tok(j).lower();
                    if (lex.has("clause-boundary", w) || w.equals(",")) {
                        break;
                    }
                    for (Mention m : ms) {
                        if (m.first() == j && m.entity() != null && m.kind() != null && m.kind().isActor()
                                && m.kind() != EntityKind.STATE && s.tok(j - 1).lower().equals("of")) {
                            named = ents.current(m.entity()); // "at the head of X", "as leader of X"
                            namedText = m.text();
                        }
                    }
                    if (w.equals("by")) {
                        for (Mention m : ms) {
                            if (m.first() > j && m.first() <= j + 3 && (m.kind() == EntityKind.PERSON
                                    || m.entity() == null && m.source() == Mention.Source.NAME)) {
                                successor = m;
                                break;
                            }
                        }
                        break;
                    }
                }
                if (successor == null || ClauseRoles.cue(lex, s, 0, s.size() - 1, "negation")) {
                    continue;
                }
                Entity next = successor.entity() != null ? ents.current(successor.entity())
                        : ents.create(EntityKind.PERSON, successor.text());
                Candidate led = named != null ? null : predecessorsGroup(s, k, mentions, ents, out);
                Entity group = named != null ? named : led == null ? null : led.subject;
                if (group == null || group.id().equals(next.id())) {
                    continue;
                }
                Candidate c = Candidate.inSentence(s, "led-succeeded-by", SUCCESSOR_PRECISION);
                c.subject = group;
                c.subjectMention = named != null ? namedText : led.subjectMention;
                c.relation = Relation.LED_BY;
                c.object = next;
                c.objectMention = successor.text();
                c.order = s.index() * 10000 + successor.first();
                time(c, "start", s, k, successor.last(), times);
                added.add(c);
            }
        }
        out.addAll(added);
    }

    /** "was succeeded", "had been succeeded", "was later succeeded": a passive of "succeed" at k. */
    private static boolean passiveBe(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            Tok t = s.tok(j);
            if (t.lemma().equals("be")) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The led_by claim of sentence s or the two before that names the predecessor of a succession at token k: the
     * person named last before k in s, or, with none (a pronoun), the leader of the latest such claim; null unless
     * that person led exactly one group.
     */
    private static Candidate predecessorsGroup(Sentence s, int k, List<List<Mention>> mentions, DocEntities ents,
                                               List<Candidate> out) {
        Entity person = null;
        for (Mention m : mentions.get(s.index())) {
            if (m.last() < k && m.entity() != null && m.kind() == EntityKind.PERSON) {
                person = ents.current(m.entity());
            }
        }
        Candidate best = null;
        for (Candidate c : out) {
            if (c.relation != Relation.LED_BY || c.object == null || c.object.kind() != EntityKind.PERSON
                    || c.negated || c.sentence > s.index() || c.sentence < s.index() - 2
                    || c.sentence == s.index() && c.order >= s.index() * 10000 + k) {
                continue;
            }
            if (person != null && !ents.current(c.object).id().equals(person.id())) {
                continue;
            }
            if (best == null || c.order > best.order) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        String leader = ents.current(best.object).id();
        for (Candidate c : out) {
            if (c.relation == Relation.LED_BY && c.object != null && c.sentence <= s.index()
                    && c.sentence >= s.index() - 2 && ents.current(c.object).id().equals(leader)
                    && !ents.current(c.subject).id().equals(ents.current(best.subject).id())) {
                return null; // the predecessor led more than one group: which one is not said
            }
        }
        return best;
    }

    /** "the Syrian Army and its Fourth Armoured Division": the army's own unit is part of it, not its ally. */
    private static void unitsOfTheirArmy(List<Candidate> out) {
        dropPairsNamedBy(out, c -> c.method.equals("rule:member-army-and-its-force"), true,
                c -> c.relation == Relation.ALLIED_WITH);
    }

    /**
     * "Ahrar Souriya fought alongside Liwa al-Tawhid, the largest rebel force in the north, against regime troops":
     * the ally the sentence names beside a fighter fights the same foe. On the development sets 15 such fights were
     * annotated and 26 were not; most of these are true but unannotated ("it fought alongside the army's 4th
     * Division against Nusra", "LDF units fought alongside the army and the Tiger Forces against the Islamic State").
     */
    private static void foesOfAllies(List<Candidate> out) {
        Set<String> fights = new HashSet<>();
        for (Candidate c : out) {
            if (c.relation == Relation.FOUGHT && c.object != null) {
                fights.add(c.sentence + " " + c.subject.id() + " " + c.object.id());
                fights.add(c.sentence + " " + c.object.id() + " " + c.subject.id());
            }
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            Candidate a = out.get(i);
            if (a.relation != Relation.ALLIED_WITH || a.object == null || a.negated || fromBox(a)
                    || PARTNERS.contains(a.method)) {
                continue; // a box lists friends and foes of the page's subject; a partner's patron fights no war
            }
            for (int j = 0; j < n; j++) {
                Candidate f = out.get(j);
                if (f.relation != Relation.FOUGHT || f.object == null || f.negated || f.sentence != a.sentence
                        || fromBox(f)) {
                    continue;
                }
                boolean subjectFought = f.subject.id().equals(a.subject.id());
                if (!subjectFought && !f.subject.id().equals(a.object.id())) {
                    continue;
                }
                Entity ally = subjectFought ? a.object : a.subject;
                String key = f.sentence + " " + ally.id() + " " + f.object.id();
                if (ally.id().equals(f.object.id()) || !fights.add(key)) {
                    continue;
                }
                fights.add(f.sentence + " " + f.object.id() + " " + ally.id());
                Candidate c = f.restatedAs(Relation.FOUGHT, "rule:fought-foe-of-ally",
                        Math.min(FOE_OF_ALLY_PRECISION, Math.min(a.precision, f.precision)));
                c.subject = ally;
                c.subjectMention = subjectFought ? a.objectMention : a.subjectMention;
                out.add(c);
            }
        }
    }

    /**
     * Partnerships a patron holds ("Washington's main partner in the war against the Islamic State"): the partner
     * fights the war, not the patron (all 4 such fights passed on the development sets were unannotated).
     */
    private static final Set<String> PARTNERS = Set.of("rule:allied-partner", "rule:allied-appos-possessive-partner");

    private static boolean fromBox(Candidate c) {
        return c.method.startsWith("infobox:");
    }

    /**
     * Whether the rule's object is a state named as partners or backers ("their Lebanese ally") that a name follows
     * at once ("their Lebanese ally Hezbollah"): the name is the partner, and the state only its nationality.
     */
    private static boolean partnerNamedAfter(Rule r, Sentence s, List<Mention> objects, List<Mention> ms) {
        if (objects == null || !Regexes.matches(slotClass(r, r.object()), "partner|backer")) {
            return false;
        }
        for (Mention o : objects) {
            int k = o.last() + 1;
            for (Mention m : ms) {
                if (m.first() == k && m.entity() != null && m.kind() != null && m.kind().isActor()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kind class of the pattern's slot {@code slot} ("A"), or "" when the pattern has no such slot. */
    private static String slotClass(Rule r, String slot) {
        for (Rule.Element e : r.pattern()) {
            if (e instanceof Rule.Slot sl && slot.length() == 1 && sl.name() == slot.charAt(0)) {
                return sl.kindClass();
            }
        }
        return "";
    }

    /** Precision of a fight passed to an ally, as measured on the development sets (15 of 41). */
    private static final double FOE_OF_ALLY_PRECISION = 0.37;

    private static final Set<String> BARE_MERGERS = Set.of("rule:merged-with-bare",
            "rule:merged-announced-merger-with");

    /**
     * "A merged with B to form C", "A merged with B and others into C": where the sentence names what the group
     * merged into, "merged with B" does not make it merge into B.
     */
    private static void bareMergersOfAWiderMerger(List<Candidate> out) {
        Set<String> wider = new HashSet<>();
        for (Candidate c : out) {
            if (c.relation == Relation.MERGED_INTO && c.object != null && !BARE_MERGERS.contains(c.method)) {
                wider.add(c.sentence + " " + c.subject.id());
            }
        }
        out.removeIf(c -> BARE_MERGERS.contains(c.method) && wider.contains(c.sentence + " " + c.subject.id()));
    }

    /**
     * "A, B and C merged to form X": a group that merged into X in a sentence is not also a member of X by that
     * sentence (it ceased to exist). Measured on gold, samples and the dev sets: all 5 such memberships were false,
     * and annotators marked both relations for 2 of 49 merged pairs.
     */
    private static void membershipsMergedAway(List<Candidate> out) {
        dropPairsNamedBy(out, c -> c.relation == Relation.MERGED_INTO && !c.negated, false,
                c -> c.relation == Relation.MEMBER_OF && !c.negated && !c.closes);
    }

    private void emit(Document doc, Sentence s, Rule r, RuleMatcher.Match m, List<List<Mention>> mentions,
                      DocEntities ents, SentenceTimes times, List<Candidate> out) {
        // "Both groups", "The two militias": each of the pair
        List<Mention> named = refs(r.subject(), m, s, mentions, ents);
        if (r.relation() == Relation.LED_BY && named.stream().anyMatch(x -> ents.others(x).size() >= 2)) {
            return; // "The three declared a full merger under the command of P": P commands the merged body
        }
        List<Mention> subjects = ents.withPartners(named);
        List<Mention> objects = r.object().equals("-") ? null
                : ents.withPartners(refs(r.object(), m, s, mentions, ents));
        if (subjects.size() == 1 && r.relation() == Relation.LED_BY) {
            Mention owner = appositionOwner(s, subjects.get(0), mentions.get(s.index()));
            subjects = owner != null ? List.of(owner) : subjects;
        }
        if (subjects.size() == 1 && openingSlot(r, r.subject()) != null) {
            Mention head = appositionHead(s, subjects.get(0), mentions.get(s.index()));
            if (head != null) {
                if (namesAmong(objects, head)) {
                    return;
                }
                subjects = List.of(head);
            }
        }
        if (subjects.isEmpty() || objects != null && objects.isEmpty()) {
            return;
        }
        if (r.relation() == Relation.ALLIED_WITH && (subjects.stream().anyMatch(RuleMatcher::namesBacker)
                || objects != null && objects.stream().anyMatch(RuleMatcher::namesBacker))) {
            return; // "the Syrian army and its Russian patrons": a backer, which supported-* rules read
        }
        if (partnerNamedAfter(r, s, objects, mentions.get(s.index()))) {
            return; // "Iranian forces or their Lebanese ally Hezbollah": the ally is the name, not Lebanon
        }
        if (r.relation() == Relation.LED_BY && subjects.size() == 1 && startsWithSlot(r, r.subject())
                && !r.id().startsWith("led-appos") && listTail(s, subjects.get(0), mentions.get(s.index()))) {
            // "bringing together A, B and C under the leadership of P": P leads the whole, not C (but an apposition
            // after the last name is that name's: "fell to the army and Liwa al-Quds, the militia led by P")
            return;
        }
        if (r.relation() == Relation.MEMBER_OF && !r.id().startsWith("members-joined-in")
                && jointAction(s, m, mentions.get(s.index()))) {
            return; // "A joined B in establishing D", "A joined B in the X operations room": not A joining B
        }
        if (r.relation() == Relation.MEMBER_OF && possessorOfPartnership(s, m.to())) {
            return; // "A joined Nusra's campaign", "counted among Nusra's partners": B owns what A joined
        }
        if (r.relation() == Relation.LED_BY && subjects.size() == 1 && subjects.get(0).last() == m.to()
                && (ownerOrBase(s, m.to()) || subjects.get(0).source() != Mention.Source.PRONOUN
                && modifiesANoun(s, m.to()))) {
            // "P, who heads the FSA's military council", "who heads the Britain-based Observatory", "P, head of the
            // SDF media office", "P, the head of Iran's supreme national security council": the name owns or
            // modifies what P heads
            return;
        }
        if (r.relation() == Relation.LED_BY && objects != null && objects.size() == 1 && startsWithSlot(r, r.object())
                && groupOf(s, objects.get(0), mentions.get(s.index()))) {
            return; // "The Tiger Forces of Suheil al-Hassan led it": the group named after its leader did
        }
        if (r.relation() == Relation.LED_BY && oneOfItsCommanders(s, m)) {
            return; // "P, a senior commander of X", "a local commander of X": one of its commanders
        }
        if (r.nearest() && objects == null && groupAfter(subjects, m.to(), mentions.get(s.index()))) {
            return; // "A (A) and the B, which had been formed": the relative clause is B's
        }
        if (r.nearest() && groupBetween(s, subjects, objects, mentions.get(s.index()))) {
            return; // "X helped create Y to combat Z": the purpose is Y's, the nearer group
        }
        // (after the nearest-group checks, which the class name itself passes: it stands next to what it says)
        if (subjects.size() == 1 && r.relation() != Relation.MEMBER_OF) {
            Mention head = classifiedHead(lex, s, subjects.get(0), mentions.get(s.index()));
            if (head != null) {
                if (namesAmong(objects, head)) {
                    return;
                }
                subjects = List.of(head); // "X, a Free Syrian Army group that has received ...": X received it
            }
        }
        if (r.relation() == Relation.FOUGHT && objects != null && alongsideBefore(s, objects.get(0).first())) {
            return; // "fighting alongside members of X": X is on the fighters' side
        }
        if (r.id().equals("member-branch-of") && objects != null && objects.size() == 1
                && objects.get(0).sent() == s.index() && announcedFormation(s, objects.get(0).first())) {
            // "The SDF announced the formation of the Manbij Military Council": a founding, not the SDF as a
            // formation of the council (but "A and three others announced the formation of B" makes members)
            return;
        }
        if (r.relation() == Relation.FOUNDED && formedPart(s, m.to())) {
            return; // "which has formed part of the SNA since 2019": a membership, no founding
        }
        if (r.relation() == Relation.FOUNDED && r.id().equals("founded-appos-participle") && !subjects.isEmpty()
                && prepositionalObject(s, subjects.get(0))) {
            // "the merger of A into B, announced in recent days": what was announced is the merger, not B (but
            // "fighters of the Islamic Front, formed in 2013": the front)
            return;
        }
        if (r.id().startsWith("members-umbrella-colon-list") && colonListOfOthers(s, m.slots().get('A'))) {
            return; // "a merger of Zenki with three smaller groups: A, B and C": the groups are Zenki's partners
        }
        if (r.relation() == Relation.DISSOLVED && intoFollows(s, m.to() + 1)) {
            // "announced that they were dissolving into a single body", "dissolved itself into the new body": a
            // merger, not an end
            return;
        }
        if (r.relation() == Relation.MERGED_INTO && formingMerger(s, m.from())) {
            return; // "C was formed from a merger of A with B": A merges into C, not into B
        }
        if (r.id().startsWith("merged-absorbed") && formedWhen(s, m.from())) {
            return; // "C, the coalition created in January when A absorbed B": B merged into C, not into A
        }
        if (COORDINATED.contains("rule:" + r.id()) && noSides(s, m)) {
            return;
        }
        if (embeddedQuestion(s, m.from(), m.to())) {
            return; // "readers asked whether LAAG is part of the PMF": a question states nothing
        }
        boolean neg = r.negated() || cue(s, m, "negation", r);
        boolean hedge = r.hedged() || cue(s, m, "hedge", r);
        // one slot as subject and object ("A and B clashed in P"): each pair once, the earlier named as subject
        boolean reciprocal = r.subject().equals(r.object());
        if (reciprocal && interjected(s, m.slots().get(r.subject().charAt(0)), m.to())) {
            return; // "A, B and C, the group that had fought at P": the verb is the last one's alone
        }
        if (reciprocal && r.relation() == Relation.ALLIED_WITH && subjects.size() > MAX_ALLIED_LIST) {
            return; // "Participating factions included A, B, C, D, E and F": a roll of participants, not ten alliances
        }
        for (int i = 0; i < subjects.size(); i++) {
            Mention sm = subjects.get(i);
            Entity se = entity(sm, r, r.subject(), ents);
            if (se == null) {
                continue;
            }
            if (s.tok(0).lower().equals("unlike") && Coreference.inLikenedOpening(s, sm, m.to())) {
                continue; // "Unlike the YPG, the group joined the FSA": not the YPG
            }
            if (r.relation() == Relation.MEMBER_OF && (modifierAfterOf(s, sm) || someOf(s, sm) || splinterOf(s, sm))) {
                continue; // "a grouping of Free Syrian Army factions": the factions are the members, not the FSA
            }
            List<Mention> os = objects == null ? java.util.Collections.<Mention>singletonList(null)
                    : reciprocal ? objects.subList(Math.min(i + 1, objects.size()), objects.size()) : objects;
            for (Mention om : os) {
                Entity oe = om == null ? null : entity(om, r, r.object(), ents);
                if (om != null && (oe == null || oe.id().equals(se.id()) && !selfRename(r, sm, om))) {
                    continue;
                }
                if (om != null && om.source() == Mention.Source.PRONOUN && oe != null && subjects.stream()
                        .anyMatch(x -> x.entity() != null && x.first() != om.first()
                                && oe.id().equals(ents.current(x.entity()).id()))) {
                    continue; // "A and B fight alongside them": the pronoun is none of the clause's own subjects
                }
                if (om != null && r.relation() == Relation.FOUGHT && helpGivenBy(s, om)) {
                    continue; // "took the village with air support from the coalition": a helper, not the enemy
                }
                boolean umbrellaInGroup = oe != null && (r.relation() == Relation.MEMBER_OF || r.closes())
                        && se.kind() != null && se.kind().isUmbrella() && oe.kind() == EntityKind.ARMED_GROUP;
                boolean groupFirst = om != null && (om.sent() < sm.sent() || om.sent() == sm.sent()
                        && om.first() < sm.first());
                if (umbrellaInGroup && (r.time().equals("founding") ? groupFirst
                        : sm.source() == Mention.Source.PRONOUN)) {
                    // a coalition a reference stands for is no member of one armed group ("Its fighters joined the X
                    // Council"); nor does a coalition named after the group form it ("X was formed by FSA factions")
                    continue;
                }
                umbrellaInGroup &= r.time().equals("founding");
                Candidate c = Candidate.inSentence(s, r.id(), r.precision());
                // "The SDF announced a Jarabulus Military Council", "FSA factions unite to form the First Army": a
                // coalition that forms one armed group forms a part of itself
                c.subject = umbrellaInGroup ? oe : se;
                c.subjectMention = umbrellaInGroup ? om.text() : sm.text();
                c.relation = r.relation() == null ? Relation.MEMBER_OF : r.relation();
                if (c.relation == Relation.MEMBER_OF && r.id().contains("around") && formerBefore(s, sm)) {
                    // "HTS, an alliance formed in January around the former Nusra Front": a core that no longer
                    // goes by its name merged into what was built around it
                    c.relation = Relation.MERGED_INTO;
                }
                c.object = umbrellaInGroup ? se : oe;
                c.objectMention = om == null ? null : umbrellaInGroup ? sm.text() : om.text();
                c.negated = neg;
                c.hedged = hedge;
                c.closes = r.closes();
                c.order = s.index() * 10000 + m.from();
                if (r.time().equals("founding")) {
                    c.timeMode = "founding";
                }
                time(c, r.closes() ? "end" : r.time().equals("founding") ? "auto" : r.time(), s, m.from(), m.to(), times,
                        m.coordinated() || sharedSubjectAt(s, m.from()));
                if (!c.relation.hasObject() && c.object != null) {
                    continue;
                }
                if (!c.relation.hasObject() && !formable(se.kind())) {
                    continue; // states, places and people are not founded or dissolved by a group's rule
                }
                if (c.relation == Relation.RENAMED_TO && oe != null
                        && RuleMatcher.stateSide(se.kind()) != RuleMatcher.stateSide(oe.kind())) {
                    // "The elite unit, formerly known as the Tiger Forces": a description taken for a rebel group
                    // names no new name for an army unit; a state's unit and a rebel group are never one renamed body
                    continue;
                }
                if (c.relation == Relation.RENAMED_TO && (modifiesNoun(s, om) || modifiesNoun(s, sm))) {
                    continue; // "X, a Free Syrian Army group formerly known as Y": the FSA names the kind, not X
                }
                out.add(c);
            }
        }
    }

    /**
     * A renaming between two names the dictionary keeps for one entity ("the formation formerly known as the Tiger
     * Forces", "ISIL renamed itself the Islamic State"): both named in the sentence, and named differently.
     */
    private static boolean selfRename(Rule r, Mention sm, Mention om) {
        return r.relation() == Relation.RENAMED_TO && !sm.isReference() && !om.isReference()
                && !NameNormalizer.key(sm.text()).equals(NameNormalizer.key(om.text()));
    }

    /** The mention is the object of a preposition other than "of": "into B", "with the B", not "fighters of B". */
    private static boolean prepositionalObject(Sentence s, Mention m) {
        int k = RuleMatcher.beforeArticle(s, m.first());
        return k >= 0 && s.tok(k).pos().equals("IN") && !s.tok(k).lower().equals("of");
    }

    /**
     * "joined B, C and several factions in establishing ...", "joined B and C in the X operations room": the words
     * after the match tell a joint action or a body all of them belong to.
     */
    private static boolean jointAction(Sentence s, RuleMatcher.Match m, List<Mention> ms) {
        boolean joined = false;
        for (int k = m.from(); k <= m.to() && k < s.size(); k++) {
            joined |= s.tok(k).lemma().equals("join");
        }
        if (!joined) {
            return false;
        }
        boolean verb = false; // "joined B, C and D in the X operations room": no verb before "in"
        for (int k = m.to() + 1; k < s.size() && k <= m.to() + 24; k++) {
            Tok t = s.tok(k);
            if (t.word().equals(";") || t.word().equals(".") || t.word().equals(":")
                    || t.posMatches("VBD|VBZ|VBP|MD")) {
                return false; // "joined B in 2014, when the factions were fighting IS to push it out": another clause
            }
            if (t.word().equals(",") && k + 1 < s.size() && s.tok(k + 1).lowerMatches("an?|which|who|when|where")) {
                return false; // "joined the SRCC, an attempt to unify the rebel command": an apposition about B
            }
            if ((t.lower().equals("in") || t.lower().equals("to")) && k + 1 < s.size()
                    && (s.tok(k + 1).pos().equals("VBG") || s.tok(k + 1).pos().equals("VB"))) {
                return true;
            }
            verb |= t.pos().startsWith("VB");
            if ((t.lower().equals("in") || t.lower().equals("within")) && !verb) {
                int after = k;
                if (ms.stream().anyMatch(x -> x.first() > after && x.first() <= after + 2 && x.kind() != null
                        && x.kind().isUmbrella() && x.source() != Mention.Source.PRONOUN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the match ends on a possessor whose campaign or partners follow: "Ahrar al-Sham has joined Nusra's
     * campaign against the brigade", "once counted among Nusra's most reliable partners". The group joined or
     * counted in is the campaign or the circle of partners, not the possessor.
     */
    private boolean possessorOfPartnership(Sentence s, int to) {
        int k = to + 1;
        if (k >= s.size() || !RuleMatcher.isPossessive(s.tok(k))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
            String w = s.tok(j).lower();
            if (lex.has("attack-noun", w) || Regexes.matches(w, "partners?|allies|ally")) {
                return true;
            }
        }
        return false;
    }

    /** Ranks below a group's head: "a senior commander", "a field commander", "the deputy leader". */
    private static final Set<String> LOWER_RANKS = Set.of("senior", "local", "field", "deputy", "regional",
            "sector", "junior", "mid-level", "battalion", "brigade", "frontline", "middle-ranking");

    private static boolean oneOfItsCommanders(Sentence s, RuleMatcher.Match m) {
        if (m.from() > 0 && s.tok(m.from() - 1).lowerMatches("one|another")
                && s.tok(m.from()).pos().startsWith("NNP")) {
            return true; // "one Furqan commander, Abu Khaled": one of several, not its head
        }
        for (int k = m.from(); k < m.to(); k++) {
            if (LOWER_RANKS.contains(s.tok(k).lower())
                    && s.tok(k + 1).lowerMatches("commanders?|leaders?|chiefs?|emirs?|heads?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name ending at {@code to} modifies the common noun after it ("the SDF media office"), one that is no word
     * for the group itself or its people ("the Shabab al-Sunna faction").
     */
    private boolean modifiesANoun(Sentence s, int to) {
        return to + 1 < s.size() && s.tok(to + 1).pos().startsWith("NN") && !s.tok(to + 1).capitalized()
                && !lex.has("group-noun", s.tok(to + 1).lower()) && !lex.has("force-noun", s.tok(to + 1).lower())
                && !lex.section("group-suffix").containsKey(s.tok(to + 1).lower())
                && !RuleMatcher.TIME_WORDS.matcher(s.tok(to + 1).lower()).matches();
    }

    /**
     * True when the group that closes a match only qualifies what follows it: it owns it ("who heads the FSA's
     * military council") or is its base ("who heads the Britain-based Syrian Observatory").
     */
    private static boolean ownerOrBase(Sentence s, int to) {
        int k = to + 1;
        if (k >= s.size()) {
            return false;
        }
        String w = s.tok(k).lower();
        return RuleMatcher.isPossessive(s.tok(k)) || w.equals("-based")
                || w.equals("-") && k + 1 < s.size() && s.tok(k + 1).lower().equals("based");
    }

    /** True when another group is named between the subject and the end of the match. */
    private static boolean groupAfter(List<Mention> subjects, int to, List<Mention> ms) {
        int from = subjects.stream().mapToInt(Mention::last).max().orElse(to);
        for (Mention x : ms) {
            if (x.first() > from && x.last() <= to && x.entity() != null && x.kind() != null
                    && (x.kind() == EntityKind.ARMED_GROUP || x.kind().isUmbrella())
                    && subjects.stream().noneMatch(sm -> sm.entity() != null && sm.entity().id().equals(x.entity().id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean groupBetween(Sentence s, List<Mention> subjects, List<Mention> objects, List<Mention> ms) {
        if (objects == null || objects.isEmpty() || subjects.isEmpty()) {
            return false;
        }
        int from = subjects.stream().mapToInt(Mention::last).max().getAsInt();
        int to = objects.stream().mapToInt(Mention::first).min().getAsInt();
        for (Mention x : ms) {
            if (x.first() <= from || x.last() >= to || x.entity() == null || x.kind() == null || subjects.contains(x)
                    || sameEntity(subjects, x)) {
                continue; // another name of a subject ("the People's Protection Units (YPG)") stands for no other group
            }
            if (x.kind() == EntityKind.ARMED_GROUP || x.kind().isUmbrella()
                    || stateNamed(s, x) && !sameEntity(objects, x)) {
                return true; // not the state the object names ("vetted by the United States to receive U.S.-made ...")
            }
        }
        return false;
    }

    /**
     * Whether the colon after the umbrella {@code a} lists the items of another noun phrase, joined to the umbrella by
     * "with", "and" or "alongside" ("Zenki with three smaller groups: A, B and C"), or qualified by it ("the FSA
     * flag: A, B and C").
     */
    private static boolean colonListOfOthers(Sentence s, List<Mention> a) {
        if (a == null || a.isEmpty()) {
            return false;
        }
        int after = a.get(0).last() + 1;
        if (after < s.size() && s.tok(after).pos().equals("NN") && !s.tok(after).capitalized()) {
            return true; // "factions that still fly the Free Syrian Army flag: A, B and C": the name qualifies a noun
        }
        for (int k = after; k < s.size() && k <= a.get(0).last() + 6; k++) {
            String w = s.tok(k).lower();
            if (w.equals(":")) {
                return false;
            }
            if (Regexes.matches(w, "with|and|alongside|plus|besides")) {
                return true;
            }
        }
        return false;
    }

    /** Whether "into" stands at token k, past "itself" or "themselves". */
    private static boolean intoFollows(Sentence s, int k) {
        if (k < s.size() && s.tok(k).lowerMatches("itself|themselves")) {
            k++;
        }
        return k < s.size() && s.tok(k).lower().equals("into");
    }

    private static boolean sameEntity(List<Mention> ms, Mention x) {
        return ms.stream().anyMatch(m -> m.entity() != null && m.entity().id().equals(x.entity().id()));
    }

    /**
     * A state or its forces named as a party of its own ("where they face government forces backed by X"), not as the
     * owner or the qualifier of another noun ("Iran's", "Turkish-backed", "Russian jets") nor as a place ("from
     * Azerbaijan").
     */
    private static boolean stateNamed(Sentence s, Mention x) {
        if (!x.kind().isState() || x.source() == Mention.Source.PRONOUN) {
            return false;
        }
        int after = x.last() + 1;
        if (after < s.size() && (RuleMatcher.isPossessive(s.tok(after)) || s.tok(after).word().equals("-"))) {
            return false;
        }
        int before = RuleMatcher.beforeArticle(s, x.first());
        if (before >= 0 && s.tok(before).lowerMatches("from|in|into|inside|across|of|to|near")) {
            return false; // "fighters, most of them from Azerbaijan, led by ...": the country as a place
        }
        return !s.tok(x.last()).pos().startsWith("JJ");
    }

    /** The person is the "of" of a group named just before it: "the Tiger Forces of Suheil al-Hassan". */
    private static boolean groupOf(Sentence s, Mention p, List<Mention> ms) {
        int f = p.first();
        if (f < 2 || !s.tok(f - 1).lower().equals("of")) {
            return false;
        }
        return ms.stream().anyMatch(g -> g.last() == f - 2 && g.kind() != null
                && (g.kind() == EntityKind.ARMED_GROUP || g.kind().isUmbrella() || g.kind() == EntityKind.STATE_FORCE));
    }

    /** The slot {@code ref} when the rule opens with it, a list ("A+ , fighting alongside B+") or not; else null. */
    private static Rule.Slot openingSlot(Rule r, String ref) {
        return ref.length() == 1 && !r.pattern().isEmpty() && r.pattern().get(0) instanceof Rule.Slot slot
                && slot.name() == ref.charAt(0) ? slot : null;
    }

    private static boolean startsWithSlot(Rule r, String ref) {
        Rule.Slot slot = openingSlot(r, ref);
        return slot != null && !slot.list();
    }

    /**
     * "X, a Free Syrian Army group based in Hama that has received ...", "X, the loose FSA coalition that had
     * dominated Daraa": a name that only classes the head noun of an apposition (an article and up to two adjectives
     * before it, a noun of a group's kind after it) stands for the named actor X before the apposition's comma; null
     * otherwise.
     */
    static Mention classifiedHead(Lexicon lex, Sentence s, Mention sm, List<Mention> ms) {
        if (sm.sent() != s.index() || sm.isReference() || sm.last() + 1 >= s.size()
                || !RuleMatcher.classNoun(lex, s.tok(sm.last() + 1).lower())) {
            return null;
        }
        int k = sm.first() - 1;
        while (k >= 0 && sm.first() - k <= 2 && s.tok(k).pos().startsWith("JJ")) {
            k--;
        }
        int collective = collectiveHeadBefore(s, k);
        if (collective >= 0) {
            k = collective; // "X, an alliance of some 50 FSA factions that receives ...": the alliance is X
        }
        if (k < 2 || !s.tok(k).lowerMatches("a|an|the") || !s.tok(k - 1).word().equals(",")) {
            return null;
        }
        return actorEndingAt(ms, RuleMatcher.beforeParens(s, k - 2), sm);
    }

    /** Nouns of a body made of groups: "an alliance of FSA factions", "a coalition of local brigades". */
    private static final Set<String> COLLECTIVE_HEADS = Set.of("alliance", "coalition", "umbrella", "grouping",
            "federation", "union", "network", "bloc", "collection", "gathering", "merger", "mix", "amalgam",
            "confederation", "group", "front");
    /** Words that count or qualify the members of a collective: "some 50", "more than a dozen", "mostly". */
    private static final Set<String> MEMBER_QUANTIFIERS = Set.of("some", "about", "around", "nearly", "over",
            "more", "than", "less", "fewer", "several", "mostly", "mainly", "largely", "chiefly", "dozens",
            "hundreds", "scores", "a", "dozen", "numerous", "various", "smaller", "local", "other");

    /**
     * The article of a collective's apposition whose "of" phrase the name at {@code k + 1} classes the members of
     * (", an alliance of some 50 FSA factions", ", the loose coalition of mostly FSA brigades"), or -1.
     */
    private static int collectiveHeadBefore(Sentence s, int k) {
        int j = k;
        while (j >= 0 && k - j < 6 && (s.tok(j).pos().equals("CD") || s.tok(j).pos().startsWith("JJ")
                || MEMBER_QUANTIFIERS.contains(s.tok(j).lower())
                || s.tok(j).lower().equals("of") && j > 0 && s.tok(j - 1).lowerMatches("dozens|hundreds|scores"))) {
            j--;
        }
        if (j < 1 || !s.tok(j).lower().equals("of") || !COLLECTIVE_HEADS.contains(s.tok(j - 1).lower())) {
            return -1;
        }
        int a = j - 2;
        while (a >= 0 && j - 2 - a < 2 && s.tok(a).pos().startsWith("JJ")) {
            a--;
        }
        return a;
    }

    /** Whether one of {@code objects} (null: none) names the entity {@code head} names. */
    private static boolean namesAmong(List<Mention> objects, Mention head) {
        return objects != null && head.entity() != null && objects.stream()
                .anyMatch(o -> o.entity() != null && o.entity().id().equals(head.entity().id()));
    }

    /** The named actor (no place) other than {@code not} whose mention ends at token {@code end}, or null. */
    private static Mention actorEndingAt(List<Mention> ms, int end, Mention not) {
        for (Mention x : ms) {
            if (x.last() == end && x.entity() != null && x != not && x.kind() != null
                    && x.kind() != org.factiongraph.model.EntityKind.PLACE) {
                return x;
            }
        }
        return null;
    }

    /**
     * "X, a faction accused of sympathy for Y, has pledged ...": a clause subject that closes an apposition
     * (a comma right after it, the apposition opened by ", a|an|the|one" after a named actor X) is X.
     */
    static Mention appositionHead(Sentence s, Mention sm, List<Mention> ms) {
        int after = sm.last() + 1;
        if (after + 1 >= s.size() || !s.tok(after).word().equals(",")) {
            return null;
        }
        String next = s.tok(after + 1).pos();
        if (next.equals("WDT") || next.equals("WP")) {
            // "X, the group formerly known as Y, which cut its ties": a relative after a former name is the head's
            Mention head = Coreference.underFormerName(s, sm, ms);
            return head != sm ? head : null;
        }
        if (!(next.startsWith("VB") || next.equals("MD") || next.startsWith("RB"))) {
            return null; // the apposition must close on the clause's verb
        }
        for (int k = sm.first() - 1; k >= 1; k--) {
            String w = s.tok(k).word();
            if (w.equals(";") || w.equals(".") || w.equals(":")) {
                return null;
            }
            if (!w.equals(",")) {
                continue;
            }
            String det = s.tok(k + 1).lower();
            if (!(det.equals("a") || det.equals("an") || det.equals("the") || det.equals("one")
                    || det.equals("another"))) {
                return null;
            }
            // "the National Defence Forces (NDF), a paramilitary force loyal to P, fighting ...": past the name's
            // parenthesis
            return actorEndingAt(ms, RuleMatcher.beforeParens(s, k - 1), sm);
        }
        return null;
    }

    /**
     * "X, an elite unit of Y commanded by P": the group a participle after "unit of Y" describes is the
     * apposition's head X, not Y.
     */
    static Mention appositionOwner(Sentence s, Mention sm, List<Mention> ms) {
        int k = RuleMatcher.beforeArticle(s, sm.first());
        if (k < 0 || !s.tok(k).lower().equals("of")) {
            return null;
        }
        for (int j = k - 1; j >= 1 && j >= k - 6; j--) {
            String w = s.tok(j).word();
            if (w.equals(",")) {
                String det = s.tok(j + 1).lower();
                if (!(det.equals("a") || det.equals("an") || det.equals("the") || det.equals("one"))) {
                    return null;
                }
                for (Mention x : ms) {
                    if (x.last() == j - 1 && x.entity() != null && x.kind() != null
                            && x.kind() != org.factiongraph.model.EntityKind.PLACE
                            && x.kind() != org.factiongraph.model.EntityKind.PERSON) {
                        return x;
                    }
                }
                return null;
            }
            if (w.equals(";") || w.equals(".")) {
                return null;
            }
        }
        return null;
    }

    /** The mentions a subject or object reference names. */
    private List<Mention> refs(String ref, RuleMatcher.Match m, Sentence s, List<List<Mention>> mentions,
                               DocEntities ents) {
        if (ref.equals("@topic")) {
            Entity e = ents.subject();
            return e == null ? List.of() : List.of(new Mention(s.index(), m.from(), m.from(), e, e.kind(),
                    e.canonicalName(), Mention.Source.TITLE));
        }
        if (ref.equals("@umbrella")) {
            Mention u = umbrella(s, m, mentions, ents.newest());
            return u == null ? List.of() : List.of(u);
        }
        if (ref.equals("@army")) {
            if (garrison == null) {
                return List.of();
            }
            Entity e = ents.register(garrison); // "dozens of conscripts defected to X": the war's state's army
            return List.of(new Mention(s.index(), m.from(), m.from(), e, e.kind(), s.tok(m.from()).word(),
                    Mention.Source.DESCRIBED));
        }
        List<Mention> b = m.slots().get(ref.charAt(0));
        return b == null ? List.of() : b;
    }

    /**
     * "The five groups are ...": a mention of the body the text introduced as newly formed, whatever its kind, in
     * this sentence (outside the match) or the three before it; null when there is none.
     */
    private static Mention newestSince(Sentence s, RuleMatcher.Match m, List<List<Mention>> mentions, Entity newest) {
        for (int si = s.index(); newest != null && si >= 0 && si >= s.index() - 3; si--) {
            for (Mention x : mentions.get(si)) {
                if (x.entity() != null && x.entity().id().equals(newest.id())
                        && (si < s.index() || x.last() < m.from() || x.first() > m.to())) {
                    return x;
                }
            }
        }
        return null;
    }

    private static Mention umbrella(Sentence s, RuleMatcher.Match m, List<List<Mention>> mentions, Entity newest) {
        // the members the rule bound are not their own umbrella ("Its founding components included A, a movement
        // created in 2013, ...": A is the newest formed body, not the one it joined)
        Set<String> bound = new HashSet<>();
        for (List<Mention> ms : m.slots().values()) {
            for (Mention x : ms) {
                if (x.entity() != null) {
                    bound.add(x.entity().id());
                }
            }
        }
        if (newest != null && bound.contains(newest.id())) {
            newest = null;
        }
        Mention best = null;
        for (Mention x : mentions.get(s.index())) {
            if (x.entity() != null && x.kind() != null && x.kind().isUmbrella() && x.last() < m.from()
                    && (best == null || Math.abs(x.first() - m.from()) < Math.abs(best.first() - m.from()))) {
                best = x;
            }
        }
        if (best == null) {
            // "They had merged into a single force called X. ... The groups said to be joining include": the body
            // the text introduced as newly formed comes before a coalition merely named in the sentences before
            best = newestSince(s, m, mentions, newest);
        }
        for (int si = s.index() - 1; best == null && si >= 0 && si >= s.index() - 3; si--) {
            List<Mention> ms = mentions.get(si);
            for (int k = ms.size() - 1; k >= 0 && best == null; k--) {
                Mention x = ms.get(k);
                if (x.entity() != null && x.kind() != null && x.kind().isUmbrella()) {
                    best = x;
                }
            }
        }
        String opening = s.tok(m.from()).lower();
        if (best == null && (opening.equals("its") || opening.equals("their"))) {
            // "Its founding components included ...": what the pronoun stands for, when no coalition is near
            for (Mention x : mentions.get(s.index())) {
                if (x.first() == m.from() && x.entity() != null && x.kind() != null && x.kind().isActor()
                        && !bound.contains(x.entity().id())) {
                    best = x;
                }
            }
        }
        if (best == null && s.index() + 1 < mentions.size()) {
            for (Mention x : mentions.get(s.index() + 1)) {
                if (x.entity() != null && x.kind() != null && x.kind().isUmbrella()) {
                    best = x;
                    break;
                }
            }
        }
        return best;
    }

    private static Entity entity(Mention mention, Rule r, String ref, DocEntities ents) {
        if (mention.entity() != null) {
            return ents.current(mention.entity());
        }
        String cls = slotClass(r, ref);
        if (cls.equals("person")) {
            return ents.create(EntityKind.PERSON, mention.text());
        }
        return RuleMatcher.placeClass(cls) ? ents.create(EntityKind.PLACE, mention.text()) : null;
    }

    /** Quantities that take a part of a group's people: "some of its members", "dozens of its fighters". */
    private static final Set<String> SOME = Set.of("some", "many", "several", "few", "dozens", "hundreds", "scores",
            "thousands", "column", "convoy", "force", "contingent", "handful");

    /** "Some of its members have joined the Islamic State": a part of the group's people, not the group. */
    private static boolean someOf(Sentence s, Mention m) {
        int head = RuleMatcher.headBefore(s, m.first(), "of");
        return head >= 0 && SOME.contains(s.tok(head).lower());
    }

    /** People who break with a group or outlive it: "hardliners from X", "X loyalists", "remnants of X". */
    private static final Set<String> SPLINTER = Set.of("hardliners", "defectors", "loyalists", "veterans",
            "remnants", "dissidents", "breakaways");

    /**
     * "hardliners from the former Jund al-Aqsa formed Liwa al-Aqsa", "several al-Qaeda loyalists founded Hurras
     * al-Din": some of the group's people acted, apart from it; the group is no member of what they formed or joined.
     */
    private static boolean splinterOf(Sentence s, Mention m) {
        if (m.last() + 1 < s.size() && SPLINTER.contains(s.tok(m.last() + 1).lower())) {
            return true;
        }
        int k = m.first() - 1;
        if (k >= 0 && s.tok(k).lowerMatches("former|erstwhile")) {
            k--;
        }
        if (k >= 0 && s.tok(k).lower().equals("the")) {
            k--;
        }
        // "the loyalists of X" are X's own people (as "the fighters of X" are); "X loyalists", "loyalists from X" and
        // "the remnants of X" outlive or leave X
        return k >= 1 && s.tok(k).lowerMatches("from|of") && SPLINTER.contains(s.tok(k - 1).lower())
                && !(s.tok(k).lower().equals("of") && s.tok(k - 1).lower().equals("loyalists"));
    }

    /** Words before "of" that say what a body is made of: "a grouping of", "made up of", "consisting of". */
    private static final Set<String> MADE_OF = Set.of("grouping", "coalition", "alliance", "union", "federation",
            "confederation", "umbrella", "bloc", "gathering", "comprising", "consisting", "composed", "up");

    /**
     * "a grouping of Free Syrian Army factions": the mention follows a body's "of" and modifies a plural group noun
     * after it (not "a number of FSA factions set up X", where the FSA's factions are the members).
     */
    private boolean modifierAfterOf(Sentence s, Mention m) {
        int head = RuleMatcher.headBefore(s, m.first(), "of");
        int after = m.last() + 1;
        return head >= 0 && MADE_OF.contains(s.tok(head).lower()) && after < s.size()
                && s.tok(after).pos().equals("NNS") && lex.has("group-noun", s.tok(after).lower());
    }

    /**
     * "alongside members of X", "beside units of Iran's X": "alongside" or "beside" a few words before token
     * {@code first}, with only nouns, adjectives, possessives, "the", "of" and "from" between.
     */
    private static boolean alongsideBefore(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            String w = s.tok(k).lower();
            if (w.equals("alongside") || w.equals("beside")) {
                return true;
            }
            if (!(w.equals("the") || w.equals("of") || w.equals("from") || s.tok(k).pos().startsWith("NN")
                    || s.tok(k).pos().startsWith("JJ") || RuleMatcher.isPossessive(s.tok(k)))) {
                return false;
            }
        }
        return false;
    }

    /** "support from X", "help from the X": the mention is the source of a help noun ([helper-cue]). */
    private boolean helpGivenBy(Sentence s, Mention om) {
        int head = RuleMatcher.headBefore(s, om.first(), "from");
        if (head >= 0 && s.tok(head).pos().startsWith("NN") && lex.has("helper-cue", s.tok(head).lower())) {
            return true;
        }
        // "they take their orders and their money from Iran", "had taken salaries and weapons from the MOC": wages
        // and orders taken from an actor are its support, whatever else the list holds
        for (int k = head; k >= 0 && k >= head - 6; k--) {
            Tok t = s.tok(k);
            if (lex.has("given-goods", t.lower())) {
                return true;
            }
            if (t.pos().startsWith("VB") || t.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Negation or hedging cue inside the matched clause (from a few tokens before the match to its end). */
    private boolean cue(Sentence s, RuleMatcher.Match m, String section, Rule r) {
        // a cue the rule itself spells ("would no longer operate under its own name") is the rule's meaning
        Set<String> own = new HashSet<>();
        for (Rule.Element el : r.pattern()) {
            if (el instanceof Rule.Word w) {
                own.addAll(w.alternatives());
            }
        }
        // "denied that fighters of X, a group that has pledged allegiance to Y, took part": an apposition's own
        // clause is outside the cue before its head
        boolean apposition = apposition(r) || throughAppositiveRelative(s, m, r);
        if (section.equals("negation") && !apposition && deniedThat(s, m.from())) {
            return true;
        }
        int from = m.from();
        // "refused to follow it and stayed loyal to X": a second verb phrase's cue is its own
        boolean ownStart = apposition || sharedSubjectAt(s, m.from());
        for (int k = m.from() - 1; !ownStart && k >= 0 && k >= m.from() - 4; k--) {
            Tok t = s.tok(k);
            if (lex.has("clause-boundary", t.lower()) || t.word().equals(",")) {
                break;
            }
            from = k;
        }
        StringBuilder sb = new StringBuilder(" ");
        for (int k = from; k <= m.to() && k < s.size(); k++) {
            int past = RuleMatcher.skipInterjected(s, k);
            if (past > k && past <= m.to() && !s.tok(k + 1).lowerMatches("a|an|the|one|another")) {
                k = past - 1; // a cue inside "X, which is believed to ..., controls" hedges the relative clause only
                continue;
            }
            String w = s.tok(k).lower();
            if (lex.has(section, w) && !own.contains(w) && !ClauseRoles.properNoun(s.tok(k))) {
                return true;
            }
            sb.append(w).append(' ');
        }
        String joined = sb.toString();
        for (String c : lex.words(section)) {
            if (c.indexOf(' ') > 0 && joined.contains(" " + c + " ") && !own.containsAll(List.of(c.split(" ")))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an apposition or a relative clause after a name and its comma. */
    private static final Set<String> APPOSITION_WORDS = Set.of("a", "an", "the", "another", "one", "which", "who",
            "that", "whose", "then", "now", "once", "still");

    /** A rule that reads a name's apposition: "A , a|the|which ..." or "A , B's ...", the comma required. */
    private static boolean apposition(Rule r) {
        List<Rule.Element> p = r.pattern();
        if (p.size() < 3 || !(p.get(1) instanceof Rule.Word comma) || !comma.alternatives().contains(",")
                || comma.optional()) {
            return false;
        }
        return p.get(2) instanceof Rule.Slot
                || p.get(2) instanceof Rule.Word w && w.alternatives().stream().anyMatch(APPOSITION_WORDS::contains);
    }

    /**
     * The match reads the relative clause that closes its subject's apposition ("X, a group that has pledged
     * allegiance to Y, took part"), not a verb after an aside closed by a comma ("X, a group that was formed in 2012,
     * joined Y"): that clause is the apposition's own.
     */
    private static boolean throughAppositiveRelative(Sentence s, RuleMatcher.Match m, Rule r) {
        if (r.pattern().isEmpty() || !(r.pattern().get(0) instanceof Rule.Slot slot)) {
            return false;
        }
        List<Mention> subject = m.slots().get(slot.name());
        if (subject == null || subject.isEmpty()) {
            return false;
        }
        int after = subject.get(subject.size() - 1).last() + 1;
        int relative = RuleMatcher.pastAppositiveRelative(s, after, null);
        int aside = RuleMatcher.skipInterjected(s, after);
        return relative > after && relative <= m.to() && !(aside > after && aside <= m.to());
    }

    /**
     * Whether the clause from token {@code from} is what a denial verb before "that" denies: "Afash denied on his
     * Facebook page that Liwa Ahrar Souriya had merged into Harakat Hazm".
     */
    private boolean deniedThat(Sentence s, int from) {
        while (from >= 3 && s.tok(from - 1).lowerMatches("some|many|most|several|dozens|hundreds|any|of")) {
            from--; // "denied reports that some of its fighters had defected"
        }
        if (from < 2 || !s.tok(from - 1).lower().equals("that")) {
            return false;
        }
        for (int k = from - 2; k >= 0 && k >= from - 9; k--) {
            Tok t = s.tok(k);
            if (lex.has("clause-boundary", t.lower())) {
                return false;
            }
            if (t.pos().equals("VBN") && k > 0 && s.tok(k - 1).pos().startsWith("NN")) {
                continue; // "denied reports circulated by pro-regime pages that": a participle on the reports
            }
            if (t.pos().startsWith("VB")) {
                // not "denied its authenticity and insisted that they remained part of HTS": the nearest verb
                return lex.has("denial-verb", t.lemma());
            }
        }
        return false;
    }

    /**
     * Where the sentence's first verb begins (Integer.MAX_VALUE when it has none): a time expression that starts at or
     * before it opens the sentence ("In September 2015, however, X ...").
     */
    private static int firstVerbBegin(Sentence s) {
        for (Tok t : s.toks()) {
            if (t.pos().startsWith("VB")) {
                return t.begin();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Fills the claim's date from the time expression nearest the match, else the narrative's anchor date. */
    static void time(Candidate c, String role, Sentence s, int from, int to, SentenceTimes times) {
        time(c, role, s, from, to, times, false);
    }

    /**
     * As above; for a predicate coordinated after "and" ({@code ownClause}) only a time expression of that predicate
     * dates the claim ("was founded in late 2011 and is led by P": the leadership has no date), and none else.
     */
    static void time(Candidate c, String role, Sentence s, int from, int to, SentenceTimes times, boolean ownClause) {
        if (role.equals("none")) {
            return;
        }
        int a = s.tok(from).begin();
        int b = s.tok(Math.min(to, s.size() - 1)).end();
        TimeMention best = null;
        int bestDist = Integer.MAX_VALUE;
        boolean ownTime = false;
        // a coordinated predicate leaves the times of the phrase before it aside, but "In September 2015, X pledged
        // ... and was absorbed ...": the opening dates both
        int opening = ownClause ? firstVerbBegin(s) : Integer.MAX_VALUE;
        java.util.function.Predicate<TimeMention> earlierPhrase = tm -> ownClause && tm.end() <= a
                && tm.start() > opening;
        for (TimeMention tm : times.mentions().get(s.index())) {
            ownTime |= tm.start() < b && !earlierPhrase.test(tm);
        }
        for (TimeMention tm : times.mentions().get(s.index())) {
            if (earlierPhrase.test(tm)) {
                continue;
            }
            if (tm.start() >= b && c.relation != Relation.LED_BY && relativeBetween(s, to, tm.start(), ownTime)) {
                continue; // "pledged allegiance to X, who proclaimed a caliphate last month": X's time, not the claim's
            }
            if (tm.start() >= a && c.relation != Relation.FOUNDED && !"founding".equals(c.timeMode)
                    && formationOfAnother(s, from, tm.start(), c.subjectMention)) {
                continue; // "fought alongside X, the alliance which was formed in November": X's founding date
            }
            int d = tm.end() <= a ? a - tm.end() : tm.start() >= b ? tm.start() - b : 0;
            if (d < bestDist) {
                best = tm;
                bestDist = d;
            }
        }
        if (best != null && bestDist == 0) {
            // "captured Idlib city on 28 March, Jisr al-Shughur in late April and Ariha in May": a list item
            // dated right after it takes its own date, not the one of an earlier item inside the match
            for (TimeMention tm : times.mentions().get(s.index())) {
                if (tm.start() >= b && tokensBefore(s, Math.min(to, s.size() - 1), tm.start()) <= 1) {
                    best = tm;
                    bestDist = tm.start() - b;
                    break;
                }
            }
        }
        PartialDate date;
        Role tr = Role.POINT;
        if (best != null) {
            date = best.date();
            tr = best.role();
            c.explicitTime = true;
            c.timeDistance = bestDist;
        } else {
            date = ownClause ? null : times.anchors().get(s.index());
        }
        if (date == null) {
            return;
        }
        String r = role;
        if (c.relation == Relation.LED_BY && r.equals("auto") && endsLeadership(s)) {
            r = "end"; // "the group's leader, P, was killed": the leadership ended then
        }
        if (r.equals("auto")) {
            r = c.relation.interval() ? (tr == Role.END ? "end" : "start") : "at";
        }
        switch (r) {
            case "end" -> c.end = date;
            case "start" -> {
                if (tr == Role.END && c.relation.interval()) {
                    c.end = date;
                } else {
                    c.start = date;
                }
            }
            default -> {
                if (c.relation.interval()) {
                    c.start = date;
                } else {
                    c.at = date;
                }
            }
        }
        if (best != null && best.role() == Role.START && c.relation.interval() && !r.equals("end") && c.end == null) {
            c.end = pairedEnd(times.mentions().get(s.index()), best); // "from 2013 to 2015", "between 2013 and 2015"
        }
    }

    /** The number of tokens after token {@code last} that end by character offset {@code at}. */
    private static int tokensBefore(Sentence s, int last, int at) {
        int k = last + 1;
        while (k < s.size() && s.tok(k).end() <= at) {
            k++;
        }
        return k - last - 1;
    }

    /** The end a start is paired with right after it ("from 2013 to 2015"), or null. */
    private static PartialDate pairedEnd(List<TimeMention> mentions, TimeMention start) {
        for (TimeMention tm : mentions) {
            if (tm.role() == Role.END && tm.start() >= start.end() && tm.start() - start.end() <= 10) {
                return tm.date();
            }
        }
        return null;
    }

    /**
     * A relative clause about a person (", who") opens after token {@code to}, before character {@code at}: its time
     * is the person's ("al-Baghdadi, who proclaimed a caliphate last month"); a clause about a group (", which broke
     * out last week") may well date the claim, unless the claim has a time of its own ({@code ownTime}: "In August
     * 2015 fifteen factions formed Jaysh al-Nasr, which in 2018 joined the NFL").
     */
    private static boolean relativeBetween(Sentence s, int to, int at, boolean ownTime) {
        for (int k = Math.max(0, to + 1); k + 1 < s.size() && s.tok(k + 1).begin() < at; k++) {
            if (s.tok(k).word().equals(",") && s.tok(k + 1).lower().matches(ownTime ? "who|which" : "who")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of founding that a relative clause about another entity may hold ("which was formed in November"). */
    private static final Set<String> FOUNDING = Set.of("formed", "founded", "established", "created", "launched",
            "set", "announced", "born");

    /**
     * A relative clause telling the founding of something other than the claim's subject opens after token
     * {@code from}, before character {@code at}: "X, the alliance which was formed in November" (but not "Y, which
     * was formed last September to defend Kobani" for a claim about Y).
     */
    private static boolean formationOfAnother(Sentence s, int from, int at, String subjectMention) {
        String[] subjectWords = subjectMention == null ? new String[0] : subjectMention.split("\\s+");
        String subjectLast = subjectWords.length == 0 ? "" : subjectWords[subjectWords.length - 1];
        for (int k = Math.max(0, from + 1); k < s.size() && s.tok(k).begin() < at; k++) {
            String w = s.tok(k).lower();
            if (!w.equals("which") && !w.equals("that")) {
                continue;
            }
            int ante = k - 1 >= 0 && s.tok(k - 1).word().equals(",") ? k - 2 : k - 1;
            if (ante >= 0 && s.tok(ante).word().equalsIgnoreCase(subjectLast)) {
                continue; // the clause is the subject's own
            }
            for (int j = k + 1; j < s.size() && j <= k + 4 && s.tok(j).begin() < at; j++) {
                if (FOUNDING.contains(s.tok(j).lower()) && s.tok(j).pos().startsWith("VB")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> DEATH = Set.of("killed", "died", "death", "assassinated", "slain", "executed",
            "ousted", "resigned", "dismissed", "replaced");

    private static boolean endsLeadership(Sentence s) {
        for (Tok t : s.toks()) {
            if (DEATH.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean formable(EntityKind k) {
        return k == EntityKind.ARMED_GROUP || k == EntityKind.COALITION || k == EntityKind.OPERATIONS_ROOM
                || k == EntityKind.PARTY || k == EntityKind.STATE_FORCE || k == EntityKind.AGENCY;
    }

    static boolean isKind(Entity e, EntityKind k) {
        return e != null && e.kind() == k;
    }
}
