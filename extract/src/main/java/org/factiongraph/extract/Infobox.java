package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Regexes;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Field;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.factiongraph.time.TemporalTagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps infobox fields to claims about the page's subject, by the table in {@code infobox-fields.txt}.
 * Immutable and thread-safe.
 */
final class Infobox {
    static final String RESOURCE = "/org/factiongraph/extract/infobox-fields.txt";
    private static final Pattern PARENS = Pattern.compile("\\s*[\\(\\[][^\\)\\]]*[\\)\\]]");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*[,;/•·]\\s*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;/•·]|\\band\\b)\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:[-\u2013\u2014]|\\bto\\b|\\buntil\\b)\\s*");
    private static final Pattern PRESENT = Pattern.compile("(?i)present|now|ongoing|today");

    record Mapping(String relation, EntityKind kind) {
    }

    private final Map<String, Mapping> table;
    private final ActorDictionary dict;
    private final MentionFinder finder;

    Infobox(ActorDictionary dict, MentionFinder finder) {
        this.dict = dict;
        this.finder = finder;
        Map<String, Mapping> t = new HashMap<>();
        try (InputStream in = Infobox.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            int no = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                no++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\|");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": expected key | relation | kind");
                }
                String rel = f[1].strip();
                if (!rel.equals("lifespan")) {
                    Relation.parse(rel);
                }
                String kind = f[2].strip();
                t.put(normKey(f[0]), new Mapping(rel, kind.equals("-") ? null : EntityKind.parse(kind)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.table = Map.copyOf(t);
    }

    static String normKey(String key) {
        return key.toLowerCase(Locale.ROOT).replace("(s)", "s").replaceAll("[:\\s]+$", "").replaceAll("\\s+", " ")
                .strip();
    }

    Mapping mapping(String key) {
        return table.get(normKey(key));
    }

    /** The values of a field: parenthesised remarks dropped, split, a shared plural head distributed. */
    static List<String> values(String value) {
        return values(value, name -> false);
    }

    /** As {@link #values(String)}, but a known name holding "and" stays whole ("Islamic State of Iraq and the Levant"). */
    static List<String> values(String value, java.util.function.Predicate<String> known) {
        String v = PARENS.matcher(value).replaceAll("").strip();
        List<String> items = new ArrayList<>();
        for (String whole : LIST_SPLIT.split(v)) {
            String w = whole.strip();
            if (w.isEmpty()) {
                continue;
            }
            if (known.test(w)) {
                items.add(w);
                continue;
            }
            for (String p : SPLIT.split(w)) {
                String s = p.strip();
                if (!s.isEmpty()) {
                    items.add(s);
                }
            }
        }
        if (items.size() >= 2 && !known.test(items.get(items.size() - 1))) {
            String last = items.get(items.size() - 1);
            int sp = last.lastIndexOf(' ');
            if (sp > 0) {
                String head = last.substring(sp + 1);
                // a known name is no plural head ("Darayya, southern Damascus")
                if (head.length() > 3 && Character.isUpperCase(head.charAt(0)) && head.endsWith("s")
                        && !head.endsWith("ss") && !known.test(head)) {
                    String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                            : head.substring(0, head.length() - 1);
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < items.size() - 1; i++) {
                        // "Deir ez-Zor, Aleppo and Raqqa Governorates" share the head; a whole name does not
                        // ("Southern Front, Syrian Arab Army and Kurdish Forces")
                        String item = items.get(i);
                        String shared = item + " " + singular;
                        out.add(known.test(item) && !known.test(shared) ? item : shared);
                    }
                    out.add(last.substring(0, sp) + " " + singular);
                    return out;
                }
            }
        }
        return items;
    }

    /** The dictionary's entity of a name, or of a one-word acronym ("Supported by: CJTF-OIR"); null if none. */
    private Entity inDictionary(String name) {
        Entity e = dict.byName(name);
        if (e == null && !name.isBlank() && !name.strip().contains(" ")) {
            e = dict.byAcronym(name.strip());
        }
        return e;
    }

    /** The entity the page or the dictionary already knows by this name (registered with the page), or null. */
    private Entity known(String name, DocEntities ents) {
        Entity e = ents.byLocalKey(NameNormalizer.key(name));
        if (e == null) {
            e = inDictionary(name);
            if (e != null) {
                e = ents.register(ents.current(e));
            }
        }
        return e;
    }

    private Entity entityFor(String name, EntityKind kind, DocEntities ents) {
        if (kind == EntityKind.PERSON) {
            name = finder.withoutTitles(name); // "Lt. Col. Jamil Raadoun" is Jamil Raadoun
        }
        Entity e = known(name, ents);
        if (e == null) {
            EntityKind k = kind;
            if (kind == EntityKind.COALITION || kind == EntityKind.ARMED_GROUP) {
                EntityKind m = finder.morphology(MentionFinder.keyWords(name));
                k = m == null ? kind : m;
            }
            e = ents.create(k, name);
            if (k != EntityKind.PERSON && k != EntityKind.PLACE && k != EntityKind.IDEOLOGY) {
                finder.addShortForms(name, e, ents, false);
            }
        }
        return e;
    }

    /** Registers the entities the infobox names, so that the text's mentions of them are found. */
    void registerValues(Document doc, DocEntities ents) {
        if (ents.subject() == null) {
            return;
        }
        for (Field f : doc.fields()) {
            Mapping m = mapping(f.key());
            if (m == null || m.kind() == null) {
                continue;
            }
            for (String v : values(f.value(), name -> dict.byName(name) != null)) {
                if (m.kind() == EntityKind.IDEOLOGY) {
                    continue;
                }
                entityFor(v, m.kind(), ents);
            }
        }
    }

    void claims(Document doc, DocEntities ents, List<Candidate> out) {
        battle(doc, ents, out); // a battle's page has sides, but no actor as its subject
        Entity subject = ents.subject();
        if (subject == null) {
            return;
        }
        for (Field f : doc.fields()) {
            Mapping m = mapping(f.key());
            if (m == null) {
                continue;
            }
            String method = "infobox:" + normKey(f.key()).replace(' ', '_');
            if (m.relation().equals("lifespan")) {
                String[] parts = RANGE.split(PARENS.matcher(f.value()).replaceAll("").strip(), 2);
                PartialDate from = parts.length > 0 ? date(parts[0]) : null;
                if (from != null) {
                    out.add(candidate(doc, f, subject, Relation.FOUNDED, null, null, from, method));
                }
                if (parts.length == 2 && !PRESENT.matcher(parts[1]).find()) {
                    PartialDate to = date(parts[1]);
                    PartialDate now = doc.published() != null ? doc.published() : PartialDate.of(java.time.LocalDate.now());
                    if (to != null && !to.isAfter(now)) {
                        out.add(candidate(doc, f, subject, Relation.DISSOLVED, null, null, to, method));
                    }
                }
                continue;
            }
            Relation rel = Relation.parse(m.relation());
            if (!rel.hasObject()) {
                PartialDate d = date(f.value());
                if (d != null) {
                    out.add(candidate(doc, f, subject, rel, null, null, d, method));
                }
                continue;
            }
            for (String v : values(f.value(), name -> dict.byName(name) != null)) {
                Entity o;
                if (m.kind() == EntityKind.IDEOLOGY) {
                    Entity known = dict.byName(v);
                    o = known != null ? ents.register(known) : ents.create(EntityKind.IDEOLOGY, v);
                } else {
                    o = entityFor(v, m.kind(), ents);
                }
                if (o.id().equals(subject.id())) {
                    continue;
                }
                Candidate c = candidate(doc, f, subject, rel, o, v, null, method);
                if (rel.interval()) {
                    PartialDate[] span = span(f.value(), v);
                    c.start = span[0];
                    c.end = span[1];
                }
                out.add(c);
            }
        }
    }

    /** Keys of a line inside a battle page's belligerents that names a side's backers. */
    private static final java.util.Set<String> SUPPORT_KEYS = java.util.Set.of("supported by", "support",
            "backed by", "air support");

    /** "Supported by: CJTF-OIR (United States)": each belligerent of the side (not one nested) is backed by each. */
    private void backers(Document doc, Field f, String value, List<Belligerent> side, DocEntities ents,
                         List<Candidate> out) {
        for (String v : values(value, name -> dict.byName(name) != null)) {
            Entity backer = known(v, ents);
            if (backer == null || backer.kind() == EntityKind.PLACE || backer.kind() == EntityKind.PERSON) {
                continue;
            }
            for (Belligerent a : side) {
                if (!a.nested() && !a.entity().id().equals(backer.id())) {
                    Candidate c = candidate(doc, f, a.entity(), Relation.SUPPORTED_BY, backer, v, null,
                            "infobox:supported_by");
                    c.subjectMention = a.name();
                    out.add(c);
                }
            }
        }
    }

    /** One belligerent of a side: its entity, the box line and name it came from, nested under another ("- X"). */
    private record Belligerent(Entity entity, Field field, String name, boolean nested) {
    }

    /**
     * How far a box line that holds one value is indented ("   al-Nusra Front" under " Jaysh al-Fatah" is nested under
     * it), or -1 for a value after its key on the key's line.
     */
    private static int indent(Document doc, Field f) {
        String text = doc.text();
        int at = Math.max(0, Math.min(f.start(), text.length()));
        int k = at;
        while (k > 0 && text.charAt(k - 1) != '\n' && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n' ? at - k : -1;
    }

    /** The side's last belligerent not nested under another ("- X"), or null. */
    private static Belligerent lastTop(List<Belligerent> side) {
        for (int i = side.size() - 1; i >= 0; i--) {
            if (!side.get(i).nested()) {
                return side.get(i);
            }
        }
        return null;
    }

    /** The bar between two sides of a box flattened to one line ("A; B | C"). */
    private static final Pattern SIDE_BAR = Pattern.compile("\\s+\\|\\s+");

    /** Keys of a battle page's box that end its list of belligerents. */
    private static final java.util.Set<String> BATTLE_KEYS = java.util.Set.of("commanders and leaders", "commanders",
            "units involved", "strength", "casualties and losses", "casualties", "result", "location", "date",
            "territorial changes", "status");
    /** A line that splits the sides and names the second: "vs. Syrian Arab Army; National Defence Forces". */
    private static final Pattern VERSUS_LEAD = Pattern.compile("(?i)v(?:ersu)?s\\.?\\s+(\\S.*)");
    /** One item of a belligerent line with its parenthesis: "Jaysh al-Nasr (Free Syrian Army)". */
    private static final Pattern ITEM_IN_PARENS = Pattern.compile("([^;,()]+?)\\s*\\(([^()]+)\\)");

    /**
     * The parentheses of a side's line. "Jaysh al-Nasr (Free Syrian Army)": a group with, in parentheses, the armed
     * group or umbrella it fights under is its member (not "Hezbollah (Lebanon)", "Ahrar al-Sham (until 2017)").
     * "Syrian opposition (Hawar Kilis Operations Room)": a side told by a generic word takes the body in its
     * parenthesis as a belligerent of {@code side}.
     */
    private void parenthesesOfSide(Document doc, Field f, String value, DocEntities ents, List<Belligerent> side,
                                   String method, List<Candidate> out) {
        Matcher m = ITEM_IN_PARENS.matcher(value);
        while (m.find()) {
            String name = m.group(1).strip();
            String parent = m.group(2).strip();
            Entity e = battleEntity(name, ents);
            if (e == null) {
                Entity body = battleEntity(parent, ents);
                if (body != null) {
                    side.add(new Belligerent(body, f, parent, false));
                }
                continue;
            }
            Entity p = inDictionary(parent);
            if (p != null && e.kind() == EntityKind.ARMED_GROUP && p.kind() != null
                    && (p.kind() == EntityKind.ARMED_GROUP || p.kind().isUmbrella()) && !p.id().equals(e.id())) {
                Candidate c = candidate(doc, f, e, Relation.MEMBER_OF, ents.register(ents.current(p)), parent, null,
                        method);
                c.subjectMention = name;
                out.add(c);
            }
        }
    }

    /** A belligerent line that names a state and, in parentheses, one of its forces: "Iran (IRGC)". */
    private static final Pattern FORCE_IN_PARENS = Pattern.compile("[^()]+\\(([^()]+)\\)\\s*");
    /** A line that splits the sides: "versus", "vs.", "--- versus ---". */
    private static final Pattern VERSUS = Pattern.compile("(?i)[-–—=*_~\\s]*v(?:ersu)?s\\.?[-–—=*_~\\s]*");
    /** "Hashim al-Sheikh (Abu Jaber) (Ahrar al-Sham)": a commander and, in the last parenthesis, the group. */
    private static final Pattern COMMANDER = Pattern.compile(
            "\\s*([^()]+?)\\s*(?:\\([^()]*\\)\\s*)*\\(([^()]+)\\)\\s*");

    /** One line of a battle page's belligerents that names one side's actors, with no "Side:" before them. */
    private void sideLine(Document doc, Field f, String value, DocEntities ents, List<List<Belligerent>> sides,
                          String method, List<Candidate> out) {
        int lineIndent = indent(doc, f);
        // "Iran (IRGC)": a force the parenthesis names beside its state fought on the same side
        // (the dictionary's, as the page reads the parenthesis as the state's own acronym)
        Matcher pm = FORCE_IN_PARENS.matcher(value);
        String inner = pm.matches() ? pm.group(1).strip() : "";
        Entity force = inner.isEmpty() ? null : inDictionary(inner);
        parenthesesOfSide(doc, f, value, ents, sides.get(sides.size() - 1), method, out);
        for (String v : values(value, name -> dict.byName(name) != null)) {
            Entity e = battleEntity(v, ents);
            if (e == null) {
                continue;
            }
            List<Belligerent> side = sides.get(sides.size() - 1);
            Belligerent top = lastTop(side);
            int topIndent = top == null ? -1 : indent(doc, top.field());
            boolean nested = v.strip().startsWith("-") || v.strip().startsWith("*")
                    || topIndent >= 0 && lineIndent > topIndent;
            if (nested && top != null && top.entity().kind() != null
                    && top.entity().kind().isUmbrella() && !top.entity().id().equals(e.id())) {
                // "Euphrates Volcano" over "- Raqqa Revolutionaries Brigade": a member of the room, whose
                // fight the umbrella's line tells (annotators give the umbrella's, not each member's)
                Candidate c = candidate(doc, f, e, Relation.MEMBER_OF, top.entity(), top.name(), null,
                        method);
                c.subjectMention = v;
                out.add(c);
                continue;
            }
            side.add(new Belligerent(e, f, v, nested));
            if (force != null && force.kind() != null && force.kind().isActor()
                    && !force.id().equals(e.id()) && e.kind() == EntityKind.STATE) {
                side.add(new Belligerent(ents.register(ents.current(force)), f, inner, nested));
            }
        }
    }

    /**
     * A battle page's box: "Belligerents:" lists the sides, one name a line, split by a "versus" line, or one side a
     * line as "Jaysh al-Fatah: al-Nusra Front, Ahrar al-Sham, ..." (each name a member of the named umbrella).
     * Where exactly two sides are told, each belligerent fought each one of the other side. "Commanders and
     * leaders: Sipan Hemo (YPG)" gives the group in parentheses as led by the commander. Only names the dictionary
     * or the page already knows, or whose form makes them a group, are read.
     */
    private void battle(Document doc, DocEntities ents, List<Candidate> out) {
        List<List<Belligerent>> sides = new ArrayList<>();
        boolean inBelligerents = false;
        boolean versus = false;
        int keyed = 0;
        String method = "infobox:belligerents";
        for (Field f : doc.fields()) {
            String key = normKey(f.key());
            if (key.equals("belligerents") || key.equals("combatants") || key.equals("parties")) {
                if (!inBelligerents) {
                    sides.add(new ArrayList<>());
                }
                inBelligerents = true;
                String value = f.value().strip();
                if (VERSUS.matcher(value).matches()) {
                    versus = true;
                    sides.add(new ArrayList<>());
                    continue;
                }
                Matcher lead = VERSUS_LEAD.matcher(value);
                if (lead.matches()) {
                    // "vs. Syrian Arab Army; National Defence Forces": the other side on the splitting line itself
                    versus = true;
                    sides.add(new ArrayList<>());
                    value = lead.group(1);
                }
                int colon = value.indexOf(':');
                if (colon < 0) {
                    // "Syrian opposition (Hawar Kilis Operations Room); Turkey | Islamic State": a box flattened to one
                    // line, the sides split by a bar
                    String[] parts = SIDE_BAR.split(value);
                    for (int part = 0; part < parts.length; part++) {
                        if (part > 0) {
                            versus = true;
                            sides.add(new ArrayList<>());
                        }
                        sideLine(doc, f, parts[part], ents, sides, method, out);
                    }
                    continue;
                }
                if (SUPPORT_KEYS.contains(normKey(value.substring(0, colon)))) {
                    backers(doc, f, value.substring(colon + 1), sides.get(sides.size() - 1), ents, out);
                    continue;
                }
                // "Jaysh al-Fatah: al-Nusra Front, Ahrar al-Sham": a side named by its umbrella
                keyed++;
                if (keyed > 1 || !sides.get(sides.size() - 1).isEmpty()) {
                    sides.add(new ArrayList<>());
                }
                String sideName = value.substring(0, colon).strip();
                Entity umbrella = battleEntity(sideName, ents);
                for (String v : values(value.substring(colon + 1), name -> dict.byName(name) != null)) {
                    Entity e = battleEntity(v, ents);
                    if (e == null) {
                        continue;
                    }
                    sides.get(sides.size() - 1).add(new Belligerent(e, f, v, false));
                    if (umbrella != null && umbrella.kind() != null && umbrella.kind().isUmbrella()
                            && !umbrella.id().equals(e.id())) {
                        Candidate c = candidate(doc, f, e, Relation.MEMBER_OF, umbrella, sideName, null, method);
                        c.subjectMention = v;
                        out.add(c);
                    }
                }
            } else if (inBelligerents && SUPPORT_KEYS.contains(key)) {
                backers(doc, f, f.value(), sides.get(sides.size() - 1), ents, out);
            } else if (inBelligerents && !BATTLE_KEYS.contains(key) && mapping(f.key()) == null) {
                continue; // a line of the box this reader does not know
            } else {
                inBelligerents = false;
                if (key.equals("commanders and leaders") || key.equals("commanders")) {
                    // "Jamil al-Saleh (Jaysh al-Izza); Suheil al-Hassan (Tiger Forces)": one commander a piece
                    for (String piece : f.value().split("[;|]")) {
                        Matcher m = COMMANDER.matcher(piece);
                        Entity group = m.matches() ? battleEntity(m.group(2).strip(), ents) : null;
                        if (group != null && group.kind() != EntityKind.PERSON && group.kind() != EntityKind.PLACE) {
                            Entity person = entityFor(m.group(1).strip(), EntityKind.PERSON, ents);
                            Candidate c = candidate(doc, f, group, Relation.LED_BY, person, m.group(1).strip(), null,
                                    "infobox:commanders");
                            c.subjectMention = m.group(2).strip();
                            out.add(c);
                        }
                    }
                }
            }
        }
        sides.removeIf(List::isEmpty);
        if (sides.size() != 2 || !versus && keyed != 2) {
            return;
        }
        for (Belligerent a : sides.get(0)) {
            for (Belligerent b : sides.get(1)) {
                Entity x = a.entity();
                Entity y = b.entity();
                if (!x.id().equals(y.id())) {
                    Candidate c = candidate(doc, a.field(), x, Relation.FOUGHT, y, b.name(), null, method);
                    c.subjectMention = a.name();
                    out.add(c);
                }
            }
        }
        for (List<Belligerent> side : sides) {
            sideAllies(doc, side, method, out);
        }
    }

    /**
     * "Belligerents: Jund al-Aqsa; Jaysh al-Izza; Jaysh al-Nasr (Free Syrian Army) vs. ...": the side's first
     * belligerent fought with each of the others, its allies. A name indented under another belongs to it (and a
     * name in a parenthesis is read as an affiliation, no belligerent of its own), and a state or a state's force
     * further down the side backs the first one more than it fights beside it. On
     * the development sets every pair within a side gave 11 true and 34 false alliances; these pairs give 10 true
     * and 4 false.
     */
    private void sideAllies(Document doc, List<Belligerent> side, String method, List<Candidate> out) {
        Belligerent lead = side.stream().filter(b -> !b.nested()).findFirst().orElse(null);
        if (lead == null) {
            return;
        }
        for (Belligerent b : side) {
            if (b == lead || b.nested() || b.entity().id().equals(lead.entity().id())
                    || b.entity().kind().isState()) {
                continue;
            }
            Candidate c = candidate(doc, lead.field(), lead.entity(), Relation.ALLIED_WITH, b.entity(), b.name(),
                    null, method);
            c.subjectMention = lead.name();
            out.add(c);
        }
    }

    /** A belligerent or commander's group: known to the page or the dictionary, or a group by its name's form. */
    private Entity battleEntity(String name, DocEntities ents) {
        Entity e = known(name, ents);
        if (e == null && finder.morphology(MentionFinder.keyWords(name)) != null) {
            e = entityFor(name, EntityKind.ARMED_GROUP, ents);
        }
        return e == null || e.kind() == EntityKind.PLACE || e.kind() == EntityKind.PERSON ? null : e;
    }

    /**
     * The years a value's own parenthesis gives it: "Islamic Front (2013-2014)" is {2013, 2014}, "(2015-present)"
     * {2015, null}, "(Hajji Marea)" no dates.
     */
    static PartialDate[] span(String value, String item) {
        Matcher m = Pattern.compile(Pattern.quote(item) + "\\s*[\\(\\[]([^\\)\\]]*)[\\)\\]]").matcher(value);
        if (!m.find()) {
            return new PartialDate[2];
        }
        String inside = m.group(1).strip();
        if (!Regexes.matches(inside, ".*\\d{4}.*")) {
            return new PartialDate[2];
        }
        String[] parts = RANGE.split(inside, 2);
        PartialDate from = date(parts[0]);
        PartialDate to = parts.length == 2 && !PRESENT.matcher(parts[1]).find() ? date(parts[1]) : null;
        return new PartialDate[] {from, to};
    }

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?(\\d{4})\\b");

    static PartialDate date(String text) {
        Matcher mm = MONTH_YEAR.matcher(text);
        if (!mm.find()) {
            return null;
        }
        PartialDate d = TemporalTagger.parseDate(mm.group().strip());
        if (d == null) {
            d = TemporalTagger.parseDate(mm.group(2));
        }
        return d;
    }

    private static Candidate candidate(Document doc, Field f, Entity subject, Relation rel, Entity object,
                                       String objectMention, PartialDate at, String method) {
        Candidate c = new Candidate();
        c.subject = subject;
        c.subjectMention = subject.canonicalName();
        c.relation = rel;
        c.object = object;
        c.objectMention = objectMention;
        if (at != null) {
            if (rel.interval()) {
                c.start = at;
            } else {
                c.at = at;
            }
            c.explicitTime = true;
        }
        c.method = method;
        c.precision = 0.95;
        c.sentence = -1;
        int s = Math.max(0, Math.min(f.start(), doc.text().length()));
        int e = Math.max(s, Math.min(f.end(), doc.text().length()));
        c.evidenceStart = s;
        c.evidenceEnd = e;
        c.timeMode = "none";
        return c;
    }
}
