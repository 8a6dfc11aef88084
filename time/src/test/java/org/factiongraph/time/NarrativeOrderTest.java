package org.factiongraph.time;

import static org.factiongraph.time.T.assertDate;
import static org.factiongraph.time.T.ctx;
import static org.factiongraph.time.T.only;
import static org.factiongraph.time.T.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Months without a year after a flashback, months with "of last year", and background references. */
class NarrativeOrderTest {

    @Test
    void aBareMonthAfterLastAprilMovesForwardToTheMonthBeforeTheReport() {
        TimeContext c = ctx("2014-02-04");
        assertDate("2013-04", only(tag("The rift dates back to last April.", c), "last April"));
        // January after April 2013, not after the report: January 2014 (not January 2013)
        assertDate("2014-01", only(tag("an alliance formed in January to confront ISIS", c), "January"));
    }

    @Test
    void aDayAndMonthToldBeforeWithItsYearKeepsThatYearAfterAFlashback() {
        TimeContext c = ctx("2013-06-20");
        tag("On 9 April 2013, the emir announced the merger.", c);
        tag("The group had been proclaimed in October 2006.", c);
        assertDate("2013-04-09", only(tag("His statement of 9 April declared the name cancelled.", c), "9 April"));
        // and the narrative goes on from there: the next day is 10 April 2013, not 2007
        assertDate("2013-04-10", only(tag("The reply came on 10 April.", c), "10 April"));
    }

    @Test
    void aBareMonthStaysInTheRunningYearWhenTheNextOneWouldBeAfterTheReport() {
        TimeContext c = ctx("2016-05-10");
        tag("The group was formed last month.", c);
        assertDate("2016-03", only(tag("It had taken the town in March.", c), "March"));
    }

    @Test
    void aYearAfterSinceLeavesTheNarrativeInItsYear() {
        TimeContext c = ctx("2016-01-26");
        tag("Troops took Rabia on Sunday, two weeks after Salma.", c);
        List<TimeMention> ms = tag("Salma, which insurgents had held since 2012, fell on January 12.", c);
        assertEquals(Role.START, only(ms, "2012").role());
        assertDate("2016-01-12", only(ms, "January 12"));
    }

    @Test
    void thatMonthIsTheMonthOfTheRunningYear() {
        TimeContext c = ctx("2019-10-05");
        tag("In 2015 the group joined the coalition.", c);
        assertDate("2015-03", only(tag("the coalition took Idlib city that March", c), "March"));
    }

    @Test
    void aMonthOfLastYearIsTheReportYearBefore() {
        assertDate("2013-11", only(tag("its founder was killed in November of last year", "2014-12-01"),
                "November of last year"));
        assertDate("2016-11-06", only(tag("began its campaign on November 6 last year", "2017-10-20"),
                "November 6 last year"));
    }

    @Test
    void aMonthOfTheSameYearTakesTheRunningYear() {
        TimeContext c = ctx("2019-10-05");
        tag("The front was formed in May 2018.", c);
        assertDate("2018-08", only(tag("In August of the same year, two more groups joined.", c),
                "August of the same year"));
    }

    @Test
    void weeksAgoInABackgroundClauseMovesNeitherTheRunningNorTheLatestDate() {
        TimeContext c = ctx("2015-11-12");
        tag("Syrian troops on Tuesday broke the siege, the biggest gain since Russia began its campaign six weeks ago.",
                c);
        assertEquals("2015-11-10", c.latest().toString()); // Tuesday, not six weeks earlier
        assertNull(c.running());
    }

    @Test
    void restoringPutsBackTheRunningAndLatestDates() {
        TimeContext c = ctx("2018-02-25");
        tag("Zenki had left HTS last July.", c);
        assertEquals("2017-07", c.running().toString());
        c.restore(null, null);
        assertNull(c.running());
        assertNull(c.latest());
        assertEquals("2018-02-25", c.anchor().toString());
    }
    @Test
    void sinceABareMonthInThePresentPerfectCountsBackFromTheReportNotFromAYearMentionedBefore() {
        TimeContext c = ctx("2016-10-02");
        tag("The village, held by the rebels since 2013, was shelled again.", c);
        assertDate("2016-03", only(tag("It has been under siege since March.", c), "March"));
        // the past perfect stays in the narrative: the March of the running year
        TimeContext p = ctx("2016-10-02");
        tag("The village fell in 2013.", p);
        assertDate("2013-03", only(tag("It had been under siege since March.", p), "March"));
    }
}
