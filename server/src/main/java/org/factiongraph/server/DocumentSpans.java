package org.factiongraph.server;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;

/**
 * Finds what to highlight in a document's text: every occurrence of a name of an entity its claims refer to
 * (groups, places, people …, linked to the entity), and the time expressions that dated its claims (the year of a
 * claim's date inside the claim's evidence, with the month and day written next to it). Spans never overlap;
 * longer and earlier spans win. Stateless and thread-safe.
 */
final class DocumentSpans {

    private static final String MONTHS;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (Month m : Month.values()) {
            names.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            names.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        StringBuilder sb = new StringBuilder();
        names.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(n -> {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(n));
        });
        MONTHS = sb.toString();
    }

    private DocumentSpans() {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
    private static final int MAX_NAME_WORDS = 8;

    /** The form names are looked up by: lower case, words joined by one space. */
    static String nameKey(String name) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    static List<Dto.Span> of(Document doc, List<Claim> claims, Map<String, Entity> entities,
                             Map<String, Entity> byName) {
        String text = doc.text();
        List<Dto.Span> found = new ArrayList<>();
        // every known name in the text (groups, places …), longest first at each word
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    if (k > i) {
                        sb.append(' ');
                    }
                    sb.append(text, words.get(k)[0], words.get(k)[1]);
                }
                Entity e = byName.get(sb.toString().toLowerCase(Locale.ROOT));
                if (e != null) {
                    found.add(new Dto.Span(words.get(i)[0], words.get(i + n - 1)[1], "entity", e.id(), e.kind(),
                            e.canonicalName()));
                    break;
                }
            }
        }
        Map<String, Set<String>> needles = new LinkedHashMap<>();
        Map<String, Ref> refs = new LinkedHashMap<>();
        for (Claim c : claims) {
            for (Ref r : new Ref[] {c.subject(), c.object()}) {
                if (r == null || r.isLiteral()) {
                    continue;
                }
                refs.putIfAbsent(r.entityId(), r);
                Set<String> ns = needles.computeIfAbsent(r.entityId(), k -> new LinkedHashSet<>());
                addNeedle(ns, r.mention());
                addNeedle(ns, r.name());
                Entity e = entities.get(r.entityId());
                if (e != null) {
                    addNeedle(ns, e.canonicalName());
                    for (Name n : e.names()) {
                        addNeedle(ns, n.text());
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> en : needles.entrySet()) {
            Ref r = refs.get(en.getKey());
            Entity e = entities.get(en.getKey());
            String label = e != null ? e.canonicalName() : r.name();
            var kind = e != null ? e.kind() : r.kind();
            for (String n : en.getValue()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
                while (m.find()) {
                    found.add(new Dto.Span(m.start(), m.end(), "entity", en.getKey(), kind, label));
                }
            }
        }
        for (Claim c : claims) {
            if (c.evidence() == null) {
                continue;
            }
            int from = Math.max(0, c.evidence().start());
            int to = Math.min(text.length(), c.evidence().end());
            if (from >= to) {
                continue;
            }
            Set<Integer> years = new LinkedHashSet<>();
            for (PartialDate d : new PartialDate[] {c.start(), c.end(), c.at()}) {
                if (d != null) {
                    years.add(d.year());
                }
            }
            for (int y : years) {
                Pattern p = Pattern.compile("(?:(?:\\d{1,2}\\s+)?(?:" + MONTHS + ")\\.?\\s+(?:\\d{1,2},?\\s+)?)?"
                        + "(?<!\\d)" + y + "(?!\\d)", Pattern.CASE_INSENSITIVE);
                Matcher m = p.matcher(text).region(from, to);
                while (m.find()) {
                    found.add(new Dto.Span(m.start(), m.end(), "time", null, null, m.group()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Dto.Span::start)
                .thenComparing(Comparator.comparingInt((Dto.Span s) -> s.end() - s.start()).reversed()));
        List<Dto.Span> out = new ArrayList<>();
        int end = 0;
        for (Dto.Span s : found) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    private static void addNeedle(Set<String> out, String s) {
        if (s != null && s.strip().length() >= 2) {
            out.add(s.strip());
        }
    }
}
