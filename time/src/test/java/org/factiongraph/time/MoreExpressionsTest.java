package org.factiongraph.time;

import static org.factiongraph.time.T.assertDate;
import static org.factiongraph.time.T.ctx;
import static org.factiongraph.time.T.only;
import static org.factiongraph.time.T.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoreExpressionsTest {

    @Test
    void abbreviatedMonthsWithAndWithoutFullStop() {
        List<TimeMention> ms = tag("In Sept. 2014, Oct. 2015 and Jan 2013.", (String) null);
        assertEquals(List.of("2014-09", "2015-10", "2013-01"), T.dates(ms));
        assertEquals("Sept. 2014", ms.get(0).text());
    }

    @Test
    void betweenMonthAndMonthIsAStartAndAnEnd() {
        List<TimeMention> ms = tag("Between March and May it fought.", "2015-06-10");
        assertEquals(List.of("2015-03", "2015-05"), T.dates(ms));
        assertEquals(List.of(Role.START, Role.END), ms.stream().map(TimeMention::role).toList());
    }

    @Test
    void untilTheEndOfAMonthIsAnEnd() {
        TimeMention m = only(tag("It held the town until the end of March.", "2015-06-10"), "end of March");
        assertDate("2015-03", m);
        assertEquals(Role.END, m.role());
    }

    @Test
    void weekdayNamedWithADayPicksTheYearWhereTheyAgree() {
        // 3 January was a Friday in 2014, not in 2015: the weekday overrides the document-year default
        TimeMention m = only(tag("On Friday, January 3, the rebels advanced.", "2015-06-10"), "Friday, January 3");
        assertDate("2014-01-03", m);
    }

    @Test
    void aWeekdayWithADayInTheDocumentsYearWinsOverARunningYearItDoesNotFit() {
        // a blog of 14 October 2016 looks back at 2012, then tells of "Sunday 10 January": 10 January was a Sunday
        // in 2016 (and in 2010, near the running year), so the document's year
        TimeContext c = ctx("2016-10-14");
        tag("Anyone who followed the uprising online in 2012 remembers the town.", c);
        assertDate("2016-01-10", only(tag("On the morning of Sunday 10 January, fighters stormed the radio.", c),
                "Sunday 10 January"));
        // the running year still wins where the weekday fits it: 3 January 2014 was a Friday
        TimeContext d = ctx("2020-06-10");
        tag("The offensive began in 2014.", d);
        assertDate("2014-01-03", only(tag("On Friday, January 3, the rebels advanced.", d), "Friday, January 3"));
    }

    @Test
    void aBulletinsWeekdayWithASlashedDayAndMonthTakesTheReadingThatFallsOnIt() {
        // a bulletin of Monday 6 October 2014: 03/10 is 3 October (a Friday), not 10 March
        assertDate("2014-10-03", only(tag("- Fri 03/10: troops took the village.", "2014-10-06"), "Fri 03/10"));
        assertDate("2014-10-04", only(tag("- Saturday 04/10: rebels attacked.", "2014-10-06"), "Saturday 04/10"));
        // the month first where only that order gives the weekday: 4 March 2014 was a Tuesday, 3 April a Thursday
        assertDate("2014-03-04", only(tag("Tue 03/04: clashes resumed.", "2014-03-10"), "Tue 03/04"));
    }

    @Test
    void aMentionIsEverAtMostOnce() {
        List<TimeMention> ms = tag("on Wednesday, January 8, 2014 in the 2011-2014 period", "2014-01-08");
        assertEquals(List.of("2014-01-08", "2011", "2014"), T.dates(ms));
        for (int i = 1; i < ms.size(); i++) {
            assertEquals(true, ms.get(i - 1).end() <= ms.get(i).start());
        }
    }

    @Test
    void threeWeeksLaterFromADayCountsWeeks() {
        TimeContext c = ctx(null);
        tag("On 1 March 2015 it formed.", c);
        assertDate("2015-03-22", only(tag("Three weeks later it split.", c), "Three weeks later"));
    }

    @Test
    void theNextDayFollowsTheRunningDay() {
        TimeContext c = ctx(null);
        tag("On 31 December 2014 it attacked.", c);
        assertDate("2015-01-01", only(tag("The next day it withdrew.", c), "The next day"));
    }
}
