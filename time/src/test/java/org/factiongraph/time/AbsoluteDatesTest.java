package org.factiongraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbsoluteDatesTest {

    private static List<String> dates(String text) {
        return T.dates(TemporalTagger.absoluteDates(text));
    }

    @Test
    void monthDayCommaYearIsADay() {
        assertEquals(List.of("2015-01-28"), dates("Posted January 28, 2015 by staff"));
    }

    @Test
    void dayMonthYearIsADay() {
        assertEquals(List.of("2014-01-08"), dates("Published 8 January 2014."));
    }

    @Test
    void abbreviatedMonthWithFullStopIsRead() {
        assertEquals(List.of("2015-01-28"), dates("on 28 Jan. 2015 in Beirut"));
        assertEquals(List.of("2015-09-03"), dates("Sept. 3, 2015"));
    }

    @Test
    void compactDayMonthTwoDigitYearIsRead() {
        assertEquals(List.of("2015-10-25", "2015-11-10"), dates("[Long War Journal, 25Oct15] published on 10Nov15 by"));
    }

    @Test
    void isoDateIsRead() {
        assertEquals(List.of("2015-01-28"), dates("updated 2015-01-28T10:00:00Z"));
    }

    @Test
    void datesComeInTextOrderWithOffsetsOnTheirCharacters() {
        String text = "First 2015-02-01, then January 28, 2015 and 8 January 2014.";
        List<TimeMention> ms = TemporalTagger.absoluteDates(text);
        assertEquals(List.of("2015-02-01", "2015-01-28", "2014-01-08"), T.dates(ms));
        for (TimeMention m : ms) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertFalse(m.relative());
        }
        assertEquals(text.indexOf("January 28, 2015"), ms.get(1).start());
    }

    @Test
    void weekdayPrefixBelongsToTheDate() {
        List<TimeMention> ms = TemporalTagger.absoluteDates("Wednesday, January 8, 2014: rebels advanced");
        assertEquals(1, ms.size());
        assertEquals("Wednesday, January 8, 2014", ms.get(0).text());
    }

    @Test
    void monthYearAndBareYearAreNotFullDates() {
        assertTrue(dates("In January 2014 and in 2015 the group grew.").isEmpty());
    }

    @Test
    void impossibleDaysAreNotDates() {
        assertTrue(dates("On February 30, 2015 and 2015-13-01 and 2015-02-29").isEmpty());
    }

    @Test
    void emptyAndNullTextGiveNothing() {
        assertTrue(TemporalTagger.absoluteDates("").isEmpty());
        assertTrue(TemporalTagger.absoluteDates(null).isEmpty());
    }
}
