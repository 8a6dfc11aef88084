package org.factiongraph.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesAndPrintsEachPrecision() {
        assertEquals("2014", PartialDate.parse("2014").toString());
        assertEquals(Precision.YEAR, PartialDate.parse("2014").precision());
        assertEquals("2014-12", PartialDate.parse("2014-12").toString());
        assertEquals(Precision.MONTH, PartialDate.parse("2014-12").precision());
        assertEquals("2014-12-25", PartialDate.parse("2014-12-25").toString());
        assertEquals(Precision.DAY, PartialDate.parse("2014-12-25").precision());
        assertEquals("2014-03-05", PartialDate.parse("2014-3-5").toString());
    }

    @Test
    void rejectsMalformedAndImpossibleDates() {
        for (String bad : new String[] {"", "14", "2014-13", "2014-00", "2014-02-30", "2014-12-25T10:00", "x2014"}) {
            assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
        }
        assertNull(PartialDate.parseOrNull("  "));
    }

    @Test
    void coarserDateIsNeitherBeforeNorAfterAFinerDateInsideIt() {
        PartialDate year = PartialDate.parse("2014");
        PartialDate dec = PartialDate.parse("2014-12");
        assertFalse(year.isBefore(dec));
        assertFalse(year.isAfter(dec));
        assertTrue(year.overlaps(dec));
        assertTrue(year.contains(dec));
        assertFalse(dec.contains(year));
        assertTrue(dec.agreesAt(year));
    }

    @Test
    void disjointDatesCompareAcrossPrecisions() {
        assertTrue(PartialDate.parse("2014-12").isBefore(PartialDate.parse("2015")));
        assertTrue(PartialDate.parse("2015-01-01").isAfter(PartialDate.parse("2014")));
        assertFalse(PartialDate.parse("2014-12-31").isBefore(PartialDate.parse("2014")));
        assertFalse(PartialDate.parse("2014-11").overlaps(PartialDate.parse("2014-12-01")));
    }

    @Test
    void daysCoveredFollowTheCalendar() {
        assertEquals(LocalDate.of(2016, 2, 29), PartialDate.parse("2016-02").lastDay());
        assertEquals(LocalDate.of(2014, 12, 31), PartialDate.parse("2014").lastDay());
        assertEquals(LocalDate.of(2014, 1, 1), PartialDate.parse("2014").firstDay());
    }

    @Test
    void sortOrderIsTotalAndPutsCoarserFirst() {
        List<PartialDate> ds = new ArrayList<>(List.of(PartialDate.parse("2015"), PartialDate.parse("2014-01-05"),
                PartialDate.parse("2014-01"), PartialDate.parse("2014")));
        Collections.sort(ds);
        assertEquals("[2014, 2014-01, 2014-01-05, 2015]", ds.toString());
    }

    @Test
    void truncatesToCoarserPrecisionOnly() {
        PartialDate d = PartialDate.parse("2014-12-25");
        assertEquals("2014-12", d.truncate(Precision.MONTH).toString());
        assertEquals("2014", d.truncate(Precision.YEAR).toString());
        assertEquals("2014", PartialDate.parse("2014").truncate(Precision.DAY).toString());
    }
}
