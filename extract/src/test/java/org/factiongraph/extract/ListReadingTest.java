package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.factiongraph.extract.Texts.named;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists of groups as reporting writes them: items described in passing, adjectives before the list's noun. */
class ListReadingTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("lists.txt", "2015-03-02", body);
    }

    private static boolean member(List<Claim> cs, String subject, String object) {
        return cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && !c.negated()
                && named(c.subject(), subject) && named(c.object(), object));
    }

    @Test
    void membersNamedAsJoiningANewlyMergedForceJoinItAndNotACoalitionNamedBefore() throws Exception {
        List<Claim> cs = extract("Factions in northern Hama said on Monday that they had merged into a single force "
                + "called Jaysh al-Nasr. Its commander once served in the Syrian Revolutionaries Front. "
                + "The groups said to be joining include Liwa al-Haqq and Suqour al-Sham.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED && named(c.subject(), "Jaysh al-Nasr")),
                cs.toString());
        assertTrue(member(cs, "Liwa al-Haqq", "Jaysh al-Nasr"), cs.toString());
        assertTrue(member(cs, "Suqour al-Sham", "Jaysh al-Nasr"), cs.toString());
        assertFalse(member(cs, "Liwa al-Haqq", "Syrian Revolutionaries Front"), cs.toString());
    }

    @Test
    void aListGoesOnPastThePlaceAnItemIsIn() throws Exception {
        List<Claim> cs = extract("The Islamic Front was formed in 2013. Its members include Liwa al-Haqq in Homs, "
                + "Jaysh al-Islam in the Damascus suburbs and Suqour al-Sham.");
        assertTrue(member(cs, "Liwa al-Haqq", "Islamic Front"), cs.toString());
        assertTrue(member(cs, "Jaysh al-Islam", "Islamic Front"), cs.toString());
        assertTrue(member(cs, "Suqour al-Sham", "Islamic Front"), cs.toString());
    }

    @Test
    void twoNamesSharingOnePluralHeadAreTwoGroups() throws Exception {
        List<Claim> cs = extract("On Sunday Russian jets struck the 1st and 2nd Coastal Divisions near Rabia.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "1st Coastal Division"), cs.toString());
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "2nd Coastal Division"), cs.toString());
    }

    @Test
    void groupsIncludedInAnotherUmbrellasFormationsAreItsMembersAndNotTheSubjects() throws Exception {
        List<Claim> cs = extract("The First Army is often confused with other Southern Front formations, including "
                + "Jaysh al-Yarmouk. Other Southern Front factions, including Liwa al-Haqq, stayed out.");
        assertTrue(member(cs, "Jaysh al-Yarmouk", "Southern Front"), cs.toString());
        assertTrue(member(cs, "Liwa al-Haqq", "Southern Front"), cs.toString());
        assertFalse(member(cs, "Jaysh al-Yarmouk", "First Army"), cs.toString());
    }

    @Test
    void aListGoesOnToTheNamedMembersOfAPeoplesGroupsSuchAsX() throws Exception {
        List<Claim> cs = extract("Liwa Fatemiyoun fought alongside Hezbollah and Iraqi militias such as Harakat "
                + "al-Nujaba.");
        assertTrue(has(cs, "Liwa Fatemiyoun", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        assertTrue(has(cs, "Liwa Fatemiyoun", Relation.ALLIED_WITH, "Harakat al-Nujaba"), cs.toString());
    }

    @Test
    void twoPeoplesAdjectivesSharingOneHeadNameTwoStates() throws Exception {
        List<Claim> cs = extract("In a race with Syrian government forces and their Russian and Iranian allies, the "
                + "SDF took the east bank.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Russia"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Iran"), cs.toString());
    }

    @Test
    void aPeoplesAdjectiveSharesTheFightingNounOfTheGroupAfterIt() throws Exception {
        List<Claim> cs = extract("Tal Abyad fell to Turkish and SNA forces in October.");
        assertTrue(has(cs, "Turkey", Relation.OPERATES_IN, "Tal Abyad"), cs.toString());
        assertTrue(has(cs, "Syrian National Army", Relation.OPERATES_IN, "Tal Abyad"), cs.toString());
    }

    @Test
    void allOfWhichAfterAListMakesEachNameTheRelativeClausesSubject() throws Exception {
        List<Claim> cs = extract("The Levant Front, the Zenki movement and Faylaq al-Sham, all of which fight under "
                + "the Free Syrian Army banner, hold the line.");
        assertTrue(member(cs, "Levant Front", "Free Syrian Army"), cs.toString());
        assertTrue(member(cs, "Nour al-Din al-Zenki Movement", "Free Syrian Army"), cs.toString());
        assertTrue(member(cs, "Faylaq al-Sham", "Free Syrian Army"), cs.toString());
    }

    @Test
    void unitsOfAGroupInAListStandForTheGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah brings together Ahrar al-Sham, Liwa al-Haqq and several brigades of "
                + "the Southern Front.");
        assertTrue(member(cs, "Liwa al-Haqq", "Jaysh al-Fatah"), cs.toString());
        assertTrue(member(cs, "Southern Front", "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aStatesAdjectiveSharesTheNounOfWhatTheGroupAfterItHolds() throws Exception {
        List<Claim> cs = extract("Israel has struck Iranian and Hezbollah positions in Syria repeatedly this year.");
        assertTrue(has(cs, "Israel", Relation.FOUGHT, "Iran"), cs.toString());
        assertTrue(has(cs, "Israel", Relation.FOUGHT, "Hezbollah"), cs.toString());
    }

    @Test
    void aCountedNumberOfABodysFactionsNamedAfterACommaAreItsMembersAndTheNumberIsNoName() throws Exception {
        Extraction x = Texts.extraction(GoldSets.extractor(), "counted.txt", "2016-10-10", "Three Free Syrian Army "
                + "factions in Idlib province, Liwa al-Haqq, Jaysh al-Izza and the Northern Division, merged last "
                + "month.");
        List<Claim> cs = x.claims();
        assertTrue(member(cs, "Liwa al-Haqq", "Free Syrian Army"), cs.toString());
        assertTrue(member(cs, "Jaysh al-Izza", "Free Syrian Army"), cs.toString());
        assertTrue(member(cs, "Northern Division", "Free Syrian Army"), cs.toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.canonicalName().startsWith("Three")),
                x.entities().toString());
    }

    @Test
    void aListNamedAfterFactionsFightingUnderABannerIsAllUnderIt() throws Exception {
        List<Claim> cs = extract("On Monday two factions fighting under the banner of the Free Syrian Army, Liwa "
                + "al-Haqq and Jaysh al-Izza, launched an offensive.");
        assertTrue(member(cs, "Liwa al-Haqq", "Free Syrian Army"), cs.toString());
        assertTrue(member(cs, "Jaysh al-Izza", "Free Syrian Army"), cs.toString());
    }

    @Test
    void aPeoplesFightersFromAGroupInAListStandForTheGroup() throws Exception {
        List<Claim> cs = extract("On the government side, the Palestinian militia Liwa al-Haqq, Lebanon's Hezbollah "
                + "and Iraqi Shi'ite fighters from Harakat al-Nujaba - an Iranian-backed group - fought alongside the "
                + "army in Aleppo.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Harakat al-Nujaba", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aListGoesOnPastAnItemsApposition() throws Exception {
        List<Claim> cs = extract("The Levant Front was formed in December 2014 in Aleppo. Its founding members "
                + "included the Nour al-Din al-Zenki Movement, a group that grew out of the countryside west of "
                + "the city, Jaysh al-Mujahideen, and the Fastaqim Kama Umirt Union.");
        assertTrue(member(cs, "Nour al-Din al-Zenki Movement", "Levant Front"), cs.toString());
        assertTrue(member(cs, "Jaysh al-Mujahideen", "Levant Front"), cs.toString());
        assertTrue(member(cs, "Fastaqim Kama Umirt Union", "Levant Front"), cs.toString());
    }

    @Test
    void anAppositionThatEndsOnTheVerbEndsTheList() throws Exception {
        List<Claim> cs = extract("The Levant Front was formed in December 2014. Its members include the Nour "
                + "al-Din al-Zenki Movement, a group that Jaysh al-Mujahideen fought last year.");
        assertTrue(member(cs, "Nour al-Din al-Zenki Movement", "Levant Front"), cs.toString());
        assertFalse(member(cs, "Jaysh al-Mujahideen", "Levant Front"), cs.toString());
    }

    @Test
    void aListGoesOnPastADefiniteApposition() throws Exception {
        List<Claim> cs = extract("Jaysh al-Mujahideen has fought alongside Ahrar al-Sham, the largest of the "
                + "Islamist factions which joined the fight in January, and the Levant Front.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH && named(c.object(), "Levant Front")
                && named(c.subject(), "Jaysh al-Mujahideen")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH && named(c.object(), "Ahrar al-Sham")
                && named(c.subject(), "Jaysh al-Mujahideen")), cs.toString());
    }

    @Test
    void aSubjectPronounAfterAComparedNameOpensAClauseAndIsNoListItem() throws Exception {
        List<Claim> cs = Texts.extract("like.txt", "2018-11-20", "Ansar al-Din was formed in 2014 by Moroccan "
                + "veterans. Like Hurras al-Din, it attacked regime positions in the Hama countryside.");
        assertTrue(Texts.has(cs, "Ansar al-Din", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(Texts.has(cs, "Hurras al-Din", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(Texts.has(cs, "Hurras al-Din", Relation.OPERATES_IN, "Hama"), cs.toString());
    }

    @Test
    void aNewClauseAfterCommaAndEndsAListInTheObject() throws Exception {
        List<Claim> cs = extract("In May the Sham Legion was joined by Jaish al-Fustat, a short-lived coalition formed "
                + "by Liwa al-Haqq and Liwa al-Tawhid, and Jaysh al-Islam was pushed out of Harasta.");
        assertTrue(member(cs, "Liwa al-Haqq", "Jaysh al-Fustat"), cs.toString());
        assertTrue(member(cs, "Liwa al-Tawhid", "Jaysh al-Fustat"), cs.toString());
        assertFalse(member(cs, "Jaysh al-Islam", "Jaysh al-Fustat"), cs.toString());
    }
}
