package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report excerpts as PDFs give them (hard line breaks, footnote numbers glued to full stops) and names with their
 * translation in parentheses. The text is written for this test.
 */
class ReportLayoutTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("report-layout.txt", "2018-11-15", body);
    }

    private static Claim only(List<Claim> cs, String subject, Relation r, String object) {
        List<Claim> found = cs.stream().filter(c -> c.relation() == r && !c.negated()
                && Texts.named(c.subject(), subject) && (object == null ? c.object() == null
                : Texts.named(c.object(), object))).toList();
        assertEquals(1, found.size(), cs.toString());
        return found.get(0);
    }

    @Test
    void aYesNoQuestionAssertsNothing() throws Exception {
        List<Claim> cs = extract("Q: Has Liwa al-Haqq ever coordinated with the government?");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("Has Jaysh al-Izza been backed by Turkey?");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Liwa al-Haqq has coordinated with the government.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aFootnoteNumberAfterAFullStopEndsTheSentence() throws Exception {
        List<Claim> cs = extract("Jabhat Ansar al-Din was announced in July 2014 in the Aleppo countryside.23 Its "
                + "founding members were Harakat Sham al-Islam and the Green Battalion.");
        assertTrue(has(cs, "Harakat Sham al-Islam", Relation.MEMBER_OF, "Ansar al-Din Front"), cs.toString());
        assertTrue(has(cs, "Green Battalion", Relation.MEMBER_OF, "Ansar al-Din Front"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.evidence().sentence().contains("countryside.23 Its")),
                cs.toString());
    }

    @Test
    void aFootnoteNumberAfterAYearOrACapitalEndsTheSentenceButADecimalStays() throws Exception {
        List<Claim> cs = extract("Brigades loyal to the council joined the offensive against ISIS in January 2014.21 On "
                + "16 February 2014 the Supreme Military Council dismissed Idris and appointed Brigadier General "
                + "Abdul-Ilah al-Bashir as chief of staff.");
        assertTrue(has(cs, "Supreme Military Council", Relation.LED_BY, "Abdul-Ilah al-Bashir"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.evidence().sentence().contains("2014.21")), cs.toString());
        cs = extract("Liwa al-Haqq was armed by Turkey's intelligence agency (MIT).2 Their rivals in Jaysh al-Izza "
                + "fought them near Tell Marah.");
        assertFalse(cs.stream().anyMatch(c -> c.evidence().sentence().contains("(MIT).2")), cs.toString());
        cs = extract("The war had displaced 1.5 Million people when Liwa al-Haqq joined Jaysh al-Izza.");
        assertTrue(cs.stream().allMatch(c -> c.evidence().sentence().startsWith("The war had displaced 1.5")),
                cs.toString());
    }

    @Test
    void aLineClosedByAParenthesisGoesOnWhenTheNextLineStartsInLowerCase() throws Exception {
        Claim f = only(extract("Jabhat Ansar al-Din (the Supporters of the Religion Front)\nwas announced on 25 "
                + "July 2014 as a coalition of jihadist factions.\n"), "Jabhat Ansar al-Din", Relation.FOUNDED, null);
        assertEquals("2014-07-25", String.valueOf(f.at()));
    }

    @Test
    void aNameBrokenAtTheHyphenOfItsArticleAcrossALineIsOneName() throws Exception {
        List<Claim> cs = extract("In late April, open fighting broke out between Liwa al-Haqq and Jaysh al-\n"
                + "Izza in the villages around Tell Marah.\n");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aTranslationInParenthesesNamesTheSameGroupAndNoNewOne() throws Exception {
        List<Claim> cs = extract("Jabhat Ansar al-Din (the Front of the Supporters of the Religion, sometimes "
                + "rendered Jabhat Ansar ad-Din) was announced in July 2014 as a coalition. Its founding components "
                + "included Harakat Sham al-Islam and Harakat Fajr al-Sham al-Islamiya.");
        assertTrue(has(cs, "Harakat Sham al-Islam", Relation.MEMBER_OF, "Ansar al-Din Front"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.object() != null
                && c.object().name().equals("Front of the Supporters of the Religion")), cs.toString());
    }

    @Test
    void aMembersOwnFoundingInAnAppositionNeitherMakesItTheUmbrellaNorDatesItsMembership() throws Exception {
        List<Claim> cs = extract("Jabhat Ansar al-Din was announced in July 2014. Its founding components included "
                + "Harakat Sham al-Islam, a movement created in 2013 by Moroccan veterans, and Harakat Fajr al-Sham "
                + "al-Islamiya.");
        for (String member : List.of("Harakat Sham al-Islam", "Harakat Fajr al-Sham al-Islamiya")) {
            Claim m = only(cs, member, Relation.MEMBER_OF, "Ansar al-Din Front");
            assertEquals("2014-07", String.valueOf(m.start()), m.toString());
        }
    }

    @Test
    void aNewGroupsNameBrokenOverTwoLinesIsNamedOnOneLine() throws Exception {
        List<Claim> cs = extract("In September the commanders of Jaysh al-Izza announced that Liwa Suqur\nal-Qadisiya "
                + "had joined Jaysh al-Izza.");
        assertTrue(cs.stream().anyMatch(c -> c.subject().name().equals("Liwa Suqur al-Qadisiya")), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().contains("\n")
                || c.object() != null && c.object().name().contains("\n")), cs.toString());
    }
}
