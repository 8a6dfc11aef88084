package org.factiongraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.factiongraph.model.PartialDate;

/** Small helpers shared by the tests. */
final class T {
    static final TemporalTagger TAGGER = new TemporalTagger();

    private T() {
    }

    static TimeContext ctx(String documentDate) {
        return new TimeContext(PartialDate.parseOrNull(documentDate));
    }

    static List<TimeMention> tag(String text, TimeContext ctx) {
        return TAGGER.tag(text, 0, text.length(), ctx);
    }

    static List<TimeMention> tag(String text, String documentDate) {
        return tag(text, ctx(documentDate));
    }

    /** The single mention whose text is {@code surface}; fails when there is none or more than one. */
    static TimeMention only(List<TimeMention> ms, String surface) {
        List<TimeMention> hits = ms.stream().filter(m -> m.text().equals(surface)).toList();
        if (hits.size() != 1) {
            fail("expected one mention '" + surface + "' in " + show(ms));
        }
        return hits.get(0);
    }

    static String show(List<TimeMention> ms) {
        return ms.stream().map(m -> m.text() + "=" + m.date() + "/" + m.role()).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Dates of all mentions, as strings, in order. */
    static List<String> dates(List<TimeMention> ms) {
        return ms.stream().map(m -> m.date().toString()).toList();
    }

    static void assertDate(String expected, TimeMention m) {
        assertEquals(expected, m.date().toString(), () -> "date of '" + m.text() + "'");
    }
}
