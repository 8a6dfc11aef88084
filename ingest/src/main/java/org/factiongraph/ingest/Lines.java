package org.factiongraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text with their offsets ({@code end} excludes the {@code \n}). Immutable. */
final class Lines {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\p{Zs}\\t]+");

    /** One line: {@code text.substring(start, end)}. */
    record Line(int index, int start, int end, String text) {
        String trimmed() {
            return text.strip();
        }

        /** The trimmed line with no-break and other Unicode spaces turned into plain spaces, for matching rules. */
        String matchable() {
            return SPACES.matcher(text).replaceAll(" ").strip();
        }

        boolean blank() {
            return text.isBlank();
        }

        /** Whether the line opens with white space (an infobox's continuation line, a nested key). */
        boolean indented() {
            return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
        }

        /** Offset of the first non-blank character. */
        int contentStart() {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return start + i;
        }

        /** Offset just after the last non-blank character. */
        int contentEnd() {
            int i = text.length();
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            return start + i;
        }
    }

    private Lines() {
    }

    /** At most {@code max} lines from the start of {@code text}. */
    static List<Line> of(String text, int max) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n && out.size() < max) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            out.add(new Line(out.size(), start, end, text.substring(start, end)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    static List<Line> of(String text) {
        return of(text, Integer.MAX_VALUE);
    }
}
