package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.NameNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the names in a document: dictionary names, aliases, acronyms and short forms; the wiki page's title as
 * its subject; new groups by the morphology of group names; places by dictionary and place heads; state forces
 * ("Lebanese army"); acronyms and translations defined in parentheses; and unknown capitalised names that a rule
 * may read as a person or a place. Stateless apart from its immutable dictionary and lexicon; thread-safe.
 */
final class MentionFinder {
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?i)(al|a|ash|as|at|ad|ar|az|an|el|ad|adh|ath)[-\u2010\u2011][\\p{L}].*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9.&-]{1,9}");
    private static final int MAX_SPAN = 14;

    private final ActorDictionary dict;
    private final Lexicon lex;
    private final Map<String, String> groupPrefix;
    private final Map<String, String> groupSuffix;
    private final Map<String, String> ofHead;
    /** "the Russians", "the Iranians": a state's people in the plural, for its forces ({@code state-people}). */
    private final Map<String, String> statePeople;
    private final Map<String, String> demonyms;
    private final Map<String, String> capitals;
    /** Heads of state the dictionary holds as persons, lower-cased, to the state each stands for. */
    private final Map<String, String> headsOfState;
    private final Map<String, String> peopleForces;
    /** Lexicon phrases as their space-joined keys, longest first (see {@link #phraseEnd}). */
    private final List<String> forceHeads;
    private final List<String> placeSuffix;

    MentionFinder(ActorDictionary dict, Lexicon lex) {
        this.dict = dict;
        this.lex = lex;
        this.groupPrefix = lex.section("group-prefix");
        this.groupSuffix = lex.section("group-suffix");
        this.ofHead = lex.section("group-of-head");
        this.demonyms = lex.section("demonym");
        this.capitals = lex.section("capital");
        this.headsOfState = lex.section("head-of-state");
        this.peopleForces = lex.section("people-force");
        this.statePeople = lex.section("state-people");
        this.forceHeads = joined(lex.phrases("force-head"));
        this.placeSuffix = joined(lex.phrases("place-suffix"));
    }

    static String tokKey(Tok t) {
        if (t.lower().equals("the")) {
            return "the";
        }
        return NameNormalizer.key(t.word());
    }

    /** True at an article split from its name by the tokenizer: "al" "-" "Qaeda". */
    static boolean splitArticle(Sentence s, int i) {
        if (i + 2 >= s.size()) {
            return false;
        }
        Tok a = s.tok(i);
        Tok h = s.tok(i + 1);
        Tok n = s.tok(i + 2);
        return ARTICLE_WORDS.contains(a.lower()) && (h.word().equals("-") || h.word().equals("\u2010"))
                && a.end() == h.begin() && h.end() == n.begin() && n.capitalized();
    }

    /** The token that opens a name at {@code f}: its article, where the tokenizer split it off ("al" "-" "Bab"). */
    static int withSplitArticle(Sentence s, int f) {
        return f >= 2 && splitArticle(s, f - 2) ? f - 2 : f;
    }

    /** "al Qaeda", "el Sham": a lower-case Arabic article written apart before a capitalised word. */
    static boolean looseArticle(Sentence s, int i) {
        return i + 1 < s.size() && LOOSE_ARTICLES.contains(s.tok(i).lower()) && s.tok(i + 1).capitalized();
    }

    private static final java.util.Set<String> LOOSE_ARTICLES = java.util.Set.of("al", "el", "ash", "ad", "adh",
            "ath", "ar", "az", "ez");

    static final java.util.Set<String> ARTICLE_WORDS = java.util.Set.of("al", "a", "ash", "as", "at", "ad",
            "ar", "az", "an", "el", "adh", "ath", "ez", "es", "ed");

    boolean nameLike(Tok t) {
        if (t.word().isEmpty()) {
            return false;
        }
        return t.capitalized() || ARTICLE_PREFIXED.matcher(t.word()).matches() || ORDINAL.matcher(t.word()).matches();
    }

    /** An aircraft's model, one or more: "F-16", "F-16s", "F/A-18E", "Su-24", "MiG-23", "Mi-8", "Sukhoi". */
    private static final Pattern AIRCRAFT_MODEL = Pattern.compile(
            "(?:(?:[A-Z]|F/A|Su|MiG|Mi|Tu|Yak|L)-\\d{1,3}[A-Z]?|Sukhoi(?:-\\d{1,3})?)s?");
    /** "1st", "104th": an ordinal opens a unit's name ("1st Coastal Division", "104th Brigade"). */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    /** Article words that are also English words: inside a name only when a hyphen follows ("as-Sham"). */
    private static final java.util.Set<String> ENGLISH_ARTICLES = java.util.Set.of("as", "at", "an", "a");

    /** Plural nouns whose possessive is part of a name: "Women's Protection Forces", "Martyrs' Brigade". */
    private static final Set<String> NAME_POSSESSORS = Set.of("women", "people", "martyrs", "workers", "men",
            "peoples", "mothers", "youth");

    /** Military ranks that open a person's name: an "of" before one joins no name to the person. */
    private static final java.util.Set<String> RANKS = java.util.Set.of("colonel", "col.", "general", "gen.",
            "brigadier", "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "sergeant", "colonel-general");

    private boolean connector(Sentence s, int i) {
        Tok t = s.tok(i);
        if (RuleMatcher.isPossessive(t) && i > 0 && i + 1 < s.size() && s.tok(i - 1).end() == t.begin()
                && NAME_POSSESSORS.contains(s.tok(i - 1).lower()) && s.tok(i + 1).capitalized()) {
            return true; // "the Bethnahrain Women's Protection Forces"
        }
        if (ENGLISH_ARTICLES.contains(t.lower())) {
            return hyphenedOn(s, i);
        }
        if (lex.has("name-connector", t.lower())) {
            if (t.lower().equals("of") && i + 1 < s.size() && RANKS.contains(s.tok(i + 1).lower())) {
                return false; // "the Aleppo Military Council of Colonel Abdul Jabbar al-Okaidi": its commander
            }
            if (t.lower().equals("the")) {
                // "Army of the Mujahideen", "Iraq and the Levant"; not "In Afrin the al-Qaqaa Brigade reorganised"
                return i > 0 && lex.has("name-connector", s.tok(i - 1).lower()) && !s.tok(i - 1).lower().equals("the")
                        && Character.isLowerCase(s.tok(i - 1).word().charAt(0));
            }
            if (t.lower().equals("-") || t.lower().equals("'") || t.lower().equals("\u2019")) {
                return i > 0 && s.tok(i - 1).end() == t.begin();
            }
            return true;
        }
        return false;
    }

    /** The kind a name's morphology gives, or null when it does not look like a group name. */
    EntityKind morphology(List<String> keys) {
        if (keys.size() < 2) {
            return null;
        }
        String first = keys.get(0);
        if (keys.get(1).equals("of") && MEMBERS_OF.contains(first)) {
            return null; // "Fighters of al-Nusra Front": some of the group's people, no new group
        }
        String last = keys.get(keys.size() - 1);
        String lastTwo = keys.size() >= 2 ? keys.get(keys.size() - 2) + " " + last : last;
        if (groupSuffix.containsKey(lastTwo) && keys.size() >= 3) {
            return EntityKind.parse(groupSuffix.get(lastTwo));
        }
        if (groupPrefix.containsKey(first) && !first.equals(last)) {
            if (!groupPrefix.get(first).isEmpty()) {
                return EntityKind.parse(groupPrefix.get(first)); // "Hilf ...": an alliance by its first word
            }
            String k = groupSuffix.get(last);
            return k != null && k.equals("coalition") ? EntityKind.COALITION : EntityKind.ARMED_GROUP;
        }
        if (FORCES.contains(last) && keys.size() >= 3 && keys.contains("of") && !demonyms.containsKey(first)
                && !lex.has("not-name-start", first)) {
            return EntityKind.ARMED_GROUP; // "Youth of Sunna Forces", "Men of Dignity Guards": named forces
        }
        if (groupSuffix.containsKey(last)) {
            boolean distinctive = false;
            for (int i = 0; i < keys.size() - 1; i++) {
                String k = keys.get(i);
                if (!k.equals("al") && !k.equals("the") && !k.equals("of") && !k.equals("and")) {
                    distinctive = true;
                }
            }
            return distinctive ? EntityKind.parse(groupSuffix.get(last)) : null;
        }
        if (ofHead.containsKey(first) && keys.size() >= 3 && keys.get(1).equals("of")) {
            return EntityKind.parse(ofHead.get(first));
        }
        return null;
    }

    /** Plural heads that close a group's name only with an "of" phrase inside it ("Youth of Sunna Forces"). */
    private static final java.util.Set<String> FORCES = java.util.Set.of("forces", "guards", "units", "companies");

    private static final java.util.Set<String> MEMBERS_OF = java.util.Set.of("fighters", "members", "commanders",
            "militants", "supporters", "troops", "units", "leaders", "remnants", "defectors", "elements", "gunmen",
            "officials", "dozens", "hundreds", "thousands", "some", "most", "many", "rebels");

    static List<String> keyWords(String name) {
        String k = NameNormalizer.key(name);
        List<String> out = new ArrayList<>();
        for (String w : k.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The wiki page's subject: its title, as a dictionary entity or a new one of the kind its name suggests. */
    Entity titleSubject(Document doc, DocEntities ents) {
        String title = doc.title();
        if (title == null || title.isBlank()
                || !("wiki".equals(doc.format()) || !doc.fields().isEmpty() || encyclopedicLead(doc.text(), title))) {
            return null;
        }
        title = title.strip();
        Entity e = dict.byName(title);
        String bare = QUALIFIER.matcher(title).replaceFirst("");
        if (e == null && !bare.isEmpty() && !bare.equals(title)) {
            // "National Defence Forces (Syria)": the page names its subject with a qualifier no prose uses
            title = bare;
            e = dict.byName(title);
        }
        if (e == null) {
            List<String> keys = keyWords(title);
            EntityKind k = morphology(keys);
            if (k == null && !keys.isEmpty() && lex.has("facility-head", keys.get(keys.size() - 1))) {
                k = EntityKind.PLACE; // "Hanano Barracks": a page about a base, not a group
            }
            if (k == null && eventTitle(keys)) {
                // "Battle of al-Zarbah", "Tal Hamis offensive", "Kurdish takeover of Derik": an event, no actor
                return null;
            }
            e = ents.create(k == null ? EntityKind.ARMED_GROUP : k, title);
        } else {
            e = ents.register(e);
        }
        ents.setSubject(e);
        addShortForms(title, e, ents, true);
        return e;
    }

    /**
     * Whether a title names an event by its first or last word, or the word before its "of": "Battle of P", "Siege
     * of P", "Fall of P", "P offensive", "Kurdish takeover of P". Operations and campaigns are left out: their names
     * often stand for the force that carries them out.
     */
    private boolean eventTitle(List<String> keys) {
        List<String> heads = new ArrayList<>();
        if (!keys.isEmpty()) {
            heads.add(keys.get(0));
            heads.add(keys.get(keys.size() - 1));
            int of = keys.indexOf("of");
            if (of > 0) {
                heads.add(keys.get(of - 1)); // "Kurdish takeover of Derik": the noun before "of" heads the title
            }
        }
        for (String w : heads) {
            if ((lex.has("attack-noun", w) || lex.has("event-noun", w)) && !EVENT_NAMED_FORCE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Event words whose titles often name the force itself ("Operation Euphrates Shield"). */
    private static final Set<String> EVENT_NAMED_FORCE = Set.of("operation", "operations", "campaign", "campaigns",
            "jihad", "struggle", "insurgency", "control", "front");

    /** A wiki title's trailing disambiguation in parentheses: "(Syria)", "(1st)", "(Homs)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");

    private static final Pattern DEFINES = Pattern.compile("\\b(?:is|was|are|were)\\s+(?:a|an|the|one)\\b");

    /**
     * An encyclopedia article without a site line: a paragraph near the top opens with the title, which it then
     * defines ("Jabhat al-Akrad (Arabic: ...) is a predominantly Kurdish armed group ..."). Its title is its subject.
     */
    static boolean encyclopedicLead(String text, String title) {
        String t = title.strip();
        if (t.split("\\s+").length > 8) {
            return false;
        }
        int lines = 0;
        int from = 0;
        while (from < text.length() && lines < 40) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end).strip();
            if (line.length() > t.length() && line.startsWith(t)
                    && (line.charAt(t.length()) == ' ' || line.charAt(t.length()) == '(')) {
                String head = line.substring(t.length(), Math.min(line.length(), t.length() + 300));
                if (DEFINES.matcher(head).find()) {
                    return true;
                }
            }
            from = end + 1;
            lines++;
        }
        return false;
    }

    /**
     * Whether token {@code k} is a sentence's capitalised first word (past a speaker's label) that opens no name: a
     * [not-name-start] word, or by its tag an adverb, a conjunction or a preposition ("Soon", "Instead", "There",
     * "Near"): "Soon Liwa Marah fought ..." names Liwa Marah, not "Soon Liwa Marah".
     */
    static boolean openingFunctionWord(Sentence s, int k, Lexicon lex) {
        if (k != 0 && k != Interview.afterLabel(s)) {
            return false;
        }
        Tok t = s.tok(k);
        return lex.has("not-name-start", t.lower()) || t.posMatches("RB|RBR|RBS|EX|WRB|CC|IN");
    }

    /** Short forms of a name the document introduces: its distinctive words, alone and with the head noun. */
    void addShortForms(String name, Entity e, DocEntities ents, boolean isSubject) {
        List<String> keys = keyWords(name);
        List<String> distinct = new ArrayList<>();
        for (String k : keys) {
            if (!groupPrefix.containsKey(k) && !groupSuffix.containsKey(k) && !k.equals("al") && !k.equals("of")
                    && !k.equals("the") && !k.equals("and") && !demonyms.containsKey(k)) {
                distinct.add(k);
            }
        }
        if (distinct.isEmpty() || distinct.size() == keys.size()) {
            return;
        }
        int n = keys.size();
        if (n >= 4 && groupSuffix.containsKey(keys.get(n - 1)) && keys.subList(1, n - 2).contains("of")
                && distinct.size() >= 2) {
            // "the Martyrs of Badr" for the Martyrs of Badr Brigade: an "X of Y" name without its unit word
            ents.addLocalName(String.join(" ", keys.subList(0, n - 1)), e);
        }
        if (distinct.size() >= 2 && n >= 3 && groupPrefix.containsKey(keys.get(0))
                && !groupPrefix.containsKey(keys.get(1))) {
            // "Shuhada al-Yarmouk" for Liwa Shuhada al-Yarmouk: the name without its type word, articles kept
            ents.addLocalName(String.join(" ", keys.subList(1, n)), e);
        }
        if (distinct.size() >= 2 || isSubject) {
            ents.addLocalName(String.join(" ", distinct), e);
            String last = keys.get(keys.size() - 1);
            // a lone word stands for the group only when it is distinctive: never a generic word or an adjective
            // ("al-Jadid", "the new"), and for a discovered name only its first distinctive word
            if (distinctiveShort(distinct.get(0))) {
                ents.addLocalName(distinct.get(0), e);
                if (groupSuffix.containsKey(last)) {
                    ents.addLocalName(distinct.get(0) + " " + last, e);
                }
            }
            if (isSubject && !groupSuffix.containsKey(last) && distinct.size() >= 2
                    && distinctiveShort(distinct.get(distinct.size() - 1))) {
                ents.addLocalName(distinct.get(distinct.size() - 1), e);
            }
        }
    }

    /** Notes the type word a named group's name opens with ("Faylaq al-Rahman": "faylaq"). */
    private void noteTypeWord(Mention m, DocEntities ents) {
        if (m.length() < 2 || m.kind() == null || m.kind() != EntityKind.ARMED_GROUP && !m.kind().isUmbrella()
                || m.isReference()) {
            return;
        }
        String first = ActorDictionary.firstWord(NameNormalizer.key(m.text()));
        if (lex.has("type-word", first)) {
            ents.noteTypeWord(first, m.entity());
        }
    }

    /** A word that may stand alone for a group: long enough, not generic, no adjective, no known name. */
    private boolean distinctiveShort(String w) {
        return distinctiveWord(w) && dict.byKey(w) == null && dict.byShortKey(w) == null
                && !dict.startsName(w); // "Farouq" may be the known "Farouq Brigades": no short form for a new one
    }

    /** Long enough, not generic, no adjective of a people or a relation ("Syriac", "Islamiya"). */
    private boolean distinctiveWord(String w) {
        return w.length() >= 4 && !lex.has("not-short", w) && !lex.has("not-name-start", w)
                && !Regexes.matches(w, ".*(ian|ic|ish|ese|ean)") // "Syriac", "Assyrian", "Kurdish": peoples' adjectives
                && !w.endsWith("iyya") && !w.endsWith("iya") && !w.endsWith("iyah") && !w.endsWith("iyyah");
    }

    /**
     * "Harakat Hazm" -> "Hazm", "Farouq Brigades" -> "Farouq": a one-word short form beside an Arabic type word
     * or an English unit word, unless the word is generic.
     */
    void addPrefixShort(String name, Entity e, DocEntities ents) {
        List<String> keys = keyWords(name);
        if (keys.size() != 2) {
            return;
        }
        String w;
        if (groupPrefix.containsKey(keys.get(0))) {
            w = keys.get(1);
        } else if (groupSuffix.containsKey(keys.get(1)) && !groupPrefix.containsKey(keys.get(0))
                && !demonyms.containsKey(keys.get(0)) && !lex.has("people-adjective", keys.get(0))
                && distinctiveWord(keys.get(0))) { // "Arab" is no short form of an "Arab Army"
            w = keys.get(0);
        } else {
            return;
        }
        if (w.length() >= 4 && !lex.has("not-short", w) && dict.byName(w) == null && dict.byShortKey(w) == null) {
            ents.addLocalName(w, e);
        }
    }

    /** Pass 1: registers the new group names the document introduces (by morphology). */
    void discover(List<Sentence> sents, String text, DocEntities ents) {
        for (Sentence s : sents) {
            int n = s.size();
            int i = 0;
            while (i < n) {
                if (!(nameLike(s.tok(i)) || splitArticle(s, i)) || (lex.has("not-name-start", s.tok(i).lower())
                        || openingFunctionWord(s, i, lex)) && !splitArticle(s, i)) {
                    i++;
                    continue;
                }
                int j = i;
                int lastName = i;
                while (j + 1 < n && (nameLike(s.tok(j + 1)) || connector(s, j + 1))) {
                    j++;
                    if (nameLike(s.tok(j))) {
                        lastName = j;
                    }
                }
                int end = lastName;
                // a lower-case "operations room" after a name closes an operations room's name
                if (end + 2 < n && s.tok(end + 1).lower().startsWith("operation") && s.tok(end + 2).lower().equals("room")) {
                    String name = s.span(text, i, end);
                    if (dict.byName(name) == null && ents.byLocalKey(NameNormalizer.key(name)) == null
                            && keyWords(name).size() >= 2) {
                        Entity e = ents.create(EntityKind.OPERATIONS_ROOM, name);
                        addShortForms(name, e, ents, false);
                        // the whole "X operations room" is one mention, so a comma after it closes the name
                        ents.addLocalName(s.span(text, i, end + 2), e);
                    }
                } else {
                    tryNew(s, text, i, end, ents);
                }
                i = j + 1;
            }
        }
    }

    /**
     * "al-Tali'a al-Islamiya (the Islamic Vanguard)": the known group whose English name the parenthesis right after
     * token {@code end} gives, opened by "the" (as a translation is; a man's group in parentheses is not); or null.
     */
    private Entity translatedAs(Sentence s, String text, int end) {
        int open = end + 1;
        if (open + 2 >= s.size() || !(s.tok(open).word().equals("(") || s.tok(open).word().equals("-LRB-"))
                || !s.tok(open + 1).lower().equals("the")) {
            return null;
        }
        for (int k = open + 3; k < s.size() && k <= open + 9; k++) {
            String w = s.tok(k).word();
            if (w.equals(")") || w.equals("-RRB-")) {
                Entity e = dict.byKey(NameNormalizer.key(s.span(text, open + 2, k - 1)));
                return e != null && e.kind().isActor() && !e.kind().isState() ? e : null;
            }
            if (w.equals(",") || w.equals(";")) {
                return null;
            }
        }
        return null;
    }

    private void tryNew(Sentence s, String text, int i, int end, DocEntities ents) {
        // drop a trailing possessive
        while (end > i && (s.tok(end).lower().equals("'s") || s.tok(end).lower().equals("\u2019s"))) {
            end--;
        }
        if (end <= i) {
            return;
        }
        int open = i >= 1 && s.tok(i - 1).lower().equals("the") ? i - 2 : i - 1;
        if (open >= 1 && (s.tok(open).word().equals("(") || s.tok(open).word().equals("-LRB-"))
                && nameLike(s.tok(open - 1))) {
            return; // "Jabhat Ansar al-Din (the Front of the Supporters of the Religion)": the name's translation
        }
        String name = s.span(text, i, end);
        String key = NameNormalizer.key(name);
        if (dict.byKey(key) != null || dict.byLooseKey(key) != null || ents.byLocalKey(key) != null
                || dict.byShortKey(key) != null) {
            return; // a known name, or a known group's short form ("Jaish Khalid" is the Khalid ibn al-Walid Army)
        }
        Entity spelled = spelledOtherwise(s, text, i, ents);
        if (spelled != null) {
            ents.addLocalName(name, spelled); // "Fursan al-Jawlan (..., also written Fursan al-Joulan)"
            return;
        }
        // opened by an Arabic article, as an organisation's name may be and a man's full name is not ("Ahmad Othman
        // (the Sultan Murad Division)" names his group)
        boolean article = splitArticle(s, i) || s.tok(i).lowerMatches("(al|el|ad|ash|as|at|ar|az|an)-.+|al|el");
        Entity translated = article && keyWords(name).size() >= 2 ? translatedAs(s, text, end) : null;
        if (translated != null) {
            ents.addLocalName(name, translated); // "al-Tali'a al-Islamiya (the Islamic Vanguard)"
            return;
        }
        Entity headed = shortFormWithHead(s, text, i, end);
        if (headed != null) {
            ents.addLocalName(name, ents.register(headed)); // "the Zenki Movement": Zenki, with its name's head
            return;
        }
        if (MOVEMENT_WORDS.contains(s.tok(i).lower())) {
            Entity known = dict.byName(s.span(text, i + 1, end));
            if (known != null && known.kind() == EntityKind.ARMED_GROUP) {
                return; // "Harakat Ahrar al-Sham" is Ahrar al-Sham
            }
        }
        // "Officers of the Iranian Revolutionary Guard Corps": people of a known group, no new group; but "the
        // Unified Military Command of the Eastern Ghouta": a body named after its place
        EntityKind ofPlace = null;
        for (int k = i + 1; k < end; k++) {
            if (s.tok(k).lower().equals("of")) {
                int from = k + 1 < end && s.tok(k + 1).lower().equals("the") ? k + 2 : k + 1;
                Entity known = dict.byName(s.span(text, from, end));
                if (known != null && known.kind() == EntityKind.PLACE && ofPlace == null) {
                    String head = s.span(text, i, k - 1);
                    if (dict.byName(head) != null || ents.byLocalKey(NameNormalizer.key(head)) != null) {
                        return; // "Liwa al-Tawhid of Aleppo": a known group and its home, no new group
                    }
                    ofPlace = morphology(keyWords(head));
                }
                if (known != null && ofPlace == null) {
                    return;
                }
            }
        }
        // a known name inside the run (a dictionary group followed by a head) is left to matching
        List<String> keys = keyWords(name);
        EntityKind kind = ofPlace != null ? ofPlace : morphology(keys);
        if (kind == null) {
            EntityKind apposed = appositiveKind(s, end);
            apposed = apposed != null ? apposed : calledKind(s, i);
            apposed = apposed != null ? apposed : lowerCaseHead(s, i, end);
            if (apposed != null) {
                ents.create(apposed, name); // no short forms: none of its words is known to be a group's word
            }
            return;
        }
        if (demonyms.containsKey(s.tok(i).word()) && end - i <= 2) {
            return; // "Syrian Army": a state force, not a new group
        }
        EntityKind named = namedAs(s, i);
        Entity e = ents.create(named != null ? named : kind, name);
        addShortForms(name, e, ents, false);
        addPrefixShort(name, e, ents); // "Liwa Dhulfiqar" ... "Dhulfiqar took part"
    }

    /**
     * A known actor named by its short form and the last word of its full name ("the Zenki Movement" for the Nour
     * al-Din al-Zenki Movement), or null.
     */
    private Entity shortFormWithHead(Sentence s, String text, int i, int end) {
        if (end <= i) {
            return null;
        }
        String front = NameNormalizer.key(s.span(text, i, end - 1));
        Entity e = dict.byShortKey(front);
        if (e == null || !e.kind().isActor()) {
            return null;
        }
        String[] words = NameNormalizer.key(e.canonicalName()).split(" ");
        return words.length > 1 && words[words.length - 1].equals(NameNormalizer.key(s.tok(end).word())) ? e : null;
    }

    /** Lower-case heads that make the unknown name between "the" and them a group's: "the Ababil brigade". */
    private static final java.util.Set<String> LOWER_HEADS = java.util.Set.of("brigade", "brigades", "battalion",
            "battalions");

    /**
     * "the Ababil Houran brigade", "the Omari battalion": an unknown name between "the" and a lower-case brigade or
     * battalion is that unit's name, not a demonym's ("the Lebanese battalion"); else null.
     */
    private EntityKind lowerCaseHead(Sentence s, int i, int end) {
        for (int k = i; k <= end; k++) {
            if (s.tok(k).pos().startsWith("JJ")) {
                return null; // "the Homs Islamist brigade": a description, no name
            }
        }
        Entity first = dict.byName(s.tok(i).word());
        if (first != null && first.kind() == EntityKind.PLACE) {
            return null; // "the Houran brigade": the place's brigade
        }
        return i >= 1 && s.tok(i - 1).lower().equals("the") && end + 1 < s.size()
                && LOWER_HEADS.contains(s.tok(end + 1).word()) && !demonyms.containsKey(s.tok(i).word())
                && !lex.has("person-title", s.tok(i).lower())
                && !(end + 2 < s.size() && s.tok(end + 2).lower().equals("of"))
                ? EntityKind.ARMED_GROUP : null;
    }

    /**
     * The group whose other spelling starts at token {@code i}: "Fursan al-Jawlan (the Knights of the Golan, also
     * written Fursan al-Joulan)", a name after "written", "spelled" or "rendered" inside the parenthesis that follows
     * the group's name; else null.
     */
    private Entity spelledOtherwise(Sentence s, String text, int i, DocEntities ents) {
        if (i < 1 || !SPELLING_WORDS.contains(s.tok(i - 1).lower())) {
            return null;
        }
        int open = i - 2;
        while (open >= 0 && open >= i - 20 && !s.tok(open).word().equals("(") && !s.tok(open).word().equals(")")) {
            open--;
        }
        if (open < 1 || !s.tok(open).word().equals("(")) {
            return null;
        }
        int last = open - 1;
        int first = last;
        while (first - 1 >= 0 && (nameLike(s.tok(first - 1)) || connector(s, first - 1))) {
            first--;
        }
        if (!nameLike(s.tok(last))) {
            return null;
        }
        for (int f = first; f <= last; f++) { // the longest known name that ends before the parenthesis
            String before = s.span(text, f, last);
            Entity e = ents.byLocalKey(NameNormalizer.key(before));
            e = e != null ? e : dict.byName(before);
            if (e != null && e.kind().isActor()) {
                return ents.register(e);
            }
        }
        return null;
    }

    /**
     * The kind the words before a new name give it: "a new coalition called X", "an alliance known as X", "a joint
     * operations room dubbed X" (the text says what it is, whatever its name's morphology suggests); else null.
     */
    private static EntityKind namedAs(Sentence s, int i) {
        int k = i - 1;
        if (k >= 0 && s.tok(k).lower().equals("as")) {
            k--; // "known as", "which it named as"
        }
        if (k < 1 || !NAMING.contains(s.tok(k).lower())) {
            return null;
        }
        String head = s.tok(k - 1).lower();
        if (head.equals("room") || head.equals("rooms")) {
            return EntityKind.OPERATIONS_ROOM;
        }
        return UMBRELLA_NOUNS.contains(head) ? EntityKind.COALITION : null;
    }

    /** Head nouns of an apposition that calls the name before it a group: "X, a unit of the Fifth Corps". */
    private static final java.util.Set<String> APPOSITION_HEADS = java.util.Set.of("militia", "faction", "unit",
            "brigade", "battalion", "group", "force", "formation", "movement", "organisation", "organization",
            "outfit", "offshoot", "splinter", "affiliate", "subgroup", "contingent");

    /**
     * "the ISIS Hunters, a unit of the Fifth Corps", "Suqur al-Golan, another FSA brigade,": a name the words of
     * groups do not tell (token {@code end} its last) that an apposition calls a group or a coalition is one; null
     * when no such apposition follows. A head that is part of another noun ("a brigade commander", "the group's
     * emir"), behind a preposition ("a spokesman for the alliance"), before a verb ("..., the group fought") or
     * that gathers things ("a group of villages") calls the name nothing.
     */
    private static EntityKind appositiveKind(Sentence s, int end) {
        int k = end + 1;
        if (k + 2 >= s.size() || !s.tok(k).word().equals(",") || !s.tok(k + 1).lowerMatches("a|an|another|the")) {
            return null;
        }
        for (int h = k + 2; h < s.size() && h <= k + 6; h++) {
            Tok t = s.tok(h);
            String w = t.lower();
            boolean umbrella = UMBRELLA_NOUNS.contains(w);
            if (UNARMED_KINDS.contains(w)) {
                return null; // "a monitoring group based in Britain", "a human rights group": no armed body
            }
            if (APPOSITION_HEADS.contains(w) || umbrella) {
                Tok next = h + 1 < s.size() ? s.tok(h + 1) : null;
                if (next != null && (next.pos().startsWith("NN") || RuleMatcher.isPossessive(next)
                        || next.posMatches("VBD|VBZ|VBP|MD") // "..., the group fought": a clause, no apposition
                        || next.lower().equals("of") && h + 2 < s.size() && !s.tok(h + 2).capitalized()
                        && !s.tok(h + 2).lowerMatches("the|an?"))) {
                    return null;
                }
                return umbrella ? EntityKind.COALITION : EntityKind.ARMED_GROUP;
            }
            // "a spokesman for the alliance", "a field commander in the brigade": the head is another's
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))
                    || t.posMatches("IN|TO|DT|W.*|VBD|VBZ|VBP|MD")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The kind the words before a name the words of groups do not tell give it when they call a group so: "a shadowy
     * group calling itself the Popular Resistance", "an alliance that calls itself X", "a militia known as the Sea
     * Commandos", "a new faction called X", "militiamen known as Y"; null when no group noun heads them, or a
     * civilian one ("a rights group called X").
     */
    private static EntityKind calledKind(Sentence s, int i) {
        int k = i - 1;
        if (k >= 0 && s.tok(k).lowerMatches("the|``|\"|'|\u201c")) {
            k--;
        }
        if (k >= 1 && s.tok(k).lowerMatches("itself|themselves")
                && s.tok(k - 1).lowerMatches("calling|calls|called|styling|styles|styled|naming|names|named")) {
            k -= 2;
            if (k >= 0 && s.tok(k).lowerMatches("that|which|who")) {
                k--;
            }
        } else if (k >= 1 && s.tok(k).lower().equals("as") && s.tok(k - 1).lower().equals("known")) {
            k -= 2;
        } else if (k >= 0 && s.tok(k).lowerMatches("called|named|dubbed")) {
            k--;
        } else if (k >= 2 && s.tok(k).word().equals(",") && indefiniteBody(s, k - 1)) {
            k--; // "announced a joint operations room, Rad al-Tughat": the new body's name in apposition
        } else {
            return null;
        }
        if (k >= 0 && s.tok(k).word().equals(",")) {
            k--;
        }
        if (k < 0 || (k >= 1 && UNARMED_KINDS.contains(s.tok(k - 1).lower()))) {
            return null;
        }
        String head = s.tok(k).lower();
        if (head.equals("room") || head.equals("rooms")) {
            return EntityKind.OPERATIONS_ROOM;
        }
        if (UMBRELLA_NOUNS.contains(head)) {
            return EntityKind.COALITION;
        }
        return APPOSITION_HEADS.contains(head) || ARMED_PEOPLE.contains(head) ? EntityKind.ARMED_GROUP : null;
    }

    /**
     * Whether token {@code h} heads an indefinite operations room or coalition ("a joint operations room", "a new
     * coalition"): a name set after it with a comma names that new body.
     */
    private static boolean indefiniteBody(Sentence s, int h) {
        String head = s.tok(h).lower();
        if (!head.equals("room") && !UMBRELLA_NOUNS.contains(head)) {
            return false;
        }
        for (int k = h - 1; k >= 0 && k >= h - 4; k--) {
            String w = s.tok(k).lower();
            if (w.equals("a") || w.equals("an")) {
                return true;
            }
            if (!s.tok(k).posMatches("JJ.*|NNS?|VBN")) {
                return false;
            }
        }
        return false;
    }

    /** Plural heads whose name a group's is: "militias called X", "pro-government militiamen known as Y". */
    private static final java.util.Set<String> ARMED_PEOPLE = java.util.Set.of("militias", "groups", "militiamen",
            "fighters", "gunmen", "paramilitaries");

    private static final java.util.Set<String> NAMING = java.util.Set.of("called", "named", "dubbed", "known",
            "styled", "christened", "branded");
    /** Words that make the group an apposition names a civilian one: "a monitoring group", "a rights group". */
    private static final java.util.Set<String> UNARMED_KINDS = java.util.Set.of("monitoring", "monitor", "rights",
            "human", "aid", "relief", "humanitarian", "advocacy", "research", "media", "charity", "lobby", "civil",
            "activist", "activists", "medical");

    private static final java.util.Set<String> UMBRELLA_NOUNS = java.util.Set.of("coalition", "alliance", "umbrella",
            "grouping", "bloc", "coalitions", "alliances");

    /** Pass 2: the mentions of each sentence, left to right, longest first, non-overlapping. */
    List<List<Mention>> find(List<Sentence> sents, String text, DocEntities ents) {
        List<List<Mention>> out = new ArrayList<>(sents.size());
        for (Sentence s : sents) {
            out.add(findIn(s, text, ents));
        }
        return out;
    }

    /** Who a country's name may stand before in a headline: "Syria rebels", "Syria Kurds". */
    private static final java.util.Set<String> COUNTRY_PEOPLE = java.util.Set.of("rebels", "rebel", "insurgents",
            "opposition", "jihadists", "islamists", "kurds", "activists", "refugees", "militants");

    private List<Mention> findIn(Sentence s, String text, DocEntities ents) {
        int n = s.size();
        List<Mention> ms = new ArrayList<>();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = tokKey(s.tok(i));
        }
        int i = 0;
        while (i < n) {
            Tok t = s.tok(i);
            Mention m = ledCoalition(s, text, ents, i);
            if (m == null && demonyms.containsKey(t.word())) {
                m = force(s, text, ents, i);
            }
            if (m == null && t.capitalized()) {
                m = peopleForce(s, text, ents, i);
            }
            if (m == null && t.capitalized()) {
                m = madeBy(s, ents, i);
            }
            if (m == null) {
                m = statePeopleAt(s, ents, i);
            }
            Entity acr = m != null ? null : knownAcronym(ents, t.word());
            String acrText = t.word();
            int acrLast = i;
            if (acr == null && m == null && hyphenedAcronym(s, i)) {
                // "PFLP-GC", "CJTF-OIR": an acronym the tokenizer split at its hyphen
                acrText = s.span(text, i, i + 2);
                acrLast = i + 2;
                acr = knownAcronym(ents, acrText);
            }
            Mention longer = acr == null ? null : longerName(s, text, ents, keys[i], i, acrLast);
            if (longer != null) {
                acr = null; // "ISIS Hunters", "UN Disengagement Observer Force": the longer name is read below
            }
            if (acr != null) {
                acr = ents.register(ents.current(acr));
                m = new Mention(s.index(), i, acrLast, acr, acr.kind(), acrText, Mention.Source.ACRONYM);
            }
            if (m == null && (nameLike(t) || splitArticle(s, i) || looseArticle(s, i)) && !keys[i].isEmpty()) {
                String fw = ActorDictionary.firstWord(keys[i]);
                String fw2 = i + 1 < s.size() && s.tok(i + 1).begin() == t.end() && RuleMatcher.isPossessive(s.tok(i + 1))
                        ? ActorDictionary.firstWord(NameNormalizer.key(s.span(text, i, i + 1))) : fw;
                if (dict.startsName(fw) || ents.startsLocalName(fw) || dict.startsName(fw2)) {
                    m = longer != null ? longer : longestName(s, text, ents, i);
                }
                if (m != null && m.source() == Mention.Source.DICT && m.entity() != null
                        && (m.kind() == EntityKind.ARMED_GROUP || m.kind().isUmbrella())) {
                    Mention grown = grownByFi(s, text, ents, m);
                    m = grown != null ? grown : m;
                }
                if (m != null && m.source() == Mention.Source.DICT && m.entity() != null
                        && (m.kind() == EntityKind.ARMED_GROUP || m.kind().isUmbrella())) {
                    addShortForms(m.entity().canonicalName(), m.entity(), ents, false);
                    addPrefixShort(m.entity().canonicalName(), m.entity(), ents);
                    if (!NameNormalizer.same(m.text(), m.entity().canonicalName())) {
                        addShortForms(m.text(), m.entity(), ents, false); // the spelling the document uses
                    }
                }
            }
            if (m == null && !nameLike(t) && !keys[i].isEmpty()
                    && dict.startsLowerCaseName(ActorDictionary.firstWord(keys[i]))) {
                Mention low = longestName(s, text, ents, i);
                if (low != null && low.length() >= 2 && low.entity() != null
                        && ActorDictionary.namedInLowerCase(low.kind())) {
                    m = low;
                } else if (low != null && low.entity() != null && low.kind() == EntityKind.ARMED_GROUP
                        && dict.lowerCaseGroupName(NameNormalizer.key(low.text()))) {
                    m = low; // "militiamen known as shabiha": the dictionary's own lower-case spelling
                } else if (low != null && low.length() == 1 && low.entity() != null && low.kind() == EntityKind.STATE
                        && (i > 0 && s.tok(i - 1).lower().equals("the")
                        || i + 1 < n && s.tok(i + 1).pos().startsWith("NN") && !s.tok(i + 1).capitalized())
                        && !ents.recentGroupHeadedBy(t.word(), s.index()) && !hyphenedOn(s, i)) {
                    // "the regime", "regime positions": a state's one-word name in the dictionary; but "the army"
                    // is the Army of Islam once the text has named that group, and "the government-backed
                    // militia" names the militia
                    m = low;
                }
            }
            if (m == null && t.capitalized() && lex.has("type-word", keys[i])
                    && !(i + 1 < n && (nameLike(s.tok(i + 1)) || splitArticle(s, i + 1) || connector(s, i + 1)))) {
                // "the Nusra Front sided with Faylaq": the document's one group the type word opens
                Entity e = ents.byTypeWord(keys[i]);
                m = e == null ? null : new Mention(s.index(), i, i, e, e.kind(), t.word(), Mention.Source.SHORT);
            }
            if (m == null && nameLike(t) && !lex.has("not-name-start", t.lower()) && !openingFunctionWord(s, i, lex)
                    && !peopleBeforeName(s, ents, keys, i)) {
                m = unknownName(s, text, ents, i);
                m = m == null ? null : describedPlace(s, text, ents, m);
                m = m == null || m.source() != Mention.Source.NAME ? m : toponym(s, ents, m);
                m = m == null || m.source() != Mention.Source.NAME ? m : placedName(s, text, ents, m);
            }
            if (m != null && m.kind() == EntityKind.STATE && m.length() == 1 && m.last() + 1 < n
                    && COUNTRY_PEOPLE.contains(s.tok(m.last() + 1).lower())) {
                i = m.last() + 1; // "Syria rebels seize Ariha": the country names whose rebels, it does not act
                continue;
            }
            if (m != null && m.kind() != EntityKind.PLACE && proOrAnti(s, m.first())
                    && !(m.source() == Mention.Source.FORCE && demonyms.containsKey(t.word()))) {
                i = m.last() + 1; // "pro-Turkish rebels", "anti-IS rebels": vague actors, not the one named
                continue;
            }
            if (m != null) {
                if (m.kind() == EntityKind.PLACE || m.source() == Mention.Source.NAME) {
                    m = extendPlace(s, text, ents, m);
                }
                if (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.PERSON) {
                    m = capitalAsState(s, ents, m);
                }
                if (m.kind() == EntityKind.STATE && m.entity() != null) {
                    m = ministryOf(s, text, m);
                }
                ms.add(m);
                if (m.entity() != null) {
                    ents.named(m.entity(), s.index());
                    noteTypeWord(m, ents);
                }
                i = m.last() + 1;
                i = parenthetical(s, text, ents, m, i);
            } else {
                i++;
            }
        }
        listedPlaces(s, text, ents, ms);
        return withCompass(s, text, sharedHeads(s, text, ents, ms));
    }

    /**
     * "Russia's defence ministry said its aircraft had struck ...", "Moscow's Defense Ministry": the ministry that
     * speaks for a state's forces ({@code force-head}, as after a demonym: "the Russian defence ministry") is the state,
     * so the pronouns after it are the state's; m itself when no such ministry follows its possessive.
     */
    private Mention ministryOf(Sentence s, String text, Mention m) {
        int k = m.last() + 1;
        if (k + 1 >= s.size() || !RuleMatcher.isPossessive(s.tok(k))) {
            return m;
        }
        for (String head : forceHeads) {
            int last = head.contains("ministry") ? phraseEnd(s, k + 1, head) : -1;
            if (last >= 0) {
                return new Mention(s.index(), m.first(), last, m.entity(), m.kind(), s.span(text, m.first(), last),
                        Mention.Source.FORCE);
            }
        }
        return m;
    }

    /** "west", "western", "north-western": a compass word of the lexicon, as noun or as adjective. */
    private boolean compassWord(String w) {
        String k = w.toLowerCase(Locale.ROOT).replace("-", "");
        return lex.has("compass", k) || k.endsWith("ern") && lex.has("compass", k.substring(0, k.length() - 3));
    }

    /**
     * "in western Aleppo", "the north-western Hama countryside": a known place's mention keeps the compass word
     * before it, so the claim names the part of the place the text means. Only the mention's text grows: its tokens,
     * and so what rules read, stay the same; a name the dictionary lacks is left alone, since its text names it.
     */
    private List<Mention> withCompass(Sentence s, String text, List<Mention> ms) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            int f = m.first();
            if (m.kind() != EntityKind.PLACE || m.entity() == null || f == 0
                    || !compassWord(s.tok(f - 1).word())) {
                continue;
            }
            int from = f - 1;
            if (from >= 2 && s.tok(from - 1).word().equals("-") && s.tok(from - 1).begin() == s.tok(from - 2).end()
                    && s.tok(from).begin() == s.tok(from - 1).end()
                    && compassWord(s.tok(from - 2).word() + s.tok(from).word())) {
                from -= 2; // "north-western", split at its hyphen
            }
            ms.set(k, new Mention(m.sent(), f, m.last(), m.entity(), m.kind(),
                    s.span(text, from, f - 1) + " " + m.text(), m.source()));
        }
        return ms;
    }

    /**
     * "overran Saham al-Jawlan, Tasil, Adwan and Jillin", "near Yalda and Babbila": a name the dictionary lacks that
     * stands in one list with a place is a place too, when the list itself follows a word that takes places (a
     * preposition of place, a verb of capture, "the villages of"). The list is walked both ways until nothing changes,
     * so "Adwan" makes "Jillin" a place in turn. Only plain names (every word a proper noun, no title, no people's
     * adjective) that end where they stand ("Tal" before "al-Harra" is part of a longer name).
     */
    private void listedPlaces(Sentence s, String text, DocEntities ents, List<Mention> ms) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int x = 0; x < ms.size(); x++) {
                Mention m = ms.get(x);
                if (m.source() != Mention.Source.NAME || m.entity() != null || !plainName(s, m)
                        || nameGoesOn(s, m.last() + 1)) {
                    continue;
                }
                int first = x;
                while (first > 0 && listMates(s, ms.get(first - 1), ms.get(first))) {
                    first--;
                }
                if (!takesPlaces(s, ms.get(first).first())) {
                    continue;
                }
                Mention before = x > 0 && listMates(s, ms.get(x - 1), m) ? ms.get(x - 1) : null;
                Mention after = x + 1 < ms.size() && listMates(s, m, ms.get(x + 1)) ? ms.get(x + 1) : null;
                boolean placeBefore = before != null && before.kind() == EntityKind.PLACE;
                boolean placeAfter = after != null && after.kind() == EntityKind.PLACE;
                if (placeBefore || placeAfter) {
                    // a place the text itself tells ("in Hajin, Zubaydiya and Susah") tells its mates as surely; one
                    // that only the preposition made ("in Tasil and Adwan") no more than that preposition does
                    boolean told = placeBefore && before.source() != Mention.Source.PLACED
                            || placeAfter && after.source() != Mention.Source.PLACED;
                    ms.set(x, placeFrom(s, text, ents, m, withSplitArticle(s, m.first()),
                            told ? Mention.Source.DESCRIBED : Mention.Source.PLACED));
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether a name may be a place's: every word a proper noun (the tagger's interjection "Umm" may open one, as in
     * unknownName; a word with an Arabic article is one however tagged), and no person's title, people's adjective or
     * word that names no place ({@code not-place-name}) opening it.
     */
    private boolean plainName(Sentence s, Mention m) {
        int f = m.first();
        if (lex.has("person-title", s.tok(f).lower()) || demonyms.containsKey(s.tok(f).word())
                || lex.has("not-place-name", s.tok(f).lower())) {
            return false;
        }
        for (int k = f; k <= m.last(); k++) {
            if (!s.tok(k).pos().startsWith("NNP") && nameLike(s.tok(k))
                    && !(s.tok(k).pos().equals("UH") && k < m.last()) // "Umm Hosh"
                    && !ARTICLE_PREFIXED.matcher(s.tok(k).word()).matches()) { // "al-Shafa", whatever its tag
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word at {@code k} carries on the name before it in lower case: "al-Harra" after "Tal", "des
     * Chevaliers" after "Krak".
     */
    private static boolean nameGoesOn(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        String w = s.tok(k).word();
        String pos = s.tok(k).pos();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("FW") || w.contains("-"));
    }

    /**
     * Whether the word before token {@code f} (past a "the") takes a place, as {@link #placeWord} tells, "of" after a
     * settlement noun included ("the villages of").
     */
    private boolean takesPlaces(Sentence s, int f) {
        int k = withSplitArticle(s, f) - 1;
        if (k >= 0 && s.tok(k).lower().equals("the")) {
            k--;
        }
        return k >= 0 && placeWord(s, k, true);
    }

    /**
     * Whether token {@code k} is a word after which a name the dictionary lacks is a place: a preposition of place
     * ({@code name-locative}: "in", "near"), a verb of capture ({@code place-taking-verb}), or "of" after a compass
     * word or an event that only a place undergoes ("north of", "took full control of", "the siege of") and, with
     * {@code settlementOf}, after a settlement noun ("the villages of").
     */
    private boolean placeWord(Sentence s, int k, boolean settlementOf) {
        Tok before = s.tok(k);
        String head = k >= 1 ? s.tok(k - 1).lower() : "";
        return lex.has("name-locative", before.lower())
                || before.pos().startsWith("VB") && lex.has("place-taking-verb", before)
                || before.lower().equals("of") && k >= 1 && (lex.has("compass", head) || PLACE_EVENT_OF.contains(head)
                || settlementOf && PLACE_HEADS.contains(head));
    }

    /**
     * Whether {@code a} and {@code b} are neighbouring items of one list: "A and B", "A or B", "A, and B" (unless a
     * clause's verb follows B: "..., and Jaber said"), or "A, B" when the list goes on past B or began before A ("A,
     * B and C").
     */
    private static boolean listMates(Sentence s, Mention a, Mention b) {
        int n = s.size();
        int k = a.last() + 1;
        int bFirst = withSplitArticle(s, b.first()); // "Hajin, al-Zubaydiya": the article split off opens the item
        boolean comma = k < bFirst && s.tok(k).word().equals(",");
        if (comma) {
            k++;
        }
        boolean and = k < bFirst && s.tok(k).lowerMatches("and|or");
        if (and) {
            k++;
        }
        if (k != bFirst || !comma && !and) {
            return false;
        }
        int after = b.last() + 1;
        if (and) {
            return !comma || after >= n || !RuleMatcher.finite(s.tok(after));
        }
        // "its spokesman in Afrin, Nuri Mahmoud, said": the comma that closes an apposition goes on no list
        boolean goesOn = after < n && (s.tok(after).word().equals(",") && !(after + 1 < n
                && RuleMatcher.finite(s.tok(after + 1))) || s.tok(after).lowerMatches("and|or"));
        int aFirst = withSplitArticle(s, a.first());
        boolean began = aFirst > 0 && s.tok(aFirst - 1).word().equals(",");
        return goesOn || began;
    }

    /**
     * "Damascus called the raid deliberate", "a militia loyal to Damascus", "fighting on Damascus's side": a capital
     * ({@code capital} in the lexicon) that acts, or that one is loyal to, backs, is backed by or in a deal with, is
     * its state's government, not a place, and so is one fought alongside; "fighting in Damascus", "Damascus's suburbs"
     * stay places. A head of state ({@code head-of-state}) stands for his state in the same ways except by acting: "in
     * support of President Bashar al-Assad", "militiamen loyal to Assad", "fights for Assad", "has backed Assad",
     * "Assad is backed by Iran" and, the man alone, "fighting Assad"; "Assad said" is the man.
     */
    private Mention capitalAsState(Sentence s, DocEntities ents, Mention m) {
        boolean person = m.kind() == EntityKind.PERSON;
        String state = person ? (m.entity() == null ? null
                : headsOfState.get(m.entity().canonicalName().toLowerCase(Locale.ROOT)))
                : capitals.get(m.text().toLowerCase(Locale.ROOT));
        if (state == null || !person && m.first() != m.last()) {
            return m;
        }
        int i = m.first();
        int j = m.last();
        Tok before = i >= 1 ? s.tok(i - 1) : null;
        String prev = before == null ? "" : before.lower();
        Tok prev2 = i >= 2 ? s.tok(i - 2) : null;
        Tok next = j + 1 < s.size() ? s.tok(j + 1) : null;
        // "in Damascus", "an operations centre in Amman backed by": after a preposition, the place
        boolean afterPreposition = before != null && (before.pos().equals("IN") || before.pos().equals("TO"));
        boolean acts = !person && next != null && !lex.has("capital-not-acting", next.lower())
                && (next.pos().equals("VBD") || next.pos().equals("VBZ") || next.pos().equals("VBP")
                || next.pos().equals("MD")) && !afterPreposition;
        boolean side = next != null && RuleMatcher.isPossessive(next) && j + 2 < s.size()
                && (lex.has("capital-of-state", s.tok(j + 2).lower()) || roleAfterAdjectives(s, j + 2))
                || partnered(s, j);
        boolean bound = prev2 != null && (prev.equals("to") && lex.has("capital-bound-to", prev2)
                || prev.equals("by") && lex.has("support-verb", prev2)
                || prev.equals("with") && lex.has("capital-deal-with", prev2)
                || prev.equals("of") && lex.has("capital-party-of", prev2)
                || prev.equals("alongside") && prev2.lemmaMatches("fight|battle") // "fought alongside Damascus"
                || prev.equals("for") && (prev2.lemmaMatches("fight|battle|die") // "a militia that fights for Assad"
                        || lex.has("capital-bound-to", prev2))) // "their backing for Assad"
                || before != null && before.pos().startsWith("VB") && (lex.has("support-verb", before)
                        || person && before.lemmaMatches("fight|battle")); // "backed Assad", "fighting Assad"
        boolean backed = backedBy(s, j) && (person || !afterPreposition);
        Entity e = acts || side || bound || backed || !person && roleAfterCopula(s, j) ? dict.byName(state) : null;
        if (e == null) {
            return m;
        }
        e = ents.register(e);
        return new Mention(m.sent(), i, j, e, e.kind(), m.text(), Mention.Source.DICT);
    }

    /** One or two adjectives from {@code k}, then a role a capital's state plays: "main ally", "main regional ally". */
    private boolean roleAfterAdjectives(Sentence s, int k) {
        int r = k;
        while (r < s.size() && r < k + 2 && s.tok(r).pos().startsWith("JJ")) {
            r++;
        }
        return r > k && r < s.size() && lex.has("capital-role", s.tok(r).lower());
    }

    /**
     * "Assad is backed by Iran", "Damascus, long supported by Moscow,": the one before token {@code i + 1} is the
     * subject of a passive verb of backing whose "by" names the backer.
     */
    private boolean backedBy(Sentence s, int i) {
        int k = i + 1;
        if (k < s.size() && s.tok(k).word().equals(",")) {
            k++;
        }
        while (k < s.size() && k <= i + 5 && (s.tok(k).lowerMatches("is|was|are|were|has|have|had|been|remains")
                || s.tok(k).pos().startsWith("RB"))) {
            k++;
        }
        return k + 1 < s.size() && s.tok(k).pos().equals("VBN") && lex.has("support-verb", s.tok(k))
                && s.tok(k + 1).lower().equals("by");
    }

    /** "Damascus and its ally Moscow", "Damascus and its Russian backers": a capital that has allies is a state. */
    private boolean partnered(Sentence s, int i) {
        if (i + 3 >= s.size() || !s.tok(i + 1).lower().equals("and") || !s.tok(i + 2).lowerMatches("its|their")) {
            return false;
        }
        int k = s.tok(i + 3).pos().startsWith("JJ") && i + 4 < s.size() ? i + 4 : i + 3;
        String w = s.tok(k).lower();
        return lex.has("capital-role", w) || w.equals("allies") || w.equals("backers") || w.equals("partners");
    }

    /** "Amman is a key supporter of", "Tehran remains its main ally": a copula gives the capital a state's role. */
    private boolean roleAfterCopula(Sentence s, int i) {
        if (i + 2 >= s.size() || !s.tok(i + 1).lowerMatches("is|was|remains|remained|became")) {
            return false;
        }
        for (int k = i + 2; k < s.size() && k <= i + 5; k++) {
            if (lex.has("capital-role", s.tok(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Assyrian Khabour Guards": a people's or a faith's adjective opens no unknown name when a known name or
     * acronym follows it (a known name that begins with one was matched whole before this is asked).
     */
    private boolean peopleBeforeName(Sentence s, DocEntities ents, String[] keys, int i) {
        if (!lex.has("people-adjective", s.tok(i).lower()) || i + 1 >= s.size() || keys[i + 1].isEmpty()) {
            return false;
        }
        String next = s.tok(i + 1).word();
        String fw = ActorDictionary.firstWord(keys[i + 1]);
        return dict.startsName(fw) || ents.startsLocalName(fw) || knownAcronym(ents, next) != null;
    }

    /** Token i is the first part of a word the tokenizer split at its hyphen: "government" in "government-backed". */
    private static boolean hyphenedOn(Sentence s, int i) {
        return i + 1 < s.size() && s.tok(i + 1).word().equals("-") && s.tok(i).end() == s.tok(i + 1).begin();
    }

    /** Tokens i to i + 2 are two capitalised words joined by a hyphen with no space: "PFLP - GC" from "PFLP-GC". */
    private static boolean hyphenedAcronym(Sentence s, int i) {
        return i + 2 < s.size() && hyphenedOn(s, i)
                && s.tok(i + 1).end() == s.tok(i + 2).begin() && ACRONYM.matcher(s.tok(i).word()).matches()
                && ACRONYM.matcher(s.tok(i + 2).word()).matches();
    }

    /**
     * The dictionary name that opens with the acronym at token i (whose matching key is {@code key}) and runs on past
     * it into the capitalised words after it ({@code acrLast} is the acronym's last token), or null.
     */
    private Mention longerName(Sentence s, String text, DocEntities ents, String key, int i, int acrLast) {
        if (acrLast + 1 >= s.size() || !nameLike(s.tok(acrLast + 1))
                || !dict.startsName(ActorDictionary.firstWord(key))) {
            return null;
        }
        Mention longer = longestName(s, text, ents, i);
        return longer != null && longer.entity() != null && longer.last() > acrLast ? longer : null;
    }

    /** The actor an acronym-shaped word stands for: one the document defined, else one the dictionary knows. */
    private Entity knownAcronym(DocEntities ents, String w) {
        if (!ACRONYM.matcher(w).matches()) {
            return null;
        }
        Entity local = ents.byLocalAcronym(w);
        return local != null ? local : dict.byAcronym(w);
    }

    /**
     * "the 1st and 2nd Coastal Divisions", "the Hamza and Suleiman Shah divisions": the name before "and" shares the
     * plural head (and the words before it) of the known name after it, when together they make a known name; so
     * does a people's adjective before a state's forces ("Russian and Iranian allies") or before a group's
     * ("Turkish and SNA forces").
     */
    private List<Mention> sharedHeads(Sentence s, String text, DocEntities ents, List<Mention> ms) {
        List<Mention> added = new ArrayList<>();
        List<Mention> replaced = new ArrayList<>();
        for (Mention m : ms) {
            int and = m.first() - 1;
            if ((m.source() == Mention.Source.FORCE || forcesOf(s, m)) && and >= 1 && s.tok(and).lower().equals("and")
                    && stateDemonym(s.tok(and - 1).word()) && ms.stream().noneMatch(x -> x.last() == and - 1)) {
                // "their Russian and Iranian allies": the first people's adjective shares the head
                Entity state = ents.register(demonymState(s.tok(and - 1).word()));
                added.add(new Mention(s.index(), and - 1, and - 1, state, state.kind(), s.tok(and - 1).word(),
                        Mention.Source.FORCE));
                continue;
            }
            String head = s.tok(m.last()).lower();
            if (m.source() != Mention.Source.DICT || m.entity() == null || !Coreference.isGroup(m.kind()) || and < 1
                    || !s.tok(and).lower().equals("and") || !head.endsWith("s")
                    || !groupSuffix.containsKey(NameNormalizer.key(head))) {
                continue;
            }
            for (int len = 1; len <= 3 && and - len >= 0; len++) {
                int k = and - len;
                final int from = k;
                // an unknown name over the words ("1st") gives way; a known one ends the search
                List<Mention> over = ms.stream().filter(x -> x.last() >= from && x.first() < and).toList();
                if (over.stream().anyMatch(x -> x.source() != Mention.Source.NAME || x.first() < from)
                        || !(s.tok(k).capitalized() || ORDINAL.matcher(s.tok(k).word()).matches())) {
                    break;
                }
                Entity e = null;
                for (int tail = m.last(); tail > m.first() && e == null; tail--) {
                    e = dict.byName(s.span(text, k, and - 1) + " " + s.span(text, tail, m.last()));
                }
                if (e != null && Coreference.isGroup(e.kind())) {
                    e = ents.register(ents.current(e));
                    added.add(new Mention(s.index(), k, and - 1, e, e.kind(), s.span(text, k, and - 1),
                            Mention.Source.DICT));
                    replaced.addAll(over);
                    break;
                }
            }
        }
        if (added.isEmpty()) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms);
        out.removeAll(replaced);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(Mention::first));
        return out;
    }

    /**
     * "SNA forces", "Hezbollah positions": a known actor's name right before a fighting noun or a noun of what it holds
     * ({@code partitive-noun}).
     */
    private boolean forcesOf(Sentence s, Mention m) {
        if (m.entity() == null || m.kind() == EntityKind.PLACE || m.last() + 1 >= s.size()
                || m.source() != Mention.Source.DICT && m.source() != Mention.Source.ACRONYM) {
            return false;
        }
        String head = s.tok(m.last() + 1).lower();
        return lex.has("people-force-head", head) || lex.has("partitive-noun", head);
    }

    /** Heads of a part of a city, which goes by the name before them: "the Haydariya district of Aleppo". */
    private static final Set<String> QUARTER_HEADS = Set.of("district", "neighbourhood", "neighborhood", "quarter",
            "suburb");

    /** "Christian", "Kurdish-majority": a word of a people or faith that describes a place rather than names it. */
    private boolean describesPeople(Mention m) {
        String w = m.text().toLowerCase(Locale.ROOT).split("[-\\s]")[0];
        return lex.has("people-adjective", w) || lex.has("ideology-adjective", w) || demonyms.containsKey(m.text());
    }

    /** A person's name without the ranks and titles before it: "Lt. Col. Jamil Raadoun" is "Jamil Raadoun". */
    String withoutTitles(String name) {
        String[] w = name.strip().split("\\s+");
        int k = 0;
        while (k + 2 < w.length && lex.has("person-title", w[k].toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k == 0 ? name.strip() : String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
    }

    /** The name at token {@code f} is the second half of "pro-X", "anti-X" or "non-X". */
    private static boolean proOrAnti(Sentence s, int f) {
        String w = s.tok(f).lower();
        if (w.startsWith("pro-") || w.startsWith("anti-") || w.startsWith("non-")) {
            return true;
        }
        return f >= 2 && (s.tok(f - 1).word().equals("-") || s.tok(f - 1).word().equals("\u2010"))
                && s.tok(f - 1).end() == s.tok(f).begin() && s.tok(f - 2).end() == s.tok(f - 1).begin()
                && s.tok(f - 2).lowerMatches("pro|anti|non");
    }

    private static final Pattern LED = Pattern.compile("\\G(\\p{Lu}[\\p{L}.]*)[-\u2010\u2011]led\\s+(coalition|alliance)\\b");

    /** A people's adjective that names a state ("Saudi", "Russian"), not one that names no state ("Kurdish"). */
    private boolean stateDemonym(String w) {
        return demonymState(w) != null;
    }

    /** The state a people's adjective names ("Saudi", "Russian"); null for one that names no state ("Kurdish"). */
    private Entity demonymState(String w) {
        String state = demonyms.get(w);
        Entity e = state == null ? null : dict.byName(state);
        return e != null && e.kind() == EntityKind.STATE ? e : null;
    }

    /** "the US-led coalition": a coalition named after its leader, as the text writes it. */
    private Mention ledCoalition(Sentence s, String text, DocEntities ents, int i) {
        java.util.regex.Matcher m = LED.matcher(text);
        m.region(s.tok(i).begin(), s.end());
        if (!m.lookingAt() || i > 0 && s.tok(i - 1).lowerMatches("a|an")
                || !ACRONYM.matcher(m.group(1)).matches() && !stateDemonym(m.group(1))) {
            return null; // "a Kurdish-led alliance": a description, no coalition's name
        }
        int endChar = m.end();
        int last = i;
        while (last + 1 < s.size() && s.tok(last + 1).end() <= endChar) {
            last++;
        }
        String span = text.substring(s.tok(i).begin(), s.tok(last).end());
        Entity e = dict.byName(span);
        e = e != null ? ents.register(e) : ents.create(EntityKind.COALITION, span);
        return new Mention(s.index(), i, last, e, e.kind(), span, Mention.Source.NEW);
    }

    /**
     * A single given name before a person's family name at {@code first}: a capitalised name word that is no title and
     * opens no sentence by itself, with no name word before it ("Hilal al-Assad", not "President al-Assad", "The
     * al-Assad family" or "Abu Mohammed al-Julani", a spelling of the known man's name the dictionary lacks).
     */
    private boolean givenNameBefore(Sentence s, int first) {
        if (first < 1) {
            return false;
        }
        Tok t = s.tok(first - 1);
        String w = t.lower(); // "the" is a [not-name-start] word
        boolean given = t.capitalized() && !lex.has("person-title", w) && !lex.has("not-name-start", w);
        return given && (first < 2 || !nameLike(s.tok(first - 2)));
    }

    private Mention longestName(Sentence s, String text, DocEntities ents, int i) {
        int n = s.size();
        int maxEnd = Math.min(n - 1, i + MAX_SPAN - 1);
        for (int j = maxEnd; j >= i; j--) {
            Tok last = s.tok(j);
            if (!nameLike(last) && !Character.isLetterOrDigit(last.word().isEmpty() ? ' ' : last.word().charAt(0))) {
                continue;
            }
            String span = s.span(text, i, j);
            String key = NameNormalizer.key(span);
            if (key.isEmpty()) {
                continue;
            }
            Entity e = ents.byLocalKey(key);
            Mention.Source src = Mention.Source.LOCAL;
            if (e == null) {
                e = dict.byKey(key);
                src = Mention.Source.DICT;
            }
            if (e == null && s.tok(i).capitalized()) {
                e = dict.byLooseKey(key); // "Liwa Ahfad al-Rasoul" is the known "Liwa Ahfad al-Rasul"
            }
            if (e == null && s.tok(i).capitalized()) {
                e = dict.byShortKey(key);
                src = Mention.Source.SHORT;
            }
            if (e != null) {
                e = ents.register(ents.current(e));
                int first = i;
                if (src == Mention.Source.SHORT && j + 1 < n && headOfName(s.tok(j + 1), e)) {
                    j++; // "the Zenki movement": the short form and the head word of the full name
                }
                if (src == Mention.Source.SHORT && i >= 2 && splitArticle(s, i - 2)) {
                    first = i - 2; // "al-Zenki": the article belongs to the short form ("A and al-Zenki merged")
                }
                if (src == Mention.Source.SHORT && e.kind() == EntityKind.PERSON && givenNameBefore(s, first)) {
                    return null; // "Hilal al-Assad", "Maher al-Assad": a kinsman's family name, not the known man
                }
                span = s.span(text, first, j);
                return new Mention(s.index(), first, j, e, e.kind(), span, src);
            }
        }
        if (MOVEMENT_WORDS.contains(s.tok(i).lower()) && i + 1 < n && nameLike(s.tok(i + 1))) {
            Mention inner = longestName(s, text, ents, i + 1);
            if (inner != null && inner.kind() == EntityKind.ARMED_GROUP && inner.source() == Mention.Source.DICT) {
                // "Harakat Ahrar al-Sham": the known group with the word for "movement" before its name
                return new Mention(s.index(), i, inner.last(), inner.entity(), inner.kind(),
                        s.span(text, i, inner.last()), inner.source());
            }
        }
        return null;
    }

    /**
     * "Jaish al-Fatah fi al-Qalamoun", "Jabhat al-Nusra fi Lubnan": a known group's name with the Arabic "fi" ("in")
     * and a place's name after it is another group's name, of the same kind; or null.
     */
    private Mention grownByFi(Sentence s, String text, DocEntities ents, Mention m) {
        int f = m.last() + 1;
        if (f + 1 >= s.size() || !s.tok(f).word().equals("fi")
                || !nameLike(s.tok(f + 1)) && !splitArticle(s, f + 1)) {
            return null;
        }
        int last = splitArticle(s, f + 1) ? f + 3 : f + 1; // "fi al-Qalamoun", split at its hyphen or not
        while (last + 1 < s.size() && last < f + 5 && (nameLike(s.tok(last + 1)) || splitArticle(s, last + 1))) {
            last += splitArticle(s, last + 1) ? 3 : 1; // "fi Bilad al-Sham"
        }
        String span = s.span(text, m.first(), last);
        Entity e = ents.create(m.kind(), span);
        if (last + 3 < s.size() && s.tok(last + 1).word().equals("(")) {
            // "(the Army of Conquest in Qalamoun)": the translation in parentheses names the new group too
            int open = s.tok(last + 2).lower().equals("the") ? last + 3 : last + 2;
            for (int k = open + 1; k < s.size() && k <= open + 8; k++) {
                if (s.tok(k).word().equals(")")) {
                    boolean in = false;
                    for (int j = open; j < k; j++) {
                        in |= s.tok(j).lower().equals("in");
                    }
                    if (in) {
                        ents.addLocalName(s.span(text, open, k - 1), e);
                    }
                    break;
                }
            }
        }
        return new Mention(s.index(), m.first(), last, e, e.kind(), span, Mention.Source.LOCAL);
    }

    /** Arabic for "movement", which reports put before a group's known name ("Harakat Ahrar al-Sham"). */
    private static final java.util.Set<String> MOVEMENT_WORDS = java.util.Set.of("harakat", "haraka", "harakah");

    /** A lower-case noun that is the last word of the entity's canonical name ("movement", "brigades"). */
    private static boolean headOfName(Tok t, Entity e) {
        if (!t.pos().startsWith("NN") || t.capitalized()) {
            return false;
        }
        String name = e.canonicalName();
        int sp = name.lastIndexOf(' ');
        return sp > 0 && name.substring(sp + 1).equalsIgnoreCase(t.word());
    }

    /**
     * "Russian forces", "the Lebanese army", "a Turkish F-16", "a Russian Su-24 bomber": a people's adjective and a
     * head that makes it the state's forces (or the state, for "government" and the like), or an aircraft's model.
     */
    private Mention force(Sentence s, String text, DocEntities ents, int i) {
        int model = aircraftModel(s, i + 1);
        for (String head : forceHeads) {
            int last = phraseEnd(s, Math.max(i, model) + 1, head);
            if (last >= 0) {
                return force(s, text, ents, i, last, head.split(" ", 2)[0]);
            }
        }
        return model > 0 ? force(s, text, ents, i, model, "aircraft") : null;
    }

    private static final Set<String> MADE_BY = Set.of("made", "supplied", "manufactured", "built", "provided",
            "donated");

    /**
     * "American-made", "Russian-supplied" (the tokenizer splits them at the hyphen): the state whose adjective makes
     * the compound, as "US" of "US-made" is; null for any other token.
     */
    private Mention madeBy(Sentence s, DocEntities ents, int i) {
        Entity state = i + 2 < s.size() ? demonymState(s.tok(i).word()) : null;
        if (state == null || !s.tok(i + 1).wordMatches("[-\u2010\u2011]")
                || s.tok(i + 1).begin() != s.tok(i).end() || s.tok(i + 2).begin() != s.tok(i + 1).end()
                || !MADE_BY.contains(s.tok(i + 2).lower())) {
            return null;
        }
        return stateWord(s, ents, i, state);
    }

    /** "the Russians", "the Iranians" ({@code state-people}): the state whose people are meant; else null. */
    private Mention statePeopleAt(Sentence s, DocEntities ents, int i) {
        String name = i > 0 && s.tok(i - 1).lower().equals("the") ? statePeople.get(s.tok(i).word()) : null;
        Entity state = name == null ? null : dict.byName(name);
        return state == null ? null : stateWord(s, ents, i, state);
    }

    /** The one word at i ("American" of "American-made", "Russians") as a mention of the state it names. */
    private static Mention stateWord(Sentence s, DocEntities ents, int i, Entity state) {
        Entity e = ents.register(state);
        return new Mention(s.index(), i, i, e, e.kind(), s.tok(i).word(), Mention.Source.DICT);
    }

    /** The kinds of actor a people's fighters may be ("Kurdish fighters": the YPG, the Peshmerga, Jabhat al-Akrad). */
    private static final Set<EntityKind> PEOPLE_FORCE_KINDS = Set.of(EntityKind.ARMED_GROUP, EntityKind.STATE_FORCE);

    /**
     * "Kurdish fighters": a people's adjective ({@code people-force}) before a fighting noun
     * ({@code people-force-head}) names that people's armed force: of the armed actors the text has named that bear
     * the adjective in a name ("Kurdish People's Protection Units", "Kurdish Peshmerga"), the one named last; else
     * the actor the lexicon gives. An adjective the tokenizer split at a hyphen is read whole (up to three tokens).
     */
    private Mention peopleForce(Sentence s, String text, DocEntities ents, int i) {
        int last = i;
        while (last + 1 < s.size() && last < i + 2 && s.tok(last + 1).begin() == s.tok(last).end()) {
            last++;
        }
        for (int end = last; end >= i; end--) {
            String adjective = s.span(text, i, end);
            String fallback = peopleForces.get(adjective);
            if (fallback == null) {
                continue;
            }
            if (end + 1 >= s.size() || !lex.has("people-force-head", s.tok(end + 1).lower())) {
                return null;
            }
            Entity e = ents.lastNamedCalled(adjective, PEOPLE_FORCE_KINDS);
            e = e != null ? e : dict.byName(fallback);
            if (e == null) {
                return null;
            }
            e = ents.register(ents.current(e));
            return new Mention(s.index(), i, end + 1, e, e.kind(), s.span(text, i, end + 1), Mention.Source.FORCE);
        }
        return null;
    }

    /** The last token of an aircraft's model starting at j ("F-16", "Su-24", split or not at the hyphen), or -1. */
    private static int aircraftModel(Sentence s, int j) {
        StringBuilder got = new StringBuilder();
        for (int k = j; k < s.size() && k < j + 3; k++) {
            got.append(s.tok(k).word());
            if (AIRCRAFT_MODEL.matcher(got).matches()) {
                return k;
            }
        }
        return -1;
    }

    private Mention force(Sentence s, String text, DocEntities ents, int i, int last, String head) {
        String span = s.span(text, i, last);
        Entity known = dict.byName(span);
        Entity e;
        if (known != null) {
            e = ents.register(known);
        } else {
            Entity state = dict.byName(demonyms.get(s.tok(i).word()));
            boolean civil = head.equals("government") || head.equals("regime") || head.equals("state");
            e = state != null ? ents.register(state)
                    : ents.create(civil ? EntityKind.STATE : EntityKind.STATE_FORCE, span);
        }
        return new Mention(s.index(), i, last, e, e.kind(), span, Mention.Source.FORCE);
    }

    /**
     * "the town of Sadad", "the village of al-Hader": a name the dictionary lacks, told a place by the words before it
     * (an article the tokenizer split off belongs to the name, as for short forms); else the name as found.
     */
    private Mention describedPlace(Sentence s, String text, DocEntities ents, Mention m) {
        int first = withSplitArticle(s, m.first());
        if (first < 2 || !s.tok(first - 1).lower().equals("of")
                || !lex.has("place-descriptor", s.tok(first - 2).lower())) {
            return m;
        }
        return placeFrom(s, text, ents, m, first, Mention.Source.DESCRIBED);
    }

    /**
     * "Kafr Zita", "Tal Malah", "Deir al-Adas": a name of two or more words the dictionary lacks that begins with a
     * word that begins place names ({@code toponym-head}) is a place wherever it stands ("attacked Kafr Zita", "Tal
     * Sukayk and Tal Malah fell"), told by its own first word as "the town of Sadad" is by the words before it; else
     * the name as found.
     */
    private Mention toponym(Sentence s, DocEntities ents, Mention m) {
        if (m.length() < 2 || !s.tok(m.first()).capitalized() || !lex.has("toponym-head", s.tok(m.first()).lower())) {
            return m;
        }
        String name = m.text().replaceAll("\\s+", " "); // a hard line break inside the name is a space
        return newPlace(ents, m, m.first(), name, Mention.Source.DESCRIBED);
    }

    /**
     * Nouns of an event that only a place undergoes, before "of" and a name: not "fall", "capture" or "defence",
     * which a person undergoes too ("the fall of Idris").
     */
    private static final Set<String> PLACE_EVENT_OF = Set.of("control", "encirclement", "takeover", "seizure",
            "occupation", "evacuation", "recapture", "siege", "outskirts");

    /**
     * "fighting in Khan Tuman", "stormed Tel al-Eis", "north of Jamla", "took full control of Msayfra": a name the
     * dictionary lacks, told a place by the preposition of place, the verb of capture or the noun of an event held at
     * a place right before it, or by an apposition that calls it one ("Harbnafsah, a government-held village"); else
     * the name as found. A person's title or
     * a people's adjective ("in Arabic") keeps it a name.
     */
    private Mention placedName(Sentence s, String text, DocEntities ents, Mention m) {
        int f = m.first();
        if (!plainName(s, m)) {
            return m;
        }
        if (f == 0) { // "Harbnafsah, a village north of Homs, fell": the apposition alone tells it
            return placeApposition(s, m.last()) ? placeFrom(s, text, ents, m, f, Mention.Source.PLACED) : m;
        }
        int open = f >= 3 && splitArticle(s, f - 2) ? f - 2 : f; // "seized al-Haydariya", the article split off
        if (!placeWord(s, open - 1, false) && !placeApposition(s, m.last())) {
            return m;
        }
        return placeFrom(s, text, ents, m, open, Mention.Source.PLACED);
    }

    /**
     * Head nouns of an apposition that calls a name a place: settlements and their parts, plurals included ("two
     * villages"). Narrower than the lexicon's {@code place-descriptor}, whose "area", "region" or "pocket" also head
     * descriptions of fronts and of bodies.
     */
    private static final Set<String> PLACE_HEADS = Set.of("village", "villages", "town", "towns", "city", "district",
            "neighbourhood", "neighborhood", "suburb", "quarter", "hilltop", "camp");

    /**
     * Whether an apposition after token {@code end} calls what stands before it a place: ", a village", ", the
     * Kurdish-majority district", ", two government-held villages". Not when the head noun belongs to another noun
     * ("a town council", "the village's mukhtar") or to what follows "of" ("the city of ...", told elsewhere), nor
     * past a preposition or a verb ("a merchant from the town", "the alliance took the city").
     */
    private boolean placeApposition(Sentence s, int end) {
        int k = end + 1;
        if (k + 2 >= s.size() || !s.tok(k).word().equals(",") || !s.tok(k + 1).lowerMatches("a|an|the|two|three")) {
            return false;
        }
        for (int h = k + 2; h < s.size() && h <= k + 6; h++) {
            Tok t = s.tok(h);
            if (PLACE_HEADS.contains(t.lower())) {
                Tok next = h + 1 < s.size() ? s.tok(h + 1) : null;
                return next == null || lex.has("compass", next.lower()) // "a village north of Homs"
                        || !(next.pos().startsWith("NN") || next.lower().equals("of")
                        || RuleMatcher.isPossessive(next)); // "Ahmad Hamdan, the village's mukhtar"
            }
            boolean compound = t.word().equals("-") || s.tok(h - 1).word().equals("-"); // "government - held"
            if (!t.posMatches("JJ.*|NN|NNS|CD|RB.*") && !compound) {
                return false;
            }
        }
        return false;
    }

    /**
     * A new place of the document from token {@code first} (its article, where the tokenizer split it off) to the end
     * of {@code m}, named by the text it spans.
     */
    private static Mention placeFrom(Sentence s, String text, DocEntities ents, Mention m, int first,
                                     Mention.Source source) {
        return newPlace(ents, m, first, s.span(text, first, m.last()), source);
    }

    /** A new place of the document named {@code name}, from token {@code first} to the end of {@code m}. */
    private static Mention newPlace(DocEntities ents, Mention m, int first, String name, Mention.Source source) {
        return new Mention(m.sent(), first, m.last(), ents.create(EntityKind.PLACE, name), EntityKind.PLACE, name,
                source);
    }

    private static final java.util.regex.Pattern MODEL_LETTERS = java.util.regex.Pattern.compile("[A-Z][A-Za-z]{0,2}");
    private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile("\\d+[A-Za-z]?");

    /** Letters before a hyphen and a number, as the tokenizer splits "F-16" or "Su-24": a model's designation. */
    private static boolean modelDesignation(Sentence s, int i) {
        if (!MODEL_LETTERS.matcher(s.tok(i).word()).matches() || i + 1 >= s.size()) {
            return false;
        }
        String next = s.tok(i + 1).word();
        return next.startsWith("-") && MODEL_NUMBER.matcher(next.substring(1)).matches()
                || next.equals("-") && i + 2 < s.size() && MODEL_NUMBER.matcher(s.tok(i + 2).word()).matches();
    }

    private Mention unknownName(Sentence s, String text, DocEntities ents, int i) {
        int n = s.size();
        int j = i;
        int lastName = i;
        while (j + 1 < n && (nameLike(s.tok(j + 1)) || connector(s, j + 1))) {
            j++;
            if (nameLike(s.tok(j))) {
                lastName = j;
            }
        }
        // stop before a name the dictionary or the document knows
        for (int k = i + 1; k <= lastName; k++) {
            String fw = ActorDictionary.firstWord(tokKey(s.tok(k)));
            boolean acronym = knownAcronym(ents, s.tok(k).word()) != null;
            Mention known = nameLike(s.tok(k)) && !acronym && (ents.startsLocalName(fw) || dict.startsName(fw))
                    ? longestName(s, text, ents, k) : null;
            if (k == i + 1 && known != null && known.kind() == EntityKind.PERSON
                    && !lex.has("person-title", s.tok(i).lower()) && s.tok(i).pos().startsWith("NNP")) {
                // "Ahmad Abu Khawla": a given name before a known kunya is that person, named in full
                return new Mention(s.index(), i, known.last(), known.entity(), known.kind(),
                        s.span(text, i, known.last()), known.source());
            }
            if (k == i + 1 && known != null && known.kind() == EntityKind.PLACE && s.tok(i).capitalized()
                    && lex.has("toponym-head", s.tok(i).lower())) {
                // "Kafr Halab", "Tal Hamidiya": a place-name head before a known place's name makes another place
                return newPlace(ents, known, i, s.span(text, i, known.last()).replaceAll("\\s+", " "),
                        Mention.Source.DESCRIBED);
            }
            if (known != null && !acronym && nisbaOfKunya(s, i, k, known)) {
                continue; // "Abu Mohammad al-Fateh": the kunya's last word is his, not the Fatah party
            }
            if (nameLike(s.tok(k)) && (acronym || known != null)) {
                lastName = k - 1;
                while (lastName > i && !nameLike(s.tok(lastName))) {
                    lastName--;
                }
                break;
            }
        }
        for (int k = i; k <= lastName; k++) {
            String pos = s.tok(k).pos();
            if (nameLike(s.tok(k)) && !(pos.startsWith("NNP") || pos.startsWith("NN") || pos.startsWith("JJ")
                    || pos.equals("FW") || pos.equals("UH") && k < lastName)) {
                return null; // but "Umm Hosh": the tagger's interjection "Umm" opens a name of more words
            }
        }
        int title = i;
        while (title <= lastName && (lex.has("person-title", s.tok(title).lower()) || title > i && title < lastName
                && s.tok(title).word().equals("-") && lex.has("person-title", s.tok(title + 1).lower()))) {
            title++; // "Brigadier-General" split at its hyphen is one title
        }
        if (title > lastName) {
            return null; // "Major General" before a known name: titles only
        }
        if (i == lastName && lex.has("people-adjective", s.tok(i).lower())) {
            return null; // "the Uzbek battalions", "Druze villagers": a people, not a name
        }
        if (i == lastName && modelDesignation(s, i)) {
            return null; // "a Turkish Air Force F-16", "a Su-24": an aircraft's or weapon's model, not a name
        }
        if (title > i && lastName - title >= 1 && nameLike(s.tok(title))) {
            i = title; // "Lieutenant Colonel Ahmad al-Saud": the person is Ahmad al-Saud
        }
        if (i == title && i >= 2 && splitArticle(s, i - 2)) {
            i -= 2; // "al-Zarbah": the article the tokenizer split off belongs to the name
        }
        String span = s.span(text, i, lastName);
        return new Mention(s.index(), i, lastName, null, null, span, Mention.Source.NAME);
    }

    /** A one-word known name right after the "al-" that closes a kunya ("Abu Mohammad al-Fateh"). */
    private static boolean nisbaOfKunya(Sentence s, int i, int k, Mention known) {
        String first = s.tok(i).lower();
        return (first.equals("abu") || first.equals("umm")) && k - i >= 3 && known.last() == k
                && known.kind() != EntityKind.PERSON && splitArticle(s, k - 2);
    }

    /** "Aleppo" + "Governorate", "Damascus countryside", "Kobanî canton": a place with its head. */
    private Mention extendPlace(Sentence s, String text, DocEntities ents, Mention m) {
        for (String head : placeSuffix) {
            int last = phraseEnd(s, m.last() + 1, head);
            boolean quarter = last >= 0 && m.entity() == null && QUARTER_HEADS.contains(head) && !describesPeople(m);
            if (last >= 0 && m.entity() == null && last + 1 < s.size() && s.tok(last + 1).lower().equals("of")
                    && !quarter) {
                return m; // "the Christian town of Sadad": the word only describes the town named after "of"
            }
            if (quarter) {
                // "the Haydariya neighbourhood (of Aleppo)": the quarter goes by its own name
                Entity e = ents.create(EntityKind.PLACE, m.text());
                return new Mention(m.sent(), m.first(), last, e, EntityKind.PLACE, m.text(), Mention.Source.PLACE);
            }
            if (last >= 0) {
                String span = s.span(text, m.first(), last);
                Entity e = m.entity();
                if (e == null) {
                    e = dict.byName(span);
                    e = e == null ? ents.create(EntityKind.PLACE, span) : ents.register(e);
                } else if (e.kind() != EntityKind.PLACE) {
                    return m;
                }
                return new Mention(m.sent(), m.first(), last, e, EntityKind.PLACE, span, Mention.Source.PLACE);
            }
        }
        return m;
    }

    private static List<String> joined(List<String[]> phrases) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String[] p : phrases) {
            out.add(String.join(" ", p));
        }
        return List.copyOf(out);
    }

    /**
     * The last token of {@code phrase} (lexicon keys joined by spaces) when it starts at token {@code j}, else -1.
     * The tokens' keys are joined until they cover the phrase: a hyphened word is one token but two key words
     * ("anti-tank missiles").
     */
    private static int phraseEnd(Sentence s, int j, String phrase) {
        StringBuilder got = new StringBuilder();
        int last = j - 1;
        while (last + 1 < s.size() && got.length() < phrase.length()) {
            last++;
            String key = NameNormalizer.key(s.tok(last).word());
            if (key.isEmpty()) {
                return -1; // a comma or a bare "the" is no word of a phrase
            }
            got.append(got.length() == 0 ? "" : " ").append(key);
        }
        return last >= j && got.toString().equals(phrase) ? last : -1;
    }

    /**
     * Whether the parenthesis opening at {@code i} lists two or more names separated by commas or "and", one of them
     * a known actor other than {@code e}: "(HTS, National Front for Liberation, Jaysh al-Izza)" names a body's
     * members, not its translation or acronym.
     */
    private boolean othersListed(Sentence s, String text, Entity e, int i) {
        int parts = 1;
        boolean other = false;
        int from = i + 1;
        for (int k = i + 1; k < s.size() && k <= i + 40; k++) {
            String w = s.tok(k).word();
            boolean end = w.equals(")") || w.equals("-RRB-");
            if (end || w.equals(",") || s.tok(k).lower().equals("and")) {
                int a = from < k && s.tok(from).lower().equals("the") ? from + 1 : from;
                if (a < k) {
                    Entity known = a == k - 1 ? dict.byAcronym(s.tok(a).word()) : null;
                    known = known != null ? known : dict.byName(s.span(text, a, k - 1));
                    other |= known != null && !known.id().equals(e.id());
                }
                if (end) {
                    return parts >= 2 && other;
                }
                if (k > from) {
                    parts++;
                }
                from = k + 1;
            } else if (w.equals("(") || w.equals(";") || w.equals(":")) {
                return false;
            }
        }
        return false;
    }

    /** "Islamic State (IS)" defines an acronym; "Jund al Malahim ("Soldiers of the Epics")" a translation. */
    private int parenthetical(Sentence s, String text, DocEntities ents, Mention m, int i) {
        if (m.entity() == null || i >= s.size() || !s.tok(i).word().equals("(") && !s.tok(i).word().equals("-LRB-")) {
            return i;
        }
        if (othersListed(s, text, m.entity(), i)) {
            return i; // "the al-Fath al-Mubin operations room (HTS, the NFL, Jaysh al-Izza)": its members, not its names
        }
        if (i + 2 < s.size() && ACRONYM.matcher(s.tok(i + 1).word()).matches()
                && (s.tok(i + 2).word().equals(";") || s.tok(i + 2).word().equals(","))) {
            // "(JMA; Arabic: Jaysh al-Muhajirin wa al-Ansar, ...)": the acronym first, then other names
            ents.addAcronym(s.tok(i + 1).word(), m.entity());
            ents.addLocalName(s.tok(i + 1).word(), m.entity());
            return i;
        }
        int close = -1;
        for (int k = i + 1; k < s.size() && k <= i + 20; k++) {
            String w = s.tok(k).word();
            if (w.equals(")")) {
                close = k;
                break;
            }
        }
        if (close < 0 || close == i + 1) {
            return i;
        }
        int a = i + 1;
        int b = close - 1;
        while (a <= b && isQuote(s.tok(a).word())) {
            a++;
        }
        while (b >= a && isQuote(s.tok(b).word())) {
            b--;
        }
        if (a > b) {
            return i;
        }
        String inner = s.span(text, a, b);
        if (a == b && ACRONYM.matcher(inner).matches()) {
            ents.addAcronym(inner, m.entity());
            ents.addLocalName(inner, m.entity());
            return i;
        }

        if (a < b && s.tok(a).lower().equals("the")) {
            a++; // "Jabhat Ansar al-Din (the Front of the Supporters of the Religion, sometimes rendered ...)"
        }
        for (int k = a + 1; k <= b; k++) {
            if (s.tok(k).word().equals(",") || s.tok(k).word().equals(";")) {
                b = k - 1; // the translation before another name or a remark
                break;
            }
        }
        inner = s.span(text, a, b);
        if (s.tok(a).capitalized() && m.entity().kind().isActor()) {
            boolean allNames = true;
            for (int k = a; k <= b; k++) {
                allNames &= nameLike(s.tok(k)) || connector(s, k);
            }
            if (allNames && b - a <= 6) {
                ents.addLocalName(inner, m.entity());
            }
        }
        otherSpellings(s, text, ents, m, b + 1, close);
        return i;
    }

    private static final java.util.Set<String> SPELLING_WORDS = java.util.Set.of("written", "spelled", "spelt",
            "rendered", "transliterated", "romanised", "romanized");

    /**
     * "Fursan al-Jawlan (the Knights of the Golan, also written Fursan al-Joulan)": a name after "written",
     * "spelled" or "rendered" in the rest of the parenthesis, up to the next comma, is another spelling of the name.
     */
    private void otherSpellings(Sentence s, String text, DocEntities ents, Mention m, int from, int close) {
        if (!m.entity().kind().isActor()) {
            return;
        }
        for (int k = from; k < close; k++) {
            if (!SPELLING_WORDS.contains(s.tok(k).lower()) || k + 1 >= close || !s.tok(k + 1).capitalized()) {
                continue;
            }
            int e = k + 1;
            boolean allNames = true;
            while (e + 1 < close && !s.tok(e + 1).word().equals(",") && !s.tok(e + 1).word().equals(";")) {
                e++;
            }
            for (int j = k + 1; j <= e; j++) {
                allNames &= nameLike(s.tok(j)) || connector(s, j);
            }
            if (allNames && e - k <= 6) {
                ents.addLocalName(s.span(text, k + 1, e), m.entity());
            }
            k = e;
        }
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d")
                || w.equals("'") || w.equals("`") || w.equals("\u2018") || w.equals("\u2019");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
