package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places the dictionary does not list, told by the words around them, and "the province" as a province. The village
 * names here are invented for this test, so no dictionary entry can stand in for the reading.
 */
class UnlistedPlacesTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("places.txt", "2016-05-08", body);
    }

    @Test
    void aKnownPlacesMentionKeepsTheCompassWordBeforeIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah fighters stormed government positions in western Aleppo on Friday.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.object().name().equals("Aleppo") && c.object().mention().equals("western Aleppo")), cs.toString());
        List<Claim> split = extract("Jaysh al-Fatah fighters overran Kafr Zubayda in the north-western Hama countryside.");
        assertTrue(split.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.object().mention().equals("north-western Hama countryside")), split.toString());
    }

    @Test
    void theTownAfterANamedTownIsThatTownForAClausesPlace() throws Exception {
        List<Claim> cs = extract("Government forces captured Kafr Zubayda on Friday. Liwa al-Haqq also kept a small presence in the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
    }

    @Test
    void theTownFollowedByATimeNounIsStillThatTown() throws Exception {
        List<Claim> cs = extract("Government forces besieged Morek in July. Gunmen in the town today belong mostly "
                + "to Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aNameAVerbOfCaptureTakesIsAPlace() throws Exception {
        List<Claim> cs = extract("On Friday Jaysh al-Fatah fighters stormed Kafr Zubayda after a night of shelling.");
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
    }

    @Test
    void aNameWithItsArticleSplitOffThatAVerbOfCaptureTakesIsAPlace() throws Exception {
        List<Claim> cs = extract("On Friday Jaysh al-Fatah fighters stormed al-Zubaydiya after a night of shelling.");
        // the place goes by its name as the text writes it, article and all (annotators keep the article)
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "al-Zubaydiya"), cs.toString());
    }

    @Test
    void aNameAVerbOfRiddingItOfAnEnemyTakesIsAPlace() throws Exception {
        List<Claim> cs = extract("State television said the army had cleansed al-Zubaydiya of armed groups.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "al-Zubaydiya"), cs.toString());
    }

    @Test
    void aQuarterOfACityGoesByTheNameBeforeItsHead() throws Exception {
        List<Claim> cs = extract("Government forces seized the Zubaydiya neighbourhood of eastern Aleppo on Sunday.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Zubaydiya"), cs.toString());
        List<Claim> christian = extract("Government forces shelled the Christian town of Sadad on Sunday.");
        assertTrue(has(christian, "Syrian government", Relation.OPERATES_IN, "Sadad"), christian.toString());
    }

    @Test
    void aNameAfterAPrepositionOfPlaceOnAVerbOfFightingIsAPlace() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham fought in Tal Maziraa for three days.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Tal Maziraa"), cs.toString());
    }

    @Test
    void aNameOnlyAPrepositionOnANounPlacesIsNoPlaceOfTheActor() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham rejected the agreement signed in Qurtubiya on Monday.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN), cs.toString());
        List<Claim> language = extract("Ahrar al-Sham, known in Syriac as nothing at all, fought the regime.");
        assertFalse(language.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN), language.toString());
    }

    @Test
    void aNameAVerbOfHoldingOrTakingTakesIsAPlace() throws Exception {
        List<Claim> cs = extract("Government troops have controlled Kafr Zubayda and Zubaydiya since October.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Zubaydiya"), cs.toString());
        cs = extract("By Sunday Jaysh al-Izza held Zubaydiya and the hills around it.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Zubaydiya"), cs.toString());
        cs = extract("Jaysh al-Izza fighters took Zubaydiya after a night of shelling.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Zubaydiya"), cs.toString());
    }

    @Test
    void aNameWithAnArticleListedWithAPlaceIsAPlace() throws Exception {
        List<Claim> cs = extract("IS fighters are still in Hajin, al-Zubaydiya and al-Susah.");
        assertTrue(has(cs, "Islamic State", Relation.OPERATES_IN, "al-Zubaydiya"), cs.toString());
    }

    @Test
    void theProvinceIsTheLastProvinceNamedNotTheVillageNamedAfterIt() throws Exception {
        List<Claim> cs = extract("The Nusra Front has fought in Idlib province since 2012. Most of its recruits are "
                + "men from Binnish and Taftanaz. That summer the Nusra Front seized almost all of the province.");
        List<Claim> seized = cs.stream().filter(c -> c.evidence().sentence().contains("seized")).toList();
        assertTrue(has(seized, "al-Nusra Front", Relation.OPERATES_IN, "Idlib Governorate"), cs.toString());
        assertFalse(has(seized, "al-Nusra Front", Relation.OPERATES_IN, "Taftanaz"), cs.toString());
    }

    @Test
    void aHeldAreaLocatedByAPhraseAfterItPlacesItsHolder() throws Exception {
        List<Claim> cs = extract("The last IS-held pocket on the east bank, around Hajin, fell in December.");
        assertTrue(has(cs, "Islamic State", Relation.OPERATES_IN, "Hajin"), cs.toString());
    }

    @Test
    void aNameOpeningWithAWordThatBeginsPlaceNamesIsAPlaceWhereverItStands() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza fighters attacked Kafr Zubayda on Monday and then took Tal Mahsan "
                + "and Tal Zubayr.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Tal Zubayr"), cs.toString());
    }

    @Test
    void aCapitalFoughtAlongsideIsItsGovernment() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which has fought alongside Damascus since 2013, took the hill.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Damascus"), cs.toString());
    }

    @Test
    void aCapitalGivenSupportIsItsGovernment() throws Exception {
        List<Claim> cs = extract("Tehran's support to Damascus, financial and technical, is not in doubt.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void aNameAfterTheNounOfAnEventHeldAtAPlaceIsAPlace() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza took full control of Zubaydiyah on Monday.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Zubaydiyah"), cs.toString());
    }

    @Test
    void aPersonsDownfallMakesNoPlaceOfHim() throws Exception {
        List<Claim> cs = extract("The council blamed the fall of Hamdan on the defeat at Harasta. Jaysh al-Izza "
                + "later dismissed Hamdan.");
        assertFalse(cs.stream().anyMatch(c -> c.object() != null && c.object().name().equals("Hamdan")),
                cs.toString());
    }

    @Test
    void aNameAnAppositionCallsAGovernmentHeldVillageIsHeldByTheGovernment() throws Exception {
        List<Claim> cs = extract("Fighting reached Zubaydiyah, a government-held village north of Homs, on Monday.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Zubaydiyah"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.OPERATES_IN, "Homs"), cs.toString());
    }

    @Test
    void twoHeldVillagesInAnAppositionAreTheTwoNamedBeforeItNotTheirProvince() throws Exception {
        List<Claim> cs = extract("The deal covers al-Foua and Kefraya, two government-held villages in Idlib "
                + "province.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "al-Fu'ah"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Kafriya"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.OPERATES_IN, "Idlib Governorate"), cs.toString());
    }

    @Test
    void theVillagesOwnOfficialMakesNoPlaceOfAPerson() throws Exception {
        List<Claim> cs = extract("Ahmad Hamdan, the village's mukhtar, said Jaysh al-Izza had left Harasta.");
        assertFalse(cs.stream().anyMatch(c -> c.object() != null && c.object().name().equals("Ahmad Hamdan")),
                cs.toString());
    }

    @Test
    void aPlaceTheArmyAndItsAlliesTookIsTheArmys() throws Exception {
        List<Claim> cs = extract("The rebels lost Idlib, which the army and its allies took on Feb. 8.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Idlib"), cs.toString());
    }

    @Test
    void theTownIsNoDatelinesCity() throws Exception {
        List<Claim> cs = extract("BEIRUT, May 3 (Reuters) - Liwa al-Haqq fighters seized the town on Sunday.");
        assertFalse(cs.stream().anyMatch(c -> c.object() != null && c.object().name().equals("Beirut")),
                cs.toString());
    }
}
