package org.factiongraph.time;

import static org.factiongraph.time.T.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Things that look like dates but are not. */
class NoiseTest {

    private static void noDates(String text) {
        List<TimeMention> ms = tag(text, "2014-01-08");
        assertTrue(ms.isEmpty(), () -> text + " -> " + T.show(ms));
    }

    @Test
    void agesAreNotDates() {
        noDates("A 24 year-old fighter and a 2014-year-old relic");
    }

    @Test
    void countsAreNotDates() {
        noDates("385 people were killed and 2000 fighters and 1,500 civilians fled; 1999 troops stayed.");
    }

    @Test
    void legalCitationsAreNotDates() {
        noDates("Title 17 U.S.C. Section 107 and Section 1983 and Resolution 2042.");
    }

    @Test
    void versionNumbersPricesAndTimesAreNotDates() {
        noDates("version 2.2014, build 1.2015.3, $2014, 10:00, 20:14, 2014% and at 2015 GMT.");
    }

    @Test
    void numbersOutsideTheYearRangeAreNotDates() {
        noDates("Route 7070 and 1234 and 12345 and 20140");
    }

    @Test
    void urlsPathsAreNotDates() {
        noDates("see example.com/2014/05/story and C:\\2014");
    }

    @Test
    void aYearNextToNoiseIsStillFound() {
        assertEquals(List.of("2011"), T.dates(tag("385 people died in the 2011 protests at 10:00.", "2014-01-08")));
    }

    @Test
    void hugeAndOddInputIsHandled() {
        String big = "x 12 ".repeat(100_000) + " in March 2014 " + "\u0000\uFFFD".repeat(1000);
        List<TimeMention> ms = tag(big, "2014-01-08");
        assertEquals(List.of("2014-03"), T.dates(ms));
    }
}
