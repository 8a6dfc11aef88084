package org.factiongraph.time;

import static org.factiongraph.time.T.assertDate;
import static org.factiongraph.time.T.ctx;
import static org.factiongraph.time.T.only;
import static org.factiongraph.time.T.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeExpressionsTest {

    @Test
    void beginningInMarchInAnOctoberReportIsThisYearsMarchAndAStart() {
        TimeMention m = only(tag("which overran most of the Idlib province beginning in March.", "2015-10-25"), "March");
        assertDate("2015-03", m);
        assertEquals(Role.START, m.role());
        assertTrue(m.relative());
    }

    @Test
    void inDecemberInAJanuaryReportIsLastYearsDecember() {
        assertDate("2013-12", only(tag("The alliance was formed in December.", "2014-01-08"), "December"));
    }

    @Test
    void bareMonthInTheDocumentMonthIsThisYear() {
        assertDate("2015-10", only(tag("in October", "2015-10-25"), "October"));
    }

    @Test
    void bareMonthTakesTheRunningYear() {
        TimeContext c = ctx("2016-06-01");
        tag("It was formed in January 2014 from a merger.", c);
        assertDate("2014-03", only(tag("It had taken the city by March.", c), "March"));
        assertEquals("2014-03", c.running().toString());
    }

    @Test
    void runningDateIsCarriedAcrossSentences() {
        TimeContext c = ctx(null);
        tag("Fastaqim joined the Army of Mujahideen in January 2014.", c);
        tag("The army fought IS for the rest of the year.", c);
        assertDate("2014-12", only(tag("Fastaqim left in December.", c), "December"));
    }

    @Test
    void untilMonthsAreEndsButByMonthsArePoints() {
        // "by August it had taken the town": the time by which something had happened, not the end of a span
        // (annotators date "by" with the point or the start of what it marks, never its end)
        List<TimeMention> ms = tag("The siege lasted until July; by August it was over.", "2014-10-01");
        assertEquals(Role.END, only(ms, "July").role());
        assertEquals(Role.POINT, only(ms, "August").role());
        assertDate("2014-07", only(ms, "July"));
        assertDate("2014-08", only(ms, "August"));
    }

    @Test
    void earlyMidLateMonthsGiveTheMonth() {
        List<TimeMention> ms = tag("Clashes erupted in early March and mid-April.", "2014-06-01");
        assertDate("2014-03", only(ms, "early March"));
        assertDate("2014-04", only(ms, "mid-April"));
    }

    @Test
    void lowercaseMonthWordsAreNotMonths() {
        assertTrue(tag("They may march in line, by may or in march.", "2014-06-01").isEmpty());
    }

    @Test
    void aYearLaterFromAMonthIsAMonth() {
        TimeContext c = ctx(null);
        tag("Fastaqim went its own way in April 2015.", c);
        assertDate("2016-04", only(tag("A year later it became one of the main groups.", c), "A year later"));
    }

    @Test
    void aYearLaterFromAYearIsAYear() {
        TimeContext c = ctx(null);
        tag("In 2013 it formed.", c);
        assertDate("2014", only(tag("A year later it split.", c), "A year later"));
    }

    @Test
    void twoYearsAndAMonthLaterShiftTheRunningDate() {
        TimeContext c = ctx(null);
        tag("in March 2012", c);
        assertDate("2014-03", only(tag("Two years later it split.", c), "Two years later"));
        assertDate("2014-04", only(tag("A month later it was gone.", c), "A month later"));
    }

    @Test
    void exactDaysLaterFromADayAreCounted() {
        TimeContext c = ctx(null);
        tag("On 30 January 2015 it attacked.", c);
        assertDate("2015-02-02", only(tag("Three days later it withdrew.", c), "Three days later"));
    }

    @Test
    void severalDaysLaterKeepsTheRunningDateAndItsPrecision() {
        TimeContext c = ctx("2015-01-28");
        tag("IS began to act in Qalamoun in late 2014.", c);
        TimeMention m = only(tag("A leader defected and joined IS several days later.", c), "several days later");
        assertDate("2014", m);
        TimeContext d = ctx(null);
        tag("in March 2014", d);
        assertDate("2014-03", only(tag("days later", d), "days later"));
    }

    @Test
    void shortlyAfterwardIsTheRunningDate() {
        TimeContext c = ctx(null);
        tag("Fastaqim left in December 2014.", c);
        assertDate("2014-12", only(tag("Shortly afterward it joined the Levant Front.", c), "Shortly afterward"));
    }

    @Test
    void yearsEarlierAndAgoCountBackwards() {
        TimeContext c = ctx("2015-06-10");
        tag("in May 2014", c);
        assertDate("2013-05", only(tag("a year earlier", c), "a year earlier"));
        assertDate("2013", only(tag("two years ago", c), "two years ago"));
    }

    @Test
    void followingAndPreviousYearCountFromTheRunningDate() {
        TimeContext c = ctx(null);
        tag("in 2013", c);
        assertDate("2014", only(tag("The following year it split.", c), "The following year"));
        assertDate("2013", only(tag("the previous year", c), "the previous year"));
    }

    @Test
    void laterThatYearIsTheRunningYear() {
        TimeContext c = ctx(null);
        tag("In March 2016 it formed.", c);
        assertDate("2016", only(tag("Later that year it split.", c), "Later that year"));
    }

    @Test
    void lastMonthIsTheMonthBeforeTheDocument() {
        assertDate("2013-12", only(tag("the alliance that formed last month", "2014-01-08"), "last month"));
    }

    @Test
    void lastYearThisYearNextYearCountFromTheDocument() {
        List<TimeMention> ms = tag("last year, this year and next year", "2014-01-08");
        assertEquals(List.of("2013", "2014", "2015"), T.dates(ms));
    }

    @Test
    void documentRelativeExpressionsIgnoreTheRunningDate() {
        TimeContext c = ctx("2015-10-25");
        tag("It was formed in 2012.", c);
        assertDate("2014", only(tag("Last year it split.", c), "Last year"));
    }

    @Test
    void lastSpringInAJanuaryReportIsTheYearBeforeAndSinceMakesItAStart() {
        TimeMention m = only(tag("under the control of ISIS since last spring.", "2014-01-08"), "last spring");
        assertDate("2013", m);
        assertEquals(Role.START, m.role());
    }

    @Test
    void lastSpringInAnOctoberReportIsThisYear() {
        assertDate("2015", only(tag("last spring", "2015-10-25"), "last spring"));
    }

    @Test
    void lastDecemberIsTheMostRecentDecemberBeforeTheDocument() {
        assertDate("2013-12", only(tag("last December", "2014-01-08"), "last December"));
        assertDate("2014-12", only(tag("last December", "2015-10-25"), "last December"));
    }

    @Test
    void lastWeekYesterdayTodayAndEarlierThisMonth() {
        List<TimeMention> ms = tag("Last week, yesterday, today and earlier this month.", "2014-01-08");
        assertEquals(List.of("2014-01", "2014-01-07", "2014-01-08", "2014-01"), T.dates(ms));
    }

    @Test
    void vagueExpressionsGiveNothing() {
        assertTrue(tag("Rebel gains have slid back in recent months and in recent years.", "2014-01-08").isEmpty());
        assertTrue(tag("Years later, and months later, the group was recently renamed.", "2014-01-08").isEmpty());
    }

    @Test
    void relativeExpressionsWithoutAnAnchorAreSkippedButAbsoluteOnesAreFound() {
        TimeContext c = ctx(null);
        List<TimeMention> ms = tag("In December, last year, on Wednesday and a year later; then in March 2014.", c);
        assertEquals(1, ms.size(), T.show(ms));
        assertDate("2014-03", ms.get(0));
        assertEquals("2014-03", c.running().toString());
    }

    @Test
    void noRunningDateBeforeTheTextSetsOne() {
        TimeContext c = ctx("2014-01-08");
        assertNull(c.running());
        tag("Nothing here.", c);
        assertNull(c.running());
    }

    @Test
    void aSeasonWithoutAYearIsTheRunningYearsAndNotOneStillToCome() {
        TimeContext c = ctx("2016-06-01");
        tag("The brigade was formed in January 2014.", c);
        assertDate("2014", only(tag("It joined the front in the autumn.", c), "the autumn"));
        assertDate("2015", only(tag("It joined the front in the autumn.", "2016-01-10"), "the autumn"));
        assertEquals(Role.START, only(tag("It has held the town since the spring.", "2016-06-01"), "the spring").role());
    }

    @Test
    void theFallOfACityAndASeasonWithItsYearAreNoBareSeason() {
        assertTrue(tag("It fled after the fall of Aleppo in the fall of Idlib.", "2016-06-01").isEmpty());
        assertDate("2014", only(tag("It joined in the summer of 2014.", "2016-06-01"), "the summer of 2014"));
    }
}
