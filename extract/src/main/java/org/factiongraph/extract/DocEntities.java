package org.factiongraph.extract;

import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one document: dictionary entries it mentions, and the names it introduces itself (the wiki
 * title, new groups found by morphology, acronyms and translations defined in parentheses, derived short forms).
 * Confined to one extraction; not thread-safe.
 */
final class DocEntities {
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, Entity> localKeys = new HashMap<>();
    private final Map<String, Entity> localAcronyms = new HashMap<>();
    /** A type word ("faylaq") -> the one group of the document whose name it opens; shared words are dropped. */
    private final Map<String, Entity> typeWords = new HashMap<>();
    private final Set<String> sharedTypeWords = new HashSet<>();
    private final Set<String> localFirstWords = new HashSet<>();
    private Entity subject;

    /** The group the text most recently introduced as newly formed ("a new alliance, X", "formed X"). */
    private Entity newest;

    Entity newest() {
        return newest == null ? null : current(newest);
    }

    void setNewest(Entity e) {
        this.newest = e;
    }

    Entity subject() {
        return subject;
    }

    void setSubject(Entity e) {
        subject = e;
    }

    Entity register(Entity e) {
        Entity old = byId.get(e.id());
        if (old == null) {
            byId.put(e.id(), e);
            return e;
        }
        return old;
    }

    /** The sentence each entity was last named in (by the mention finder). */
    private final Map<String, Integer> lastNamed = new HashMap<>();

    void named(Entity e, int sentence) {
        lastNamed.merge(e.id(), sentence, Math::max);
    }

    /**
     * Of the entities of the given kinds that have a name holding {@code word} as a word ("Kurdish" in "Kurdish
     * People's Protection Units"), the one the text named last; null when the text has named none yet.
     */
    Entity lastNamedCalled(String word, Set<EntityKind> kinds) {
        String w = " " + word.toLowerCase(java.util.Locale.ROOT) + " ";
        Entity best = null;
        int at = -1;
        for (Map.Entry<String, Integer> x : lastNamed.entrySet()) {
            Entity e = current(byId.get(x.getKey()));
            if (e == null || !kinds.contains(e.kind()) || x.getValue() <= at) {
                continue;
            }
            for (Name n : e.names()) {
                if ((" " + n.text().toLowerCase(java.util.Locale.ROOT) + " ").contains(w)) {
                    best = e;
                    at = x.getValue();
                    break;
                }
            }
        }
        return best;
    }

    /**
     * True when a group or umbrella last named in one of the two sentences before {@code sentence} has a name that
     * opens with {@code word} and "of" ("Army of Islam": the text may go on to call it "the army"; the Free Syrian
     * Army it does not). A group named in the sentence itself is not meant: "Jaysh al-Izza and X overran the army's
     * positions" is the state's army.
     */
    boolean recentGroupHeadedBy(String word, int sentence) {
        String head = word.toLowerCase(java.util.Locale.ROOT) + " of ";
        for (Map.Entry<String, Integer> x : lastNamed.entrySet()) {
            Entity e = byId.get(x.getKey());
            if (e == null || x.getValue() < sentence - 2 || x.getValue() >= sentence
                    || e.kind() != EntityKind.ARMED_GROUP && !e.kind().isUmbrella()) {
                continue;
            }
            for (Name n : current(e).names()) {
                if (n.text().toLowerCase(java.util.Locale.ROOT).startsWith(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A new entity for a name the dictionary lacks (or the existing one with that id). */
    Entity create(EntityKind kind, String name) {
        // a name broken over two lines of a PDF ("Syria Islamic\nLiberation Front") is named on one line
        name = name.strip().replaceAll("\\s+", " ");
        Entity e = new Entity(Entity.idFor(kind, name), name, kind, List.of(Name.of(name)));
        e = register(e);
        addLocalName(name, e);
        return e;
    }

    void addLocalName(String name, Entity e) {
        String key = NameNormalizer.key(name);
        if (key.isEmpty()) {
            return;
        }
        localKeys.putIfAbsent(key, e);
        localFirstWords.add(ActorDictionary.firstWord(key));
        if (!e.names().stream().anyMatch(n -> NameNormalizer.same(n.text(), name))) {
            List<Name> names = new ArrayList<>(e.names());
            names.add(Name.of(name.strip()));
            Entity grown = new Entity(e.id(), e.canonicalName(), e.kind(), names);
            byId.put(e.id(), grown);
            localKeys.replaceAll((k, v) -> v.id().equals(e.id()) ? grown : v);
            localAcronyms.replaceAll((k, v) -> v.id().equals(e.id()) ? grown : v);
            if (subject != null && subject.id().equals(e.id())) {
                subject = grown;
            }
        }
    }

    /** Notes that the group's name opens with the type word; two groups with one type word share it. */
    void noteTypeWord(String word, Entity e) {
        if (sharedTypeWords.contains(word)) {
            return;
        }
        Entity before = typeWords.putIfAbsent(word, e);
        if (before != null && !before.id().equals(e.id())) {
            typeWords.remove(word);
            sharedTypeWords.add(word);
        }
    }

    /** The one group named so far whose name opens with the type word, or null. */
    Entity byTypeWord(String word) {
        Entity e = typeWords.get(word);
        return e == null ? null : byId.getOrDefault(e.id(), e);
    }

    void addAcronym(String acronym, Entity e) {
        localAcronyms.putIfAbsent(acronym, e);
    }

    Entity byLocalKey(String key) {
        Entity e = localKeys.get(key);
        return e == null ? null : byId.getOrDefault(e.id(), e);
    }

    Entity byLocalAcronym(String token) {
        Entity e = localAcronyms.get(token);
        return e == null ? null : byId.getOrDefault(e.id(), e);
    }

    boolean startsLocalName(String keyWord) {
        return localFirstWords.contains(keyWord);
    }

    /**
     * The other groups a reference to several stands for, beyond the one its mention resolves to: the second of a pair
     * ("Both groups", "The two militias", "They"), or the rest of a set ("All three").
     */
    private final Map<String, List<Entity>> partners = new HashMap<>();

    void setPartners(Mention reference, List<Entity> others) {
        partners.put(spanKey(reference), List.copyOf(others));
    }

    /** The second group of the pair reference at {@code m}'s span, or null when {@code m} refers to one or to three. */
    Entity partner(Mention m) {
        List<Entity> others = others(m);
        return others.size() != 1 ? null : current(others.get(0));
    }

    /** The other groups the reference at {@code m}'s span stands for: none for a reference to one. */
    List<Entity> others(Mention m) {
        return partners.getOrDefault(spanKey(m), List.of());
    }

    /** {@code ms} with, after each reference to several, the same span resolved to each of the others. */
    List<Mention> withPartners(List<Mention> ms) {
        if (partners.isEmpty()) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms.size() + 2);
        for (Mention m : ms) {
            out.add(m);
            for (Entity other : others(m)) {
                Entity e = current(other);
                if (m.entity() != null && !e.id().equals(current(m.entity()).id())) {
                    out.add(m.resolved(e));
                }
            }
        }
        return out;
    }

    private static String spanKey(Mention m) {
        return m.sent() + "|" + m.first() + "|" + m.last();
    }

    Entity current(Entity e) {
        return e == null ? null : byId.getOrDefault(e.id(), e);
    }

    Entity byId(String id) {
        return byId.get(id);
    }
}
