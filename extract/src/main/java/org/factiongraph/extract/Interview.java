package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;

import java.util.List;
import java.util.Set;

/**
 * A question-and-answer interview: its answers, and the group the interviewee speaks for, so that "we", "us" and
 * "our" in an answer are that group ("When the Southern Front was declared we were part of it"). The group is read
 * from the title and the introduction, where the interviewee is named by a role in it: "a former Jaish al-Yarmouk
 * commander", "a former commander of Jaish Ahrar al-Ashair", "one of its former field commanders", "P ... now
 * commands X". A journalist, researcher or activist speaks for no group. Stateless.
 */
final class Interview {
    private static final Set<String> ROLES = Set.of("commander", "commanders", "fighter", "fighters", "member",
            "members", "spokesman", "spokesmen", "spokesperson", "official", "officials", "officer", "officers",
            "leader", "leaders", "emir", "cadre", "cadres", "founder", "co-founder");
    /** Words between the role's article and the group or the role: "a former senior X commander". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "senior", "field", "military", "top", "local",
            "veteran", "ex", "founding", "political", "one", "of", "a", "an", "the", "its", "their");
    private static final Set<String> WE = Set.of("we", "us", "our", "ours", "ourselves");

    private Interview() {
    }

    /** Whether the sentence opens with the speaker label {@code label} and a colon ("Q:", "Frontlines:"). */
    static boolean opensWith(Sentence s, String label) {
        return label != null && label.equals(label(s));
    }

    /**
     * The words before a colon that open the sentence, as a transcript labels its speaker ("Q", "A", "Frontlines",
     * "Al-Tamer"): at most four capitalised words and hyphens; null when the sentence opens otherwise.
     */
    private static String label(Sentence s) {
        int colon = afterLabel(s) - 1;
        if (colon < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < colon; i++) {
            b.append(s.tok(i).word());
        }
        return b.toString();
    }

    /** The index of the first token after a speaker label and its colon ("Q:", "Al-Tamer:"); 0 when none opens. */
    static int afterLabel(Sentence s) {
        int k = 0;
        while (k < s.size() && k < 4 && (s.tok(k).capitalized() || k > 0 && s.tok(k).word().equals("-"))) {
            k++;
        }
        return k > 0 && k < s.size() && s.tok(k).word().equals(":") ? k + 1 : 0;
    }

    /**
     * The transcript's two speaker labels, the interviewer's first: "Q" and "A"; else the label whose turns mostly
     * end with a question mark and the other label with at least two turns ("Frontlines" and "Al-Tamer"); null when
     * the document is no transcript.
     */
    static String[] speakers(List<Sentence> sents) {
        java.util.Map<String, int[]> turns = new java.util.LinkedHashMap<>();
        for (Sentence s : sents) {
            String l = label(s);
            if (l != null) {
                int[] t = turns.computeIfAbsent(l, x -> new int[2]);
                t[0]++;
                if (s.tok(s.size() - 1).word().equals("?")) {
                    t[1]++;
                }
            }
        }
        if (turns.containsKey("Q")) {
            // "Q:" and "A:", or "Q:" and the interviewee's name ("Al-Hamadi:") on every answer
            turns.remove("Q");
            String named = turns.containsKey("A") ? null : mostTurns(turns, false);
            return new String[] {"Q", named == null ? "A" : named};
        }
        String asker = mostTurns(turns, true);
        String answerer = mostTurns(turns, false);
        return asker == null || answerer == null ? null : new String[] {asker, answerer};
    }

    /** The label with the most turns (at least two) whose turns mostly ask, or mostly do not; null when none. */
    private static String mostTurns(java.util.Map<String, int[]> turns, boolean asking) {
        String best = null;
        for (var e : turns.entrySet()) {
            int[] t = e.getValue();
            if (t[0] >= 2 && (t[1] * 2 >= t[0]) == asking && (best == null || t[0] > turns.get(best)[0])) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The index of the interview's first question, or -1 when the document is no interview. */
    static int firstQuestion(List<Sentence> sents, String[] speakers) {
        for (Sentence s : sents) {
            if (speakers != null && opensWith(s, speakers[0])) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * Which sentences (by index) answer: those after the first question that are not part of a question. A question
     * runs from the interviewer's label ("Q:") to its question mark, the interviewee's label ("A:") or the end of its
     * paragraph.
     */
    static boolean[] answers(List<Sentence> sents, String text, int firstQuestion, String[] speakers) {
        boolean[] out = new boolean[sents.size()];
        if (firstQuestion < 0) {
            return out;
        }
        boolean question = false;
        boolean asked = false; // the previous sentence ended with a question mark
        int prevEnd = 0;
        for (Sentence s : sents) {
            if (s.index() >= firstQuestion) {
                question = opensWith(s, speakers[0]) || question && !asked && !opensWith(s, speakers[1])
                        && !text.substring(Math.min(prevEnd, s.begin()), s.begin()).contains("\n\n");
            }
            prevEnd = s.end();
            asked = s.size() > 0 && s.tok(s.size() - 1).word().equals("?");
            out[s.index()] = !question && s.index() > firstQuestion;
        }
        return out;
    }

    static boolean firstPersonPlural(String lower) {
        return WE.contains(lower);
    }

    /**
     * The group the interviewee speaks for, named in the sentences before {@code upTo} with a role of theirs in it;
     * null when none is.
     */
    static Entity speakerGroup(List<Sentence> sents, int upTo, List<List<Mention>> mentions) {
        Entity indefinite = speakerGroup(sents, upTo, mentions, false);
        // "the commander of Fursan al-Jawlan speaks": a definite role only when no "a commander of X" names one
        return indefinite != null ? indefinite : speakerGroup(sents, upTo, mentions, true);
    }

    private static Entity speakerGroup(List<Sentence> sents, int upTo, List<List<Mention>> mentions,
            boolean definite) {
        Entity found = null;
        for (Sentence s : sents) {
            if (s.index() >= upTo) {
                break;
            }
            List<Mention> ms = mentions.get(s.index());
            for (Mention m : ms) {
                if (m.entity() == null || m.kind() == null || !Coreference.isGroup(m.kind())) {
                    continue;
                }
                boolean commanded = commandedBy(s, m, ms);
                if (!(roleAfter(s, m) && introducedBefore(s, m.first() - 1, definite) || roleOf(s, m, definite)
                        || commanded)) {
                    continue;
                }
                if (found == null) {
                    found = m.entity();
                    if (!m.kind().isUmbrella()) {
                        return found;
                    }
                } else if (commanded && !m.kind().isUmbrella()) {
                    // "an FSA commander in Darkush" (the headline) and then "P commands the Darkush Martyrs
                    // Battalion": the unit the person is named by, not the umbrella it fights under
                    return m.entity();
                }
            }
        }
        return found;
    }

    /** "a former Jaish al-Yarmouk commander", "one of its former field commanders": the role after the group. */
    private static boolean roleAfter(Sentence s, Mention m) {
        int k = m.last() + 1;
        if (k < s.size() && RuleMatcher.isPossessive(s.tok(k))) {
            k++;
        }
        for (int n = 0; k < s.size() && n < 2 && ROLE_MODIFIERS.contains(s.tok(k).lower()); n++) {
            k++;
        }
        return k < s.size() && ROLES.contains(s.tok(k).lower());
    }

    /** "a former commander of Jaish Ahrar al-Ashair": the role, introduced by an article, before "of" and the group. */
    private static boolean roleOf(Sentence s, Mention m, boolean definite) {
        int k = RuleMatcher.beforeArticle(s, m.first());
        if (k < 1 || !s.tok(k).lowerMatches("of|in|with|from|for") || !ROLES.contains(s.tok(k - 1).lower())) {
            return false;
        }
        return introducedBefore(s, k - 2, definite);
    }

    private static final Set<String> COMMAND_VERBS = Set.of("command", "lead", "head", "found", "run");

    /** Nouns of a part of a group that a person commands: "commands a battalion of X". */
    private static final Set<String> UNIT_NOUNS = Set.of("unit", "units", "battalion", "battalions", "brigade",
            "brigades", "company", "companies", "contingent", "detachment", "group", "squad", "section", "sector");

    /**
     * "Captain P defected in 2011 and now commands X": a person named earlier in the sentence commands, leads, heads,
     * founded or runs the group, or a part of it ("P commands a battalion of X").
     */
    private static boolean commandedBy(Sentence s, Mention m, List<Mention> ms) {
        int k = RuleMatcher.beforeArticle(s, m.first());
        if (k >= 2 && s.tok(k).lower().equals("of") && UNIT_NOUNS.contains(s.tok(k - 1).lower())) {
            // "P commands a battalion of X", "who commands units of X": the verb before the unit's noun phrase
            k = s.tok(k - 2).lowerMatches("a|an|the|one|two|several") ? k - 3 : k - 2;
        }
        if (k < 1 || !s.tok(k).pos().startsWith("VB") || !COMMAND_VERBS.contains(s.tok(k).lemma().toLowerCase())) {
            return false;
        }
        int verb = k;
        return ms.stream().anyMatch(p -> p.last() < verb && (p.kind() == EntityKind.PERSON
                || p.source() == Mention.Source.NAME && p.length() >= 2)); // a person the dictionary lacks
    }

    /**
     * An article or "one of" opens the role's noun phrase, ending at token {@code k}, within three modifiers; "the"
     * too when {@code definite}.
     */
    private static boolean introducedBefore(Sentence s, int k, boolean definite) {
        for (int n = 0; k >= 0 && n < 4; n++, k--) {
            String w = s.tok(k).lower();
            if (w.equals("a") || w.equals("an") || w.equals("one") || definite && w.equals("the")) {
                return true;
            }
            if (!ROLE_MODIFIERS.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
