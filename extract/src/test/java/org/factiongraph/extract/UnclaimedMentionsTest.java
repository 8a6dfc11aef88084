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
 * Mentions no rule used: a place is where the nearest actor of its sentence, or the document's topic, is active; an
 * attack with no actor before it is the topic's.
 */
class UnclaimedMentionsTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("nearby.txt", "2016-03-02", body);
    }

    private static String method(List<Claim> cs, String subject, String place) {
        return cs.stream().filter(c -> c.relation() == Relation.OPERATES_IN && Texts.named(c.subject(), subject)
                && Texts.named(c.object(), place)).map(Claim::method).findFirst().orElse("none");
    }

    @Test
    void aPlaceNoRuleTiesToAnyoneGoesToTheNearestActorBeforeIt() throws Exception {
        List<Claim> cs = extract("Faylaq al-Sham's strength was concentrated in three areas: the Jabal al-Zawiya "
                + "hills, especially the towns of Kafr Nabl and Maarat al-Numan.");
        assertTrue(has(cs, "Faylaq al-Sham", Relation.OPERATES_IN, "Kafr Nabl"), cs.toString());
        assertTrue(has(cs, "Faylaq al-Sham", Relation.OPERATES_IN, "Maarat al-Numan"), cs.toString());
        assertEquals("rule:" + UnclaimedMentions.NEAREST_METHOD, method(cs, "Faylaq al-Sham", "Kafr Nabl"));
    }

    @Test
    void aSentenceWithPlacesButNoActorSpeaksOfTheDocumentsTopic() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is a rebel group in northern Hama. Jaysh al-Izza was formed in "
                + "2013. Jaysh al-Izza has about 2,500 fighters. The winter brought heavy losses near Latamneh "
                + "and Kafr Zita. In the spring the fighting moved back to Latamneh and Kafr Zita.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Latamneh"), cs.toString());
        assertEquals("rule:" + UnclaimedMentions.TOPIC_METHOD, method(cs, "Jaysh al-Izza", "Kafr Zita"));
    }

    @Test
    void aPlaceNamedOnceWithoutAnActorIsNoPlaceOfTheTopicUnlessTheTextTiesThemAgain() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is a rebel group in northern Hama. Jaysh al-Izza was formed in "
                + "2013. Jaysh al-Izza has about 2,500 fighters. Protests were also held in Latamneh and "
                + "Kafr Zita. Jaysh al-Izza later held Kafr Zita.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Latamneh"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && Texts.named(c.subject(), "Jaysh al-Izza") && Texts.named(c.object(), "Kafr Zita")
                && c.method().equals("rule:" + UnclaimedMentions.TOPIC_METHOD)), cs.toString());
    }

    @Test
    void aWireReportsCreditLineLocatesItsReportersNotTheTopic() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is a rebel group in northern Hama. Jaysh al-Izza was formed in "
                + "2013. Jaysh al-Izza has about 2,500 fighters.\n\n(Reporting by Sami Aziz in Amman and Lina Dib in "
                + "Beirut; Editing by Tom Hale)");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Hama"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Amman"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Beirut"), cs.toString());
    }

    @Test
    void noTopicWhenNoGroupStandsOut() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and Faylaq al-Sham met on Monday. Jaysh al-Izza and Faylaq "
                + "al-Sham signed a statement. The winter brought heavy losses near Latamneh.");
        assertFalse(cs.stream().anyMatch(c -> Texts.named(c.object(), "Latamneh")), cs.toString());
    }

    @Test
    void aDatelineASpeakersBaseAndAStateAreNoPlacesOfActivity() throws Exception {
        List<Claim> cs = extract("BEIRUT \u2014 Faylaq al-Sham announced on Monday that its commander had resigned, "
                + "a Gaziantep-based spokesman said. Turkey has complained about the refugees of Kilis.");
        assertFalse(has(cs, "Faylaq al-Sham", Relation.OPERATES_IN, "Beirut"), cs.toString());
        assertFalse(has(cs, "Faylaq al-Sham", Relation.OPERATES_IN, "Gaziantep"), cs.toString());
        assertFalse(has(cs, "Turkey", Relation.OPERATES_IN, "Kilis"), cs.toString());
    }

    @Test
    void aDatelineOfTwoPlacesInCapitalsPlacesNobody() throws Exception {
        List<Claim> cs = extract("DEIR AL-ZOR/BEIRUT, Sept 6 (Reuters) - Syrian government forces punched through "
                + "Islamic State lines on Tuesday.");
        assertFalse(has(cs, "Islamic State", Relation.OPERATES_IN, "Beirut"), cs.toString());
    }

    @Test
    void aPlaceThatLocatesAnotherOrAGoalNotReachedIsNotPlaced() throws Exception {
        List<Claim> cs = extract("Liwa Abu al-Fadl al-Abbas guarded the Sayyida Zaynab shrine south of Damascus, "
                + "then its men pushed on towards Daraa.");
        assertFalse(has(cs, "Liwa Abu al-Fadl al-Abbas", Relation.OPERATES_IN, "Damascus"), cs.toString());
        assertFalse(has(cs, "Liwa Abu al-Fadl al-Abbas", Relation.OPERATES_IN, "Daraa"), cs.toString());
    }

    @Test
    void aNegatedSentencePlacesNobody() throws Exception {
        List<Claim> cs = extract("Faylaq al-Sham's strength was never concentrated in the towns of Kafr Nabl and "
                + "Maarat al-Numan.");
        assertFalse(has(cs, "Faylaq al-Sham", Relation.OPERATES_IN, "Kafr Nabl"), cs.toString());
    }

    @Test
    void anAttackWithNoActorBeforeItInADocumentAboutAGroupIsTheTopicsFight() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is a rebel group in northern Hama. Jaysh al-Izza was formed in "
                + "2013. Jaysh al-Izza has about 2,500 fighters. The two brigades repelled repeated offensives by "
                + "the Fourth Division in the spring.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "4th Armoured Division"), cs.toString());
    }

    @Test
    void noTopicFightWhenTheVerbsObjectIsReachedThroughAnotherPreposition() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is a rebel group in northern Hama. Jaysh al-Izza was formed in "
                + "2013. Jaysh al-Izza has about 2,500 fighters. Wounded men fighting in the town were taken to "
                + "Turkey.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Turkey"), cs.toString());
    }

    @Test
    void aStateThatOnlySaysWhoseTheTownIsIsNoTopicsEnemy() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is a rebel group in northern Hama. Jaysh al-Izza was formed in "
                + "2013. Jaysh al-Izza has about 2,500 fighters. Turkish-backed rebels seize Syria's Tal Rifaat "
                + "town as Kurdish fighters retreat.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syria"), cs.toString());
    }

    @Test
    void aNameThatClassifiesAnotherGroupAHelperAndATargetAreNotTheActorThere() throws Exception {
        List<Claim> cs = extract("Faylaq al-Sham, a Free Syrian Army group, lost its headquarters in the town of "
                + "Kafr Nabl. Backed by strikes from the US-led coalition, the Syrian Democratic Forces took "
                + "villages around Tabqa. The Hamza Division launched attacks on the Islamic State in the Jarabulus "
                + "countryside.");
        assertFalse(has(cs, "Free Syrian Army", Relation.OPERATES_IN, "Kafr Nabl"), cs.toString());
        assertTrue(has(cs, "Sham Legion", Relation.OPERATES_IN, "Kafr Nabl"), cs.toString());
        assertFalse(has(cs, "US-led coalition", Relation.OPERATES_IN, "Tabqa"), cs.toString());
        assertFalse(has(cs, "Islamic State", Relation.OPERATES_IN, "Jarabulus"), cs.toString());
    }

    @Test
    void aNameThatClassifiesAnotherGroupThroughItsShortFormIsNotTheActorThere() throws Exception {
        List<Claim> cs = extract("Division 30 is a small Free Syrian Army (FSA) formation with a headquarters "
                + "near Azaz.");
        assertFalse(has(cs, "Free Syrian Army", Relation.OPERATES_IN, "Azaz"), cs.toString());
        assertTrue(has(cs, "Division 30", Relation.OPERATES_IN, "Azaz"), cs.toString());
    }

    @Test
    void theGroupAVerbOfAttackDrivesOutIsNotTheActorThereUnlessItsPositionsAreHit() throws Exception {
        List<Claim> cs = extract("Rebels from the Levant Front pushed on Sunday, driving ISIS fighters out of a "
                + "string of villages in Jabal al-Zawiya. On Monday, Faylaq al-Rahman fighters stormed Jaysh al-Islam "
                + "headquarters and checkpoints in several villages of the northern sector, including Zamalka.");
        assertFalse(has(cs, "Islamic State", Relation.OPERATES_IN, "Jabal al-Zawiya"), cs.toString());
        assertTrue(has(cs, "Levant Front", Relation.OPERATES_IN, "Jabal al-Zawiya"), cs.toString());
        assertEquals("rule:" + UnclaimedMentions.NEAREST_METHOD, method(cs, "Jaysh al-Islam", "Zamalka"));
    }

    @Test
    void aNameAfterAHyphenAndAPlaceInsideQuotationMarksAreLeftAlone() throws Exception {
        List<Claim> cs = extract("After the fall of Manbij, an incident in the town strained the YPG-FSA alliance. "
                + "The jihadists say that the siege of the \"blessed Eastern Ghouta\" made the new initiative "
                + "necessary for Jaysh al-Islam.");
        assertFalse(has(cs, "Free Syrian Army", Relation.OPERATES_IN, "Manbij"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Eastern Ghouta"), cs.toString());
    }

    @Test
    void aStateForceNamedNextToAPlaceIsNotTheActorThere() throws Exception {
        List<Claim> cs = extract("The Fourth Division's spokesman spoke about Harasta on television. Liwa al-Haqq's "
                + "spokesman spoke about Douma on television.");
        assertFalse(has(cs, "4th Armoured Division", Relation.OPERATES_IN, "Harasta"), cs.toString());
        assertEquals("rule:" + UnclaimedMentions.NEAREST_METHOD, method(cs, "Liwa al-Haqq", "Douma"));
    }

    @Test
    void theGroupNamedWithTheAndItsHeadNounIsTheActorAtThePlace() throws Exception {
        List<Claim> cs = extract("On Friday fighters of the ultraconservative Ahrar al-Sham group left the town of "
                + "Harasta under a separate deal.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Harasta"), cs.toString());
        List<Claim> appos = extract("Jaysh al-Izza, the Free Syrian Army faction whose stronghold lay a few "
                + "kilometres to the west at Kafr Zubayda, attacked on Monday.");
        assertFalse(has(appos, "Free Syrian Army", Relation.OPERATES_IN, "Kafr Zubayda"), appos.toString());
    }
}
