package org.factiongraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor dictionary: one JSON object a line ({@code kind, name, aliases, acronyms, short, former}). Names,
 * aliases and former names match by {@link NameNormalizer#key}; acronyms match case-sensitively as whole tokens;
 * short forms match by key only where they are not shared by two entries. Immutable and thread-safe once loaded.
 */
public final class ActorDictionary {
    /** Where the project's dictionary lives on the class path. */
    public static final String RESOURCE = "/org/factiongraph/extract/actors.jsonl";

    private final Map<String, Entity> byKey;
    private final Map<String, Entity> byAcronym;
    private final Map<String, Entity> byShort;
    private final Map<String, Entity> byLooseKey;
    private final Set<String> firstWords;
    private final Set<String> lowerFirstWords;
    private final Set<String> lowerGroupKeys;
    private final List<Entity> entities;

    private ActorDictionary(Map<String, Entity> byKey, Map<String, Entity> byAcronym, Map<String, Entity> byShort,
                            List<Entity> entities) {
        this.byKey = Map.copyOf(byKey);
        this.byAcronym = Map.copyOf(byAcronym);
        this.byShort = Map.copyOf(byShort);
        this.entities = List.copyOf(entities);
        this.byLooseKey = looseIndex(byKey);
        Set<String> fw = new HashSet<>();
        for (String k : byKey.keySet()) {
            fw.add(firstWord(k));
        }
        for (String k : byShort.keySet()) {
            fw.add(firstWord(k));
        }
        this.firstWords = Set.copyOf(fw);
        Set<String> low = new HashSet<>();
        Set<String> lowGroups = new HashSet<>();
        for (Entity e : entities) {
            boolean group = e.kind() == EntityKind.ARMED_GROUP;
            if (namedInLowerCase(e.kind()) || group) {
                for (Name n : e.names()) {
                    String t = n.text().startsWith("the ") ? n.text().substring(4) : n.text();
                    if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
                        continue;
                    }
                    // "shabiha": a group the press names in lower case (not "al-Lijan al-Shaabiya", whose article is)
                    boolean lowerGroup = group && t.equals(t.toLowerCase(java.util.Locale.ROOT))
                            && !NameNormalizer.isArticle(t.split("[- ]", 2)[0]);
                    if (!group || lowerGroup) {
                        low.add(firstWord(NameNormalizer.key(t)));
                    }
                    if (lowerGroup) {
                        lowGroups.add(NameNormalizer.key(t));
                    }
                }
            }
        }
        this.lowerFirstWords = Set.copyOf(low);
        this.lowerGroupKeys = Set.copyOf(lowGroups);
    }

    /**
     * True when a lower-case name of a state, state force, agency or umbrella ("government forces", "military
     * operations centre in Amman"), or an armed group's name the dictionary spells in lower case ("shabiha"), begins
     * with this key word.
     */
    public boolean startsLowerCaseName(String keyWord) {
        return lowerFirstWords.contains(keyWord);
    }

    /**
     * True when the dictionary spells this armed group's name in lower case itself ("shabiha", "popular committees"):
     * a word the press writes that way, read as the group's name even uncapitalised.
     */
    public boolean lowerCaseGroupName(String key) {
        return lowerGroupKeys.contains(key);
    }

    /**
     * Kinds whose lower-case names are read as names ("government forces", "the regime", "military operations centre
     * in Amman"): a state, a state force, an agency or an umbrella. Other kinds are named by capitalised words only.
     */
    static boolean namedInLowerCase(EntityKind k) {
        return k == EntityKind.STATE || k == EntityKind.STATE_FORCE || k == EntityKind.AGENCY || k.isUmbrella();
    }

    /**
     * Every key of an actor or a person also spelled loosely ({@link NameNormalizer#looseWord}: "Liwa Ahfad
     * al-Rasoul" for "Liwa Ahfad al-Rasul"); a loose key that two entries share is left out, as neither can be told
     * from the other by it. Places are not: a place's name inside a person's ("Abu Hammam al-Shami" is no "Abu
     * Hamam") or a village spelled otherwise is too often something else.
     */
    private static Map<String, Entity> looseIndex(Map<String, Entity> byKey) {
        Map<String, Entity> loose = new HashMap<>();
        Set<String> shared = new HashSet<>();
        byKey.forEach((key, e) -> {
            if (e.kind() == EntityKind.PLACE) {
                return;
            }
            String lk = NameNormalizer.looseOfKey(key);
            Entity had = loose.putIfAbsent(lk, e);
            if (had != null && !had.id().equals(e.id())) {
                shared.add(lk);
            }
        });
        shared.forEach(loose::remove);
        return Map.copyOf(loose);
    }

    static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }

    /** Loads the project's dictionary from the class path; an absent resource gives an empty dictionary. */
    public static ActorDictionary load() {
        return load(RESOURCE);
    }

    public static ActorDictionary load(String resource) {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new ActorDictionary(Map.of(), Map.of(), Map.of(), List.of());
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + resource, e);
        }
    }

    /** Reads the JSON-lines format; throws IllegalArgumentException naming the line of a malformed entry. */
    public static ActorDictionary read(InputStream in, String where) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Entity> byKey = new LinkedHashMap<>();
        Map<String, Entity> byAcronym = new HashMap<>();
        Map<String, List<Entity>> shorts = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                EntityKind kind = EntityKind.parse(n.path("kind").asText());
                String name = n.path("name").asText("").trim();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("entry without a name");
                }
                List<Name> names = new ArrayList<>();
                names.add(Name.of(name));
                List<String> keyed = new ArrayList<>();
                keyed.add(name);
                for (JsonNode a : n.path("aliases")) {
                    names.add(Name.of(a.asText()));
                    keyed.add(a.asText());
                }
                for (JsonNode f : n.path("former")) {
                    String fn = f.path("name").asText();
                    names.add(new Name(fn, null, PartialDate.parseOrNull(f.path("from").asText(null)),
                            PartialDate.parseOrNull(f.path("until").asText(null))));
                    keyed.add(fn);
                }
                List<String> acr = new ArrayList<>();
                for (JsonNode a : n.path("acronyms")) {
                    names.add(Name.of(a.asText()));
                    acr.add(a.asText());
                }
                List<String> sh = new ArrayList<>();
                for (JsonNode a : n.path("short")) {
                    names.add(Name.of(a.asText()));
                    sh.add(a.asText());
                }
                Entity e = new Entity(Entity.idFor(kind, name), name, kind, dedupe(names));
                entities.add(e);
                for (String k : keyed) {
                    String key = NameNormalizer.key(k);
                    if (!key.isEmpty()) {
                        byKey.putIfAbsent(key, e);
                    }
                }
                for (String a : acr) {
                    byAcronym.putIfAbsent(a.trim(), e);
                }
                for (String s : sh) {
                    String key = NameNormalizer.key(s);
                    if (!key.isEmpty()) {
                        shorts.computeIfAbsent(key, x -> new ArrayList<>()).add(e);
                    }
                }
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(where + ":" + no + ": " + ex.getMessage(), ex);
            }
        }
        articleless(byKey);
        Map<String, Entity> byShort = new HashMap<>();
        shorts.forEach((k, list) -> {
            if (list.stream().map(Entity::id).distinct().count() == 1 && !byKey.containsKey(k)) {
                byShort.put(k, list.get(0));
            }
        });
        return new ActorDictionary(byKey, byAcronym, byShort, entities);
    }

    /**
     * "Bunyan al-Marsous" for "al-Bunyan al-Marsous": a name of three or more words that opens with the Arabic article
     * is found without it too, unless another entry goes by the shorter name. A shorter name ("al-Bab" as "Bab")
     * would be a common word too often.
     */
    private static void articleless(Map<String, Entity> byKey) {
        Map<String, Entity> more = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        byKey.forEach((key, e) -> {
            String[] w = key.split(" ");
            if (w.length >= 3 && w[0].equals("al")) {
                String rest = key.substring(3);
                Entity had = more.putIfAbsent(rest, e);
                if (had != null && !had.id().equals(e.id())) {
                    shared.add(rest);
                }
            }
        });
        more.forEach((rest, e) -> {
            if (!shared.contains(rest)) {
                byKey.putIfAbsent(rest, e);
            }
        });
    }

    private static List<Name> dedupe(List<Name> names) {
        Map<String, Name> seen = new LinkedHashMap<>();
        for (Name n : names) {
            seen.putIfAbsent(n.text(), n);
        }
        return new ArrayList<>(seen.values());
    }

    /** The entry a full name (or alias, or former name) refers to, by normalised key; null when unknown. */
    public Entity byName(String name) {
        return byKey.get(NameNormalizer.key(name));
    }

    /**
     * The state whose war the dictionary maps: whose army "the army", bare "soldiers" and an unnamed military base
     * are; null when the dictionary has none.
     */
    Entity warState() {
        return byName("Syrian government");
    }

    public Entity byKey(String key) {
        return byKey.get(key);
    }

    /**
     * The entry whose name is this key spelled another way ("Rasoul" for "Rasul", "Hazzm" for "Hazm"): the same
     * {@link NameNormalizer#looseWord loose} spelling, which no other entry shares; null when none or several.
     */
    public Entity byLooseKey(String key) {
        return byLooseKey.get(NameNormalizer.looseOfKey(key));
    }

    public Entity byShortKey(String key) {
        return byShort.get(key);
    }

    public Entity byAcronym(String token) {
        return byAcronym.get(token);
    }

    /** True when some name or short form begins with this key word. */
    public boolean startsName(String keyWord) {
        return firstWords.contains(keyWord);
    }

    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    public int size() {
        return entities.size();
    }
}
