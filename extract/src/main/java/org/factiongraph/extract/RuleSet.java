package org.factiongraph.extract;

import org.factiongraph.model.Relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sentence rules, loaded from {@code relation-rules.txt} (its header documents the pattern language).
 * Loading checks the invariants: unique ids, a known relation, subject and object slots that the pattern binds
 * (or the discourse references {@code @topic} / {@code @umbrella}), a known time role and kind class.
 * Immutable and thread-safe.
 */
final class RuleSet {
    static final String RESOURCE = "/org/factiongraph/extract/relation-rules.txt";
    static final Set<String> KIND_CLASSES = Set.of("actor", "group", "umbrella", "place", "person", "state",
            "pname", "placename", "any", "ideology", "armed", "coalition", "org", "army", "unit", "help", "partner",
            "backer", "force");
    static final Set<String> TIMES = Set.of("auto", "start", "end", "at", "none", "founding");

    private static final java.util.regex.Pattern DEFINE = java.util.regex.Pattern.compile("define ([A-Z]+) = (.+)");
    private static final java.util.regex.Pattern USE = java.util.regex.Pattern.compile("\\$([A-Z]+)");

    private final List<Rule> rules;
    /** For each trigger word, the positions of the rules it triggers, ascending. */
    private final Map<String, int[]> byTrigger;
    /** The positions of the rules without a trigger word, which every sentence may match. */
    private final int[] untriggered;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> index = new HashMap<>();
        List<Integer> none = new ArrayList<>();
        for (int i = 0; i < this.rules.size(); i++) {
            Set<String> triggers = this.rules.get(i).triggers();
            if (triggers.isEmpty()) {
                none.add(i);
            }
            for (String t : triggers) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> by = new HashMap<>();
        index.forEach((t, ids) -> by.put(t, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.byTrigger = Map.copyOf(by);
        this.untriggered = none.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * The rules a sentence may match: those with one of their trigger words among {@code words} (the sentence's
     * lower-case forms and lemmas) and those without a trigger word, in the file's order. One look-up per word of
     * the sentence, where testing each rule's triggers against the sentence cost a look-up per rule and word.
     */
    List<Rule> triggeredBy(Set<String> words) {
        BitSet on = new BitSet(rules.size());
        for (int i : untriggered) {
            on.set(i);
        }
        for (String w : words) {
            int[] ids = byTrigger.get(w);
            if (ids != null) {
                for (int i : ids) {
                    on.set(i);
                }
            }
        }
        List<Rule> out = new ArrayList<>(on.cardinality());
        for (int i = on.nextSetBit(0); i >= 0; i = on.nextSetBit(i + 1)) {
            out.add(rules.get(i));
        }
        return out;
    }

    static RuleSet load() {
        try (InputStream in = RuleSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with each "$NAME" replaced by its define; an undefined name is an error. */
    private static String expand(String text, java.util.Map<String, String> defines) {
        java.util.regex.Matcher um = USE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (um.find()) {
            String v = defines.get(um.group(1));
            if (v == null) {
                throw new IllegalArgumentException("undefined $" + um.group(1));
            }
            um.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v));
        }
        um.appendTail(sb);
        return sb.toString();
    }

    /** Parses rules; throws IllegalArgumentException naming the line of the first invalid rule. */
    static RuleSet parse(String content, String where) {
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<String, String> defines = new java.util.HashMap<>();
        int no = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                try {
                    if (t.startsWith("define ")) {
                        java.util.regex.Matcher dm = DEFINE.matcher(t);
                        if (!dm.matches()) {
                            throw new IllegalArgumentException("bad define: " + t);
                        }
                        // a list may name one defined above it: "define ATTACK = $ASSAULT|shelled|struck"
                        defines.put(dm.group(1), expand(dm.group(2).strip(), defines));
                        continue;
                    }
                    Rule rule = parseRule(expand(t, defines));
                    if (!ids.add(rule.id())) {
                        throw new IllegalArgumentException("duplicate rule id '" + rule.id() + "'");
                    }
                    out.add(rule);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(where + ":" + no + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSet(out);
    }

    static Rule parseRule(String line) {
        String[] f = line.split("\\s\\|\\s", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("a rule has 7 fields (id|relation|subject|object|time|flags|pattern), found "
                    + f.length);
        }
        String id = f[0].strip();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("bad rule id '" + id + "'");
        }
        String rel = f[1].strip();
        boolean closes = rel.equals("close");
        Relation relation = closes ? Relation.MEMBER_OF : Relation.parse(rel);
        String subject = f[2].strip();
        String object = f[3].strip();
        String time = f[4].strip();
        if (!TIMES.contains(time)) {
            throw new IllegalArgumentException("unknown time role '" + time + "' (one of " + TIMES + ")");
        }
        boolean neg = false;
        boolean hedge = false;
        boolean page = false;
        boolean free = false;
        boolean nearest = false;
        double p = 0.8;
        for (String flag : f[5].strip().split(",")) {
            String fl = flag.strip();
            if (fl.isEmpty()) {
                continue;
            }
            if (fl.equals("neg")) {
                neg = true;
            } else if (fl.equals("hedge")) {
                hedge = true;
            } else if (fl.equals("free")) {
                free = true;
            } else if (fl.equals("page")) {
                page = true;
            } else if (fl.equals("nearest")) {
                nearest = true;
            } else if (fl.startsWith("n=") || fl.startsWith("prior=")) {
                // measurement record written by RulePrecision: claims counted, and the hand-set prior precision
                double v = Double.parseDouble(fl.substring(fl.indexOf('=') + 1));
                if (v < 0) {
                    throw new IllegalArgumentException("negative value: " + fl);
                }
            } else if (fl.startsWith("p=")) {
                p = Double.parseDouble(fl.substring(2));
                if (p <= 0 || p > 1) {
                    throw new IllegalArgumentException("precision must be in (0,1]: " + fl);
                }
            } else {
                throw new IllegalArgumentException("unknown flag '" + fl + "'");
            }
        }
        List<Rule.Element> pattern = new ArrayList<>();
        Set<Character> slots = new HashSet<>();
        Set<String> triggers = null;
        for (String tok : f[6].strip().split("\\s+")) {
            Rule.Element e = element(tok);
            if (e instanceof Rule.Slot s) {
                if (!slots.add(s.name())) {
                    throw new IllegalArgumentException("slot " + s.name() + " bound twice");
                }
            }
            if (triggers == null && e instanceof Rule.Word w && !w.optional() && !w.exact()) {
                triggers = w.alternatives();
                if (triggers.contains(",")) {
                    // the colon after a line's heading name reads as an apposition's comma ("* HTS: a group led by P");
                    // so does a spaced dash (RuleMatcher.triggerNear)
                    triggers = new HashSet<>(triggers);
                    triggers.add(":");
                }
            }
            if (triggers == null && e instanceof Rule.Slot s && RuleMatcher.HEAD_WORDS.containsKey(s.kindClass())) {
                triggers = RuleMatcher.HEAD_WORDS.get(s.kindClass()); // "its American partners": the slot's head
            }
            pattern.add(e);
        }
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        checkRef(subject, slots, "subject", false);
        checkRef(object, slots, "object", !relation.hasObject() || closes);
        if (!closes && !relation.hasObject() && !object.equals("-")) {
            throw new IllegalArgumentException(relation.wire() + " takes no object; use '-'");
        }
        return new Rule(id, closes ? null : relation, closes, subject, object, time, neg, hedge, page, free, p, pattern,
                triggers == null ? Set.of() : triggers, nearest);
    }

    private static void checkRef(String ref, Set<Character> slots, String what, boolean mayBeNone) {
        if (ref.equals("-")) {
            if (!mayBeNone) {
                throw new IllegalArgumentException(what + " is required");
            }
            return;
        }
        if (ref.equals("@topic") || ref.equals("@umbrella") || ref.equals("@army")) {
            return;
        }
        if (ref.length() != 1 || !slots.contains(ref.charAt(0))) {
            throw new IllegalArgumentException(what + " slot '" + ref + "' is not bound by the pattern");
        }
    }

    static Rule.Element element(String tok) {
        boolean optional = tok.length() > 1 && tok.endsWith("?");
        String t = optional ? tok.substring(0, tok.length() - 1) : tok;
        if (t.matches("~\\d+")) {
            return new Rule.Gap(Integer.parseInt(t.substring(1)), false);
        }
        if (t.matches("-\\d+")) {
            return new Rule.Gap(Integer.parseInt(t.substring(1)), true);
        }
        if (t.equals("_")) {
            return new Rule.Any(optional);
        }
        if (t.equals("POSS")) {
            return new Rule.Poss(optional);
        }
        if (t.startsWith("@") && t.length() > 1) {
            return new Rule.Pos(t.substring(1), optional);
        }
        if (t.matches("[A-Z]\\+?(:[a-z]+)?")) {
            char name = t.charAt(0);
            boolean list = t.length() > 1 && t.charAt(1) == '+';
            int colon = t.indexOf(':');
            String cls = colon < 0 ? "actor" : t.substring(colon + 1);
            if (!KIND_CLASSES.contains(cls)) {
                throw new IllegalArgumentException("unknown kind class '" + cls + "' (one of " + KIND_CLASSES + ")");
            }
            if (optional) {
                throw new IllegalArgumentException("a slot cannot be optional: " + tok);
            }
            return new Rule.Slot(name, cls, list);
        }
        boolean exact = t.startsWith("=");
        String body = exact ? t.substring(1) : t;
        Set<String> alts = new LinkedHashSet<>();
        for (String a : body.split("\\|")) {
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in '" + tok + "'");
            }
            alts.add(exact ? a : a.toLowerCase(Locale.ROOT));
        }
        return new Rule.Word(Set.copyOf(alts), exact, optional);
    }
}
