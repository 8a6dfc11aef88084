package org.factiongraph.time;

import java.util.Objects;
import org.factiongraph.model.PartialDate;

/**
 * One time expression found in a text, with the date it resolves to. Immutable, thread-safe.
 *
 * @param start    offset of the first character of the expression in the full text that was tagged
 * @param end      offset one past its last character
 * @param text     the expression as written ({@code text.substring(start, end)} of the tagged text)
 * @param date     the resolved date, at the precision the text gives
 * @param role     point, start or end of a span
 * @param relative true when the date was resolved against the document or running date rather than read
 *                 completely from the expression itself
 */
public record TimeMention(int start, int end, String text, PartialDate date, Role role, boolean relative) {
    public TimeMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(role, "role");
    }
}
