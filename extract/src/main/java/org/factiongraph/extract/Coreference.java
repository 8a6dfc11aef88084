package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves references inside one document and adds them as mentions: pronouns ("it", "its", "they"), definite
 * descriptions ("the group", "the alliance", "that group"), indefinite ones that a later name completes ("a joint
 * operations room" ... "The alliance, named X"), and epithets ("the self-proclaimed caliphate", "the X
 * affiliate"). A wiki page's title is the discourse subject; in other texts it is the first actor of the
 * previous sentence. Stateless apart from its immutable lexicon; thread-safe.
 */
final class Coreference {
    private static final int WINDOW = 6;
    private final Lexicon lex;
    private final List<String[]> descriptors;
    private final List<String[]> epithets;
    private final Entity garrison;

    Coreference(Lexicon lex) {
        this(lex, null);
    }

    /** With {@code garrison} (may be null) the war's state, whose army bare "soldiers" and "troops" are. */
    Coreference(Lexicon lex, Entity garrison) {
        this.lex = lex;
        this.garrison = garrison;
        this.descriptors = lex.phrases("descriptor");
        this.epithets = lex.phrases("epithet");
    }

    /**
     * Adds resolved reference mentions to {@code mentions} (sorted by position within each sentence) and returns
     * the affiliation epithets found, each as {epithet mention, the named parent it was an affiliate of}.
     */
    List<Mention[]> resolve(List<Sentence> sents, String text, List<List<Mention>> mentions, DocEntities ents) {
        List<Mention[]> affiliations = new ArrayList<>();
        Entity subject = ents.subject();
        Entity topic = subject;
        List<Object[]> persons = new ArrayList<>(); // {name key words, person}
        String[] speakers = Interview.speakers(sents);
        int firstQuestion = Interview.firstQuestion(sents, speakers);
        boolean[] answers = Interview.answers(sents, text, firstQuestion, speakers);
        Entity speaker = null; // the group an interviewee answers for
        Map<String, Entity> renames = new java.util.HashMap<>(); // a renamed group's id -> its new name's entity
        Map<String, String> nameKeys = new java.util.HashMap<>(); // a name -> its matching key, computed once
        for (Sentence s : sents) {
            List<Mention> ms = mentions.get(s.index());
            if (s.index() == firstQuestion) {
                speaker = Interview.speakerGroup(sents, firstQuestion, mentions);
            }
            boolean answer = speaker != null && answers[s.index()];
            shortPersonNames(ms, persons);
            capitalisedHeads(s, ms, mentions, subject);
            initialisms(ms, mentions);
            shortForms(s, ms, mentions, nameKeys);
            boolean[] covered = new boolean[s.size()];
            for (Mention m : ms) {
                for (int k = m.first(); k <= m.last(); k++) {
                    covered[k] = true;
                }
            }
            // "X was announced on Monday when A dissolved itself into the new body": a group this sentence forms
            // before the description is the newest for it
            Entity formedHere = newlyFormed(s, ms);
            int formedAt = formedHere == null ? -1 : ms.stream().filter(m -> m.entity() == formedHere)
                    .mapToInt(Mention::last).min().orElse(-1);
            List<Mention> added = new ArrayList<>();
            Mention pair = pairReference(s, s.index() > 0 ? sents.get(s.index() - 1) : null, ms, mentions, ents);
            if (pair != null) {
                added.add(pair);
                for (int k = pair.first(); k <= pair.last(); k++) {
                    covered[k] = true;
                }
            }
            for (int i = 0; i < s.size(); i++) {
                if (covered[i]) {
                    continue;
                }
                Tok t = s.tok(i);
                Mention r = null;
                if (t.lower().equals("here") && !quoted(s, i)) {
                    r = placeRef(s, i, i, ms, added, mentions, sents);
                } else if (t.lower().equals("it") && i > 0 && TAKE_PLACE.contains(s.tok(i - 1).lemma().toLowerCase())
                        && s.tok(i - 1).pos().startsWith("VB")) {
                    // "launched an offensive to retake it", "stormed it": what is taken is a place
                    r = placeRef(s, i, i, ms, added, mentions, sents);
                } else if (placeFate(s, i)) {
                    // "Its fall cuts off a pocket of rebel-held towns", "Its capture secures supply lines": what
                    // falls or is captured is a place
                    r = placeRef(s, i, i, ms, added, mentions, sents);
                } else if (t.lower().equals("itself") && i > 0 && !s.tok(i - 1).pos().startsWith("VB")
                        && !s.tok(i - 1).lowerMatches("to|for|on|in|of|from|with|against|by")) {
                    // "pushed into the town itself", "the Fatemiyoun brand itself": an intensifier of the noun
                    // phrase before it, the actor named there or no reference
                    for (Mention m : ms) {
                        if (m.entity() != null && m.kind() != null && m.kind().isActor()
                                && (m.last() == i - 1 || m.last() == i - 2 && s.tok(i - 1).pos().startsWith("NN"))) {
                            r = new Mention(s.index(), i, i, m.entity(), m.kind(), t.word(), Mention.Source.PRONOUN);
                        }
                    }
                } else if (answer && Interview.firstPersonPlural(t.lower())) {
                    // "we were part of it from the first day": in an answer, the interviewee's group
                    r = new Mention(s.index(), i, i, speaker, speaker.kind(), t.word(), Mention.Source.PRONOUN);
                } else if (lex.has("pronoun-subject", t.lower())) {
                    r = pronoun(s, i, ms, added, topic, subject, mentions, sents);
                } else if (t.lower().equals("his") || t.lower().equals("her")) {
                    r = rolesGroup(s, text, i, ms, added, sents, mentions);
                } else if (RuleMatcher.isPossessive(t) && i + 1 < s.size()
                        && lex.has("person-group-noun", s.tok(i + 1).lower())) {
                    // "Maarouf's fighters went over to Nusra": the group the document named the person by a role in
                    Mention owner = personEndingAt(ms, i - 1);
                    r = owner == null ? null : pronounOf(s, i, groupNamedBy(owner, s, i, ms, sents, mentions));
                } else if (bareSoldiers(s, i)) {
                    Entity army = recentArmy(s.index(), i, mentions, true);
                    army = army != null ? army : garrison == null ? null : ents.register(garrison);
                    r = army == null ? null
                            : new Mention(s.index(), i, i, army, army.kind(), t.word(), Mention.Source.DESCRIBED);
                } else if (t.lower().equals("the") || t.lower().equals("that") || t.lower().equals("this")
                        || t.lower().equals("a") || t.lower().equals("an")) {
                    r = description(s, text, i, covered, ms, added, topic, subject, mentions, affiliations,
                            formedAt >= 0 && formedAt < i ? formedHere : ents.newest(), sents);
                }
                if (r != null && r.entity() != null && r.source() == Mention.Source.PRONOUN) {
                    // "al-Nusra renamed itself JFS, and in January 2017 it merged ...": the name taken before it
                    Entity now = renamedBefore(s, r.entity(), i, ms);
                    r = now != null ? r.resolved(now) : r;
                }
                if (r != null && r.entity() != null && renames.containsKey(r.entity().id())) {
                    // "it adopted its present name, Y. The brigade ...": a reference after the renaming means Y
                    Entity now = renames.get(r.entity().id());
                    r = r.resolved(now);
                }
                if (r != null && r.entity() != null) {
                    Mention ref = r;
                    ms.removeIf(x -> x.entity() == null && x.first() >= ref.first() && x.last() <= ref.last());
                    added.add(r);
                    for (int k = r.first(); k <= r.last(); k++) {
                        covered[k] = true;
                    }
                    i = r.last();
                }
            }
            sharedSubjects(s, covered, ms, added);
            if (!added.isEmpty()) {
                ms.addAll(added);
                ms.sort(Comparator.comparingInt(Mention::first));
            }
            Entity formed = newlyFormed(s, ms);
            if (formed != null) {
                ents.setNewest(formed);
            }
            if (subject == null) {
                int opening = frontedParticipleEnd(s);
                for (Mention m : ms) {
                    if (m.last() < opening) {
                        continue; // "Formed in 2013 as an umbrella for FSA factions, the front ...": not the FSA
                    }
                    boolean forceSubject = m.kind() == EntityKind.STATE_FORCE && m.first() <= 1 && !m.isReference();
                    if (topic != null && m.entity() != null && m.kind() != null && isGroup(m.kind())
                            && obliqueGroup(s, m)) {
                        continue; // "the 2013 split from LAFA", "fought alongside X": not what the sentence is about
                    }
                    if (m.entity() != null && m.kind() != null && (isGroup(m.kind()) || forceSubject)) {
                        if (!(personSubject(ms, m) && (finiteVerbBefore(s, m.first()) || leaderOf(s, m.first())))) {
                            // a person's sentence ("Alloush founded X and merged it ...") keeps the group topic
                            topic = m.entity();
                            for (Mention same : ms) {
                                // "X reorganised, and in 2015 it adopted its present name, Y": Y from then on
                                Entity renamed = same.entity() != null && same.entity().id().equals(topic.id())
                                        ? renamedTo(s, same, ms) : null;
                                if (renamed != null) {
                                    renames.put(topic.id(), renamed);
                                    topic = renamed;
                                    break;
                                }
                            }
                        }
                        break;
                    }
                }
                Map<String, Integer> weight = weights(s.index(), Integer.MAX_VALUE, mentions, Coreference::isGroup);
                Entity sal = heaviest(weight, s.index(), Integer.MAX_VALUE, mentions, null, null);
                // a state force opening the sentence stays the topic: "The Syrian Arab Army had been advancing
                // east. The Tiger Forces, its best-known formation, ...": the army, not a group the text named more
                // often before it
                if (sal != null && topic != null && !sal.id().equals(topic.id()) && isGroup(topic.kind())
                        && firstMention(topic, s.index(), mentions)
                        && weight.getOrDefault(sal.id(), 0) >= 2 * weight.getOrDefault(topic.id(), 0) + DOMINANT) {
                    topic = sal; // the group the recent sentences are about, not one named once in passing
                }
            }
        }
        return affiliations;
    }

    /** The name {@code e} took earlier in the sentence, before token {@code i}; null when it took none there. */
    private static Entity renamedBefore(Sentence s, Entity e, int i, List<Mention> ms) {
        for (Mention same : ms) {
            if (same.entity() == null || !same.entity().id().equals(e.id()) || same.last() >= i) {
                continue;
            }
            Entity renamed = renamedTo(s, same, ms);
            if (renamed != null) {
                for (Mention m : ms) {
                    if (m.entity() != null && m.entity().id().equals(renamed.id()) && m.last() < i) {
                        return renamed;
                    }
                }
            }
        }
        return null;
    }

    /** How far after its subject the verb of a renaming may stand ("X had absorbed ... and renamed itself Y"). */
    private static final int RENAME_REACH = 25;

    /**
     * "In July 2016 al-Nusra renamed itself Jabhat Fatah al-Sham", "X changed its name to Y": the name the sentence's
     * subject took, which the next sentences' pronouns mean ("In January 2017 it merged ..."); else null.
     */
    private static Entity renamedTo(Sentence s, Mention subject, List<Mention> ms) {
        int k = subject.last() + 1;
        int end = Math.min(s.size(), k + RENAME_REACH);
        while (k < end && !s.tok(k).lemmaMatches("rename|rebrand|change|adopt|assume|take")) {
            if (s.tok(k).lowerMatches("which|who|whose|that|;|:")) {
                return null; // "X fought Y, which renamed itself Z": another clause's subject
            }
            k++;
        }
        if (k >= end) {
            return null;
        }
        for (Mention m : ms) {
            if (m.first() > subject.last() && m.last() + 1 == k && m.entity() != null && isGroup(m.kind())) {
                return null; // "X said Y renamed itself Z": Y is the one renamed
            }
        }
        if (s.tok(k).lemmaMatches("change|adopt|assume|take")) {
            // "changed its name to Y", "adopted its present name, Y"
            if (k + 2 >= s.size() || !s.tok(k + 1).lowerMatches("its|their|the|a")) {
                return null;
            }
            k += 2;
            if (s.tok(k).pos().startsWith("JJ") && k + 1 < s.size()) {
                k++;
            }
            if (!s.tok(k).lower().equals("name")) {
                return null;
            }
            if (k + 1 < s.size() && s.tok(k + 1).lowerMatches(",|:")) {
                k++;
            }
        }
        k++;
        if (k < s.size() && s.tok(k).lowerMatches("itself|themselves")) {
            k++;
        }
        if (k < s.size() && s.tok(k).lowerMatches("as|to")) {
            k++;
        }
        if (k < s.size() && s.tok(k).lower().equals("the")) {
            k++;
        }
        for (Mention m : ms) {
            if (m.first() == k && m.entity() != null && isGroup(m.kind())) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * The comma that closes a participle phrase a sentence opens with ("Formed in December 2013 as an umbrella for
     * FSA factions, the front ..."), within its first 25 tokens; else 0.
     */
    private static int frontedParticipleEnd(Sentence s) {
        if (s.size() == 0 || !s.tok(0).posMatches("VBN|VBG")) {
            return 0;
        }
        for (int k = 1; k < s.size() && k <= 25; k++) {
            if (s.tok(k).word().equals(",")) {
                return k;
            }
        }
        return 0;
    }

    /**
     * "the Legion", "the Front": a capitalised head word after "the" that the name finder took for an unknown
     * name refers to the page's subject or a recent group whose name holds that head (Faylaq = legion).
     */
    private static void capitalisedHeads(Sentence s, List<Mention> ms, List<List<Mention>> all, Entity subject) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.entity() != null || m.source() != Mention.Source.NAME || m.length() != 1 || m.first() == 0
                    || !s.tok(m.first() - 1).lower().equals("the")) {
                continue;
            }
            String head = s.tok(m.first()).lower();
            if (!NAME_HEADS.contains(head)) {
                continue;
            }
            Entity e = null;
            if (subject != null) {
                String arabic = ARABIC_HEADS.get(head);
                for (org.factiongraph.model.Name n : subject.names()) {
                    String key = " " + NameNormalizer.key(n.text()) + " ";
                    if (holdsHead(key, head, arabic)) {
                        e = subject;
                    }
                }
            }
            if (e == null) {
                // this sentence's names before "the Front" only, then the earlier sentences: never a name the
                // sentence goes on to list ("The Front was formed by ... and the Kurdish Islamic Front")
                e = namedWithHeadBefore(ms, m.first(), head);
            }
            if (e == null) {
                e = namedWithHead(s.index(), all, head);
            }
            if (e != null) {
                ms.set(k, new Mention(m.sent(), m.first() - 1, m.last(), e, e.kind(), "the " + m.text(),
                        Mention.Source.DESCRIPTOR));
            }
        }
    }

    private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("[A-Z]{3,6}");
    private static final java.util.Set<String> NAME_CONNECTORS = java.util.Set.of("of", "the", "and", "in", "for",
            "fi", "wa", "wal", "li", "bi", "lil");

    /**
     * "LAAG" after "Liwa Asad Allah al-Ghalib": an unknown all-capital word whose letters are the initials of an
     * actor the text named before ("Liwa Abu Fadl al-Abbas" gives LAFA; articles and connectors give none) is that
     * actor, though no parenthesis defined it.
     */
    private static void initialisms(List<Mention> ms, List<List<Mention>> all) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.entity() != null || m.source() != Mention.Source.NAME || m.length() != 1
                    || !INITIALISM.matcher(m.text()).matches()) {
                continue;
            }
            Entity found = null;
            for (int si = m.sent(); si >= 0 && found == null; si--) {
                List<Mention> earlier = all.get(si);
                for (int j = earlier.size() - 1; j >= 0 && found == null; j--) {
                    Mention e = earlier.get(j);
                    boolean before = si < m.sent() || e.last() < m.first();
                    if (before && e.entity() != null && e.kind() != null && e.kind().isActor()
                            && (m.text().equals(initials(e.text()))
                            || m.text().equals(initials(e.entity().canonicalName())))) {
                        found = e.entity();
                    }
                }
            }
            if (found != null) {
                ms.set(k, new Mention(m.sent(), m.first(), m.last(), found, found.kind(), m.text(),
                        Mention.Source.ACRONYM));
            }
        }
    }

    /** Words of group names too common to stand for one group alone ("Liwa", "Sham", "Islamic", "Thuwar"). */
    private static final java.util.Set<String> GENERIC_NAME_WORDS = java.util.Set.of("liwa", "liwaa", "jaysh", "jaish",
            "harakat", "haraka", "faylaq", "kataeb", "kataib", "katibat", "katiba", "jabhat", "jabha", "ansar", "ahrar",
            "fawj", "firqa", "tajammu", "brigade", "brigades", "battalion", "battalions", "front", "army", "movement",
            "legion", "division", "union", "council", "forces", "force", "islamic", "islamiya", "islamiyya", "islam",
            "sham", "syria", "syrian", "free", "revolutionary", "revolutionaries", "thuwar", "allah", "jihad",
            "mujahideen", "muhajireen", "shuhada", "martyrs", "national", "democratic", "military", "popular",
            "people", "peoples", "units", "unit", "party", "state", "levant", "tahrir", "fatah", "fateh", "nasr",
            "haqq", "sunna", "umma", "ummah", "din", "deen", "jund", "abu", "ibn", "bin", "group", "operations",
            "room", "coalition", "alliance", "command", "corps", "regiment", "guard", "guards", "revolution",
            "liberation", "defence", "defense", "protection", "resistance", "central", "northern", "southern",
            "eastern", "western", "first", "second", "third", "new", "great", "grand", "supreme", "general",
            "sultan", "sheikh", "shaykh", "imam", "martyr", "shahid");

    /**
     * "Tawhid" after "Liwa al-Tawhid", "Fustat" after "Jaish al-Fustat": a lone capitalised word that the name finder
     * left unknown and that is the distinctive word of exactly one group the document named before stands for that
     * group. Type words, articles, common words of names ({@link #GENERIC_NAME_WORDS}) and peoples ("Turkmen")
     * stand for no one.
     */
    private void shortForms(Sentence s, List<Mention> ms, List<List<Mention>> all, Map<String, String> nameKeys) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.tok(i);
            String w = t.word();
            if (w.length() < 4 || !t.capitalized() || !t.pos().startsWith("NNP")
                    || GENERIC_NAME_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))
                    || lex.has("people-adjective", t.lower()) || lex.has("demonym", w)
                    // "But Tawhid is also part of ...": a capitalised opener that starts no name
                    || i > 0 && s.tok(i - 1).capitalized() && !MentionFinder.openingFunctionWord(s, i - 1, lex)
                    || i + 1 < s.size() && s.tok(i + 1).capitalized()
                    || i > 0 && s.tok(i - 1).word().equals("-")
                    || i + 1 < s.size() && s.tok(i + 1).word().equals("-")) {
                continue;
            }
            final int at = i;
            if (ms.stream().anyMatch(m -> m.first() <= at && m.last() >= at
                    && (m.entity() != null || m.length() > 1))) {
                continue;
            }
            String key = NameNormalizer.key(w);
            Entity found = null;
            boolean ambiguous = false;
            for (int si = 0; si <= s.index() && !ambiguous; si++) {
                for (Mention m : all.get(si)) {
                    if (m.entity() == null || m.kind() == null || !isGroup(m.kind()) || m.isReference()
                            || si == s.index() && m.first() >= i) {
                        continue;
                    }
                    String name = " " + nameKeys.computeIfAbsent(m.entity().canonicalName(), NameNormalizer::key)
                            + " " + nameKeys.computeIfAbsent(m.text(), NameNormalizer::key) + " ";
                    if (name.contains(" " + key + " ")) {
                        if (found != null && !found.id().equals(m.entity().id())) {
                            ambiguous = true;
                            break;
                        }
                        found = m.entity();
                    }
                }
            }
            if (found == null || ambiguous) {
                continue;
            }
            ms.removeIf(m -> m.first() == at && m.last() == at);
            ms.add(new Mention(s.index(), i, i, found, found.kind(), w, Mention.Source.SHORT));
            ms.sort(Comparator.comparingInt(Mention::first));
        }
    }

    /** The capital initials of a name of two words or more, past Arabic articles and connectors; "" for one word. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        String[] words = name.trim().split("\\s+");
        for (String w : words) {
            int hyphen = w.indexOf('-');
            String bare = (hyphen > 0 && MentionFinder.ARTICLE_WORDS.contains(w.substring(0, hyphen).toLowerCase())
                    ? w.substring(hyphen + 1) : w).replaceAll("['\u2019\u02bf\u02be]", "");
            if (bare.isEmpty() || NAME_CONNECTORS.contains(bare.toLowerCase()) || !Character.isLetter(bare.charAt(0))) {
                continue;
            }
            out.append(Character.toUpperCase(bare.charAt(0)));
        }
        return words.length < 2 ? "" : out.toString();
    }

    /** "on this front", "along the northern front", "at the Handarat front": a lower-case front after a locative. */
    private static boolean battleFront(Sentence s, int det) {
        if (det == 0 || !s.tok(det - 1).lowerMatches("on|along|across|at|to|from|near")) {
            return false;
        }
        int k = det + 1;
        while (k < s.size() && k <= det + 3 && (s.tok(k).pos().startsWith("JJ") || s.tok(k).pos().startsWith("NNP"))
                && !s.tok(k).word().equals("Front")) {
            k++;
        }
        return k < s.size() && s.tok(k).word().equals("front");
    }

    /** A count right after "of": "of some 50", "of 30". */
    private static boolean counted(Sentence s, int k) {
        return k < s.size() && (COUNTING.contains(s.tok(k).lower()) || s.tok(k).pos().equals("CD"));
    }

    /** Words that count what follows "of": "of some 50 factions", "of more than 30 brigades". */
    private static final Set<String> COUNTING = Set.of("some", "about", "around", "nearly", "almost", "over", "more",
            "than", "roughly", "approximately", "dozens", "several", "at", "least");

    /** "of Islamist rebel factions", "of some 50 FSA factions": a count, adjectives and a plural noun, no name. */
    private static int ofPlainNouns(Sentence s, int k) {
        while (counted(s, k)) {
            k++;
        }
        for (int j = k; j < s.size() && j <= k + 4; j++) {
            String pos = s.tok(j).pos();
            if (pos.equals("NNS")) {
                return j;
            }
            if (!(pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNP") && j < k + 3)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean personSubject(List<Mention> ms, Mention group) {
        for (Mention m : ms) {
            if (m.first() >= group.first()) {
                return false;
            }
            if (m.entity() != null && m.kind() == EntityKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * A possessive pronoun before a noun of what befalls a place: "Its fall", "its recapture", "Its capture" (not
     * "their capture of Tadef", whose owner captured).
     */
    private static boolean placeFate(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.tok(i).lowerMatches("its|their")) {
            return false;
        }
        String next = s.tok(i + 1).lower();
        boolean ofFollows = i + 2 < s.size() && s.tok(i + 2).lower().equals("of");
        return next.equals("fall") || (next.equals("capture") || next.equals("recapture")) && !ofFollows;
    }

    private static final java.util.Set<String> TAKE_PLACE = java.util.Set.of("retake", "capture", "recapture",
            "seize", "storm", "besiege", "overrun", "encircle", "shell", "enter", "defend", "surround", "take");
    private static final java.util.Set<String> LEADER_NOUNS = java.util.Set.of("commander", "leader", "head",
            "chief", "emir", "founder", "spokesman", "official", "chairman", "co-founder");

    /** "P, the commander of X, chaired ...": X only says whose commander P is; the sentence is about P. */
    private static boolean leaderOf(Sentence s, int i) {
        int head = RuleMatcher.headBefore(s, i, "of");
        return head >= 0 && LEADER_NOUNS.contains(s.tok(head).lower());
    }

    private static boolean finiteVerbBefore(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            if (RuleMatcher.finite(s.tok(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Alloush", "Abu Issa": an unknown name that ends a person's name the text gave before ("Zahran Alloush",
     * "Ahmed Abu Issa") is that person. Records the persons of this sentence for the next ones.
     */
    private static void shortPersonNames(List<Mention> ms, List<Object[]> persons) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            boolean known = false;
            for (Object[] p : persons) {
                known |= m.entity() != null && ((Entity) p[1]).id().equals(m.entity().id());
            }
            if (m.entity() == null && m.source() == Mention.Source.NAME
                    || m.entity() != null && m.kind() == EntityKind.PERSON && !known) {
                String[] key = NameNormalizer.key(m.text()).split(" ");
                for (int p = persons.size() - 1; p >= 0; p--) {
                    String[] full = (String[]) persons.get(p)[0];
                    if (key.length < full.length && key.length <= 2 && endsWith(full, key)) {
                        Entity e = (Entity) persons.get(p)[1];
                        // named as the text first wrote it in full ("Abu Issa" -> "Ahmed Abu Issa")
                        ms.set(k, new Mention(m.sent(), m.first(), m.last(), e, e.kind(), (String) persons.get(p)[2],
                                Mention.Source.SHORT));
                        break;
                    }
                }
            }
        }
        for (Mention m : ms) {
            if (m.entity() != null && m.kind() == EntityKind.PERSON) {
                persons.add(new Object[] {NameNormalizer.key(m.text()).split(" "), m.entity(), m.text()});
                persons.add(new Object[] {NameNormalizer.key(m.entity().canonicalName()).split(" "), m.entity(),
                        m.text()});
            }
        }
    }

    private static boolean endsWith(String[] full, String[] tail) {
        int off = full.length - tail.length;
        for (int i = 0; i < tail.length; i++) {
            if (!full[off + i].equals(tail[i]) || full[off + i].length() < 3 && tail.length == 1) {
                return false;
            }
        }
        return true;
    }

    /** What a head word may stand for: a group, or a state's unit ("the brigade" after "the 8th Brigade"). */
    private static boolean headed(EntityKind k) {
        return isGroup(k) || k == EntityKind.STATE_FORCE;
    }

    static boolean isGroup(EntityKind k) {
        return k == EntityKind.ARMED_GROUP || k == EntityKind.COALITION || k == EntityKind.OPERATIONS_ROOM;
    }

    private static boolean accepts(String cls, EntityKind k) {
        if (k == null) {
            return false;
        }
        return switch (cls) {
            case "umbrella" -> k.isUmbrella();
            case "group" -> k == EntityKind.ARMED_GROUP;
            default -> isGroup(k);
        };
    }

    /** The nearest actor mention before token {@code i} in the sentence, of a group kind. */
    private static Mention nearestBefore(int i, List<Mention> ms, List<Mention> added, String cls) {
        return nearestBefore(i, ms, added, m -> accepts(cls, m.kind()));
    }

    /** The resolved mention ending nearest before token i that {@code ok} accepts, named or referred to, or null. */
    private static Mention nearestBefore(int i, List<Mention> ms, List<Mention> added,
                                         java.util.function.Predicate<Mention> ok) {
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m.last() < i && m.entity() != null && ok.test(m) && (best == null || m.last() > best.last())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * {@code excluded} with every name coordinated with one of them ("A and B fought": A with B), each joined to the
     * next only by "and", "or", a comma or "the".
     */
    private static Set<String> withCoordinated(Sentence s, List<Mention> ms, Set<String> excluded) {
        Set<String> out = new java.util.HashSet<>(excluded);
        for (int x = ms.size() - 1; x > 0; x--) {
            Mention a = ms.get(x - 1);
            Mention b = ms.get(x);
            if (a.entity() == null || b.entity() == null || !out.contains(b.entity().id())) {
                continue;
            }
            boolean joined = b.first() > a.last() + 1 && b.first() - a.last() <= 4;
            for (int k = a.last() + 1; joined && k < b.first(); k++) {
                joined = s.tok(k).lowerMatches("and|or|,|the");
            }
            if (joined) {
                out.add(a.entity().id());
            }
        }
        return out;
    }

    /**
     * For a possessive at {@code i} right after the verb group of a predicate that "and" coordinates with no subject
     * of its own ("... and has kept its fighters"), the subject of the predicate before: the actor named or referred
     * to last before "and" that a finite verb follows. Null for a verb of attack, capture or control, whose object
     * the possessive often means ("attacked B and seized its positions"), and when there is no such subject.
     */
    private Mention sharedSubject(Sentence s, int i, List<Mention> ms, List<Mention> added) {
        if (i < 4) {
            return null;
        }
        Tok verb = s.tok(i - 1);
        if (!verb.pos().startsWith("VB") || lex.has("attack-verb", verb.lemma())
                || lex.has("capture-verb", verb.lemma()) || lex.has("control-verb", verb.lemma())
                || lex.has("place-taking-verb", verb.lemma())) {
            return null;
        }
        int k = beforeVerbGroup(s, i - 1);
        if (!s.tok(k).lower().equals("and") || k == i - 1) {
            return null;
        }
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                int after = m.last() + 1;
                while (after < k && (s.tok(after).pos().startsWith("RB") || s.tok(after).word().equals(")"))) {
                    after++; // "the Islamic State of Iraq and al-Sham (ISIS) turned on ..."
                }
                if (m.last() < k && m.entity() != null && accepts("actor", m.kind()) && after < k
                        && RuleMatcher.finite(s.tok(after)) && (best == null || m.last() > best.last())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** The token before the verb group (verbs, adverbs, modals) that ends at {@code k}; k when none ends there. */
    private static int beforeVerbGroup(Sentence s, int k) {
        while (k > 0 && (s.tok(k).pos().startsWith("VB") || s.tok(k).pos().startsWith("RB")
                || s.tok(k).pos().equals("MD"))) {
            k--;
        }
        return k;
    }

    /** The armed group named nearest before token i whose entity is not among {@code excluded}, or null. */
    private static Mention nearestGroupBefore(int i, List<Mention> ms, List<Mention> added, Set<String> excluded) {
        return nearestBefore(i, ms, added, m -> m.kind() == EntityKind.ARMED_GROUP
                && !excluded.contains(m.entity().id()));
    }

    /**
     * "Jabhat Fateh al-Sham, the former Nusra Front, which announced that it ...": a name given as the one an actor
     * bore before stands for the actor named before it, the phrase's true head.
     */
    static Mention underFormerName(Sentence s, Mention near, List<Mention> ms) {
        if (near == null) {
            return null;
        }
        int k = near.first() - 1;
        if (k >= 2 && s.tok(k).lower().equals("the") && s.tok(k - 1).lower().equals("as")) {
            k--;
        }
        if (k >= 1 && s.tok(k).lower().equals("as") && s.tok(k - 1).lowerMatches("known|called|named")) {
            k -= 2; // "X, the group formerly known as Y, which ...": X
        }
        if (k >= 0 && s.tok(k).lowerMatches("former|formerly|erstwhile|previously")) {
            k--;
        } else {
            return near;
        }
        int j = k;
        while (j >= 1 && j > k - 6 && (s.tok(j).pos().startsWith("NN") || s.tok(j).pos().startsWith("JJ"))) {
            j--; // "the group formerly known as", "a Free Syrian Army group formerly known as"
        }
        if (j >= 0 && s.tok(j).lowerMatches("the|a|an")) {
            k = j - 1;
        }
        if (k < 1 || !s.tok(k).word().equals(",")) {
            return near;
        }
        for (Mention m : ms) {
            if (m.last() == k - 1 && m.entity() != null && accepts("actor", m.kind())) {
                return m;
            }
        }
        return near;
    }

    private static Mention nearestFirst(int i, List<Mention> ms, List<Mention> added, String cls) {
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m.last() < i && m.entity() != null && accepts(cls, m.kind())
                        && (best == null || m.first() < best.first())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * The nearest actor before token i that is a clause's subject: a finite verb follows it (past adverbs and modals)
     * and no preposition governs it; null when there is none.
     */
    private static Mention nearestClauseSubject(Sentence s, int i, List<Mention> ms, List<Mention> added) {
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m.last() >= i - 1 || m.entity() == null || !accepts("actor", m.kind())
                        || best != null && m.first() < best.first() || governedByPreposition(s, m.first())) {
                    continue;
                }
                if (finiteVerbAfter(s, m, i) >= 0) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * "The SDF captured Manbij in August and advanced on al-Bab": the "and" that opens a second verb phrase with no
     * subject of its own stands for the first one's subject, so that rules reading a subject before a verb read the
     * second phrase too. Added to {@code added} as a reference over the "and", named as the subject is.
     */
    private static void sharedSubjects(Sentence s, boolean[] covered, List<Mention> ms, List<Mention> added) {
        for (int k = 2; k + 1 < s.size(); k++) {
            if (covered[k] || !s.tok(k).lower().equals("and") || !s.tok(k + 1).posMatches("VBD|VBZ")) {
                continue;
            }
            Mention subj = nearestClauseSubject(s, k + 1, ms, added); // a group, named or resolved
            if (subj == null || afterPreposition(s, subj.first())) {
                continue; // "hardliners from the former X broke away ... and formed Y": not X
            }
            added.add(new Mention(s.index(), k, k, subj.entity(), subj.kind(), subj.text(), Mention.Source.PRONOUN));
            covered[k] = true;
        }
    }

    /** Whether a preposition stands before the noun phrase opening at {@code first}, past its determiners and adjectives. */
    private static boolean afterPreposition(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && s.tok(k).posMatches("DT|JJ.*|CD|PRP\\$|POS")) {
            k--;
        }
        return k >= 0 && s.tok(k).posMatches("IN|TO");
    }

    /**
     * The actor named by "by" right before the subordinator that precedes the pronoun at {@code i} ("adopted by the
     * Nusra Front when it", "was set up by X after it"), or null.
     */
    private static Mention byAgentBefore(Sentence s, int i, List<Mention> ms) {
        if (i < 4 || !s.tok(i - 1).lowerMatches("when|after|as|because|before|since|while")) {
            return null;
        }
        for (Mention m : ms) {
            if (m.last() == i - 2 && m.entity() != null && accepts("actor", m.kind())) {
                int k = RuleMatcher.beforeArticle(s, m.first());
                return k >= 0 && s.tok(k).lower().equals("by") ? m : null;
            }
        }
        return null;
    }

    /**
     * The finite verb (VBD, VBZ, VBP) right after m, past adverbs and modals, before token {@code limit}: m is its
     * clause's subject; -1 when none stands there.
     */
    private static int finiteVerbAfter(Sentence s, Mention m, int limit) {
        int k = m.last() + 1;
        while (k < limit && (s.tok(k).pos().startsWith("RB") || s.tok(k).pos().equals("MD"))) {
            k++;
        }
        return k < limit && s.tok(k).posMatches("VBD|VBZ|VBP") ? k : -1;
    }

    private static Mention firstActor(int i, List<Mention> ms, List<Mention> added) {
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m.last() < i && m.entity() != null && accepts("actor", m.kind())
                        && (best == null || m.first() < best.first())) {
                    best = m;
                }
            }
        }
        return best;
    }

    private static boolean isPoss(Tok t) {
        String w = t.lower();
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** True when only a verb group (and list punctuation) stands between the mention and the pronoun at i. */
    private static boolean subjectOfGoverningVerb(Sentence s, Mention near, int i) {
        if (i >= 2 && s.tok(i - 1).pos().equals("IN") && s.tok(i - 2).pos().startsWith("VB")) {
            i--; // "A and B fight alongside them": the object of the verb's preposition
        }
        if (i == 0 || !s.tok(i - 1).pos().startsWith("VB")) {
            return false;
        }
        boolean verb = false;
        int from = near.last() + 1;
        if (from < i && s.tok(from).lower().equals("and")) {
            // "A, B and other factions drove it north": the list's tail is still the subject
            int k = from + 1;
            while (k < i && s.tok(k).pos().startsWith("JJ")) {
                k++;
            }
            if (k < i && s.tok(k).pos().equals("NNS") && k > from + 1) {
                from = k + 1;
            }
        }
        for (int k = from; k < i; k++) {
            Tok t = s.tok(k);
            String pos = t.pos();
            if (pos.startsWith("VB")) {
                verb = true;
            } else if (!(pos.startsWith("RB") || pos.equals("MD") || t.word().equals(",") || pos.equals("TO"))) {
                return false;
            }
        }
        return verb;
    }

    /**
     * The state (or its force or agency) a possessive pronoun at i belongs to as the subject of the verb group right
     * before it ("Russia has built up its forces", "Moscow, which began its air campaign") or as the subject set off
     * by ", for its part"; no group may stand between. Null otherwise.
     */
    private static Mention stateOwner(Sentence s, int i, Mention near, List<Mention> ms, boolean plural) {
        Mention st = null;
        for (Mention m : ms) {
            if (m.last() < i && m.entity() != null && stateSpeaker(s, m, plural)
                    && (st == null || m.last() > st.last())) {
                st = m;
            }
        }
        if (st == null || near != null && near.last() > st.last() || st.last() + 1 >= i
                || isPoss(s.tok(st.last() + 1))) {
            return null;
        }
        int from = st.last() + 1;
        if (i - from == 2 && s.tok(from).word().equals(",") && s.tok(from + 1).lower().equals("for")) {
            return st; // "Turkey, for its part, ..."
        }
        if (from + 2 < i && s.tok(from).word().equals(",") && s.tok(from + 1).lowerMatches("which|that")) {
            from += 2; // "Moscow, which began its air campaign in September": the relative clause's subject is the state
        }
        boolean verb = false;
        for (int k = from; k < i; k++) {
            String pos = s.tok(k).pos();
            if (!(pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD") || pos.equals("RP"))
                    || STRUCK.contains(s.tok(k).lower())) {
                return null; // "the army shelled their positions": whose positions were struck is another's
            }
            verb |= pos.startsWith("VB");
        }
        return verb && i - from <= 5 ? st : null;
    }

    /**
     * The state (or its force or agency) a sentence opens with as the subject of a finite verb ("Turkey backs ..."),
     * in the pronoun's number; null otherwise.
     */
    private static Mention stateOpeningSubject(Sentence s, List<Mention> ms, boolean plural) {
        for (Mention m : ms) {
            boolean opens = m.first() == 0 || m.first() == 1 && s.tok(0).lower().equals("the");
            if (opens && m.entity() != null && stateSpeaker(s, m, plural) && m.last() + 1 < s.size()
                    && RuleMatcher.finite(s.tok(m.last() + 1))) {
                return m;
            }
        }
        return null;
    }

    /** Heads of a state's institution that speaks for it: "Moscow's defence ministry said". */
    private static final java.util.Set<String> STATE_INSTITUTIONS = java.util.Set.of("ministry", "military",
            "army", "government", "command", "presidency", "spokesman", "spokeswoman");

    /**
     * The state named as the owner of an institution that is the subject of the reporting word at {@code rv}
     * ("Moscow's defence ministry said"): a state mention, perhaps its possessive, then up to three words ending in an
     * institution's head right before the reporting word; else null. ("The Russian defence ministry said" is itself a
     * mention of the state, a people's adjective before a force head, and speaks as such.)
     */
    private static Mention stateInstitution(Sentence s, List<Mention> ms, int rv) {
        if (rv < 3) {
            return null;
        }
        for (Mention m : ms) {
            int poss = m.last() + 1;
            int head = poss < rv && isPoss(s.tok(poss)) ? poss + 1 : poss; // past "Moscow's" possessive
            if (m.entity() != null && m.kind() != null && m.kind().isState() && head < rv && rv - head <= 3
                    && STATE_INSTITUTIONS.contains(s.tok(rv - 1).lower())) {
                return m;
            }
        }
        return null;
    }

    /**
     * A state, its force or agency as the one who speaks of itself: "The Syrian army said it had captured ...", "Turkish
     * forces said they shelled ..." ("it" for a name in the singular, "they" for one in the plural).
     */
    private static boolean stateSpeaker(Sentence s, Mention m, boolean plural) {
        EntityKind k = m.kind();
        return k != null && (k.isState() || k == EntityKind.AGENCY) && s.tok(m.last()).pos().equals("NNS") == plural;
    }

    /** Reporting words after which "it" / "they" is the speaker: "X said (that) it ...". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("that", "said", "says", "announced",
            "stated", "declared", "claimed", "added", "insisted", "denied", "confirmed", "warned", "vowed", "insists",
            "denies", "claims", "states", "declares", "confirms", "warns", "vows", "announces", "maintains",
            "maintained");

    private static final java.util.Set<String> PARTITIVE = java.util.Set.of("one", "part", "member", "members",
            "some", "most", "many", "among", "all", "two", "three", "several");
    private static final java.util.Set<String> FRAME_WORDS = java.util.Set.of("on", "last", "this", "week", "yesterday",
            "today", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The reporting verb (not "that") before the pronoun at i, past "that" and a reporting date, or -1. */
    private static int reportingVerb(Sentence s, int i) {
        int k = reportingWord(s, i);
        if (k >= 0 && s.tok(k).lower().equals("that")) {
            k = reportingWord(s, k); // "said on Tuesday that it ..."
        }
        return k >= 0 && !s.tok(k).lower().equals("that") ? k : -1;
    }

    /** "X said (on Wednesday) (that) they ...": a reporting verb before the pronoun, past a reporting date. */
    private static boolean reportedAfter(Sentence s, int i) {
        return reportingWord(s, i) >= 0;
    }

    /** The nearest reporting word ({@link #REPORTING}, "that" included) before i past frame words, or -1. */
    private static int reportingWord(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String w = s.tok(k).lower();
            if (REPORTING.contains(w)) {
                return k;
            }
            if (!FRAME_WORDS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A sentence that opens (perhaps after a short fronted phrase: "Before that, the two groups ...") with a reference
     * to two groups: "Both groups", "Both" before a verb, "The two militias", or "They" after a sentence that opened
     * with "A and B". The pair is the previous sentence's opening "A and B", else (not for "They") the pair it
     * coordinates or its only two groups. Returns a mention of the first over the opening words and records the
     * second as its partner in {@code ents}; null when there is no pair.
     */
    private Mention pairReference(Sentence s, Sentence prevSentence, List<Mention> ms,
                                  List<List<Mention>> all, DocEntities ents) {
        // "Before that, the two groups had both been ...": past a short fronted phrase closed by a comma
        int p = 0;
        for (int k = 1; k < s.size() && k <= 5; k++) {
            if (s.tok(k).word().equals(",")) {
                p = k + 1;
                break;
            }
        }
        int last = p > 0 ? pairAt(s, p) : -1;
        if (last < 0) {
            p = 0;
            last = pairAt(s, 0);
        }
        boolean object = false;
        for (int k = 2; last < 0 && k + 1 < s.size(); k++) {
            if (s.tok(k - 1).posMatches("VBD|VBZ|VBP|VBN") && s.tok(k).lowerMatches("both|the")) {
                // "Treasury's statement described both groups as having been paid by ...": the pair as object
                last = pairAt(s, k);
                if (last >= 0 && !s.tok(last).lower().equals("they")) {
                    p = k;
                    object = true;
                } else {
                    last = -1;
                }
            }
        }
        if (last < 0) {
            Mention inside = pairInsideSentence(s, ms, all, prevSentence, ents);
            return inside != null ? inside : setReference(s, prevSentence, ms, all, ents); // "All three", if not a pair
        }
        boolean they = s.tok(p).lower().equals("they");
        for (Mention m : ms) {
            if (m.first() <= last && (!object || m.first() >= p || m.entity() != null && m.kind() != null
                    && isGroup(m.kind()))) {
                return null; // already resolved, or a name in the fronted phrase (or a group before the object)
            }
        }
        Entity[] pair;
        if (UMBRELLA_PAIR_NOUNS.contains(s.tok(last).lower())) {
            pair = recentUmbrellas(s.index(), all); // "the two coalitions": two coalitions, however far back
        } else {
            pair = s.index() > 0 ? openingPair(prevSentence, all.get(s.index() - 1), ents) : null;
            if (pair == null && !they) {
                pair = previousPair(s.index(), all, prevSentence);
            }
        }
        return pairMention(s, p, last, pair, ents);
    }

    /**
     * A mention of the pair's first group over tokens {@code first..last}, with the second recorded as its partner in
     * {@code ents}; null when there is no pair.
     */
    private static Mention pairMention(Sentence s, int first, int last, Entity[] pair, DocEntities ents) {
        if (pair == null) {
            return null;
        }
        Mention m = new Mention(s.index(), first, last, pair[0], pair[0].kind(), s.words(first, last),
                Mention.Source.PRONOUN);
        ents.setPartners(m, List.of(pair[1]));
        return m;
    }

    /** Words after which "the two" or "both" opens a clause inside a sentence: "even as the two continue to fight". */
    private static final java.util.Set<String> PAIR_CLAUSE_OPENERS = java.util.Set.of(",", "as", "while", "and", "but",
            "though", "although", "when", "after", "since", "where", "because", "until", "whereas");

    /**
     * "Ahrar al-Sham presents itself as distinct from al-Nusra, even as the two continue to fight side by side": a
     * reference to two groups that opens a clause inside the sentence, after a subordinator, "and" or a comma (not
     * "they"), stands for the two groups named before it in the sentence; with no group named before it, for the pair
     * of the sentence before. Null when the sentence names one group or more than two before it.
     */
    private Mention pairInsideSentence(Sentence s, List<Mention> ms, List<List<Mention>> all, Sentence prevSentence,
                                       DocEntities ents) {
        for (int k = 2; k + 2 < s.size(); k++) {
            if (!PAIR_CLAUSE_OPENERS.contains(s.tok(k - 1).lower())) {
                continue;
            }
            int last = pairAt(s, k);
            if (last < 0 || s.tok(k).lower().equals("they")) {
                continue;
            }
            final int from = k;
            if (ms.stream().anyMatch(m -> m.first() >= from && m.first() <= last)) {
                return null; // already resolved
            }
            List<Mention> groups = new ArrayList<>();
            for (Mention m : ms) {
                if (m.last() < k && pairMember(s, m)
                        && groups.stream().noneMatch(g -> g.entity().id().equals(m.entity().id()))) {
                    groups.add(m);
                }
            }
            Entity[] pair = groups.size() == 2 ? new Entity[] {groups.get(0).entity(), groups.get(1).entity()}
                    : groups.isEmpty() ? previousPair(s.index(), all, prevSentence) : null;
            return pairMention(s, k, last, pair, ents);
        }
        return null;
    }

    /**
     * Whether mention m names a group that a later "both" or "the two" may take up: a named group (no pronoun), not a
     * modifier of a group noun ("a Free Syrian Army brigade"), not the complement of "of" ("an affiliate of the FSA"),
     * not the head of an affiliate apposition ("A, al-Qaeda's Syrian branch, and B").
     */
    private boolean pairMember(Sentence s, Mention m) {
        int o = RuleMatcher.beforeArticle(s, m.first());
        return m.entity() != null && m.kind() != null && isGroup(m.kind()) && !modifiesGroupNoun(s, m)
                && !(o >= 0 && s.tok(o).lower().equals("of")) && RuleMatcher.affiliateWord(lex, s, m) < 0
                && m.source() != Mention.Source.PRONOUN;
    }

    /** Whether a group noun follows the mention, which then names whose brigade it is, not a group of a list. */
    private boolean modifiesGroupNoun(Sentence s, Mention m) {
        return m.last() + 1 < s.size() && lex.has("group-noun", s.tok(m.last() + 1).lower());
    }

    /** Number words of a reference to a set of groups ("All three", "The four factions"). */
    private static final Map<String, Integer> SET_COUNTS = Map.of("three", 3, "four", 4, "five", 5);

    /**
     * A sentence that opens with a reference to three to five groups, "All three", "The three factions", "The four"
     * before a verb, after a sentence that names exactly that many groups by name ("They included A, B and what
     * remained of C. All three had clashed with IS."): a mention of the first over the opening words, with the others
     * recorded as its partners in {@code ents}; null otherwise.
     */
    private Mention setReference(Sentence s, Sentence prevSentence, List<Mention> ms, List<List<Mention>> all,
                                 DocEntities ents) {
        if (prevSentence == null || s.size() < 3) {
            return null;
        }
        String w0 = s.tok(0).lower();
        Integer n = SET_COUNTS.get(s.tok(1).lower());
        if (n == null || !w0.equals("all") && !w0.equals("the")) {
            return null;
        }
        int last = PAIR_NOUNS.contains(s.tok(2).lower()) ? 2 : 1;
        String next = s.tok(2).pos();
        if (last == 1 && !(Regexes.matches(next, "VB[DPZ]|MD|RB") || w0.equals("all") && next.equals("VBN"))) {
            return null; // "The three villages", "All three of them": no reference to the groups named before
        }
        for (Mention m : ms) {
            if (m.first() <= last) {
                return null;
            }
        }
        List<Entity> groups = new ArrayList<>();
        for (Mention m : all.get(s.index() - 1)) {
            boolean modifier = modifiesGroupNoun(prevSentence, m); // "a Free Syrian Army brigade"
            if (m.entity() != null && m.kind() != null && isGroup(m.kind()) && !m.isReference() && !modifier
                    && groups.stream().noneMatch(g -> g.id().equals(m.entity().id()))) {
                groups.add(m.entity());
            }
        }
        if (groups.size() != n) {
            return null;
        }
        Mention m = new Mention(s.index(), 0, last, groups.get(0), groups.get(0).kind(), s.words(0, last),
                Mention.Source.PRONOUN);
        ents.setPartners(m, groups.subList(1, groups.size()));
        return m;
    }

    /**
     * The last token of a pair reference opening at {@code p} ("Both groups", "Both" before a verb, "The two
     * militias", "The two" before a verb, "They" before a verb), or -1.
     */
    private static int pairAt(Sentence s, int p) {
        if (p + 2 >= s.size()) {
            return -1;
        }
        String w0 = s.tok(p).lower();
        String w1 = s.tok(p + 1).lower();
        if (w0.equals("both") && (s.tok(p + 1).pos().startsWith("VB") || PAIR_NOUNS.contains(w1))) {
            return s.tok(p + 1).pos().startsWith("VB") ? p : p + 1;
        }
        if (w0.equals("the") && w1.equals("two") && PAIR_NOUNS.contains(s.tok(p + 2).lower())) {
            return p + 2;
        }
        if ((w0.equals("both") || w0.equals("the") && w1.equals("two")) && p + 3 < s.size()) {
            // "Both rebel battalions", "The two jihadist groups": one modifier before the noun
            int j = w0.equals("both") ? p + 1 : p + 2;
            if (s.tok(j).posMatches("JJ|NN") && !s.tok(j).capitalized()
                    && PAIR_NOUNS.contains(s.tok(j + 1).lower())) {
                return j + 1;
            }
        }
        if (w0.equals("the") && w1.equals("two") && s.tok(p + 2).posMatches("VB[DPZ]|MD|RB")) {
            return p + 1; // "The two say they will coordinate": the two before a verb
        }
        if (w0.equals("both") && w1.equals("of") && p + 3 < s.size() && s.tok(p + 2).lowerMatches("these|them|those")
                && s.tok(p + 3).posMatches("VB.*|MD|RB")) {
            return p + 2; // "Both of these belonged to the Euphrates Volcano"
        }
        if (w0.equals("they") && s.tok(p + 1).posMatches("VB.*|MD|RB")) {
            return p;
        }
        return -1;
    }

    /**
     * "A and B ...": two distinct groups coordinated at the opening of a sentence (within its first tokens), or the
     * pair a reference opening it stood for ("Both groups ... . They ...").
     */
    private static Entity[] openingPair(Sentence prevSentence, List<Mention> prev, DocEntities ents) {
        for (Mention m : prev) {
            if (m.entity() != null && ents.partner(m) != null) {
                return new Entity[] {m.entity(), ents.partner(m)};
            }
        }
        List<Mention> groups = new ArrayList<>();
        for (Mention m : prev) {
            if (m.entity() != null && m.kind() != null && isGroup(m.kind())) {
                groups.add(m);
            }
        }
        if (groups.size() < 2 || groups.get(0).first() > 2) {
            return null;
        }
        Mention a = groups.get(0);
        Mention b = groups.get(1);
        // "A and B", "A and the B"; not "A drove B out"
        boolean coordinated = andAt(prevSentence, b, a.last() + 1)
                && prev.stream().noneMatch(x -> x.first() > a.last() && x.first() < b.first());
        if (!coordinated || a.entity().id().equals(b.entity().id())
                || groups.size() > 2 && groups.get(2).first() == b.last() + 2) {
            return null; // "A, B and C": no pair
        }
        return new Entity[] {a.entity(), b.entity()};
    }

    /** Whether "and" stands at token j right before mention b, past a "the" ("A and B", "A and the B"). */
    private static boolean andAt(Sentence s, Mention b, int j) {
        return j >= 0 && RuleMatcher.beforeArticle(s, b.first()) == j && s.tok(j).lower().equals("and");
    }

    /**
     * The pair the previous sentence speaks of: two groups coordinated by "and" (a parenthesis may follow the first:
     * "A (the X Brigade) and B"), else its only two distinct groups, or its one group and the one of the sentence
     * before; null when they name more and coordinate none.
     */
    private Entity[] previousPair(int sent, List<List<Mention>> all, Sentence prevSentence) {
        if (sent == 0) {
            return null;
        }
        List<Mention> groups = new ArrayList<>();
        for (Mention m : all.get(sent - 1)) {
            // "Alongside them are A and B. Both ...": A and B, named
            if (pairMember(prevSentence, m) && groups.stream().noneMatch(g -> g.entity().id().equals(m.entity().id()))) {
                groups.add(m);
            }
        }
        for (int k = 0; k + 1 < groups.size(); k++) {
            Mention a = groups.get(k);
            Mention b = groups.get(k + 1);
            int j = a.last() + 1;
            if (j < prevSentence.size() && prevSentence.tok(j).word().equals("(")) {
                while (j < b.first() && !prevSentence.tok(j).word().equals(")")) {
                    j++;
                }
                j++;
            }
            if (andAt(prevSentence, b, j)) {
                return new Entity[] {a.entity(), b.entity()}; // "A and B", "A and the B"
            }
        }
        Entity[] subjects = coordinatedSubjects(prevSentence, groups);
        if (subjects != null) {
            return subjects;
        }
        if (groups.size() == 1 && sent >= 2) {
            // "A recruits Afghans. B recruits Pakistanis. Both groups ...": one group in each of two sentences
            for (Mention m : all.get(sent - 2)) {
                if (m.entity() != null && m.kind() != null && isGroup(m.kind())
                        && groups.stream().noneMatch(g -> g.entity().id().equals(m.entity().id()))) {
                    groups.add(0, m);
                }
            }
        }
        return groups.size() == 2 ? new Entity[] {groups.get(0).entity(), groups.get(1).entity()} : null;
    }

    /**
     * "A (X), led by P, and B under Q fought alongside C": exactly two groups before the sentence's first finite verb,
     * with "and" between them, are its coordinated subjects, whatever asides stand between; else null.
     */
    private static Entity[] coordinatedSubjects(Sentence s, List<Mention> groups) {
        int verb = 0;
        while (verb < s.size() && !RuleMatcher.finite(s.tok(verb))) {
            verb++;
        }
        List<Mention> before = new ArrayList<>();
        for (Mention g : groups) {
            if (g.last() < verb) {
                before.add(g);
            }
        }
        if (before.size() != 2 || before.get(0).first() > 1) {
            return null;
        }
        for (int k = before.get(0).last() + 1; k < before.get(1).first(); k++) {
            if (s.tok(k).lower().equals("and")) {
                return new Entity[] {before.get(0).entity(), before.get(1).entity()};
            }
        }
        return null;
    }

    /** Pair heads that take up two coalitions or operations rooms, not two of their members. */
    private static final Set<String> UMBRELLA_PAIR_NOUNS = Set.of("coalitions", "alliances", "rooms");

    /** The two coalitions or operations rooms named last in the eight sentences before {@code sent}, or null. */
    private static Entity[] recentUmbrellas(int sent, List<List<Mention>> all) {
        List<Entity> found = new ArrayList<>();
        for (int k = sent - 1; k >= 0 && k >= sent - 8 && found.size() < 2; k--) {
            List<Mention> ms = all.get(k);
            for (int j = ms.size() - 1; j >= 0 && found.size() < 2; j--) {
                Mention m = ms.get(j);
                if (m.entity() != null && m.kind() != null && m.kind().isUmbrella()
                        && m.source() != Mention.Source.PRONOUN
                        && found.stream().noneMatch(e -> e.id().equals(m.entity().id()))) {
                    found.add(m.entity());
                }
            }
        }
        return found.size() == 2 ? new Entity[] {found.get(1), found.get(0)} : null;
    }

    /** Plural heads that take up a pair of groups: "the two sides", "both factions". */
    private static final Set<String> PAIR_NOUNS = Set.of("groups", "militias", "factions", "brigades", "formations",
            "sides", "rivals", "movements", "organisations", "organizations", "coalitions", "alliances", "rooms",
            "battalions", "units");

    /**
     * Words after which a pronoun opens a new clause, whose subject it is: ", it", "although they", "where it";
     * {@link #PAIR_CLAUSE_OPENERS} is the narrower set after which "the two" may open one.
     */
    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(",", "although", "though", "while",
            "but", "and", "because", "as", "after", "before", "since", "when", "whereas", "so", ";", "where", "until",
            "if", "unless", "then", "yet", "once");

    private Mention pronoun(Sentence s, int i, List<Mention> ms, List<Mention> added, Entity topic,
                            Entity subject, List<List<Mention>> all, List<Sentence> sents) {
        Tok t = s.tok(i);
        String w = t.lower();
        boolean plural = w.equals("they") || w.equals("their") || w.equals("them");
        Mention near = underFormerName(s, nearestBefore(i, ms, added, "actor"), ms);
        boolean sentenceStart = i <= 2;
        Entity e = null;
        String prev = i > 0 ? s.tok(i - 1).lower() : "";
        boolean possessive = w.equals("its") || w.equals("their");
        boolean afterClauseBreak = !possessive && (CLAUSE_BREAKS.contains(prev) || afterTimeAfterBreak(s, i));
        Mention first = firstActor(i, ms, added);
        Mention openingSubject = opening(ms);
        Entity armsOwner = sentenceStart && w.equals("its") && i + 1 < s.size()
                && STATE_ARMS.contains(s.tok(i + 1).lower()) ? stateOpening(s.index() - 1, all, sents) : null;
        if (possessive && i >= 2) {
            // "the regime and its allies", "Turkey and its Syrian proxies": the name the pronoun is coordinated
            // with, a state or a state's force too; "the regime and its allies launched their offensive": the
            // same name, as the subject of the verb the pronoun follows
            int k = i - 1;
            if (!prev.equals("and")) {
                k = beforeVerbGroup(s, k);
                if (k == i - 1 || k < 3 || !s.tok(k).pos().equals("NNS") || !s.tok(k - 1).lowerMatches("its|their")
                        || !s.tok(k - 2).lower().equals("and")) {
                    k = -1;
                } else {
                    k -= 2;
                }
            }
            for (Mention m : ms) {
                if (k > 0 && m.last() == k - 1 && m.entity() != null && m.kind() != null && m.kind().isActor()) {
                    return pronounOf(s, i, m.entity());
                }
            }
        }
        if (!possessive && near != null && inLikenedOpening(s, near, i)) {
            // "Alongside Nusra itself, it brought in A, B and C": the subject is not the one its opening phrase
            // sets beside it or against it, but the topic or the actor named before
            Entity other = topic != null && accepts("actor", topic.kind()) && !topic.id().equals(near.entity().id())
                    ? topic : recentOther(s.index(), near.first(), all, "actor", near.entity());
            return pronounOf(s, i, other);
        }
        Mention owner = possessive ? stateOwner(s, i, near, ms, plural) : null;
        if (owner != null) {
            // "Russia has built up its forces", "Turkey, for its part, allows ...": the state whose verb the
            // possessive follows owns what it names, not a group named before
            return pronounOf(s, i, owner.entity());
        }
        // "shelled their positions", "shelled several of their positions"
        int struck = prev.equals("of") && i >= 3 && STRUCK_SHARES.contains(s.tok(i - 2).lower()) ? i - 3 : i - 1;
        if (possessive && near != null && i + 1 < s.size() && struck >= 0 && STRUCK.contains(s.tok(struck).lower())
                && STRUCK_POSSESSIONS.contains(s.tok(i + 1).lower()) && strikerBefore(s, near, struck)) {
            // "Jaysh al-Izza shelled their positions", "the SDF accused Russian jets of bombing its positions": whose
            // positions were struck is not who struck them, but the actor of a clause before (the one that speaks or
            // accuses), else the actor named before
            Entity other = null;
            for (Mention m : ms) {
                if (m.last() < near.first() && m.entity() != null && accepts("actor", m.kind())
                        && !m.entity().id().equals(near.entity().id())
                        && ClauseRoles.verbBetween(s, m.last() + 1, near.first() - 1)) {
                    other = m.entity();
                }
            }
            other = other != null ? other : recentOther(s.index() - 1, Integer.MAX_VALUE, all, "actor", near.entity());
            if (other != null) {
                return pronounOf(s, i, other);
            }
        }
        Mention relativeSubject = w.equals("it") ? objectRelativeSubject(s, i, ms) : null;
        if (relativeSubject != null) {
            // "the army retook the air base, which it had lost to X": the main clause's subject
            return pronounOf(s, i, relativeSubject.entity());
        }
        Mention shared = possessive ? sharedSubject(s, i, ms, added) : null;
        if (shared != null) {
            // "it has refused to hand its weapons to HTS and has kept its fighters in X": the possessive after the
            // verb of a predicate with no subject of its own is that predicate's subject, the one before "and"
            return pronounOf(s, i, shared.entity());
        }
        Mention apposedSubject = possessive && near != null && !near.isReference() ? apposedSubject(s, near, i, ms)
                : null;
        if (apposedSubject != null) {
            // "X, a member of the Y alliance, has been led since May by P, after a blast killed its founder": the
            // subject the apposition describes, not the group named inside the apposition
            return pronounOf(s, i, apposedSubject.entity());
        }
        if (possessive && i >= 1 && near != null && !near.isReference() && i - 1 > near.last()) {
            // "X, the alliance that includes A and B, tightened its siege": the subject whose verb the
            // pronoun follows, not a name inside the interjected clause
            for (Mention m : ms) {
                if (m.entity() != null && m.last() < near.first() && accepts("actor", m.kind())
                        && RuleMatcher.skipInterjected(s, m.last() + 1) == i - 1
                        && s.tok(i - 1).pos().startsWith("VB")) {
                    return pronounOf(s, i, m.entity());
                }
            }
        }
        if (possessive && near != null && copulaOnly(s, near.last() + 1, i) && membersAfter(s, i)) {
            // "A, led by P, and B are its other principal members": its is none of the copula's subjects, but the
            // body a sentence before named
            return pronounOf(s, i, recentOther(s.index(), 0, all, "actor", near.entity()));
        }
        if (possessive && (prev.equals("of") && i >= 2 && PARTITIVE.contains(s.tok(i - 2).lower())
                || prev.equals("among")) && near != null && predicatedOf(s, near, i)) {
            // "X is one of its founding members", "X is among its components": its is not X, but the topic, or
            // the subject this sentence opened with ("When HTS was announced ..., X was one of its components")
            Entity opening = null;
            for (Mention m : ms) {
                if (opening == null && m.last() < near.first() && m.entity() != null && accepts("actor", m.kind())
                        && !m.entity().id().equals(near.entity().id()) && !governedByPreposition(s, m.first())) {
                    opening = m.entity();
                }
            }
            Entity other = opening != null ? opening : topic != null && !topic.id().equals(near.entity().id()) ? topic
                    : recentOther(s.index(), near.first(), all, "actor", near.entity());
            return pronounOf(s, i, other);
        }
        if ((prev.equals("which") || prev.equals("whom")) && near != null && i >= 4
                && s.tok(i - 2).pos().equals("IN") && s.tok(i - 3).word().equals(",") && near.last() == i - 4) {
            // "X avoided Y, with which it had fought side by side": the relative's antecedent is not the one the
            // clause's subject pronoun means; the sentence's first actor is, or else the topic
            Entity other = first != null && !first.entity().id().equals(near.entity().id()) ? first.entity()
                    : topic != null && !topic.id().equals(near.entity().id()) ? topic : null;
            return pronounOf(s, i, other);
        }
        if (reportedAfter(s, i)) {
            // "X, Y's branch, announced that it ...": the speaker, the nearest actor that is no possessor
            // one a preposition governs ("X denied allegiance to Y and insists it ...") speaks only when no other can
            Mention speaker = null;
            Mention governed = null;
            for (List<Mention> list : List.of(ms, added)) {
                for (Mention m : list) {
                    if (m.last() < i && m.entity() != null && (accepts("actor", m.kind()) || stateSpeaker(s, m, plural))
                            && !(m.last() + 1 < s.size() && isPoss(s.tok(m.last() + 1)))) {
                        if (governedByPreposition(s, m.first())) {
                            governed = governed == null || m.last() > governed.last() ? m : governed;
                        } else if (speaker == null || m.last() > speaker.last()) {
                            speaker = m;
                        }
                    }
                }
            }
            if (possessive) {
                // "Russia said its jets struck X", "Turkish forces said their artillery ...": a state, its force or
                // agency that speaks of its own (a group that speaks of its own is read below, as the nearest actor)
                if (speaker != null && stateSpeaker(s, speaker, plural)) {
                    return pronounOf(s, i, speaker.entity());
                }
                Mention ministry = speaker == null ? stateInstitution(s, ms, reportingWord(s, i)) : null;
                if (ministry != null && !plural) {
                    // "Moscow's defence ministry said on Monday its aircraft had destroyed ...": the state whose
                    // ministry speaks
                    return pronounOf(s, i, ministry.entity());
                }
            } else {
                speaker = speaker == null ? governed : speaker;
                int rv = reportingVerb(s, i);
                Mention opening = speaker != null && rv > 0 && s.tok(rv - 1).word().equals(",")
                        ? firstActor(i, ms, added) : null;
                if (opening != null && opening.last() + 1 < rv - 1 && s.tok(opening.last() + 1).word().equals(",")) {
                    // "X, the faction that folded itself into Y last year, said it was leaving": the subject before
                    // the apposition speaks, not the group named inside it
                    speaker = opening;
                }
                if (speaker != null) {
                    return pronounOf(s, i, underFormerName(s, speaker, ms).entity());
                }
            }
        }
        Mention army = !(w.equals("they") || w.equals("it")) || sentenceStart ? null : armyOpeningHere(s, i, ms, plural);
        if (army != null && (near == null || near.last() < army.first())) {
            // "Government forces pressed an offensive in the Qalamoun, where they have been battling X": the army
            // this sentence opens with, when no group is named since
            return pronounOf(s, i, army.entity());
        }
        Mention stateSubject = afterClauseBreak && !sentenceStart ? stateOpeningSubject(s, ms, plural) : null;
        if (stateSubject != null && stateSubject.last() < i && (near == null || near.last() < stateSubject.first())) {
            // "Turkey backs some rebel groups ..., but it has also cooperated with Russia": the state the sentence
            // opens with as its subject, when no group is named since
            return pronounOf(s, i, stateSubject.entity());
        }
        if (possessive && first != null && !sentenceStart && inNewClauseSubject(s, i)) {
            // "X withdrew from P, and several of its commanders defected": the sentence's subject
            e = first.entity();
        } else if (afterClauseBreak && first != null && !sentenceStart && compared(s, first)) {
            // "Like Hurras al-Din, it rejected the agreement": another group than the one it is likened to
            e = topic != null && !topic.id().equals(first.entity().id()) ? topic
                    : recentOther(s.index(), first.first(), all, "actor", first.entity());
        } else if (afterClauseBreak && first != null && !sentenceStart) {
            // "X never recovered, and HTS tightened its grip in 2019, when it routed ...": the subject of the clause
            // the pronoun's clause hangs on, the nearest before it; else the sentence's first actor
            // "the name adopted by the Nusra Front when it announced ...": the agent of a passive right before the
            // subordinator is the subordinate clause's subject
            Mention agent = byAgentBefore(s, i, ms);
            Mention clause = agent != null ? agent : nearestClauseSubject(s, i, ms, added);
            e = clause != null ? clause.entity() : first.entity();
        } else if (!possessive && !plural && near != null && !sentenceStart && openingSubject != null
                && openingSubject != near && oblique(s, near, ms) && coordinationBetween(s, near.last() + 1, i)
                && i + 1 < s.size() && s.tok(i + 1).posMatches("VB.*|MD")) {
            // "X was announced by Y's command in 2016, and from the outset it has been financed by Z": a new
            // clause's subject pronoun continues the sentence's subject, not the agent of a by-phrase
            e = openingSubject.entity();
        } else if (near != null && !possessive && subjectOfGoverningVerb(s, near, i)) {
            // "A and B joined it": the object pronoun is not the subject of its own verb, but the subject the
            // sentence opened with ("ISIS had been expelled ... when A and B drove it north"), the page's or the topic
            Entity other = subject != null ? subject : topic;
            if (openingSubject != null && openingSubject.entity() != null && openingSubject.last() < near.first()
                    && ClauseRoles.verbBetween(s, openingSubject.last() + 1, near.first() - 1)) {
                other = openingSubject.entity();
            }
            e = other != null && !other.id().equals(near.entity().id()) ? other : null;
        } else if (near != null && (i - near.last() <= 12 || !plural)) {
            e = near.entity();
            // the subject of a relative clause in wiki prose: "X, which said it ..." keeps X; a leading
            // time or place phrase does not displace the page's subject, nor does the object of a fronted
            // preposition the pronoun follows ("Through the Front it received salaries")
            boolean frontedObject = near.last() == i - 1 && s.tok(0).pos().equals("IN")
                    && RuleMatcher.beforeArticle(s, near.first()) == 0;
            if (subject != null && (sentenceStart || frontedObject)) {
                e = subject;
            }
        } else if (near == null && sentenceStart && !possessive && i + 1 < s.size()
                && s.tok(i + 1).posMatches("VB.*|MD|RB.*")
                && armyOpening(s.index() - 1, all, plural) != null) {
            // "Government forces advanced on Morek. They seized the hill": the army the sentence before opened with
            e = armyOpening(s.index() - 1, all, plural);
        } else if (plural) {
            // "Within days, they had seized ...": after a fronted phrase with no actor in it, as at the start
            // "In recent weeks they have attacked ...": past a short fronted phrase without a comma as well
            boolean opening = sentenceStart || near == null && (prev.equals(",") && i <= 8 || afterFrontedPhrase(s, i));
            e = subject != null && opening ? subject : opening ? topic : null;
        } else if (armsOwner != null && near == null) {
            // "Turkey has warned the YPG repeatedly. Its artillery shelled ...": a state the sentence before
            // opened with, as its subject, owns the arms a sentence opens with ("Its fighters" may be a group's)
            e = armsOwner;
        } else {
            e = topic;
        }
        return pronounOf(s, i, e);
    }

    /**
     * Whether the pronoun at {@code i} opens its clause after a short fronted phrase of time or place with no comma
     * ("In recent weeks they have attacked", "Over the past year they have lost"): a preposition, then up to five
     * determiners, numbers, adjectives, nouns or "of", no verb; the pronoun's own verb follows.
     */
    private static boolean afterFrontedPhrase(Sentence s, int i) {
        if (i < 3 || i > 6 || !s.tok(0).pos().equals("IN") || i + 1 >= s.size()
                || !s.tok(i + 1).posMatches("VB[DPZ]|MD|RB")) {
            return false;
        }
        for (int k = 1; k < i; k++) {
            Tok t = s.tok(k);
            if (!(t.posMatches("DT|CD|JJ.*|NN.*|PRP\\$") || t.lower().equals("of"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code near} is the subject of the verb of striking at {@code verb}: only auxiliaries and adverbs stand
     * between ("Jaysh al-Izza had shelled its positions"; not "the SDF accused Russian jets of bombing its positions",
     * where the one who speaks owns the positions).
     */
    private static boolean strikerBefore(Sentence s, Mention near, int verb) {
        for (int k = near.last() + 1; k < verb; k++) {
            String pos = s.tok(k).pos();
            if (!(pos.startsWith("RB") || pos.equals("MD")
                    || s.tok(k).lowerMatches("has|have|had|been|was|were|is|are|be|being"))) {
                return false;
            }
        }
        return near.last() < verb;
    }

    /** Verbs of striking an actor's possessions: "shelled their positions". */
    private static final java.util.Set<String> STRUCK = java.util.Set.of("struck", "shelled", "attacked", "targeted",
            "hit", "bombed", "raided", "pounded", "bombarded", "overran", "stormed", "ambushed", "striking", "shelling",
            "attacking", "targeting", "hitting", "bombing", "pounding", "bombarding", "ambushing");
    /** Shares of what was struck: "several of its positions". */
    private static final java.util.Set<String> STRUCK_SHARES = java.util.Set.of("several", "some", "many", "one",
            "two", "three", "most", "dozens", "all");
    /** What an actor has that others strike: "their positions", "its convoy". */
    private static final java.util.Set<String> STRUCK_POSSESSIONS = java.util.Set.of("positions", "position", "bases",
            "base", "convoy", "convoys", "fighters", "forces", "lines", "checkpoints", "headquarters", "strongholds",
            "troops", "men", "posts", "outposts");

    /** What a state has and a group mostly has not: "Its artillery", "Its warplanes". */
    private static final java.util.Set<String> STATE_ARMS = java.util.Set.of("artillery", "jets", "warplanes",
            "aircraft", "army", "troops", "military", "navy", "soldiers", "drones", "tanks", "planes", "bombers",
            "helicopters", "air");

    /** A state named by its soldiers ("Government forces", "Syrian troops"), taken up by "they". */
    private static final java.util.Set<String> ARMY_PLURALS = java.util.Set.of("forces", "troops", "soldiers");
    /** A state named by its army or rule ("the army", "the regime"), taken up by "it". */
    private static final java.util.Set<String> ARMY_SINGULARS = java.util.Set.of("army", "regime", "military");

    /**
     * The state that sentence {@code k} opens with as its subject when it names it by its army or rule ("Government
     * forces advanced ...", "The army shelled ..."), in the number of the pronoun that takes it up; null otherwise.
     */
    private static Entity armyOpening(int k, List<List<Mention>> all, boolean plural) {
        if (k < 0 || k >= all.size()) {
            return null;
        }
        for (Mention m : all.get(k)) {
            if (m.entity() != null && m.kind() != null && m.kind().isActor()) {
                return m.first() <= 2 && namesArmy(m, plural) ? m.entity() : null;
            }
        }
        return null;
    }

    /** Whether m names a state by its army or rule in the pronoun's number: "Government forces", "the army". */
    private static boolean namesArmy(Mention m, boolean plural) {
        String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        return m.kind().isState() && (plural ? ARMY_PLURALS.contains(head) : ARMY_SINGULARS.contains(head));
    }

    /**
     * The mention this sentence opens with, before token i, when it names a state by its army or rule in the number of
     * the pronoun ("Government forces ...", "The army ..."); null otherwise.
     */
    private static Mention armyOpeningHere(Sentence s, int i, List<Mention> ms, boolean plural) {
        for (Mention m : ms) {
            if (m.first() >= i || m.entity() == null || m.kind() == null || !m.kind().isActor()) {
                continue;
            }
            int before = RuleMatcher.beforeArticle(s, m.first());
            boolean opens = m.first() <= 2 || before > 0 && s.tok(before).word().equals(","); // "Elsewhere Wednesday, ..."
            return opens && namesArmy(m, plural) ? m : null;
        }
        return null;
    }

    /**
     * The state (or its force) that sentence {@code k} opens with as its subject, at its start or right after a
     * dateline's dash ("BEIRUT (Reuters) - Turkey ...", as {@link EventFrames#datelineBetween} reads it); null when it
     * opens otherwise.
     */
    private static Entity stateOpening(int k, List<List<Mention>> all, List<Sentence> sents) {
        if (k < 0 || k >= all.size() || k >= sents.size()) {
            return null;
        }
        Sentence s = sents.get(k);
        for (Mention m : all.get(k)) {
            if (m.entity() != null && m.kind() != null && m.kind().isActor()) {
                boolean opens = m.first() <= 1 || EventFrames.datelineBetween(s, m.first() - 2, m.first());
                boolean state = m.kind().isState();
                return opens && state ? m.entity() : null;
            }
        }
        return null;
    }

    /**
     * "A commander of X said his men had ...", "The NFL's commander, P, insisted his forces ...", "P, who heads X, said
     * his group ...": a person's "his" / "her" before the group's people or the group itself is the group the sentence
     * names the person by, before the pronoun. Null when the sentence names no such group (the pronoun may be a
     * person's own: "his brother", "his death").
     */
    private Mention rolesGroup(Sentence s, String text, int i, List<Mention> ms, List<Mention> added,
                               List<Sentence> sents, List<List<Mention>> all) {
        if (i + 1 >= s.size() || !lex.has("person-group-noun", s.tok(i + 1).lower())) {
            return null;
        }
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m.last() < i && m.entity() != null && m.kind() != null && m.kind().isActor()
                        && m.kind() != EntityKind.PERSON && namesARole(s, m)
                        && (best == null || m.last() > best.last())) {
                    best = m;
                }
            }
        }
        if (best == null && (personBefore(s, i, ms) || opensSentence(s, i))) {
            // "A commander of X said ... . He said his men had ...": the group the sentences before named him by;
            // "P, the commander of X, was the first to sign. His group ...": a "his" that opens the sentence
            for (int k = s.index() - 1; k >= 0 && k >= s.index() - 2 && best == null; k--) {
                for (Mention m : all.get(k)) {
                    if (m.entity() != null && m.kind() != null && m.kind().isActor() && m.kind() != EntityKind.PERSON
                            && namesARole(sents.get(k), m)) {
                        best = m;
                    }
                }
            }
        }
        Entity e = best != null ? best.entity() : groupOfPerson(s, i, ms, sents, all);
        if (e == null) {
            return null;
        }
        boolean itself = !lex.has("force-noun", s.tok(i + 1).lower()); // "his group", not "his men"
        return itself ? new Mention(s.index(), i, i + 1, e, e.kind(), s.span(text, i, i + 1),
                Mention.Source.DESCRIPTOR) : pronounOf(s, i, e);
    }

    /**
     * "Alloush was a divisive figure. He was accused ..., and his fighters fought ...": the "his" is the person named
     * last (before it in the sentence, or in the two sentences before when "he" or the pronoun opens the sentence), and
     * the group is the one the document named that person by a role in, in any sentence up to this one ("Zahran
     * Alloush, the leader of Jaysh al-Islam, ..."). Null when there is no such person or group.
     */
    private Entity groupOfPerson(Sentence s, int i, List<Mention> ms, List<Sentence> sents,
                                 List<List<Mention>> all) {
        Mention person = null;
        for (Mention m : ms) {
            if (m.last() < i && m.kind() == EntityKind.PERSON && m.entity() != null) {
                person = m;
            }
        }
        if (person == null && (personBefore(s, i, ms) || opensSentence(s, i))) {
            for (int k = s.index() - 1; k >= 0 && k >= s.index() - 2 && person == null; k--) {
                for (Mention m : all.get(k)) {
                    if (m.kind() == EntityKind.PERSON && m.entity() != null) {
                        person = m;
                    }
                }
            }
        }
        return person == null ? null : groupNamedBy(person, s, i, ms, sents, all);
    }

    /**
     * The group the document names {@code person} by a role in, in the sentences up to token {@code i} of this one
     * ("Zahran Alloush, the leader of Jaysh al-Islam, ...", "Jaysh al-Islam's commander, Zahran Alloush"); or null.
     */
    private Entity groupNamedBy(Mention person, Sentence s, int i, List<Mention> ms, List<Sentence> sents,
                                List<List<Mention>> all) {
        String id = person.entity().id();
        Entity umbrella = null;
        for (int k = s.index(); k >= 0; k--) {
            List<Mention> here = k == s.index() ? ms : all.get(k);
            for (Mention p : here) {
                if (p.kind() != EntityKind.PERSON || p.entity() == null || !p.entity().id().equals(id)) {
                    continue;
                }
                for (Mention g : here) {
                    if (g.entity() != null && g.kind() != null && g.kind().isActor() && g.kind() != EntityKind.PERSON
                            && (k != s.index() || g.last() < i)
                            && Math.abs(g.first() - p.first()) <= 8 && namesARole(sents.get(k), g)) {
                        if (!g.kind().isUmbrella()) {
                            return g.entity();
                        }
                        umbrella = umbrella == null ? g.entity() : umbrella;
                    }
                }
            }
        }
        // "Alloush also heads the Unified Military Command": his men are his own group's, the umbrella only failing one
        return umbrella;
    }

    /**
     * Whether token {@code i} opens its sentence, past a label or a conjunction: "P, head of X, agreed to hand over
     * heavy weapons. His men have since ..." (the sentences before must name someone by a role in the group).
     */
    private static boolean opensSentence(Sentence s, int i) {
        int k = Interview.afterLabel(s);
        if (k < s.size() && s.tok(k).lowerMatches("and|but|yet|so")) {
            k++;
        }
        // "Many of his fighters went over to Nusra": a share of the people opens the sentence
        return i == k || i == k + 2 && s.tok(k).lowerMatches("many|most|some|several|all|half|dozens|hundreds|"
                + "thousands|scores|few|one|others") && s.tok(k + 1).lower().equals("of");
    }

    /** The person's name that ends at token {@code k}, or null. */
    private static Mention personEndingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.last() == k && m.kind() == EntityKind.PERSON && m.entity() != null) {
                return m;
            }
        }
        return null;
    }

    /** Whether "he" / "she" or a person's name stands before token {@code i}: whose "his" it may be. */
    private static boolean personBefore(Sentence s, int i, List<Mention> ms) {
        for (int k = 0; k < i; k++) {
            if (s.tok(k).lower().equals("he") || s.tok(k).lower().equals("she")) {
                return true;
            }
        }
        for (Mention m : ms) {
            if (m.last() < i && m.kind() == EntityKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names a person by a role in the actor {@code m}: "a commander of X", "the head of the X",
     * "a spokesman for X", "X's commander", "the Yarmouk commander", "who heads X".
     */
    private boolean namesARole(Sentence s, Mention m) {
        int k = m.first() - 1;
        if (k >= 0 && s.tok(k).lower().equals("the")) {
            k--;
        }
        if (k >= 1 && s.tok(k).lowerMatches("of|in|with|for|from") && lex.has("person-role", s.tok(k - 1).lower())) {
            return true;
        }
        if (k >= 0 && s.tok(k).lemmaMatches("head|lead|command")
                && s.tok(k).pos().startsWith("VB")) {
            // "who heads X", not "who heads the FSA's military council" (the council is what he heads)
            return m.last() + 1 >= s.size() || !isPoss(s.tok(m.last() + 1));
        }
        int a = m.last() + 1;
        if (a < s.size() && isPoss(s.tok(a))) {
            a++;
        }
        for (int j = a; j < s.size() && j <= a + 1; j++) {
            if (lex.has("person-role", s.tok(j).lower()) && s.tok(j).pos().startsWith("NN")) {
                return true; // not "al-Qaeda's official affiliate"
            }
            if (!s.tok(j).pos().startsWith("JJ")) {
                break; // "X's overall commander", not "X's fighters and their commander"
            }
        }
        return false;
    }

    /**
     * "killed 20 soldiers", "clashes with troops", "which troops entered", "after troops captured P": soldiers or
     * troops named bare, with no owner, number word or adjective of their own before them ("rebel troops", "its
     * soldiers", "Turkish troops"), nor an owner after them ("troops of the 4th Division", "soldiers loyal to X").
     */
    private static boolean bareSoldiers(Sentence s, int i) {
        String w = s.tok(i).lower();
        if (!w.equals("soldiers") && !w.equals("troops")) {
            return false;
        }
        if (i + 1 < s.size() && s.tok(i + 1).lowerMatches("of|from|loyal|belonging|who|that|serving")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Tok p = s.tok(i - 1);
        String pw = p.lower();
        if (pw.equals("of") && i >= 2) {
            return s.tok(i - 2).lowerMatches("dozens|hundreds|scores|thousands|number|handful|some|many|several");
        }
        return p.pos().equals("CD")
                || Regexes.matches(pw, "several|many|some|dozens|hundreds|scores|few|more|with|against|"
                + "killing|killed|kill|kills|wounding|wounded|ambushed|captured|capturing|which|as|"
                // a clause of its own: "came days after troops captured P", "when troops entered P"
                + "after|when|while|before|until|since|where|once|because|although|though");
    }

    /**
     * The subject of the main clause when "it" opens a relative clause on that clause's object: "On 20 January the
     * army retook the air base, which it had lost to X" (", which it" or ", that it" after an object that names no
     * actor, a main clause opening with its subject and a finite verb); null otherwise. The army is meant although
     * "it" elsewhere stands for a group.
     */
    private static Mention objectRelativeSubject(Sentence s, int i, List<Mention> ms) {
        if (i < 4 || !s.tok(i - 1).lowerMatches("which|that") || !s.tok(i - 2).word().equals(",")) {
            return null;
        }
        int comma = i - 2;
        Mention subject = null;
        for (Mention m : ms) {
            if (m.last() >= comma) {
                break;
            }
            if (m.last() == comma - 1 && m.kind() != null && m.kind().isActor()) {
                return null; // "X attacked Y, which it ...": the relative may be Y's own
            }
            if (subject == null && m.entity() != null && m.kind() != null && m.kind().isActor()
                    && m.source() != Mention.Source.PRONOUN) {
                int k = finiteVerbAfter(s, m, comma);
                if (k < 0) {
                    return null; // the first actor is no clause subject
                }
                for (int j = k + 1; j < comma; j++) {
                    if (s.tok(j).posMatches("VBD|VBZ|VBP|WDT|WP|IN") && !s.tok(j).lowerMatches("of|in|on|near")
                            || s.tok(j).wordMatches("[,;:]")) {
                        return null; // another clause or a phrase between the verb and the relative's object
                    }
                }
                subject = m;
            }
        }
        return subject;
    }

    /** People nouns whose group an "of" names as a clause's subject: "Members of X, a unit fighting with Y, ...". */
    private static final Set<String> MEMBER_NOUNS = Set.of("members", "fighters", "men", "commanders", "units");

    /**
     * The sentence's subject when {@code near}, the actor nearest before the possessive at {@code i}, stands inside
     * an apposition to that subject that closes before the pronoun ("X, a member of the Y alliance, ... its"; "Members
     * of X, a unit fighting with Y, killed their commander"); null otherwise.
     */
    private static Mention apposedSubject(Sentence s, Mention near, int i, List<Mention> ms) {
        Mention subject = null;
        for (Mention m : ms) {
            if (m.entity() != null && m.kind() != null && m.kind().isActor()) {
                subject = m;
                break;
            }
        }
        if (subject == null || subject == near || subject.last() + 2 >= near.first()
                || subject.entity().id().equals(near.entity().id())
                || !s.tok(subject.last() + 1).word().equals(",")
                || !s.tok(subject.last() + 2).lowerMatches("a|an|the|one|another")) {
            return null;
        }
        int k = RuleMatcher.beforeArticle(s, subject.first());
        if (k >= 0 && !(k >= 1 && s.tok(k).lower().equals("of") && MEMBER_NOUNS.contains(s.tok(k - 1).lower())
                && k - 1 <= 1)) {
            return null; // the first actor is not the clause's opening subject
        }
        for (int j = 0; j < subject.first(); j++) {
            if (RuleMatcher.finite(s.tok(j))) {
                return null;
            }
        }
        for (int j = subject.last() + 2; j < i; j++) {
            String w = s.tok(j).word();
            if (w.equals(";") || w.equals(":")) {
                return null;
            }
            if (w.equals(",")) {
                return j > near.last() ? subject : null; // the apposition closes past the name inside it
            }
        }
        return null;
    }

    /** The pronoun at token {@code i} as a mention of {@code e}; null when it refers to no one. */
    private static Mention pronounOf(Sentence s, int i, Entity e) {
        return e == null ? null
                : new Mention(s.index(), i, i, e, e.kind(), s.tok(i).word(), Mention.Source.PRONOUN);
    }

    /**
     * "..., and in early 2015 it forced ...", "...; early this year it joined X": a subject pronoun after a time
     * phrase that follows "and" or a semicolon opens a coordinated clause, as right after "and".
     */
    private static boolean afterTimeAfterBreak(Sentence s, int i) {
        int k = i - 1;
        boolean preposition = false;
        while (k > 0 && k >= i - 5 && (s.tok(k).posMatches("CD|IN|DT|JJ|NN|NNP|NNS|RB")
                && !s.tok(k).lower().equals("and") && !s.tok(k).word().equals(","))) {
            preposition |= s.tok(k).pos().equals("IN");
            k--;
        }
        if (k >= i - 1) {
            return false;
        }
        boolean semicolon = s.tok(k).word().equals(";"); // "...; early this year it joined X"
        boolean timeOpener = preposition && s.tok(k + 1).pos().equals("IN")
                || s.tok(k + 1).lowerMatches("early|late|earlier|later|last|this|then"); // "and early this year"
        if (!semicolon && (!timeOpener || !s.tok(k).lower().equals("and"))) {
            return false;
        }
        for (int j = k + 1; j < i; j++) {
            if (s.tok(j).pos().equals("CD") || RuleMatcher.TIME_WORDS.matcher(s.tok(j).lower()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FORMING = java.util.Set.of("form", "formed", "forms", "forming",
            "create", "created", "creates", "creating", "establish", "established", "establishes", "found",
            "founded", "launch", "launched", "launches", "set", "unveiled", "announced");

    /**
     * The group a sentence introduces as newly formed: named right after "new" or "single" ("a new alliance, X", "the
     * new front X", "merged into a single force called X") or after a forming verb ("set up a joint command, X", "to
     * create X"), or followed by a passive of one ("X was formed"), with no other actor in between. Null when none.
     */
    private static Entity newlyFormed(Sentence s, List<Mention> ms) {
        for (Mention m : ms) {
            if (m.entity() == null || m.kind() == null || !isGroup(m.kind()) || m.isReference()) {
                continue;
            }
            boolean hit = false;
            for (int k = m.first() - 1; k >= 0 && k >= m.first() - 6 && !hit; k--) {
                String w = s.tok(k).lower();
                if (coveredByOther(ms, m, k) || w.equals(".") || w.equals(";") || w.equals("and")) {
                    break;
                }
                hit = w.equals("new") || w.equals("single")
                        || FORMING.contains(w) && s.tok(k).pos().startsWith("VB")
                        && !(k + 1 < s.size() && s.tok(k + 1).lower().equals("by"));
            }
            int k = m.last() + 1;
            if (!hit && k + 2 < s.size() && s.tok(k).word().equals(",")
                    && s.tok(k + 1).lowerMatches("a|an|the")) {
                // "X, a coalition set up in January"
                for (int j = k + 2; j < s.size() && j <= k + 5 && !hit; j++) {
                    hit = FORMING.contains(s.tok(j).lower()) && s.tok(j).pos().equals("VBN");
                }
            }
            if (!hit && k < s.size() && s.tok(k).word().equals(",")) {
                // "X, the newest player on the southern front, was announced on 28 January"
                for (int j = k + 1; j < s.size() && j <= k + 12; j++) {
                    if (s.tok(j).posMatches("VBD|VBZ|VBP|MD")) {
                        break;
                    }
                    if (s.tok(j).word().equals(",")) {
                        k = j + 1;
                        break;
                    }
                }
            }
            if (!hit && k + 1 < s.size()) {
                String w = s.tok(k).lower();
                int v = w.equals("was") || w.equals("were") ? k + 1
                        : w.equals("has") && s.tok(k + 1).lower().equals("been") ? k + 2 : -1;
                hit = v > 0 && v < s.size() && FORMING.contains(s.tok(v).lower()) && s.tok(v).pos().equals("VBN");
            }
            if (hit) {
                return m.entity();
            }
        }
        return null;
    }

    /** A group named from token {@code k} on, other than {@code parent} ("the al-Qaeda affiliate al-Nusra Front"). */
    private static Mention nameRightAfter(List<Mention> ms, int k, Entity parent) {
        for (Mention n : ms) {
            if (n.first() == k && n.entity() != null && n.kind() != null && n.kind().isActor()
                    && n.source() != Mention.Source.PRONOUN && !n.entity().id().equals(parent.id())) {
                return n;
            }
        }
        return null;
    }

    private static boolean coveredByOther(List<Mention> ms, Mention m, int k) {
        for (Mention o : ms) {
            if (o != m && o.entity() != null && o.first() <= k && k <= o.last()) {
                return true;
            }
        }
        return false;
    }

    private Mention description(Sentence s, String text, int i, boolean[] covered, List<Mention> ms,
                                List<Mention> added, Entity topic, Entity subject, List<List<Mention>> all,
                                List<Mention[]> affiliations, Entity newest, List<Sentence> sents) {
        String det = s.tok(i).lower();
        if (battleFront(s, i)) {
            return null; // "fight alongside them on this front": a front line, not "the Front" of a name
        }
        boolean demonstrative = det.equals("that") || det.equals("this");
        boolean indefinite = det.equals("a") || det.equals("an");
        // the X affiliate / offshoot / branch
        if (!indefinite && i + 2 < s.size()) {
            for (Mention m : ms) {
                if (m.first() == i + 1 && m.entity() != null && m.last() + 1 < s.size()
                        && lex.has("epithet-affiliate", NameNormalizer.key(s.tok(m.last() + 1).word()))) {
                    Mention head = appositionHead(s, i, m.last() + 1, ms);
                    Mention named = nameRightAfter(ms, m.last() + 2, m.entity());
                    // "the al-Qaeda affiliate al-Nusra Front": the name the epithet stands before;
                    // "the Khalid ibn al-Walid Army, the Islamic State affiliate that held ...": the name before it;
                    // "the al-Qaeda affiliate launched an offensive on SRF positions": not a group the clause
                    // names as another party
                    Entity e = named != null ? named.entity()
                            : head != null && !head.entity().id().equals(m.entity().id()) ? head.entity()
                            : salient(s.index(), m.first(), all, m.entity(), subject,
                            namedInClause(s, m.last() + 1, ms));
                    if (e == null) {
                        return null;
                    }
                    Mention ep = new Mention(s.index(), i, m.last() + 1, e, e.kind(), s.span(text, i, m.last() + 1),
                            Mention.Source.EPITHET);
                    ms.remove(m);
                    affiliations.add(new Mention[] {ep, m});
                    return ep;
                }
            }
        }
        // skip adjectives: "the new alliance", "a joint operations room"
        int j = i + 1;
        if (!indefinite) {
            int pj = i + 1;
            while (pj < s.size() && pj <= i + 2 && !covered[pj] && s.tok(pj).pos().startsWith("JJ")) {
                pj++;
            }
            if (pj < s.size() && !covered[pj] && (lex.has("place-descriptor", s.tok(pj).lower())
                    || lex.has("headed-place-descriptor", s.tok(pj).lower()))
                    && !(pj + 1 < s.size() && (s.tok(pj + 1).lower().equals("of") || s.tok(pj + 1).pos().startsWith("NNP")
                    || s.tok(pj + 1).pos().startsWith("NN") && !s.tok(pj + 1).pos().equals("NNS")
                    && !s.tok(pj + 1).lowerMatches("today|tonight|yesterday")))) {
                // "the town council" is no reference to the town; "the town today" is
                return placeRef(s, i, pj, ms, added, all, sents);
            }
        }
        int compoundFrom = -1;
        int compoundTo = -1;
        if (!indefinite && i + 1 < s.size() && covered[i + 1]) {
            // "the US-backed alliance", "the Kurdish-led force": an actor inside a compound modifier
            for (Mention m : ms) {
                if (m.first() == i + 1 && ClauseRoles.modifierWord(lex, s, m)) {
                    compoundFrom = m.first();
                    compoundTo = s.tok(m.last()).lower().contains("-") ? m.last() : m.last() + 2;
                    j = compoundTo + 1;
                }
            }
        }
        while (j < s.size() && j <= i + 3 + (compoundTo - compoundFrom + 1) && !covered[j]
                && (s.tok(j).pos().startsWith("JJ") || s.tok(j).pos().equals("VBN") || s.tok(j).pos().equals("HYPH")
                || s.tok(j).word().equals("-") || compoundTo >= 0 && s.tok(j).pos().equals("NN")
                && j + 1 < s.size() && headAt(s, j + 1, descriptors))
                && !headAt(s, j, descriptors)) {
            j++; // "the US-backed rebel group": one lower-case noun before the head after a compound
        }
        if (!indefinite) {
            int end = matchPhrase(s, i + 1, epithets);
            if (end < 0) {
                end = matchPhrase(s, j, epithets);
            }
            if (end >= 0 && !(end + 1 < s.size() && s.tok(end + 1).lower().equals("of"))) {
                // not "the jihadists of the Islamic State": the name after "of" says who they are; not a group
                // its own clause names before it ("the Farouq Brigades clashed with the jihadist group")
                Set<String> excluded = new java.util.HashSet<>(namedEarlierInClause(s, i, ms));
                if (i > 0 && s.tok(i - 1).pos().startsWith("VB")) {
                    // the object of a verb is none of the clause's other parties: "A and B fought the jihadists
                    // alongside the YPG"
                    excluded.addAll(namedInClause(s, end + 1, ms));
                }
                Entity e = onlyGroupBefore(s.index(), all, excluded);
                if (e == null) {
                    e = salient(s.index(), i, all, null, subject, excluded);
                }
                if (s.tok(end).pos().equals("NNS")) {
                    // a plural people noun ("the jihadists") names the people of the group the sentence just
                    // mentioned ("turned their guns on IS ..., and the jihadists left"), past the parties to its
                    // own clause ("IS held the desert, and A and B fought the jihadists": IS); else the salient one
                    Set<String> parties = withCoordinated(s, ms, excluded);
                    parties.addAll(referredEarlierInClause(s, i, added)); // "where it fights ... the jihadists"
                    Mention near = nearestGroupBefore(i, ms, added, parties);
                    if (near != null) {
                        e = near.entity();
                    }
                }
                if (e == null) {
                    return null;
                }
                return new Mention(s.index(), i, end, e, e.kind(), s.span(text, i, end), Mention.Source.EPITHET);
            }
        }
        if (!indefinite && !demonstrative && j == i + 1 && j < s.size() && !covered[j]
                && PLURAL_HEADS.contains(s.tok(j).lower())
                && !(j + 1 < s.size() && (s.tok(j + 1).lower().equals("of") || s.tok(j + 1).pos().startsWith("NNP")))) {
            // "the brigades" after "the Farouq Brigades": the group whose written name ends in that plural
            Entity e = namedWithPluralHead(s.index(), all, s.tok(j).lower());
            if (e != null) {
                return new Mention(s.index(), i, j, e, e.kind(), s.span(text, i, j), Mention.Source.DESCRIPTOR);
            }
        }
        for (String[] d : descriptors) {
            int end = matchWords(s, j, d);
            if (end < 0) {
                continue;
            }
            for (int k = i; k <= end; k++) {
                if (covered[k] && (k < compoundFrom || k > compoundTo)) {
                    return null;
                }
            }
            String cls = lex.value("descriptor", String.join(" ", d));
            final int after = end + 1;
            if (ms.stream().anyMatch(x -> x.first() == after && x.entity() != null)) {
                return null; // "the Islamist brigade Ghuraba al-Sham": a classifier before the name, no reference
            }
            // "the group's": possessive is fine; "the group of" / plural heads are not a reference
            if (end + 1 < s.size() && s.tok(end + 1).lower().equals("of")) {
                // "an alliance of Islamist rebel factions" still names the alliance, and so does "the coalition of
                // some 50 FSA factions" (a count says it is no group of factions the text named)
                int plural = cls.equals("umbrella") && !demonstrative ? ofPlainNouns(s, end + 2) : -1;
                if (plural < 0 || !indefinite && !counted(s, end + 2)) {
                    return null;
                }
                end = plural;
            }
            Entity e;
            boolean fresh = false;
            boolean renamed = false;
            for (int k = i + 1; k < j; k++) {
                fresh |= s.tok(k).lower().equals("new") || s.tok(k).lower().equals("newly");
                renamed |= RENAMING.contains(s.tok(k).lower());
            }
            Mention apposed = appositionHead(s, i, end, ms);
            if (indefinite) {
                if (!cls.equals("umbrella")) {
                    return null;
                }
                if (apposed != null) {
                    // "X (ACR), a separate coalition of brigades that was set up last month": the name before it
                    return new Mention(s.index(), i, end, apposed.entity(), apposed.kind(), s.span(text, i, end),
                            Mention.Source.DESCRIPTOR);
                }
                if (membersFollow(s, end + 1)) {
                    // "a coalition including Nusra, Ahrar al-Sham and several Southern Front brigades": the names
                    // after it are its members, none of them the coalition itself
                    return null;
                }
                e = nextUmbrella(s.index(), end, all, java.util.Arrays.asList(d).contains("room"));
            } else if (!demonstrative && apposed != null
                    && !(end + 1 < s.size() && RuleMatcher.isPossessive(s.tok(end + 1)))) {
                // "the SRF, the coalition led by Jamal Maarouf"; but in "A and B, the coalition's two largest
                // members" the coalition owns what is apposed, it is not A or B
                e = apposed.entity();
            } else {
                Mention named = namedAfter(s, end, ms);
                Entity underLeader = demonstrative ? null : leadersGroupOpening(s, i, ms, sents, all);
                if (named == null && underLeader != null && accepts(cls, underLeader.kind())) {
                    // "Under Alloush, the group expelled ...": the group the text names that man by a role in
                    return new Mention(s.index(), i, end, underLeader, underLeader.kind(), s.span(text, i, end),
                            Mention.Source.DESCRIPTOR);
                }
                Mention nearUmbrella = cls.equals("umbrella") ? nearestBefore(i, ms, added, "umbrella") : null;
                Entity byHead = d.length == 1 && !demonstrative && !fresh && NAME_HEADS.contains(d[0])
                        ? namedWithHead(s.index(), all, d[0]) : null;
                Entity renamedOne = renamed && !demonstrative ? lastRenamed(s, i, sents, all) : null;
                if (named != null) {
                    e = named.entity();
                } else if (renamedOne != null && accepts(cls, renamedOne.kind())) {
                    e = renamedOne; // "the renamed group": the one the text last gave a new name
                } else if (byHead != null) {
                    e = byHead; // "the front" after "the Syrian Revolutionaries Front"
                } else if (fresh && newest != null && !demonstrative) {
                    e = newest; // "the new organisation": the group the text introduced as newly formed
                } else if (cls.equals("umbrella") && nearUmbrella == null && !demonstrative && newest != null
                        && newest.kind() != null && isGroup(newest.kind())
                        && mentionedSince(all, s.index() - 3, s.index(), newest)) {
                    // "the operations room" in a report on its formation; "the coalition" after "a new coalition
                    // called X", whatever kind the dictionary gives X
                    e = newest;
                } else if (demonstrative) {
                    e = recentOther(s.index(), i, all, cls, subject);
                } else if (cls.equals("umbrella")) {
                    Mention near = nearestBefore(i, ms, added, "umbrella");
                    if (near != null && !near.isReference() && governedByPreposition(s, near.first())
                            && fronted(s, near.first()) && rightAfterFirstComma(s, i)) {
                        // "Backed by strikes from the US-led coalition, the alliance ...": the alliance is not the
                        // backer named in the phrase set before it
                        Entity other = recentOther(s.index(), near.first(), all, "umbrella", near.entity());
                        if (other != null) {
                            return new Mention(s.index(), i, end, other, other.kind(), s.span(text, i, end),
                                    Mention.Source.DESCRIPTOR);
                        }
                    }
                    Entity room = near == null && java.util.Arrays.asList(d).contains("room")
                            ? recentRoom(s.index(), i, all) : null;
                    // "The Central Operations Room ..., formed by Southern Front factions ... X and Y are members
                    // of the operations room": the room named last, past the coalition named after it
                    e = near != null ? near.entity() : room != null ? room : recentOther(s.index(), i, all,
                            "umbrella", null);
                } else if (d.length == 1 && d[0].equals("army")) {
                    e = recentArmy(s.index(), i, all, false);
                } else {
                    Mention near = nearestBefore(i, ms, added, cls);
                    if (near != null && (governedByPreposition(s, i) && !ownerInAdjunct(s, i, end)
                            && (onlyGroupBefore(i, ms, added, near) || opposing(s, i)) || objectOfVerb(s, near, i))
                            && !governedByPreposition(s, near.first())) {
                        // "X's branch in P pledged allegiance to the group": a description in the object of
                        // its clause is not that clause's own subject, but the group before it
                        Entity other = recentOther(s.index(), near.first(), all, cls, near.entity());
                        if (other != null) {
                            return new Mention(s.index(), i, end, other, other.kind(), s.span(text, i, end),
                                    Mention.Source.DESCRIPTOR);
                        }
                    }
                    if (near != null && near.first() > 0 && governedByPreposition(s, near.first())) {
                        // "Members of X stayed out of IS, and the group ...": not the object of a preposition,
                        // the sentence's first group
                        Mention firstGroup = nearestFirst(i, ms, added, cls);
                        near = firstGroup != null && !firstGroup.entity().id().equals(near.entity().id())
                                ? firstGroup : null;
                    }
                    if (near != null && topic != null && accepts(cls, topic.kind())
                            && inFrontedSubordinate(s, near, i)) {
                        near = null; // "when ISIS laid siege to Kobani, the brigade joined ...": not ISIS
                    }
                    if (near != null && inLikenedOpening(s, near, i)) {
                        // "Unlike the YPG, the group fights under the opposition's flag": not the one it is set against
                        Entity other = topic != null && accepts(cls, topic.kind())
                                && !topic.id().equals(near.entity().id())
                                ? topic : recentOther(s.index(), near.first(), all, cls, near.entity());
                        return other == null ? null : new Mention(s.index(), i, end, other, other.kind(),
                                s.span(text, i, end), Mention.Source.DESCRIPTOR);
                    }
                    if (subject == null && near != null && topic != null && accepts(cls, topic.kind())
                            && listedWith(s, ms, near, topic)) {
                        near = null; // "A, B and C have coordinated ..., and the group's fighters": the topic A
                    }
                    e = subject != null ? subject : near != null ? near.entity()
                            : topic != null && accepts(cls, topic.kind()) ? topic : recentOther(s.index(), i, all, cls, null);
                }
            }
            if (e == null) {
                return null;
            }
            return new Mention(s.index(), i, end, e, e.kind(), s.span(text, i, end), Mention.Source.DESCRIPTOR);
        }
        return null;
    }

    /**
     * Whether {@code near} is a later item of a list ("A, B and C") whose earlier item names {@code topic}: the
     * description then means the topic the text is about, not the list's nearest item.
     */
    private static boolean listedWith(Sentence s, List<Mention> ms, Mention near, Entity topic) {
        if (near.entity().id().equals(topic.id())) {
            return false;
        }
        for (Mention m : ms) {
            if (m.entity() == null || !m.entity().id().equals(topic.id()) || m.last() >= near.first()) {
                continue;
            }
            boolean list = true;
            for (int k = m.last() + 1; k < near.first() && list; k++) {
                String w = s.tok(k).lower();
                final int at = k;
                list = w.equals(",") || w.equals("and") || w.equals("the")
                        || ms.stream().anyMatch(x -> x.entity() != null && x.first() <= at && x.last() >= at);
            }
            if (list) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NAME_HEADS = java.util.Set.of("front", "council", "movement",
            "legion", "brigade", "battalion", "union", "committee", "division", "corps");

    /** The Arabic type words of group names, by the English head a description uses ("Jabhat" is a front). */
    private static final Map<String, String> ARABIC_HEADS = Map.of("front", "jabhat", "council", "majlis",
            "movement", "harakat", "legion", "faylaq", "brigade", "liwa", "battalion", "katiba");

    /**
     * The group "the front" stands for: the most recent named group of the three sentences before whose name holds
     * the head word, else the one so named most often anywhere before in the document ("The Eighth Brigade ..." in
     * the opening lines, "the brigade" paragraphs later, past a "Liwa ..." named once in between).
     */
    private static Entity namedWithHead(int sent, List<List<Mention>> all, String head) {
        Entity near = namedWithHead(sent, all, head, 3);
        if (near != null) {
            return near;
        }
        String arabic = ARABIC_HEADS.get(head);
        Map<String, Integer> count = new java.util.HashMap<>();
        Entity best = null;
        for (int si = 0; si < sent - 3; si++) {
            for (Mention m : all.get(si)) {
                if (m.entity() == null || m.isReference() || m.kind() == null || !headed(m.kind())) {
                    continue;
                }
                String names = " " + NameNormalizer.key(m.text()) + " "
                        + NameNormalizer.key(m.entity().canonicalName()) + " ";
                if (holdsHead(names, head, arabic)) {
                    int c = count.merge(m.entity().id(), 1, Integer::sum);
                    if (best == null || c >= count.get(best.id())) {
                        best = m.entity(); // ties go to the later
                    }
                }
            }
        }
        return best;
    }

    private static Entity namedWithHead(int sent, List<List<Mention>> all, String head, int reach) {
        String arabic = ARABIC_HEADS.get(head);
        for (int si = sent - 1; si >= 0 && si >= sent - reach; si--) {
            // the name as written first ("drove the Syria Revolutionaries Front out"), then the entity's own name;
            // the leftmost when several: "X, the group known until July as Y"
            for (boolean written : new boolean[] {true, false}) {
                for (Mention m : all.get(si)) {
                    if (m.entity() == null || m.isReference() || m.kind() == null || !headed(m.kind())) {
                        continue;
                    }
                    String names = " " + (written ? NameNormalizer.key(m.text()) : allNames(m.entity())) + " ";
                    if (holdsHead(names, head, arabic)) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /** Words that say what kind of body a group's name is ("Jabhat", "Liwa", "Brigade", "Movement"). */
    private static final java.util.Set<String> TYPE_WORDS = java.util.Set.of("front", "council", "movement", "legion",
            "brigade", "brigades", "battalion", "battalions", "union", "committee", "division", "corps", "army",
            "forces", "group", "party", "regiment", "jabhat", "jabha", "majlis", "harakat", "haraka", "faylaq", "liwa",
            "liwaa", "katiba", "katibat", "kataib", "kataeb", "jaysh", "jaish", "firqa", "fawj", "tajammu", "alwiya",
            "saraya", "quwat", "jund");

    /**
     * The key of an entity's own name; when that name says no kind of body, with the keys of all its other names,
     * space-separated: "the movement" is Ahrar al-Sham, written "Ahrar", by its full name Harakat Ahrar al-Sham
     * al-Islamiyya (but Jabhat al-Akrad stays a front, whatever an alias calls it).
     */
    private static String allNames(Entity e) {
        String own = NameNormalizer.key(e.canonicalName());
        for (String w : own.split(" ")) {
            if (TYPE_WORDS.contains(w)) {
                return own;
            }
        }
        StringBuilder b = new StringBuilder(own);
        for (Name n : e.names()) {
            b.append(" | ").append(NameNormalizer.key(n.text()));
        }
        return b.toString();
    }

    /** Whether a padded name key (" jabhat fatah al sham ") holds the head word or its Arabic type word. */
    private static boolean holdsHead(String names, String head, String arabic) {
        return names.contains(" " + head + " ") || arabic != null && names.contains(" " + arabic + " ");
    }

    private static final java.util.Set<String> PLURAL_HEADS = java.util.Set.of("brigades", "battalions");

    /** The most recent group of the last three sentences whose name, as written, ends in the plural head. */
    private static Entity namedWithPluralHead(int sent, List<List<Mention>> all, String head) {
        for (int si = sent; si >= 0 && si >= sent - 3; si--) {
            List<Mention> ms = all.get(si);
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.entity() != null && !m.isReference() && m.kind() != null && isGroup(m.kind())
                        && m.text().toLowerCase(java.util.Locale.ROOT).endsWith(" " + head)) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /** The rightmost named group of this sentence before token {@code before} whose name holds the head word. */
    private static Entity namedWithHeadBefore(List<Mention> ms, int before, String head) {
        String arabic = ARABIC_HEADS.get(head);
        Entity found = null;
        for (Mention m : ms) {
            if (m.last() >= before || m.entity() == null || m.isReference() || m.kind() == null || !isGroup(m.kind())) {
                continue;
            }
            String names = " " + NameNormalizer.key(m.text()) + " " + NameNormalizer.key(m.entity().canonicalName()) + " ";
            if (holdsHead(names, head, arabic)) {
                found = m.entity();
            }
        }
        return found;
    }

    /** Tokens {@code from} to {@code to - 1} are a copula's verb group only ("are", "were also", "remain"). */
    private static boolean copulaOnly(Sentence s, int from, int to) {
        boolean copula = false;
        for (int k = from; k < to; k++) {
            Tok t = s.tok(k);
            boolean be = t.lemma().equals("be") || t.lemma().equals("remain");
            if (!be && !t.pos().startsWith("RB")) {
                return false;
            }
            copula |= be;
        }
        return copula;
    }

    /** Nouns of an umbrella's members after a possessive: "its other principal members". */
    private static final Set<String> MEMBERSHIP_NOUNS = Set.of("members", "components", "constituents", "factions",
            "pillars");

    /** A noun of an umbrella's members within three tokens after the possessive at i. */
    private static boolean membersAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            if (MEMBERSHIP_NOUNS.contains(s.tok(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X is one of its members", "X remains among its factions": a copula links the mention to the partitive
     * before the pronoun, with no clause break ("X withdrew, and several of its commanders ...").
     */
    private static boolean predicatedOf(Sentence s, Mention near, int i) {
        boolean copula = false;
        for (int k = near.last() + 1; k < i; k++) {
            String w = s.tok(k).lower();
            if (w.equals("and") || w.equals(",") || w.equals(";") || w.equals("but")) {
                return false;
            }
            copula |= s.tok(k).lemma().equals("be") || s.tok(k).lemma().equals("remain")
                    || s.tok(k).lemma().equals("become");
        }
        return copula;
    }

    /**
     * The group of the leader a sentence opens with ("Under Alloush, the group ...", "Under Abu Jaber's leadership, the
     * movement ..."), for a description right after the opening phrase's comma: the group the document names that
     * person by a role in; null otherwise.
     */
    private Entity leadersGroupOpening(Sentence s, int i, List<Mention> ms, List<Sentence> sents,
                                       List<List<Mention>> all) {
        if (!rightAfterFirstComma(s, i) || !s.tok(0).lower().equals("under")) {
            return null;
        }
        for (Mention m : ms) {
            if (m.kind() == EntityKind.PERSON && m.entity() != null && m.last() < i && m.first() <= 4) {
                return groupNamedBy(m, s, i, ms, sents, all);
            }
        }
        return null;
    }

    /** Words of a renaming: "the renamed group", "renamed itself X", "rebranded as X". */
    private static final java.util.Set<String> RENAMING = java.util.Set.of("renamed", "rebranded", "re-branded",
            "rename", "rebrand", "renaming", "rebranding");

    /**
     * The group the text last named right after a word of renaming or "name" ("the Nusra Front renamed itself Jabhat
     * Fateh al-Sham", "rebranded as HTS", "changing its name to X"), in this sentence before token {@code i} or in the
     * eight before it; null if none.
     */
    private static Entity lastRenamed(Sentence s, int i, List<Sentence> sents, List<List<Mention>> all) {
        for (int k = s.index(); k >= 0 && k >= s.index() - 8; k--) {
            Sentence sk = sents.get(k);
            Entity found = null;
            for (int t = 0; t < sk.size() && (k != s.index() || t < i - 1); t++) {
                if (!RENAMING.contains(sk.tok(t).lower()) && !sk.tok(t).lower().equals("name")) {
                    continue;
                }
                for (Mention m : all.get(k)) {
                    if (m.first() > t && m.first() <= t + 4 && m.entity() != null && m.kind() != null
                            && m.kind().isActor() && !m.isReference() && (k != s.index() || m.last() < i)) {
                        found = m.entity();
                        break;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The token at i opens the main clause right after the sentence's first comma ("Backed by X, the alliance"). */
    private static boolean rightAfterFirstComma(Sentence s, int i) {
        for (int j = 0; j < s.size(); j++) {
            if (s.tok(j).word().equals(",")) {
                return i == j + 1;
            }
        }
        return false;
    }

    /**
     * Whether mention {@code m} stands in a subordinate clause ("when X ..., ") that ends with the comma right before
     * token {@code i}: a description at {@code i} then opens the main clause and is not that clause's actor.
     */
    private static boolean inFrontedSubordinate(Sentence s, Mention m, int i) {
        if (i < 1 || !s.tok(i - 1).word().equals(",") || m.last() >= i) {
            return false;
        }
        for (int p = m.first() - 1; p >= 0; p--) {
            String w = s.tok(p).lower();
            if (RuleMatcher.FRONTED_SUBORDINATORS.contains(w)) {
                return p == 0 || s.tok(p - 1).word().equals(",") || s.tok(p - 1).lower().equals("and");
            }
            if (w.equals(";") || w.equals(":")) {
                return false;
            }
        }
        return false;
    }

    private static boolean fronted(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            if (s.tok(j).word().equals(",")) {
                return false;
            }
        }
        for (int j = k; j < s.size(); j++) {
            if (s.tok(j).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "Like X, ...", "Unlike X, ...": a name the sentence compares its subject with. */
    private static boolean compared(Sentence s, Mention m) {
        int k = RuleMatcher.beforeArticle(s, m.first());
        return k >= 0 && s.tok(k).lowerMatches("like|unlike");
    }

    /**
     * "Unlike the YPG, the group ...", "Alongside Nusra itself, it brought in ...": the mention stands in an opening
     * "Like/Unlike/Alongside/Besides" phrase closed before i.
     */
    static boolean inLikenedOpening(Sentence s, Mention m, int i) {
        if (!s.tok(0).lowerMatches("like|unlike|alongside|besides|beside")) {
            return false;
        }
        for (int k = 1; k < m.first(); k++) {
            if (s.tok(k).word().equals(",")) {
                return false;
            }
        }
        for (int k = m.last() + 1; k < i; k++) {
            if (s.tok(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that open a clause of their own after a comma. */
    private static final Set<String> SUBORDINATE = Set.of("though", "although", "while", "whereas", "because");

    /**
     * True when token i stands in the subject phrase of a clause opened by ", and" / ", but" / ";" (no verb between)
     * or by a comma and one of {@link #SUBORDINATE} ("..., though its leader").
     */
    private static boolean inNewClauseSubject(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && k >= i - 5; k--) {
            Tok t = s.tok(k);
            String w = t.lower();
            if (w.equals(";")) {
                return true; // "...; its commander, P, did not appear": a semicolon opens a clause of its own
            }
            if ((w.equals("and") || w.equals("but")) && s.tok(k - 1).word().equals(",")) {
                // ", and its fighters are reported to ...": right after the conjunction only when a finite verb
                // follows the possessed noun (not ", and its allies" coordinated with an object)
                return k < i - 1 || RuleMatcher.newClauseAfter(s, i + 1);
            }
            if (SUBORDINATE.contains(w) && s.tok(k - 1).word().equals(",")) {
                return true; // "X has not joined, though its leader called for a ceasefire": X's leader
            }
            if (t.pos().startsWith("VB") || t.pos().equals("MD") || w.equals(",") || t.pos().startsWith("NNP")) {
                return false;
            }
        }
        return false;
    }

    /** True when {@code near} is the only group mentioned in the sentence before token i. */
    private static boolean onlyGroupBefore(int i, List<Mention> ms, List<Mention> added, Mention near) {
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m != near && m.last() < i && m.entity() != null && m.kind() != null && isGroup(m.kind())
                        && !m.entity().id().equals(near.entity().id())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the mention at i is the object of a preposition that sets it against another party ("joined the
     * battle against the militia", "merged with the group"): whoever the clause is about, it is not the same group.
     */
    private static boolean opposing(Sentence s, int i) {
        int k = RuleMatcher.beforeArticle(s, i);
        return k >= 0 && OPPOSING.contains(s.tok(k).lower());
    }

    /**
     * True when the description at i is the direct object of a verb whose subject is {@code near} ("Al-Nusra
     * Front overran the US-backed rebel group"): a clause's object is not its own subject. A copula ("X is the
     * largest group") or a naming verb links the two instead.
     */
    private static boolean objectOfVerb(Sentence s, Mention near, int i) {
        int v = i - 1;
        while (v > near.last() && s.tok(v).pos().startsWith("RB")) {
            v--;
        }
        if (v <= near.last() || !s.tok(v).pos().startsWith("VB") || s.tok(v).pos().equals("VBN")
                && v - 1 > near.last() && s.tok(v - 1).lemma().equals("be")) {
            return false; // no verb right before, or a passive ("was joined by the group" is governed anyway)
        }
        String lemma = s.tok(v).lemma();
        if (lemma.equals("be") || lemma.equals("become") || lemma.equals("remain") || lemma.equals("call")
                || lemma.equals("name") || lemma.equals("rename") || lemma.equals("describe")) {
            return false;
        }
        for (int k = near.last() + 1; k < v; k++) {
            String w = s.tok(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || s.tok(k).lower().equals("and")
                    || s.tok(k).pos().equals("WDT") || s.tok(k).pos().equals("IN")) {
                return false; // only the subject's own verb group between them
            }
        }
        return true;
    }

    private static final java.util.Set<String> OPPOSING = java.util.Set.of("against", "alongside", "with", "versus",
            "toward", "towards");

    /**
     * The actor a description from i to end stands in apposition to: "X (ACR), the coalition led by P" names X. Null
     * when no group's name ends right before the comma, or when the description is the subject of a verb right
     * after it ("X, the group said").
     */
    private static Mention appositionHead(Sentence s, int i, int end, List<Mention> ms) {
        if (i < 2 || !s.tok(i - 1).word().equals(",")) {
            return null;
        }
        if (end + 1 < s.size() && RuleMatcher.finite(s.tok(end + 1))) {
            return null;
        }
        int k = RuleMatcher.beforeParens(s, i - 2);
        for (Mention m : ms) {
            if (m.last() == k && m.entity() != null && m.kind() != null && isGroup(m.kind()) && !m.isReference()) {
                return m;
            }
        }
        return null;
    }

    /** The actor (a state's force too) that opens the sentence as its subject ("The Fifth Corps was ..."), or null. */
    private static Mention opening(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.first() <= 1 && m.entity() != null && !m.isReference()
                    && (isGroup(m.kind()) || m.kind() == EntityKind.STATE_FORCE)) {
                return m;
            }
        }
        return null;
    }

    /** The mention is a preposition's object, itself or through its possessor ("by the army's command"). */
    private static boolean oblique(Sentence s, Mention m, List<Mention> ms) {
        int first = m.first();
        if (first >= 2 && isPoss(s.tok(first - 1))) {
            for (Mention o : ms) {
                if (o.last() == first - 2) {
                    first = o.first();
                }
            }
        }
        return governedByPreposition(s, first);
    }

    /** A coordinating break (", and", ", but", "; ", "while") between from and to. */
    private static boolean coordinationBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tok(k).lower();
            if (w.equals(";") || (w.equals("and") || w.equals("but") || w.equals("while") || w.equals("whereas"))
                    && k > 0 && s.tok(k - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group named after a preposition of an other party ("split from X", "fought alongside X", "the town besieged
     * by X"); not "of", "for" or the "by" of a passive clause, whose group is often what the sentence is about ("a
     * reversal for X", "the operation is led by X").
     */
    private static boolean obliqueGroup(Sentence s, Mention m) {
        int k = RuleMatcher.beforeArticle(s, m.first());
        if (k >= 2 && s.tok(k).lower().equals("by")) {
            return s.tok(k - 1).pos().equals("VBN") && !PASSIVE.contains(s.tok(k - 2).lower());
        }
        if (k >= 1 && s.tok(k).lower().equals("to") && s.tok(k - 1).lower().equals("according")) {
            return false; // "according to X's founding parties": the source, often what the text is about
        }
        return k >= 0 && OBLIQUE.contains(s.tok(k).lower());
    }

    private static final Set<String> PASSIVE = Set.of("is", "was", "are", "were", "be", "been", "being");

    private static final Set<String> OBLIQUE = Set.of("from", "against", "alongside", "into", "toward",
            "towards", "than", "like", "unlike", "to", "between", "among", "on", "at", "over", "upon", "versus");

    /** Prepositions of time or cause (and "according to"), whose object is no party to the clause's relation. */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("after", "before", "since", "following", "until",
            "despite", "during", "amid");

    /**
     * Whether the description from {@code i} to {@code end} owns what follows it in an adjunct ("after the group's
     * founder was killed", "according to the unit's commander"): the owner is the clause's own subject, not another
     * group as in "X pledged allegiance to the group's leader".
     */
    private static boolean ownerInAdjunct(Sentence s, int i, int end) {
        if (end + 1 >= s.size() || !RuleMatcher.isPossessive(s.tok(end + 1))) {
            return false;
        }
        int k = RuleMatcher.beforeArticle(s, i);
        if (k >= 1 && s.tok(k).lower().equals("to") && s.tok(k - 1).lower().equals("according")) {
            return true;
        }
        return k >= 0 && ADJUNCT_PREPOSITIONS.contains(s.tok(k).lower());
    }

    /** True when the mention at i is the object of a preposition ("out of IS", "for the group"). */
    private static boolean governedByPreposition(Sentence s, int i) {
        int k = RuleMatcher.beforeArticle(s, i);
        return k >= 0 && (s.tok(k).pos().equals("IN") || s.tok(k).pos().equals("TO"));
    }

    private static boolean mentionedSince(List<List<Mention>> all, int from, int to, Entity e) {
        for (int si = Math.max(0, from); si < to && si < all.size(); si++) {
            for (Mention m : all.get(si)) {
                if (m.entity() != null && m.entity().id().equals(e.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Heads that name a province: "the province" is the last province named, not the village named after it. */
    private static final Set<String> PROVINCE_HEADS = Set.of("province", "governorate");

    private static boolean isProvince(Entity place) {
        String name = place.canonicalName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(" governorate") || name.endsWith(" province");
    }

    /**
     * "the town", "the area", "here": the most recent place in this or the two sentences before; for "the province",
     * the most recent province, and none when no province is named there.
     */
    private Mention placeRef(Sentence s, int from, int to, List<Mention> ms, List<Mention> added,
                             List<List<Mention>> all, List<Sentence> sents) {
        Mention best = headed(s, from, to, ms, all, sents);
        if (lex.has("headed-place-descriptor", s.tok(to).lower()) && best == null) {
            return null; // "the crossing", "the dam": only a place the text named with that noun
        }
        if (best == null && PROVINCE_HEADS.contains(s.tok(to).lower())) {
            best = lastPlace(s, from, ms, added, all, sents, Coreference::isProvince);
            if (best == null) {
                return null; // "IS-held parts of the province" after "a Beirut-based researcher": no town is meant
            }
        }
        if (best == null && from < to && lex.has("small-place-descriptor", s.tok(to).lower())) {
            // "Tal Dahab lies north of Homs. The town is held by ...": a town or village is no province or city
            best = lastPlace(s, from, ms, added, all, sents,
                    p -> !isProvince(p) && !lex.has("city", p.canonicalName().toLowerCase(java.util.Locale.ROOT)));
        }
        if (best == null) {
            best = lastPlace(s, from, ms, added, all, sents, p -> true);
        }
        if (best == null) {
            return null;
        }
        return new Mention(s.index(), from, to, best.entity(), EntityKind.PLACE, s.words(from, to),
                Mention.Source.DESCRIPTOR);
    }

    /**
     * The most recent place before token {@code from} that {@code fits}, in this or the two sentences before, other
     * than a dateline's.
     */
    private static Mention lastPlace(Sentence s, int from, List<Mention> ms, List<Mention> added,
                                     List<List<Mention>> all, List<Sentence> sents,
                                     java.util.function.Predicate<Entity> fits) {
        Mention best = null;
        for (List<Mention> list : List.of(ms, added)) {
            for (Mention m : list) {
                if (m.last() < from && m.entity() != null && m.kind() == EntityKind.PLACE && !dateline(s, m)
                        && fits.test(m.entity()) && (best == null || m.last() > best.last())) {
                    best = m;
                }
            }
        }
        for (int si = s.index() - 1; best == null && si >= 0 && si >= s.index() - 2; si--) {
            List<Mention> prev = all.get(si);
            for (int k = prev.size() - 1; k >= 0 && best == null; k--) {
                Mention m = prev.get(k);
                if (m.entity() != null && m.kind() == EntityKind.PLACE && fits.test(m.entity())
                        && !dateline(sents.get(si), m)) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * The place of a report's dateline ("BEIRUT, May 3 (Reuters) - ..."): where the report was filed, not a place the
     * story is about; "the town" after it is another. A place opening its sentence with no verb before a dash set
     * apart by spaces.
     */
    static boolean dateline(Sentence s, Mention m) {
        if (m.first() > 1) {
            return false;
        }
        for (int k = m.last() + 1; k < s.size() && k <= m.last() + 15; k++) {
            if (s.tok(k).pos().startsWith("VB")) {
                return false;
            }
            if (EventFrames.datelineBetween(s, k - 1, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the town" after "the border town of Tal Abyad" (in this or the two sentences before): the place the text
     * introduced with the same head noun ("the town of P", "P town", "the Bab al-Hawa crossing"), rather than
     * whatever place was named last.
     */
    private static Mention headed(Sentence s, int from, int to, List<Mention> ms, List<List<Mention>> all,
                                  List<Sentence> sents) {
        String head = s.tok(to).lower();
        if (from == to) {
            return null; // "here", "it"
        }
        for (int si = s.index(); si >= 0 && si >= s.index() - 2; si--) {
            Sentence prev = sents.get(si);
            List<Mention> list = si == s.index() ? ms : all.get(si);
            for (int k = list.size() - 1; k >= 0; k--) {
                Mention m = list.get(k);
                if (m.entity() == null || m.kind() != EntityKind.PLACE || m.isReference()
                        || si == s.index() && m.last() >= from) {
                    continue;
                }
                int f = m.first();
                boolean headOf = f >= 2 && prev.tok(f - 1).lower().equals("of")
                        && prev.tok(f - 2).lower().equals(head)
                        || f >= 3 && prev.tok(f - 1).lower().equals("the") && prev.tok(f - 2).lower().equals("of")
                        && prev.tok(f - 3).lower().equals(head);
                boolean headAfter = m.last() + 1 < prev.size() && prev.tok(m.last() + 1).lower().equals(head);
                // "the Bab al-Hawa crossing ... the crossing": the noun inside the place's own name
                boolean headLast = m.last() > m.first() && prev.tok(m.last()).lower().equals(head);
                if (headOf || headAfter || headLast) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True inside a quotation (an odd number of quote marks before token i). */
    static boolean quoted(Sentence s, int i) {
        int q = 0;
        for (int k = 0; k < i; k++) {
            String w = s.tok(k).word();
            if (w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d")) {
                q++;
            }
        }
        return q % 2 == 1;
    }

    private static boolean headAt(Sentence s, int j, List<String[]> phrases) {
        for (String[] d : phrases) {
            if (matchWords(s, j, d) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int matchPhrase(Sentence s, int j, List<String[]> phrases) {
        for (String[] d : phrases) {
            int e = matchWords(s, j, d);
            if (e >= 0) {
                return e;
            }
        }
        return -1;
    }

    /** Matches key words from token j (a token may hold several: "self-proclaimed"); the last token or -1. */
    private static int matchWords(Sentence s, int j, String[] words) {
        int w = 0;
        int k = j;
        while (w < words.length) {
            if (k >= s.size()) {
                return -1;
            }
            Tok t = s.tok(k);
            String key = NameNormalizer.key(t.word());
            if (key.isEmpty()) {
                if (t.word().equals("-") || t.word().equals("\u2011") || t.word().equals("\u2010")) {
                    k++;
                    continue;
                }
                return -1;
            }
            String[] parts = key.split(" ");
            if (parts.length == 1) {
                String p = parts[0];
                if (!(p.equals(words[w]) || t.lemma().equals(words[w]) && !t.pos().endsWith("S"))) {
                    return -1;
                }
                w++;
            } else {
                for (String p : parts) {
                    if (w >= words.length || !p.equals(words[w])) {
                        return -1;
                    }
                    w++;
                }
            }
            k++;
        }
        return k - 1;
    }

    /** ", named X" / ", called X" / ", known as X" right after a description. */
    private static Mention namedAfter(Sentence s, int end, List<Mention> ms) {
        int k = end + 1;
        if (k < s.size() && s.tok(k).word().equals(",")) {
            k++;
        }
        if (k < s.size() && (s.tok(k).lower().equals("named") || s.tok(k).lower().equals("called")
                || s.tok(k).lower().equals("dubbed"))) {
            k++;
        } else if (k + 1 < s.size() && s.tok(k).lower().equals("known") && s.tok(k + 1).lower().equals("as")) {
            k += 2;
        } else {
            return null;
        }
        for (Mention m : ms) {
            if (m.first() == k && m.entity() != null && m.kind() != null && isGroup(m.kind())) {
                return m; // "the group named Hashem al-Sheikh as its leader" names a leader, not the group
            }
        }
        return null;
    }

    /** Whether the members of a body open at token k: "including", "such as", "among them" (past a comma). */
    private static boolean membersFollow(Sentence s, int k) {
        int n = s.size();
        if (k < n && s.tok(k).word().equals(",")) {
            k++;
        }
        if (k >= n) {
            return false;
        }
        String w = s.tok(k).lower();
        String next = k + 1 < n ? s.tok(k + 1).lower() : "";
        return w.equals("including") || w.equals("such") && next.equals("as")
                || w.equals("among") && next.equals("them");
    }

    private static Entity nextUmbrella(int sent, int after, List<List<Mention>> all, boolean room) {
        for (int si = sent; si < all.size() && si <= sent + 3; si++) {
            for (Mention m : all.get(si)) {
                // "a joint operations room ..." is completed by an operations room, not by a coalition named next
                if ((si > sent || m.first() > after) && m.entity() != null && m.kind() != null
                        && (room ? m.kind() == EntityKind.OPERATIONS_ROOM : m.kind().isUmbrella())
                        && !m.isReference()) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /**
     * "the army": the most recent army in this or the {@link #WINDOW} sentences before token {@code tok} (a state
     * force, or a group whose name says army / jaysh); null when there is none. For bare soldiers or troops
     * ({@code ground}) only a state force that is no air force: "Russian warplanes ... Troops advanced".
     */
    private Entity recentArmy(int sent, int tok, List<List<Mention>> all, boolean ground) {
        for (int si = sent; si >= 0 && si >= sent - WINDOW; si--) {
            List<Mention> ms = all.get(si);
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (si == sent && m.first() >= tok || m.entity() == null || m.kind() == null) {
                    continue;
                }
                // "Syrian government forces ... alongside the army": a state named by its forces
                boolean force = m.kind() == EntityKind.STATE_FORCE && !m.isReference()
                        || m.kind() == EntityKind.STATE && m.source() == Mention.Source.FORCE;
                if (force && !(ground && lex.has("air-word", m.text().substring(m.text().lastIndexOf(' ') + 1)
                        .toLowerCase(java.util.Locale.ROOT)))) {
                    return m.entity();
                }
                if (!ground && m.kind() == EntityKind.ARMED_GROUP && si < sent) {
                    // "Jaysh al-Islam ... The army said": a group named an army, though not in the sentence that
                    // names it ("Jaysh al-Izza and X overran the army's positions" is the state's army)
                    for (org.factiongraph.model.Name n : m.entity().names()) {
                        String key = " " + NameNormalizer.key(n.text()) + " ";
                        if (key.contains(" army ") || key.contains(" jaysh ") || key.contains(" jaish ")) {
                            return m.entity();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The most recent operations room named in this or the {@link #WINDOW} sentences before token {@code tok}. */
    private static Entity recentRoom(int sent, int tok, List<List<Mention>> all) {
        return recent(sent, tok, all, m -> m.kind() == EntityKind.OPERATIONS_ROOM && !m.isReference());
    }

    /** The most recent group of the class in earlier sentences that is not the page's subject. */
    private static Entity recentOther(int sent, int tok, List<List<Mention>> all, String cls, Entity subject) {
        return recent(sent, tok, all, m -> accepts(cls, m.kind())
                && (subject == null || !m.entity().id().equals(subject.id())));
    }

    /** The entity of the most recent mention {@code wanted} accepts, before token {@code tok} in the window. */
    private static Entity recent(int sent, int tok, List<List<Mention>> all,
                                 java.util.function.Predicate<Mention> wanted) {
        for (int si = sent; si >= 0 && si >= sent - WINDOW; si--) {
            List<Mention> ms = all.get(si);
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if ((si < sent || m.first() < tok) && m.entity() != null && wanted.test(m)) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /** How far the most salient group must outweigh a sentence's first group to stay the topic. */
    private static final int DOMINANT = 3;

    /**
     * The weight of each group whose kind {@code kinds} accepts, over the window of sentences ending before token
     * {@code tok} of sentence {@code sent}: a sentence's first such group (its subject, mostly, the centre of
     * attention) counts three times, any other mention once.
     */
    private static Map<String, Integer> weights(int sent, int tok, List<List<Mention>> all,
                                                java.util.function.Predicate<EntityKind> kinds) {
        Map<String, Integer> count = new HashMap<>();
        for (int si = Math.max(0, sent - WINDOW); si <= sent; si++) {
            boolean firstGroup = true;
            for (Mention m : all.get(si)) {
                if (si == sent && m.first() >= tok || m.entity() == null || m.kind() == null
                        || !kinds.test(m.kind())) {
                    continue;
                }
                count.merge(m.entity().id(), firstGroup ? 3 : 1, Integer::sum);
                firstGroup = false;
            }
        }
        return count;
    }

    /** True when sentence {@code sent} is the first to mention the entity: a group the text has just introduced. */
    private static boolean firstMention(Entity e, int sent, List<List<Mention>> all) {
        for (int si = 0; si < sent; si++) {
            for (Mention m : all.get(si)) {
                if (m.entity() != null && m.entity().id().equals(e.id())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The heaviest weighted group of that window other than {@code not} and {@code subject}; ties: the latest. */
    private static Entity heaviest(Map<String, Integer> weight, int sent, int tok, List<List<Mention>> all,
                                   Entity not, Entity subject) {
        return heaviest(weight, sent, tok, all, not, subject, Set.of());
    }

    /** As above, and none of the entities whose ids are {@code excluded}. */
    private static Entity heaviest(Map<String, Integer> weight, int sent, int tok, List<List<Mention>> all,
                                   Entity not, Entity subject, Set<String> excluded) {
        Entity best = null;
        for (int si = Math.max(0, sent - WINDOW); si <= sent; si++) {
            for (Mention m : all.get(si)) {
                if (si == sent && m.first() >= tok || m.entity() == null || !weight.containsKey(m.entity().id())
                        || not != null && m.entity().id().equals(not.id())
                        || subject != null && m.entity().id().equals(subject.id())
                        || excluded.contains(m.entity().id())) {
                    continue;
                }
                if (best == null || weight.get(m.entity().id()) >= weight.get(best.id())) {
                    best = m.entity();
                }
            }
        }
        return best;
    }

    /** Words that end the clause a description opens: a comma, a relative, a subordinator. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "which", "who", "that", "after",
            "before", "when", "while", "as", "because", "since", "until", "but", "and", "although", "though");

    /**
     * The one armed group the sentence before names ("Relations with Jabhat al-Nusra deteriorated. ... clashed with
     * the jihadist group"), other than the excluded; null when it names none or several.
     */
    private static Entity onlyGroupBefore(int sent, List<List<Mention>> all, Set<String> excluded) {
        if (sent == 0) {
            return null;
        }
        Entity only = null;
        for (Mention m : all.get(sent - 1)) {
            if (m.entity() == null || m.kind() != EntityKind.ARMED_GROUP || excluded.contains(m.entity().id())) {
                continue;
            }
            if (only != null && !only.id().equals(m.entity().id())) {
                return null;
            }
            only = m.entity();
        }
        return only;
    }

    /** The entities named (not referred to) in the clause that holds token {@code to}, before it. */
    private static Set<String> namedEarlierInClause(Sentence s, int to, List<Mention> ms) {
        return namedBetween(ms, clauseStart(s, to), to);
    }

    /** The first token of the clause that holds token {@code to}: past the nearest {@link #CLAUSE_ENDS} word. */
    private static int clauseStart(Sentence s, int to) {
        int from = to;
        while (from > 0 && !CLAUSE_ENDS.contains(s.tok(from - 1).lower())) {
            from--;
        }
        return from;
    }

    /** The entities referred to (by the references in {@code added}) in the clause before token {@code to}. */
    private static Set<String> referredEarlierInClause(Sentence s, int to, List<Mention> added) {
        return entitiesBetween(added, clauseStart(s, to), to, m -> true);
    }

    /** The entities named (not referred to) from token {@code from} to the end of its clause. */
    private static Set<String> namedInClause(Sentence s, int from, List<Mention> ms) {
        int end = from;
        while (end < s.size() && !CLAUSE_ENDS.contains(s.tok(end).lower())) {
            end++;
        }
        return namedBetween(ms, from, end);
    }

    /** The entities of the named (not referring) mentions that start in tokens {@code from} to {@code to - 1}. */
    private static Set<String> namedBetween(List<Mention> ms, int from, int to) {
        return entitiesBetween(ms, from, to, m -> !m.isReference());
    }

    /** The entities of the resolved mentions {@code ok} accepts that start in tokens {@code from} to {@code to - 1}. */
    private static Set<String> entitiesBetween(List<Mention> ms, int from, int to,
                                               java.util.function.Predicate<Mention> ok) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (m.first() >= from && m.first() < to && m.entity() != null && ok.test(m)) {
                out.add(m.entity().id());
            }
        }
        return out;
    }

    /**
     * The armed group mentioned most in the recent window (ties: most recent), other than {@code not}, the subject
     * and the entities whose ids are {@code excluded}.
     */
    private static Entity salient(int sent, int tok, List<List<Mention>> all, Entity not, Entity subject,
                                  Set<String> excluded) {
        return heaviest(weights(sent, tok, all, k -> k == EntityKind.ARMED_GROUP), sent, tok, all, not, subject,
                excluded);
    }
}
