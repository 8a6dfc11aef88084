package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Header blocks, and title, publisher and publication date found in the text itself. */
class TextMetadataTest {
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
    private static final Path GOLD = Path.of("/work/shared/gold/docs");

    private Document read(String text) throws Exception {
        return readers.read("doc.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerBlockFillsMetadataAndIsDroppedFromText() throws Exception {
        Document d = read("Title: Rebels merge\nPUBLISHER: Enab Baladi\nurl: https://example.org/a\nDate: 2016-03-04\n\n"
                + "Body starts here on 1 May 2010.\n");
        assertEquals("Rebels merge", d.title());
        assertEquals("Enab Baladi", d.publisher());
        assertEquals("https://example.org/a", d.url());
        assertEquals(PartialDate.parse("2016-03-04"), d.published());
        assertEquals("Body starts here on 1 May 2010.\n", d.text());
        assertEquals("text", d.format());
    }

    @Test
    void headerSourceIsTheUrlWhenItIsAWebAddressAndThePublisherOtherwise() throws Exception {
        assertEquals("https://x.org/y", read("source: https://x.org/y\n\nBody.").url());
        assertEquals("Syria Direct", read("source: Syria Direct\npublished: March 5, 2014\n\nBody.").publisher());
        assertEquals(PartialDate.parse("2014-03-05"), read("source: Syria Direct\npublished: March 5, 2014\n\nBody.").published());
    }

    @Test
    void linesWithUnknownKeysAreNotAHeader() throws Exception {
        Document d = read("Q: Did you join IS?\n\nA: No.");
        assertEquals("Q: Did you join IS?\n\nA: No.", d.text());
    }

    @Test
    void headerWithoutBlankLineAfterItIsNotAHeader() throws Exception {
        assertEquals("Title: A\nText goes on", read("Title: A\nText goes on").text());
    }

    @Test
    void dateOnALineOfItsOwnNearTheTopIsThePublicationDate() throws Exception {
        Document d = read("2 min read\n\nFactions agree a truce in the south\n\nMarch 3, 2016 Rebels [...]\n\n3 March 2016\n\n"
                + "Fighting began on 1 January 2016 and ended in February 2016.");
        assertEquals(PartialDate.parse("2016-03-03"), d.published());
        assertEquals("Factions agree a truce in the south", d.title());
    }

    @Test
    void aDateAfterASeparatorOnALineNearTheTopIsThePublicationDate() throws Exception {
        Document d = read("NORTHERN POLICY INSTITUTE\nOccasional Paper No. 14 | November 2018\n\n"
                + "The front was announced on 25 July 2014 as a coalition.");
        assertEquals(PartialDate.parse("2018-11"), d.published());
        Document title = read("The Jihadist Landscape After Aleppo        December 2018\n\n14\n\n"
                + "The front was announced in July 2014 as a coalition.");
        assertEquals(PartialDate.parse("2018-12"), title.published());
    }

    @Test
    void sourceLineDateBeatsARepublicationNotice() throws Exception {
        Document d = read("Equipo Example\nBookshop | Donate\n\nGroups form an alliance near the capital\n\n"
                + "Three groups formed a joint operations room on October 21.\n\n"
                + "[Source: By Jane Doe, The Daily Example, NY, 25Oct15]\n\n"
                + "This document has been published on 10Nov15 by the Example Team.");
        assertEquals(PartialDate.parse("2015-10-25"), d.published());
        assertEquals("The Daily Example", d.publisher());
        assertEquals("Groups form an alliance near the capital", d.title());
    }

    @Test
    void sourceLineWithoutADateStillNamesThePublisher() throws Exception {
        Document d = read("Rebels regroup in the north\n\nText of the report.\n\n(Source: Reuters)");
        assertEquals("Reuters", d.publisher());
        assertNull(d.published());
    }

    @Test
    void headerDateThatIsNoDateLeavesTheInTextDate() throws Exception {
        Document d = read("Date: unknown\n\nSome headline of the day\n\n9 April 2013\n\nText.");
        assertEquals(PartialDate.parse("2013-04-09"), d.published());
    }

    @Test
    void firstAbsoluteDateInTheOpeningLinesIsTheFallback() throws Exception {
        Document d = read("Brigade leaves the coalition\n\nBEIRUT, 14 July 2017 (Wire) - The brigade announced it had left.");
        assertEquals(PartialDate.parse("2017-07-14"), d.published());
    }

    @Test
    void aWireCreditAtThePagesFootDatesAPageWhoseTopGivesNoDate() throws Exception {
        String body = "The fighting went on through the night in the southern districts.\n\n".repeat(12);
        Document d = read("Rebels seize the city\n\nBy A. Writer\n\nBeirut (Wire) - Rebels seized the city on Saturday"
                + " after the war began in March 2011.\n\n" + body
                + "ab/cd\n\nWire - Saturday, March 28, 2015 - 15:47");
        assertEquals(PartialDate.parse("2015-03-28"), d.published());
        // a long closing sentence that mentions a day is no credit line: the first date of the text stays
        Document prose = read("Rebels seize the city\n\nBeirut (Wire) - Rebels seized the city on 2 March 2015.\n\n"
                + "More than 215,000 people have been killed since the conflict began on 15 March 2011 with peaceful"
                + " protests demanding the president's ouster, according to the monitor.");
        assertEquals(PartialDate.parse("2015-03-02"), prose.published());
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearOfTheCopyrightLine() throws Exception {
        Document d = read("Brigade defects\n\nBEIRUT, July 10 (Wire) - A brigade that fought in 2012 defected on "
                + "Thursday.\n\n\u00a9 2014 Wire. All rights reserved.");
        assertEquals(PartialDate.parse("2014-07-10"), d.published());
        assertNull(read("Brigade defects\n\nBEIRUT, July 10 (Wire) - A brigade defected on Thursday.").published());
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearOfTheSameDayWrittenInFull() throws Exception {
        Document d = read("Rebels enter the city\n\nBEIRUT/AMMAN, Nov 30 (Wire) - Rebels entered the city on Saturday, "
                + "eight years after the army drove them out in December 2016.\n\n(Photo caption: fighters near the "
                + "citadel, November 30, 2024. Wire/Stringer)");
        assertEquals(PartialDate.parse("2024-11-30"), d.published());
        d = read("Rebels enter the city\n\nBEIRUT, Nov 30 (Wire) - Rebels entered the city, eight years after the "
                + "army drove them out in December 2016.\n\nPhoto: fighters near the citadel, 29 November 2024.");
        assertNotEquals(PartialDate.parse("2024-11-30"), d.published(), "another day's date gives no year");
    }

    @Test
    void anAmbiguousSlashedDateTakesTheReadingThePagesOwnDatesComeClosestBefore() throws Exception {
        Document d = read("Siege broken\n\n09/01/2018 - 14:20 | Ghouta desk\n\nForces reopened a route on Sunday."
                + "\n\n(Photo: smoke over Harasta during air strikes on 6 January 2018.)");
        assertEquals(PartialDate.parse("2018-01-09"), d.published());
        d = read("Siege broken\n\n09/01/2018 - 14:20 | Ghouta desk\n\nForces reopened a route on Sunday."
                + "\n\n(Photo: smoke over Harasta during air strikes on August 30, 2018.)");
        assertEquals(PartialDate.parse("2018-09-01"), d.published());
        d = read("Siege broken\n\n03/05/2018 | Desk\n\nForces reopened a route on Sunday.");
        assertEquals(PartialDate.parse("2018-05-03"), d.published(), "day first without evidence");
    }

    @Test
    void aWeekdayBeforeASlashedDateChoosesTheReadingThatFallsOnIt() throws Exception {
        Document d = read("SITUATION BULLETIN\n\nNo. 188 | Monday 06/10/2014 | Subscribers only\n\nArmy units held the hill.");
        assertEquals(PartialDate.parse("2014-10-06"), d.published(), "6 October 2014 was a Monday, 10 June a Tuesday");
        d = read("SITUATION BULLETIN\n\nNo. 12 | Tuesday 06/10/2014 | Subscribers only\n\nArmy units held the hill.");
        assertEquals(PartialDate.parse("2014-06-10"), d.published());
        d = read("SITUATION BULLETIN\n\nNo. 12 | Sat. 25/10/2014 | Subscribers only\n\nArmy units held the hill.");
        assertEquals(PartialDate.parse("2014-10-25"), d.published());
    }

    @Test
    void textWithoutAnyDateHasNoPublicationDate() throws Exception {
        assertNull(read("Some headline about things\n\nNo dates here at all.").published());
    }

    @Test
    void forMoreFromLineNamesThePublisherEvenWithNoBreakSpaces() throws Exception {
        Document d = read("Some headline about things\n\nBody text.\n\nFor\u00A0more\u00A0from Example Direct, like us on\u00A0Facebook.");
        assertEquals("Example Direct", d.publisher());
    }

    @Test
    void goldNewsDocumentsGetTheirPublicationDates() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "gold documents absent at " + GOLD + "; skipping");
        assertEquals(PartialDate.parse("2015-01-28"), readGold("002_").published());
        assertEquals(PartialDate.parse("2014-01-08"), readGold("003_").published());
        Document d4 = readGold("004_");
        assertEquals(PartialDate.parse("2015-10-25"), d4.published());
        assertEquals("The Long War Journal", d4.publisher());
        assertEquals("Syria Direct", readGold("002_").publisher());
        assertEquals("FSA Qalamoun battalion considers joining the Islamic State", readGold("002_").title());
    }

    @Test
    void goldWikiPagesAreReadAsWikiWithTheirSite() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "gold documents absent at " + GOLD + "; skipping");
        for (String prefix : List.of("000_", "001_")) {
            Document d = readGold(prefix);
            assertEquals("wiki", d.format());
            assertEquals("World War J", d.publisher());
            assertEquals(Files.readString(goldFile(prefix)).replace("\r\n", "\n"), d.text(), "full page text is kept");
        }
        assertEquals("Jaysh al-Qasas", readGold("001_").title());
    }

    private Document readGold(String prefix) throws Exception {
        return readers.read(goldFile(prefix));
    }

    private static Path goldFile(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(GOLD)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no gold document " + prefix + "*"));
        }
    }
}
