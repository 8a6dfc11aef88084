package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relations told through nouns of events and separations, adverbials before "with", and capitals for states. */
class NominalEventsTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("nominal.txt", "2016-08-20", body);
    }

    @Test
    void takingPartInAnAssaultOrHoldingAPlaceAgainstAGroupIsFightingIt() throws Exception {
        List<Claim> cs = extract("The Farouq Brigades took part in the assault on the Islamic State near Azaz. "
                + "Liwa al-Tawhid held Marea against Jabhat al-Nusra for a month.");
        assertTrue(has(cs, "Farouq Brigades", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
    }

    @Test
    void theDefendersOfAPlaceUnderAttackFoughtTheAttackerNotItsEnemy() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam launched an offensive on Marea in May. Fighters from the Nusra Front"
                + " also took part in the defence of the town. By June the town was defended by the Farouq Brigades"
                + " and Liwa al-Tawhid.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
        assertTrue(has(cs, "Farouq Brigades", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
        cs = extract("The army launched an offensive against the Islamic State near Marea. Liwa al-Tawhid took part in"
                + " the defence of the town.");
        assertFalse(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void defendersNamedAfterAnInvertedDefendingFoughtTheAttacker() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam launched an offensive on Marea in May. Among the groups defending it"
                + " were Liwa al-Tawhid, the Farouq Brigades and Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void theOwnerOfAStateBackedOffensiveIsBackedByThatState() throws Exception {
        List<Claim> cs = extract("The rebels were crushed in the regime's Russian-backed offensive. In May Jaysh "
                + "al-Islam launched its Turkish-backed offensive on the town.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void anAircraftShotDownIsAFightBetweenTheStatesItsModelAndItsShooterAreNamedBy() throws Exception {
        List<Claim> cs = extract("Near the border on Sunday, a Turkish F-16 shot down a Syrian warplane. "
                + "Moscow protested at the downing of a Russian Su-24 bomber by Turkish jets.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Russia"), cs.toString());
    }

    @Test
    void clashesBetweenOneGroupsFightersAndThoseOfAnotherAreAFight() throws Exception {
        List<Claim> cs = extract("Clashes broke out in July 2013 in Tal Abyad between the Kurdish Front's "
                + "fighters and those of the Islamic State of Iraq and al-Sham.");
        assertTrue(has(cs, "Jabhat al-Akrad", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aGroupsAnnouncedSeparationFromItsParentIsASplit() throws Exception {
        List<Claim> cs = extract("Jabhat al-Nusra announced its separation from al-Qaeda on Thursday.");
        assertTrue(has(cs, "al-Nusra Front", Relation.SPLIT_FROM, "al-Qaeda"), cs.toString());
    }

    @Test
    void cooperationWithAnAdverbialBeforeWithIsStillAnAlliance() throws Exception {
        List<Claim> cs = extract("Liwa al-Tawhid was the largest rebel group in Aleppo. It also cooperated on the "
                + "battlefield with Jabhat al-Nusra.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.ALLIED_WITH, "al-Nusra Front"), cs.toString());
    }

    @Test
    void aCapitalNamedAsTheGiverStandsForItsState() throws Exception {
        List<Claim> cs = extract("The National Defence Forces have received weapons and funding from Tehran.");
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void aLeaderWithAnAdjectiveBeforeTheTitleIsStillTheLeader() throws Exception {
        List<Claim> cs = extract("Liwa Fatemiyoun was formed in 2013; its founding commander, Ali Reza Tavassoli, "
                + "was killed in 2015.");
        assertTrue(has(cs, "Liwa Fatemiyoun", Relation.LED_BY, "Ali Reza Tavassoli"), cs.toString());
    }

    @Test
    void aDescriptionSetAgainstTheClausesSubjectIsAnotherGroup() throws Exception {
        List<Claim> cs = extract("Fighting broke out again in al-Hasakah after the Asayish arrested several NDF "
                + "members, as the People's Protection Units (YPG) joined the battle against the militia.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "National Defence Forces"), cs.toString());
        assertFalse(has(cs, "People's Protection Units", Relation.FOUGHT, "People's Protection Units"), cs.toString());
    }

    @Test
    void theBackerInACompoundModifierIsNoPartyToTheFight() throws Exception {
        List<Claim> cs = extract("Al-Nusra Front overran the US-backed rebel group on Sunday. Faylaq al-Rahman, an "
                + "FSA-affiliated group, held Hamouriyeh.");
        assertFalse(has(cs, "al-Nusra Front", Relation.FOUGHT, "United States"), cs.toString());
        assertTrue(has(cs, "Faylaq al-Rahman", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aDescriptionWithABackersCompoundRefersToTheBackedGroupNotTheClausesSubject() throws Exception {
        List<Claim> cs = extract("The Syrian Democratic Forces captured Manbij. The US-backed alliance then moved "
                + "on Raqqa. Division 13 held Maarat al-Numan. Al-Nusra Front overran the US-backed rebel group on "
                + "Sunday.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "13th Division", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "13th Division"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aGroupsPresenceOrHoldNamedAsANounPlacesIt() throws Exception {
        List<Claim> cs = extract("The talks were overshadowed by the al-Nusra Front, whose presence in the eastern "
                + "Ghouta was growing. Ahrar al-Sham spent the year consolidating its grip on Idlib province.");
        assertTrue(has(cs, "al-Nusra Front", Relation.OPERATES_IN, "Eastern Ghouta"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Idlib Governorate"), cs.toString());
    }

    @Test
    void aRankOrTitleIsNoPartOfALeadersName() throws Exception {
        List<Claim> cs = extract("Liwa Suqour al-Jabal's commander, Lieutenant Colonel Hassan Rajoub, spoke on "
                + "Monday. The Fourth Division is led by Major General Maher al-Assad.");
        assertTrue(has(cs, "Liwa Suqour al-Jabal", Relation.LED_BY, "Hassan Rajoub"), cs.toString());
        assertTrue(has(cs, "4th Armoured Division", Relation.LED_BY, "Maher al-Assad"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.object() != null && c.object().name().contains("Major")),
                cs.toString());
    }

    @Test
    void anArmedGroupThatBacksAGroupIsItsBackerAndAllyThatBacksAStateItsAllyOnlyAndAStateIsOnlyABacker()
            throws Exception {
        List<Claim> cs = extract("Syrian government forces backed by fighters of Hezbollah and by Russia retook "
                + "the town on Sunday. Jaysh al-Islam, backed by fighters of Faylaq al-Rahman, held Douma.");
        assertFalse(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Hezbollah"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.ALLIED_WITH, "Russia"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Faylaq al-Rahman"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.ALLIED_WITH, "Faylaq al-Rahman"), cs.toString());
    }

    @Test
    void aRepeatedPrepositionContinuesAListOfBackers() throws Exception {
        List<Claim> cs = extract("The National Defence Forces have received weapons from Iran as well as from "
                + "Russia.");
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aStateForceOpeningASentenceIsWhatTheNextSentencesItMeansAndOfficersActForTheirState() throws Exception {
        List<Claim> cs = extract("The Fifth Corps was formed in 2016. It has been financed, armed and advised by "
                + "Russian officers.");
        assertTrue(has(cs, "Fifth Corps", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aStatesAirStrikeOnAGroupOrItsPositionsIsAFight() throws Exception {
        List<Claim> cs = extract("Faylaq al-Sham was formed in 2014. A Russian air strike on one of its training "
                + "camps killed dozens of fighters. US air strikes on Islamic State positions near Raqqa continued.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Sham Legion"), cs.toString());
        assertTrue(has(cs, "United States", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aNegationTheRuleItselfSpellsDoesNotNegateItsClaim() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa said it was joining Jabhat Fatah al-Sham and would no longer operate "
                + "under its own name. Liwa al-Haqq has not joined Jabhat Fatah al-Sham.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MERGED_INTO, "Jabhat Fatah al-Sham"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jabhat Fatah al-Sham"), cs.toString());
    }

    @Test
    void whoTookPartInAnAttackToldAsItHappenedFoughtItsTarget() throws Exception {
        List<Claim> cs = extract("The army attacked Islamic State positions in Palmyra. Fighters from Lebanon's "
                + "Hezbollah also took part in the offensive.");
        assertTrue(has(cs, "Hezbollah", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Lebanon", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Rebels attacked army positions near Harasta. Fighters of Liwa al-Haqq also took part in the "
                + "assault.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void theGroupsAnAssaultsParticipantsIncludeFoughtItsTarget() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam launched an offensive against the Islamic State near Marea in May. "
                + "The factions taking part in the assault include Liwa al-Tawhid and Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void anAttackOnAPlaceHeldByAGroupIsAnAttackOnThatGroup() throws Exception {
        List<Claim> cs = extract("Rebels launched an attack on Kafr Zubayda, the village held by the Islamic State, "
                + "on Monday. Fighters of Liwa al-Haqq took part in the assault.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void actingInCloseCoordinationWithAGroupIsAnAlliance() throws Exception {
        List<Claim> cs = extract("Ansar al-Islam fought in the Latakia mountains in close coordination with Jabhat "
                + "al-Nusra.");
        assertTrue(has(cs, "Ansar al-Islam", Relation.ALLIED_WITH, "al-Nusra Front"), cs.toString());
    }
}
