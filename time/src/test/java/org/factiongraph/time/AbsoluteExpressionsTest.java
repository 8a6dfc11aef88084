package org.factiongraph.time;

import static org.factiongraph.time.T.assertDate;
import static org.factiongraph.time.T.only;
import static org.factiongraph.time.T.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbsoluteExpressionsTest {

    @Test
    void monthAndYearGiveAMonth() {
        TimeMention m = only(tag("It was formed in January 2014 from a merger.", "2016-01-01"), "January 2014");
        assertDate("2014-01", m);
        assertEquals(Role.POINT, m.role());
        assertFalse(m.relative());
    }

    @Test
    void prepositionIsNotPartOfTheMention() {
        String text = "it was established in December 2012 as a merger";
        TimeMention m = only(tag(text, (String) null), "December 2012");
        assertEquals(text.indexOf("December"), m.start());
        assertEquals(text.indexOf(" as"), m.end());
    }

    @Test
    void bareYearGivesAYear() {
        assertDate("2014", only(tag("The group was active in 2014.", (String) null), "2014"));
    }

    @Test
    void yearBeforeANounIsStillAYear() {
        assertDate("2011", only(tag("prior to participating in the 2011 protests", (String) null), "2011"));
    }

    @Test
    void yearRangeGivesStartAndEnd() {
        List<TimeMention> ms = tag("Active: 2012-2018", (String) null);
        assertEquals(2, ms.size());
        assertDate("2012", ms.get(0));
        assertEquals(Role.START, ms.get(0).role());
        assertDate("2018", ms.get(1));
        assertEquals(Role.END, ms.get(1).role());
        assertEquals("2012", ms.get(0).text());
        assertEquals(8, ms.get(0).start());
        assertEquals(13, ms.get(1).start());
    }

    @Test
    void enDashRangeWithShortEndYearIsARange() {
        assertEquals(List.of("2012", "2014"), T.dates(tag("the 2012–14 campaign", (String) null)));
    }

    @Test
    void fromToAndBetweenAndMakeStartAndEnd() {
        List<TimeMention> ms = tag("It fought from 2013 to 2015 and between 2016 and 2017.", (String) null);
        assertEquals(List.of(Role.START, Role.END, Role.START, Role.END), ms.stream().map(TimeMention::role).toList());
        assertEquals(List.of("2013", "2015", "2016", "2017"), T.dates(ms));
    }

    @Test
    void monthRangeWithOneYearGivesTwoMonths() {
        List<TimeMention> ms = tag("Fighting raged from January to March 2014.", (String) null);
        assertEquals(List.of("2014-01", "2014-03"), T.dates(ms));
        assertEquals(Role.START, ms.get(0).role());
        assertEquals(Role.END, ms.get(1).role());
    }

    @Test
    void monthRangeAcrossTheNewYearStartsInThePreviousYear() {
        assertEquals(List.of("2013-12", "2014-02"), T.dates(tag("December–February 2014", (String) null)));
    }

    @Test
    void modifiedYearsGiveTheYear() {
        List<TimeMention> ms = tag("In mid-2015, late 2014, early 2013 and by the end of 2016.", (String) null);
        assertDate("2015", only(ms, "mid-2015"));
        assertDate("2014", only(ms, "late 2014"));
        assertDate("2013", only(ms, "early 2013"));
        TimeMention end = only(ms, "the end of 2016");
        assertDate("2016", end);
        assertEquals(Role.POINT, end.role());
    }

    @Test
    void seasonWithYearGivesTheYear() {
        List<TimeMention> ms = tag("in spring 2013 and in the summer of 2012", (String) null);
        assertEquals(List.of("2013", "2012"), T.dates(ms));
    }

    @Test
    void decadesAreIgnored() {
        assertTrue(tag("In the 1990s and the mid-1980s, and the '70s", "2014-01-08").isEmpty());
    }

    @Test
    void dayMonthWithoutYearTakesTheDocumentYear() {
        List<TimeMention> ms = tag("posted on October 21 and 21 October.", "2015-10-25");
        assertDate("2015-10-21", only(ms, "October 21"));
        assertDate("2015-10-21", only(ms, "21 October"));
        assertTrue(ms.get(0).relative());
    }

    @Test
    void dayMonthWithoutYearAfterTheDocumentDateIsLastYear() {
        assertDate("2014-12-21", only(tag("On December 21, the group split.", "2015-01-10"), "December 21"));
    }

    @Test
    void dayMonthWithoutYearTakesTheRunningYear() {
        TimeContext ctx = T.ctx("2016-05-01");
        tag("In 2013 the group formed.", ctx);
        assertDate("2013-10-21", only(tag("On October 21 it split.", ctx), "October 21"));
    }

    @Test
    void fullDateInTagIsAbsoluteAndSetsTheRunningDate() {
        TimeContext ctx = T.ctx(null);
        TimeMention m = only(tag("On January 28, 2015 the group left.", ctx), "January 28, 2015");
        assertDate("2015-01-28", m);
        assertEquals("2015-01-28", ctx.running().toString());
    }

    @Test
    void roleCuesMarkStartAndEnd() {
        List<TimeMention> ms = tag("It held the town from 2013, until 2015, since 2016, by 2017 and through 2018.",
                (String) null);
        assertEquals(List.of(Role.START, Role.END, Role.START, Role.POINT, Role.END),
                ms.stream().map(TimeMention::role).toList());
    }
}
