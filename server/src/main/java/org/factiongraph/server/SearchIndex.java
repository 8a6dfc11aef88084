package org.factiongraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factiongraph.model.Entity;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;

/**
 * Search over entity names and document text.
 *
 * <p>Names are compared by their {@link NameNormalizer#key} (so "Jaish al Fateh" and "Jaysh al-Fatah" are the same
 * name) and, failing an exact key, by edit distance between keys, so a misspelt name still finds its entity.
 * Document text is matched case-insensitively, the whole query first, else its words. Immutable and thread-safe.
 */
final class SearchIndex {

    /** Names whose keys are at least this similar (1 − edit distance / longer length) are found. */
    static final double MIN_SIMILARITY = 0.75;
    private static final int SNIPPET_RADIUS = 90;

    private record NameKey(Entity entity, String name, String key) {
    }

    private record Doc(String id, String name, String title, String text, String lower) {
    }

    private final List<NameKey> names;
    private final List<Doc> docs;

    private SearchIndex(List<NameKey> names, List<Doc> docs) {
        this.names = names;
        this.docs = docs;
    }

    static SearchIndex build(List<Entity> entities, ClaimStore store, List<DocumentSummary> summaries) {
        List<NameKey> names = new ArrayList<>();
        for (Entity e : entities) {
            Set<String> texts = new LinkedHashSet<>();
            texts.add(e.canonicalName());
            for (Name n : e.names()) {
                texts.add(n.text());
            }
            for (String t : texts) {
                String k = NameNormalizer.key(t);
                if (!k.isEmpty()) {
                    names.add(new NameKey(e, t, k));
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (DocumentSummary s : summaries) {
            store.document(s.id()).ifPresent(d -> docs.add(new Doc(d.id(), d.name(), d.title(), d.text(),
                    d.text().toLowerCase(Locale.ROOT))));
        }
        return new SearchIndex(List.copyOf(names), List.copyOf(docs));
    }

    /** Entities whose names match {@code query}, best first (one hit per entity). */
    List<Dto.EntityHit> entities(String query, int limit) {
        String qk = NameNormalizer.key(query);
        if (qk.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Dto.EntityHit> best = new java.util.HashMap<>();
        for (NameKey nk : names) {
            double score = score(qk, nk.key);
            if (score < MIN_SIMILARITY) {
                continue;
            }
            Dto.EntityHit prev = best.get(nk.entity.id());
            if (prev == null || prev.score() < score) {
                best.put(nk.entity.id(), new Dto.EntityHit(nk.entity.id(), nk.entity.canonicalName(),
                        nk.entity.kind(), nk.name, Math.round(score * 1000) / 1000.0));
            }
        }
        List<Dto.EntityHit> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Dto.EntityHit::score).reversed()
                .thenComparing(Dto.EntityHit::canonicalName).thenComparing(Dto.EntityHit::id));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** 1 for the same key, 0.9 when the query is a word prefix of the name, else edit-distance similarity. */
    static double score(String qk, String key) {
        if (qk.equals(key)) {
            return 1.0;
        }
        if (qk.length() >= 3 && (key.startsWith(qk) || key.contains(" " + qk))) {
            return 0.9;
        }
        int longer = Math.max(qk.length(), key.length());
        int maxDist = (int) Math.floor(longer * (1 - MIN_SIMILARITY));
        if (Math.abs(qk.length() - key.length()) > maxDist) {
            return 0;
        }
        int d = levenshtein(qk, key, maxDist);
        return d > maxDist ? 0 : 1.0 - (double) d / longer;
    }

    /**
     * Edit distance, giving up (returning max + 1) once it must exceed {@code max}. Only the diagonal band of
     * width {@code 2 max + 1} is computed: cells outside it are more than {@code max} apart anyway.
     */
    static int levenshtein(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int big = max + 1;
        if (Math.abs(n - m) > max) {
            return big;
        }
        int[] prev = new int[m + 2];
        int[] cur = new int[m + 2];
        for (int j = 0; j <= m + 1; j++) {
            prev[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[0] = i <= max ? i : big;
            cur[lo - 1] = lo == 1 ? cur[0] : big;
            int rowMin = lo == 1 ? cur[0] : big;
            char ca = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                int v = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                v = Math.min(v, cur[j - 1] + 1);
                v = Math.min(v, prev[j] + 1);
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            cur[hi + 1] = big;
            if (rowMin > max) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }

    /** Documents whose text contains the query (or, failing that, its words), most hits first. */
    List<Dto.DocumentHit> documents(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT).trim();
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : q.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        List<Dto.DocumentHit> out = new ArrayList<>();
        for (Doc d : docs) {
            // lower-casing can change the length of a few characters; then offsets would not map back
            if (d.lower.length() != d.text.length()) {
                continue;
            }
            List<String> needles = d.lower.contains(q) ? List.of(q) : present(d.lower, words);
            if (needles.isEmpty()) {
                continue;
            }
            out.add(hit(d, needles));
        }
        out.sort(Comparator.comparingInt(Dto.DocumentHit::hits).reversed().thenComparing(Dto.DocumentHit::name));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static List<String> present(String lower, List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (lower.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Dto.DocumentHit hit(Doc d, List<String> needles) {
        int first = Integer.MAX_VALUE;
        int hits = 0;
        for (String n : needles) {
            for (int i = d.lower.indexOf(n); i >= 0; i = d.lower.indexOf(n, i + n.length())) {
                hits++;
                first = Math.min(first, i);
            }
        }
        int from = Math.max(0, first - SNIPPET_RADIUS);
        int to = Math.min(d.text.length(), first + SNIPPET_RADIUS);
        while (from > 0 && !Character.isWhitespace(d.text.charAt(from - 1)) && first - from < SNIPPET_RADIUS + 20) {
            from--;
        }
        while (to < d.text.length() && !Character.isWhitespace(d.text.charAt(to)) && to - first < SNIPPET_RADIUS + 20) {
            to++;
        }
        String snippet = d.text.substring(from, to);
        String lowerSnippet = d.lower.substring(from, to);
        List<Dto.Highlight> marks = new ArrayList<>();
        for (String n : needles) {
            for (int i = lowerSnippet.indexOf(n); i >= 0; i = lowerSnippet.indexOf(n, i + n.length())) {
                marks.add(new Dto.Highlight(i, i + n.length()));
            }
        }
        marks.sort(Comparator.comparingInt(Dto.Highlight::start));
        List<Dto.Highlight> merged = new ArrayList<>();
        for (Dto.Highlight h : marks) {
            if (!merged.isEmpty() && h.start() < merged.get(merged.size() - 1).end()) {
                Dto.Highlight last = merged.remove(merged.size() - 1);
                merged.add(new Dto.Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < d.text.length() ? "…" : "";
        List<Dto.Highlight> shifted = new ArrayList<>();
        for (Dto.Highlight h : merged) {
            shifted.add(new Dto.Highlight(h.start() + prefix.length(), h.end() + prefix.length()));
        }
        return new Dto.DocumentHit(d.id, d.name, d.title, prefix + snippet + suffix, shifted, hits);
    }
}
