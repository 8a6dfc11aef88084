package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.factiongraph.extract.Texts.named;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clause-role layer: who fought whom and who was where, read from the roles of a clause whatever construction
 * states them. The sentences are written for this test.
 */
class ClauseRolesTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("clause-roles.txt", "2016-05-04", body);
    }

    @Test
    void coordinatedAttackersFoughtTheTargetButTheirBackerTakesNoSide() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham and the Levant Front, backed by Turkey, stormed Islamic State "
                + "checkpoints outside Azaz on Sunday.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Levant Front", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Turkey", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Islamic State", Relation.OPERATES_IN, "Azaz"), cs.toString());
        assertFalse(has(cs, "Turkey", Relation.OPERATES_IN, "Azaz"), cs.toString());
    }

    @Test
    void aReporterIsNotPlacedWhereTheReportedActorActed() throws Exception {
        List<Claim> cs = extract("Russia said on Tuesday that the Islamic State had pushed into the outskirts "
                + "of Palmyra overnight.");
        assertTrue(has(cs, "Islamic State", Relation.OPERATES_IN, "Palmyra"), cs.toString());
        assertFalse(has(cs, "Russia", Relation.OPERATES_IN, "Palmyra"), cs.toString());
    }

    @Test
    void everyPlaceOfAListTakesTheLocativeOfTheFirst() throws Exception {
        List<Claim> cs = extract("Over the past year Jaysh al-Islam has kept several thousand fighters in Douma, "
                + "Harasta and Zamalka.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Douma"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Harasta"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Zamalka"), cs.toString());
    }

    @Test
    void aNegatedClauseStatesNoFight() throws Exception {
        List<Claim> cs = extract("So far the Syrian army has not attacked the Islamic State around Palmyra.");
        assertFalse(has(cs, "Syrian army", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Syrian army", Relation.OPERATES_IN, "Palmyra"), cs.toString());
    }

    @Test
    void anActorThatOnlyModifiesANounDoesNotAct() throws Exception {
        List<Claim> cs = extract("A former al-Qaeda affiliate attacked the Syrian army near Idlib last week.");
        assertFalse(has(cs, "al-Qaeda", Relation.FOUGHT, "Syrian army"), cs.toString());
        assertFalse(has(cs, "al-Qaeda", Relation.OPERATES_IN, "Idlib"), cs.toString());
    }

    @Test
    void thoseAnAgentFightsTogetherWithOrAttacksWithAreNoFoes() throws Exception {
        List<Claim> cs = extract("We fought as part of Jaysh al-Fatah together with the Levant Front, Liwa Marah, "
                + "Liwa al-Haqq and the Free Army brigades.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
        cs = extract("The regime attacked in June with the Tiger Forces and the Russian planes.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
        cs = extract("In June Liwa Marah clashed with Liwa al-Haqq near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aMilitaryBaseNamedWithoutAHolderIsTheArmysAndItsAttackersFightTheGovernment() throws Exception {
        List<Claim> cs = extract("Last month Liwa Marah captured Base 46 near Tell Marah after a long siege.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("On Tuesday Liwa al-Haqq overran the Wadi Marah military base.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("On Tuesday Liwa al-Haqq overran a rebel base near Tell Marah.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("On Tuesday the YPG captured the Tell Marah air base from Liwa al-Haqq.");
        assertFalse(has(cs, "People's Protection Units", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("On Tuesday the Syrian army retook the Tell Marah airbase.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void aPlaceAttackedAsHeldByAnActorStandsForThatActor() throws Exception {
        List<Claim> cs = extract("On Monday Liwa Marah attacked IS-held villages east of Aleppo.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Liwa al-Haqq stormed the government-held town of Tell Marah on Monday.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("On Monday Liwa Marah attacked rebel-held villages east of Aleppo.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
        cs = extract("On Monday the Syrian army shelled government-held villages east of Tell Marah by mistake.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void proTurkishOrAntiGovernmentForcesAreNoActorNamed() throws Exception {
        List<Claim> cs = extract("Anti-government forces shelled rebel positions in Daraa on Monday.");
        assertTrue(cs.stream().noneMatch(c -> named(c.subject(), "Syrian government")), cs.toString());
        cs = extract("Pro-Turkish forces shelled Kurdish positions in Afrin on Monday.");
        assertTrue(cs.stream().noneMatch(c -> named(c.subject(), "Turkey")), cs.toString());
    }

    @Test
    void jointFoundersAreMembersOfWhatTheyFoundedNotOfEachOther() throws Exception {
        List<Claim> cs = extract("In March, Faylaq al-Rahman joined Jaysh al-Islam and Ajnad al-Sham in "
                + "establishing a joint operations room called the Ghouta Command.");
        assertTrue(has(cs, "Faylaq al-Rahman", Relation.MEMBER_OF, "Ghouta Command"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Ghouta Command"), cs.toString());
        assertFalse(has(cs, "Faylaq al-Rahman", Relation.MEMBER_OF, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void theOwnerOfAClosedRelativeClauseIsTheAgentAndRemnantsOfAGroupAreTheGroup() throws Exception {
        List<Claim> cs = extract("The SDF, whose backbone is the YPG, has been fighting the remnants of the "
                + "Islamic State since September, while government troops took Mayadin from the Islamic State.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "People's Protection Units", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void thePossessorOfAnAttackNounIsItsAgentEvenInsideAPhrase() throws Exception {
        List<Claim> cs = extract("Assyrian volunteers later took part in the SDF's offensives against the "
                + "Islamic State.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aFrontedPlacePhraseLocatesTheSubjectAfterIt() throws Exception {
        List<Claim> cs = extract("In Qamishli and Amuda, the Asayish have kept a tense truce with the army.");
        assertTrue(has(cs, "Asayish", Relation.OPERATES_IN, "Qamishli"), cs.toString());
        assertTrue(has(cs, "Asayish", Relation.OPERATES_IN, "Amuda"), cs.toString());
    }

    @Test
    void aDatelinesPlaceNameTakesNoPartInTheReport() throws Exception {
        List<Claim> cs = extract("AKCAKALE, Turkey, June 16 (Wire) - The YPG captured Tal Abyad from the Islamic "
                + "State on Monday.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Turkey", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Turkey", Relation.OPERATES_IN, "Tal Abyad"), cs.toString());
    }

    @Test
    void aLongListOfCoFoundersIsStillAJointFounding() throws Exception {
        List<Claim> cs = extract("On 10 October Jabhat al-Akrad joined the YPG, the Syriac Military Council, "
                + "Jaysh al-Thuwar and several smaller Arab and Turkmen factions in founding the Syrian Democratic "
                + "Forces.");
        assertTrue(has(cs, "Jabhat al-Akrad", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
        assertFalse(has(cs, "Jabhat al-Akrad", Relation.MEMBER_OF, "People's Protection Units"), cs.toString());
    }

    @Test
    void thePassiveAgentOfAVerbOfControlIsAtThePlace() throws Exception {
        List<Claim> cs = extract("Buses left for al-Fuaa and Kafriya, two villages besieged by Jaysh al-Fatah, "
                + "on Monday.");
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "al-Fuaa"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "Kafriya"), cs.toString());
    }

    @Test
    void aSubordinateClauseKeepsItsOwnRoles() throws Exception {
        List<Claim> cs = extract("Government troops seized Dabaa after Hezbollah took the northern suburbs, "
                + "expelling fighters of al-Nusra Front.");
        assertTrue(has(cs, "Hezbollah", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
    }

    @Test
    void theGroupsListedAfterAnInvertedCopulaHeldThePlace() throws Exception {
        List<Claim> cs = extract("Among the groups that held eastern Aleppo until this month were Ahrar al-Sham, "
                + "the Levant Front and the Nour al-Din al-Zenki Movement.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Aleppo"), cs.toString());
        assertTrue(has(cs, "Nour al-Din al-Zenki Movement", Relation.OPERATES_IN, "Aleppo"), cs.toString());
    }

    @Test
    void theLeaderNamedInACompoundLedTheOperation() throws Exception {
        List<Claim> cs = extract("The Turkish-led offensive against the Islamic State around al-Bab has stalled.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Turkey", Relation.OPERATES_IN, "al-Bab"), cs.toString());
        assertFalse(has(cs, "Islamic State", Relation.OPERATES_IN, "Turkey"), cs.toString());
    }

    @Test
    void fightersFromAGroupActForItAndALinkedGroupIsAMember() throws Exception {
        List<Claim> cs = extract("Rebel fighters, many of them from the al-Qaeda-linked Jabhat al-Nusra, retreated "
                + "overnight to the nearby villages of Flita and Rankous.");
        assertTrue(has(cs, "al-Nusra Front", Relation.OPERATES_IN, "Rankous"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
        assertFalse(has(cs, "al-Qaeda", Relation.OPERATES_IN, "Rankous"), cs.toString());
    }

    @Test
    void bothGroupsMeansThePairTheTextJustNamed() throws Exception {
        List<Claim> cs = extract("Liwa Fatemiyoun recruits Afghans. Liwa Zainabiyoun recruits Pakistanis. "
                + "Both groups have fought the Islamic State around Palmyra.");
        assertTrue(has(cs, "Liwa Fatemiyoun", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa Zainabiyoun", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void anAcronymOpeningAParenthesisNamesTheGroupAndARestatedAcronymIsNoAgent() throws Exception {
        List<Claim> cs = extract("Jaish al-Muhajireen wal-Ansar (JMA; Arabic: Jaysh al-Muhajirin wa al-Ansar, "
                + "\"Army of Emigrants and Supporters\") is a jihadist group. In 2017 Jabhat Fateh al-Sham merged "
                + "into Hayat Tahrir al-Sham (HTS), and the JMA has since fought as part of HTS in Latakia.");
        assertTrue(has(cs, "JMA", Relation.OPERATES_IN, "Latakia"), cs.toString());
        assertFalse(has(cs, "Hay'at Tahrir al-Sham", Relation.OPERATES_IN, "Latakia"), cs.toString());
    }

    @Test
    void theTwoSidesFightingEachOtherAreThePairJustNamed() throws Exception {
        List<Claim> cs = extract("The National Defence Forces and the Asayish have long competed for Qamishli. "
                + "The two sides fought each other in Qamishli in April.");
        assertTrue(has(cs, "National Defence Forces", Relation.FOUGHT, "Asayish"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT
                && c.subject().mention().equals("The two sides")), cs.toString());
    }

    @Test
    void anAirForceNamedByItsWeaponFightsWhomItStrikesButOperatesInNoPlace() throws Exception {
        List<Claim> cs = extract("Russian jets struck Jaysh al-Izza positions near Latamneh on Monday. Russian "
                + "warplanes have pounded the area around Kafr Nabl for a week.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Russia", Relation.OPERATES_IN, "Latamneh"), cs.toString());
        assertFalse(has(cs, "Russia", Relation.OPERATES_IN, "Kafr Nabl"), cs.toString());
    }

    @Test
    void aNameInAFrontedParticipleIsNoPartOfTheSubjectAfterTheComma() throws Exception {
        List<Claim> cs = extract("The Hamza Division was formed in 2016. Fighting under the flag of the Free Syrian "
                + "Army, the division held Tal Rifaat against the Syrian Democratic Forces for a month.");
        assertFalse(has(cs, "Free Syrian Army", Relation.FOUGHT, "Syrian Democratic Forces"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.OPERATES_IN, "Tal Rifaat"), cs.toString());
    }

    @Test
    void aListGoesOnPastTheStateThatOwnsItsLastForce() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa al-Haqq and Iran's Revolutionary Guards kept a quiet presence around "
                + "Kafr Zubayda.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
        assertTrue(has(cs, "Islamic Revolutionary Guard Corps", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
        assertFalse(has(cs, "Iran", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
    }

    @Test
    void aStateNamedAsWhereAFrontedPhrasePlacesTheClauseIsNoPartyToIt() throws Exception {
        List<Claim> cs = extract("Across Iraq, Turkish troops and their allies have fought Jaysh al-Izza near Kafr "
                + "Zubayda since 2016.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Iraq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void whoCondemnsAnAttackDidNotMakeIt() throws Exception {
        List<Claim> cs = extract("In 2016 Jordan condemned the deadly attack on Jaysh al-Izza positions near Morek.");
        assertFalse(has(cs, "Jordan", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("In 2016 Liwa al-Haqq launched a deadly attack on Jaysh al-Izza positions near Morek.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }
}
