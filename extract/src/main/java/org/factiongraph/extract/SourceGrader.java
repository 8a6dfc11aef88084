package org.factiongraph.extract;

import org.factiongraph.model.Document;
import org.factiongraph.model.Grade;
import org.factiongraph.model.NameNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Grades a document on the Admiralty scale from {@code grading.txt}: the text's own self-description first (a
 * page that says it mixes fact and fiction), then the original source named in a "Source:" line, then the
 * publisher, then the default. Immutable and thread-safe.
 */
final class SourceGrader {
    static final String RESOURCE = "/org/factiongraph/extract/grading.txt";
    private static final int HEAD = 3000;

    private final Map<String, Grade> selfDescription = new LinkedHashMap<>();
    private final Map<String, Grade> publishers = new LinkedHashMap<>();
    private final Grade unknown;
    private final Grade none;

    SourceGrader() {
        Map<String, Grade> defaults = new LinkedHashMap<>();
        try (InputStream in = SourceGrader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String section = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    section = l;
                    continue;
                }
                String[] f = l.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": expected 'phrase<TAB>grade': " + l);
                }
                Grade g = Grade.parse(f[1]);
                switch (String.valueOf(section)) {
                    case "[self-description]" -> selfDescription.put(f[0].toLowerCase(Locale.ROOT), g);
                    case "[publisher]" -> publishers.put(NameNormalizer.key(f[0]), g);
                    case "[default]" -> defaults.put(f[0], g);
                    default -> throw new IllegalStateException(RESOURCE + ": entry outside a section: " + l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        unknown = defaults.getOrDefault("unknown", new Grade('C', 3));
        none = defaults.getOrDefault("none", Grade.UNKNOWN);
    }

    Grade grade(Document doc) {
        String text = doc.text();
        String head = text.substring(0, Math.min(HEAD, text.length())).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Grade> e : selfDescription.entrySet()) {
            if (head.contains(e.getKey())) {
                return e.getValue();
            }
        }
        int src = text.indexOf("Source:");
        if (src >= 0) {
            String line = text.substring(src, Math.min(text.length(), src + 200));
            Grade g = findPublisher(line);
            if (g != null) {
                return g;
            }
        }
        if (doc.publisher() != null && !doc.publisher().isBlank()) {
            Grade g = publishers.get(NameNormalizer.key(doc.publisher()));
            if (g == null) {
                g = findPublisher(doc.publisher());
            }
            return g == null ? unknown : g;
        }
        return doc.published() != null ? unknown : none;
    }

    private Grade findPublisher(String text) {
        String k = " " + NameNormalizer.key(text) + " ";
        Grade best = null;
        int bestLen = 0;
        for (Map.Entry<String, Grade> e : publishers.entrySet()) {
            if (k.contains(" " + e.getKey() + " ") && e.getKey().length() > bestLen) {
                best = e.getValue();
                bestLen = e.getKey().length();
            }
        }
        return best;
    }
}
