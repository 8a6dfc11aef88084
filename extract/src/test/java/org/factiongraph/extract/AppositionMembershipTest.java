package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.factiongraph.extract.Texts.named;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Memberships, alliances and backing that reporting tells in appositions, relatives and nominalisations. */
class AppositionMembershipTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("appos.txt", "2014-07-10", body);
    }

    @Test
    void aCoalitionDescribedByWhatItIncludedOrWhoDominatedItHasThoseMembers() throws Exception {
        List<Claim> cs = extract("In 2012 the brigade joined the Islamic Front, a loose alliance of Islamist "
                + "factions that also included Ahrar al-Sham and Suqour al-Sham. Later it joined Jaysh al-Fatah, "
                + "an Islamist coalition dominated by Jabhat al-Nusra and Ahrar al-Sham.");
        assertTrue(has(cs, "Suqour al-Sham", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aNameThatSaysWhoseComponentAnAppositionDescribesIsNoAgentOfTheClause() throws Exception {
        List<Claim> cs = extract("The eastern sector of Ahrar al-Sham, an SNA component, also fought on the side of "
                + "HTS.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Syrian National Army"), cs.toString());
        assertFalse(has(cs, "Syrian National Army", Relation.ALLIED_WITH, "Hay'at Tahrir al-Sham"), cs.toString());
    }

    @Test
    void aBodyOfStateBackedGroupsIsBackedByThatStateInAnAppositionAfterAnAcronymOrAsAPredicate() throws Exception {
        List<Claim> cs = extract("In 2017 the brigade was attached to the Local Defence Forces (LDF), an umbrella of "
                + "Iran-backed militias in Aleppo. The Southern Front is a coalition of Jordanian-backed factions.");
        assertTrue(has(cs, "Local Defence Forces", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
    }

    @Test
    void aBranchInAppositionIsAMemberAlsoWhenTheAppositionSaysThen() throws Exception {
        List<Claim> cs = extract("In 2013 the battalion pledged allegiance to Jabhat al-Nusra, then al-Qaeda's "
                + "official branch in Syria.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
    }

    @Test
    void anAffiliateNamedAfterItsParentsPossessiveIsAMember() throws Exception {
        List<Claim> cs = extract("Al-Qaeda said its Syrian affiliate, the Nusra Front, would not join the "
                + "talks. A commander in the Islamic Front, to which Suqour al-Sham belongs, spoke on Friday.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
        assertTrue(has(cs, "Suqour al-Sham", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void backingThatAGroupIsReportedToEnjoyIsHedgedSupport() throws Exception {
        List<Claim> cs = extract("The Farouq Brigades were widely reported to enjoy financial backing from "
                + "Qatar.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY && c.hedged()
                && named(c.object(), "Qatar")), cs.toString());
    }

    @Test
    void groupsThatPoolTheirForcesInANewCoalitionAreItsFoundingMembers() throws Exception {
        List<Claim> cs = extract("Several brigades, among them the Nour al-Din al-Zenki Movement and the Fastaqim "
                + "Kama Umirt Union, have pooled their forces in a new coalition called Jaysh al-Mujahideen.");
        assertTrue(has(cs, "Nour al-Din al-Zenki Movement", Relation.MEMBER_OF, "Jaysh al-Mujahideen"), cs.toString());
        assertTrue(has(cs, "Fastaqim Kama Umirt Union", Relation.MEMBER_OF, "Jaysh al-Mujahideen"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && named(c.subject(), "Jaysh al-Mujahideen")), cs.toString());
    }

    @Test
    void aLongParenthesisAfterTheNameAndARelativeBeforeTheLeaderAreReadPast() throws Exception {
        List<Claim> cs = extract("Jabhat Ansar al-Din (the Front of the Supporters of the Religion, sometimes "
                + "rendered Jabhat Ansar ad-Din) was announced in July 2014. The Wagner Group, which is believed to "
                + "be commanded by Dmitry Utkin, fought near Palmyra.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && "2014-07".equals(String.valueOf(c.at()))), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY && c.hedged()
                && named(c.object(), "Dmitry Utkin")), cs.toString());
    }

    @Test
    void oneOfItsComponentsAlongsideOthersMakesThemAllMembersOfTheBodyTheSentenceOpenedWith() throws Exception {
        List<Claim> cs = extract("When Hay'at Tahrir al-Sham was announced in January 2017, amid clashes between "
                + "Jabhat Fateh al-Sham and Ahrar al-Sham, Jabhat Ansar al-Din was one of its five founding "
                + "components, alongside Jabhat Fateh al-Sham, Liwa al-Haq and Jaysh al-Sunna. Liwa al-Tawhid later "
                + "joined a larger alliance alongside Suqour al-Sham and Jaysh al-Islam, the Islamic Front.");
        assertTrue(has(cs, "Ansar al-Din Front", Relation.MEMBER_OF, "Hay'at Tahrir al-Sham"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haq", Relation.MEMBER_OF, "Hay'at Tahrir al-Sham"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Sunna", Relation.MEMBER_OF, "Hay'at Tahrir al-Sham"), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.MEMBER_OF
                && Texts.named(c.object(), "Ahrar al-Sham")), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void aBannerAUnitWithinAndAnAlliancesCompanionsAreMemberships() throws Exception {
        List<Claim> cs = extract("Operating under the banner of the Free Syrian Army, the Farouq Brigades held Baba "
                + "Amr. Liwa Dawud had been one of the strongest units within the Suqour al-Sham Brigades. Liwa "
                + "al-Tawhid announced the Islamic Front, a larger alliance alongside Ahrar al-Sham and Jaysh "
                + "al-Islam.");
        assertTrue(has(cs, "Farouq Brigades", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertTrue(has(cs, "Liwa Dawud", Relation.MEMBER_OF, "Suqour al-Sham"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void aFormationOfAnArmyAndAGroupIncorporatedAsItsBrigadeAreMembers() throws Exception {
        List<Claim> cs = extract("The Fifth Corps is a formation of the Syrian army created under Russian "
                + "sponsorship. The Youth of Sunna Forces, which had belonged to the Southern Front coalition, were "
                + "incorporated into the Fifth Corps as its Eighth Brigade.");
        assertTrue(has(cs, "Fifth Corps", Relation.MEMBER_OF, "Syrian Arab Army"), cs.toString());
        assertTrue(has(cs, "Youth of Sunna Forces", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Youth of Sunna Forces", Relation.MEMBER_OF, "Fifth Corps"), cs.toString());
    }

    @Test
    void theBrigadesAfterANameEndingInBrigadesIsThatGroup() throws Exception {
        List<Claim> cs = extract("The Farouq Brigades were founded in Homs in 2011. In September 2012 the brigades "
                + "joined the Syrian Islamic Liberation Front (SILF).");
        assertTrue(has(cs, "Farouq Brigades", Relation.MEMBER_OF, "Syrian Islamic Liberation Front"), cs.toString());
    }

    @Test
    void groupsAmongThoseThatAnnouncedAFormationAreItsMembersAndItWasFounded() throws Exception {
        List<Claim> cs = extract("In December, Faylaq al-Sham was one of the five factions that announced the "
                + "formation of the Levant Front.");
        assertTrue(has(cs, "Faylaq al-Sham", Relation.MEMBER_OF, "Levant Front"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Levant Front") && c.at() != null
                && c.at().toString().startsWith("2013-12")), cs.toString());
    }

    @Test
    void groupsAStatementListsAmongAnUmbrellasMembersAreMembers() throws Exception {
        List<Claim> cs = extract("The Levant Front was formed in December. Its founding statement named among its "
                + "members Liwa al-Haqq and Faylaq al-Sham.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Levant Front"), cs.toString());
        assertTrue(has(cs, "Faylaq al-Sham", Relation.MEMBER_OF, "Levant Front"), cs.toString());
    }

    @Test
    void aBackerCompoundInsideAnAppositionOrAfterAndOtherQualifiesTheNamedGroup() throws Exception {
        List<Claim> cs = extract("Turkish troops advanced with the Syrian National Army, a coalition of "
                + "Turkish-backed rebel factions. Kataib Sayyid al-Shuhada and other Iranian-backed groups held the "
                + "airport.");
        assertTrue(has(cs, "Syrian National Army", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Kataib Sayyid al-Shuhada", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void anAppositionBackedByAnActorAndAGroupRegardedAsAnAffiliateAreReadAsSuchAndHedged() throws Exception {
        List<Claim> cs = extract("The Syrian Salvation Government, the civil administration backed by Hayat Tahrir "
                + "al-Sham, issued a decree. Hurras al-Din is regarded by analysts as al-Qaeda's Syrian affiliate.");
        assertTrue(has(cs, "Syrian Salvation Government", Relation.SUPPORTED_BY, "Hay'at Tahrir al-Sham"),
                cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.hedged()
                && c.subject().name().equals("Hurras al-Din") && c.object().name().equals("al-Qaeda")), cs.toString());
    }

    @Test
    void aPersonChosenAsTheGroupsCommanderLeadsIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was formed in 2013. Its members elected Jamil al-Saleh as the "
                + "group's commander.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Jamil al-Saleh"), cs.toString());
    }

    @Test
    void itsAfterACommaAndThoughIsTheMainSubjectsNotTheAppositionsPossessor() throws Exception {
        List<Claim> cs = extract("Jabhat al-Nusra, al-Qaeda's official affiliate in Syria, has not joined the "
                + "offensive, though its leader, Abu Mohammad al-Jolani, called for a ceasefire.");
        assertTrue(has(cs, "al-Nusra Front", Relation.LED_BY, "Abu Mohammad al-Julani"), cs.toString());
        assertFalse(has(cs, "al-Qaeda", Relation.LED_BY, "Abu Mohammad al-Julani"), cs.toString());
    }

    @Test
    void aProActorCompoundMakesTheNamedGroupsItsAllies() throws Exception {
        List<Claim> cs = extract("Government forces advanced with pro-government militias including the National "
                + "Defence Forces. The pro-government Liwa al-Quds fought in Aleppo. Liwa al-Baqir, a pro-Iranian "
                + "militia, holds the airport.");
        assertTrue(has(cs, "National Defence Forces", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Quds", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Baqir", Relation.ALLIED_WITH, "Iran"), cs.toString());
    }

    @Test
    void aParticipleJoiningOthersAfterACommaIsNotTheNearestGroupJoiningThem() throws Exception {
        List<Claim> cs = extract("In October 2015 the council was one of the founding components of the Syrian "
                + "Democratic Forces, joining the People's Protection Units and Jaysh al-Thuwar.");
        assertFalse(has(cs, "Syrian Democratic Forces", Relation.MEMBER_OF, "People's Protection Units"),
                cs.toString());
    }
}
