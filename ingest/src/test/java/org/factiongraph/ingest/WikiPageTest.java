package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factiongraph.model.Document;
import org.factiongraph.model.Field;
import org.junit.jupiter.api.Test;

class WikiPageTest {
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());

    private Document read(String text) throws Exception {
        return readers.read("x.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void infoboxFieldsCarryValuesAsWrittenAndOffsetsOfTheirLines() throws Exception {
        Document d = read(WikiPageReaderTest.PAGE);
        List<Field> f = d.fields();
        assertEquals(List.of("Active", "Part of", "Operations Rooms", "Operations Rooms"), f.stream().map(Field::key).toList());
        assertEquals(List.of("2013-2016", "Southern Front", "First Room", "Second Room (Daraa only)"),
                f.stream().map(Field::value).toList());
        assertEquals("Part of: Southern Front", d.text().substring(f.get(1).start(), f.get(1).end()));
        assertEquals("Second Room (Daraa only)", d.text().substring(f.get(3).start(), f.get(3).end()));
        for (Field field : f) {
            assertEquals(true, d.text().substring(field.start(), field.end()).contains(field.value()));
        }
        assertEquals("Example Wiki", d.publisher());
    }

    @Test
    void pageWithoutNavigationLinksIsRecognisedByTaglineAndInfobox() throws Exception {
        String page = "Katibat Example\n\nFrom Some Other Wiki\n\nDetails\nActive: 2012\n\nKatibat Example was a group.";
        Document d = read(page);
        int at = page.indexOf("Active: 2012");
        assertEquals("wiki", d.format());
        assertEquals("Some Other Wiki", d.publisher());
        assertEquals(List.of(new Field("Active", "2012", at, at + "Active: 2012".length())), d.fields());
    }

    @Test
    void anInfoboxCopiedWithoutItsHeadingIsReadOnAWikiPage() throws Exception {
        String page = "Katibat Example\n\nFrom Some Other Wiki\n\nKatibat Example\nParticipant in the war\n"
                + "Dates of operation: 2012 - 2018\nLeaders: Abu Example\nPart of: Example Front\n\n"
                + "Katibat Example was a group. Its motto: none.";
        Document d = read(page);
        assertEquals("wiki", d.format());
        assertEquals(List.of("Dates of operation", "Leaders", "Part of"), d.fields().stream().map(Field::key).toList());
        Document news = read("Rebels advance\n\nBy: A Writer\nPublished: 3 May 2016\nUpdated: 4 May 2016\n\n"
                + "Rebels advanced on Monday.");
        assertEquals("text", news.format(), "a news page's byline lines make no wiki page");
    }

    @Test
    void indentedKeyedLinesUnderAKeyWithoutValueBelongToThatKey() throws Exception {
        String page = "Battle of Example\n\nFrom Some Other Wiki\nJump to navigation\n\nBattle of Example\n"
                + "Date: 2015\nLocation: Example\n"
                + "Result: Victory\n"
                + "Belligerents:\n"
                + "  Example Front: Liwa One, Liwa Two\n  Other: Liwa Three\nCommanders and leaders:\n"
                + "  Abu Example (Liwa One)\n\nThe battle was fought in 2015.";
        Document d = read(page);
        assertEquals(List.of("Date", "Location", "Result", "Belligerents", "Belligerents", "Commanders and leaders"),
                d.fields().stream().map(Field::key).toList());
        assertEquals("Example Front: Liwa One, Liwa Two", d.fields().get(3).value());
    }

    @Test
    void anInfoboxCopiedFromARenderedPageSetsValuesApartByTabsOrSpaces() throws Exception {
        String page = "Katibat Example\n\nFrom Some Other Wiki\nJump to: navigation, search\n\nKatibat Example\n"
                + "Participant in the war\n\nActive            2012 - 2017\nIdeology\tSunni Islamism\n"
                + "                  Salafism\nArea of\noperations        Latakia Governorate\n"
                + "Leaders           Abu Example\n\nKatibat Example was a group.";
        Document d = read(page);
        assertEquals("wiki", d.format());
        assertEquals(List.of("Active", "Ideology", "Ideology", "Area of operations", "Leaders"),
                d.fields().stream().map(Field::key).toList());
        assertEquals(List.of("2012 - 2017", "Sunni Islamism", "Salafism", "Latakia Governorate", "Abu Example"),
                d.fields().stream().map(Field::value).toList());
        for (Field field : d.fields()) {
            assertEquals(true, d.text().substring(field.start(), field.end()).contains(field.value()));
        }
        Document news = read("Rebels advance\n\nBy A Writer\n\nGroup      Fighters\nLiwa One   300\n"
                + "Liwa Two   200\n\nRebels advanced on Monday.");
        assertEquals("text", news.format(), "a table of aligned columns in a report makes no wiki page");
    }

    @Test
    void crlfPageKeepsOffsetsValidAfterNormalisation() throws Exception {
        Document d = read(WikiPageReaderTest.PAGE.replace("\n", "\r\n"));
        Field first = d.fields().get(0);
        assertEquals("Active: 2013-2016", d.text().substring(first.start(), first.end()));
    }

    @Test
    void newsTextStartingWithFromIsNotAWikiPage() throws Exception {
        Document d = read("From our correspondent in Aleppo\n\nRebels advanced on Monday. Q: What next?");
        assertEquals("text", d.format());
        assertEquals(List.of(), d.fields());
    }

    @Test
    void lastEditedFooterDatesThePage() throws Exception {
        Document d = read(WikiPageReaderTest.PAGE + "\n\nThis page was last edited on 5 March 2019, at 10:12.");
        assertEquals("2019-03-05", String.valueOf(d.published()));
    }
}
