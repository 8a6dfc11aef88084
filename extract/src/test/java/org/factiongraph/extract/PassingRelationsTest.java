package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations a report states in passing, inside a clause about something else. The sentences are written for this
 * test.
 */
class PassingRelationsTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("passing.txt", "2017-06-21", body);
    }

    @Test
    void aPartnerOrAllyNamedAfterItsIsAnAlly() throws Exception {
        List<Claim> cs = extract("The trainees were sent into an area where Jabhat al-Nusra and its partner Ahrar "
                + "al-Sham hold sway.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void workingCloselyWithAGroupIsAnAlliance() throws Exception {
        List<Claim> cs = extract("The Syriac Military Council worked closely with the People's Protection Units.");
        assertTrue(has(cs, "Syriac Military Council", Relation.ALLIED_WITH, "People's Protection Units"),
                cs.toString());
        List<Claim> none = extract("The Syriac Military Council worked with donors on a clinic.");
        assertFalse(none.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), none.toString());
    }

    @Test
    void aLeaderNamedWithTheRegionHeCommandsLeadsTheGroup() throws Exception {
        List<Claim> cs = extract("Jabhat al-Nusra is the strongest faction, and its emir in Qalamoun, Abu Malik "
                + "al-Talli, has a big say.");
        assertTrue(has(cs, "al-Nusra Front", Relation.LED_BY, "Abu Malik al-Talli"), cs.toString());
    }

    @Test
    void theGroupsAlongsideAFoundingMemberAreFoundingMembersToo() throws Exception {
        List<Claim> cs = extract("In October 2015 the Syriac Military Council was among the founding members of "
                + "the Syrian Democratic Forces, alongside the Women's Protection Units and Jaysh al-Thuwar.");
        for (String g : List.of("Syriac Military Council", "Women's Protection Units", "Jaysh al-Thuwar")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Syrian Democratic Forces"), g + " " + cs);
        }
    }

    @Test
    void whoTrainsAGroupsRecruitsBacksIt() throws Exception {
        List<Claim> cs = extract("Hezbollah, the Lebanese movement, trained NDF recruits in camps in Lebanon.");
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Hezbollah"), cs.toString());
    }

    @Test
    void aGroupsRemainingFightersMergingIntoAnotherIsAMerger() throws Exception {
        List<Claim> cs = extract("Hazzm announced its dissolution on March 1, 2015, and its remaining fighters "
                + "merged into the Levant Front.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.DISSOLVED
                && c.subject().name().equals("Harakat Hazm")), cs.toString());
        assertTrue(has(cs, "Harakat Hazm", Relation.MERGED_INTO, "Levant Front"), cs.toString());
    }

    @Test
    void fightersFromTwoGroupsAttackingATargetMakeBothFightIt() throws Exception {
        List<Claim> cs = extract("Within hours, fighters from Jaysh al-Mujahideen and from the Islamic Front, the "
                + "alliance of seven Islamist factions, attacked ISIS positions in al-Atarib.");
        assertTrue(has(cs, "Jaysh al-Mujahideen", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Islamic Front", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void turningOnAGroupAndAnAssaultByOneOnAnotherAreFights() throws Exception {
        List<Claim> cs = extract("In early 2015 the Nusra Front turned on Harakat Hazzm. An assault by the "
                + "Islamic State on a base held by the People's Protection Units was repelled.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Harakat Hazm"), cs.toString());
        assertTrue(has(cs, "Islamic State", Relation.FOUGHT, "People's Protection Units"), cs.toString());
    }

    @Test
    void proGovernmentForcesOfAStateAreNotItsAllies() throws Exception {
        List<Claim> cs = extract("Pro-Syrian government forces and President Bashar al-Assad's forces shelled "
                + "the town.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), cs.toString());
    }

    @Test
    void aBaseHeldByAGroupNearATownPlacesItThere() throws Exception {
        List<Claim> cs = extract("The column advanced on a base held by the US-backed Syrian Democratic Forces (SDF) "
                + "near the town of Khasham.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.OPERATES_IN, "Khasham"), cs.toString());
    }

    @Test
    void aGroupBasedInAPlaceOperatesThere() throws Exception {
        List<Claim> cs = extract("Its fighters joined the Levant Front, the Aleppo-based coalition, while the "
                + "Idlib-based Ahrar al-Sham stayed out.");
        assertTrue(has(cs, "Levant Front", Relation.OPERATES_IN, "Aleppo"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Idlib"), cs.toString());
    }
}
