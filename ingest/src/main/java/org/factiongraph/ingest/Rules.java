package org.factiongraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads the reading rules kept as data files next to this class. Immutable results; thread-safe. */
final class Rules {
    private Rules() {
    }

    /** Non-blank, non-comment lines of a resource, trimmed. */
    static List<String> lines(String resource) {
        try (InputStream in = Rules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** {@code key = value} lines of a resource, in order. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("not a key = value line in " + resource + ": " + line);
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return Map.copyOf(out);
    }

    /** Whole-line, case-insensitive patterns, one a line. */
    static List<Pattern> patterns(String resource) {
        return lines(resource).stream().map(Rules::wholeLine).toList();
    }

    static Pattern wholeLine(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
