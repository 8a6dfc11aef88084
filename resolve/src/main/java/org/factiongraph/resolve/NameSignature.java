package org.factiongraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factiongraph.model.NameNormalizer;

/**
 * A group name reduced to what distinguishes it: the kind of unit it calls itself (brigade, army, movement, front,
 * …, in Arabic or English) and its distinctive words in order, spelled loosely. {@code "Liwa al-Fursan al-Jadid"},
 * {@code "al-Fursan al-Jadid Brigade"} and {@code "Fursan al Jadeed Brigades"} share one signature;
 * {@code "Jaysh al-Islam"} (army: islam) and {@code "Liwa al-Islam"} (brigade: islam) do not, and neither do
 * {@code "Jaysh al-Islam"} and {@code "Jaysh al-Izza"}.
 *
 * <p>The spelling is looser than {@link NameNormalizer#key}: each word is spelled as in
 * {@link NameNormalizer#looseWord} (doubled letters single, {@code ou}/{@code oo} as {@code u}, {@code ee} as
 * {@code i}, a final {@code -ah} as {@code -a}). A signature is only a candidate match: {@link EntityResolver} asks for context before it trusts
 * one that is weak (see {@link #strong()}). Immutable.
 *
 * @param unit the unit class ({@code brigade}, {@code army}, …) or empty when the name has no unit word
 * @param core the distinctive words, loosely spelled, in order, joined by a space
 * @param distinctive how many of the core words are not generic (Islamic, Syrian, free, revolutionaries …)
 */
public record NameSignature(String unit, String core, int distinctive) {

    /** Unit words, Arabic and English, mapped to one class. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("liwa", "brigade"), Map.entry("brigade", "brigade"), Map.entry("kataeb", "brigade"),
            Map.entry("battalion", "brigade"), Map.entry("jaysh", "army"), Map.entry("army", "army"),
            Map.entry("harakat", "movement"), Map.entry("movement", "movement"), Map.entry("jabhat", "front"),
            Map.entry("front", "front"), Map.entry("firqat", "division"), Map.entry("division", "division"),
            Map.entry("faylaq", "legion"), Map.entry("legion", "legion"), Map.entry("corps", "legion"),
            Map.entry("tajammu", "gathering"), Map.entry("gathering", "gathering"), Map.entry("grouping", "gathering"),
            Map.entry("ittihad", "union"), Map.entry("union", "union"), Map.entry("fawj", "regiment"),
            Map.entry("regiment", "regiment"), Map.entry("jamaat", "group"), Map.entry("jamaa", "group"),
            Map.entry("group", "group"), Map.entry("quwat", "forces"), Map.entry("forces", "forces"),
            Map.entry("force", "forces"), Map.entry("coalition", "coalition"), Map.entry("alliance", "coalition"),
            Map.entry("council", "council"), Map.entry("majlis", "council"), Map.entry("room", "room"),
            Map.entry("ghurfat", "room"));

    /** Words that carry no identity: articles, prepositions, "operations" of "operations room". */
    private static final Set<String> FILLER = Set.of("al", "of", "the", "and", "li", "wa", "fi", "min", "operations",
            "operation", "military", "armed", "islamic", "islamiya");

    /** Words many different groups share; a core made only of them is weak. */
    private static final Set<String> GENERIC = Set.of("islam", "sham", "syria", "syrian", "free", "new", "jadid",
            "thuwar", "revolutionaries", "revolution", "revolutionary", "mujahideen", "mujahidin", "ansar", "ahrar",
            "jund", "shuhada", "martyrs", "martyr", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "national", "popular", "people", "peoples", "unity", "liberation",
            "salvation", "victory", "nasr", "fatah", "tahrir", "haqq", "umma", "ummah", "jihad", "rebels", "fighters",
            "defence", "defense", "protection", "units", "unit", "army", "first", "second", "third");

    /** The signature of a name, or empty when nothing distinctive is left (a bare "Islamic Front"). */
    public static Optional<NameSignature> of(String name) {
        String key = NameNormalizer.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String unit = "";
        List<String> core = new ArrayList<>();
        for (String w : key.split(" ")) {
            String u = UNITS.get(w);
            if (u != null && unit.isEmpty()) {
                unit = u;
                continue;
            }
            if (u != null && u.equals(unit)) {
                continue; // "Kataeb … Brigade": one unit word counts once
            }
            if (FILLER.contains(w)) {
                continue;
            }
            core.add(NameNormalizer.looseWord(w));
        }
        if (core.isEmpty()) {
            return Optional.empty();
        }
        int distinctive = 0;
        for (String w : core) {
            if (!GENERIC.contains(w) && w.length() > 2 && !w.chars().allMatch(Character::isDigit)) {
                distinctive++;
            }
        }
        return Optional.of(new NameSignature(unit, String.join(" ", core), distinctive));
    }

    /**
     * True when the name alone is evidence enough: two or more core words of which one is distinctive. A
     * one-word or all-generic core ("Jund al-Sham", "al-Jadid Brigade") needs context as well.
     */
    public boolean strong() {
        return distinctive >= 1 && core.indexOf(' ') > 0;
    }

    /** True when both could name one group: the same core, and the same unit class or one of them without any. */
    public boolean compatible(NameSignature other) {
        return core.equals(other.core) && (unit.equals(other.unit) || unit.isEmpty() || other.unit.isEmpty());
    }
}
