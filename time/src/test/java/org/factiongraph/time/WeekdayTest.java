package org.factiongraph.time;

import static org.factiongraph.time.T.assertDate;
import static org.factiongraph.time.T.ctx;
import static org.factiongraph.time.T.only;
import static org.factiongraph.time.T.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The news convention, on a report dated Wednesday 8 January 2014. */
class WeekdayTest {

    private static final String WEDNESDAY_REPORT = "2014-01-08";

    private static String weekday(String text, String surface) {
        return only(tag(text, WEDNESDAY_REPORT), surface).date().toString();
    }

    @Test
    void theReportsOwnWeekdayIsTheReportDay() {
        assertEquals("2014-01-08", weekday("On Wednesday, rebels took control of a hospital.", "Wednesday"));
    }

    @Test
    void earlierWeekdaysAreTheMostRecentBeforeTheReport() {
        assertEquals("2014-01-02", weekday("targeting its headquarters with a car bomb Thursday.", "Thursday"));
        assertEquals("2014-01-05", weekday("On Sunday, ISIS killed 50 prisoners.", "Sunday"));
        assertEquals("2014-01-07", weekday("in a statement on Tuesday.", "Tuesday"));
    }

    @Test
    void lastFridayIsTheMostRecentFriday() {
        assertEquals("2014-01-03", weekday("The unified rebels last Friday launched an offensive.", "last Friday"));
    }

    @Test
    void lastWeekdayOfTheReportsOwnDayIsAWeekEarlier() {
        assertEquals("2014-01-01", weekday("last Wednesday", "last Wednesday"));
    }

    @Test
    void nextWeekdayIsStrictlyAfterTheReport() {
        assertEquals("2014-01-10", weekday("talks resume next Friday", "next Friday"));
    }

    @Test
    void weekdayMentionCoversTheNameNotTheOn() {
        String text = "reported on Wednesday.";
        TimeMention m = only(tag(text, WEDNESDAY_REPORT), "Wednesday");
        assertEquals(text.indexOf("Wednesday"), m.start());
        assertEquals(text.indexOf("."), m.end());
        assertTrue(m.relative());
    }

    @Test
    void weekdaysResolveAgainstTheDocumentNotTheRunningDate() {
        TimeContext c = ctx(WEDNESDAY_REPORT);
        tag("The group was formed in March 2012.", c);
        assertDate("2014-01-02", only(tag("It was attacked on Thursday.", c), "Thursday"));
    }

    @Test
    void weekdaysDoNotMoveTheRunningDate() {
        TimeContext c = ctx(WEDNESDAY_REPORT);
        tag("The group was formed in March 2012.", c);
        tag("It was attacked on Thursday.", c);
        assertEquals("2012-03", c.running().toString());
        assertDate("2012-12", only(tag("It split in December.", c), "December"));
    }

    @Test
    void hoursLaterCountsFromTheLatestWeekday() {
        TimeContext c = ctx(WEDNESDAY_REPORT);
        tag("the alliance that formed last month said in a statement on Tuesday.", c);
        assertDate("2014-01-07", only(tag("ISIS fired back hours later in an audio message.", c), "hours later"));
    }

    @Test
    void weekdaysNeedADocumentDateAtDayPrecision() {
        assertTrue(tag("On Wednesday rebels advanced.", "2014-01").isEmpty());
        TimeContext c = ctx(null);
        assertTrue(tag("On Wednesday rebels advanced.", c).isEmpty());
        assertNull(c.running());
    }

    @Test
    void pluralAndLowercaseWeekdaysAreNotDates() {
        assertTrue(tag("Protests were held on Fridays; a sunday school.", WEDNESDAY_REPORT).isEmpty());
    }
}
