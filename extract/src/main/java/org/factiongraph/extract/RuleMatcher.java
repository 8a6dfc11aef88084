package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.EntityKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches compiled rule patterns against one sentence's tokens and mentions, by backtracking; gaps are lazy.
 * Keeps nothing between documents apart from its immutable lexicon and, per thread, the slot starts of the last
 * sentence it read (results depend on the sentence only); thread-safe.
 */
final class RuleMatcher {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their");
    /** Nouns for a group's own forces, plural or one fighter: "fighters of X", "a fighter from X" act as X does. */
    private static final Set<String> FORCE_NOUNS = Set.of("fighters", "forces", "militants", "troops", "units",
            "members", "brigades", "battalions", "factions", "gunmen", "militiamen", "rebels", "jihadists",
            "insurgents", "fighter", "militant", "gunman", "militiaman", "rebel", "jihadist", "insurgent", "loyalists");
    /** What a group holds, standing for the group when attacked: "raids on its positions". */
    private static final Set<String> HELD = Set.of("positions", "position", "bases", "base", "checkpoints",
            "strongholds", "stronghold", "headquarters", "territory", "lines", "camps");
    private static final Set<String> PREPOSITIONS = Set.of("by", "from", "of", "with", "to", "against", "in", "into",
            "across", "inside", "near", "toward", "towards", "throughout", "on", "alongside", "beside");
    /** Nominal heads a slot reads through: "the northern countryside of Hama", "the border town of Jarabulus". */
    private static final Set<String> PLACE_HEADS = Set.of("countryside", "outskirts", "town", "towns", "city",
            "village", "villages", "province", "provinces", "region", "area", "areas", "suburbs", "district",
            "governorate", "cities", "parts", "streets", "most", "much", "part", "edges", "outskirt", "desert", "north", "south",
            "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center", "heart", "rest",
            "remainder", "enclave", "pocket", "countrysides", "territory");
    /** Quantifiers a coordinated place may open with: "Douma and much of the Eastern Ghouta". */
    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "north-western", "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
            "southwestern", "southeastern", "rural", "greater");
    private static final Set<String> UNIT_NOUNS = Set.of("brigade", "group", "faction", "militia", "movement",
            "battalion", "coalition", "alliance", "front");
    /** A group's regional parts, standing for the group in a list: "the Idlib sector of Jaysh al-Islam". */
    private static final Set<String> SECTIONS = Set.of("sector", "branch", "wing", "units", "remnants", "faction");
    private static final Set<String> PART_OF = Set.of("much", "most", "part", "parts", "all", "half", "areas", "rest");

    /**
     * One match: the mentions bound to each slot, the token span it covers, and whether its subject was taken from
     * the sentence's opening for a predicate coordinated after "and" (the span then starts at that predicate).
     */
    record Match(Map<Character, List<Mention>> slots, int from, int to, boolean coordinated) {
    }

    private final Lexicon lex;

    RuleMatcher(Lexicon lex) {
        this.lex = lex;
    }

    List<Match> matches(Rule rule, Sentence s, List<Mention> ms) {
        List<Match> out = new ArrayList<>();
        Mention[] at = new Mention[s.size()];
        for (Mention m : ms) {
            if (at[m.first()] == null || at[m.first()].length() < m.length()) {
                at[m.first()] = m;
            }
        }
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        for (int p = 0; p < s.size(); p++) {
            Map<Character, List<Mention>> b = new HashMap<>();
            int end = match(rule.pattern(), 0, p, s, at, b, rule.free());
            if (end >= 0 && appositionInList(rule, s, at, b, end)) {
                continue;
            }
            if (end >= 0 && ends.add(end)) {
                out.add(new Match(Map.copyOf(b), p, end - 1, false));
            }
        }
        coordinatedPredicates(rule, s, ms, at, ends, out);
        return out;
    }

    /**
     * Whether a match that reads its subject's apposition ("A, the local branch of B") is an item of a list instead:
     * a name and a comma stand before the subject and "and" follows the match ("C, A, the local branch of B and
     * several tribal brigades formed X": the branch is the list's third item, not A's description).
     */
    private static boolean appositionInList(Rule rule, Sentence s, Mention[] at, Map<Character, List<Mention>> b,
                                            int end) {
        List<Rule.Element> pat = rule.pattern();
        if (pat.size() < 3 || !(pat.get(0) instanceof Rule.Slot a) || !(pat.get(1) instanceof Rule.Word w)
                || !w.alternatives().contains(",") || end >= s.size() || !s.tok(end).lower().equals("and")) {
            return false;
        }
        List<Mention> subject = b.get(a.name());
        if (subject == null || subject.size() != 1) {
            return false;
        }
        int k = beforeDeterminers(s, subject.get(0));
        if (k < 1 || !s.tok(k).word().equals(",")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
            if (at[j] != null) {
                return at[j].last() == k - 1 && at[j].source() != Mention.Source.PRONOUN;
            }
        }
        return false;
    }

    /**
     * "X was formed in 2016 from a merger of A and B, and had pledged allegiance to the Islamic State": a predicate
     * coordinated after "and" takes the subject the sentence opens with; so does a participle after a comma ("X
     * joined the fighting on Saturday, driving ISIS fighters out of ..."), which shares the clause's time. Tried for a
     * rule whose pattern opens with its subject slot, at each "and" followed by a verb, adverb or modal and each
     * comma followed by a participle, when the sentence opens with an actor. A relative clause inside the subject's
     * apposition ("X, a coalition that was set up last month, ...") is no clause between.
     */
    private void coordinatedPredicates(Rule rule, Sentence s, List<Mention> ms, Mention[] at, java.util.Set<Integer> ends,
                                       List<Match> out) {
        if (rule.pattern().isEmpty() || !(rule.pattern().get(0) instanceof Rule.Slot slot)) {
            return;
        }
        Mention subject = null;
        for (Mention m : ms) {
            if (m.first() <= 1 && m.entity() != null && accepts(slot.kindClass(), m)
                    && (m.first() == 0 || DETERMINERS.contains(s.tok(0).lower()))) {
                subject = m;
                break;
            }
        }
        boolean timeFronted = false;
        if (subject == null && !ms.isEmpty()) {
            // "In February 2017, the group launched an offensive, seizing P": past a fronted phrase of time, which
            // dates every predicate of the sentence
            Mention m = ms.get(0);
            if (m.entity() != null && accepts(slot.kindClass(), m) && frontedTime(s, m.first())) {
                subject = m;
                timeFronted = true;
            }
        }
        if (subject == null) {
            subject = afterFrontedClause(s, at, slot);
        }
        if (subject == null) {
            return;
        }
        subject = possessedNamed(s, subject, at);
        if (subject == null || !accepts(slot.kindClass(), subject)) {
            return;
        }
        int clauseFrom = skipInterjected(s, skipParens(s, subject.last() + 1)); // "X (Y), a coalition that ..., "
        for (int p = subject.last() + 2; p + 1 < s.size(); p++) {
            // "and seized P", "but also includes A": a second predicate of the opening subject
            boolean and = s.tok(p - 1).lowerMatches("and|but") && s.tok(p).posMatches("VB.*|MD|RB.*")
                    && !nounsParticiples(s, p);
            boolean participle = s.tok(p - 1).word().equals(",") && s.tok(p).pos().equals("VBG") // ", driving X out"
                    && !PREPOSITIONAL_PARTICIPLES.contains(s.tok(p).lower()); // not ", including A and B"
            if (!and && !participle || at[p] != null) {
                continue;
            }
            if (!triggerNear(rule, s, p) || clauseBetween(s, p > clauseFrom ? clauseFrom : subject.last() + 1, p - 1)) {
                continue; // "X said that Y attacked A and seized P": the second predicate is Y's
            }
            Map<Character, List<Mention>> b = new HashMap<>();
            b.put(slot.name(), List.of(subject));
            int end = match(rule.pattern(), 1, p, s, at, b, rule.free());
            if (end >= 0 && ends.add(end)) {
                // a participle shares the clause's time; so does every predicate after a fronted time
                out.add(new Match(Map.copyOf(b), p, end - 1, and && !timeFronted));
            }
        }
    }

    /**
     * "a faction funded and armed by X": the participle at {@code p} and the one before "and" make a reduced
     * relative on the noun before them, so the agent is that noun's, not the clause subject's ("It was founded and
     * led by X" and "X, formed in 2016 and led by P" stay the subject's).
     */
    private static boolean nounsParticiples(Sentence s, int p) {
        if (p < 3 || p + 1 >= s.size() || !s.tok(p).posMatches("VBN|VBD") || !s.tok(p + 1).lower().equals("by")
                || !s.tok(p - 2).posMatches("VBN|VBD")) {
            return false;
        }
        int k = p - 3;
        while (k > 0 && s.tok(k).pos().startsWith("RB")) {
            k--;
        }
        return s.tok(k).pos().startsWith("NN");
    }

    /**
     * The subject of a main clause after a fronted subordinate clause: "When the uprising against ISIS began in January
     * 2014, the Martyrs of Badr joined it, fighting alongside X" (a footnote marker may open the sentence); or null.
     */
    private Mention afterFrontedClause(Sentence s, Mention[] at, Rule.Slot slot) {
        int i = 0;
        if (s.size() > 3 && s.tok(0).wordMatches("[\\[(]") && s.tok(2).wordMatches("[\\])]")) {
            i = 3; // "[4] When ..."
        }
        if (i >= s.size() || !FRONTED_SUBORDINATORS.contains(s.tok(i).lower())) {
            return null;
        }
        for (int c = i + 1; c + 1 < s.size(); c++) {
            if (lex.has("clause-boundary", s.tok(c).lower())) {
                return null;
            }
            if (s.tok(c).word().equals(",")) {
                int q = DETERMINERS.contains(s.tok(c + 1).lower()) ? c + 2 : c + 1;
                Mention m = q < s.size() ? at[q] : null;
                return m != null && m.entity() != null && accepts(slot.kindClass(), m) ? m : null;
            }
        }
        return null;
    }

    /** Words that open a subordinate clause set before its main clause ("When X took the town, ..."). */
    static final Set<String> FRONTED_SUBORDINATORS = Set.of("when", "after", "as", "while", "since", "once", "before",
            "although", "though", "because", "until", "whereas");

    /**
     * Whether m is the object of the verb right before it (past a determiner) and a participle follows it after a
     * comma: that participle's subject is the clause's subject, not m.
     */
    private static boolean objectBeforeParticiple(Sentence s, Mention m) {
        int before = m.first() - 1;
        if (before >= 0 && DETERMINERS.contains(s.tok(before).lower())) {
            before--;
        }
        int after = m.last() + 1;
        return before >= 0 && s.tok(before).pos().startsWith("VB") && after + 1 < s.size()
                && s.tok(after).word().equals(",") && s.tok(after + 1).pos().equals("VBG")
                && !PREPOSITIONAL_PARTICIPLES.contains(s.tok(after + 1).lower());
    }

    /** Participles that act as prepositions and open no predicate: "other formations, including A". */
    private static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.of("including", "excluding", "regarding",
            "concerning", "following", "according", "notwithstanding", "barring", "pending");

    /** Words that make a phrase one of time: months, weekdays, seasons, "week", "month", "year". */
    static final java.util.regex.Pattern TIME_WORDS = java.util.regex.Pattern.compile(
            "january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday|week|month|year|spring|summer|autumn|fall|winter");

    /** Words that open a phrase of time inside a verb group ("in 2018", "on Sunday", "late last year"). */
    private static final Set<String> TIME_OPENERS = Set.of("in", "on", "by", "since", "during", "until", "late",
            "early", "last", "this", "for");

    /** Spans of time a phrase of time may count ("for years", "for two months", "in the past"). */
    private static final java.util.regex.Pattern TIME_SPANS = java.util.regex.Pattern.compile(
            "(?:day|week|month|year|decade)s?|past");

    /** Words that may stand inside a phrase of time besides numbers and time words ("in the summer of 2014"). */
    private static final Set<String> TIME_FILLERS = Set.of("the", "of", "early", "late", "mid", "last", "this",
            "that", "next", "recent");

    /**
     * The token after a phrase of time opening at j ("in 2018", "on 3 August 2015", "in the summer of 2014", "last
     * year", "for several years"), or -1 when none opens there. The phrase holds a number or a time word and at
     * most six tokens.
     */
    static int timePhraseEnd(Sentence s, int j) {
        if (j >= s.size() || !TIME_OPENERS.contains(s.tok(j).lower())) {
            return -1;
        }
        boolean time = TIME_WORDS.matcher(s.tok(j).lower()).matches();
        int k = j + 1;
        while (k < s.size() && k <= j + 6) {
            Tok t = s.tok(k);
            boolean timeWord = t.pos().equals("CD") || TIME_WORDS.matcher(t.lower()).matches()
                    || TIME_SPANS.matcher(t.lower()).matches();
            if (!timeWord && !TIME_FILLERS.contains(t.lower()) && !t.lower().equals("several")) {
                break;
            }
            time |= timeWord;
            k++;
        }
        return time && k > j + 1 && k < s.size() && !TIME_FILLERS.contains(s.tok(k - 1).lower()) ? k : -1;
    }

    /** Set phrases that work as one adverb inside a verb group ("have at times exchanged fire", "in turn joined"). */
    private static final Set<String> ADVERBIAL_PHRASES = Set.of("at times", "at first", "in turn", "on occasion",
            "once again", "for a time", "in part", "at one point", "at least once", "for a while", "in effect",
            "in practice", "in fact", "by then", "at the time");

    /** The first words of {@link #ADVERBIAL_PHRASES}: no phrase is built at a gap's token that opens none. */
    private static final Set<String> ADVERBIAL_OPENERS = ADVERBIAL_PHRASES.stream()
            .map(ph -> ph.substring(0, ph.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The token after a set adverbial phrase opening at j ("at times", "at one point"); -1 when none opens there. */
    private static int pastAdverbialPhrase(Sentence s, int j) {
        if (j >= s.size() || !ADVERBIAL_OPENERS.contains(s.tok(j).lower())) {
            return -1;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = j; k < s.size() - 1 && k < j + 3; k++) {
            if (k > j) {
                phrase.append(' ');
            }
            phrase.append(s.tok(k).lower());
            if (k > j && ADVERBIAL_PHRASES.contains(phrase.toString())) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * How many tokens short parentheses take among the first {@code budget} other tokens from {@code p}: "a Free
     * Syrian Army (FSA) group that" skips as far as "a Free Syrian Army group that".
     */
    private static int parenthesised(Sentence s, int p, int budget) {
        int extra = 0;
        int j = p;
        while (j < s.size() && budget > 0) {
            int after = pastParens(s, j, 6);
            if (after > j) {
                extra += after - j;
                j = after;
                continue;
            }
            budget--;
            j++;
        }
        return extra;
    }

    /**
     * The token after "appear to" / "seem to" at j ("A and B appear to cooperate closely", "X appears to have joined
     * Y"): the verb group goes on with the infinitive; -1 when none stands there.
     */
    private static int pastRaisingVerb(Sentence s, int j) {
        if (j + 2 >= s.size() || !s.tok(j).pos().startsWith("VB")) {
            return -1; // called for each word of a verb group: most are no verb before "to"
        }
        int to = j + 1;
        if (!s.tok(to).lower().equals("to")) {
            int timed = s.tok(j).pos().equals("VBN") ? timePhraseEnd(s, to) : -1;
            if (timed < 0 || timed + 1 >= s.size() || !s.tok(timed).lower().equals("to")) {
                return -1;
            }
            to = timed; // "were reported on Monday to have clashed with X"
        }
        if (s.tok(j).pos().equals("VBN") && s.tok(j).lowerMatches("reported|said|believed|thought|alleged"
                + "|understood|rumoured|rumored|suspected|known")) {
            int be = j - 1;
            while (be > 0 && s.tok(be).pos().startsWith("RB")) {
                be--; // "were also reported to"
            }
            if (be >= 0 && s.tok(be).lowerMatches("is|are|was|were|be|been|being")) {
                return to + 1; // "Qatar and Saudi Arabia were also reported to have financed X": its verb goes on
            }
        }
        return to == j + 1 && s.tok(j).lemmaMatches("appear|seem") ? j + 2 : -1;
    }

    /** Verbs of a reporting insert in a relative clause; not a denial or an accusation, which say the opposite. */
    private static final Set<String> INSERT_VERBS = Set.of("say", "says", "said", "claim", "claims", "claimed",
            "believe", "believes", "believed", "allege", "alleges", "alleged", "report", "reports", "reported");

    /**
     * The token after a reporting insert that opens a relative clause at j ("X, which activists say coordinates
     * with Y", "a unit that residents said was funded by Z", "which the group claims is"): up to three words of its
     * own subject and a verb of saying right after the relative pronoun; -1 when none opens there.
     */
    private static int pastReportingInsert(Sentence s, int j) {
        if (j < 1 || !s.tok(j - 1).lowerMatches("which|who|that")) {
            return -1;
        }
        for (int k = j; k < s.size() - 1 && k <= j + 3; k++) {
            Tok t = s.tok(k);
            if (k > j && INSERT_VERBS.contains(t.lower())) {
                return k + 1;
            }
            if (!t.posMatches("DT|JJ|NNS?|NNPS?|PRP|CD|CC")) {
                return -1; // "which rebels and monitors say has sworn allegiance to IS"
            }
        }
        return -1;
    }

    /**
     * The name of a comparison that opens at j inside a verb group ("A and B, which like the Levant Front belong to
     * Y", "X, like Y, joined Z"): "like" or "unlike" right after a relative pronoun or a comma, then the name; null
     * when none opens there. The caller binds the name after "like" to the subject's slot too (X is said to do the
     * same); the name after "unlike" is only passed over.
     */
    private static Mention comparedName(Sentence s, Mention[] at, int j) {
        if (j < 1 || j + 2 >= s.size() || !s.tok(j).lowerMatches("like|unlike") || !s.tok(j).pos().equals("IN")
                || !s.tok(j - 1).lowerMatches("which|who|that|,")) {
            return null;
        }
        int k = s.tok(j + 1).lower().equals("the") ? j + 2 : j + 1;
        return at[k] != null && at[k].first() == k ? at[k] : null;
    }

    /** The token after a comparison's name, its parenthesis and an optional comma: where the verb group goes on. */
    private static int pastComparedName(Sentence s, Mention name) {
        int after = skipParens(s, name.last() + 1);
        return after < s.size() && s.tok(after).word().equals(",") ? after + 1 : after;
    }

    /**
     * Whether the tokens before {@code first} are one fronted phrase of time ("In February 2017,", "On Sunday the",
     * "Last month"): a preposition or "last/this/early/late" first, no verb and no other name, at most eight tokens.
     */
    private static boolean frontedTime(Sentence s, int first) {
        if (first < 2 || first > 8 || !s.tok(0).lowerMatches("in|on|by|since|during|last|this|early|late|after")) {
            return false;
        }
        boolean time = false;
        for (int k = 1; k < first; k++) {
            Tok t = s.tok(k);
            boolean timeWord = t.pos().equals("CD") || TIME_WORDS.matcher(t.lower()).matches();
            if (t.pos().startsWith("VB") || t.pos().startsWith("NNP") && !timeWord) {
                return false;
            }
            time |= timeWord;
        }
        return time;
    }

    /**
     * The subject a sentence opening with a possessive speaks of: "The group's principal forerunner, Liwa Shuhada
     * al-Yarmouk, was founded ... and fought" is about the forerunner, named in apposition (null when it is not
     * named); "IS's fighters seized P and ..." stays IS's. The opening mention itself otherwise.
     */
    private static Mention possessedNamed(Sentence s, Mention opening, Mention[] at) {
        int k = opening.last() + 1;
        if (k >= s.size() || !isPossessive(s.tok(k))) {
            return opening;
        }
        for (int j = k + 1; j < s.size() && j <= k + 4; j++) {
            if (s.tok(j).word().equals(",")) {
                return j + 1 < s.size() && at[j + 1] != null && at[j + 1].entity() != null ? at[j + 1] : null;
            }
            if (at[j] != null || s.tok(j).pos().startsWith("VB")) {
                return opening; // "IS's fighters seized ..."
            }
        }
        return opening;
    }

    /** One of the rule's trigger words within a few tokens from p (a rule without triggers is always tried). */
    private static boolean triggerNear(Rule rule, Sentence s, int p) {
        if (rule.triggers().isEmpty()) {
            return true;
        }
        for (int k = p; k < s.size() && k <= p + 8; k++) {
            String w = s.tok(k).lower();
            if (rule.triggers().contains(w) || rule.triggers().contains(s.tok(k).lemma())
                    || rule.triggers().contains(",") && spacedDash(s, k)) {
                return true; // a spaced dash opens an aside as a comma does ("X - the faction that ... - left")
            }
        }
        return false;
    }

    /** Nouns of time after which "that" is a determiner, not a clause's opening: "that summer", "that year". */
    private static final Set<String> THAT_TIMES = Set.of("summer", "winter", "spring", "autumn", "fall", "year",
            "month", "week", "day", "morning", "afternoon", "evening", "night", "weekend", "time");

    /**
     * A subordinate or reported clause opens between from and to ("that", "which", "who", "when", "after"; not "that"
     * before a noun of time: "took Morek that summer and joined X").
     */
    private static boolean clauseBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tok(k).lower();
            if (w.equals("that") && !(k + 1 < s.size() && THAT_TIMES.contains(s.tok(k + 1).lower()))
                    || w.equals("which") || w.equals("who") || w.equals("whom") || w.equals("when")
                    || w.equals("after") || w.equals("before") || w.equals("while")
                    || w.equals("as") && !(k > from && s.tok(k - 1).lowerMatches("known|such")) // "better known as"
                    || w.equals("because") || w.equals("whose") || w.equals("where") || w.equals(";")
                    || w.equals(":") || w.equals("said") || w.equals("says")) {
                return true;
            }
        }
        return false;
    }

    /** Returns the token index after the match, or -1. */
    private int match(List<Rule.Element> pat, int e, int p, Sentence s, Mention[] at, Map<Character, List<Mention>> b,
                      boolean free) {
        if (e == pat.size()) {
            return p;
        }
        Rule.Element el = pat.get(e);
        int n = s.size();
        if (el instanceof Rule.Gap g) {
            if (g.verbGroup() && startsWithSubject(pat, e)) {
                int past = pastSubjectModifierOnce(s, p);
                if (past == p) {
                    past = pastGenericConjunct(s, p, at);
                }
                if (past > p) {
                    // "A's forces, backed by X, seized ...": the verb group after the interjection
                    int r = match(pat, e, past, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                int classed = pastClassNoun(s, p, pat, b);
                if (classed > p) {
                    // "the Jaysh al-Fatah coalition that drove ...": past the noun that classes the named group
                    int r = match(pat, e, classed, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                int relative = pastAppositiveRelative(s, p, at);
                if (relative > p) {
                    // "X, a company that has fought ...": the verb group of the apposition's relative clause
                    int r = match(pat, e, relative, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
            int max = g.verbGroup() ? g.max() : g.max() + parenthesised(s, p, g.max());
            for (int k = 0; k <= max && p + k <= n; k++) {
                if (k > 0) {
                    Tok t = s.tok(p + k - 1);
                    if (lex.has("clause-boundary", t.lower())) {
                        return -1;
                    }
                    int raised = g.verbGroup() ? pastRaisingVerb(s, p + k - 1) : -1;
                    if (raised > 0) {
                        // "A and B were also reported to have financed X": the verb group starts again after "to"
                        return match(pat, e, raised, s, at, b, free);
                    }
                    if (g.verbGroup() && !verbGroup(t)) {
                        // "X, which in 2018 joined Y", "X on Sunday seized P": past a phrase of time in the group
                        int past = timePhraseEnd(s, p + k - 1);
                        past = past > 0 ? past : pastAdverbialPhrase(s, p + k - 1);
                        past = past > 0 ? past : pastReportingInsert(s, p + k - 1);
                        if (past < 0 && e > 0 && pat.get(e - 1) instanceof Rule.Slot before) {
                            Mention compared = comparedName(s, at, p + k - 1);
                            past = compared == null ? -1 : pastComparedName(s, compared);
                            if (compared != null && t.lower().equals("like") && accepts(before.kindClass(), compared)) {
                                // "A, which like X belong to Y": X is said to belong as well
                                List<Mention> was = b.get(before.name());
                                List<Mention> with = new ArrayList<>(was);
                                with.add(compared);
                                b.put(before.name(), with);
                                int r = match(pat, e, past, s, at, b, free);
                                if (r < 0) {
                                    b.put(before.name(), was);
                                }
                                return r;
                            }
                        }
                        return past > 0 ? match(pat, e, past, s, at, b, free) : -1;
                    }
                }
                int r = match(pat, e + 1, p + k, s, at, b, free);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (el instanceof Rule.Slot slot) {
            // an actor slot that opens a pattern is a subject: never the object of a preposition ("backed by X",
            // "into Syria")
            boolean subjectOnly = e == 0 && p > 0 && !free && !placeClass(slot.kindClass())
                    && !slot.kindClass().equals("person") && governed(s, p)
                    && !(pat.size() > 1 && pat.get(1) instanceof Rule.Word w1 && w1.alternatives().contains(","));
            for (int start : slotStarts(s, p)) {
                Mention m = at[start];
                Mention possessed = m != null && e > 0 ? possessed(s, at, m, slot.kindClass()) : null;
                if (possessed != null) {
                    m = possessed; // "by Iran's Revolutionary Guards", "Syria's al-Nusra Front": the possessed
                } else if (m != null && e > 0 && ownsGroup(s, at, m)
                        && !readsPoss(pat, e + 1)) {
                    continue; // "backed by Lebanon's Hezbollah": the state only says where the group is from
                }
                if (m == null || !accepts(slot.kindClass(), m)
                        || ClauseRoles.modifierWord(lex, s, m) && !readsCompound(pat, e + 1)) {
                    continue; // "overran the US-backed rebel group": the backer is no party to the clause
                }
                if (forcesOfAnother(s, at, m)) {
                    continue; // "the al-Qaeda loyalists of Hurras al-Din": the group after "of" is meant
                }
                if (slot.kindClass().equals("person") && (kinOwner(s, m) || kinOfWho(s, m))) {
                    // "commanded by President Bashar al-Assad's brother Maher": the brother is meant; "P, a cousin of
                    // President Bashar al-Assad who commanded X": the cousin
                    continue;
                }
                if (affiliateOwner(s, m) && !readsPoss(pat, e + 1)) {
                    // "dominated by al Qaeda's Syrian affiliate": the affiliate is meant, not al-Qaeda; when the
                    // affiliate's name follows ("al Qaeda's Syrian branch the Nusra Front"), the name fills the slot
                    Mention named = namedAffiliate(s, at, m);
                    if (named == null || !accepts(slot.kindClass(), named)) {
                        continue;
                    }
                    m = named;
                }
                if (ownsRivals(s, m)) {
                    continue; // "had pushed its rivals out of al-Bab": the rivals are others, not the owner
                }
                if (m.kind() == EntityKind.PLACE && Coreference.dateline(s, m)) {
                    continue; // "BEIRUT, May 3 (Reuters) - Douma, the stronghold of X": where the report was filed
                }
                if (e > 0 && e == pat.size() - 1 && possessivePronoun(s, m)) {
                    continue; // "launched its offensive": the pronoun owns the object, it is not the object
                }
                if ((m.kind() == EntityKind.STATE || m.kind() == EntityKind.PLACE) && m.last() + 2 < n
                        && isPossessive(s.tok(m.last() + 1)) && s.tok(m.last() + 2).capitalized()
                        && at[m.last() + 2] == null) {
                    // "Syria's Kurdish Democratic Union Party": the state only says whose party it is; the
                    // possessed name after an adjective fills the slot
                    Mention owned = m.last() + 3 < n && s.tok(m.last() + 2).pos().startsWith("JJ")
                            ? at[m.last() + 3] : null;
                    if (owned == null || !accepts(slot.kindClass(), owned)) {
                        continue;
                    }
                    m = owned;
                }
                if (e == 0 && objectBeforeParticiple(s, m)) {
                    continue; // "the Martyrs of Badr joined it, fighting alongside X": not it, fighting
                }
                if (e == 0 && !free && adverbialBeforeParticiple(s, m)) {
                    // "stormed the hill after heavy Russian air strikes, overrunning positions held by X": the
                    // participle is the clause subject's, not the strikes'
                    continue;
                }
                // an object pronoun is never a clause subject: "Alongside them fought X" (not "them fought X")
                boolean subjectPronoun = m.source() == Mention.Source.PRONOUN
                        && !s.tok(m.first()).lower().equals("them");
                if (subjectOnly && !subjectPronoun && !relativeAfter(s, m.last() + 1) && !classedRelative(s, m)
                        && !(m.last() + 1 < n && isPossessive(s.tok(m.last() + 1)))
                        && !reducedRelative(s, m.last() + 1)
                        && !(slot.list() && relativeAfterList(s, at, slot.kindClass(), m))) {
                    continue;
                }
                List<Mention> bound = new ArrayList<>();
                bound.add(m);
                // "A ( the former B )": a pattern that reads the parenthesis itself does not skip it
                int next = opensParens(pat, e + 1) ? m.last() + 1 : skipParens(s, m.last() + 1);
                if (slot.list()) {
                    next = coordinated(s, at, slot.kindClass(), next, bound);
                }
                // "X - the Uyghur faction that has fought alongside Y for years - brokered": an aside set off by
                // dashes is an apposition as one set off by commas is
                int dashed = readsComma(pat, e + 1) && !readsDash(pat, e + 1) && skipDashAside(s, next) > next
                        ? next : -1;
                if (!readsDash(pat, e + 1)) {
                    next = skipDashAside(s, next);
                }
                b.put(slot.name(), bound);
                int r = match(pat, e + 1, next, s, at, b, free);
                if (r >= 0) {
                    return r;
                }
                if (dashed >= 0) {
                    r = match(pat, e + 2, dashed + 1, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                int closed = readsCommaRelative(pat, e + 1) ? pastPlainApposition(s, at, next) : -1;
                if (closed > 0) {
                    // "X, the Free Syrian Army's command in the province, which is headed by P": the relative is X's
                    r = match(pat, e + 1, closed, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                int classed = bound.size() == 1 && readsComma(pat, e + 1) ? pastClassNoun(s, m, next) : next;
                if (classed > next) {
                    // "the Jaish al-Fatah coalition, whose main components are A and B": the comma after the noun
                    // that classes the named group
                    r = match(pat, e + 1, classed, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                if (readsPoss(pat, e + 1) && ownerPronoun(s, m)) {
                    // "X, its best-known formation": "its" is the owner and its possessive at once
                    r = match(pat, e + 2, next, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                int after = e == 0 ? pastSubjectModifierOnce(s, next) : next;
                if (after > next) {
                    // "X, which is believed to be funded by Y, controls ...": the subject's verb after the clause
                    r = match(pat, e + 1, after, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                for (int len = bound.size() - 1; len >= 1; len--) {
                    // "With the help of Turkey, the Hamza Division took P": a list that ran on into what the
                    // pattern reads next gives back its tail
                    List<Mention> shorter = List.copyOf(bound.subList(0, len));
                    b.put(slot.name(), shorter);
                    r = match(pat, e + 1, skipParens(s, shorter.get(len - 1).last() + 1), s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                }
                b.remove(slot.name());
            }
            return -1;
        }
        boolean optional;
        boolean ok;
        if (el instanceof Rule.Word w) {
            optional = w.optional();
            ok = p < n && (wordMatches(w, s.tok(p)) || w.alternatives().contains(",") && headingColon(s, at, p));
        } else if (el instanceof Rule.Pos pos) {
            optional = pos.optional();
            ok = p < n && s.tok(p).pos().startsWith(pos.prefix());
        } else if (el instanceof Rule.Poss poss) {
            optional = poss.optional();
            ok = p < n && isPossessive(s.tok(p));
        } else {
            optional = ((Rule.Any) el).optional();
            ok = p < n;
        }
        if (ok) {
            int r = match(pat, e + 1, p + 1, s, at, b, free);
            if (r >= 0) {
                return r;
            }
        } else if (el instanceof Rule.Word w && e > 0 && p < n && s.tok(p).pos().startsWith("JJ")) {
            // a word of the pattern past one or two adjectives: "its founding components", "a key rebel ally"
            for (int q = p + 1; q <= p + 2 && q < n; q++) {
                if (wordMatches(w, s.tok(q))) {
                    int r = match(pat, e + 1, q + 1, s, at, b, free);
                    if (r >= 0) {
                        return r;
                    }
                    break;
                }
                if (!s.tok(q).pos().startsWith("JJ")) {
                    break;
                }
            }
        } else if (el instanceof Rule.Word w && p > 0 && p + 1 < n && s.tok(p - 1).word().equals(",")
                && APPOSITION_TIMES.contains(s.tok(p).lower()) && APPOSITION_ARTICLES.contains(s.tok(p + 1).lower())
                && wordMatches(w, s.tok(p + 1))) {
            // an apposition dated by an adverb: "Jaysh al-Islam, then a newly formed coalition led by X"
            int r = match(pat, e + 1, p + 2, s, at, b, free);
            if (r >= 0) {
                return r;
            }
        }
        return optional ? match(pat, e + 1, p, s, at, b, free) : -1;
    }

    /** Adverbs that date an apposition after its comma: "X, then a newly formed coalition", "once the largest". */
    private static final Set<String> APPOSITION_TIMES = Set.of("then", "once", "now", "still");

    /** Reporting and auxiliary verbs after which a clause's subject may follow ("said X would ..."). */
    private static final Set<String> OPEN_VERBS = Set.of("say", "announce", "state", "report", "claim", "add",
            "confirm", "deny", "believe", "warn", "insist", "be", "have", "do", "think", "tell", "accuse", "fear",
            "show", "suggest", "indicate", "estimate", "know", "note", "acknowledge", "argue", "allege", "include",
            "comprise", "become", "remain", "see", "mean");

    /**
     * True when the phrase at p is governed by a preposition or a transitive verb before it (over determiners and
     * adjectives): "backed by X", "into the Syrian X", "joined X include": then it is no clause subject.
     */
    private static boolean governed(Sentence s, int p) {
        int q = p - 1;
        while (q >= 0 && (DETERMINERS.contains(s.tok(q).lower()) || s.tok(q).pos().startsWith("JJ")) && q >= p - 3) {
            q--;
        }
        if (q < 0) {
            return false;
        }
        Tok t = s.tok(q);
        if (isPossessive(t) && q >= 2) {
            // "backed by fighters from Lebanon's Hezbollah": the possessor's phrase decides
            int k = q - 1;
            while (k > 0 && s.tok(k - 1).pos().startsWith("NNP") && k > q - 5) {
                k--;
            }
            return governed(s, k);
        }
        if ((t.lower().equals("of") || t.lower().equals("from")) && q > 0
                && FORCE_NOUNS.contains(s.tok(q - 1).lower())) {
            // "fighters of X clashed", "fighters from A, B and C stormed", "a fighter from X fires": the groups' own
            return false;
        }
        if (PREPOSITIONS.contains(t.lower())) {
            return true;
        }
        String pos = t.pos();
        return (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VB"))
                && !OPEN_VERBS.contains(t.lemma());
    }

    /** Prepositions of an adverbial phrase ("after heavy air strikes", "amid shelling by X"). */
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("after", "amid", "following", "despite",
            "under", "during", "before", "without");

    /**
     * "after heavy Russian air strikes, overrunning X": a mention that ends an adverbial phrase, before a comma and a
     * present participle, which belongs to the clause's own subject (not "after the army, backed by Russia, retook
     * X": there the mention is the subject of the clause "after" opens).
     */
    private static boolean adverbialBeforeParticiple(Sentence s, Mention m) {
        int q = m.first() - 1;
        while (q >= 0 && q >= m.first() - 3
                && (DETERMINERS.contains(s.tok(q).lower()) || s.tok(q).pos().startsWith("JJ"))) {
            q--;
        }
        int k = m.last() + 1;
        return q >= 0 && ADVERBIAL_PREPOSITIONS.contains(s.tok(q).lower()) && k + 1 < s.size()
                && s.tok(k).word().equals(",") && s.tok(k + 1).pos().equals("VBG");
    }

    /** Kin nouns after a person's possessive: the relative is the one a sentence speaks of. */
    private static final Set<String> KIN = Set.of("brother", "sister", "son", "daughter", "cousin", "nephew", "niece",
            "uncle", "father", "mother", "wife", "husband", "brother-in-law", "son-in-law");

    /** "Bashar al-Assad's brother": the person only says whose kin is meant. */
    private static boolean kinOwner(Sentence s, Mention m) {
        int k = m.last() + 1;
        return k + 1 < s.size() && isPossessive(s.tok(k)) && KIN.contains(s.tok(k + 1).lower());
    }

    /** "a cousin of President Bashar al-Assad who commanded the NDF": the relative clause speaks of the kin. */
    private boolean kinOfWho(Sentence s, Mention m) {
        int k = m.first() - 1;
        while (k >= 0 && lex.has("person-title", s.tok(k).lower())) {
            k--;
        }
        return k >= 1 && s.tok(k).lower().equals("of") && KIN.contains(s.tok(k - 1).lower())
                && m.last() + 1 < s.size() && s.tok(m.last() + 1).lowerMatches("who|whose");
    }

    /** "joined the Jaysh al-Fatah coalition that drove ...": a relative clause on the name and its class noun. */
    private static boolean classedRelative(Sentence s, Mention m) {
        int k = m.last() + 1;
        if (m.first() < 1 || !s.tok(m.first() - 1).lower().equals("the") || k + 1 >= s.size()
                || !UNIT_NOUNS.contains(s.tok(k).lower())) {
            return false;
        }
        k++;
        if (s.tok(k).word().equals(",") && k + 1 < s.size()) {
            k++;
        }
        return s.tok(k).lowerMatches("that|which|who");
    }

    /**
     * Whether a quantified relative clause follows the list that m opens ("belonged to the Levant Front, Zenki and
     * the Fastaqim Union, all of which fight under ..."): its subject is each name of the list, however the list is
     * governed. A bare "which" after a list mostly speaks of the last name ("beside the YPG and the Manbij Military
     * Council, which had been formed in April").
     */
    private boolean relativeAfterList(Sentence s, Mention[] at, String cls, Mention m) {
        boolean quantified = false; // most sentences have none: the list is read only when one follows
        for (int k = m.last() + 2; k + 3 < s.size() && k <= m.last() + 30 && !quantified; k++) {
            quantified = pastQuantifiedRelative(s, k) > k || jointRelative(s, k);
        }
        if (!quantified) {
            return false;
        }
        List<Mention> items = new ArrayList<>();
        items.add(m);
        int end = coordinated(s, at, cls, skipParens(s, m.last() + 1), items);
        return items.size() > 1 && (pastQuantifiedRelative(s, end) > end || jointRelative(s, end));
    }

    /**
     * A relative clause after a list that says its subjects acted together ("A and B, which sided together against
     * it", "which fought side by side", "which together seized ..."): it speaks of every name of the list, not of the
     * last alone. Not "which brings together A and B" (a verb whose particle "together" is) nor "which Turkey
     * supported together with Qatar" (a subject of its own; a partner after "with").
     */
    static boolean jointRelative(Sentence s, int q) {
        int n = s.size();
        int k = skipParens(s, q);
        if (k + 2 >= n || !s.tok(k).word().equals(",") || !s.tok(k + 1).lowerMatches("which|who|that")) {
            return false;
        }
        boolean verb = false;
        for (int j = k + 2; j < n && j <= k + 10; j++) {
            Tok t = s.tok(j);
            String w = t.lower();
            boolean withAfter = j + 1 < n && s.tok(j + 1).lower().equals("with");
            if (w.equals("together") || w.equals("jointly")) {
                return !withAfter;
            }
            if (w.equals("side") && verb && j + 3 < n && s.tok(j + 1).lower().equals("by")
                    && s.tok(j + 2).lower().equals("side")) {
                return !s.tok(j + 3).lower().equals("with");
            }
            if (t.pos().startsWith("RB") || t.pos().equals("MD")
                    || t.pos().startsWith("VB") && t.lemmaMatches("be|have")) {
                continue; // "which have since fought together", "which had jointly"
            }
            if (!t.pos().startsWith("VB") || verb || t.lemma().equals("bring")) {
                return false;
            }
            verb = true;
        }
        return false;
    }

    /** ", which ..." / " who ...": a relative clause whose subject is the phrase before it. */
    private static boolean relativeAfter(Sentence s, int q) {
        int k = skipParens(s, q);
        if (k < s.size() && s.tok(k).word().equals(",")) {
            k++;
        }
        return k < s.size() && (s.tok(k).lower().equals("which") || s.tok(k).lower().equals("who"));
    }

    /**
     * A slot may begin at p, or after a determiner and up to two adjectives ("an advancing IS army"), or after a
     * person's rank or title ("led by Major General Maher al-Assad").
     */
    private int[] slotStarts(Sentence s, int p) {
        // every rule tries every position of the sentence: each position's starts are read once a sentence
        SlotCache c = slotCache.get();
        if (c.sentence != s) {
            c.sentence = s;
            c.starts = new int[s.size() + 1][];
        }
        if (p >= 0 && p < c.starts.length && c.starts[p] != null) {
            return c.starts[p];
        }
        int[] out = readSlotStarts(s, p);
        if (p >= 0 && p < c.starts.length) {
            c.starts[p] = out;
        }
        return out;
    }

    /** The last sentence's slot starts, per thread: the matcher itself keeps no state between calls. */
    private static final class SlotCache {
        Sentence sentence;
        int[][] starts;
        Sentence subjectSentence;
        int[] subjectPast;
    }

    /**
     * {@link #pastSubjectModifier} read once per sentence and position: every rule whose subject slot matched a name
     * asks for it, and an aside with commas inside is scanned up to thirty tokens.
     */
    private int pastSubjectModifierOnce(Sentence s, int p) {
        SlotCache c = slotCache.get();
        if (c.subjectSentence != s) {
            c.subjectSentence = s;
            c.subjectPast = new int[s.size() + 1];
            java.util.Arrays.fill(c.subjectPast, -1);
        }
        if (p < 0 || p >= c.subjectPast.length) {
            return pastSubjectModifier(s, p);
        }
        if (c.subjectPast[p] < 0) {
            c.subjectPast[p] = pastSubjectModifier(s, p);
        }
        return c.subjectPast[p];
    }

    private final ThreadLocal<SlotCache> slotCache = ThreadLocal.withInitial(SlotCache::new);

    /** Quotation marks as the tokenizer gives them before a quoted phrase. */
    private static final Set<String> OPENING_QUOTES = Set.of("``", "\"", "\u201c");

    private static final Set<String> COUNTS = Set.of("dozens", "hundreds", "thousands", "scores", "tens", "numbers");
    /**
     * "a handful of", "a contingent of", "a column of", "a force of": some of a group's people, acting as it does ("a
     * unit of X" is left out: the one who commands it does not lead X).
     */
    private static final Set<String> COUNT_NOUNS = Set.of("number", "handful", "couple", "contingent", "column",
            "convoy", "force");
    private static final Set<String> COUNT_SIZES = Set.of("small", "large", "growing", "limited", "sizeable",
            "significant");

    /**
     * The token after a quantity that opens at {@code p} ("dozens of", "thousands of", "a number of", "a handful of",
     * "a small number of", "small numbers of"), or -1.
     */
    private static int pastQuantity(Sentence s, int p) {
        int n = s.size();
        int k = p;
        if (k < n && s.tok(k).lower().equals("a")) {
            k++;
            if (k < n && COUNT_SIZES.contains(s.tok(k).lower())) {
                k++;
            }
            if (k >= n || !COUNT_NOUNS.contains(s.tok(k).lower())) {
                return -1;
            }
        } else {
            if (k + 1 < n && COUNT_SIZES.contains(s.tok(k).lower()) && s.tok(k + 1).lower().equals("numbers")) {
                k++;
            }
            if (k >= n || !COUNTS.contains(s.tok(k).lower())) {
                return -1;
            }
        }
        return k + 1 < n && s.tok(k + 1).lower().equals("of") ? k + 2 : -1;
    }

    private int[] readSlotStarts(Sentence s, int p) {
        int n = s.size();
        if (p >= n) {
            return new int[0];
        }
        if ((s.tok(p).lower().equals("both") || s.tok(p).lower().equals("either")) && p + 1 < n) {
            // "fought both government troops and the Islamic State"; "Both groups" itself names the pair
            return alsoAt(slotStarts(s, p + 1), p);
        }
        if (OPENING_QUOTES.contains(s.tok(p).word()) && p + 1 < n) {
            return alsoAt(slotStarts(s, p + 1), p); // "killed battling \"the Daesh gangs\"": the quoted name
        }
        int named = namedApposition(s, p);
        if (named >= 0) {
            // "fought alongside two smaller jihadist factions, A and B"; "three factions active in the Ghouta: the
            // al-Nusra Front, ...": past the article when the name's mention does not hold it
            return named + 1 < n && s.tok(named).lower().equals("the") ? new int[] {p, named, named + 1}
                    : new int[] {p, named};
        }
        String w0 = s.tok(p).lower();
        if ((w0.equals("several") || w0.equals("many") || w0.equals("some") || w0.equals("numerous")
                || w0.equals("various")) && p + 1 < n) {
            // "several Free Syrian Army brigades", "several of its positions"
            return slotStarts(s, p + 2 < n && s.tok(p + 1).lower().equals("of") ? p + 2 : p + 1);
        }
        int counted = pastQuantity(s, p);
        if (counted > 0 && counted < n) {
            return slotStarts(s, counted); // "a number of FSA factions", "small numbers of US forces"
        }
        if (COMPASS.contains(s.tok(p).lower()) && p + 1 < n) {
            return new int[] {p, p + 1}; // "in western Aleppo province"
        }
        if (lex.has("person-title", w0) && p + 1 < n && s.tok(p + 1).wordMatches("\\p{Lu}.*")) {
            return alsoAt(slotStarts(s, p + 1), p);
        }
        if (lex.has("person-title", w0) && p + 2 < n && s.tok(p + 1).word().equals("-")
                && lex.has("person-title", s.tok(p + 2).lower())) {
            return alsoAt(slotStarts(s, p + 2), p); // "Lieutenant-Colonel P": one title split at its hyphen
        }
        int served = groupBehind(s, DETERMINERS.contains(w0) ? p + 1 : p);
        if (served >= 0) {
            // "clashed with fighters loyal to the Fourth Division", "Insurgents spearheaded by the Nusra Front
            // fought ...": the people stand for the group they serve or that leads them
            return served + 1 < n && s.tok(served).lower().equals("the") ? new int[] {p, served + 1}
                    : new int[] {p, served};
        }
        if (!DETERMINERS.contains(s.tok(p).lower())) {
            // only past an adjective: a bare "leader X" would stretch a skip before the slot ("~6 P") past the noun
            int described = s.tok(p).pos().startsWith("JJ") ? pastPersonDescription(s, p) : -1;
            if (described > 0) {
                return new int[] {p, described}; // "founded by former opposition leader Ahmad Jarba"
            }
            if (p + 1 < n && bareAdjective(s, p)) {
                return new int[] {p, p + 1}; // "together with local Free Syrian Army battalions"
            }
            int of = p + 1;
            if (of + 1 < n && FORCE_NOUNS.contains(w0)
                    && (s.tok(of).lower().equals("from") || s.tok(of).lower().equals("of"))) {
                // "Fighters from the Nusra Front stormed ...": a group's people stand for the group
                return alsoAt(slotStarts(s, of + 1), p);
            }
            return new int[] {p};
        }
        int[] out = new int[] {p, -1, -1, -1, -1, -1, -1};
        int k = 1;
        int q = p + 1;
        out[k++] = q;
        while (k < 6 && q < n) {
            int compound = compoundEnd(s, q);
            if (compound > 0 || q + 2 < n && s.tok(q + 1).word().equals("-")
                    && s.tok(q + 2).lower().equals("based")) {
                // "the US-backed Syrian Democratic Forces", "the Muslim Brotherhood-leaning Faylaq al-Sham", "the
                // Amman-based MOC": past the compound
                q = compound > 0 ? compound : q + 3;
                out[k++] = q;
                continue;
            }
            if (!(s.tok(q).pos().startsWith("JJ") || s.tok(q).pos().equals("VBG") || s.tok(q).pos().equals("VBN")
                    || s.tok(q).pos().equals("HYPH") || s.tok(q).pos().startsWith("RB")
                    || classAdjective(s, q))) {
                break;
            }
            q++;
            out[k++] = q;
        }
        if (q + 1 < n && k < 7 && classNoun(lex, s.tok(q).lower()) && s.tok(q + 1).wordMatches("\\p{Lu}.*")) {
            out[k++] = q + 1; // "together with the Islamist battalion Ahrar al-Qalamoun": the name after its class
        }
        int described = pastPersonDescription(s, q);
        if (described > 0 && k < 7) {
            out[k++] = described; // "bankrolled by the businessman Mohammed Jaber"
        }
        // "the (border) town of X": read through a place head and "of"; up to a place's or a force's head before "of"
        // ("the border town of", "the jihadists of", "the al-Qaeda loyalists of")
        int h = q;
        while (h < n && h <= q + 3 && (s.tok(h).pos().startsWith("NN") || s.tok(h).pos().startsWith("JJ")
                        || h > q && s.tok(h).word().equals("-"))
                && !PLACE_HEADS.contains(s.tok(h).lower())
                && !(FORCE_NOUNS.contains(s.tok(h).lower()) && h + 1 < n && s.tok(h + 1).lower().equals("of"))) {
            h++;
        }
        if (h + 1 < n && PLACE_HEADS.contains(s.tok(h).lower()) && s.tok(h + 1).lower().equals("of") && k < 7) {
            out[k++] = h + 2;
        } else if (h + 1 < n && FORCE_NOUNS.contains(s.tok(h).lower()) && s.tok(h + 1).lower().equals("of") && k < 7) {
            out[k++] = h + 2; // "the jihadists of the Islamic State", "the fighters of X": X's people stand for X
            if (h + 3 < n && s.tok(h + 2).lower().equals("the") && k < 7) {
                out[k++] = h + 3; // the name after its article
            }
        }
        return java.util.Arrays.stream(out, 0, k).filter(x -> x >= 0 && x < n).toArray();
    }

    /**
     * The name after a person's description that opens at q with no comma before the name: "the businessman
     * Mohammed Jaber", "former opposition leader Ahmad Jarba", "the cleric Abu al-Qaqaa" (up to two lower-case
     * modifiers, then a noun of [person-description], then a capitalised word); -1 when none.
     */
    private int pastPersonDescription(Sentence s, int q) {
        int n = s.size();
        for (int k = q; k < n - 1 && k <= q + 2; k++) {
            Tok t = s.tok(k);
            if (t.capitalized() || !(t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) {
                return -1;
            }
            if (t.pos().equals("NN") && lex.has("person-description", t.lower())) {
                return s.tok(k + 1).pos().equals("NNP") ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The token after a compound modifier opening at q whose first half is a name of up to five words ("US-backed",
     * "Muslim Brotherhood-leaning", "al-Qaeda-linked", split at their hyphens), or -1 when none opens there.
     */
    private int compoundEnd(Sentence s, int q) {
        for (int j = q; j < s.size() && j <= q + 5; j++) {
            if (ClauseRoles.compoundAt(lex, s, j)) {
                return j + 3;
            }
            Tok t = s.tok(j);
            if (ClauseRoles.compoundToken(lex, t.lower())) {
                return j + 1; // one token: "FSA-affiliated"
            }
            if (!(t.capitalized() || t.lower().equals("al") || t.word().equals("-") && j > q)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the preposition at {@code q}, after a list's bare comma, comes again after the list's "and" ("with A,
     * with B and with C"): one list whose items each repeat it, not an adjunct ("fought A, with Turkish help").
     */
    private static boolean prepositionRepeats(Sentence s, int q) {
        String prep = s.tok(q).lower();
        for (int k = q + 2; k + 1 < s.size() && k <= q + 12; k++) {
            String w = s.tok(k).lower();
            if (Regexes.matches(w, "[.;:]")) {
                return false;
            }
            if ((w.equals("and") || w.equals("or")) && s.tok(k + 1).lower().equals(prep)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the list's first item follows the preposition {@code prep} (past a determiner and two modifiers): only
     * then does "and from B" repeat its role ("Fighters from the Islamic Front, the alliance that includes A, and from
     * B": B is no item of the alliance's list).
     */
    private static boolean openedBy(Sentence s, Mention first, String prep) {
        for (int j = first.first() - 1; j >= 0 && j >= first.first() - 4; j--) {
            if (s.tok(j).lower().equals(prep)) {
                return true;
            }
            if (s.tok(j).word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case adjective that may open a noun phrase without a determiner: "local", "smaller", "allied". */
    private static boolean bareAdjective(Sentence s, int q) {
        Tok t = s.tok(q);
        return t.pos().equals("JJ") && !t.capitalized() && !t.lowerMatches("former|erstwhile|other|rival");
    }

    /** A noun that classes a group: "faction", "unit", "coalition" ("a Free Syrian Army faction"). */
    static boolean classNoun(Lexicon lex, String w) {
        return lex.has("group-noun", w) || UNIT_NOUNS.contains(w);
    }

    /**
     * "the Islamist movement X", "the Salafi group X": a capitalised word of faith, doctrine or people that the tagger
     * may read as a name but that only classifies the group named after it.
     */
    private boolean classAdjective(Sentence s, int q) {
        String w = s.tok(q).lower();
        return q + 1 < s.size() && classNoun(lex, s.tok(q + 1).lower())
                && (lex.has("ideology-adjective", w) || lex.has("people-adjective", w)
                || Regexes.matches(w, "islamist|jihadist|jihadi|shiite|shia|sunni|kurdish|arab|turkmen|druze"));
    }

    /** Plural heads of a description that a list of names may follow in apposition. */
    private static final Set<String> GROUP_PLURALS = Set.of("factions", "groups", "brigades", "militias",
            "movements", "organisations", "organizations", "battalions", "formations", "coalitions", "alliances");

    /** Singular heads of an indefinite description that a name may follow in apposition: "a local unit, X". */
    private static final Set<String> GROUP_SINGULARS = Set.of("faction", "group", "brigade", "militia", "movement",
            "battalion", "unit", "formation", "coalition", "alliance");

    /**
     * "two smaller jihadist factions, A and B", "a Quneitra faction, X": a plural description (a determiner or
     * number, up to four modifiers, a plural group noun), or a singular one opened by "a" or "an", whose names follow
     * after a comma or colon. Returns where the names start, or -1.
     */
    private static int namedApposition(Sentence s, int p) {
        int n = s.size();
        int q = p;
        boolean indefinite = q < n && (s.tok(q).lower().equals("a") || s.tok(q).lower().equals("an"));
        if (q < n && (s.tok(q).pos().equals("DT") || s.tok(q).pos().equals("CD"))) {
            q++;
        }
        int mods = 0;
        while (q < n && mods < 4 && !describedHead(s.tok(q).lower(), indefinite)
                && modifierTag(s.tok(q).pos())) {
            q++;
            mods++;
        }
        if (q == p || q + 2 >= n) {
            return -1;
        }
        if (indefinite || GROUP_PLURALS.contains(s.tok(q).lower())) {
            int called = pastNaming(s, q + 1);
            if (called > 0 && (NAMED_SINGULARS.contains(s.tok(q).lower()) || describedHead(s.tok(q).lower(), true))) {
                return called; // "joined a small coalition calling itself X", "a militia known as Y"
            }
        }
        if (!describedHead(s.tok(q).lower(), indefinite)) {
            return -1;
        }
        int qualified = qualifiedToColon(s, q);
        if (qualified > 0) {
            // "three factions active in the Ghouta: A; B; and C": a plural head, where its groups are, a colon
            return s.tok(qualified + 1).capitalized() || s.tok(qualified + 1).lower().equals("the") ? qualified + 1 : -1;
        }
        String sep = s.tok(q + 1).word();
        if (!sep.equals(",") && !sep.equals(":")) {
            return -1;
        }
        if (!GROUP_PLURALS.contains(s.tok(q).lower())) {
            int k = q + 2;
            while (k < n && (s.tok(k).capitalized() || s.tok(k).word().equals("-")
                    || s.tok(k).lowerMatches("al|the|of|and"))) {
                k++;
            }
            if (k < n && finite(s.tok(k))) {
                return -1; // "attacked a group, Turkey said": the clause's subject, no name of the group
            }
        }
        return s.tok(q + 2).capitalized() || s.tok(q + 2).lower().equals("the") ? q + 2 : -1;
    }

    /** Words that say where the groups of a plural head are: "factions active in the Ghouta". */
    private static final Set<String> WHERE_ACTIVE = Set.of("active", "based", "operating", "fighting", "present");

    /**
     * The colon that closes where the groups of the plural head at {@code q} are ("factions active in the Ghouta:"),
     * within six tokens and no verb, or -1.
     */
    private static int qualifiedToColon(Sentence s, int q) {
        int n = s.size();
        if (!GROUP_PLURALS.contains(s.tok(q).lower()) || q + 3 >= n || !WHERE_ACTIVE.contains(s.tok(q + 1).lower())
                || !s.tok(q + 2).lowerMatches("in|around|across|near|throughout|along")) {
            return -1;
        }
        for (int k = q + 3; k < n - 1 && k <= q + 8; k++) {
            String w = s.tok(k).word();
            if (w.equals(":")) {
                return k;
            }
            if (w.equals(",") || w.equals(";") || finite(s.tok(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** Singular heads, besides {@link #GROUP_SINGULARS}, of a body a name is given to: "an operations room called X". */
    private static final Set<String> NAMED_SINGULARS = Set.of("room", "front", "force", "body", "organisation",
            "organization", "outfit", "army", "umbrella");

    /**
     * The start of the name a naming phrase at {@code k} gives ("called X", "named X", "dubbed X", "known as X",
     * "calling itself X", "that calls itself X", "styling themselves X"), past an opening quote; -1 when none opens
     * there or no capitalised name follows.
     */
    private static int pastNaming(Sentence s, int k) {
        int n = s.size();
        if (k < n && s.tok(k).lowerMatches("that|which|who")) {
            k++;
            if (k + 1 >= n || !s.tok(k).lowerMatches("calls|call|styles|style|names|name")) {
                return -1;
            }
        }
        if (k + 1 >= n) {
            return -1;
        }
        String w = s.tok(k).lower();
        if (Regexes.matches(w, "called|named|dubbed")) {
            k++;
        } else if (w.equals("known") && s.tok(k + 1).lower().equals("as")) {
            k += 2;
        } else if (Regexes.matches(w, "calling|calls|call|styling|styles|style|naming|names|name")
                && s.tok(k + 1).lowerMatches("itself|themselves")) {
            k += 2;
        } else {
            return -1;
        }
        if (k < n && s.tok(k).wordMatches("``|\"|'|\u201c")) {
            k++;
        }
        return k < n && (s.tok(k).capitalized() || s.tok(k).lower().equals("the")) ? k : -1;
    }

    /** Whether a word heads a description names may follow: a plural group noun, or after "a" a singular one. */
    private static boolean describedHead(String w, boolean indefinite) {
        return GROUP_PLURALS.contains(w) || indefinite && GROUP_SINGULARS.contains(w);
    }

    /** A tag a plural description's modifier may have: "two smaller jihadist factions". */
    private static boolean modifierTag(String pos) {
        return pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("NN") || pos.equals("NNP")
                || pos.equals("VBN") || pos.equals("HYPH") || pos.equals("CD");
    }

    /**
     * "the al-Qaeda loyalists of Hurras al-Din", "the FSA fighters of X": a name that modifies the people of another
     * group named after "of" (the people stand for that group, not for the modifier).
     */
    private static boolean forcesOfAnother(Sentence s, Mention[] at, Mention m) {
        int k = m.last() + 1;
        int n = s.size();
        if (m.kind() != EntityKind.ARMED_GROUP || k + 2 >= n || !FORCE_NOUNS.contains(s.tok(k).lower())
                || !s.tok(k + 1).lower().equals("of")) {
            return false; // "the FSA brigades of the Southern Front": an umbrella's units are its members
        }
        int o = k + 2 < n && s.tok(k + 2).lower().equals("the") ? k + 3 : k + 2;
        return o < n && at[o] != null && at[o] != m && at[o].kind() != EntityKind.PLACE;
    }

    /** "loyal to", "linked with": the words that tie fighters to the group they serve. */
    private static final Set<String> SERVING = Set.of("loyal", "linked", "belonging", "affiliated", "attached",
            "answering");
    /** "led by", "spearheaded by": the words that put a group at the head of fighters. */
    private static final Set<String> LEADING = Set.of("led", "spearheaded", "headed");

    /**
     * After "fighters loyal to" / "militiamen linked with" / "rebels led by" / "insurgents spearheaded by" at q:
     * where the name of the group they serve or follow starts, or -1.
     */
    private static int groupBehind(Sentence s, int q) {
        if (q + 2 >= s.size() || !FORCE_NOUNS.contains(s.tok(q).lower())) {
            return -1;
        }
        String tie = s.tok(q + 1).lower();
        String prep = s.tok(q + 2).lower();
        boolean serving = SERVING.contains(tie) && (prep.equals("to") || prep.equals("with"));
        boolean led = LEADING.contains(tie) && prep.equals("by");
        return serving || led ? q + 3 : -1;
    }

    private static final Set<String> RIVALS = Set.of("rival", "rivals", "enemy", "enemies", "opponent", "opponents",
            "foe", "foes", "adversary", "adversaries");

    /** "its rivals", "ISIS's enemies": an owner named before the others it is set against. */
    private static boolean ownsRivals(Sentence s, Mention m) {
        int k = m.last() + 1;
        boolean pronoun = ownerWord(s, m);
        if (!pronoun && k < s.size() && isPossessive(s.tok(k))) {
            k++;
        } else if (!pronoun) {
            return false;
        }
        while (k < s.size() && s.tok(k).pos().startsWith("JJ")) {
            k++; // "its old rivals"
        }
        return k < s.size() && RIVALS.contains(s.tok(k).lower());
    }

    /**
     * "its"/"their" standing for an actor and followed by the noun it owns ("launched its offensive"), unless a
     * part of the owner is meant ("one of its camps").
     */
    private static boolean possessivePronoun(Sentence s, Mention m) {
        return ownerWord(s, m)
                && !(m.first() > 0 && s.tok(m.first() - 1).lower().equals("of")) // "on one of its camps"
                && m.last() + 1 < s.size() && s.tok(m.last() + 1).posMatches("NN.*|JJ.*|VBG|CD")
                && !FORCE_NOUNS.contains(s.tok(m.last() + 1).lower()) // "clashing with its fighters": the group's
                && !HELD.contains(s.tok(m.last() + 1).lower());
    }

    /**
     * A possessive pronoun opening an apposition and standing for an actor: "X, its best-known formation, took P"
     * (not a clause of its own: "Although ..., its leaders are known to ...").
     */
    private static boolean ownerPronoun(Sentence s, Mention m) {
        if (!ownerWord(s, m) || m.first() > 0 && !(s.tok(m.first() - 1).word().equals(",")
                || DASHES.contains(s.tok(m.first() - 1).word())
                || s.tok(m.first() - 1).lowerMatches("of|that|said|says"))) {
            // "X, its best-known formation", "Its core component, the YPG,", "said that its core component, the
            // YPG,", "one of its member groups, the Zenki Movement," (not "announced its merger with": an object)
            return false;
        }
        for (int k = m.last() + 1; k < s.size() && k <= m.last() + 7; k++) {
            Tok t = s.tok(k);
            if (t.word().equals(",") || DASHES.contains(t.word()) || t.word().equals(".")) {
                return true;
            }
            if (finite(t)) {
                return false;
            }
        }
        return false;
    }

    /** A mention that is the possessive pronoun "its" or "their" standing for an actor. */
    static boolean ownerWord(Sentence s, Mention m) {
        String w = s.tok(m.first()).lower();
        return m.source() == Mention.Source.PRONOUN && m.first() == m.last() && (w.equals("its") || w.equals("their"));
    }

    static boolean isPossessive(Tok t) {
        String w = t.lower();
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    private boolean verbGroup(Tok t) {
        String pos = t.pos();
        return pos.startsWith("RB") || pos.equals("MD") || pos.startsWith("VB") && lex.has("verb-group", t.lower())
                || lex.has("verb-group", t.lower()) || t.word().equals(",");
    }

    private static boolean wordMatches(Rule.Word w, Tok t) {
        if (w.exact()) {
            return w.alternatives().contains(t.word());
        }
        return w.alternatives().contains(t.lower()) || w.alternatives().contains(t.lemma());
    }

    /** "(they face) government forces backed by Russia": a participle with its agent after the phrase. */
    private static boolean reducedRelative(Sentence s, int k) {
        int n = s.size();
        if (k < n && FORCE_NOUNS.contains(s.tok(k).lower())) {
            k++;
        }
        return k + 1 < n && s.tok(k).pos().equals("VBN") && s.tok(k + 1).lower().equals("by");
    }

    /** True when only the subject slot and optional possessive / force words come before element e. */
    private static boolean startsWithSubject(List<Rule.Element> pat, int e) {
        if (e == 0 || !(pat.get(0) instanceof Rule.Slot)) {
            return false;
        }
        for (int i = 1; i < e; i++) {
            Rule.Element x = pat.get(i);
            boolean optional = x instanceof Rule.Poss ps && ps.optional() || x instanceof Rule.Word w && w.optional();
            if (!optional) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> INTERJECTION_OPENERS = Set.of("which", "who", "whose", "a", "an", "the", "one",
            "another", "long", "once", "itself", "themselves", "its", "their", "backed", "supported", "aided", "led",
            "joined", "helped", "assisted", "accompanied", "armed", "funded", "reinforced", "by", "along", "together",
            // "Its members, many of whom had fought the regime, clashed"; "The SDF, formed in October, has gained ..."
            "with", "many", "some", "most", "several", "formed", "founded", "created", "established", "based",
            "headquartered", "commanded", "dominated");

    /**
     * Skips a non-restrictive relative clause or an apposition between a subject and its verb: ", which ... ,"
     * / ", a faction ... ," when a finite verb (or an adverb or modal before one) follows the closing comma.
     * Returns p when there is none.
     */
    static int skipInterjected(Sentence s, int p) {
        int n = s.size();
        if (p < n && s.tok(p).word().equals("(")) {
            // "The People's Protection Units (YPG), supported by ..., continued": past the name's parenthesis
            int after = pastParens(s, p, 8);
            if (after == p) {
                return p;
            }
            int past = skipInterjected(s, after);
            return past > after ? past : p;
        }
        if (p + 1 < n && s.tok(p).pos().equals("VBN") && s.tok(p + 1).lower().equals("by")
                && INTERJECTION_OPENERS.contains(s.tok(p).lower())) {
            // "forces backed by fighters from Lebanon's Hezbollah seized ...": up to the finite verb
            for (int k = p + 2; k < n && k <= p + 9; k++) {
                String w = s.tok(k).word();
                if (w.equals(",") || w.equals(";") || w.equals(".")) {
                    return p;
                }
                if (finite(s.tok(k))) {
                    return k;
                }
            }
            return p;
        }
        if (p + 1 >= n || !s.tok(p).word().equals(",") || !INTERJECTION_OPENERS.contains(s.tok(p + 1).lower())
                && !s.tok(p + 1).pos().equals("VBG") && !ownerOpens(s, p + 1) && !prepositionalRelative(s, p + 1)) {
            return p; // an interjection opens with a relative, an apposition, a participle ("taking advantage of")
        }
        for (int k = p + 2; k < n && k <= p + 30; k++) {
            String w = s.tok(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("\"") || w.equals("``")) {
                return p;
            }
            if (w.equals(",")) {
                if (k + 1 >= n) {
                    return p;
                }
                if (knownAs(s, k + 1)) {
                    continue; // "X, a faction commanded by P, better known as Q, fought": the aside goes on
                }
                boolean verb = finite(s.tok(k + 1)) || pastWithObject(s, k + 1) || verbTaggedNoun(s, k + 1)
                        || s.tok(k + 1).pos().startsWith("RB") && k + 2 < n && s.tok(k + 2).pos().startsWith("VB");
                if (verb) {
                    return k + 1;
                }
                if (!innerCommaGoesOn(s, p + 1, k)) {
                    return p;
                }
            }
        }
        return p;
    }

    /** A relative opened by a preposition at k: "The SDF, in which the YPG is dominant, is backed", "with whom". */
    static boolean prepositionalRelative(Sentence s, int k) {
        return k + 1 < s.size() && s.tok(k).pos().equals("IN") && s.tok(k + 1).lowerMatches("which|whom");
    }

    /** Verbs the tagger reads as plural nouns after an aside's comma: "X, an Arab formation ..., fights under Y". */
    private static final Set<String> NOUN_TAGGED_VERBS = Set.of("fights", "operates", "controls", "leads", "holds",
            "remains", "belongs", "serves", "commands", "runs", "backs", "funds", "dominates", "claims", "denies");

    /** Whether the token at k is a present verb the tagger took for a plural noun, before a preposition or article. */
    private static boolean verbTaggedNoun(Sentence s, int k) {
        return k + 1 < s.size() && s.tok(k).pos().equals("NNS") && NOUN_TAGGED_VERBS.contains(s.tok(k).lower())
                && s.tok(k + 1).posMatches("IN|TO|DT|RB|PRP\\$?");
    }

    /**
     * Whether an aside opened at {@code open} goes on past its comma at k, which no verb follows: a relative with
     * "which" or "who" ("X, a coalition in which A, B and C are the main forces, launched"), or an apposition ("X, a
     * coalition of A, B and C, attacked") or a passive participle's phrase ("backed by A, B and C, drove") whose comma
     * opens no "and" ("The main local force, the Turkmen Brigades, and its affiliate B, have enjoyed": a list). Not
     * "whose" ("the PYD, whose armed wing, the YPG, is the strongest force": the relative's own verb) nor "including"
     * ("A factions, including B, C and D, have received": the names of the list).
     */
    private static boolean innerCommaGoesOn(Sentence s, int open, int k) {
        String opener = s.tok(open).lower();
        if (opener.equals("which") || opener.equals("who")) {
            return true;
        }
        boolean relative = false;
        for (int j = open + 1; j < k; j++) {
            relative |= s.tok(j).lowerMatches("which|who");
        }
        boolean participle = s.tok(open).pos().equals("VBN");
        return relative || (APPOSITION_ARTICLES.contains(opener) || participle)
                && !s.tok(k + 1).lowerMatches("and|or");
    }

    /**
     * A past form the tagger read as a participle that still heads the clause: after an aside, "fought under the
     * banner of", "captured the town" (an object or a preposition of fighting follows; a participle of another aside
     * takes "by": "backed by X").
     */
    private static boolean pastWithObject(Sentence s, int k) {
        if (k + 1 >= s.size() || !s.tok(k).pos().equals("VBN")) {
            return false;
        }
        Tok next = s.tok(k + 1);
        return next.pos().equals("DT") || next.pos().equals("PRP$") || next.pos().startsWith("NNP")
                || next.lowerMatches("under|alongside|against");
    }

    /** "known as", "better known as", "also known as" at p: a further name inside an aside. */
    private static boolean knownAs(Sentence s, int p) {
        int k = p;
        if (k < s.size() && s.tok(k).lowerMatches("better|also|widely|commonly|locally|formerly")) {
            k++;
        }
        return k + 1 < s.size() && s.tok(k).lower().equals("known") && s.tok(k + 1).lower().equals("as");
    }

    /** A name and its possessive open the phrase at p: "al Qaeda's official branch in Syria". */
    private static boolean ownerOpens(Sentence s, int p) {
        for (int j = p; j < s.size() && j <= p + 4; j++) {
            Tok t = s.tok(j);
            if (j > p && isPossessive(t)) {
                return true;
            }
            if (!(t.pos().startsWith("NNP") || t.capitalized() || t.lower().equals("al") || t.word().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Past what may stand between a subject and its verb: an interjected clause ("X, which is believed to be funded
     * by Y, controls"), else a place that locates it ("The Shura Council in Deir ez-Zor pledged", "IS militants in
     * Raqqa executed"); p itself when there is neither.
     */
    private static int pastSubjectModifier(Sentence s, int p) {
        int past = skipInterjected(s, p);
        past = past > p ? past : skipLocative(s, p);
        past = past > p ? past : pastAdverbialAside(s, p);
        return past > p ? past : pastQuantifiedRelative(s, p);
    }

    /** Short asides set off by commas that tell nothing of the clause's parties ("for example", "in turn"). */
    private static final Set<String> ADVERBIAL_ASIDES = Set.of("for example", "for instance", "for its part",
            "for their part", "however", "in turn", "too", "meanwhile", "in particular", "in other words");

    /**
     * "Jaysh al-Ahrar, for example, left HTS in 2017": past a short adverbial aside between two commas at p, to the
     * subject's verb; p itself when there is none.
     */
    private static int pastAdverbialAside(Sentence s, int p) {
        if (p + 2 >= s.size() || !s.tok(p).word().equals(",")) {
            return p;
        }
        StringBuilder words = new StringBuilder();
        for (int k = p + 1; k < s.size() && k <= p + 4; k++) {
            if (s.tok(k).word().equals(",")) {
                return ADVERBIAL_ASIDES.contains(words.toString()) ? k + 1 : p;
            }
            words.append(words.length() == 0 ? "" : " ").append(s.tok(k).lower());
        }
        return p;
    }

    /**
     * Quantifiers of a relative over a list that speak of each name: "A, B and C, all of which fight under ...";
     * not "many of which", which speaks of some (7 false claims on the developed sets).
     */
    private static final Set<String> RELATIVE_QUANTIFIERS = Set.of("all", "both", "each");

    /**
     * "A and B, both of which fight under the FSA banner": past ", both of which" to the relative clause's verb
     * group, whose subject is each name of the list before it; p itself when no such relative opens at p.
     */
    private static int pastQuantifiedRelative(Sentence s, int p) {
        return p + 3 < s.size() && s.tok(p).word().equals(",")
                && RELATIVE_QUANTIFIERS.contains(s.tok(p + 1).lower()) && s.tok(p + 2).lower().equals("of")
                && (s.tok(p + 3).lower().equals("which") || s.tok(p + 3).lower().equals("whom")) ? p + 4 : p;
    }

    /**
     * Past a coordinated plural noun phrase that names no actor, up to the verb the two share: "Turkish troops and
     * the Syrian rebel factions fighting alongside them swept into Afrin" (determiners and adjectives, nouns ending
     * in a plural, an optional participle phrase, then a finite verb); p itself when there is none.
     */
    private static int pastGenericConjunct(Sentence s, int p, Mention[] at) {
        int n = s.size();
        if (p + 2 >= n || !s.tok(p).lower().equals("and")) {
            return p;
        }
        int k = p + 1;
        int nouns = 0;
        while (k < n && k <= p + 6) {
            if (at[k] != null) {
                return p;
            }
            String pos = s.tok(k).pos();
            if (nouns == 0 && (pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD"))) {
                k++;
            } else if (pos.startsWith("NN")) {
                nouns++;
                k++;
            } else {
                break;
            }
        }
        if (nouns == 0 || k >= n || !s.tok(k - 1).pos().equals("NNS")) {
            return p;
        }
        if (s.tok(k).pos().equals("VBG")) {
            // "... factions fighting alongside them": a participle phrase of a few words without a name
            int j = k + 1;
            while (j < n && j <= k + 4 && !finite(s.tok(j))) {
                if (at[j] != null || !Character.isLetter(s.tok(j).word().charAt(0))) {
                    return p;
                }
                j++;
            }
            k = j;
        }
        return k < n && finite(s.tok(k)) ? k : p;
    }

    /**
     * Past the noun that classes the subject after "the" and its name ("the Jaysh al-Fatah coalition that drove
     * government troops from Idlib", "the Fatah Halab operations room"); p itself when there is none.
     */
    private static int pastClassNoun(Sentence s, int p, List<Rule.Element> pat, Map<Character, List<Mention>> b) {
        if (p >= s.size() || !(pat.get(0) instanceof Rule.Slot slot)) {
            return p;
        }
        List<Mention> bound = b.get(slot.name());
        if (bound == null || bound.size() != 1) {
            return p;
        }
        return pastClassNoun(s, bound.get(0), p);
    }

    /**
     * Past the noun that classes m after "the" and its name (and the name's parenthesis: "the Jaish al-Fatah (Army of
     * Conquest) coalition"), when it stands at p; p itself when there is none.
     */
    private static int pastClassNoun(Sentence s, Mention m, int p) {
        if (p >= s.size() || skipParens(s, m.last() + 1) != p || m.first() < 1
                || !s.tok(m.first() - 1).lower().equals("the")) {
            return p;
        }
        String w = s.tok(p).lower();
        if (UNIT_NOUNS.contains(w)) {
            return p + 1;
        }
        return w.equals("operations") && p + 1 < s.size() && s.tok(p + 1).lower().equals("room") ? p + 2 : p;
    }

    /** Articles that open an apposition whose relative clause speaks of the name before it. */
    private static final Set<String> APPOSITION_ARTICLES = Set.of("a", "an", "the");

    /**
     * Past an apposition that a relative clause closes, to the relative pronoun: "the Wagner Group, a private
     * military company that has fought on the side of ..." (a comma, an article, up to eight words that name no
     * actor ({@code at} may be null when the mentions are not at hand) and hold no verb or punctuation, a noun, then
     * "that", "which" or "who"); p itself when there is none.
     */
    static int pastAppositiveRelative(Sentence s, int p, Mention[] at) {
        int n = s.size();
        if (p + 3 >= n || !s.tok(p).word().equals(",") || !APPOSITION_ARTICLES.contains(s.tok(p + 1).lower())) {
            return p;
        }
        for (int k = p + 2; k < n && k <= p + 10; k++) {
            Tok t = s.tok(k);
            if (t.lowerMatches("that|which|who")) {
                return k > p + 2 && s.tok(k - 1).pos().startsWith("NN") ? k : p;
            }
            if (at != null && at[k] != null || finite(t) || !Character.isLetterOrDigit(t.word().charAt(0))) {
                return p;
            }
        }
        return p;
    }

    private static final Set<String> LOCATIVE_OPENERS = Set.of("in", "near", "around", "across", "inside", "from");

    /**
     * Past a place that locates the subject, up to its verb: "The Mujahideen Shura Council in Deir ez-Zor pledged
     * ...", "Hezbollah near Qusayr shelled ..." (a preposition, one to five proper nouns, then a finite verb); p
     * itself when there is none.
     */
    private static int skipLocative(Sentence s, int p) {
        int n = s.size();
        if (p + 2 >= n || !LOCATIVE_OPENERS.contains(s.tok(p).lower())) {
            return p;
        }
        int k = p + 1;
        if (s.tok(k).lower().equals("the")) {
            k++;
        }
        int names = 0;
        while (k < n && names < 5 && (s.tok(k).pos().startsWith("NNP") || s.tok(k).word().equals("-")
                && names > 0)) {
            k++;
            names++;
        }
        if (names == 0 || k >= n) {
            return p;
        }
        return finite(s.tok(k)) ? k : p;
    }

    /** A finite verb or a modal: the verb of a clause ("seized", "holds", "have", "will"). */
    static boolean finite(Tok t) {
        String pos = t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /**
     * The token before a parenthesis that closes at {@code k} ("Jamaat Ansar al-Islam (Ansar al-Islam)"), or {@code k}
     * itself when no parenthesis closes there; -1 when the parenthesis opens the sentence.
     */
    static int beforeParens(Sentence s, int k) {
        if (k < 0 || !s.tok(k).word().equals(")")) {
            return k;
        }
        while (k > 0 && !s.tok(k).word().equals("(")) {
            k--;
        }
        return k - 1;
    }

    /** The mention owns an affiliate after a possessive: "al Qaeda's (Syrian) affiliate", "IS's Libyan branch". */
    private boolean affiliateOwner(Sentence s, Mention m) {
        return affiliateWord(lex, s, m) >= 0;
    }

    /** The affiliate word after the mention's possessive ("affiliate" in "al Qaeda's Syrian affiliate"), or -1. */
    static int affiliateWord(Lexicon lex, Sentence s, Mention m) {
        int k = m.last() + 1;
        if (k >= s.size() || !isPossessive(s.tok(k))) {
            return -1;
        }
        for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
            if (lex.has("epithet-affiliate", s.tok(j).lower())) {
                return j;
            }
            if (!s.tok(j).pos().startsWith("JJ") && !s.tok(j).pos().equals("NNP")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The affiliate named after its owner's possessive description: the Nusra Front of "al Qaeda's Syrian branch the
     * Nusra Front" or "al-Qaeda's affiliate, the Nusra Front"; null when no group's name follows the description or
     * the owner has none ({@link #affiliateWord}).
     */
    private Mention namedAffiliate(Sentence s, Mention[] at, Mention owner) {
        int k = affiliateWord(lex, s, owner);
        if (k < 0) {
            return null;
        }
        k++;
        if (k < s.size() && s.tok(k).word().equals(",")) {
            k++;
        }
        if (k < s.size() && s.tok(k).lower().equals("the")) {
            k++;
        }
        Mention named = k < s.size() ? at[k] : null;
        return named != null && named.entity() != null && Coreference.isGroup(named.kind()) ? named : null;
    }

    /** Pattern element {@code e} is the word "(". */
    private static boolean opensParens(List<Rule.Element> pat, int e) {
        return e < pat.size() && pat.get(e) instanceof Rule.Word w && w.alternatives().contains("(");
    }

    /** True when pattern element e reads a possessive itself ("A POSS ~2 partner"). */
    private static boolean readsPoss(List<Rule.Element> pat, int e) {
        return e < pat.size() && pat.get(e) instanceof Rule.Poss;
    }

    /**
     * Whether token p is the colon after a name that heads a line, before a description ("- HTS: the dominant
     * armed group in the area, led by P"): it sets the description off as an apposition's comma would.
     */
    private static boolean headingColon(Sentence s, Mention[] at, int p) {
        if (p < 1 || p + 1 >= s.size() || !s.tok(p).word().equals(":")
                || !APPOSITION_ARTICLES.contains(s.tok(p + 1).lower())) {
            return false;
        }
        int first = s.tok(0).wordMatches("[-*\u2022\u2013\u2014]") ? 1 : 0;
        Mention m = at[first];
        return m != null && m.last() == p - 1;
    }

    /** True when pattern element e reads a comma ("A:umbrella , whose ... include B+"). */
    private static boolean readsComma(List<Rule.Element> pat, int e) {
        return e < pat.size() && pat.get(e) instanceof Rule.Word c && c.alternatives().contains(",");
    }

    /** True when pattern elements e and e + 1 read a comma and a relative pronoun ("A , which -6 led by P"). */
    private static boolean readsCommaRelative(List<Rule.Element> pat, int e) {
        return readsComma(pat, e) && e + 1 < pat.size() && pat.get(e + 1) instanceof Rule.Word w
                && (w.alternatives().contains("which") || w.alternatives().contains("who"));
    }

    /**
     * The comma that closes an apposition opening with a comma and an article at {@code p} and followed by a relative
     * pronoun (", the Free Syrian Army's command in the province, which"): up to fourteen tokens with no finite verb,
     * no clause boundary and no actor or person of its own (an owner or a name that qualifies a noun is none); -1
     * when none.
     */
    private int pastPlainApposition(Sentence s, Mention[] at, int p) {
        int n = s.size();
        if (p + 3 >= n || !s.tok(p).word().equals(",") || !APPOSITION_ARTICLES.contains(s.tok(p + 1).lower())) {
            return -1;
        }
        for (int k = p + 2; k < n - 1 && k <= p + 15; k++) {
            Tok t = s.tok(k);
            if (t.word().equals(",")) {
                return k > p + 2 && s.tok(k + 1).lowerMatches("which|who") ? k : -1;
            }
            Mention m = at[k];
            if (m != null && (accepts("actor", m) || accepts("person", m))) {
                boolean owner = m.last() + 1 < n && isPossessive(s.tok(m.last() + 1));
                if (!owner && !ClauseRoles.modifierWord(lex, s, m)) {
                    return -1; // "X, a unit of the FSA, which ...", "P, a nephew of Q, who": the relative may be theirs
                }
                k = m.last();
                continue;
            }
            if (finite(t) || lex.has("clause-boundary", t.lower()) || t.wordMatches("[;:()]")) {
                return -1;
            }
        }
        return -1;
    }

    /** Dashes that may set off an aside: hyphen-minus, double hyphen, en dash, em dash. */
    static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    /** True when pattern element e reads a dash itself ("A+ ,|— both backed by B"). */
    private static boolean readsDash(List<Rule.Element> pat, int e) {
        return e < pat.size() && pat.get(e) instanceof Rule.Word w
                && w.alternatives().stream().anyMatch(DASHES::contains);
    }

    /** Skips "( ... )" right after a mention: an acronym or a translation. */
    private static int skipParens(Sentence s, int p) {
        return pastParens(s, p, 30);
    }

    /** The token after "( ... )" opening at p and closed within {@code reach} tokens; p when none opens there. */
    private static int pastParens(Sentence s, int p, int reach) {
        if (p < s.size() && s.tok(p).word().equals("(")) {
            for (int k = p + 1; k < s.size() && k <= p + reach; k++) {
                if (s.tok(k).word().equals(")")) {
                    return k + 1;
                }
            }
        }
        return p;
    }

    /**
     * Skips an aside set off by two spaced dashes right after a mention: "Suqour al-Sham - also spelled Suqur
     * al-Sham, or the Falcons of the Levant - dissolved ...".
     */
    private static int skipDashAside(Sentence s, int p) {
        if (p > 0 && p < s.size() && spacedDash(s, p)) {
            // up to 30 tokens: the tokenizer splits hyphened names ("al - Jarba") and an aside may hold its own
            // apposition ("- a militia loyal to Ahmad al-Jarba, a former head of the Coalition -")
            for (int k = p + 2; k < s.size() && k <= p + 30; k++) {
                if (s.tok(k).word().equals(";") || s.tok(k).word().equals(":")) {
                    break;
                }
                if (spacedDash(s, k)) {
                    return k + 1 < s.size() ? k + 1 : p;
                }
            }
        }
        return p;
    }

    /** A dash standing alone between spaces (" - ", " – ", " — "), not a hyphen inside a word. */
    static boolean spacedDash(Sentence s, int p) {
        return dashAfterSpace(s, p) && p + 1 < s.size() && s.tok(p).end() < s.tok(p + 1).begin();
    }

    /** A dash with a space before it: not the hyphen of a compound the tokenizer split ("Iranian-backed"). */
    static boolean dashAfterSpace(Sentence s, int p) {
        return p > 0 && DASHES.contains(s.tok(p).word()) && s.tok(p - 1).end() < s.tok(p).begin();
    }

    /** The starts {@code rest}, then {@code p} itself, tried last. */
    private static int[] alsoAt(int[] rest, int p) {
        int[] out = java.util.Arrays.copyOf(rest, rest.length + 1);
        out[rest.length] = p;
        return out;
    }

    /**
     * A list whose items are set apart by semicolons, each perhaps with its own apposition: "Jabhat al-Nusra,
     * al-Qaeda's Syrian affiliate; Ahrar al-Sham; the Salafi-jihadist Jund al-Aqsa; and Ajnad al-Sham". From the
     * end of the first item at {@code p}, each item is the first actor after a semicolon (and "and"), past a
     * determiner and modifiers, and no item holds a finite verb. Extends {@code bound} and returns the index after
     * the last item, or -1 when fewer than two items follow.
     */
    private int semicolonList(Sentence s, Mention[] at, String cls, int p, List<Mention> bound) {
        int q = nextSemicolon(s, p);
        if (q >= 0 && !bound.isEmpty() && passiveAgent(s, bound.get(bound.size() - 1)) && !commaBetween(s, p, q)) {
            // "A, a faction armed by Ankara; B; and C": the semicolons part an outer list that the agent ends one
            // item of, not a list of agents
            return -1;
        }
        List<Mention> items = new ArrayList<>();
        int end = -1;
        while (q >= 0) {
            int r = q + 1;
            if (r < s.size() && s.tok(r).lower().equals("and")) {
                r++;
            }
            Mention item = null;
            for (int k = r; k < s.size() && k <= r + 4; k++) {
                if (at[k] != null && !accepts(cls, at[k]) && (s.tok(at[k].last()).word().contains("-")
                        || at[k].last() + 2 < s.size() && s.tok(at[k].last() + 1).word().equals("-"))) {
                    k = at[k].last(); // "the Aleppo-based X": the place is part of a modifier
                    continue;
                }
                if (at[k] != null) {
                    item = at[k].first() == k && accepts(cls, at[k]) ? at[k] : null;
                    break;
                }
                Tok t = s.tok(k);
                boolean hyphened = t.word().contains("-") || k + 1 < s.size() && s.tok(k + 1).word().equals("-")
                        || s.tok(k - 1).word().equals("-");
                if (!(DETERMINERS.contains(t.lower()) || t.pos().startsWith("JJ") || hyphened
                        || !t.capitalized() && t.pos().startsWith("NN"))) {
                    break; // "the Salafi-jihadist X", "the Aleppo-based X": modifiers before the item's name
                }
            }
            if (item == null) {
                break;
            }
            items.add(item);
            end = item.last() + 1;
            q = nextSemicolon(s, end);
        }
        if (items.size() < 2) {
            return -1;
        }
        bound.addAll(items);
        return end;
    }

    /** The mention is the agent of a passive: "by" comes right before it, past a determiner. */
    private static boolean passiveAgent(Sentence s, Mention m) {
        int k = m.first() - 1;
        if (k >= 0 && DETERMINERS.contains(s.tok(k).lower())) {
            k--;
        }
        return k >= 0 && s.tok(k).lower().equals("by");
    }

    /**
     * A comma among tokens {@code from} to {@code to - 1}: the item before a semicolon has its own apposition; in
     * {@link ClauseRoles}, an apposition or relative clause closes after a name.
     */
    static boolean commaBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tok(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The next semicolon from {@code p} within an item (no finite verb or other boundary before it), or -1. */
    private static int nextSemicolon(Sentence s, int p) {
        for (int k = p; k < s.size() && k <= p + 14; k++) {
            Tok t = s.tok(k);
            if (t.word().equals(";")) {
                return k;
            }
            if (t.wordMatches("[.:!?]") || t.posMatches("VBD|VBZ|MD")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "A, B and C", "A and B", "both A and B", "A as well as B", "from A and from B": extends {@code bound}; returns
     * the next index.
     */
    private int coordinated(Sentence s, Mention[] at, String cls, int p, List<Mention> bound) {
        int semicolons = semicolonList(s, at, cls, p, bound);
        if (semicolons >= 0) {
            return semicolons;
        }
        int n = s.size();
        boolean places = placeClass(cls);
        // an item joined by "and" or "or" closes the list, the first too when the pattern's "and" stands before it
        boolean closed = !bound.isEmpty() && joinedByAnd(s, bound.get(0));
        while (p < n) {
            int q = places ? p : pastItemsPlace(s, at, p);
            if (!places && q + 1 < n && (at[q] == null || at[q].source() == Mention.Source.PRONOUN)
                    && s.tok(q).lowerMatches("itself|themselves")) {
                q++; // "members include Suqour al-Sham itself, the Farouq Battalions and ...": an intensifier
            }
            String w = s.tok(q).lower();
            if ((FORCE_NOUNS.contains(w) || UNIT_NOUNS.contains(w) && at[q] == null) && !places && q + 1 < n
                    && (s.tok(q + 1).word().equals(",") || s.tok(q + 1).lower().equals("and"))) {
                // "the FSA brigades and Nusra": the people of the item before stand for it; "A, the Ahrar al-Sham
                // movement, B": a class noun after the name
                q++;
                w = s.tok(q).lower();
            }
            boolean bareComma = false;
            boolean commaAnd = false;
            boolean epithetAside = false;
            if (w.equals(",")) {
                q++;
                bareComma = true;
                if (closed && !places && q < n && !s.tok(q).lowerMatches("and|or")) {
                    break; // "between A and B, the Nusra Front sided with ...": past a closed list, a new clause
                }
                if (q < n && (s.tok(q).lower().equals("and") || s.tok(q).lower().equals("or"))) {
                    commaAnd = true;
                    if (bound.size() == 1 && !places && q - 1 == bound.get(0).last() + 1 && !apposed(s, bound.get(0))) {
                        // "the X operations room, and the group's fighters held ...": two items take no comma, so
                        // this opens a new clause (not "A, a group founded in 2013, and B": the apposition's comma)
                        break;
                    }
                    q++;
                    bareComma = false;
                }
            } else if (w.equals("and") || w.equals("or") || w.equals("&")) {
                q++;
                // "government troops and, since January, the Islamic State"
                if (q + 2 < n && s.tok(q).word().equals(",")) {
                    for (int k = q + 1; k < n && k <= q + 6; k++) {
                        if (at[k] != null) {
                            break;
                        }
                        if (s.tok(k).word().equals(",")) {
                            q = k + 1;
                            break;
                        }
                    }
                }
            } else if (w.equals("as") && q + 2 < n && s.tok(q + 1).lower().equals("well")
                    && s.tok(q + 2).lower().equals("as")) {
                q += 3;
            } else if (!places && q + 2 < n && at[q] == null && Regexes.matches(w, "led|commanded|headed")
                    && s.tok(q + 1).lower().equals("by") && apposedEpithetEndingAt(s, at, q - 1)) {
                // "A, the al-Qaeda affiliate led by P, and B": the leader's aside after an epithet in apposition,
                // read below as one after a comma
                epithetAside = true;
            } else {
                break;
            }
            if (q + 1 < n && at[q] == null && s.tok(q).lowerMatches("from|by|in|against|with|of|for|to|on")
                    && (!bareComma || prepositionRepeats(s, q)) && openedBy(s, bound.get(0), s.tok(q).lower())) {
                q++; // "from Tehran as well as from Damascus", "by Hezbollah and by Iraqi militias", "with A as well as
                // with B", "the rout of A and of B", "at war with A, with B and with C", "salaries for A and for
                // most of B": the same role
            }
            if (q + 1 < n && PART_OF.contains(s.tok(q).lower()) && at[q] == null && s.tok(q + 1).lower().equals("of")
                    && (places || s.tok(q).lowerMatches("most|much|all|part"))) {
                q += 2; // "Douma and much of the Eastern Ghouta", "for A and for most of the Southern Front"
            } else if (q + 1 < n && s.tok(q).lower().equals("elsewhere") && places
                    && s.tok(q + 1).lowerMatches("in|across|around|throughout")) {
                q += 2; // "in Douma, Harasta and elsewhere in the Eastern Ghouta"
            }
            if (q + 2 < n && at[q] == null && (s.tok(q).lower().equals("a") && s.tok(q + 1).lower().equals("number")
                    && s.tok(q + 2).lower().equals("of"))) {
                q += 3; // "the YPG and a number of FSA factions"
            } else if (q + 1 < n && at[q] == null && s.tok(q).lowerMatches("several|many|some|various")) {
                q++;
            }
            if (q + 1 < n && at[q] == null && at[q + 1] != null && bareAdjective(s, q) && !places) {
                q++; // "A and several local B units": an adjective before the name without a determiner
            }
            if ((bareComma || epithetAside) && !places && q + 2 < n && at[q] == null
                    && s.tok(q).lowerMatches("led|commanded|headed") && s.tok(q + 1).lower().equals("by")) {
                // "the Yarmouk Army, led by Bashar al-Zoubi, the First Army and C": the leader's aside between items
                int after = pastApposition(s, at, cls, q);
                if (after < 0) {
                    break;
                }
                p = after;
                continue;
            }
            if (q < n && DETERMINERS.contains(s.tok(q).lower()) && q + 1 < n && at[q] == null) {
                if (bareComma && (s.tok(q).lower().equals("a") || s.tok(q).lower().equals("an"))) {
                    // "X, an FSA-affiliated group ...": an apposition, no list item; the list goes on after it
                    // when another item follows it ("A, a movement founded by veterans, B, and C")
                    int after = pastApposition(s, at, cls, q);
                    if (after < 0) {
                        break;
                    }
                    p = after;
                    continue;
                }
                q++;
                // "A and the Islamist brigade B": a classifying noun phrase before the name
                int c = q;
                while (c < n && c < q + 3 && (at[c] == null && s.tok(c).pos().startsWith("JJ")
                        || (at[c] == null || at[c].entity() == null) && lex.has("demonym", s.tok(c).word()))) {
                    c++;
                }
                if (c + 1 < n && c < q + 3 && at[c] == null && UNIT_NOUNS.contains(s.tok(c).lower()) && at[c + 1] != null) {
                    q = c + 1;
                } else if (c > q && c < n && at[c] != null && s.tok(c - 1).capitalized()) {
                    q = c; // "the Afghan Liwa Fatemiyoun": a people's adjective before the name (not "the former X")
                } else {
                    int d = q;
                    int compound = compoundEnd(s, d);
                    if (compound > 0 && compound < n) {
                        d = compound; // "A, the Turkish-backed B and C", "A and the Iran-backed B": past the compound
                    } else if (d + 3 < n && at[d] == null && s.tok(d).lowerMatches("so|self")
                            && s.tok(d + 1).word().equals("-")
                            && s.tok(d + 2).lowerMatches("called|styled|proclaimed|declared")) {
                        d += 3; // "A, the so-called B and the self-styled C": the name after the distancing word
                    }
                    int modifiers = d + 3; // "and the U.S.-backed Kurdish YPG": past the compound, up to three more
                    while (d < n && d < modifiers && at[d] == null && !s.tok(d).lowerMatches("former|erstwhile")
                            && (s.tok(d).pos().startsWith("JJ") || s.tok(d).pos().equals("VBN")
                            || s.tok(d).pos().equals("RB") && d + 1 < n && s.tok(d + 1).posMatches("VBN|VBD|JJ")
                            || s.tok(d).pos().equals("VBD") && d > q && s.tok(d - 1).pos().equals("RB"))) {
                        d++;
                    }
                    if (d > q && d < n && at[d] != null && at[d].source() != Mention.Source.PRONOUN) {
                        q = d; // "A and the newly formed B", "A and the smaller B": a description before the name
                    }
                }
            }
            int f = q;
            while (!places && f < n && f < q + 2 && at[f] == null
                    && (lex.has("demonym", s.tok(f).word()) || s.tok(f).pos().startsWith("JJ"))) {
                f++; // "A and Iraqi Shi'ite fighters from B": a people's adjective before the fighters
            }
            if (!places && f + 2 < n && at[f] == null && FORCE_NOUNS.contains(s.tok(f).lower())
                    && s.tok(f + 1).lowerMatches("of|from")) {
                // "A, B and units of the Southern Front", "A and Iraqi fighters from B": the units stand for the
                // group they belong to
                int k = f + 2 < n && at[f + 2] == null && DETERMINERS.contains(s.tok(f + 2).lower()) ? f + 3 : f + 2;
                q = k < n && at[k] != null ? k : q;
            }
            int sector = q < n && at[q] != null && at[q].kind() == EntityKind.PLACE && !places ? at[q].last() + 1 : q;
            // "A, B and the Idlib sector of C all joined D": C's part stands for C
            int owner = sector < n && at[sector] == null ? sectionOwner(s, at, sector) : -1;
            if (owner < 0 && q < n && at[q] != null && at[q].isReference()) {
                owner = sectionOwner(s, at, at[q].last()); // "the Deir ez-Zor branch of C", read as an epithet
            }
            if (owner >= 0) {
                q = owner;
            }
            int named = bareComma || places ? -1 : namedAfterPossessive(s, at, q);
            if (named >= 0) {
                q = named; // "Turkey and its Syrian proxy force, the SNA, launched ...": the name the item is given
            }
            Mention item = q < n ? at[q] : null;
            boolean included = false;
            if (item != null && ClauseRoles.modifierWord(lex, s, item) && !places) {
                // "A and Iran-backed B": the backer only qualifies the item named after the compound
                int compound = compoundEnd(s, item.first());
                item = compound > 0 && compound < n ? at[compound] : null;
            }
            Mention owned = item == null ? null : possessed(s, at, item, cls);
            if (owned == null && item != null && affiliateOwner(s, item)) {
                owned = namedAffiliate(s, at, item); // "A and al Qaeda's Syrian branch the Nusra Front"
                owned = owned != null && accepts(cls, owned) ? owned : null;
            }
            if (owned != null) {
                item = owned; // "the Syrian army and Lebanon's Hezbollah": the possessed
            } else if (bareComma && item != null && item.last() + 1 < n && isPossessive(s.tok(item.last() + 1))) {
                break; // "Russia and Iran, the regime's main allies": an apposition about the list, no item of it
            }
            int the = item == null && q > 0 && s.tok(q - 1).lower().equals("the") ? q - 1
                    : item != null && item.source() == Mention.Source.DESCRIPTOR && s.tok(q).lower().equals("the")
                    && item.entity() != null && item.entity().equals(bound.get(bound.size() - 1).entity()) ? q : -1;
            if (the >= 0 && bareComma) {
                // "A, the alliance of seven factions which was formed in November, and B": past the apposition,
                // whether or not the description is read as a reference to A
                int after = pastApposition(s, at, cls, the);
                if (after >= 0) {
                    p = after;
                    continue;
                }
            }
            if (item == null && !bareComma && !places) {
                // "both the Islamic State and rebel coalitions including the al-Nusra Front": the named members of a
                // plural item go on the list
                int inc = includedListStart(s, at, q);
                if (inc >= 0) {
                    item = at[inc];
                    included = true;
                }
            }
            if (item == null && !places && !bound.isEmpty()) {
                int past = pastGenericItem(s, at, q);
                if (past > 0) {
                    p = past; // "at war with government forces, with rival rebels and with the YPG": no group named
                    continue;
                }
            }
            if (item != null && item.source() == Mention.Source.PRONOUN && q + 1 < n
                    && s.tok(q).lowerMatches("its|their") && newClauseAfter(s, q + 1)) {
                break; // "..., and its fighters took part in ...": a new clause's subject, no list item
            }
            if (item != null && ClauseRoles.subjectPronoun(s, item)) {
                break;
            }
            if (item != null && commaAnd && item.last() + 1 < n && finite(s.tok(item.last() + 1))
                    && afterVerbOrPreposition(s, bound.get(0))) {
                break; // "formed by A and B, and C was driven out": a list in the object, then a new clause
            }
            if (item != null && accepts(cls, item)) {
                bound.add(item);
                // "A and three smaller groups: B, C and D": the included names make a list of their own
                closed = included ? false : closed || !bareComma;
                p = skipParens(s, item.last() + 1);
            } else {
                break;
            }
        }
        if (bound.size() >= 2 && !places && p + 1 < n && at[p] == null
                && p == bound.get(bound.size() - 1).last() + 1
                && (FORCE_NOUNS.contains(s.tok(p).lower()) || UNIT_NOUNS.contains(s.tok(p).lower()))
                && finite(s.tok(p + 1))) {
            return p + 1; // "A and several B factions became ...": the last item's people end the list before its verb
        }
        int aside = bound.size() >= 2 && !places ? pastIncludedAside(s, at, cls, p, bound) : -1;
        return aside > 0 ? aside : p;
    }

    /**
     * Past the opener of an aside that names what a plural includes, ", including" or ", among them", at the comma
     * {@code comma}: where its first name starts; -1 when no such opener stands there.
     */
    static int pastIncludedOpener(Sentence s, int comma) {
        int n = s.size();
        if (comma < 0 || comma + 1 >= n || !s.tok(comma).word().equals(",")) {
            return -1;
        }
        if (s.tok(comma + 1).lower().equals("including")) {
            return comma + 2;
        }
        return comma + 2 < n && s.tok(comma + 1).lower().equals("among") && s.tok(comma + 2).lower().equals("them")
                ? comma + 3 : -1;
    }

    /**
     * "A, B and several FSA brigades, among them C and D, overran P": the names an aside after a list's plural last
     * item includes go on the list in the plural's place, and the list ends past the aside's closing comma when a
     * verb follows it; -1 (the list untouched) otherwise.
     */
    private int pastIncludedAside(Sentence s, Mention[] at, String cls, int p, List<Mention> bound) {
        int n = s.size();
        Mention last = bound.get(bound.size() - 1);
        if (p + 1 < n && at[p] == null && s.tok(p).pos().equals("NNS") && s.tok(p + 1).word().equals(",")) {
            p++; // the list was read up to its last item's plural ("several FSA brigades")
        }
        if (p + 3 >= n || !s.tok(p).word().equals(",") || !s.tok(p - 1).pos().equals("NNS")
                || last.last() >= p - 1 && !last.isReference()) {
            return -1; // no plural before the comma, or the last item is a name that ends right there
        }
        int k = pastIncludedOpener(s, p);
        if (k > 0 && k < n && at[k] == null && DETERMINERS.contains(s.tok(k).lower())) {
            k++;
        }
        if (k < 0 || k >= n || at[k] == null || !accepts(cls, at[k])) {
            return -1;
        }
        List<Mention> items = new ArrayList<>();
        items.add(at[k]);
        int end = coordinated(s, at, cls, skipParens(s, at[k].last() + 1), items);
        int close = end < n && s.tok(end).word().equals(",") ? end
                : end > 0 && end <= n && s.tok(end - 1).word().equals(",") ? end - 1 : -1;
        if (close < 0 || close + 1 >= n) {
            return -1;
        }
        int v = close + 1;
        while (v < n && v < close + 3 && s.tok(v).pos().startsWith("RB")) {
            v++;
        }
        if (v >= n || !finite(s.tok(v))) {
            return -1; // the aside closes before the list's verb, or the list goes no further
        }
        if (last.last() == p - 2) {
            bound.remove(bound.size() - 1); // "several FSA brigades": the brigades are the names the aside gives
        }
        bound.addAll(items);
        return close + 1;
    }

    /**
     * Past a list item that names no group, a bare plural of up to four lowercase words ("rival rebels", "smaller local
     * factions"), to the comma or conjunction after it, when a named item follows that (past a repeated preposition,
     * a determiner and up to two modifiers); -1 otherwise.
     */
    private static int pastGenericItem(Sentence s, Mention[] at, int q) {
        int n = s.size();
        int k = q;
        while (k < n && k < q + 4 && at[k] == null && s.tok(k).posMatches("JJ.?|NNS?|VBN")
                && !s.tok(k).capitalized()) {
            k++;
        }
        if (k == q || k >= n || !s.tok(k - 1).pos().equals("NNS")) {
            return -1;
        }
        int j = k;
        if (s.tok(j).word().equals(",")) {
            j++;
        }
        if (j < n && s.tok(j).lowerMatches("and|or")) {
            j++;
        } else if (j == k) {
            return -1;
        }
        if (j < n && s.tok(j).lowerMatches("with|against|by|from|to")) {
            j++;
        }
        if (j < n && DETERMINERS.contains(s.tok(j).lower())) {
            j++;
        }
        for (int m = j; m < n && m <= j + 2; m++) {
            if (at[m] != null) {
                return at[m].source() == Mention.Source.PRONOUN ? -1 : k;
            }
            if (!s.tok(m).posMatches("JJ.?|VBN|HYPH|NNP")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a comma (past a determiner) stands right before the mention, which then closes with the next comma: "al
     * Qaeda's Syrian wing, the Nusra Front, and Ahrar al-Sham".
     */
    private static boolean apposed(Sentence s, Mention m) {
        int k = beforeDeterminers(s, m);
        return k >= 0 && s.tok(k).word().equals(",");
    }

    /** Whether "and" or "or" (past a determiner) stands right before the mention: "between A and the B". */
    private static boolean joinedByAnd(Sentence s, Mention m) {
        int k = beforeDeterminers(s, m);
        return k >= 0 && s.tok(k).lowerMatches("and|or");
    }

    /** The token before the mention once its determiners are passed ("with the X": "with"); -1 at the start. */
    private static int beforeDeterminers(Sentence s, Mention m) {
        int k = m.first() - 1;
        while (k >= 0 && DETERMINERS.contains(s.tok(k).lower())) {
            k--;
        }
        return k;
    }

    /** Whether a verb or a preposition (past a determiner) stands right before the mention: it is an object. */
    private static boolean afterVerbOrPreposition(Sentence s, Mention m) {
        int k = beforeDeterminers(s, m);
        return k >= 0 && (s.tok(k).pos().equals("IN") || s.tok(k).pos().equals("TO")
                || s.tok(k).pos().startsWith("VB"));
    }

    /**
     * "A in Homs and B in Deir ez-Zor", "C in the Latakia mountains, D ...": past the place a list's item is told to be
     * in (or the leader it is named with: "A of Jamal Maarouf and B"), when another item follows it; else {@code p}.
     */
    private static int pastItemsPlace(Sentence s, Mention[] at, int p) {
        int n = s.size();
        if (p + 1 >= n || at[p] != null || !s.tok(p).lowerMatches("in|of|from")) {
            return p;
        }
        int k = p + 1;
        if (s.tok(k).lower().equals("the") && at[k] == null) {
            k++;
        }
        if (k >= n || at[k] == null) {
            return p;
        }
        // "the Syrian Revolutionaries Front of Jamal Maarouf and of Harakat Hazm": a group named with its leader
        boolean leader = at[k].kind() == EntityKind.PERSON && s.tok(p).lower().equals("of");
        if (at[k].kind() != EntityKind.PLACE && !leader) {
            return p;
        }
        int place = at[k].last();
        k = place + 1;
        while (k < n && k <= place + 2 && at[k] == null && s.tok(k).pos().startsWith("NN") && !s.tok(k).capitalized()) {
            k++; // "the Latakia mountains", "the Damascus suburbs"
        }
        boolean more = k < n && (s.tok(k).word().equals(",") || s.tok(k).lowerMatches("and|or|to"));
        return more ? k : p;
    }

    /** One to three nouns or adjectives from token j, then a finite verb or modal: a clause's subject and verb. */
    static boolean newClauseAfter(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k < j + 3 && (s.tok(k).pos().startsWith("NN") || s.tok(k).pos().startsWith("JJ"))) {
            k++;
        }
        return k != j && k < s.size() && finite(s.tok(k));
    }

    /**
     * After a list's "and": "its" or "their", a common noun phrase of up to four words and a comma, then a name (past
     * "the"): "Turkey and its Syrian proxy force, the Syrian National Army, ...". The name's position, or -1.
     */
    private static int namedAfterPossessive(Sentence s, Mention[] at, int q) {
        int n = s.size();
        if (q >= n || !s.tok(q).lowerMatches("its|their")) {
            return -1;
        }
        int k = q + 1;
        while (k < n && k <= q + 4 && at[k] == null && s.tok(k).posMatches("NNS?|JJ.*")) {
            k++; // common nouns and adjectives only: "its Syrian proxy force", "their main ally"
        }
        boolean alliesIn = k > q + 1 && k + 1 < n && s.tok(k - 1).lowerMatches("allies|partners|proxies")
                && s.tok(k).lowerMatches("in|from|among"); // "Turkey and its allies in the FSA took Afrin"
        if (!alliesIn && (k == q + 1 || k + 1 >= n || !s.tok(k).word().equals(",")
                || !s.tok(k - 1).pos().startsWith("NN"))) {
            return -1;
        }
        k++;
        if (k < n && at[k] == null && s.tok(k).lower().equals("the")) {
            k++;
        }
        return k < n && at[k] != null && at[k].source() != Mention.Source.PRONOUN ? k : -1;
    }

    /**
     * After a list's "and": a plural common noun phrase ("rebel coalitions", "other jihadist groups") followed by
     * "including" or "such as" and a name; the name's position, or -1.
     */
    private static int includedListStart(Sentence s, Mention[] at, int q) {
        int n = s.size();
        int k = q < n && (s.tok(q).lower().equals("other") || s.tok(q).pos().equals("CD") && at[q] == null) ? q + 1 : q;
        // an ideology's adjective is a modifier of the plural: "three smaller Islamist groups: A, B and C"
        k = ClauseRoles.afterIncluding(s, k, q + 4 - k, i -> at[i] != null && at[i].kind() != EntityKind.IDEOLOGY);
        if (k < 0) {
            return -1;
        }
        if (k < n && s.tok(k).lower().equals("the") && at[k] == null) {
            k++;
        }
        return k < n && at[k] != null ? k : -1;
    }

    /** Whether an epithet set off by a comma ends at token {@code e}: "A, the al-Qaeda affiliate". */
    private static boolean apposedEpithetEndingAt(Sentence s, Mention[] at, int e) {
        for (int k = e; k >= 1 && k >= e - 6; k--) {
            if (at[k] != null) {
                return at[k].last() == e && at[k].source() == Mention.Source.EPITHET
                        && s.tok(k - 1).word().equals(",");
            }
        }
        return false;
    }

    /**
     * The position of the comma that closes an apposition opened at {@code q} when a further item of the list
     * follows it (", B", ", and B"), else -1.
     */
    private static int pastApposition(Sentence s, Mention[] at, String cls, int q) {
        int n = s.size();
        boolean relative = false;
        for (int k = q + 1; k < n && k <= q + 20; k++) {
            String w = s.tok(k).word();
            String pos = s.tok(k).pos();
            relative |= pos.equals("WDT") || pos.equals("WP") || w.equalsIgnoreCase("that");
            if (w.equals(";") || w.equals(":") || w.equals(".")
                    || !relative && finite(s.tok(k))) {
                return -1; // the apposition closes on the clause's verb: no list goes on
            }
            if (!w.equals(",")) {
                continue;
            }
            int r = k + 1;
            if (r < n && s.tok(r).lowerMatches("and|or")) {
                r++;
            }
            if (r < n && s.tok(r).lower().equals("the") && r + 1 < n && at[r] == null) {
                r++;
            }
            return r < n && at[r] != null && accepts(cls, at[r]) ? k : -1;
        }
        return -1;
    }

    /**
     * The name a state's, a place's, a state force's or a person's possessive owns right after it ("the IRGC's Quds
     * Force", "Masoud Barzani's Kurdistan Democratic Party"), when the slot takes it; else null.
     */
    private static Mention possessed(Sentence s, Mention[] at, Mention m, String cls) {
        boolean body = m.kind() != null && m.kind().isUmbrella();
        if (m.kind() != EntityKind.STATE && m.kind() != EntityKind.PLACE && m.kind() != EntityKind.STATE_FORCE
                && m.kind() != EntityKind.AGENCY && m.kind() != EntityKind.PERSON && !body || m.last() + 2 >= s.size()
                || !isPossessive(s.tok(m.last() + 1))) {
            return null;
        }
        int k = m.last() + 2;
        while (k + 1 < s.size() && k < m.last() + 4 && at[k] == null && s.tok(k).pos().startsWith("JJ")
                && !s.tok(k).capitalized()) {
            k++; // "the army's elite Republican Guard"
        }
        Mention owned = at[k];
        if (body && (owned == null || !Coreference.isGroup(owned.kind()))) {
            return null; // "the FSA's Southern Front": a body's own front or brigade; its fighters are the body's
        }
        return owned != null && accepts(cls, owned) ? owned : null;
    }

    /** "Lebanon's Hezbollah": a state or place whose possessive names a group that is no force of the state. */
    private static boolean ownsGroup(Sentence s, Mention[] at, Mention m) {
        if (m.kind() != EntityKind.STATE && m.kind() != EntityKind.PLACE || m.last() + 2 >= s.size()
                || !isPossessive(s.tok(m.last() + 1))) {
            return false;
        }
        Mention owned = at[m.last() + 2];
        return owned != null && (Coreference.isGroup(owned.kind()) || owned.kind() == EntityKind.PARTY);
    }

    /** True when pattern element e is the hyphen or second half of a compound ("B:group - affiliated"). */
    private boolean readsCompound(List<Rule.Element> pat, int e) {
        if (e >= pat.size() || !(pat.get(e) instanceof Rule.Word w)) {
            return false;
        }
        for (String a : w.alternatives()) {
            if (a.equals("-") || lex.has("compound-modifier", a) || lex.has("modifier-head", a)) {
                return true;
            }
        }
        return false;
    }

    /** The last words of a state named by its armed forces or its rule: "the army", "the regime's", "the military". */
    private static final Set<String> ARMY_WORDS = Set.of("army", "regime", "military", "government", "forces",
            "troops", "soldiers");
    /** The last words of a state's help named by its adjective: "Russian air support", "Iranian help". */
    private static final Set<String> HELP_WORDS = Set.of("support", "help", "backing", "cover", "assistance", "aid",
            "airstrikes", "strikes", "power", "artillery", "patronage", "oversight", "supervision", "sponsorship",
            "funding", "financing", "campaign", "raids");

    /** The last words of a state named by its part as a partner: "its American partners", "Iranian allies". */
    private static final Set<String> PARTNER_WORDS = Set.of("allies", "ally", "partners", "partner");
    /** The last words of a state named by its part as a backer: "its Turkish backers", "Gulf patrons". */
    private static final Set<String> BACKER_WORDS = Set.of("backers", "backer", "patrons", "patron", "sponsors",
            "sponsor");
    /** The head words a slot of these kind classes ends in: a rule with no word of its own triggers on them. */
    static final Map<String, Set<String>> HEAD_WORDS = Map.of("partner", PARTNER_WORDS, "backer", BACKER_WORDS);
    /** The classes of a state named by a part of it, each with the last words that name that part. */
    private static final Map<String, Set<String>> STATE_PART_WORDS = Map.of("help", HELP_WORDS,
            "partner", PARTNER_WORDS, "backer", BACKER_WORDS);

    /** Whether a mention names a state by its part as a backer: "its Russian patrons", "Turkish backers". */
    static boolean namesBacker(Mention m) {
        return accepts("backer", m);
    }

    /** The token before the one at i, past a "the" ("from the Nusra Front"); -1 at the sentence's start. */
    static int beforeArticle(Sentence s, int i) {
        int k = i - 1;
        if (k >= 0 && s.tok(k).lower().equals("the")) {
            k--;
        }
        return k;
    }

    /**
     * The word a prepositional phrase before token i hangs on: "support" in "support from the coalition", "commander"
     * in "the commander of X" (the preposition, past a "the", right before i); -1 when that preposition is not there
     * or nothing stands before it.
     */
    static int headBefore(Sentence s, int i, String preposition) {
        int k = beforeArticle(s, i);
        return k >= 1 && s.tok(k).lower().equals(preposition) ? k - 1 : -1;
    }

    /** Whether an entity of this kind belongs to a state: the state itself, its forces or its agencies. */
    static boolean stateSide(EntityKind k) {
        return k == EntityKind.STATE || k == EntityKind.STATE_FORCE || k == EntityKind.AGENCY;
    }

    /** A mention's last word in lower case, also across a hard line break ("Syrian\narmy"), with no regex. */
    private static String lastWord(Mention m) {
        String t = m.text();
        int k = t.length();
        while (k > 0 && !Character.isWhitespace(t.charAt(k - 1))) {
            k--;
        }
        return t.substring(k).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "sector of C", "branch of C", "local branch of C": the index of C's mention when the word at {@code w} (past up
     * to two adjectives) names C's part, else -1.
     */
    private static int sectionOwner(Sentence s, Mention[] at, int w) {
        int k = w;
        while (k < w + 2 && k < s.size() && at[k] == null && s.tok(k).pos().startsWith("JJ")) {
            k++; // "the local branch of C", "the northern sector of C"
        }
        return k + 2 < s.size() && SECTIONS.contains(s.tok(k).lower()) && s.tok(k + 1).lower().equals("of")
                && at[k + 2] != null ? k + 2 : -1;
    }

    /** The slot classes that take places: place, pname and placename. */
    static boolean placeClass(String cls) {
        return cls.equals("place") || cls.equals("pname") || cls.equals("placename");
    }

    static boolean accepts(String cls, Mention m) {
        EntityKind k = m.kind();
        if (m.source() == Mention.Source.NAME) {
            return cls.equals("person") && m.length() >= 2 || cls.equals("pname");
        }
        if (k == null) {
            return false;
        }
        return switch (cls) {
            case "actor" -> k.isActor();
            case "group" -> k == EntityKind.ARMED_GROUP || k.isUmbrella();
            case "umbrella" -> k.isUmbrella() || k == EntityKind.ARMED_GROUP && m.source() != Mention.Source.PRONOUN;
            case "place", "pname" -> k == EntityKind.PLACE;
            case "placename" -> k == EntityKind.PLACE && !m.isReference();
            case "person" -> k == EntityKind.PERSON;
            case "state" -> stateSide(k);
            case "unit" -> (k == EntityKind.ARMED_GROUP || k == EntityKind.STATE_FORCE || k == EntityKind.AGENCY)
                    && m.source() != Mention.Source.PRONOUN;
            case "army" -> k.isState() && ARMY_WORDS.contains(lastWord(m));
            case "force" -> k == EntityKind.STATE_FORCE && m.source() != Mention.Source.PRONOUN;
            case "help", "partner", "backer" -> k == EntityKind.STATE && m.source() == Mention.Source.FORCE
                    && STATE_PART_WORDS.get(cls).contains(lastWord(m));
            case "ideology" -> k == EntityKind.IDEOLOGY;
            case "armed" -> k == EntityKind.ARMED_GROUP;
            case "coalition" -> k.isUmbrella();
            case "org" -> k == EntityKind.ARMED_GROUP || k.isUmbrella() || k == EntityKind.PARTY;
            default -> true;
        };
    }
}
