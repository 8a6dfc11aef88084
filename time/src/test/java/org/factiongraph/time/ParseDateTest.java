package org.factiongraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParseDateTest {

    private static String parse(String v) {
        var d = TemporalTagger.parseDate(v);
        return d == null ? null : d.toString();
    }

    @Test
    void isoDateAndDateTimeGiveTheDay() {
        assertEquals("2015-01-28", parse("2015-01-28"));
        assertEquals("2015-01-28", parse("2015-01-28T10:00:00Z"));
        assertEquals("2015-01-28", parse("2015-01-28T23:59:59+03:00"));
        assertEquals("2015-01-28", parse(" 20150128 "));
    }

    @Test
    void writtenDatesGiveTheDay() {
        assertEquals("2015-01-28", parse("January 28, 2015"));
        assertEquals("2015-01-28", parse("28 January 2015"));
        assertEquals("2015-10-25", parse("25Oct15"));
        assertEquals("2015-01-28", parse("28.01.2015"));
    }

    @Test
    void rfc1123GivesTheDay() {
        assertEquals("2015-01-28", parse("Wed, 28 Jan 2015 10:00:00 GMT"));
    }

    @Test
    void monthAndYearKeepTheirPrecision() {
        assertEquals("2015-01", parse("Jan 2015"));
        assertEquals("2015-01", parse("2015-01"));
        assertEquals("2015", parse("2015"));
    }

    @Test
    void slashedDateWithUnknowableOrderGivesOnlyTheYear() {
        assertEquals("2015-01-28", parse("28/01/2015"));
        assertEquals("2015-01-28", parse("01/28/2015"));
        assertEquals("2015", parse("03/04/2015"));
    }

    @Test
    void nonDatesGiveNull() {
        assertNull(parse(null));
        assertNull(parse(""));
        assertNull(parse("hello"));
        assertNull(parse("7070"));
        assertNull(parse("2015-02-30"));
        assertNull(parse("January 28, 2015 and more words"));
        assertNull(parse("x".repeat(1000)));
    }
}
