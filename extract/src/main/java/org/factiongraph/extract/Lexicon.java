package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Tok;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.NameNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The generic vocabulary of extraction read from {@code lexicon.txt}: sections of words, optionally with a value
 * (a kind, a state). Entries are keyed by {@link NameNormalizer#key} unless the section is case-sensitive
 * (demonyms). Immutable and thread-safe.
 */
final class Lexicon {
    static final String RESOURCE = "/org/factiongraph/extract/lexicon.txt";

    /** Sections compared by lower-case surface form rather than by name key ("a" must not become "al"). */
    private static final Set<String> LITERAL = Set.of("not-name-start", "name-connector", "pronoun-subject",
            "clause-boundary", "verb-group", "negation", "hedge");

    /** Sections whose lines are a word, a tab and its value ("Syrian\tSyrian government"). */
    private static final Set<String> TAB_SEPARATED = Set.of("demonym", "ideology-adjective", "capital", "head-of-state",
            "people-force", "state-people");

    /**
     * Sections whose entries may end in the kind they give ("brigade armed_group", "alliance umbrella"); in the others
     * a last word that happens to spell a kind is part of the entry ("jihadist group").
     */
    private static final Set<String> KINDED = Set.of("group-prefix", "group-suffix", "group-of-head", "descriptor");

    private final Map<String, Map<String, String>> sections;

    private Lexicon(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Map<String, String>> out = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String section = null;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    out.computeIfAbsent(section, s -> new LinkedHashMap<>());
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(RESOURCE + ": entry before any [section]: " + t);
                }
                String word;
                String value;
                if (LITERAL.contains(section)) {
                    word = t.toLowerCase(Locale.ROOT);
                    value = "";
                } else if (TAB_SEPARATED.contains(section)) {
                    String[] p = t.split("\t");
                    word = p[0].strip();
                    value = p.length > 1 ? p[1].strip() : "";
                } else {
                    int sp = KINDED.contains(section) ? lastKindSplit(t) : -1;
                    word = sp < 0 ? t : t.substring(0, sp).strip();
                    value = sp < 0 ? "" : t.substring(sp + 1).strip();
                    String k = NameNormalizer.key(word);
                    String raw = word.toLowerCase(Locale.ROOT);
                    word = k.isEmpty() ? raw : k;
                    if (!raw.equals(word) && raw.indexOf(' ') < 0) {
                        // "counter-offensive", "lt.", "rebel-held": callers look one token up by its lower-case form
                        out.get(section).put(raw, value);
                    }
                }
                out.get(section).put(word, value);
            }
            Map<String, Map<String, String>> frozen = new HashMap<>();
            out.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
            return new Lexicon(Map.copyOf(frozen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits "operations room operations_room" at the last space when the tail is a kind or category word. */
    private static int lastKindSplit(String t) {
        int sp = t.lastIndexOf(' ');
        if (sp < 0) {
            return -1;
        }
        String tail = t.substring(sp + 1);
        if (tail.equals("actor") || tail.equals("umbrella") || tail.equals("group")) {
            return sp;
        }
        try {
            EntityKind.parse(tail);
            return tail.contains("_") || tail.equals("coalition") || tail.equals("state") || tail.equals("place")
                    || tail.equals("person") || tail.equals("party") || tail.equals("agency") || tail.equals("ideology")
                    ? sp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    Map<String, String> section(String name) {
        Map<String, String> s = sections.get(name);
        if (s == null) {
            throw new IllegalStateException(RESOURCE + " has no section [" + name + "]");
        }
        return s;
    }

    Set<String> words(String name) {
        return section(name).keySet();
    }

    boolean has(String section, String key) {
        return section(section).containsKey(key);
    }

    /** Whether the section holds the token's lemma or its lower-case form ("fought" by "fight", "overran" as is). */
    boolean has(String section, Tok t) {
        return has(section, t.lemma()) || has(section, t.lower());
    }

    String value(String section, String key) {
        return section(section).get(key);
    }

    /** Multi-word entries of a section, longest first, as lists of key words. */
    List<String[]> phrases(String section) {
        List<String[]> out = new ArrayList<>();
        for (String w : section(section).keySet()) {
            out.add(w.split(" "));
        }
        out.sort((a, b) -> b.length - a.length);
        return out;
    }
}
