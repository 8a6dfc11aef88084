package org.factiongraph.extract;

import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Encyclopedia articles copied without their site line still have their title as subject. */
class PageSubjectTest {

    private static List<Claim> extract(String name, String text) throws Exception {
        Document d = new DocumentReaders(ReadLimits.defaults()).read(name, text.getBytes(StandardCharsets.UTF_8));
        return GoldSets.extractor().extract(d).claims();
    }

    @Test
    void anArticleThatOpensByDefiningItsTitleIsAboutIt() throws Exception {
        List<Claim> cs = extract("akrad.txt", "Jabhat al-Akrad\n\nJabhat al-Akrad (Kurdish Front) is a Kurdish "
                + "armed group in northern Syria allied to the People's Protection Units (YPG). The YPG dominates the "
                + "Kurdish areas.\n\nHistory\n\n"
                + "The group was formed in late 2012 by Kurdish fighters from Afrin.\n");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Jabhat al-Akrad") && "2012".equals(String.valueOf(c.at()))),
                cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("People's Protection Units")), cs.toString());
    }

    @Test
    void aPageTitledWithAFacilityNameIsAboutAPlaceNotAGroup() throws Exception {
        List<Claim> cs = extract("tell-marah-barracks.txt", "Tell Marah Barracks\n\nTell Marah Barracks is a "
                + "military installation of the Syrian Arab Army near Morek.\n\nHistory\n\nIn 2013 Jaysh al-Izza "
                + "besieged the barracks. Its commander Colonel Sami al-Hassan was killed in 2014.\n");
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().equals("Tell Marah Barracks")), cs.toString());
    }

    @Test
    void aPageTitledWithABattleIsAboutAnEventWhoseBoxSplitsTheSidesWithADecoratedVersus() throws Exception {
        List<Claim> cs = extract("battle-of-tell-marah.txt", "Battle of Tell Marah (2016)\n\nFrom ConflictWiki, "
                + "the open encyclopedia\nJump to navigation Jump to search\n\nBattle of Tell Marah\n"
                + "Date: 3 June - 24 June 2016\nLocation: Tell Marah, Syria\nResult: Inconclusive\nBelligerents:\n"
                + " Jaysh al-Fatah\n   Liwa Marah\n --- versus ---\n Hezbollah\n Iran (IRGC)\n\n"
                + "The Battle of Tell Marah was fought in June 2016. It ended when the rebels withdrew from the hills "
                + "near Morek.\n");
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().startsWith("Battle of")), cs.toString());
        List<Claim> box = cs.stream().filter(c -> c.method().equals("infobox:belligerents")).toList();
        assertTrue(has(box, "Jaysh al-Fatah", Relation.FOUGHT, "Hezbollah"), cs.toString());
        assertTrue(has(box, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        // "Iran (IRGC)": the state and the force the parenthesis names beside it
        assertTrue(has(box, "Jaysh al-Fatah", Relation.FOUGHT, "Iran"), cs.toString());
        assertTrue(has(box, "Jaysh al-Fatah", Relation.FOUGHT, "Islamic Revolutionary Guard Corps"), cs.toString());
    }

    @Test
    void aLeaderInTheBoxIsNamedWithoutHisRank() throws Exception {
        List<Claim> cs = extract("liwa-al-haqq.txt", "Liwa al-Haqq\n\nFrom ConflictWiki, the open encyclopedia\n"
                + "Jump to navigation Jump to search\n\nLiwa al-Haqq\nActive: 2012-2015\n"
                + "Leaders: Lt. Col. Ahmad Hamdan (2012-2015); Maj. Omar Khalil (2015)\n"
                + "Headquarters: Qalaat al-Madiq\nIdeology: Syrian nationalism\nPart of: Free Syrian Army\n\n"
                + "Liwa al-Haqq was a rebel group in Hama. Its fighters held villages in the Ghab plain.\n");
        List<Claim> box = cs.stream().filter(c -> c.method().startsWith("infobox:")).toList();
        assertTrue(box.stream().anyMatch(c -> c.relation() == Relation.LED_BY && c.object() != null
                && c.object().name().equals("Ahmad Hamdan")), cs.toString());
        assertTrue(box.stream().anyMatch(c -> c.relation() == Relation.LED_BY && c.object() != null
                && c.object().name().equals("Omar Khalil")), cs.toString());
    }

    @Test
    void aBoxLineOpeningWithVsNamesTheOtherSideAndOneLineMayNameSeveralCommanders() throws Exception {
        List<Claim> cs = extract("battle-of-tell-marah.txt", "Battle of Tell Marah (2016)\n\nFrom ConflictWiki, "
                + "the open encyclopedia\nJump to navigation Jump to search\n\nBattle of Tell Marah\n"
                + "Date: 3 June - 24 June 2016\nLocation: Tell Marah, Syria\nResult: Inconclusive\n"
                + "Belligerents: Liwa Marah; Liwa al-Haqq (Jaysh al-Fatah)\n  vs. Syrian Arab Army; Hezbollah\n"
                + "Commanders: Abu Issa (Liwa Marah); Abu Omar (Hezbollah)\n\n"
                + "The Battle of Tell Marah was fought in June 2016. It ended when the rebels withdrew from the hills "
                + "near Morek.\n");
        List<Claim> box = cs.stream().filter(c -> c.method().startsWith("infobox:")).toList();
        assertTrue(has(box, "Liwa Marah", Relation.FOUGHT, "Hezbollah"), cs.toString());
        assertTrue(has(box, "Liwa al-Haqq", Relation.FOUGHT, "Syrian Arab Army"), cs.toString());
        assertFalse(has(box, "Liwa Marah", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        // the group a belligerent fights under, in its parenthesis
        assertTrue(has(box, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(box, "Liwa Marah", Relation.LED_BY, "Abu Issa"), cs.toString());
        assertTrue(has(box, "Hezbollah", Relation.LED_BY, "Abu Omar"), cs.toString());
    }

    @Test
    void theGroupsOneSideOfABoxNamesAreAllies() throws Exception {
        List<Claim> cs = extract("battle-of-tell-marah.txt", "Battle of Tell Marah (2016)\n\nFrom ConflictWiki, "
                + "the open encyclopedia\nJump to navigation Jump to search\n\nBattle of Tell Marah\n"
                + "Date: 3 June - 24 June 2016\nLocation: Tell Marah, Syria\nResult: Inconclusive\n"
                + "Belligerents: Liwa Marah; Liwa al-Haqq (Jaysh al-Fatah)\n  vs. Syrian Arab Army; Hezbollah; "
                + "Russia\n\nThe Battle of Tell Marah was fought in June 2016.\n");
        List<Claim> box = cs.stream().filter(c -> c.method().startsWith("infobox:")).toList();
        assertTrue(has(box, "Liwa Marah", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(box, "Syrian Arab Army", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        // the umbrella in a belligerent's parenthesis is its affiliation, not one more ally
        assertFalse(has(box, "Liwa Marah", Relation.ALLIED_WITH, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(box, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Fatah"), cs.toString());
        // a state further down a side backs its first belligerent rather than fights beside it
        assertFalse(has(box, "Syrian Arab Army", Relation.ALLIED_WITH, "Russia"), cs.toString());
        assertFalse(has(box, "Hezbollah", Relation.ALLIED_WITH, "Russia"), cs.toString());
    }

    @Test
    void aGroupPagesEstablishedPatronAdversariesAndLeadershipFieldsAreRead() throws Exception {
        List<Claim> cs = extract("liwa-marah.txt", "Liwa Marah\n\nFrom Wikipedia, the free encyclopedia\n"
                + "Jump to navigation\n\nLiwa Marah\nEstablished: January 2015\nPatron: Turkey\n"
                + "Adversaries: Jaysh al-Izza\n"
                + "Leadership: Abu Issa\n\nLiwa Marah is an armed group near Morek.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Liwa Marah") && "2015-01".equals(String.valueOf(c.at()))), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Issa"), cs.toString());
    }

    @Test
    void aStateThatOnlyOwnsTheNextNameIsNoObject() throws Exception {
        List<Claim> cs = extract("ypg.txt", "title: t\ndate: 2015-06-16\n\nThe People's Protection Units (YPG), "
                + "the armed wing of Syria's Kurdish Democratic Union Party, took Tal Abyad on Monday.\n");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.object() != null
                && c.object().name().equals("Syria")), cs.toString());
    }

    @Test
    void thePossessedNameAfterAStatesPossessiveAndAnAdjectiveFillsTheSlot() throws Exception {
        List<Claim> cs = extract("ypg2.txt", "title: t\ndate: 2015-06-16\n\nThe People's Protection Units (YPG), "
                + "the armed wing of Syria's Kurdish Democratic Union Party (PYD), said it had entered the town.\n");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.object() != null
                && c.object().name().equals("Democratic Union Party")), cs.toString());
    }

    @Test
    void theTownIsTheOneTheTextIntroducedAsATown() throws Exception {
        List<Claim> cs = extract("town.txt", "title: t\ndate: 2015-06-16\n\nThe YPG captured the border town of "
                + "Tal Abyad from the Islamic State, cutting its supply line to Raqqa. Ahrar al-Sham had held the "
                + "town until 2014.\n");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("Ahrar al-Sham") && c.object().name().equals("Tal Abyad")), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("Ahrar al-Sham") && c.object().name().equals("Raqqa")), cs.toString());
    }

    @Test
    void aTitlesDisambiguationInParenthesesIsNoPartOfTheSubjectsName() throws Exception {
        List<Claim> cs = extract("ndf.txt", "National Defence Forces (Syria)\n\nFrom Some Wiki, the free encyclopedia\n\n"
                + "Details\nActive: 2012-present\nArea: Homs Governorate\n\n"
                + "The NDF is a pro-government militia. It was formed in late 2012 out of the Popular Committees.\n");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("National Defence Forces")), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().contains("(Syria)")), cs.toString());
    }

    @Test
    void aPageTitledWithATakeoverOfAPlaceIsAboutAnEventNotAnActor() throws Exception {
        List<Claim> cs = extract("rebel-takeover-of-kafr-zubayda.txt", "Rebel takeover of Kafr Zubayda (2013)\n\n"
                + "From ConflictWiki, the open encyclopedia\nJump to navigation Jump to search\n\n"
                + "Rebel takeover of Kafr Zubayda\nDate: 3 June 2013\nLocation: Kafr Zubayda, Syria\n\n"
                + "The rebel takeover of Kafr Zubayda took place in June 2013. It was one of a series of takeovers "
                + "that began in Harasta and spread to Douma the following day.\n");
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().toLowerCase().contains("takeover")), cs.toString());
    }

    @Test
    void aBoxFlattenedToOneLineSplitsItsSidesAndCommandersAtTheBar() throws Exception {
        List<Claim> cs = extract("harasta-offensive.txt", "Harasta offensive (2016)\n\nFrom ConflictWiki, "
                + "the open encyclopedia\nJump to navigation Jump to search\n\nHarasta offensive\n"
                + "Date: 3 June - 24 June 2016\nLocation: Harasta, Syria\nResult: Rebel victory\n"
                + "Belligerents: Syrian opposition (Jaysh al-Fatah); Liwa al-Haqq | Hezbollah\n"
                + "Commanders: Abu Issa (Liwa al-Haqq); Abu Omar (Hezbollah) | unknown\n\n"
                + "The Harasta offensive was fought in June 2016. It ended when the rebels took the hills.\n");
        List<Claim> box = cs.stream().filter(c -> c.method().startsWith("infobox:")).toList();
        assertTrue(has(box, "Liwa al-Haqq", Relation.FOUGHT, "Hezbollah"), cs.toString());
        // a side told by a generic word whose body stands in its parenthesis
        assertTrue(has(box, "Jaysh al-Fatah", Relation.FOUGHT, "Hezbollah"), cs.toString());
        assertFalse(has(box, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(box, "Hezbollah", Relation.LED_BY, "Abu Omar"), cs.toString());
    }

    @Test
    void aPronounAfterAFrontedPrepositionsObjectOnAPageIsThePagesSubject() throws Exception {
        List<Claim> cs = extract("liwa-al-haqq.txt", "Liwa al-Haqq\n\nFrom Syrian Factions Wiki\nJump to navigation "
                + "Jump to search\n\nLiwa al-Haqq was a Free Syrian Army group based in Harasta. The group was founded "
                + "in the summer of 2012 as Katibat al-Haqq by local men. In February 2014 it joined the Southern "
                + "Front. Through the Front it received salaries and ammunition from the Military Operations Center "
                + "in Amman.\n");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
        assertFalse(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
        // the name it was founded under is its earlier name
        assertTrue(has(cs, "Katibat al-Haqq", Relation.RENAMED_TO, "Liwa al-Haqq"), cs.toString());
    }
}
