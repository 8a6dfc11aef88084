package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Relation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A group's ideology told by an adjective (lexicon {@code [ideology-adjective]}): "the Salafist Jaysh al-Islam",
 * "the Salafist group" (a description resolved to its group), "Ansar al-Islam, a Salafi-jihadist organisation",
 * "X is a Salafist faction". The broad "jihadist" and "Islamist", which reports give every armed Islamist group,
 * count only where they characterise a named group ("X, a hardline Islamist faction", "the Islamist movement X"),
 * never in a description that refers ("the jihadist group's caliphate"). Claims are undated. Stateless; thread-safe.
 */
final class IdeologyAdjectives {
    static final String METHOD = "ideology-adjective";
    /** Not yet measured on the development sets (their few such phrases are all read); the prior of a name rule. */
    static final double PRECISION = 0.75;
    /** Adjectives reports give every armed Islamist group: read only where they characterise a named group. */
    private static final Set<String> BROAD = Set.of("islamist", "jihadist");
    private static final Set<String> SHIA = Set.of("shia", "shiite", "shi'ite", "shi'a");
    private static final Set<String> PREDICATE = Set.of("is", "was", "are", "were", "remains", "remained",
            "became", "becomes", "as");
    private static final Set<String> HEADS = Set.of("group", "groups", "faction", "factions", "organisation",
            "organization", "movement", "coalition", "alliance", "militia", "brigade", "battalion", "outfit",
            "network", "force", "army", "front", "umbrella");

    /** Nouns of a group's doctrine after the adjective: "its Salafist outlook". */
    private static final Set<String> OUTLOOK = Set.of("outlook", "ideology", "orientation", "worldview", "creed",
            "doctrine", "leanings", "credentials", "agenda");

    /** Adjective (lower case, "salafi-jihadist" with its hyphen) to the ideology's name in the dictionary. */
    private final java.util.Map<String, String> adjectives;
    private final ActorDictionary dict;

    IdeologyAdjectives(Lexicon lex, ActorDictionary dict) {
        this.adjectives = lex.section("ideology-adjective");
        this.dict = dict;
    }

    void apply(List<Sentence> sents, List<List<Mention>> mentions, DocEntities ents, List<Candidate> out) {
        for (Sentence s : sents) {
            List<Mention> ms = mentions.get(s.index());
            for (int i = 0; i < s.size(); i++) {
                int last = i;
                String name = null;
                if (i + 2 < s.size() && s.tok(i + 1).word().equals("-")) {
                    // "Salafi-jihadist" as the tokenizer splits it
                    name = adjectives.get(s.tok(i).lower() + "-" + s.tok(i + 2).lower());
                    last = name != null ? i + 2 : i;
                }
                if (name == null && i + 1 < s.size()) {
                    // "a Salafi jihadist group": the two adjectives written apart
                    name = adjectives.get(s.tok(i).lower() + "-" + s.tok(i + 1).lower());
                    last = name != null ? i + 1 : i;
                }
                if (name == null) {
                    name = adjectives.get(s.tok(i).lower());
                }
                if (name != null && i > 0 && SHIA.contains(s.tok(i - 1).lower()) && name.startsWith("Sunni ")) {
                    name = "Shia " + name.substring("Sunni ".length()); // "a Shia Islamist militia"
                }
                if (name == null) {
                    continue;
                }
                Entity ideology = dict.byName(name);
                Mention group = described(s, ms, i, last, BROAD.contains(s.tok(i).lower()));
                if (ideology == null || group == null) {
                    continue;
                }
                Candidate c = Candidate.inSentence(s, METHOD, PRECISION);
                c.subject = ents.current(group.entity());
                c.subjectMention = group.text();
                c.relation = Relation.IDEOLOGY;
                c.object = ents.register(ideology);
                c.objectMention = last == i ? s.tok(i).word()
                        : s.tok(i).word() + (last == i + 1 ? " " : "-") + s.tok(last).word();
                c.order = s.index() * 10000 + i;
                out.add(c);
                i = last;
            }
        }
    }

    /** The group the adjective from token {@code i} to {@code last} describes, or null. */
    private static Mention described(Sentence s, List<Mention> ms, int i, int last, boolean broad) {
        for (Mention m : ms) {
            if (m.first() <= i && i <= m.last() && m.entity() != null) { // not a bare capitalised "Salafi"
                Mention coalition = m.source() == Mention.Source.DESCRIPTOR && counted(s, m.first(), i)
                        ? coalitionOf(s, ms, i, last) : null;
                if (coalition != null) {
                    return coalition; // "X, an alliance of seven Islamist factions", read as a reference to X
                }
                // "the Salafist group"; but "the jihadist group" only refers, it does not characterise
                return group(m) && m.isReference() && !broad ? m : null;
            }
        }
        // "the Salafist Jaysh al-Islam", "the Salafist rebel group Jaysh al-Islam"
        int k = last + 1;
        while (k < s.size() && k <= last + 3 && lowerNoun(s.tok(k))) {
            k++;
        }
        Mention after = startingAt(ms, k);
        if (after != null) {
            return group(after) ? after : null;
        }
        // "Its Salafist outlook", "the group's Salafi-jihadist creed": the possessor's doctrine
        if (!broad && last + 1 < s.size() && OUTLOOK.contains(s.tok(last + 1).lower()) && i >= 1) {
            int p = s.tok(i - 1).lowerMatches("'s|\u2019s") ? i - 2 : i - 1;
            Mention owner = p >= 0 ? endingAt(ms, p) : null;
            boolean possessive = p < i - 1 || owner != null && RuleMatcher.ownerWord(s, owner);
            return owner != null && possessive && group(owner) ? owner : null;
        }
        Mention coalition = coalitionOf(s, ms, i, last);
        if (coalition != null) {
            return coalition;
        }
        // "X, a Salafi-jihadist organisation", "X is a Salafist faction": a head noun after the adjective
        int h = last + 1;
        while (h < s.size() && h <= last + 2 && !HEADS.contains(s.tok(h).lower())) {
            h++;
        }
        if (h >= s.size() || !HEADS.contains(s.tok(h).lower())) {
            return null;
        }
        int j = i - 1;
        for (int skipped = 0; skipped < 2 && j >= 0; skipped++) {
            Mention place = endingAt(ms, j);
            if (place != null && place.kind() == EntityKind.PLACE) {
                j = place.first() - 1; // "X, a Deraa Salafist group": the group's home before the adjective
            } else if (modifier(s.tok(j))) {
                j--; // "X, a hardline Islamist faction", "X, a powerful Salafist group"
            } else {
                break;
            }
        }
        // "X, the Salafist movement that ...": with "the" only a doctrine's own adjective, not the broad "jihadist" and
        // "Islamist" reports give in passing ("Hay'at Tahrir al-Sham, the jihadist alliance formed in January")
        if (j >= 0 && (s.tok(j).lowerMatches("a|an") || !broad && s.tok(j).lower().equals("the"))) {
            j--;
        }
        if (j < 1) {
            return null;
        }
        String w = s.tok(j).lower();
        if (w.equals(",")) {
            // "Jamaat Ansar al-Islam (Ansar al-Islam), a Salafi-jihadist organisation": the name before the brackets
            int e = RuleMatcher.beforeParens(s, j - 1);
            Mention before = e < 0 ? null : endingAt(ms, e);
            return before != null && group(before) ? before : null;
        }
        if (PREDICATE.contains(w)) {
            Mention before = endingAt(ms, j - 1);
            if (before == null && j >= 2 && s.tok(j - 1).pos().startsWith("RB")) {
                before = endingAt(ms, j - 2); // "X is now a Salafist faction"
            }
            return before != null && group(before) ? before : null;
        }
        return null;
    }

    /** Plural nouns for a coalition's members: "an alliance of seven Islamist factions". */
    private static final Set<String> MEMBERS = Set.of("factions", "groups", "brigades", "battalions", "militias",
            "insurgents", "rebels", "movements", "organisations", "organizations");
    /** Nouns of a body of groups: "a coalition of Islamist insurgents". */
    private static final Set<String> BODIES = Set.of("coalition", "alliance", "umbrella", "grouping", "bloc", "union",
            "federation");

    /**
     * "X, an alliance of seven Islamist factions", "X, a loose coalition of Islamist insurgents": the members'
     * doctrine is the named coalition's (the broad adjectives too: they characterise it); else null.
     */
    private static Mention coalitionOf(Sentence s, List<Mention> ms, int i, int last) {
        if (last + 1 >= s.size() || !MEMBERS.contains(s.tok(last + 1).lower())) {
            return null;
        }
        int j = i - 1;
        while (j >= 0 && j >= i - 3 && (modifier(s.tok(j)) || s.tok(j).pos().equals("CD")
                || s.tok(j).lowerMatches("several|many|some|various"))) {
            j--;
        }
        if (j < 3 || !s.tok(j).lower().equals("of") || !BODIES.contains(s.tok(j - 1).lower())) {
            return null;
        }
        j -= 2;
        if (j >= 1 && modifier(s.tok(j))) {
            j--; // "a loose coalition of ..."
        }
        if (j < 2 || !s.tok(j).lowerMatches("a|an") || !s.tok(j - 1).word().equals(",")) {
            return null;
        }
        int e = RuleMatcher.beforeParens(s, j - 2);
        Mention before = e < 0 ? null : endingAt(ms, e);
        return before != null && group(before) ? before : null;
    }

    /** A number among tokens {@code from} to {@code to - 1}: "an alliance of seven Islamist factions". */
    private static boolean counted(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tok(k).pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case adjective or adverb, or "Shia"/"Sunni", before the doctrine's adjective ("hardline"). */
    private static boolean modifier(Tok t) {
        String p = t.pos();
        if (SHIA.contains(t.lower()) || t.lower().equals("sunni")) {
            return true; // "a Shia Islamist militia"
        }
        boolean modifying = p.startsWith("JJ") || p.startsWith("RB") || p.equals("VBN") || t.lower().equals("hardline");
        // lower case, or a people's adjective the tagger reads as one ("a mostly Syrian Salafist brigade")
        return modifying && (t.word().toLowerCase(Locale.ROOT).equals(t.word()) || p.equals("JJ"));
    }

    private static boolean lowerNoun(Tok t) {
        String p = t.pos();
        return (p.startsWith("NN") || p.startsWith("JJ")) && t.word().toLowerCase(Locale.ROOT).equals(t.word());
    }

    private static Mention startingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.first() == k) {
                return m;
            }
        }
        return null;
    }

    private static Mention endingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.last() == k) {
                return m;
            }
        }
        return null;
    }

    private static boolean group(Mention m) {
        return m.entity() != null && Stages.isGroup(m.entity());
    }
}
