package org.factiongraph.ingest;

import java.util.List;
import org.factiongraph.model.PartialDate;
import org.factiongraph.time.TemporalTagger;
import org.factiongraph.time.TimeMention;

/**
 * Reads publication dates through the {@code time} module's {@link TemporalTagger}: whole metadata values
 * ({@link TemporalTagger#parseDate}: ISO dates and date-times, "January 28, 2015", "28 January 2015", "Jan 2015",
 * "25Oct15", RFC 1123, …) and the first fully written date in a stretch of text
 * ({@link TemporalTagger#absoluteDates}). Untrusted input never makes it throw. Stateless, thread-safe.
 */
final class Dates {
    /** Values longer than this are sentences, not dates; they are not handed to the parser. */
    private static final int MAX_VALUE = 80;

    private Dates() {
    }

    /** The date {@code s} consists of (surrounding whitespace and a trailing full stop aside), or null. */
    static PartialDate whole(String s) {
        String t = s.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.length() > MAX_VALUE) {
            return null;
        }
        try {
            return TemporalTagger.parseDate(t);
        } catch (RuntimeException e) {
            return null;    // a value the parser cannot take is simply not a date
        }
    }

    /** The fully written absolute dates in {@code text}, in order; empty when there are none. */
    static List<PartialDate> all(String text) {
        try {
            return TemporalTagger.absoluteDates(text).stream().map(TimeMention::date).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The first fully written absolute date in {@code text}, or null. */
    static PartialDate first(String text) {
        try {
            List<TimeMention> dates = TemporalTagger.absoluteDates(text);
            return dates.isEmpty() ? null : dates.get(0).date();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
