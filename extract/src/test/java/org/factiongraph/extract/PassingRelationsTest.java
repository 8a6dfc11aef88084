package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.founded;
import static org.factiongraph.extract.Texts.has;
import static org.factiongraph.extract.Texts.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations a report states in passing, inside a clause about something else, read by the sentence rules (the
 * dependency-parse layer is off here). The sentences are written for this test.
 */
class PassingRelationsTest {

    /** Without the dependency-parse layer: the rules alone must read these sentences. */
    private static Extractor surface;

    private static synchronized List<Claim> extract(String body) throws Exception {
        if (surface == null) {
            surface = Extractor.create(ExtractorOptions.defaults().withParseShare(0));
        }
        return Texts.extraction(surface, "passing.txt", "2017-06-21", body).claims();
    }

    @Test
    void aPartnerOrAllyNamedAfterItsIsAnAlly() throws Exception {
        List<Claim> cs = extract("The trainees were sent into an area where Jabhat al-Nusra and its partner Ahrar "
                + "al-Sham hold sway.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void groupsAnnouncingTogetherThatTheyJoinAnUmbrellaAreEachMembers() throws Exception {
        List<Claim> cs = extract("In May, Jaysh al-Nasr, Suqour al-Sham and the Levant Front all said that they were "
                + "joining the National Front for Liberation.");
        for (String g : List.of("Jaysh al-Nasr", "Suqour al-Sham", "Levant Front")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "National Front for Liberation"), g + " " + cs);
        }
    }

    @Test
    void theAgentsThatFormedAnUmbrellaInARelativeClauseAreItsMembers() throws Exception {
        List<Claim> cs = extract("The rebels answered through the Army of Conquest, which was announced in Idlib in "
                + "March by Ahrar al-Sham, the Nusra Front and Jund al-Aqsa.");
        for (String g : List.of("Ahrar al-Sham", "al-Nusra Front", "Jund al-Aqsa")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Army of Conquest"), g + " " + cs);
        }
    }

    @Test
    void aBackedCompoundAfterWithBacksTheGroupItModifies() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza coordinates with the Turkish-backed Levant Front.");
        assertTrue(has(cs, "Levant Front", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        List<Claim> another = extract("Jaysh al-Izza, another Turkish-backed faction, took the hill.");
        assertTrue(has(another, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), another.toString());
        List<Claim> goods = extract("Jaysh al-Izza fought with US-supplied missiles.");
        assertTrue(has(goods, "Jaysh al-Izza", Relation.SUPPORTED_BY, "United States"), goods.toString());
    }

    @Test
    void anAllyNamedByItsPartnersPossessiveFightsTheEnemyAndIsNotItsBacker() throws Exception {
        List<Claim> cs = extract("The Syrian Democratic Forces, which have been Washington's principal ally against "
                + "the Islamic State, hold Raqqa.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.ALLIED_WITH, "United States"), cs.toString());
        assertFalse(has(cs, "United States", Relation.SUPPORTED_BY, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void groupsThatMergeToFormAnotherAreNotAlsoItsMembersBySameSentence() throws Exception {
        List<Claim> cs = extract("In May, Liwa al-Haqq and Jaysh al-Sunna merged to form the Army of Conquest.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Sunna")) {
            assertTrue(has(cs, g, Relation.MERGED_INTO, "Army of Conquest"), g + " " + cs);
            assertFalse(has(cs, g, Relation.MEMBER_OF, "Army of Conquest"), g + " " + cs);
        }
        List<Claim> joined = extract("In May, Liwa al-Haqq joined the Army of Conquest.");
        assertTrue(has(joined, "Liwa al-Haqq", Relation.MEMBER_OF, "Army of Conquest"), joined.toString());
    }

    @Test
    void aSubjectCoordinatedWithAPlainNounPhraseKeepsTheSharedVerb() throws Exception {
        List<Claim> cs = extract("Russian troops and the Syrian militias fighting beside them swept into the centre "
                + "of Palmyra on Sunday.");
        assertTrue(has(cs, "Russia", Relation.OPERATES_IN, "Palmyra"), cs.toString());
    }

    @Test
    void theArmyIsTheSyrianArmyUnlessAnArmyOfSomethingWasJustNamed() throws Exception {
        List<Claim> cs = extract("On Monday the army attacked Faylaq al-Rahman in Zamalka.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Faylaq al-Rahman"), cs.toString());
        List<Claim> own = extract("The Army of Islam was formed in Douma in 2013. The army's fighters attacked "
                + "Faylaq al-Rahman in Zamalka.");
        assertTrue(has(own, "Jaysh al-Islam", Relation.FOUGHT, "Faylaq al-Rahman"), own.toString());
        assertFalse(has(own, "Syrian government", Relation.FOUGHT, "Faylaq al-Rahman"), own.toString());
    }

    @Test
    void aNameTheTextCallsATownIsAPlaceForTheVerbThatTakesIt() throws Exception {
        List<Claim> cs = extract("Hezbollah fighters captured the village of Tallet Zuhur in November.");
        assertTrue(has(cs, "Hezbollah", Relation.OPERATES_IN, "Tallet Zuhur"), cs.toString());
        List<Claim> split = extract("Hezbollah said it captured the town of al-Qudaysa in November.");
        assertTrue(has(split, "Hezbollah", Relation.OPERATES_IN, "al-Qudaysa"), split.toString());
        List<Claim> aside = extract("President Erdogan, speaking at a ceremony in the western town of Tallet Zuhur, "
                + "said Hezbollah would be defeated.");
        assertFalse(has(aside, "Hezbollah", Relation.OPERATES_IN, "Tallet Zuhur"), aside.toString());
    }

    @Test
    void aLeaderOfAWholeListIsNotTheLastItemsLeader() throws Exception {
        List<Claim> cs = extract("The new body united Liwa al-Haqq, Jaysh al-Ahrar and Jaysh al-Sunna under the "
                + "leadership of Abu Jaber al-Sheikh.");
        assertFalse(has(cs, "Jaysh al-Sunna", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
        List<Claim> one = extract("Jaysh al-Sunna remained under the leadership of Abu Jaber al-Sheikh.");
        assertTrue(has(one, "Jaysh al-Sunna", Relation.LED_BY, "Hashem al-Sheikh"), one.toString());
    }

    @Test
    void aFactionOrBrigadeNamedByItsUmbrellasPossessiveIsAMember() throws Exception {
        List<Claim> cs = extract("Jaysh al-Thuwar, the SDF's main Arab faction, held Tal Rifaat.");
        assertTrue(has(cs, "Jaysh al-Thuwar", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
        List<Claim> brigade = extract("The Hamza Division is a brigade of the Syrian National Army.");
        assertTrue(has(brigade, "Hamza Division", Relation.MEMBER_OF, "Syrian National Army"), brigade.toString());
    }

    @Test
    void aShortFormWithItsArticleIsCoordinatedWithTheNameBeforeIt() throws Exception {
        List<Claim> cs = extract("In February, Ahrar al-Sham and al-Zenki merged into a new formation, the Syrian "
                + "Liberation Front.");
        for (String g : List.of("Ahrar al-Sham", "Nour al-Din al-Zenki Movement")) {
            assertTrue(has(cs, g, Relation.MERGED_INTO, "Syrian Liberation Front"), g + " " + cs);
        }
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

    @Test
    void membershipsStatedInAppositionsAndPassivesAreRead() throws Exception {
        List<Claim> cs = extract("Before 2018, al-Awda commanded Quwat Shabab al-Sunna (Shabab al-Sunna Forces), one "
                + "of the largest factions of the Southern Front. Since 2021 the Eighth Brigade has been placed under "
                + "the Military Intelligence Directorate. Since 2017, Liwa al-Baqir has been formally attached to the "
                + "Local Defence Forces (LDF). The YPG were supported by Jaysh al-Thuwar, an Arab-Kurdish faction that "
                + "belongs to the Syrian Democratic Forces. In February the YPG and its allies in the SDF seized Tal "
                + "Rifaat, and Washington and its partners in the SDF were alarmed.");
        assertTrue(has(cs, "Shabab al-Sunna", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Eighth Brigade", Relation.MEMBER_OF, "Military Intelligence Directorate"), cs.toString());
        assertTrue(has(cs, "Liwa al-Baqir", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Thuwar", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
        assertTrue(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Syrian Democratic Forces"),
                cs.toString());
        assertFalse(has(cs, "United States", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void leadersAndBackersNamedAfterTheirRoleAreRead() throws Exception {
        List<Claim> cs = extract("The Wagner Group, which is believed to be commanded by a former Russian "
                + "intelligence officer, Dmitry Utkin, has fought in Syria since 2015. The group is reported to be "
                + "financed by the businessman Yevgeny Prigozhin. The Syriac Military Council advanced into the city with air support from the US-led "
                + "coalition. Iran-backed groups, including Hezbollah and Kataib Hezbollah, moved in.");
        assertTrue(has(cs, "Wagner Group", Relation.LED_BY, "Dmitry Utkin"), cs.toString());
        assertTrue(has(cs, "Wagner Group", Relation.SUPPORTED_BY, "Yevgeny Prigozhin"), cs.toString());
        assertTrue(has(cs, "Syriac Military Council", Relation.SUPPORTED_BY, "US-led coalition"), cs.toString());
        assertTrue(has(cs, "Hezbollah", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(has(cs, "Kata'ib Hezbollah", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void raidsOnPositionsAndRepelledOffensivesAreFights() throws Exception {
        List<Claim> cs = extract("Wa Harid al-Mu'minin has since claimed several raids on Syrian army positions in "
                + "northern Hama. Ajnad al-Sham and Liwa Shuhada al-Islam repelled repeated offensives by the Syrian "
                + "army's Fourth Division.");
        assertTrue(has(cs, "Wa Harid al-Mu'minin", Relation.FOUGHT, "Syrian Arab Army"), cs.toString());
        assertTrue(has(cs, "Ajnad al-Sham", Relation.FOUGHT, "4th Armoured Division"), cs.toString());
        assertTrue(has(cs, "Liwa Shuhada al-Islam", Relation.FOUGHT, "4th Armoured Division"), cs.toString());
    }

    @Test
    void theNamedMembersOfAPluralListItemAreOnTheList() throws Exception {
        List<Claim> cs = extract("In most battles the Fatemiyoun Division fought both the Islamic State and rebel "
                + "coalitions including the al-Nusra Front and Jund al-Aqsa.");
        for (String enemy : List.of("Islamic State", "al-Nusra Front", "Jund al-Aqsa")) {
            assertTrue(has(cs, "Liwa Fatemiyoun", Relation.FOUGHT, enemy), enemy + " " + cs);
        }
    }

    @Test
    void foundersBodiesThatBringGroupsTogetherBreaksAndSharedAdvancesAreRead() throws Exception {
        List<Claim> cs = extract("In September 2014 Jabhat al-Akrad was among the founders of the Euphrates Volcano "
                + "joint operations room, which brought together the YPG and several FSA brigades. Jabhat Fatah "
                + "al-Sham, which announced its break from al-Qaeda in July, held the district. The YPG said its "
                + "fighters and those of Jaysh al-Thuwar had entered the town. The Turkmen brigades cooperated with "
                + "Ahrar al-Sham as well as with the 1st Coastal Division.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Euphrates Volcano")), cs.toString());
        assertTrue(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Euphrates Volcano"), cs.toString());
        assertTrue(has(cs, "Jabhat Fatah al-Sham", Relation.SPLIT_FROM, "al-Qaeda"), cs.toString());
        assertTrue(has(cs, "People's Protection Units", Relation.ALLIED_WITH, "Jaysh al-Thuwar"), cs.toString());
        assertTrue(has(cs, "Syrian Turkmen Brigades", Relation.ALLIED_WITH, "1st Coastal Division"), cs.toString());
    }

    @Test
    void theFactionsAmongThoseThatAnnouncedACoalitionAreItsMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Mujahideen was announced last Friday by eight factions based in the "
                + "western Aleppo countryside, among them the Nour al-Din al-Zenki Movement and Liwa Ansar al-Khilafa.");
        assertTrue(has(cs, "Nour al-Din al-Zenki Movement", Relation.MEMBER_OF, "Jaysh al-Mujahideen"),
                cs.toString());
        assertTrue(has(cs, "Liwa Ansar al-Khilafa", Relation.MEMBER_OF, "Jaysh al-Mujahideen"), cs.toString());
    }

    @Test
    void fightersLoyalToAGroupStandForItInAClashPastAnAdverbialPhrase() throws Exception {
        List<Claim> cs = extract("The Eighth Brigade clashed on several occasions with fighters loyal to the Fourth "
                + "Division.");
        assertTrue(has(cs, "Eighth Brigade", Relation.FOUGHT, "4th Armoured Division"), cs.toString());
    }

    @Test
    void aPredicateCoordinatedAfterAndTakesTheSentencesSubject() throws Exception {
        List<Claim> cs = extract("The Khalid ibn al-Walid Army was formed in 2016 from a merger of Liwa Shuhada "
                + "al-Yarmouk and Harakat al-Muthanna, and had pledged allegiance to the Islamic State.");
        assertTrue(has(cs, "Khalid ibn al-Walid Army", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"),
                cs.toString());
        assertFalse(has(cs, "Harakat al-Muthanna", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), cs.toString());
        List<Claim> reported = extract("The Syrian Observatory said that Jaysh al-Islam attacked Harasta and "
                + "fought the Islamic State.");
        assertFalse(reported.stream().anyMatch(c -> c.subject().name().contains("Observatory")), reported.toString());
    }

    @Test
    void announcingAllegianceIsPledgingIt() throws Exception {
        List<Claim> cs = extract("In August 2014 part of Ansar al-Islam's leadership announced its allegiance to the "
                + "Islamic State.");
        assertTrue(has(cs, "Ansar al-Islam", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), cs.toString());
    }

    @Test
    void twoGroupsThatClashWithNoOneNamedClashWithEachOther() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham and Jund al-Aqsa clashed in Idlib on Monday.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Jund al-Aqsa"), cs.toString());
        assertEquals(1, cs.stream().filter(c -> c.relation() == Relation.FOUGHT).count(), cs.toString());
        List<Claim> pair = extract("Jabhat Fateh al-Sham accused the Zenki movement of attacking its checkpoints. "
                + "The two groups fought over the Bab al-Hawa crossing.");
        assertTrue(has(pair, "Jabhat Fatah al-Sham", Relation.FOUGHT, "Nour al-Din al-Zenki Movement"),
                pair.toString());
        List<Claim> together = extract("Ahrar al-Sham and Faylaq al-Sham clashed with Jund al-Aqsa in Idlib.");
        assertFalse(has(together, "Ahrar al-Sham", Relation.FOUGHT, "Sham Legion"), together.toString());
        List<Claim> relative = extract("Its founding components included Ahrar al-Sham, Faylaq al-Sham, and Jund "
                + "al-Aqsa, the group that had fought at Menagh airbase the previous year.");
        assertFalse(relative.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), relative.toString());
    }

    @Test
    void twoGroupsAgreeingToCoordinateTheirOperationsAreAllies() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam and Faylaq al-Rahman agreed to coordinate their operations against "
                + "the government.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.ALLIED_WITH, "Faylaq al-Rahman"), cs.toString());
    }

    @Test
    void lossesInABattleNameTheEnemy() throws Exception {
        List<Claim> cs = extract("Hezbollah lost at least ten fighters in battles with the Nusra Front near "
                + "Zabadani.");
        assertTrue(has(cs, "Hezbollah", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
        List<Claim> killed = extract("Several fighters of Jaysh al-Islam were killed in clashes with Faylaq "
                + "al-Rahman in the Eastern Ghouta.");
        assertTrue(has(killed, "Jaysh al-Islam", Relation.FOUGHT, "Faylaq al-Rahman"), killed.toString());
    }

    @Test
    void groundTakenFromAListOfGroupsIsAFightWithEachAndAPlaceHeldBySeveralIsEachOnes() throws Exception {
        List<Claim> cs = extract("The Syrian army regained the eastern districts from rebel groups, including Ahrar "
                + "al-Sham and the Levant Front, in December 2016.");
        assertTrue(has(cs, "Syrian Arab Army", Relation.FOUGHT, "Ahrar al-Sham"), cs.toString());
        assertTrue(has(cs, "Syrian Arab Army", Relation.FOUGHT, "Levant Front"), cs.toString());
        List<Claim> held = extract("The siege of the Eastern Ghouta, held by Jaysh al-Islam and Faylaq al-Rahman, "
                + "lasted five years.");
        assertTrue(has(held, "Faylaq al-Rahman", Relation.OPERATES_IN, "Eastern Ghouta"), held.toString());
    }

    @Test
    void backersNamedAsDonorsAirCoverOrInAWhoseClause() throws Exception {
        List<Claim> whose = extract("Jaysh al-Islam, whose fighters were armed and paid by Saudi Arabia, controlled "
                + "Douma for years.");
        assertTrue(has(whose, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Saudi Arabia"), whose.toString());
        List<Claim> donor = extract("Qatar was a major donor to Ahrar al-Sham.");
        assertTrue(has(donor, "Ahrar al-Sham", Relation.SUPPORTED_BY, "Qatar"), donor.toString());
        List<Claim> cover = extract("Russia provided air cover for the Syrian army's offensive on Aleppo.");
        assertTrue(has(cover, "Syrian Arab Army", Relation.SUPPORTED_BY, "Russia"), cover.toString());
    }

    @Test
    void armingAGroupMakesItNoArmOfTheArmer() throws Exception {
        List<Claim> cs = extract("The United States armed the SDF in its fight against ISIS.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void groupsListedAfterTheirUmbrellasFactionsAreItsMembers() throws Exception {
        List<Claim> cs = extract("Several FSA factions, including the Hamza Division and the Sultan Murad Division, "
                + "took part in the operation.");
        assertTrue(has(cs, "Hamza Division", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertTrue(has(cs, "Sultan Murad Division", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aLeaderNamedInAFrontedUnderTheLeadershipOfLeadsTheGroup() throws Exception {
        List<Claim> cs = extract("Under the leadership of Abdul Qader Saleh, Liwa al-Tawhid became the largest rebel "
                + "group in Aleppo.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.LED_BY, "Abdul Qader Saleh"), cs.toString());
    }

    @Test
    void aGroupFormedByCommandersWhoSplitOffSplitFromTheirGroup() throws Exception {
        List<Claim> cs = extract("A group of Nusra commanders split off to form Hurras al-Din in 2018.");
        assertTrue(has(cs, "Hurras al-Din", Relation.SPLIT_FROM, "al-Nusra Front"), cs.toString());
    }

    @Test
    void aPlaceThatLocatesTheSubjectStandsNotBetweenItAndItsVerb() throws Exception {
        List<Claim> cs = extract("The Mujahideen Shura Council in Deir ez-Zor pledged loyalty to the Islamic State.");
        assertTrue(has(cs, "Mujahideen Shura Council", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"),
                cs.toString());
        List<Claim> fighters = extract("Hazm's remaining fighters in Aleppo were folded into the Levant Front.");
        assertTrue(has(fighters, "Harakat Hazm", Relation.MERGED_INTO, "Levant Front"), fighters.toString());
    }

    @Test
    void aParticipialPhraseBetweenSubjectAndVerbIsSkipped() throws Exception {
        List<Claim> cs = extract("The YPG, taking advantage of the regime offensive north of Aleppo backed by intense "
                + "Russian airstrikes, seized the Menagh airbase and the town of Tal Rifaat from rebel factions, "
                + "including the Levant Front, in the northern countryside of Aleppo.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Levant Front"), cs.toString());
    }

    @Test
    void theEnemyOfAClauseAfterABackingPhraseIsNoBacker() throws Exception {
        List<Claim> cs = extract("The Syrian army, supported by Russian airstrikes, recaptured Palmyra from the "
                + "Islamic State.");
        assertTrue(has(cs, "Syrian Arab Army", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Syrian Arab Army", Relation.SUPPORTED_BY, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Syrian Arab Army", Relation.ALLIED_WITH, "Islamic State"), cs.toString());
        List<Claim> both = extract("The SDF was supported by air strikes and artillery from the US-led coalition.");
        assertTrue(has(both, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "US-led coalition"), both.toString());
    }

    @Test
    void tensionsThatEruptIntoFightingAreAFight() throws Exception {
        List<Claim> cs = extract("Tensions between Ahrar al-Sham and Hay'at Tahrir al-Sham erupted into open "
                + "fighting in July 2017.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Hay'at Tahrir al-Sham"), cs.toString());
    }

    @Test
    void joiningForcesOrSigningACooperationAgreementMakesAllies() throws Exception {
        List<Claim> joined = extract("Faylaq al-Sham joined forces with Ahrar al-Sham in the battle for Idlib.");
        assertTrue(has(joined, "Faylaq al-Sham", Relation.ALLIED_WITH, "Ahrar al-Sham"), joined.toString());
        List<Claim> signed = extract("The Hamza Division signed a cooperation agreement with the Sultan Murad "
                + "Division.");
        assertTrue(has(signed, "Hamza Division", Relation.ALLIED_WITH, "Sultan Murad Division"), signed.toString());
        List<Claim> truce = extract("The Hamza Division signed a ceasefire agreement with the SDF.");
        assertFalse(truce.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), truce.toString());
    }

    @Test
    void anAlignedCompoundOrAListOfJihadistAlliesNamesAllies() throws Exception {
        List<Claim> aligned = extract("The HTS-aligned Turkistan Islamic Party took part in the battle.");
        assertTrue(has(aligned, "Turkistan Islamic Party in Syria", Relation.ALLIED_WITH, "Hay'at Tahrir al-Sham"),
                aligned.toString());
        List<Claim> allies = extract("The Nusra Front and its jihadist allies, including the Turkistan Islamic "
                + "Party, overran Jisr al-Shughur.");
        assertTrue(has(allies, "al-Nusra Front", Relation.ALLIED_WITH, "Turkistan Islamic Party in Syria"),
                allies.toString());
    }

    @Test
    void anUmbrellasMemberGroupsListedAfterItsPossessiveAreItsMembers() throws Exception {
        List<Claim> cs = extract("The Southern Front's member groups include Liwa Shuhada al-Yarmouk and the First "
                + "Army.");
        assertTrue(has(cs, "First Army", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Liwa Shuhada al-Yarmouk", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aNewOperationsRoomsNameRunsThroughItsTypeWords() throws Exception {
        // "Fath al-Mubin" would now be the dictionary's al-Fath al-Mubin, found without its article
        List<Claim> cs = extract("The Fath al-Qarib operations room, which includes HTS and Jaysh al-Izza, "
                + "announced a counter-offensive.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fath al-Qarib"), cs.toString());
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.MEMBER_OF, "Fath al-Qarib"), cs.toString());
    }

    @Test
    void anAdjectiveNamingADoctrineGivesTheGroupItDescribesThatIdeology() throws Exception {
        List<Claim> before = extract("Jaysh al-Islam clashed with the Salafist Jaysh al-Umma.");
        assertTrue(has(before, "Jaysh al-Umma", Relation.IDEOLOGY, "Salafism"), before.toString());
        assertFalse(has(before, "Jaysh al-Islam", Relation.IDEOLOGY, "Salafism"), before.toString());
        List<Claim> appos = extract("Jamaat Ansar al-Islam (Ansar al-Islam), a Salafi-jihadist organisation, fought "
                + "in Aleppo.");
        assertTrue(has(appos, "Jamaat Ansar al-Islam", Relation.IDEOLOGY, "Salafi jihadism"), appos.toString());
        List<Claim> apart = extract("Liwa Marah, a Salafi jihadist group founded in 2012, fought in Aleppo.");
        assertTrue(has(apart, "Liwa Marah", Relation.IDEOLOGY, "Salafi jihadism"), apart.toString());
        assertFalse(has(apart, "Liwa Marah", Relation.IDEOLOGY, "Salafism"), apart.toString());
        List<Claim> predicate = extract("Ahrar al-Sham is a Salafist group.");
        assertTrue(has(predicate, "Ahrar al-Sham", Relation.IDEOLOGY, "Salafism"), predicate.toString());
        List<Claim> referring = extract("Jund al-Aqsa took Morek. The jihadist group's fighters then moved south.");
        assertFalse(referring.stream().anyMatch(c -> c.relation() == Relation.IDEOLOGY), referring.toString());
    }

    @Test
    void theBroadIslamistAndJihadistCharacteriseAGroupOnlyInAnAppositionOrBeforeItsName() throws Exception {
        List<Claim> appos = extract("Liwa Marah, a hardline Islamist faction, took Tell Marah.");
        assertTrue(has(appos, "Liwa Marah", Relation.IDEOLOGY, "Sunni Islamism"), appos.toString());
        List<Claim> shia = extract("Kataib Hezbollah, a Shia Islamist militia, sent fighters to Tell Marah.");
        assertTrue(has(shia, "Kataib Hezbollah", Relation.IDEOLOGY, "Shia Islamism"), shia.toString());
        assertFalse(has(shia, "Kataib Hezbollah", Relation.IDEOLOGY, "Sunni Islamism"), shia.toString());
        List<Claim> before = extract("The jihadist alliance Jaysh al-Izza took Tell Marah.");
        assertTrue(has(before, "Jaysh al-Izza", Relation.IDEOLOGY, "Jihadism"), before.toString());
    }

    @Test
    void aPlaceAreaGroupOperatesInThePlace() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, the Hama-area force led by Abu Salim, took Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Hama"), cs.toString());
        cs = extract("A smaller Hama-area unit, Liwa Marah, joined Jaysh al-Izza in May.");
        assertTrue(has(cs, "Liwa Marah", Relation.OPERATES_IN, "Hama"), cs.toString());
    }

    @Test
    void aGroupsFightersJoinedByAnotherAreItsAllies() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza fighters, joined by Liwa Marah, took Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa Marah"), cs.toString());
        cs = extract("Jaysh al-Izza's fighters, accompanied by Liwa Marah and Jaysh al-Nasr, took Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aCoalitionOfIslamistFactionsHasTheirDoctrine() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, an alliance of seven Islamist factions, took Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.IDEOLOGY, "Sunni Islamism"), cs.toString());
        cs = extract("Jaysh al-Nasr, a loose coalition of Salafist brigades, took Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.IDEOLOGY, "Salafism"), cs.toString());
        cs = extract("Jaysh al-Izza took Tell Marah from an alliance of seven Islamist factions.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.IDEOLOGY), cs.toString());
    }

    @Test
    void aStatesProxiesAreBackedByIt() throws Exception {
        List<Claim> one = extract("The Fatemiyoun Brigade is one of Iran's proxies in Syria.");
        assertTrue(has(one, "Liwa Fatemiyoun", Relation.SUPPORTED_BY, "Iran"), one.toString());
        assertFalse(has(one, "Liwa Fatemiyoun", Relation.ALLIED_WITH, "Iran"), one.toString());
        List<Claim> list = extract("Iran's proxies, including Hezbollah and the Fatemiyoun Brigade, fought near "
                + "Aleppo.");
        assertTrue(has(list, "Hezbollah", Relation.SUPPORTED_BY, "Iran"), list.toString());
        assertTrue(has(list, "Liwa Fatemiyoun", Relation.SUPPORTED_BY, "Iran"), list.toString());
    }

    @Test
    void supportAGroupEnjoysOrReliesOnNamesItsBacker() throws Exception {
        List<Claim> fronted = extract("With Iranian support, the National Defence Forces grew to 100,000 men.");
        assertTrue(has(fronted, "National Defence Forces", Relation.SUPPORTED_BY, "Iran"), fronted.toString());
        List<Claim> enjoyed = extract("Jaysh al-Islam enjoyed Saudi backing throughout the war.");
        assertTrue(has(enjoyed, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Saudi Arabia"), enjoyed.toString());
        List<Claim> relied = extract("The Southern Front relied on Jordan and the United States for weapons.");
        assertTrue(has(relied, "Southern Front", Relation.SUPPORTED_BY, "Jordan"), relied.toString());
        assertTrue(has(relied, "Southern Front", Relation.SUPPORTED_BY, "United States"), relied.toString());
    }

    @Test
    void leavingANamedUmbrellaSaysTheGroupWasInItUntilThen() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr withdrew from the Army of Conquest in 2016.");
        Claim left = cs.stream().filter(c -> c.relation() == Relation.MEMBER_OF).findFirst().orElseThrow(
                () -> new AssertionError(cs.toString()));
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertEquals("2016", String.valueOf(left.end()), cs.toString());
        assertEquals("null", String.valueOf(left.start()), cs.toString());
    }

    @Test
    void participationAbsorptionAndAMergerIntoANewGroup() throws Exception {
        List<Claim> part = extract("Faylaq al-Sham's participation in the National Front for Liberation "
                + "strengthened the coalition.");
        assertTrue(has(part, "Faylaq al-Sham", Relation.MEMBER_OF, "National Front for Liberation"), part.toString());
        List<Claim> absorbed = extract("Jaysh al-Sunna was absorbed by Ahrar al-Sham in 2016.");
        assertTrue(has(absorbed, "Jaysh al-Sunna", Relation.MERGED_INTO, "Ahrar al-Sham"), absorbed.toString());
        List<Claim> formed = extract("Liwa Shuhada al-Yarmouk merged with Harakat al-Muthanna to form the Khalid "
                + "ibn al-Walid Army.");
        assertTrue(has(formed, "Liwa Shuhada al-Yarmouk", Relation.MERGED_INTO, "Khalid ibn al-Walid Army"),
                formed.toString());
        assertTrue(has(formed, "Harakat al-Muthanna", Relation.MERGED_INTO, "Khalid ibn al-Walid Army"),
                formed.toString());
    }

    @Test
    void aGroupsWarOrAFightItLedIsAFight() throws Exception {
        List<Claim> war = extract("The Nusra Front's war with the Islamic State began in early 2014.");
        assertTrue(has(war, "al-Nusra Front", Relation.FOUGHT, "Islamic State"), war.toString());
        List<Claim> led = extract("The fight against the Islamic State was led by the Syrian Democratic Forces.");
        assertTrue(has(led, "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State"), led.toString());
        List<Claim> drone = extract("A Turkish drone strike killed three YPG fighters near Qamishli.");
        assertTrue(has(drone, "Turkey", Relation.FOUGHT, "People's Protection Units"), drone.toString());
    }

    @Test
    void aPartInABattleForAPlacePutsTheGroupTherePastAnInterjection() throws Exception {
        List<Claim> cs = extract("Liwa al-Baqir sent fighters east. Its units took part, reportedly alongside the "
                + "IRGC, Hezbollah and Iraqi groups such as Kataib Hezbollah, in the capture of al-Mayadin.");
        assertTrue(has(cs, "Liwa al-Baqir", Relation.OPERATES_IN, "al-Mayadin"), cs.toString());
    }

    @Test
    void aCoalitionIsWhereItsAppositionOrItsFrontLinesSayNotTheGroupItsBrigadesBelongTo() throws Exception {
        List<Claim> cs = extract("The Southern Front, a coalition of Free Syrian Army (FSA) brigades in Daraa and "
                + "Quneitra provinces, collapsed.");
        assertTrue(has(cs, "Southern Front", Relation.OPERATES_IN, "Daraa"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.OPERATES_IN, "Quneitra"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.OPERATES_IN, "Daraa"), cs.toString());
        List<Claim> front = extract("Jabhat Ansar al-Din and Hurras al-Din have co-operated closely on the front "
                + "lines of southern Idlib.");
        assertTrue(has(front, "Jabhat Ansar al-Din", Relation.OPERATES_IN, "Idlib"), front.toString());
        assertTrue(has(front, "Hurras al-Din", Relation.OPERATES_IN, "Idlib"), front.toString());
    }

    @Test
    void whereAGroupWasBasedRetreatedToHelpedTakeOrWhoseFightersAssaulted() throws Exception {
        List<Claim> based = extract("Liwa Dawud withdrew to Sarmin, the town east of Idlib city where the brigade was "
                + "based.");
        assertTrue(has(based, "Liwa Dawud", Relation.OPERATES_IN, "Sarmin"), based.toString());
        List<Claim> retreated = extract("The Nusra Front retreated overnight to the nearby villages of Flita and "
                + "Rankous.");
        assertTrue(has(retreated, "al-Nusra Front", Relation.OPERATES_IN, "Flita"), retreated.toString());
        assertTrue(has(retreated, "al-Nusra Front", Relation.OPERATES_IN, "Rankous"), retreated.toString());
        List<Claim> helped = extract("Hezbollah has fought in Syria since helping the army recapture al-Qusayr last "
                + "June.");
        assertTrue(has(helped, "Hezbollah", Relation.OPERATES_IN, "al-Qusayr"), helped.toString());
        List<Claim> whose = extract("The town fell to the Lebanese Hezbollah, whose fighters led the assault on "
                + "Qusayr.");
        assertTrue(has(whose, "Hezbollah", Relation.OPERATES_IN, "al-Qusayr"), whose.toString());
    }

    @Test
    void theGovernmentNamedByItsPresidentOrItsForcesIsTheSyrianGovernment() throws Exception {
        List<Claim> president = extract("Jaysh al-Mujahideen pledged to keep fighting the government of President "
                + "Bashar al-Assad.");
        assertTrue(has(president, "Jaysh al-Mujahideen", Relation.FOUGHT, "Syrian government"), president.toString());
        List<Claim> positions = extract("Jaysh al-Izza has launched raids on government positions in northern Hama.");
        assertTrue(has(positions, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), positions.toString());
    }

    @Test
    void alliesAndMembersInSetPhrases() throws Exception {
        List<Claim> side = extract("The Wagner Group has fought in Syria on the side of President Bashar al-Assad's "
                + "forces since 2015.");
        assertTrue(has(side, "Wagner Group", Relation.ALLIED_WITH, "Syrian government"), side.toString());
        List<Claim> prop = extract("Liwa Fatemiyoun was used to prop up the Assad regime.");
        assertTrue(has(prop, "Liwa Fatemiyoun", Relation.ALLIED_WITH, "Syrian government"), prop.toString());
        List<Claim> associated = extract("The Khabour Guards, an Assyrian militia associated with the Assyrian "
                + "Democratic Party, joined the fighting.");
        assertTrue(has(associated, "Khabour Guards", Relation.ALLIED_WITH, "Assyrian Democratic Party"),
                associated.toString());
        List<Claim> umbrella = extract("The Bethnahrain Women's Protection Forces fight under the SDF umbrella.");
        assertTrue(has(umbrella, "Bethnahrain Women's Protection Forces", Relation.MEMBER_OF,
                "Syrian Democratic Forces"), umbrella.toString());
        List<Claim> of = extract("The 1st Coastal Division of the Free Syrian Army fought in Latakia.");
        assertTrue(has(of, "1st Coastal Division", Relation.MEMBER_OF, "Free Syrian Army"), of.toString());
        List<Claim> belonged = extract("Shabab al-Sunna, a faction led by Ahmad al-Awda that had belonged to the "
                + "Southern Front coalition, accepted a settlement.");
        assertTrue(has(belonged, "Shabab al-Sunna", Relation.MEMBER_OF, "Southern Front"), belonged.toString());
    }

    @Test
    void itsOpeningANewClauseAfterACommaAndIsTheSentencesSubject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam has denied any link with the Nusra Front, and its fighters are "
                + "reported to hold positions in Douma.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Douma"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.OPERATES_IN, "Douma"), cs.toString());
        List<Claim> list = extract("Jabhat al-Akrad helped defend Kobani against the Islamic State, and its fighters "
                + "took part in the battle for Tal Abyad.");
        assertTrue(has(list, "Jabhat al-Akrad", Relation.OPERATES_IN, "Tal Abyad"), list.toString());
        assertFalse(has(list, "Islamic State", Relation.OPERATES_IN, "Tal Abyad"), list.toString());
    }

    @Test
    void leadersByAWhoseClauseByTakingCommandAndBySuccession() throws Exception {
        List<Claim> whose = extract("The Eighth Brigade, whose commander is Ahmad al-Awda, clashed with the Fourth "
                + "Division.");
        assertTrue(has(whose, "Eighth Brigade", Relation.LED_BY, "Ahmad al-Awda"), whose.toString());
        List<Claim> took = extract("Suheil al-Hassan took command of the Tiger Forces in 2013.");
        assertTrue(has(took, "Tiger Forces", Relation.LED_BY, "Suheil al-Hassan"), took.toString());
        List<Claim> succeeded = extract("Issam al-Buwaydani succeeded Zahran Alloush as leader of Jaysh al-Islam.");
        assertTrue(has(succeeded, "Jaysh al-Islam", Relation.LED_BY, "Issam al-Buwaydani"), succeeded.toString());
    }

    @Test
    void allegianceAsBayahDefectionAsSwitchingSidesAndASplitAsAGroupsOrigin() throws Exception {
        List<Claim> bayah = extract("Jund al-Aqsa's leadership gave bay'ah to the Islamic State in 2017.");
        assertTrue(has(bayah, "Jund al-Aqsa", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), bayah.toString());
        List<Claim> sides = extract("Several Nusra commanders in Deir ez-Zor switched sides to the Islamic State.");
        assertTrue(has(sides, "al-Nusra Front", Relation.DEFECTED_TO, "Islamic State"), sides.toString());
        List<Claim> over = extract("The commander of Liwa Dawud and his men went over to the Islamic State.");
        assertTrue(has(over, "Liwa Dawud", Relation.DEFECTED_TO, "Islamic State"), over.toString());
        List<Claim> split = extract("Hurras al-Din emerged from a split within Hay'at Tahrir al-Sham.");
        assertTrue(has(split, "Hurras al-Din", Relation.SPLIT_FROM, "Hay'at Tahrir al-Sham"), split.toString());
    }

    @Test
    void mergersAndCoalitionsByAnnouncementAbsorptionAndWhomTheyBringTogether() throws Exception {
        List<Claim> merger = extract("Ahrar al-Sham and the Zenki movement announced their merger into the Syrian "
                + "Liberation Front.");
        assertTrue(has(merger, "Ahrar al-Sham", Relation.MERGED_INTO, "Syrian Liberation Front"), merger.toString());
        assertTrue(has(merger, "Nour al-Din al-Zenki Movement", Relation.MERGED_INTO, "Syrian Liberation Front"),
                merger.toString());
        List<Claim> together = extract("The new coalition, dubbed the National Front for Liberation, brings together "
                + "Faylaq al-Sham and Jaysh al-Nasr.");
        assertTrue(has(together, "Jaysh al-Nasr", Relation.MEMBER_OF, "National Front for Liberation"),
                together.toString());
        List<Claim> absorbed = extract("Faylaq al-Rahman absorbed several smaller brigades in 2016, including Ajnad "
                + "al-Sham.");
        assertTrue(has(absorbed, "Ajnad al-Sham", Relation.MERGED_INTO, "Faylaq al-Rahman"), absorbed.toString());
        List<Claim> led = extract("The Army of Conquest is a coalition of Islamist factions led by the Nusra Front and "
                + "Ahrar al-Sham.");
        assertTrue(has(led, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), led.toString());
        assertTrue(has(led, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), led.toString());
    }

    @Test
    void aGivenNameBeforeAKnownKunyaIsThatPerson() throws Exception {
        List<Claim> cs = extract("Liwa al-Mu'tasim, led by Mustafa Abu Qutaiba, moved its fighters to Marea.");
        assertTrue(has(cs, "Liwa al-Mu'tasim", Relation.LED_BY, "Mustafa Berro"), cs.toString());
    }

    @Test
    void aFormerNameInParenthesesIsARenaming() throws Exception {
        List<Claim> cs = extract("Fighters of Jabhat Fath al-Sham (the former Nusra Front) attacked the 13th "
                + "Division in Maarat al-Numan.");
        assertTrue(has(cs, "al-Nusra Front", Relation.RENAMED_TO, "Jabhat Fatah al-Sham"), cs.toString());
    }

    @Test
    void aGroupAnnouncingItsFormationWasFoundedThen() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa announced its formation in the autumn of 2013.");
        assertTrue(Texts.founded(cs, "Jund al-Aqsa", "2013"), cs.toString());
    }

    @Test
    void oneOfSeveralFactionsTogetherWithOthersThatFormedAGroupAreAllMembers() throws Exception {
        List<Claim> cs = extract("In January the Islamic Front was one of four groups, together with Jaysh "
                + "al-Islam (the former Liwa al-Islam), Faylaq al-Sham and the Levant Front, that came together to "
                + "form Jaysh al-Fatah.");
        for (String g : List.of("Islamic Front", "Jaysh al-Islam", "Faylaq al-Sham", "Levant Front")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Jaysh al-Fatah"), g + " " + cs);
        }
    }

    @Test
    void aListThatRunsOnIntoTheNextSlotGivesBackItsTail() throws Exception {
        List<Claim> cs = extract("With the help of Turkey, Liwa al-Mu'tasim took Marea from the Islamic State.");
        assertTrue(has(cs, "Liwa al-Mu'tasim", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void fightingSideBySideWithAGroupIsNoFightAgainstIt() throws Exception {
        List<Claim> cs = extract("The YPG fought side by side with the Syriac Military Council against the Islamic "
                + "State.");
        assertTrue(has(cs, "People's Protection Units", Relation.ALLIED_WITH, "Syriac Military Council"),
                cs.toString());
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "People's Protection Units", Relation.FOUGHT, "Syriac Military Council"), cs.toString());
    }

    @Test
    void supportReceivedThroughAnOperationsCentreIsBacking() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq received weapons through the Military Operations Center in 2015.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
    }

    @Test
    void joiningAGroupAfterLeavingAnotherIsMembershipOfIt() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa al-Mu'tasim left the Levant Front and joined Ahrar al-Sham.");
        assertTrue(has(cs, "Liwa al-Mu'tasim", Relation.MEMBER_OF, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void aStateThatPlayedARoleInAForcesCreationBacksIt() throws Exception {
        List<Claim> cs = extract("Russia played a decisive role in the formation of the Fifth Corps.");
        assertTrue(has(cs, "Fifth Corps", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void theGroupsAForceWasAssembledOutOfMergedIntoIt() throws Exception {
        List<Claim> cs = extract("The National Defence Forces were organised in early 2013 out of the Popular "
                + "Committees.");
        assertTrue(has(cs, "Popular Committees", Relation.MERGED_INTO, "National Defence Forces"), cs.toString());
    }

    @Test
    void aGroupCalledAnotherGroupsAllyIsItsAlly() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa, long a close ally of Jabhat al-Nusra, was expelled from the Army "
                + "of Conquest.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.ALLIED_WITH, "al-Nusra Front"), cs.toString());
        List<Claim> plain = extract("Faylaq al-Sham is one of the closest allies of Ahrar al-Sham.");
        assertTrue(has(plain, "Sham Legion", Relation.ALLIED_WITH, "Ahrar al-Sham"), plain.toString());
    }

    @Test
    void anUmbrellaThatIncludesGroupsHasThemAsMembers() throws Exception {
        List<Claim> cs = extract("The Syrian National Army includes the Sultan Murad Division and the Hamza "
                + "Division.");
        assertTrue(has(cs, "Sultan Murad Division", Relation.MEMBER_OF, "Syrian National Army"), cs.toString());
        assertTrue(has(cs, "Hamza Division", Relation.MEMBER_OF, "Syrian National Army"), cs.toString());
    }

    @Test
    void lossesAtTheHandsOfAGroupAreAFightWithIt() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa suffered a string of defeats at the hands of Harakat Hazm.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Harakat Hazm"), cs.toString());
    }

    @Test
    void aStatesWeaponsReceivedNameItsBacker() throws Exception {
        List<Claim> cs = extract("Liwa Suqour al-Jabal was among the first factions to receive American anti-tank "
                + "missiles.");
        assertTrue(has(cs, "Liwa Suqour al-Jabal", Relation.SUPPORTED_BY, "United States"), cs.toString());
        List<Claim> appos = extract("The rebels then overran the 13th Division, another recipient of Saudi "
                + "funding, near Idlib.");
        assertTrue(has(appos, "13th Division", Relation.SUPPORTED_BY, "Saudi Arabia"), appos.toString());
    }

    @Test
    void anAllyNamedAsAGroupsAllyBeforeItsName() throws Exception {
        List<Claim> cs = extract("Russia's ally Hezbollah moved fighters to Palmyra.");
        assertTrue(has(cs, "Russia", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
    }

    @Test
    void aPersonWhoCommandsAStateForceLeadsIt() throws Exception {
        List<Claim> cs = extract("Issam Zahreddine commanded the Republican Guard in Deir ez-Zor.");
        assertTrue(has(cs, "Republican Guard", Relation.LED_BY, "Issam Zahreddine"), cs.toString());
    }

    @Test
    void aFoundingToldInAParticipleOrAnOpeningPhraseDatesTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, founded by Abu Mohammad al-Julani in 2013, held the old city.");
        assertTrue(Texts.founded(cs, "Liwa al-Haqq", "2013"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Mohammad al-Julani"), cs.toString());
        List<Claim> opening = extract("Since its formation in 2016, Jaysh al-Sunna has fought in Hama.");
        assertTrue(Texts.founded(opening, "Jaysh al-Sunna", "2016"), opening.toString());
    }

    @Test
    void cuttingTiesWithAParentIsASplitAndAParentsNamedBranchIsAMember() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa severed its ties with Jabhat al-Nusra in 2014.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.SPLIT_FROM, "al-Nusra Front"), cs.toString());
        List<Claim> branch = extract("Jund al-Aqsa was the Islamic State's Syrian affiliate.");
        assertTrue(has(branch, "Jund al-Aqsa", Relation.MEMBER_OF, "Islamic State"), branch.toString());
    }

    @Test
    void aPersonNamedTheNewLeaderOfAGroupLeadsIt() throws Exception {
        List<Claim> cs = extract("Abu Amsha was appointed the new commander of the Sultan Murad Division.");
        assertTrue(has(cs, "Sultan Murad Division", Relation.LED_BY, "Mohammad al-Jasim"), cs.toString());
    }

    @Test
    void aMembershipOnlyExpectedIsHedged() throws Exception {
        for (String body : List.of("Faylaq al-Sham is expected to join the National Front for Liberation.",
                "Faylaq al-Sham was expected to join the National Front for Liberation in May.")) {
            List<Claim> cs = extract(body);
            assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.hedged()), body + " " + cs);
            assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && !c.hedged()), body + " " + cs);
        }
    }

    @Test
    void aSpanFromOneDateToAnotherGivesBothEnds() throws Exception {
        List<Claim> cs = extract("Jaysh al-Sunna was a member of the Islamic Front from March 2014 until June 2015.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && "2014-03".equals(String.valueOf(c.start())) && "2015-06".equals(String.valueOf(c.end()))),
                cs.toString());
        List<Claim> between = extract("Liwa al-Haqq fought the Islamic State between 2013 and 2015.");
        assertTrue(between.stream().anyMatch(c -> c.relation() == Relation.FOUGHT
                && "2013".equals(String.valueOf(c.start())) && "2015".equals(String.valueOf(c.end()))),
                between.toString());
    }

    @Test
    void aTownCalledAGroupsStrongholdIsWhereItOperates() throws Exception {
        List<Claim> cs = extract("Government jets struck Maarat al-Numan, the 13th Division stronghold, and "
                + "Saraqib.");
        assertTrue(has(cs, "13th Division", Relation.OPERATES_IN, "Maarat al-Numan"), cs.toString());
        List<Claim> of = extract("Jets struck the Jund al-Aqsa stronghold of Khan Shaykhun on Monday.");
        assertTrue(has(of, "Jund al-Aqsa", Relation.OPERATES_IN, "Khan Shaykhun"), of.toString());
    }

    @Test
    void aRivalOrEnemyNamedAsSuchIsAFight() throws Exception {
        List<Claim> cs = extract("Jaysh al-Umma, a bitter rival of Jaysh al-Islam, was crushed in 2015.");
        assertTrue(has(cs, "Jaysh al-Umma", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
        List<Claim> enemy = extract("The Islamic State remained the main enemy of the Syriac Military Council.");
        assertTrue(has(enemy, "Islamic State", Relation.FOUGHT, "Syriac Military Council"), enemy.toString());
    }

    @Test
    void fightingOnBehalfOrInDefenceOfAnActorIsAnAlliance() throws Exception {
        List<Claim> cs = extract("Liwa Fatemiyoun fought on behalf of the Syrian government in Aleppo.");
        assertTrue(has(cs, "Liwa Fatemiyoun", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        List<Claim> defence = extract("Hezbollah's deployment in defence of the Syrian government began in 2013.");
        assertTrue(has(defence, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), defence.toString());
    }

    @Test
    void fightingWithinTheRanksOfAForceIsMembershipNotAFight() throws Exception {
        List<Claim> cs = extract("Liwa al-Mu'tasim fights within the ranks of the Syrian National Army.");
        assertTrue(has(cs, "Liwa al-Mu'tasim", Relation.MEMBER_OF, "Syrian National Army"), cs.toString());
        assertFalse(has(cs, "Liwa al-Mu'tasim", Relation.FOUGHT, "Syrian National Army"), cs.toString());
    }

    @Test
    void aFoundingInARelativeClausesMainVerbIsNotTheRelativeClausesObjects() throws Exception {
        List<Claim> cs = extract("Liwa al-Mu'tasim, which later joined the Syrian National Army, was founded in 2014.");
        assertFalse(Texts.founded(cs, "Syrian National Army", null), cs.toString());
        assertTrue(Texts.founded(cs, "Liwa al-Mu'tasim", null), cs.toString());
    }

    @Test
    void backingToldThroughRelianceEnvoysListsAndItsEnd() throws Exception {
        List<Claim> relies = extract("The Syrian Turkmen Brigades rely heavily on Turkish support.");
        assertTrue(has(relies, "Syrian Turkmen Brigades", Relation.SUPPORTED_BY, "Turkey"), relies.toString());
        List<Claim> sent = extract("Russia sent military advisers to help the Fifth Corps.");
        assertTrue(has(sent, "Fifth Corps", Relation.SUPPORTED_BY, "Russia"), sent.toString());
        List<Claim> listed = extract("Qatar funded several Islamist factions, including Ahrar al-Sham and Liwa "
                + "al-Haqq.");
        assertTrue(has(listed, "Ahrar al-Sham", Relation.SUPPORTED_BY, "Qatar"), listed.toString());
        assertTrue(has(listed, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), listed.toString());
        List<Claim> cut = extract("Washington cut off aid to Harakat Hazm in March 2015.");
        assertTrue(cut.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY
                && Texts.named(c.subject(), "Harakat Hazm") && "2015-03".equals(String.valueOf(c.end()))),
                cut.toString());
    }

    @Test
    void aGroupDrivenFromAPlaceWithoutOutLeftItThen() throws Exception {
        List<Claim> cs = extract("In June 2015 the YPG drove Jabhat al-Akrad from Tal Abyad.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && Texts.named(c.subject(), "Jabhat al-Akrad") && Texts.named(c.object(), "Tal Abyad")
                && "2015-06".equals(String.valueOf(c.end()))), cs.toString());
    }

    @Test
    void aLeaderNamedAsTheGroupsLeaderInOtherWords() throws Exception {
        List<Claim> first = extract("Zahran Alloush was Jaysh al-Islam's first commander.");
        assertTrue(has(first, "Jaysh al-Islam", Relation.LED_BY, "Zahran Alloush"), first.toString());
        List<Claim> under = extract("Under Abu Mohammad al-Julani, Jabhat al-Nusra grew quickly.");
        assertTrue(has(under, "al-Nusra Front", Relation.LED_BY, "Abu Mohammad al-Julani"), under.toString());
        List<Claim> appos = extract("Zahran Alloush, the Jaysh al-Islam chief, was killed in 2015.");
        assertTrue(has(appos, "Jaysh al-Islam", Relation.LED_BY, "Zahran Alloush"), appos.toString());
        List<Claim> oneOf = extract("The talks were led by Zahran Alloush, a Jaysh al-Islam commander.");
        assertFalse(has(oneOf, "Jaysh al-Islam", Relation.LED_BY, "Zahran Alloush"), oneOf.toString());
    }

    @Test
    void namesInAppositionToAPluralDescriptionFillTheSlot() throws Exception {
        List<Claim> cs = extract("In Hama, Jaysh al-Izza fought alongside two smaller Islamist factions, Ahrar al-Sham "
                + "and Faylaq al-Sham.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Faylaq al-Sham"), cs.toString());
    }

    @Test
    void theOwnerOfAnAffiliateIsNotTheAffiliate() throws Exception {
        List<Claim> cs = extract("Rebels led by Jaysh al-Fatah, a coalition dominated by al-Qaeda's Syrian branch, "
                + "took Idlib in 2015.");
        assertFalse(has(cs, "al-Qaeda", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        List<Claim> appos = extract("Jabhat al-Nusra, al-Qaeda's Syrian branch, took Idlib in 2015.");
        assertTrue(has(appos, "al-Nusra Front", Relation.MEMBER_OF, "al-Qaeda"), appos.toString());
    }

    @Test
    void anAdjectiveBeforeTownOfNamesNoPlace() throws Exception {
        List<Claim> cs = extract("In October 2013 Jaysh al-Islam captured the Christian town of Maaloula.");
        assertTrue(cs.stream().noneMatch(c -> Texts.named(c.object(), "Christian town")), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Maaloula"), cs.toString());
    }

    @Test
    void theGroupThatLeadsTheFightersActs() throws Exception {
        List<Claim> cs = extract("Rebels spearheaded by Ahrar al-Sham attacked the Islamic State near Azaz.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void anAppositionThatOpensWithItsOwnersNameIsSkippedBeforeTheVerb() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa, al-Qaeda's former ally in Idlib, joined Jabhat Fateh al-Sham in 2016.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jabhat Fatah al-Sham"), cs.toString());
    }

    @Test
    void armyTroopsWithoutANationAreTheSyrianArmy() throws Exception {
        List<Claim> cs = extract("In March 2014 Ahrar al-Sham fought army troops near Kessab.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aGroupsOffensiveThatDroveOthersOutIsItsFight() throws Exception {
        List<Claim> cs = extract("Faylaq al-Sham joined the Ahrar al-Sham offensive that drove the Islamic State "
                + "from the town.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void membershipsToldInAppositionsAndRelatives() throws Exception {
        List<Claim> and = extract("Jaysh al-Islam, the strongest faction in Douma and a founding member of the Islamic "
                + "Front, held the town.");
        assertTrue(has(and, "Jaysh al-Islam", Relation.MEMBER_OF, "Islamic Front"), and.toString());
        List<Claim> parent = extract("The Democratic Union Party (PYD), the YPG's political parent, runs Qamishli.");
        assertTrue(has(parent, "People's Protection Units", Relation.MEMBER_OF, "Democratic Union Party"),
                parent.toString());
        List<Claim> relative = extract("The Hamza Division, a force of Turkmen fighters led by Sayf Abu Bakr that "
                + "joined the Syrian National Army in 2017, took Afrin.");
        assertTrue(has(relative, "Hamza Division", Relation.MEMBER_OF, "Syrian National Army"), relative.toString());
        List<Claim> party = extract("The Kurdish National Council, which has been a member of the Syrian National "
                + "Coalition since 2013, rejected the plan.");
        assertTrue(has(party, "Kurdish National Council", Relation.MEMBER_OF, "Syrian National Coalition"),
                party.toString());
        List<Claim> regarded = extract("The PYD is widely regarded as the Syrian branch of the PKK.");
        assertTrue(has(regarded, "Democratic Union Party", Relation.MEMBER_OF, "Kurdistan Workers' Party"),
                regarded.toString());
        List<Claim> with = extract("The Army of Conquest, which groups the Nusra Front with Ahrar al-Sham, took Idlib.");
        assertTrue(has(with, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), with.toString());
    }

    @Test
    void foundingsBackersAndLeadersToldInAppositions() throws Exception {
        List<Claim> setUp = extract("The Baath Brigades, a militia set up with Syrian government help in 2012, fought "
                + "in Aleppo.");
        assertTrue(Texts.founded(setUp, "Ba'ath Brigades", "2012"), setUp.toString());
        assertTrue(has(setUp, "Ba'ath Brigades", Relation.SUPPORTED_BY, "Syrian government"), setUp.toString());
        List<Claim> party = extract("The Syrian Social Nationalist Party, a secular party founded by Antoun Saadeh in "
                + "1932, backs the government.");
        assertTrue(Texts.founded(party, "Syrian Social Nationalist Party", "1932"), party.toString());
        List<Claim> fronted = extract("Formed in August 2014 as an umbrella for more than a dozen small Islamist "
                + "factions of the northern countryside, Jabhat al-Akrad took Azaz.");
        assertTrue(Texts.founded(fronted, "Jabhat al-Akrad", "2014-08"), fronted.toString());
        List<Claim> trained = extract("Fighters of Liwa Suqour al-Jabal, also known as the Mountain Hawks, a force of "
                + "local men trained and armed by the United States, crossed the border.");
        assertTrue(has(trained, "Mountain Hawks Brigade", Relation.SUPPORTED_BY, "United States"), trained.toString());
        List<Claim> patron = extract("The Kurdish National Council works under the patronage of Masoud Barzani's "
                + "Kurdistan Democratic Party.");
        assertTrue(has(patron, "Kurdish National Council", Relation.SUPPORTED_BY, "Kurdistan Democratic Party"),
                patron.toString());
        assertTrue(has(patron, "Kurdistan Democratic Party", Relation.LED_BY, "Masoud Barzani"), patron.toString());
    }

    @Test
    void leadersNamedWithTheirGroupInOtherWords() throws Exception {
        List<Claim> under = extract("The remainder of Jaysh al-Islam, under Issam al-Buwaydhani, withdrew to "
                + "Jarabulus.");
        assertTrue(has(under, "Jaysh al-Islam", Relation.LED_BY, "Essam al-Buwaydhani"), under.toString());
        List<Claim> of = extract("The front was built around the Farouq Brigades of Abdul Razzaq Tlass.");
        assertTrue(has(of, "Farouq Brigades", Relation.LED_BY, "Abdul Razzaq Tlass"), of.toString());
        List<Claim> founder = extract("Junud al-Sham was founded in the hills of Jabal al-Akrad by Abu Musa "
                + "al-Shishani in 2013.");
        assertTrue(has(founder, "Junud al-Sham", Relation.LED_BY, "Abu Musa al-Shishani"), founder.toString());
    }

    @Test
    void groupsThatFoughtTogetherAreAllies() throws Exception {
        List<Claim> pair = extract("Liwa Shuhada al-Islam and Ajnad al-Sham held Daraya. The two groups fought together "
                + "under a joint command.");
        assertTrue(has(pair, "Liwa Shuhada al-Islam", Relation.ALLIED_WITH, "Ajnad al-Sham"), pair.toString());
        List<Claim> people = extract("In Daraa the FSA brigades and Nusra have fought side by side for a year.");
        assertTrue(has(people, "Free Syrian Army", Relation.ALLIED_WITH, "al-Nusra Front"), people.toString());
    }

    @Test
    void twoActorsThatTookAPlaceTogetherAreAllies() throws Exception {
        List<Claim> cs = extract("The hills had been quiet since Jaysh al-Islam and Faylaq al-Rahman stormed the "
                + "town of Harasta in March.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.ALLIED_WITH, "Faylaq al-Rahman"), cs.toString());
    }

    @Test
    void anAsideThatGivesTheCommandersBynameKeepsTheSubjectsVerbs() throws Exception {
        List<Claim> cs = extract("Liwa Thuwar al-Raqqa, a rebel faction drawn from the city's tribes and commanded "
                + "by Ahmad Alloush, better known as Abu Issa, emerged in the early days of the uprising and fought "
                + "under the banner of the Free Syrian Army.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && Texts.named(c.subject(), "Liwa Thuwar al-Raqqa")), cs.toString());
        assertTrue(has(cs, "Liwa Thuwar al-Raqqa", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        // the tagger reads "fought" after the aside as a participle
        List<Claim> tagged = extract("Liwa Thuwar al-Raqqa, a rebel faction led by Ahmad Alloush, fought under the "
                + "banner of the Free Syrian Army.");
        assertTrue(has(tagged, "Liwa Thuwar al-Raqqa", Relation.MEMBER_OF, "Free Syrian Army"), tagged.toString());
    }

    @Test
    void aSentenceOpeningWithAPossessiveIsAboutWhatItNamesInApposition() throws Exception {
        List<Claim> cs = extract("Jaysh Khalid ibn al-Walid was formed in 2016. The group's main forerunner, Liwa "
                + "Shuhada al-Yarmouk, was founded in 2012 and initially fought the Syrian government as part of the "
                + "Free Syrian Army.");
        assertTrue(has(cs, "Liwa Shuhada al-Yarmouk", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertFalse(has(cs, "Jaysh Khalid ibn al-Walid", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aParticipleAfterTheMainClauseTakesTheSubjectAndTheDateOfTheSentence() throws Exception {
        List<Claim> cs = Texts.extract("passing.txt", "2014-01-06", "The Levant Front (LF), a coalition of "
                + "brigades that was set up in Aleppo last month, joined the fighting on Saturday, driving ISIS "
                + "fighters out of several villages.");
        Claim c = cs.stream().filter(x -> x.relation() == Relation.FOUGHT && Texts.named(x.subject(), "Levant Front")
                && Texts.named(x.object(), "Islamic State")).findFirst().orElseThrow(() -> new AssertionError(cs));
        assertEquals("2014-01-04", String.valueOf(c.start()));
    }

    @Test
    void alliesNamedInAListWithAPeoplesAdjectiveOrInAJointOffensive() throws Exception {
        List<Claim> part = extract("Liwa al-Baqir's units took part, reportedly alongside Hezbollah and the Afghan "
                + "Liwa Fatemiyoun, in the campaign for Deir ez-Zor.");
        assertTrue(has(part, "Liwa al-Baqir", Relation.ALLIED_WITH, "Hezbollah"), part.toString());
        assertTrue(has(part, "Liwa al-Baqir", Relation.ALLIED_WITH, "Liwa Fatemiyoun"), part.toString());
        List<Claim> joint = extract("Sheikh Maskin fell in 2015 to a joint Nusra and FSA offensive.");
        assertTrue(has(joint, "al-Nusra Front", Relation.ALLIED_WITH, "Free Syrian Army"), joint.toString());
    }

    @Test
    void aBackerWhoseSupportACoordinatedSubjectHadBacksEachOfIt() throws Exception {
        List<Claim> cs = extract("In September the SDF and the Deir ez-Zor Military Council conducted a campaign "
                + "with the support of the US-led coalition.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "US-led coalition"), cs.toString());
        assertTrue(has(cs, "Deir ez-Zor Military Council", Relation.SUPPORTED_BY, "US-led coalition"), cs.toString());
    }

    @Test
    void theUnionsBranchThatFoughtSideBySideWithABrigadeIsItsAllyNotItsEnemy() throws Exception {
        List<Claim> cs = extract("Ajnad al-Sham Islamic Union was formed in 2013 in the Ghouta. In Darayya, the "
                + "union's local branch fought side by side with Liwa Shuhada al-Islam, a Free Syrian Army brigade "
                + "which held the town.");
        assertTrue(has(cs, "Ajnad al-Sham", Relation.ALLIED_WITH, "Liwa Shuhada al-Islam"), cs.toString());
        assertFalse(has(cs, "Ajnad al-Sham", Relation.FOUGHT, "Free Syrian Army"), cs.toString());
        assertFalse(has(cs, "Ajnad al-Sham", Relation.FOUGHT, "Liwa Shuhada al-Islam"), cs.toString());
    }

    @Test
    void whoHoldsAPlaceToldByAFallOrAParticiple() throws Exception {
        List<Claim> fell = extract("The last pocket on the east bank, around Hajin, fell to the SDF in December 2018.");
        Claim c = fell.stream().filter(x -> x.relation() == Relation.OPERATES_IN
                && Texts.named(x.subject(), "Syrian Democratic Forces") && Texts.named(x.object(), "Hajin"))
                .findFirst().orElseThrow(() -> new AssertionError(fell));
        assertEquals("2018-12", String.valueOf(c.start()));
        List<Claim> seizing = extract("The Khalid ibn al-Walid Army launched a surprise offensive in February, "
                + "seizing Nawa.");
        assertTrue(seizing.stream().anyMatch(x -> x.relation() == Relation.OPERATES_IN
                && x.method().equals("rule:operates-overran") && Texts.named(x.object(), "Nawa")), seizing.toString());
    }

    @Test
    void aSentenceOpeningWithATimeGivesItsSubjectAndItsDateToEveryPredicate() throws Exception {
        List<Claim> cs = extract("In September 2015, however, Jaish al-Muhajireen wal-Ansar pledged allegiance to "
                + "Jabhat al-Nusra and was absorbed into the Nusra Front's structures in Aleppo.");
        Claim c = cs.stream().filter(x -> x.relation() == Relation.MERGED_INTO
                && Texts.named(x.subject(), "Jaysh al-Muhajireen wal-Ansar")).findFirst()
                .orElseThrow(() -> new AssertionError(cs));
        assertEquals("2015-09", String.valueOf(c.at()));
    }

    @Test
    void aStateThatReliesOnForcesBacksThem() throws Exception {
        List<Claim> cs = extract("For the United States, which has relied on the YPG and the Syrian Democratic Forces "
                + "(SDF), the dispute is unwelcome.");
        assertTrue(has(cs, "People's Protection Units", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void whatAGroupsFactionsReceiveFromAStateIsBacking() throws Exception {
        List<Claim> cs = extract("It is a Turkish project: the NFL's factions receive salaries and weapons through "
                + "Ankara.");
        assertTrue(has(cs, "National Front for Liberation", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aLongAppositionStillTellsWhatTheGroupBelongedTo() throws Exception {
        List<Claim> cs = extract("Shabab al-Sunna, a Free Syrian Army faction led by Ahmad al-Awda that had belonged "
                + "to the Southern Front coalition, accepted a settlement.");
        assertTrue(has(cs, "Shabab al-Sunna", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void anAsideOnSomeOfTheSubjectsMembersKeepsTheSubjectsVerb() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sharqiya, many of whose fighters had fought the regime for years, "
                + "clashed with the Hamza Division in al-Bab.");
        assertTrue(has(cs, "Ahrar al-Sharqiya", Relation.FOUGHT, "Hamza Division"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.FOUGHT, "Hamza Division"), cs.toString());
    }

    @Test
    void syrianForcesAreTheSyrianGovernments() throws Exception {
        List<Claim> cs = extract("On Sunday a Syrian warplane was shot down near Kessab. The army, backed by NDF "
                + "units, attacked Ahrar al-Sham near the crossing.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT && c.subject() != null
                && c.subject().name().equals("Syrian government")), cs.toString());
    }

    @Test
    void aFrontNamedAsTheFrontOfAnUmbrellaIsItsMember() throws Exception {
        List<Claim> cs = extract("Before 2018 he commanded a brigade of the Southern Front of the Free Syrian Army.");
        assertTrue(has(cs, "Southern Front", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void joiningOthersInACampaignIsFightingAlongsideThemNotMembership() throws Exception {
        List<Claim> cs = extract("In January the Syria Revolutionaries Front joined the Islamic Front and the newly "
                + "formed Jaish al-Mujahideen in the campaign against ISIS.");
        assertTrue(has(cs, "Syrian Revolutionaries Front", Relation.ALLIED_WITH, "Islamic Front"), cs.toString());
        assertTrue(has(cs, "Syrian Revolutionaries Front", Relation.ALLIED_WITH, "Army of Mujahideen"), cs.toString());
        assertTrue(has(cs, "Syrian Revolutionaries Front", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Syrian Revolutionaries Front", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void aPronounInARelativeClauseOnAGroupIsAnotherGroup() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham had long avoided confrontation with Jund al-Aqsa, with which it had "
                + "fought side by side against government forces.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.ALLIED_WITH, "Jund al-Aqsa"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aGroupAStateVettedIsBackedByIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr seized bases belonging to Liwa al-Haqq, another U.S.-vetted group, "
                + "near Idlib.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertFalse(has(cs, "United States", Relation.OPERATES_IN, "Idlib"), cs.toString());
    }

    @Test
    void joiningOthersInACaptureIsFightingAlongsideThemNotMembership() throws Exception {
        List<Claim> cs = extract("In March the Southern Front joined Jaysh al-Islam and other factions in the capture "
                + "of the town.");
        assertTrue(has(cs, "Southern Front", Relation.ALLIED_WITH, "Jaysh al-Islam"), cs.toString());
        assertFalse(has(cs, "Southern Front", Relation.MEMBER_OF, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void aPairThatCooperatesWithNoOneNamedCooperatesWithEachOther() throws Exception {
        List<Claim> cs = extract("Since the spring Faylaq al-Sham and Jaysh al-Izza have cooperated closely.");
        assertTrue(has(cs, "Sham Legion", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        cs = extract("Along the front line, Ahrar al-Sham and Jaysh al-Islam coordinated attacks on the army.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.ALLIED_WITH, "Jaysh al-Islam"), cs.toString());
        assertFalse(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void partnersFrontedBeforeTheSubjectAreItsAllies() throws Exception {
        List<Claim> cs = extract("Together with the YPG and the Assyrian Khabour Guards, Syriac Military Council units "
                + "pushed ISIS back from the river.");
        assertTrue(has(cs, "Syriac Military Council", Relation.ALLIED_WITH, "Khabour Guards"), cs.toString());
        assertTrue(has(cs, "Syriac Military Council", Relation.ALLIED_WITH, "People's Protection Units"),
                cs.toString());
        cs = extract("Along with Ahrar al-Sham, Jaysh al-Islam is the largest faction in the area.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void aCoalitionsMembersListedAmongItsMembersOrInApposition() throws Exception {
        List<Claim> cs = extract("A new operations room, Ansar al-Sharia, was announced on Thursday. Besides the Nusra "
                + "Front, the statement lists Ahrar al-Sham and Jabhat Ansar al-Din among its members.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Ansar al-Sharia"), cs.toString());
        assertTrue(has(cs, "Ansar al-Din Front", Relation.MEMBER_OF, "Ansar al-Sharia"), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.object() != null && c.object().name().startsWith("Besides")),
                cs.toString());
        cs = extract("The Revolutionary Command Council was formed in Gaziantep. Among its members are some of the "
                + "strongest factions in the country: Jaysh al-Islam and Faylaq al-Sham.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Revolutionary Command Council"), cs.toString());
        assertTrue(has(cs, "Sham Legion", Relation.MEMBER_OF, "Revolutionary Command Council"), cs.toString());
        cs = extract("The model was Jaysh al-Fatah, the coalition of Nusra, Ahrar al-Sham and other Islamist groups "
                + "that captured Idlib city.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Jaysh al-Fatah, a coalition of FSA brigades, took the town.");
        assertFalse(has(cs, "Free Syrian Army", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void theSubjectOfAReportedClauseIsItsAgent() throws Exception {
        List<Claim> cs = extract("Monitors reported that Russian aircraft had joined the strikes on Ahrar al-Sham "
                + "positions in Harasta.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Ahrar al-Sham"), cs.toString());
        cs = extract("Whether Turkey accepts that reality will shape the campaign against ISIS in Raqqa.");
        assertFalse(has(cs, "Turkey", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aBackedCompoundBeforeAListItemBacksThatItemAndAHangingPrefixBacksToo() throws Exception {
        List<Claim> cs = extract("It groups HTS with other factions, among them Ahrar al-Sham, the Turkish-backed "
                + "National Front for Liberation and Jaish al-Izza.");
        assertTrue(has(cs, "National Front for Liberation", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertFalse(has(cs, "Ahrar al-Sham", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Jaish al-Yarmouk was one of the larger factions of the US- and Jordanian-backed Southern Front.");
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aParticipleAfterAnObjectTakesTheSubjectOfItsClause() throws Exception {
        List<Claim> cs = extract("The Martyrs of Badr Brigade was a rebel group in Aleppo. [4] When the uprising "
                + "against ISIS began in January 2014, the Martyrs of Badr joined it, fighting alongside the Islamic "
                + "Front in the city.");
        assertTrue(has(cs, "Shuhada Badr Brigade", Relation.ALLIED_WITH, "Islamic Front"), cs.toString());
        assertFalse(has(cs, "Islamic State", Relation.ALLIED_WITH, "Islamic Front"), cs.toString());
        cs = extract("When the IMU declared for the Islamic State in 2015, Ahrar al-Sham refused to follow it and "
                + "stayed loyal to the Taliban.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.ALLIED_WITH, "Taliban"), cs.toString());
    }

    @Test
    void leadersNamedAsReportsNameThem() throws Exception {
        List<Claim> cs = extract("Jund Allah is a faction of perhaps 100 to 150 fighters, most of them from "
                + "Azerbaijan, led by a commander known as Abu Fatima al-Turki.");
        assertTrue(has(cs, "Jund Allah", Relation.LED_BY, "Abu Fatima al-Turki"), cs.toString());
        cs = extract("Ahrar al-Sham's national leadership, headed since August by Hassan Soufan, praised the attack.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.LED_BY, "Hassan Soufan"), cs.toString());
        cs = extract("The Syrian Revolutionary Command Council was formed on Monday. The council elected Qais "
                + "al-Sheikh, a lawyer who helped run training for the courts, as its president.");
        assertTrue(has(cs, "Syrian Revolutionary Command Council", Relation.LED_BY, "Qais al-Sheikh"), cs.toString());
    }

    @Test
    void strikesInSupportOfAGroupSupportIt() throws Exception {
        List<Claim> cs = extract("Aircraft of the US-led coalition carry out strikes around the prison in support of "
                + "the SDF.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "US-led coalition"), cs.toString());
    }

    @Test
    void membersNamedAsTheFactionsOfACoalitionOrAsCoordinatingThroughIt() throws Exception {
        List<Claim> cs = extract("In November factions of the Syrian National Army, notably Ahrar al-Sharqiya and the "
                + "Sultan Murad Division, began attacking the town.");
        assertTrue(has(cs, "Ahrar al-Sharqiya", Relation.MEMBER_OF, "Syrian National Army"), cs.toString());
        assertTrue(has(cs, "Sultan Murad Division", Relation.MEMBER_OF, "Syrian National Army"), cs.toString());
        cs = extract("The garrison held off Free Syrian Army brigades from the Azaz area, chief among them the "
                + "Northern Storm Brigade.");
        assertTrue(has(cs, "Northern Storm Brigade", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        cs = extract("The NFL, HTS and Jaish al-Izza coordinate their operations through a joint command known as "
                + "al-Fatah al-Mubin.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "al-Fath al-Mubin"), cs.toString());
        cs = extract("Liwa al-Imam al-Hussein has since been formally attached to the Syrian army's 4th Armoured "
                + "Division.");
        assertTrue(has(cs, "Liwa al-Imam al-Hussein", Relation.MEMBER_OF, "4th Armoured Division"), cs.toString());
    }

    @Test
    void aCapitalNamedAsSomeonesAllyIsItsGovernment() throws Exception {
        List<Claim> cs = extract("Hezbollah, an ally of Damascus and Tehran, did not comment.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Hezbollah", Relation.OPERATES_IN, "Damascus"), cs.toString());
    }

    @Test
    void aListSetApartBySemicolonsKeepsEachItemsAppositionOutOfTheList() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah was formed in March. Its principal members are Jabhat al-Nusra, "
                + "al-Qaeda's Syrian affiliate; Ahrar al-Sham; the Salafi-jihadist Jund al-Aqsa; and the Aleppo-based "
                + "Jaish al-Mujahideen.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Army of Mujahideen", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "al-Qaeda", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Nusra took the town; Ahrar al-Sham held the hills; Jaysh al-Islam stayed out.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "al-Nusra Front"), cs.toString());
    }

    @Test
    void anEpithetObjectIsNoneOfItsClausesOtherParties() throws Exception {
        List<Claim> cs = extract("The Islamic State attacked Tel Tamer in February. The Khabour Guards and the Syriac "
                + "Military Council fought the jihadists alongside the YPG in the villages.");
        assertTrue(has(cs, "Khabour Guards", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Syriac Military Council", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Syriac Military Council", Relation.FOUGHT, "Khabour Guards"), cs.toString());
        assertFalse(has(cs, "Khabour Guards", Relation.FOUGHT, "People's Protection Units"), cs.toString());
    }

    @Test
    void aPartnerNamedByItsSupportBacksTheActor() throws Exception {
        List<Claim> cs = extract("In October the Syrian army, with Russian air support, launched a ground offensive.");
        assertTrue(has(cs, "Syrian Arab Army", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Syrian Arab Army", Relation.ALLIED_WITH, "Russia"), cs.toString());
    }

    @Test
    void aClauseADenialVerbGovernsThroughThatIsNegated() throws Exception {
        List<Claim> cs = extract("Speaking from Gaziantep, Afash denied on his Facebook page that Liwa Ahrar Souriya "
                + "had merged into Harakat Hazm.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MERGED_INTO && c.negated()), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.MERGED_INTO && !c.negated()), cs.toString());
        cs = extract("Officials of Ansar al-Din denied its authenticity and insisted that Ansar al-Din remained part "
                + "of HTS.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && !c.negated()), cs.toString());
    }

    @Test
    void anActorAddedWithACommaAndWithIsOnTheAgentsSide() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sharqiya began attacking villages near the town, with Turkish artillery and "
                + "drones in support.");
        assertFalse(has(cs, "Ahrar al-Sharqiya", Relation.FOUGHT, "Turkey"), cs.toString());
        cs = extract("Ahrar al-Sharqiya clashed with the SDF near the town.");
        assertTrue(has(cs, "Ahrar al-Sharqiya", Relation.FOUGHT, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void aNameAfterItsClassNounFillsTheSlot() throws Exception {
        List<Claim> cs = extract("Al-Nusra Front, Al-Qaeda's Syrian affiliate, stormed the town on Monday together "
                + "with the Islamist battalion Ahrar al-Qalamoun.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Ahrar al-Qalamoun"), cs.toString());
    }

    @Test
    void aGroupsFightersOpeningTheSentenceStandForTheGroup() throws Exception {
        List<Claim> cs = extract("Fighters from Jaysh al-Izza, the largest faction in the area, stormed the village "
                + "on Monday together with Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        cs = extract("Fighters of Jaysh al-Izza and Liwa al-Haqq overran the army's positions in Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aBackersListAfterWithTheBackingOfBacksTheSubjectNotItsOwnLastItem() throws Exception {
        List<Claim> cs = extract("The Supreme Military Council was convened in Antalya with the backing of the United "
                + "States, Britain and Qatar.");
        assertTrue(has(cs, "Supreme Military Council", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertFalse(has(cs, "United Kingdom", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertFalse(has(cs, "Qatar", Relation.SUPPORTED_BY, "United States"), cs.toString());
        cs = extract("With the help of Turkey, the Hamza Division took the town.");
        assertTrue(has(cs, "Hamza Division", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void relationsToldByCoreMembersSharedLinesRoutsAndBeginnings() throws Exception {
        List<Claim> cs = extract("The Manbij Military Council was built around the Northern Sun Battalion.");
        assertTrue(has(cs, "Shams al-Shamal", Relation.MEMBER_OF, "Manbij Military Council"), cs.toString());
        cs = extract("Liwa al-Haqq's fighters have held positions beside Jaysh al-Izza and the Turkistan Islamic Party.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        cs = extract("The Nusra Front's rout of the Syrian Revolutionaries Front and of Harakat Hazm shocked the rebels.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Syrian Revolutionaries Front"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Harakat Hazm"), cs.toString());
        cs = extract("Jaysh al-Izza emerged in 2012 under Abu Khaled al-Hamwi.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void anAsideBetweenSpacedDashesIsSkippedUnlessTheRuleReadsTheDash() throws Exception {
        List<Claim> cs = extract("In March 2015 Suqour al-Sham - also spelled Suqur al-Sham, or the Falcons of the Levant - "
                + "dissolved its structures into Ahrar al-Sham.");
        assertTrue(has(cs, "Suqour al-Sham", Relation.MERGED_INTO, "Ahrar al-Sham"), cs.toString());
        cs = extract("Its fighters were also members of Asa'ib Ahl al-Haq and Kata'ib Hezbollah — both long backed by "
                + "Iran — and fought in Damascus.");
        assertTrue(has(cs, "Asa'ib Ahl al-Haq", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void coalitionsToldByMergingIntoACommandLeadingItAndDriftingAway() throws Exception {
        List<Claim> cs = extract("The five factions announced that they had merged their forces into a single command, "
                + "the Levant Front.");
        assertTrue(Texts.founded(cs, "Levant Front", null), cs.toString());
        cs = extract("Ahrar al-Sham and the Nusra Front led the Jaysh al-Fatah coalition that took Idlib city.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        cs = extract("In 2013 Liwa al-Haqq drifted away from Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq is the most significant Arab-led force in the SDF.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void joiningOthersInABodyMakesAllOfThemItsMembersAndNoneAMemberOfAnother() throws Exception {
        List<Claim> cs = extract("In October 2018 Liwa al-Haqq joined Hurras al-Din, Ansar al-Tawhid and the Ansar al-Din "
                + "Front in the Wa Harid al-Mu'minin operations room.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Wa Harid al-Mu'minin"), cs.toString());
        assertTrue(has(cs, "Ansar al-Tawhid", Relation.MEMBER_OF, "Wa Harid al-Mu'minin"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Hurras al-Din"), cs.toString());
    }

    @Test
    void anIndefiniteOperationsRoomIsNotCompletedByACoalitionNamedNext() throws Exception {
        List<Claim> cs = extract("In September 2013, Liwa al-Haqq joined Jaysh al-Izza in a joint operations room for "
                + "the Marah front. It also counted itself part of the Free Syrian Army.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void theSpeakerOfAReportedClauseIsTheSubjectBeforeItsAppositionNotAGroupInsideIt() throws Exception {
        List<Claim> cs = extract("BEIRUT, Sept 7 (Reuters) - Liwa al-Haqq, the Idlib-based faction that folded itself into "
                + "the powerful Jaysh al-Izza movement last year, said on Tuesday it was leaving the group.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void coAgentsFightersWhoSlipIntoAPlaceTogetherAreAllies() throws Exception {
        List<Claim> cs = extract("Before dawn, fighters of Jaysh al-Izza and Liwa al-Haqq slipped into the housing estate.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aLeaderChosenAsATitleWithoutArticleLeads() throws Exception {
        List<Claim> cs = extract("The Supreme Military Council chose Brigadier General Salim Idris, a defected "
                + "professor, as chief of staff.");
        assertTrue(has(cs, "Supreme Military Council", Relation.LED_BY, "Salim Idris"), cs.toString());
    }

    @Test
    void aFrontedFormedByNamesTheMembersAndTheBodyFormedIsTheMainClausesSubject() throws Exception {
        List<Claim> cs = extract("Formed in early May by Jabhat al-Nusra, the Fajr al-Umma Brigade and several smaller "
                + "local units, Jaysh al-Fustat took the town.");
        assertTrue(has(cs, "Fajr al-Umma Brigade", Relation.MEMBER_OF, "Jaysh al-Fustat"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fustat"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Fajr al-Umma Brigade")), cs.toString());
    }

    @Test
    void aBodysPossessiveBeforeItsOwnFrontOrCouncilMeansTheFrontOrCouncil() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fought under the banner of the Free Syrian Army's Southern Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        cs = extract("Colonel Abdul Jabbar al-Okaidi, who headed the FSA's Aleppo Military Council, spoke to reporters.");
        assertFalse(has(cs, "Free Syrian Army", Relation.LED_BY, "Abdul Jabbar al-Okaidi"), cs.toString());
    }

    @Test
    void aBodyNamedBeforeItsKindNounAndWhichIncludesHasThoseMembers() throws Exception {
        List<Claim> cs = extract("The offensive was led by the Jaish al-Fatah (Army of Conquest) alliance, which includes "
                + "Ahrar al-Sham and Jund al-Aqsa.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aForceCalledAnArmyUnitInAppositionBelongsToTheState() throws Exception {
        List<Claim> cs = extract("Armoured columns of the Tiger Forces, an elite army unit, broke the siege on Tuesday.");
        assertTrue(has(cs, "Tiger Forces", Relation.MEMBER_OF, "Syrian government"), cs.toString());
    }

    @Test
    void theFactionsABodyBringsTogetherAreListedAfterAmongThem() throws Exception {
        List<Claim> cs = extract("The Marah Military Council was formed in March. It groups Liwa Marah with several "
                + "other factions, among them Liwa al-Haqq, the Turkish-backed Jaysh al-Izza and Ahrar al-Sham.");
        for (String member : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Ahrar al-Sham")) {
            assertTrue(has(cs, member, Relation.MEMBER_OF, "Marah Military Council"), member + " " + cs);
        }
    }

    @Test
    void groupsCoordinatingThroughANamedOperationsRoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, Liwa al-Haqq and Ahrar al-Sham have coordinated their operations "
                + "through the al-Fath al-Mubin operations room since October.");
        for (String member : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Ahrar al-Sham")) {
            assertTrue(has(cs, member, Relation.MEMBER_OF, "al-Fath al-Mubin"), member + " " + cs);
        }
    }

    @Test
    void aPartnerSetOffByCommasWithTogetherWithIsAnAlly() throws Exception {
        List<Claim> cs = extract("In December the army, together with Hezbollah, began shelling Tell Marah.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        cs = extract("Nusra Front fighters, together with the Islamist movement Ahrar al-Sham and several local Free "
                + "Syrian Army units, stormed Tell Marah.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Free Syrian Army"), cs.toString());
    }

    @Test
    void partnersNamedWithABareAdjectiveAfterTheVerbAreAllies() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and Liwa al-Haqq shelled the airbase through 2013, together with "
                + "local Free Syrian Army battalions from Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aRepeatedPrepositionContinuesOnlyTheListItOpened() throws Exception {
        List<Claim> cs = extract("Fighters from the Islamic Front, the Islamist alliance that includes Ahrar al-Sham, "
                + "and from several local Free Syrian Army brigades entered Tell Marah.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void thePartnersABodyWasFormedTogetherWithAreItsMembers() throws Exception {
        List<Claim> cs = extract("In October Liwa al-Haqq formed the al-Fath al-Mubin operations room together with "
                + "Jaysh al-Izza and Ahrar al-Sham.");
        for (String member : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Ahrar al-Sham")) {
            assertTrue(has(cs, member, Relation.MEMBER_OF, "al-Fath al-Mubin"), member + " " + cs);
        }
    }

    @Test
    void everyGroupAFactionMergedWithToFormABodyMergedIntoIt() throws Exception {
        List<Claim> cs = extract("Liwa Marah was set up in 2014. In January the brigade merged with Jaysh al-Izza, "
                + "the Nour al-Din al-Zenki Movement and Liwa al-Haqq to form Hay'at Tahrir al-Sham.");
        for (String member : List.of("Liwa Marah", "Jaysh al-Izza", "Nour al-Din al-Zenki Movement", "Liwa al-Haqq")) {
            assertTrue(has(cs, member, Relation.MERGED_INTO, "Hay'at Tahrir al-Sham"), member + " " + cs);
        }
    }

    @Test
    void aGroupThatLostAPlaceToSeveralFoughtEachOfThem() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq lost Tell Marah in June to the Syrian army and Hezbollah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Hezbollah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian Arab Army"), cs.toString());
    }

    @Test
    void aGroupThatPushedItsRivalsOutOfAPlaceHoldsItAndWasNotDrivenOut() throws Exception {
        List<Claim> cs = extract("Liwa Marah was founded in 2012. By the spring of 2014 the brigade had pushed its "
                + "rivals out of Idlib and Hama.");
        for (String place : List.of("Idlib", "Hama")) {
            assertTrue(has(cs, "Liwa Marah", Relation.OPERATES_IN, place), place + " " + cs);
            assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.OPERATES_IN && c.end() != null),
                    cs.toString());
        }
    }

    @Test
    void anInterventionInSupportOfAnActorBacksIt() throws Exception {
        List<Claim> cs = extract("On 30 September Russia began its military intervention in support of the Syrian "
                + "government.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Hezbollah's deployment in defence of the Syrian government began in 2013.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void leavingABodyNeverMergedIntoEndsTheMembershipAndLeavingOneMergedIntoIsASplit() throws Exception {
        List<Claim> cs = extract("In July 2017 Liwa Marah quit Hay'at Tahrir al-Sham.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.end() != null
                && c.subject().name().equals("Liwa Marah") && c.object().name().equals("Hay'at Tahrir al-Sham")),
                cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.SPLIT_FROM, "Hay'at Tahrir al-Sham"), cs.toString());
        cs = extract("Liwa Marah merged into Ahrar al-Sham in 2015. In September 2016 Liwa Marah left Ahrar al-Sham.");
        assertTrue(has(cs, "Liwa Marah", Relation.SPLIT_FROM, "Ahrar al-Sham"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void groupsThatDissolvedThemselvesFullyIntoAnotherMergedIntoIt() throws Exception {
        List<Claim> cs = extract("In December Liwa Marah and Liwa al-Haqq dissolved themselves fully into "
                + "Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aMergerToldInAnAppositionIsAMerger() throws Exception {
        List<Claim> cs = extract("Liwa Marah, the Idlib-based faction that folded itself into Jaysh al-Izza last "
                + "year, fought near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aCapitalNamedInPassingPlacesNoActorButOneSeizedDoes() throws Exception {
        List<Claim> cs = extract("Hundreds of fighters of Liwa Abu al-Fadl al-Abbas left Damascus to defend Baghdad.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.OPERATES_IN), cs.toString());
        cs = extract("Liwa al-Islam fighters were seen at a Damascus church.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.OPERATES_IN), cs.toString());
        cs = extract("In 2012 Liwa al-Islam fighters seized several districts of Damascus.");
        assertTrue(has(cs, "Liwa al-Islam", Relation.OPERATES_IN, "Damascus"), cs.toString());
    }

    @Test
    void inAnInterviewWeIsTheGroupTheIntervieweeSpeaksFor() throws Exception {
        String intro = "A former Liwa Marah commander looks back\n\nHe spoke to us by phone from Idlib.\n\n";
        List<Claim> cs = extract(intro + "Q: Who did you fight?\n\nA: We fought Jaysh al-Izza near Tell Marah. "
                + "After we joined the Southern Front, Jordan supported us.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        cs = extract("A former commander of Liwa Marah looks back\n\nQ: Did we get it wrong when we said you fought "
                + "Jaysh al-Izza?\n\nA: No.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("A Suwayda journalist on Liwa Marah\n\nQ: Who fought?\n\nA: We fought Jaysh al-Izza.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Captain Abu Khaled al-Hamwi defected from the army in 2011 and now commands Liwa Marah.\n\n"
                + "Q: Who fought?\n\nA: We fought Jaysh al-Izza near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theCommanderOfAGroupInTheTitleSpeaksForItWhenNoIndefiniteRoleIsNamed() throws Exception {
        List<Claim> cs = extract("'We never took a bullet': the commander of Liwa Marah speaks\n\n"
                + "Q: Who are you?\n\nA: We are part of the Southern Front. We fought Jaysh al-Izza near Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("The commander of Jund al-Aqsa was killed last year. We spoke to a former Liwa Marah commander."
                + "\n\nQ: Who did you fight?\n\nA: We fought Jaysh al-Izza near Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void anIntervieweeWhoCommandsAUnitSpeaksForItNotForTheUmbrellaOfTheTitle() throws Exception {
        List<Claim> cs = extract("'We will hold the line': an FSA commander in Morek\n\nAbu Salim al-Moreki, 34, "
                + "commands Liwa Marah, a unit of about 200 men. He spoke to us by phone.\n\nQ: Who fought there?"
                + "\n\nA: We fought Jaysh al-Izza near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("'We hold': a commander on the Morek front\n\nOur correspondent spoke by phone with Abu Salim, "
                + "who commands a battalion of Liwa Marah on the Morek axis.\n\nQ: Who fought there?\n\nA: We "
                + "fought Jaysh al-Izza near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("'We hold': an FSA commander in Morek\n\nA commander of Liwa Marah was killed there last year."
                + "\n\nQ: Who fought there?\n\nA: We fought Jaysh al-Izza near Tell Marah.");
        assertTrue(has(cs, "Free Syrian Army", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aNameSpelledOtherwiseInTheParenthesisAfterItIsTheSameGroup() throws Exception {
        List<Claim> cs = extract("Its main faction, Fursan al-Jawlan (the Knights of the Golan, also written Fursan "
                + "al-Joulan), held the town. Fursan al-Joulan later fought Hezbollah.");
        assertTrue(has(cs, "Fursan al-Jawlan", Relation.FOUGHT, "Hezbollah"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().equals("Fursan al-Joulan")), cs.toString());
    }

    @Test
    void aTranscriptLabelledWithTheOutletAndTheSpeakersNamesIsAnInterviewToo() throws Exception {
        String intro = "A former Liwa Marah commander looks back\n\nHe spoke to Frontlines by phone from Idlib.\n\n";
        List<Claim> cs = extract(intro + "Frontlines: Who did you fight?\n\nAl-Hamwi: We fought Jaysh al-Izza near "
                + "Tell Marah.\n\nFrontlines: And then?\n\nAl-Hamwi: After we joined the Southern Front, Jordan "
                + "supported us.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        cs = extract(intro + "Frontlines: Did we say that you fought Jaysh al-Izza?\n\nAl-Hamwi: No.\n\n"
                + "Frontlines: Why not?\n\nAl-Hamwi: It never happened.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void partnersToldByJointWorkPossessedAlliesOrAnAttackAlongsideAreAllies() throws Exception {
        List<Claim> cs = extract("Turkey talked with Russia and Iran, the regime's main allies, in Astana.");
        assertTrue(has(cs, "Russia", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Turkey", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("In March the YPG and its SDF allies advanced on Tell Marah.");
        assertTrue(has(cs, "People's Protection Units", Relation.ALLIED_WITH, "Syrian Democratic Forces"),
                cs.toString());
        cs = extract("Russian forces and the Syrian army set up three joint observation points around the town.");
        assertTrue(has(cs, "Russian Armed Forces", Relation.ALLIED_WITH, "Syrian Arab Army"), cs.toString());
        cs = extract("The Turkistan Islamic Party spearheaded several of the assaults alongside Jaysh al-Fatah.");
        assertTrue(has(cs, "Turkistan Islamic Party in Syria", Relation.ALLIED_WITH, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Ahrar al-Sham and the Nusra Front continue to fight side by side in the plain.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.ALLIED_WITH, "al-Nusra Front"), cs.toString());
    }

    @Test
    void theGroupAfterAListThatOpensWithTheTopicIsTheTopic() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was founded in 2013 near Tell Marah. Jaysh al-Izza, HTS and the "
                + "National Front for Liberation have coordinated their operations through the al-Fath al-Mubin "
                + "operations room, and the group's fighters have held positions beside HTS and the Turkistan Islamic "
                + "Party.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Turkistan Islamic Party in Syria"), cs.toString());
        assertFalse(has(cs, "al-Fath al-Mubin", Relation.ALLIED_WITH, "Turkistan Islamic Party in Syria"),
                cs.toString());
        assertFalse(has(cs, "Hay'at Tahrir al-Sham", Relation.ALLIED_WITH, "Turkistan Islamic Party in Syria"),
                cs.toString());
    }

    @Test
    void aBattlePagesBoxGivesSidesMembersAndCommanders() throws Exception {
        String top = "Battle of Tell Marah\n\nFrom Wikipedia, the free encyclopedia\nJump to navigation\n\n"
                + "Battle of Tell Marah\nDate: March 2015\nLocation: Tell Marah\nResult: Rebel victory\n";
        String text = "\n\nThe battle of Tell Marah was fought in 2015.";
        List<Claim> cs = extract(top + "Belligerents:\n  Jaysh al-Fatah: al-Nusra Front, Liwa al-Haqq\n"
                + "  Syrian Arab Republic: Syrian Arab Army\nCommanders and leaders:\n"
                + "  Abu Mohammad al-Julani (al-Nusra Front)" + text);
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian Arab Army"), cs.toString());
        assertTrue(has(cs, "al-Nusra Front", Relation.LED_BY, "Abu Mohammad al-Julani"), cs.toString());
        cs = extract(top + "Belligerents:\n  People's Protection Units (YPG)\n  Jaysh al-Sanadid\nversus\n"
                + "  Islamic State of Iraq and the Levant" + text);
        assertTrue(has(cs, "Jaysh al-Sanadid", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Sanadid", Relation.FOUGHT, "People's Protection Units"), cs.toString());
    }

    @Test
    void aBattlePagesNestedBelligerentsAreMembersAndItsSupportedByLineBacksTheSide() throws Exception {
        String top = "Battle of Tell Marah\n\nFrom Wikipedia, the free encyclopedia\nJump to navigation\n\n"
                + "Battle of Tell Marah\nDate: March 2015\nLocation: Tell Marah\nResult: Rebel victory\n";
        List<Claim> cs = extract(top + "Belligerents:\n  People's Protection Units (YPG)\n  Euphrates Volcano\n"
                + "    - Liwa Marah\n    - Liwa al-Haqq\n  Supported by: CJTF-OIR (United States)\n  vs.\n"
                + "  Islamic State of Iraq and the Levant\nCommanders and leaders:\n  Abu Issa (Liwa Marah)\n"
                + "\n\nThe battle of Tell Marah was fought in 2015.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Euphrates Volcano"), cs.toString());
        // the umbrella's line tells the members' fight: the box makes no claim of its own for each member
        assertTrue(has(cs, "Euphrates Volcano", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.method().equals("infobox:belligerents")
                && has(List.of(c), "Liwa al-Haqq", Relation.FOUGHT, "Islamic State")), cs.toString());
        assertTrue(has(cs, "People's Protection Units", Relation.SUPPORTED_BY,
                "Combined Joint Task Force – Operation Inherent Resolve"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.SUPPORTED_BY,
                "Combined Joint Task Force – Operation Inherent Resolve"), cs.toString());
        assertFalse(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Euphrates Volcano"), cs.toString());
    }

    @Test
    void membershipToldByGoingIntoLeavingToJoinBeingCountedAmongOrRepresentedIn() throws Exception {
        List<Claim> cs = extract("Liwa Marah and Liwa al-Haqq went into the new Marah Military Council in May 2015.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("The Tell Marah Brigade later left to join Jaysh al-Izza.");
        assertTrue(has(cs, "Tell Marah Brigade", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq and Liwa Marah have long been counted among the Free Syrian Army's Hama brigades.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        cs = extract("By 2014 Liwa al-Haqq was represented in the Marah Military Council.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("Liwa al-Haqq held Tell Marah. In 2015 its fighters in Hama joined the Marah Military Council.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("Liwa al-Haqq was one of the largest units of the Marah Military Council.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("Liwa Marah is now regarded as an auxiliary of the Republican Guard.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Republican Guard"), cs.toString());
    }

    @Test
    void aPlaceBeforeTheAndANameIsNoPartOfTheNameAndAnAdoptedNameCarriesOn() throws Exception {
        List<Claim> cs = extract("In Hama the Tell Marah Brigade reorganised, and in 2015 it adopted its present name,"
                + " Liwa Marah. The brigade is led by Abu Khaled al-Hamwi.");
        assertTrue(has(cs, "Tell Marah Brigade", Relation.RENAMED_TO, "Liwa Marah"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().startsWith("Hama the")), cs.toString());
    }

    @Test
    void aUnitNamedByTheArmysPossessiveIsTheStatesButNotAForeignStatesClient() throws Exception {
        List<Claim> cs = extract("The army's 11th Armoured Division retook Tell Marah.");
        assertTrue(has(cs, "11th Armoured Division", Relation.MEMBER_OF, "Syrian government"), cs.toString());
        cs = extract("Fighters from Lebanon's Hezbollah retook Tell Marah.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void listsReadThroughAClassNounAfterANameAndAGroupsRegionalSector() throws Exception {
        List<Claim> cs = extract("The Marah Military Council was formed in May. The alliance groups Liwa Marah,"
                + " the Liwa al-Haqq movement, Jaysh al-Izza and several smaller brigades.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("Liwa Marah, Liwa al-Haqq and the Hama sector of Jaysh al-Izza all joined the Marah Military"
                + " Council in late January.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void aBodyFormedAsAMergerAndAGroupNamedByItsCommander() throws Exception {
        List<Claim> cs = extract("The Marah Military Council was formed in January as a merger of Liwa Marah and Liwa"
                + " al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Marah Military Council"), cs.toString());
        cs = extract("Jaysh al-Izza routed Liwa Marah of commander Abu Khaled al-Hamwi.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        cs = extract("Liwa Marah, the FSA faction of Maj. Abu Khaled al-Hamwi, shelled Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void whoeverBacksAnOperationBacksTheActorWhoLaunchedIt() throws Exception {
        List<Claim> cs = extract("Syrian government forces broke the siege of Tell Marah on Wednesday. The"
                + " breakthrough came after days of air strikes. A military source said Russian jets had flown"
                + " hundreds of sorties in support of the offensive.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("BEIRUT, Aug 21 (Reuters) - Syrian government forces took full control of Tell Marah, the"
                + " biggest gain in a Russian-backed offensive.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Lebanon", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Liwa Marah fought Turkey's Operation Olive Branch. During the Russian-backed offensive"
                + " of December 2019, Liwa Marah fought Jaysh al-Izza.");
        assertFalse(has(cs, "Turkey", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aUnitUnderATitledOfficerIsLedByHim() throws Exception {
        List<Claim> cs = extract("Units of the Tiger Forces under Brig. Gen. Suheil al-Hassan retook Tell Marah.");
        assertTrue(has(cs, "Tiger Forces", Relation.LED_BY, "Suheil al-Hassan"), cs.toString());
        cs = extract("Liwa Marah denied it would place its units under Brigadier General Abu Khaled al-Hamwi.");
        assertFalse(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void oneOfTheFactionsThatWentOnToFormABodyIsItsMember() throws Exception {
        List<Claim> cs = extract("In May 2015 Liwa Marah joined Jaysh al-Izza, and it was one of the factions that"
                + " went on to form the Marah Military Council in October 2015.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void aPurposeInALaterClauseDoesNotMakeJoiningAJointAction() throws Exception {
        List<Claim> cs = extract("Liwa Marah joined the Syrian Revolutionaries Front in 2014, when the factions were"
                + " fighting Daesh to push it out of Idlib.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Syrian Revolutionaries Front"), cs.toString());
        cs = extract("In August 2014 Liwa Marah joined the Marah Military Council, an attempt to unify the rebel"
                + " command.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void aDescriptionOpeningTheMainClauseIsNotTheActorOfTheFrontedWhenClause() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was formed in 2012 in Tell Marah. Over the following year its"
                + " fighters were found mainly in Hama, and when ISIS, by then calling itself the Islamic State, laid"
                + " siege to Tell Marah in September 2014, the brigade joined the Marah Military Council.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertFalse(has(cs, "Islamic State", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void aPersonInAppositionAsLeaderOrChiefOfStaffWithoutArticleLeadsTheGroup() throws Exception {
        List<Claim> cs = extract("On 9 April, Abu Khaled al-Hamwi, emir of Liwa Marah, announced the merger.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        cs = extract("General Abu Khaled al-Hamwi, chief of staff of the Marah Military Council, appealed for arms.");
        assertTrue(has(cs, "Marah Military Council", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void aBackerNamedInAppositionAsTheGroupsPatronSupportsIt() throws Exception {
        List<Claim> cs = extract("Tehran, Liwa Marah's main patron and supplier of arms, denied sending troops.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void aGroupThatIsUnderAnUmbrellaIsItsMember() throws Exception {
        List<Claim> cs = extract("Tell Marah is held by Liwa Marah, which is nominally under the Marah Military"
                + " Council.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("Tell Marah is held by Liwa Marah, which is under siege by Jaysh al-Izza.");
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aSecretaryGeneralLeadsTheGroupWithOrWithoutTheHyphen() throws Exception {
        List<Claim> cs = extract("Liwa Marah's secretary-general is Abu Shahed al-Jabouri.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Shahed al-Jabouri"), cs.toString());
        cs = extract("Liwa Marah's secretary general, Abu Shahed al-Jabouri, spoke on Friday.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Shahed al-Jabouri"), cs.toString());
    }

    @Test
    void aGroupThatMergedWithAnotherMergedIntoItUnlessTheSentenceNamesWhatBothFormed() throws Exception {
        List<Claim> cs = extract("In 2015 Liwa Marah merged with Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        cs = extract("On 20 October 2015 Liwa Marah announced its merger with Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        cs = extract("In 2016 Liwa Marah merged with Jaysh al-Izza to form Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aBodyFormedUnderATitledOfficerIsLedByHimAndAHyphenedTitleIsNoPartOfHisName() throws Exception {
        List<Claim> cs = extract("The Marah Military Council was formed in Antalya last month under Brigadier-General"
                + " Abu Khaled al-Hamwi.");
        assertTrue(has(cs, "Marah Military Council", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        cs = extract("Liwa Marah is led by Lieutenant-Colonel Abu Khaled al-Hamwi.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void eachOfAListNamedBothMembersOfAFrontIsItsMember() throws Exception {
        List<Claim> cs = extract("Liwa Marah and Jaysh al-Izza, both members of the Syrian Islamic Front, took the"
                + " town.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Syrian Islamic Front"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Syrian Islamic Front"), cs.toString());
    }

    @Test
    void supportInTheFieldFromAnArmedGroupIsAnAllianceAndFromAStateBacking() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza counterattacked from the south with support from Liwa Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa Marah"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Liwa Marah"), cs.toString());
        cs = extract("Jaysh al-Izza pushed the Islamic State out of Tell Marah with air support from Turkey.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aStatesHelpNamedAfterWithBacksTheActorThatTakesIt() throws Exception {
        List<Claim> cs = extract("The army, with massive Russian air cover, broke the siege of Tell Marah.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Jaysh al-Izza retook Tell Marah last week with Turkish help.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Jaysh al-Izza clashed with Turkish troops near Tell Marah.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aGroupMadePartOfAStateForceIsItsMemberButAQuestionStatesNothing() throws Exception {
        List<Claim> cs = extract("In 2018 Liwa Marah became part of the Republican Guard.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Republican Guard"), cs.toString());
        cs = extract("Q: Is Liwa Marah part of the Republican Guard or not?");
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Republican Guard"), cs.toString());
        cs = extract("Frontlines: Is Liwa Marah part of the Republican Guard now?");
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Republican Guard"), cs.toString());
    }

    @Test
    void aGroupThatSwallowedAnotherAbsorbedItAndAParentThatDisownedAGroupLostIt() throws Exception {
        List<Claim> cs = extract("In 2015 Jaysh al-Izza went on to swallow Liwa Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        cs = extract("In 2015 Liwa Marah was absorbed into Jaysh al-Izza.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Liwa Marah"), cs.toString());
        cs = extract("In February the Syrian Islamic Front formally disowned Liwa Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.SPLIT_FROM, "Syrian Islamic Front"), cs.toString());
    }

    @Test
    void whoArmsAndAdvisesAGroupBacksItAndWhoPaysItsSalariesToo() throws Exception {
        List<Claim> cs = extract("Turkey, which arms and advises Liwa Marah, said nothing.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("The MOC paid salaries for Liwa Marah until 2017.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
    }

    @Test
    void aListOfAFrontsFormationsNamesAlwiyatAndANumberedDivision() throws Exception {
        List<Claim> cs = extract("Other Southern Front formations, including Liwa Marah, Alwiyat Seif al-Haqq and the"
                + " 3rd Infantry Division, stayed out.");
        assertTrue(has(cs, "Alwiyat Seif al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "3rd Infantry Division", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aKunyaEndingInAKnownNameIsThePersonNotThatName() throws Exception {
        List<Claim> cs = extract("Abu Khaled al-Fateh, commander of Shabab al-Haqq, was wounded.");
        assertTrue(has(cs, "Shabab al-Haqq", Relation.LED_BY, "Abu Khaled al-Fateh"), cs.toString());
    }

    @Test
    void aCountryBeforeItsRebelsIsNotAnActorAndWhereMenComeFromIsNotWhereTheGroupIsActive() throws Exception {
        List<Claim> cs = extract("Syria rebels seize Tell Marah, tightening grip on Idlib province.");
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().equals("Syria")), cs.toString());
        cs = extract("Liwa Marah fought in Idlib. Most of its men come from towns such as Yabroud, Qara and Flita.");
        assertTrue(has(cs, "Liwa Marah", Relation.OPERATES_IN, "Idlib"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.OPERATES_IN, "Yabroud"), cs.toString());
    }

    @Test
    void aLeaderNamedWithAFormerRankAQualifiedCommandOrATwoWordRankLeadsTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa Marah, which is led by former army captain Abu Khaled al-Hamwi, held the hill.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        cs = extract("Jaysh al-Izza, commanded locally by Abu Khaled al-Hamwi, agreed to leave Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        cs = extract("The attack relied on the Republican Guard of Brigadier General Abu Khaled al-Hamwi.");
        assertTrue(has(cs, "Republican Guard", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void backingForAGroupFromStatesAndArmsSuppliedToItAreSupport() throws Exception {
        List<Claim> cs = extract("The fall of Tell Marah brought more backing for Liwa Marah from Turkey and Qatar.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        cs = extract("Turkey has supplied Liwa Marah with artillery and armoured vehicles.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aKnownGroupNamedWithItsHomeIsThatGroupActiveThere() throws Exception {
        List<Claim> cs = extract("Among the founders were Liwa al-Tawhid of Aleppo and Suqour al-Sham of Idlib.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.OPERATES_IN, "Aleppo"), cs.toString());
        assertTrue(has(cs, "Suqour al-Sham", Relation.OPERATES_IN, "Idlib"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().equals("Liwa al-Tawhid of Aleppo")), cs.toString());
    }

    @Test
    void positionsAroundAPlaceAndAPlaceClearedOfEnemiesPlaceTheirHolder() throws Exception {
        // read by the sentence's words, not only as the place nearest a named actor
        List<Claim> cs = extract("Government guns were shelling Jaysh al-Izza positions around Morek.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-positions-on")), cs.toString());
        cs = extract("State television said Jaysh al-Izza had cleansed Morek of terrorists.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-overran")), cs.toString());
    }

    @Test
    void aGroupThatMergedWithUnnamedFactionsToFormAnotherMergedIntoIt() throws Exception {
        List<Claim> cs = extract("In January Liwa Marah merged with three smaller factions to form Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theWordForMovementBeforeAKnownGroupsNameIsThatGroup() throws Exception {
        List<Claim> cs = extract("Harakat Ahrar al-Sham, a leading member of the Islamic Front, took Morek.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && c.subject().name().equals("Ahrar al-Sham")), cs.toString());
    }

    @Test
    void aLeaderNamedInAFrontedParticipleOrAsTheFormerHeadOfAGroupLedIt() throws Exception {
        List<Claim> cs = extract("Led for years by Abu Khaled al-Hamwi, Liwa Marah held Tell Marah until 2016.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
        cs = extract("Abu Khaled al-Hamwi is a former head of Liwa Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Khaled al-Hamwi"), cs.toString());
    }

    @Test
    void aStatesAirCoverAndItsInstructorsTrainingAGroupBackIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza stormed Tell Marah at dawn under the cover of Turkish air strikes.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Tell Marah was stormed at dawn by Jaysh al-Izza under the cover of Turkish air strikes.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Hezbollah instructors trained Liwa Marah fighters near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Hezbollah"), cs.toString());
    }

    @Test
    void whereWarplanesStruckIsNotWhereTheirStateOperatesButTheGroundForcesPlaceStays() throws Exception {
        List<Claim> cs = extract("Syrian and Russian warplanes struck Morek and the nearby town of Latamneh.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.OPERATES_IN), cs.toString());
        cs = extract("A US drone strike in Idlib killed a senior member of Hurras al-Din.");
        assertFalse(has(cs, "United States", Relation.OPERATES_IN, "Idlib"), cs.toString());
        cs = extract("Russian jets struck Jaysh al-Izza near Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void theArmyInTheSentenceThatNamesAJayshGroupIsNotThatGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and Liwa al-Haqq overran the army's positions in Tell Marah.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aStateNamingWhereABackingGroupIsFromIsNoBacker() throws Exception {
        List<Claim> cs = extract("Government forces backed by fighters from Lebanon's Hezbollah took the town.");
        assertFalse(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Lebanon"), cs.toString());
        cs = extract("Government forces backed by Lebanon's Hezbollah took the town.");
        assertFalse(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Lebanon"), cs.toString());
        cs = extract("Government forces backed by Iran's Revolutionary Guards took the town.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Iran")
                || has(cs, "Syrian government", Relation.SUPPORTED_BY, "Islamic Revolutionary Guard Corps"),
                cs.toString());
    }

    @Test
    void aPeoplesAdjectiveAloneIsNeitherAGroupNorAPlace() throws Exception {
        List<Claim> cs = extract("Its fighters call it Imom Buxoriy Katibasi in Uzbek. Inside Idlib little will "
                + "change: the Uzbek battalions remain embedded in HTS's front lines in Jabal al-Zawiya.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.OPERATES_IN, "Jabal al-Zawiya"), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().contains("Uzbek")
                || c.object() != null && c.object().name().contains("Uzbek")), cs.toString());
    }

    @Test
    void aCapitalThatActsOrIsServedIsItsGovernmentNotAPlace() throws Exception {
        List<Claim> cs = extract("The NDF, a paramilitary network, is armed and paid by Damascus.");
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Syrian government"), cs.toString());
        assertFalse(has(cs, "National Defence Forces", Relation.OPERATES_IN, "Damascus"), cs.toString());
        cs = extract("Jaysh al-Islam shelled the town on Monday. Damascus called the attack a crime.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Damascus"), cs.toString());
        cs = extract("Jaysh al-Islam fought the army in Damascus's eastern suburbs.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Damascus"), cs.toString());
    }

    @Test
    void fightingOnAnActorsSideIsAnAllianceNotAFight() throws Exception {
        List<Claim> cs = extract("In 2013 Hezbollah fought on the regime's side in Qusayr.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Hezbollah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aCoalitionsFoundersAndNumberedFormationsAreItsMembers() throws Exception {
        List<Claim> cs = extract("In April the factions announced Fatah Halab. Its founders included the Levant Front, "
                + "Faylaq al-Sham and the Fastaqim Union.");
        assertTrue(has(cs, "Levant Front", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        assertTrue(has(cs, "Fastaqim Kama Umirt Union", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        cs = extract("The Southern Front was formed in 2014. Its three main formations are Jaysh al-Yarmouk and the "
                + "Hamza Division.");
        assertTrue(has(cs, "Hamza Division", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aGroupNamedByItsParentsPossessiveIsItsMember() throws Exception {
        List<Claim> cs = extract("On March 2, the SDF's Manbij Military Council handed villages to the army.");
        assertTrue(has(cs, "Manbij Military Council", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void fightingForAGovernmentIsAnAllianceWithIt() throws Exception {
        List<Claim> cs = extract("From 2012 Hezbollah fought for the Assad government.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Hezbollah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void partnersSetOffByCommasAfterTheSubjectAreItsAllies() throws Exception {
        List<Claim> cs = extract("In June 2017 the army, with Hezbollah and the Iranian militias, attacked from the "
                + "west.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        cs = extract("Later Fatah al-Intifada fielded smaller units alongside the Palestine Liberation Army.");
        assertTrue(has(cs, "Fatah al-Intifada", Relation.ALLIED_WITH, "Palestine Liberation Army"), cs.toString());
    }

    @Test
    void clashesTheSubjectWentThroughNameItsEnemy() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa withdrew after a week of deadly clashes with Ahrar al-Sham.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void aListsSharedBackerAfterBothBacksEachItem() throws Exception {
        List<Claim> cs = extract("Its fighters also came from Asa'ib Ahl al-Haq and Kata'ib Hizballah \u2014 both long "
                + "backed by Iran.");
        assertTrue(has(cs, "Asa'ib Ahl al-Haq", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(has(cs, "Kata'ib Hezbollah", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void euphratesShieldIsTheNameOfItsFactionsGrouping() throws Exception {
        List<Claim> cs = extract("In January Euphrates Shield factions clashed repeatedly with the SDF near the town.");
        assertTrue(has(cs, "Operation Euphrates Shield", Relation.FOUGHT, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void openingFireOnAnActorIsFightingIt() throws Exception {
        List<Claim> cs = extract("The fighting erupted after NDF gunmen at a checkpoint near the roundabout opened "
                + "fire on an Asayish patrol.");
        assertTrue(has(cs, "National Defence Forces", Relation.FOUGHT, "Asayish"), cs.toString());
    }

    @Test
    void officersWhoDefectedTakeTheirGroupsDefectionClaim() throws Exception {
        List<Claim> cs = extract("In July 2012 several PLA officers are said to have defected to the Free Syrian Army.");
        assertTrue(has(cs, "Palestine Liberation Army", Relation.DEFECTED_TO, "Free Syrian Army"), cs.toString());
    }

    @Test
    void theShortNameFatehAlShamIsJabhatFatahAlShamNotFatah() throws Exception {
        List<Claim> cs = extract("Fateh al-Sham, which was known as al-Nusra Front until it renamed itself in July, "
                + "accepted the pledge.");
        assertTrue(has(cs, "al-Nusra Front", Relation.RENAMED_TO, "Jabhat Fatah al-Sham"), cs.toString());
        cs = extract("Fatah al-Intifada, which split from Fatah in 1983, fought in the camp.");
        assertTrue(has(cs, "Fatah al-Intifada", Relation.SPLIT_FROM, "Fatah"), cs.toString());
    }

    @Test
    void aGroupSetUpWithAStatesHelpIsFoundedAndBackedByIt() throws Exception {
        List<Claim> cs = extract("The NDF, a paramilitary network set up across Syria in 2012 with Iranian help, is "
                + "armed by the army.");
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && Texts.named(c.subject(), "National Defence Forces") && c.at() != null
                && c.at().toString().startsWith("2012")), cs.toString());
    }

    @Test
    void declaringForAGroupIsPledgingToIt() throws Exception {
        List<Claim> cs = extract("When the IMU declared for the Islamic State in 2015, the Uzbek factions split.");
        assertTrue(has(cs, "Islamic Movement of Uzbekistan", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"),
                cs.toString());
    }

    @Test
    void theGroupWhoseBannerOneFightsUnderIsNoEnemy() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fought under the banner of the Free Syrian Army's Southern Front.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Southern Front"), cs.toString());
        cs = extract("In 2012 the Farouq Battalions and Liwa al-Tawhid took seats on the Supreme Military Council.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.MEMBER_OF, "Supreme Military Council"), cs.toString());
    }

    @Test
    void theCoalitionOneFightsAsPartOfIsNoEnemy() throws Exception {
        List<Claim> cs = extract("From 2013 Liwa al-Haqq fought as part of the Syrian Revolutionaries Front (SRF).");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian Revolutionaries Front"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Syrian Revolutionaries Front"), cs.toString());
        cs = extract("Liwa al-Haqq fought as part of the Syrian Revolutionaries Front against Jabhat al-Nusra.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
    }

    @Test
    void anUndefinedInitialismIsTheActorWhoseInitialsItSpells() throws Exception {
        List<Claim> cs = extract("Abu Khaled al-Hamwi had served in Liwa Abu Fadl al-Abbas. He later founded "
                + "Liwa Suyuf al-Haqq fi Bilad al-Sham, or LSH for short. In 2014 LSH fought alongside Hezbollah.");
        assertTrue(has(cs, "Liwa Suyuf al-Haqq", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        assertFalse(has(cs, "Liwa Abu Fadl al-Abbas", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        assertEquals("LSH", Coreference.initials("Liwa Suyuf al-Haqq"));
        assertEquals("AAH", Coreference.initials("Asa'ib Ahl al-Haq"));
        assertEquals("", Coreference.initials("Hezbollah"));
    }

    @Test
    void aQuestionEmbeddedWithWhetherStatesNothing() throws Exception {
        List<Claim> cs = extract("Several readers asked whether Liwa al-Haqq is part of the Popular Mobilization Forces.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Popular Mobilization Forces"), cs.toString());
        cs = extract("The test is whether Turkey, which has armed and advised Liwa al-Haqq since 2014, will restrain it.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void otherMembersListedAfterAnIntensifierBelongToTheCoalitionJustNamed() throws Exception {
        List<Claim> cs = extract("In 2012 Liwa al-Haqq became a founding member of the Tell Marah Liberation Front. "
                + "Other founding members include Jaysh al-Izza itself, the Farouq Battalions of Homs and "
                + "Liwa al-Tawhid.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Tell Marah Liberation Front"), cs.toString());
        assertTrue(has(cs, "Farouq Brigades", Relation.MEMBER_OF, "Tell Marah Liberation Front"), cs.toString());
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.MEMBER_OF, "Tell Marah Liberation Front"), cs.toString());
    }

    @Test
    void aCompanyNamedSariyatIsAGroupAndItsLaterNameHoldsAfterALongClause() throws Exception {
        List<Claim> cs = extract("By 2012 Sariyat al-Haqq had absorbed a number of local battalions in Morek and "
                + "Kafr Zita and renamed itself Liwa al-Haqq. Its fighters later joined Jaysh al-Izza.");
        assertTrue(has(cs, "Sariyat al-Haqq", Relation.RENAMED_TO, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Sariyat al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aMergerOfOneGroupWithAnotherThatFormedAThirdMergesBothIntoIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was formed in 2016 from a merger of Liwa Marah with Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aNameKnownUntilLastYearWithoutArticleIsTheFormerName() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, known until last year as Liwa al-Haqq, took Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void formingPartOfACoalitionIsMembershipNotFounding() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which since October 2019 has formed part of Jaysh al-Izza, sent men.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq, which has formed part of Jaysh al-Izza since 2019, sent men.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED), cs.toString());
    }

    @Test
    void membersNamedBetweenDashesBeforeAmongThemBelongToTheGroupBefore() throws Exception {
        List<Claim> cs = extract("The attack was led by Jaysh al-Izza brigades - Liwa al-Haqq and Liwa Marah among them "
                + "- near Morek.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void formingTheBackboneOfAGroupIsNoFounding() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa al-Haqq, which later formed the backbone of Jaysh al-Izza, attacked "
                + "Liwa Marah in Tell Marah.");
        assertFalse(Texts.founded(cs, "Liwa al-Haqq", null), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Liwa Marah"), cs.toString());
    }

    @Test
    void anAttackOnAGroupsHeadquartersOrOutpostsIsAnAttackOnTheGroup() throws Exception {
        List<Claim> cs = extract("On Monday Liwa al-Haqq fighters shelled and stormed the outposts of Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aPartnerNamedTogetherWithTheAttackerBeforeTheVerbAttacksToo() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters together with Liwa Marah stormed Jaysh al-Izza headquarters.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("In 2017 Liwa al-Haqq fought alongside Liwa Marah in an offensive against Jaysh al-Izza.");
        assertFalse(cs.stream().anyMatch(c -> c.method().equals("rule:clause-conflict")
                && has(List.of(c), "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza")), cs.toString());
    }

    @Test
    void warplanesStrikingPositionsFightTheirHolders() throws Exception {
        List<Claim> cs = extract("Russian warplanes were reported to be striking IS positions in the hills.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void fightingBetweenOneSideAndBrigadesAmongThemNamedOnesIsFightingWithEach() throws Exception {
        List<Claim> cs = extract("Fighting resumed on the border between Jaysh al-Izza and Islamist brigades, among them "
                + "Liwa al-Haqq and Liwa Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa Marah"), cs.toString());
    }

    @Test
    void groupsNamedBeforeOtherBrigadesOfACoalitionAreItsMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, Liwa Marah and other factions of the Southern Front took the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        cs = extract("Jaysh al-Izza and other groups in Idlib fought the army.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void aGroupThatHelpsAnotherRetakeAPlaceIsItsAlly() throws Exception {
        List<Claim> cs = extract("The Jaysh al-Izza movement helped President Bashar al-Assad's forces recapture Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("Turkey helped the rebels of Liwa al-Haqq take Morek.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Turkey"), cs.toString());
    }

    @Test
    void aSentenceThatNamesAStateIsNotAboutThePagesTopicGroup() throws Exception {
        String lead = "Liwa al-Haqq held Morek. Liwa al-Haqq fighters dug in. Liwa al-Haqq said it would not "
                + "withdraw. ";
        List<Claim> cs = extract(lead + "The Kremlin said Moscow was committed to the deal but blamed attacks on the "
                + "air base in Latakia.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Latakia"), cs.toString());
        cs = extract(lead + "Heavy fighting was reported later in Kafr Zita. The battle for Kafr Zita lasted a "
                + "week.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
    }

    @Test
    void aCounterAttackAndThoseWhoJoinItStrikeWhoeverLaunchedTheOperation() throws Exception {
        List<Claim> cs = extract("Syrian government forces took control of Tell Marah on Friday. Pro-government"
                + " sources credited the National Defence Forces. On Saturday Liwa Marah launched a counter-attack"
                + " from the west. Liwa Marah was joined by Jaysh al-Izza and units of Liwa al-Haqq. Fighting lasted"
                + " into the night. On Sunday a second attempt, this time led by Jabhat Tell Marah, was repelled.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jabhat Tell Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa Marah"), cs.toString());
    }

    @Test
    void anOperationSpearheadedOrJoinedByAGroupIsFoughtByIt() throws Exception {
        List<Claim> cs = extract("Rebels launched an offensive on Morek against government forces on Sunday. It was"
                + " spearheaded by Liwa Marah. Rebel sources said fighters from Jaysh al-Izza had also joined the"
                + " operation.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Rebels launched an offensive against the Islamic State in Hama on Monday. The rebel force that"
                + " advanced on Morek included Liwa Marah and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Rebels launched an offensive on Morek on Monday against the Islamic State. Liwa Marah"
                + " contributed several hundred men.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aStateBackingTheTargetOfAnOperationIsNotItsTarget() throws Exception {
        List<Claim> cs = extract("Factions of Liwa Marah said on Saturday they had launched an operation against the"
                + " U.S.-backed Syrian Democratic Forces around Tell Marah.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "United States"), cs.toString());
    }

    @Test
    void theEnemyOfAnOperationHoldsForAFewSentencesAndTalksAreNoOperation() throws Exception {
        List<Claim> cs = extract("Syrian government forces have captured Tell Marah from the Islamic State. The army's"
                + " command said troops had taken the town. Monitors confirmed that the jihadists had pulled out."
                + " The assault was spearheaded by Liwa Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Rebels launched an offensive against government forces on Monday. Jaysh al-Izza did not take"
                + " part in the Astana talks, and Liwa Marah took part in negotiations.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void whoHeldThePlaceAnOperationTookFoughtItsAttacker() throws Exception {
        List<Claim> cs = extract("After four months of fighting, Syrian government forces took Tell Marah on 14 August"
                + " 2014. The town was held by a loose coalition of Liwa Marah, Jaysh al-Izza and Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("The market in Tell Marah reopened in May. The town was held by Liwa Marah.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void anOperationOnWhatTheGovernmentHeldIsFoughtAgainstTheGovernment() throws Exception {
        List<Claim> cs = extract("The regime has held Tell Marah since 2012. Rebels overran a major army base west of"
                + " Tell Marah on Sunday. The assault was spearheaded by Liwa Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void twoGroupsThatFoughtInAPlaceDidNotFightEachOther() throws Exception {
        List<Claim> cs = extract("Liwa Marah and Jaysh al-Izza fought in Morek in 2014.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa Marah and Jaysh al-Izza fought over the crossing near Morek in 2014.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void everyoneInAListOfJoinersRepeatingByJoinsTheOperation() throws Exception {
        List<Claim> cs = extract("Rebels launched an offensive against government forces on Monday. It was spearheaded"
                + " by Liwa Marah. Liwa Marah was joined by Jaysh al-Izza and by Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void theSourceOfAirSupportIsNoEnemyOfWhoTookThePlace() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza took Tell Marah with air support from the US-led coalition.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "US-led coalition"), cs.toString());
    }

    @Test
    void fightingAnEnemyAlongsideAnotherGroupMakesThemAllies() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa Marah fought the Islamic State alongside Jaysh al-Izza near Morek. "
                + "Liwa al-Haqq was fighting in Morek alongside Jabhat al-Nusra.");
        assertTrue(has(cs, "Liwa Marah", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "al-Nusra Front"), cs.toString());
    }

    @Test
    void aDeclaredAimToToppleTheRegimeIsAFightAgainstIt() throws Exception {
        List<Claim> cs = extract("Liwa Marah was formed in 2012. Its declared aims were to protect protesters and to "
                + "bring down the regime. Jaysh al-Izza, which seeks to overthrow the Assad regime, holds Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void forcesLoyalToThePresidentAreTheGovernment() throws Exception {
        List<Claim> cs = extract("Liwa Marah fought forces loyal to President Bashar al-Assad near Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void anUmbrellaMadeOfAGroupsFactionsIsNoMemberOfTheGroup() throws Exception {
        List<Claim> cs = extract("The Southern Front, a grouping of Free Syrian Army factions whose strength lies in "
                + "Deraa province, said its fighters had taken the base.");
        assertFalse(has(cs, "Free Syrian Army", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void someOfAGroupsMembersJoiningAnotherIsNoMembershipOfTheGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was weakened. Some of its members have joined the Islamic State. "
                + "Liwa Marah lost Morek. Most of its units joined the Islamic Front in 2014.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void aCoalitionsStatementNamingParticipantsAndTheFactionsAmongItsOwnAreMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah took the camp. The coalition's statement names Liwa Marah and Jund "
                + "al-Aqsa as participants. The Southern Front took the base. Among the alliance's factions that took "
                + "part were Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aMemberNamedInARelativeOfWhichAndAMergerInARelativeWithATime() throws Exception {
        List<Claim> cs = extract("Liwa Marah fought the Islamic Front, of which Jaysh al-Izza is the most powerful "
                + "member. Liwa al-Haqq, which in February merged with Jund al-Aqsa to form Jaysh al-Fatah, held "
                + "Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MERGED_INTO, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aGroupBornInAMonthIsFoundedThenAndAStateRegardedAsItsPatronBacksIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was born in September 2013. Turkey, long regarded as its main "
                + "patron, cut its funding in 2016.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Jaysh al-Izza") && "2013-09".equals(String.valueOf(c.at()))),
                cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void everyGroupOfAListSwearingAllegianceSwearsIt() throws Exception {
        List<Claim> cs = extract("Liwa Marah, Jaysh al-Izza and Liwa al-Haqq all swore allegiance to the Islamic "
                + "State in July 2014.");
        assertTrue(has(cs, "Liwa Marah", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), cs.toString());
    }

    @Test
    void factionsAnnouncingTheyDissolveIntoOneBodyMergeIntoItAndDoNotDissolve() throws Exception {
        List<Claim> cs = extract("In September three factions - Liwa Marah, Liwa al-Haqq and Jund al-Aqsa - announced "
                + "that they were dissolving into a single body, Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.DISSOLVED), cs.toString());
    }

    @Test
    void aGroupThatIsNowAnotherNameIsRenamedAndMovingAgainstAGroupIsFightingIt() throws Exception {
        List<Claim> cs = extract("In July its leader announced that Liwa Marah was now Jaysh al-Izza. In 2017 the "
                + "Levant Front moved against Liwa al-Haqq's positions near Azaz.");
        assertTrue(has(cs, "Liwa Marah", Relation.RENAMED_TO, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Levant Front", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void fightingWithinAnOperationsRoomIsMembershipAndADashedAppositionNamesItsLeaders() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa Marah fought within the Hawar Kilis Operations Room. It depends on "
                + "Jaysh al-Fatah - the alliance dominated by Jund al-Aqsa and Liwa al-Haqq - for ammunition.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Hawar Kilis Operations Room"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void joiningAGroupsCampaignOrBeingCountedAmongItsPartnersIsAnAllianceNotMembership() throws Exception {
        List<Claim> campaign = extract("Ahrar al-Sham has joined Nusra's campaign against Liwa Shuhada al-Yarmouk.");
        assertFalse(has(campaign, "Ahrar al-Sham", Relation.MEMBER_OF, "al-Nusra Front"), campaign.toString());
        assertTrue(has(campaign, "Ahrar al-Sham", Relation.ALLIED_WITH, "al-Nusra Front"), campaign.toString());
        assertTrue(has(campaign, "Ahrar al-Sham", Relation.FOUGHT, "Liwa Shuhada al-Yarmouk"), campaign.toString());
        List<Claim> partners = extract("Harakat al-Muthanna al-Islamiya was once counted among Nusra's most reliable "
                + "partners.");
        assertFalse(has(partners, "Harakat al-Muthanna", Relation.MEMBER_OF, "al-Nusra Front"), partners.toString());
        assertTrue(has(partners, "Harakat al-Muthanna", Relation.ALLIED_WITH, "al-Nusra Front"), partners.toString());
    }

    @Test
    void aPlaceBeforeTheDoctrinesAdjectiveStillCharacterisesTheGroup() throws Exception {
        List<Claim> cs = extract("Harakat al-Muthanna al-Islamiya, a Deraa Salafist group, held the town.");
        assertTrue(has(cs, "Harakat al-Muthanna", Relation.IDEOLOGY, "Salafism"), cs.toString());
    }

    @Test
    void fursanOpensAGroupNameLikeLiwaOrJaysh() throws Exception {
        List<Claim> cs = extract("Fursan al-Jawlan attacked government forces near Quneitra.");
        assertTrue(has(cs, "Fursan al-Jawlan", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aPossessiveDescriptionInAnAppositionIsTheOwnerNotTheListBeforeIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah took Idlib. The attack was led by Jabhat al-Nusra and Faylaq al-Sham, "
                + "the coalition's two largest members.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Sham Legion", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Sham Legion"), cs.toString());
    }

    @Test
    void theGroupsACoalitionsBackboneIsMadeOfAreItsMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah was announced in March. Its backbone was Jabhat al-Nusra and Ahrar "
                + "al-Sham.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void whoHeadsAGroupsCouncilOrABodyBasedInAStateLeadsNeitherTheGroupNorTheState() throws Exception {
        List<Claim> cs = extract("Colonel Abu Ali al-Hamwi, who heads the FSA's military council in Hama, said his "
                + "men would hold the line.");
        assertFalse(has(cs, "Free Syrian Army", Relation.LED_BY, "Abu Ali al-Hamwi"), cs.toString());
        cs = extract("Rami Abdurrahman, who heads the Britain-based Syrian Observatory for Human Rights, said so.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY), cs.toString());
        cs = extract("Abu Ali al-Hamwi, who leads Liwa Marah, said so.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Ali al-Hamwi"), cs.toString());
    }

    @Test
    void aStateThatHelpedCreateAForceBacksItAndIsNoMemberOfIt() throws Exception {
        List<Claim> cs = extract("Iran helped create the National Defence Forces in 2012.");
        assertTrue(has(cs, "National Defence Forces", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertFalse(has(cs, "Iran", Relation.MEMBER_OF, "National Defence Forces"), cs.toString());
        cs = extract("Liwa Marah helped found the Islamic Front in 2013.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void anAppositionThatCallsAGroupAPeoplesProGovernmentMilitiaAlliesItWithTheGovernment() throws Exception {
        List<Claim> cs = extract("Liwa Marah, the Palestinian pro-government militia, fought near Tell Marah in 2016.");
        assertTrue(has(cs, "Liwa Marah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aParticipleAfterAMergersTargetDatesTheMergerNotTheTargetsFounding() throws Exception {
        List<Claim> cs = extract("The merger of Liwa Marah into Jaysh al-Izza, announced in recent days, ended the "
                + "front in 2015.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED), cs.toString());
        cs = extract("Liwa Marah, announced in March 2015, holds the hills around Tell Marah.");
        assertTrue(Texts.founded(cs, "Liwa Marah", "2015-03"), cs.toString());
    }

    @Test
    void anUmbrellasUnitsNotablyAAndBAreItsMembersAndAPartysMilitiaBelongsToIt() throws Exception {
        List<Claim> cs = extract("Defending the hills were Jaysh al-Fatah units, notably Liwa Marah and Liwa al-Haqq, "
                + "in May 2015.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Liwa Marah, a Baath Party militia, fought near Tell Marah in 2014.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Ba'ath Party"), cs.toString());
    }

    @Test
    void anArmyUnitAndARebelGroupAreNeverOneRenamedBody() throws Exception {
        List<Claim> cs = extract("Fighters of Jaysh al-Izza pulled out of Tell Marah in 2019, leaving the town to the "
                + "army's 25th Special Mission Forces Division. The elite unit, formerly known as the Tiger Forces, is "
                + "commanded by Major General Suheil al-Hassan.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.RENAMED_TO), cs.toString());
    }

    @Test
    void theArmyCoordinatedWithAGroupIsItsAllyUnlessTheSentenceSetsThemApart() throws Exception {
        List<Claim> cs = extract("In May 2015 the army and Liwa al-Haqq seized the hills around Tell Marah.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), cs.toString());
        for (String text : List.of("Clashes between the army and Liwa al-Haqq erupted near Tell Marah in May 2015.",
                "Jaysh al-Izza has fought both the Syrian army and Liwa al-Haqq near Tell Marah since 2015.",
                "Liwa Marah says it fights only the regime and Liwa al-Haqq in 2015.",
                "Liwa al-Haqq and the regime both gain when Jaysh al-Izza is weakened, its commander said in 2015.",
                "Opponents: Syrian Armed Forces, Liwa al-Haqq",
                "Liwa al-Haqq and the army clashed near Tell Marah in May 2015.")) {
            cs = extract(text);
            assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), text + " " + cs);
        }
    }

    @Test
    void aPredicateAfterButAlsoTakesTheSentencesSubject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah is dominated by Liwa Marah, but also includes smaller factions such "
                + "as Liwa al-Haqq, its commanders said in 2015.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void theHeadOfAGroupsOfficeOrOneOfItsCommandersDoesNotLeadTheGroup() throws Exception {
        for (String text : List.of("Abu Issa, head of the Liwa Marah media office, denied the reports in 2016.",
                "Abu Issa, the head of Liwa Marah's political bureau, denied the reports in 2016.",
                "Abu Issa, a senior commander of Liwa Marah, was killed near Tell Marah in 2016.",
                "Abu Issa, a local commander of Liwa Marah, was killed near Tell Marah in 2016.")) {
            List<Claim> cs = extract(text);
            assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY), text + " " + cs);
        }
        List<Claim> cs = extract("Abu Issa, the commander of Liwa Marah, was killed near Tell Marah in 2016.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Issa"), cs.toString());
        cs = extract("Abu Issa, who leads the Liwa Marah faction, was killed near Tell Marah in 2016.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Issa"), cs.toString());
    }

    @Test
    void hardlinersFromAGroupFormSomethingWithoutTheGroupAndBringingFightersToAGroupJoinsNoOne() throws Exception {
        List<Claim> cs = extract("In January 2016 hardliners from the former Liwa Marah broke away from Jaysh al-Fatah "
                + "and formed Liwa al-Haqq.");
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Liwa al-Haqq"), cs.toString());
        cs = extract("In February 2016 several Liwa Marah loyalists founded Liwa al-Haqq.");
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Liwa al-Haqq"), cs.toString());
        cs = extract("In February 2016 the Idlib branch of Liwa Marah merged into Jaysh al-Fatah, bringing the "
                + "coalition several hundred additional fighters.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && c.subject().name().equals("Jaysh al-Fatah")), cs.toString());
    }

    @Test
    void proGovernmentForcesAreTheGovernmentWhileOtherProAndAntiActorsStayVague() throws Exception {
        List<Claim> cs = extract("In June 2017 pro-government forces attacked the Syrian Democratic Forces near "
                + "Tell Marah.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Syrian Democratic Forces"), cs.toString());
        cs = extract("In June 2017 pro-regime troops shelled Jaysh al-Izza positions near Tell Marah.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("In June 2017 anti-government forces attacked the Syrian Democratic Forces near Tell Marah.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT
                && c.subject().name().equals("Syrian government")), cs.toString());
    }

    @Test
    void sidesThatExchangeFireFightAndAFactionsNounKeepsAListGoing() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza factions and the YPG have exchanged fire intermittently since "
                + "March 2016.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        cs = extract("In March 2016 the YPG exchanged fire with Liwa al-Haqq near Tell Marah.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("In March 2016 the YPG and Jaysh al-Izza exchanged prisoners near Tell Marah.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void aBackerOfTheGroupNamedByOfBacksItEvenAsACapital() throws Exception {
        List<Claim> cs = extract("Amman is a key supporter of the Southern Front. Qatar, an early sponsor of Liwa "
                + "Marah, denied the report.");
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        cs = extract("Amman is a quiet city.");
        assertTrue(cs.stream().noneMatch(c -> Texts.named(c.subject(), "Jordan") || Texts.named(c.object(), "Jordan")),
                cs.toString());
    }

    @Test
    void theGroupThatLedAnAttackAlongsideOthersIsTheirAlly() throws Exception {
        List<Claim> cs = extract("The first attempt, in October 2016, was led by Liwa Marah, the largest faction "
                + "in the pocket, alongside Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupFormedWhenOneMergedWithOthersAbsorbedThemAll() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah was formed in May 2016 when Liwa Marah merged with Liwa al-Haqq and "
                + "the smaller Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void theMonthMayIsNoHedgeButTheModalIs() throws Exception {
        List<Claim> cs = extract("In May 2016 Liwa Marah joined Jaysh al-Fatah.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && !c.hedged()), cs.toString());
        cs = extract("Liwa Marah may have joined Jaysh al-Fatah in 2016.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.hedged()), cs.toString());
    }

    @Test
    void groupsThatBothReceivedAStatesHelpAreBackedByIt() throws Exception {
        List<Claim> cs = extract("Liwa Marah and Liwa al-Haqq, both of which received Turkish training and weapons, "
                + "led the assault. Jaysh al-Izza, whose top commander Abu Issa was killed, fought on.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Issa"), cs.toString());
    }

    @Test
    void otherGroupsOfAnUmbrellaAndFactionsOfItAmongThemNameItsMembers() throws Exception {
        List<Claim> cs = extract("In May 2016 reinforcements came from Liwa Marah, Liwa al-Haqq and other Jaysh "
                + "al-Izza groups. The attack was led by factions of the Southern Front, chief among them Jaysh "
                + "al-Nasr.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aBackerInARestrictiveRelativeBacksTheGroup() throws Exception {
        List<Claim> cs = extract("In May 2016 Liwa Marah and the other militias that Iran pays reached the border. "
                + "Jaysh al-Izza leads the Southern Front, the alliance that the United States has armed.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aGroupsJihadistsOrGunmenActForIt() throws Exception {
        List<Claim> cs = extract("In July 2014 Liwa Marah jihadists seized a major army base near Tell Marah.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aPersonAfterTheGroupNamedAfterHimDoesNotLeadWhatTheGroupLed() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa al-Haqq held the academy. The Tiger Forces of Abu Issa led it.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Issa"), cs.toString());
        cs = extract("In 2016 Abu Issa led Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Issa"), cs.toString());
    }

    @Test
    void aCountryBeforeAnAppositionIsNoMemberOfItsGroupsParent() throws Exception {
        List<Claim> cs = extract("Elsewhere in Syria, the al-Qaeda-affiliated Liwa Marah and allied factions pushed "
                + "on in May 2016.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && c.subject().name().equals("Syria")), cs.toString());
        cs = extract("Liwa Marah, a Jaysh al-Izza faction, pushed on in May 2016.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void forcesBolsteredByAStatesAirStrikesAreBackedByThatState() throws Exception {
        List<Claim> cs = extract("Government forces have been bolstered by Russian air strikes since October.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void membersAreReadPastANumberOrADeterminerBeforeTheirKind() throws Exception {
        List<Claim> cs = extract("The Southern Front, an alliance of some 50 FSA factions, attacked Tell Marah.");
        assertTrue(has(cs, "Southern Front", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        cs = extract("We held the line with Liwa al-Haqq, Jaysh al-Nasr and the other factions of the Sham Legion.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Sham Legion"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Sham Legion"), cs.toString());
        cs = extract("Liwa al-Haqq and Jaysh al-Nasr held Tell Marah. Both formations were part of the FSA.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aLoneDistinctiveWordOfAGroupNamedBeforeStandsForIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq led the attack on Tell Marah. Haqq fighters held the hill.");
        assertFalse(cs.stream().anyMatch(c -> c.evidence().sentence().startsWith("Haqq")), cs.toString());
        cs = extract("Jaish al-Fustat took part in the attack on Tell Marah. In 2017 Fustat became part of the "
                + "Sham Legion.");
        assertTrue(has(cs, "Jaysh al-Fustat", Relation.MEMBER_OF, "Sham Legion"), cs.toString());
        cs = extract("Liwa al-Tawhid and Jaysh al-Tawhid took part in the attack on Tell Marah. In 2017 Tawhid "
                + "became part of the Sham Legion.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
        cs = extract("The Syrian Turkmen Brigades held the hills near Tell Marah. Turkmen fighters became part of "
                + "the Sham Legion.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void oneCommanderOfAGroupIsNotItsLeader() throws Exception {
        List<Claim> cs = extract("One Jaysh al-Izza commander, who asked to be identified as Abu Issa, said they "
                + "had lost Tell Marah.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY), cs.toString());
        cs = extract("The Jaysh al-Izza commander, Abu Issa, said they had lost Tell Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Issa"), cs.toString());
    }

    @Test
    void anIntervieweeNamedOnEveryAnswerSpeaksForTheGroupHeIsASpokesmanFor() throws Exception {
        List<Claim> cs = extract("We spoke by phone with Captain Abu Issa, a spokesman for Liwa Marah.\n\n"
                + "Q: What happened at Tell Marah?\n\nAbu Issa: We fought Jaysh al-Izza street by street there.\n\n"
                + "Q: And now?\n\nAbu Issa: We hold the line.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aCountingAppositionWithABackedCompoundBacksEveryItemOfTheList() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza took in fighters from Liwa al-Haqq and Liwa Marah, two US-backed "
                + "groups that the Nusra Front crushed in 2014.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aLeaderNamedWithHisTradeAfterCommandedByStillLeads() throws Exception {
        List<Claim> cs = extract("The main force there was Liwa Marah, a militia commanded by the businessman "
                + "Abu Issa.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Issa"), cs.toString());
        cs = extract("Liwa Marah is a militia commanded by the brother of Abu Issa.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY), cs.toString());
    }

    @Test
    void aGroupThatDrawsWeaponsThroughAnAgencyIsBackedByIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Quds draws weapons and salaries through Air Force Intelligence.");
        assertTrue(has(cs, "Liwa al-Quds", Relation.SUPPORTED_BY, "Air Force Intelligence"), cs.toString());
    }

    @Test
    void aDenialBeforeANameLeavesItsAppositionAsserted() throws Exception {
        List<Claim> cs = extract("A spokesman denied that fighters of Hurras al-Din, a hardline group that has pledged "
                + "allegiance to al-Qaeda, had taken part.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.PLEDGED_ALLEGIANCE_TO && !c.negated()),
                cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.PLEDGED_ALLEGIANCE_TO && c.negated()),
                cs.toString());
    }

    @Test
    void fightersFromGroupsAreTheirSubjectAfterAReportingVerb() throws Exception {
        List<Claim> cs = extract("The Syrian army took the town on Sunday. A monitoring group said fighters from "
                + "Lebanon's Hezbollah and from Liwa al-Haqq, a militia paid by Iran, had fought alongside the army "
                + "in the final assault.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aUnitUnderItsRankedCommanderAfterByIsLedByHim() throws Exception {
        List<Claim> cs = extract("The assault on Harasta was led by the Tiger Forces under Brigadier Suheil "
                + "al-Hassan.");
        assertTrue(has(cs, "Tiger Forces", Relation.LED_BY, "Suheil al-Hassan"), cs.toString());
    }

    @Test
    void aGroupThatEmergedAsAStatesPartnerIsItsAlly() throws Exception {
        List<Claim> cs = extract("The YPG has emerged as Washington's most effective partner against IS.");
        assertTrue(has(cs, "People's Protection Units", Relation.ALLIED_WITH, "United States"), cs.toString());
    }

    @Test
    void aPersonWhoseKinIsNamedIsNotTheLeader() throws Exception {
        List<Claim> cs = extract("The Fourth Division, the elite armoured formation commanded by President Bashar "
                + "al-Assad's brother Maher, attacked Jobar.");
        assertFalse(has(cs, "4th Armoured Division", Relation.LED_BY, "Bashar al-Assad"), cs.toString());
    }

    @Test
    void aGroupThatMergedWithALongNamedPartnerAndOthersIntoAThirdMergedIntoTheThird() throws Exception {
        List<Claim> cs = extract("In May 2016 Liwa al-Haqq merged with Harakat al-Muthanna al-Islamiya and others "
                + "into Jaish Khalid bin al-Walid.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Khalid ibn al-Walid Army"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Harakat al-Muthanna"), cs.toString());
    }

    @Test
    void anUmbrellaBrandedFactionInAppositionIsItsMember() throws Exception {
        List<Claim> cs = extract("Jaish al-Nasr, an FSA-branded faction, joined the attack on the second day.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aGroupSaidToHaveTakenPartInADatedCounterattackAlongsideAnotherIsItsAlly() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq is said to have taken part in Saturday's counterattack alongside "
                + "Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aPairThatClashedRepeatedlyWithAThirdDidNotFightEachOther() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam and Jaysh al-Ababil had clashed repeatedly with IS along the front.");
        assertTrue(has(cs, "Jaysh al-Ababil", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Jaysh al-Ababil"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Ababil", Relation.FOUGHT, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void aPairThatClashedRepeatedlyWithNoOneNamedFoughtEachOther() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham and Jund al-Aqsa clashed repeatedly in Idlib in 2016.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Jund al-Aqsa"), cs.toString());
    }

    @Test
    void anAffiliateNamedAfterItsOwnersPossessiveIsTheListItem() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah, an alliance that includes al Qaeda's Syrian branch the Nusra Front "
                + "and Ahrar al-Sham, took Idlib.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "al-Qaeda", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void theGroupsThatFormedAnAllianceInItsRelativeClauseAreItsMembers() throws Exception {
        List<Claim> cs = extract("The Mujahideen Shura Council, an alliance that Nusra, Ahrar al-Sham, Jaysh al-Islam "
                + "and several local factions formed in the spring to fight ISIS, has effectively dissolved.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Mujahideen Shura Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Mujahideen Shura Council"), cs.toString());
    }

    @Test
    void aFoundingSignatoryOfABodyIsItsMemberAndDatesItsFounding() throws Exception {
        List<Claim> cs = extract("In February 2014 Liwa al-Haqq was among the founding signatories of the Southern "
                + "Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Southern Front") && "2014-02".equals(String.valueOf(c.at()))),
                cs.toString());
    }

    @Test
    void aLeadersPledgeOfAllegianceIsHisGroups() throws Exception {
        List<Claim> cs = extract("Nusra's leader Abu Mohammad al-Jolani pledged allegiance to al-Qaeda chief Ayman "
                + "al-Zawahiri.");
        assertTrue(has(cs, "al-Nusra Front", Relation.PLEDGED_ALLEGIANCE_TO, "al-Qaeda"), cs.toString());
    }

    @Test
    void groupsThatOperateUnderABodyAreItsMembersButPlacesAreNot() throws Exception {
        List<Claim> cs = extract("Liwa al-Yarmouk and Jaysh al-Izza fought at Harasta. Both operate under the Daraa "
                + "Military Council.");
        assertTrue(has(cs, "Liwa al-Yarmouk", Relation.MEMBER_OF, "Daraa Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Daraa Military Council"), cs.toString());
        List<Claim> places = extract("Fighters in Darayya and southern Damascus would continue to operate under the "
                + "Southern Front.");
        assertFalse(places.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), places.toString());
    }

    @Test
    void aFactionBasedInAPlaceAndNamedAfterItsBodyIsTheBodysMember() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, the Latamna-based Free Syrian Army faction, took part.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void twoOrMoreGroupsListedAfterAnUmbrellaAndAColonAreItsMembers() throws Exception {
        List<Claim> cs = extract("Most of the front is held by the National Front for Liberation: Jaysh al-Nasr, "
                + "Faylaq al-Sham, Ahrar al-Sham and others.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
    }

    @Test
    void aSingleNameAfterAnUmbrellaAndAColonIsASubtitleNotAMember() throws Exception {
        List<Claim> cs = extract("The Levant Front: Jaysh al-Izza in the north.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Levant Front"), cs.toString());
    }

    @Test
    void groupsUnderOrGroupedInAnOperationsRoomOrLedCoalitionAreItsMembers() throws Exception {
        List<Claim> under = extract("The YPG and Free Syrian Army factions under the Euphrates Volcano operations room "
                + "pushed ISIL out of the city.");
        assertTrue(has(under, "People's Protection Units", Relation.MEMBER_OF, "Euphrates Volcano"), under.toString());
        List<Claim> grouped = extract("The Nusra Front and allied Islamist factions, grouped in the Jaish al-Fatah "
                + "coalition, took the city.");
        assertTrue(has(grouped, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), grouped.toString());
        List<Claim> led = extract("Jaysh al-Fatah, the Nusra-led coalition in neighbouring Idlib, took the city.");
        assertTrue(has(led, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), led.toString());
    }

    @Test
    void aUnitOfABodyAndABodyThatPlacedItselfUnderAnotherAreMembers() throws Exception {
        List<Claim> unit = extract("Fighters of Liwa al-Haqq of the Southern Front took Harasta.");
        assertTrue(has(unit, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), unit.toString());
        List<Claim> placed = extract("The Southern Front placed itself under the National Coalition in May.");
        assertTrue(has(placed, "Southern Front", Relation.MEMBER_OF, "National Coalition"), placed.toString());
    }

    @Test
    void coBelligerentsNamedTogetherAreAllies() throws Exception {
        List<Claim> fell = extract("The rebels lost al-Qusayr in June 2013 to the Syrian army and Hezbollah.");
        assertTrue(has(fell, "Hezbollah", Relation.ALLIED_WITH, "Syrian Arab Army"), fell.toString());
        List<Claim> part = extract("Participants reportedly include Liwa al-Tawhid and Jabhat al-Nusra.");
        assertTrue(has(part, "Liwa al-Tawhid", Relation.ALLIED_WITH, "al-Nusra Front"), part.toString());
        List<Claim> by = extract("It was an offensive by several factions, including Jaish al-Islam and al-Nusra.");
        assertTrue(has(by, "Jaysh al-Islam", Relation.ALLIED_WITH, "al-Nusra Front"), by.toString());
        List<Claim> jointly = extract("The offensive is being waged jointly by the YPG and Burkan al-Furat.");
        assertTrue(has(jointly, "People's Protection Units", Relation.ALLIED_WITH, "Euphrates Volcano"),
                jointly.toString());
    }

    @Test
    void theSalvationGovernmentIsKnownByItsShortName() throws Exception {
        List<Claim> cs = extract("The Salvation Government that HTS backs runs Idlib.");
        assertTrue(has(cs, "Syrian Salvation Government", Relation.SUPPORTED_BY, "Hay'at Tahrir al-Sham"),
                cs.toString());
        // an administration a group backs is no ally in the field
        assertFalse(has(cs, "Syrian Salvation Government", Relation.ALLIED_WITH, "Hay'at Tahrir al-Sham"),
                cs.toString());
    }

    @Test
    void aGroupCalledItsLeadersMenIsLedByHim() throws Exception {
        List<Claim> cs = extract("We went in together with Shabab al-Sunna, the men of Ahmad al-Awda, and took the "
                + "town.");
        assertTrue(has(cs, "Shabab al-Sunna", Relation.LED_BY, "Ahmad al-Awda"), cs.toString());
    }

    @Test
    void aStatesShootingDownOfAnotherStatesWarplaneIsAFight() throws Exception {
        List<Claim> cs = extract("Turkey's shooting down of a Russian warplane near the border angered Moscow.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Russia"), cs.toString());
    }

    @Test
    void aStateThatLeftAGroupAloneWasNeverItsMember() throws Exception {
        List<Claim> cs = extract("The Syrian government, which has largely left the Islamic State alone in the east, "
                + "has stepped up air strikes.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void aMonitoringGroupInAnAppositionIsNoArmedGroup() throws Exception {
        List<Claim> cs = extract("The army stepped up air strikes against the Syrian Observatory for Human Rights, a "
                + "monitoring group based in Britain.");
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().contains("Observatory")
                || c.object() != null && c.object().name().contains("Observatory")), cs.toString());
    }

    @Test
    void aPlaceUnderAStandingOccupationIsNoSidesHold() throws Exception {
        List<Claim> cs = extract("Rebels seized the crossing on the frontier with the Israeli-occupied Golan Heights.");
        assertFalse(has(cs, "Israel", Relation.OPERATES_IN, "Golan Heights"), cs.toString());
        List<Claim> held = extract("Rebels shelled the IS-held town of Manbij on Monday.");
        assertTrue(has(held, "Islamic State", Relation.OPERATES_IN, "Manbij"), held.toString());
    }

    @Test
    void fightersReportedToBeFightingAnotherFightIt() throws Exception {
        List<Claim> cs = extract("Fighters of the al-Qaida-linked Nusra Front were also reported to be fighting "
                + "government forces west of Deir al-Adas.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aBomberWhoBlewHimselfUpAtAnArmyCheckpointFoughtTheArmy() throws Exception {
        List<Claim> cs = extract("A Jordanian suicide bomber from Al-Nusra blew himself up at an army checkpoint.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aPlaceAnOfficeStandsInIsNotRunByWhoRunsTheOffice() throws Exception {
        List<Claim> cs = extract("The brigades are funded through the Military Operations Center (MOC) in Amman, run "
                + "by the United States, Jordan and Gulf states.");
        assertFalse(has(cs, "United States", Relation.OPERATES_IN, "Amman"), cs.toString());
        assertFalse(has(cs, "Jordan", Relation.OPERATES_IN, "Amman"), cs.toString());
    }

    @Test
    void theSouthernArmyOfConquestIsNotTheNorthernOne() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah in the South was formed in March. The founding statement listed "
                + "three factions: Ahrar al-Sham, Jabhat al-Nusra and Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah in the South"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void anAllyFoughtAlongsideAgainstAFoeFoughtItToo() throws Exception {
        List<Claim> cs = extract("Ahrar Souriya fought alongside Liwa al-Tawhid, the largest rebel force in the "
                + "north, against regime troops.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Ahrar Souriya"), cs.toString());
    }

    @Test
    void destroyingTheArmysTanksIsFightingTheArmy() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza said its fighters had destroyed two army tanks near Harasta.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void anArmysOwnUnitIsPartOfItNotItsAlly() throws Exception {
        List<Claim> cs = extract("The town was retaken by the Syrian Army and its Fourth Armoured Division.");
        assertTrue(has(cs, "4th Armoured Division", Relation.MEMBER_OF, "Syrian Arab Army"), cs.toString());
        assertFalse(has(cs, "Syrian Arab Army", Relation.ALLIED_WITH, "4th Armoured Division"), cs.toString());
        assertFalse(has(cs, "4th Armoured Division", Relation.ALLIED_WITH, "Syrian Arab Army"), cs.toString());
    }

    @Test
    void unitsOfTheArmyLedOrIncludingAStateForceAreTheArmys() throws Exception {
        List<Claim> cs = extract("Units of the Syrian Arab Army, led by the Tiger Forces, entered Saraqib. The army "
                + "rushed in reinforcements, including units of the Republican Guard and the Fourth Division.");
        assertTrue(has(cs, "Tiger Forces", Relation.MEMBER_OF, "Syrian Arab Army"), cs.toString());
        assertTrue(has(cs, "Republican Guard", Relation.MEMBER_OF, "Syrian government"), cs.toString());
        assertTrue(has(cs, "4th Armoured Division", Relation.MEMBER_OF, "Syrian government"), cs.toString());
    }

    @Test
    void aGroupLedByArmyUnitsIsNoPartOfTheArmy() throws Exception {
        List<Claim> cs = extract("Units of the Syrian Arab Army, led by Hezbollah, entered Saraqib.");
        assertFalse(has(cs, "Hezbollah", Relation.MEMBER_OF, "Syrian Arab Army"), cs.toString());
    }

    @Test
    void aCoalitionFormedLastNovemberWasFoundedThen() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham is also part of the Islamic Front coalition formed last November.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Islamic Front")), cs.toString());
    }

    @Test
    void anAllianceFormedDaysEarlierWasFounded() throws Exception {
        List<Claim> cs = extract("The town is defended by Jaish al-Fustat, an alliance formed days earlier by "
                + "Jabhat al-Nusra and the Fajr al-Umma Brigade.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Jaysh al-Fustat")), cs.toString());
    }

    @Test
    void theGovernmentAloneIsTheSyrianGovernment() throws Exception {
        List<Claim> cs = extract("The Omari Brigades defected to the government at the end of June. The government, "
                + "backed by Russian air power, retook the town.");
        assertTrue(has(cs, "Omari Brigades", Relation.DEFECTED_TO, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void theGovernmentBeforeAHyphenIsAModifierNotTheGovernment() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah, the Islamist alliance, tightened its siege. The villages are "
                + "defended by members of the National Defence Forces, the government-backed militia, who have held "
                + "out since the alliance captured Idlib city.");
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "Idlib"), cs.toString());
        assertFalse(has(cs, "National Defence Forces", Relation.OPERATES_IN, "Idlib"), cs.toString());
    }

    @Test
    void anotherStatesGovernmentIsNotTheSyrianOne() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was backed by the Iraqi government.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Syrian government"), cs.toString());
    }

    @Test
    void aMilitiaAlliedToTheCapitalIsTheGovernmentsAlly() throws Exception {
        List<Claim> cs = extract("Fighters from Harakat al-Nujaba, an Iraqi Shiite militia allied to Damascus, were "
                + "massing in the district. The MOC paid the Southern Front through a military operations centre in "
                + "Amman backed by the United States.");
        assertTrue(has(cs, "Harakat al-Nujaba", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Military Operations Center", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void twoGroupsThatDetonatedExplosivesTogetherAreAllies() throws Exception {
        List<Claim> cs = extract("Fighters from Jabhat al-Nusra and Liwa al-Haqq detonated explosives in tunnels dug "
                + "beneath the barracks.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aMemberNamedAlongWithAnotherAndALeaderWhoWentOnToLead() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq is itself a member of Jaysh al-Izza, along with Ahrar al-Sham. Abu "
                + "Layla later went on to lead the Northern Sun Battalion.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Northern Sun Battalion", Relation.LED_BY, "Abu Layla"), cs.toString());
    }

    @Test
    void alliedForcesNamedWithAPlaceOrAsAlliedAreAllies() throws Exception {
        List<Claim> cs = extract("Government troops in Daraa fight alongside militiamen of the National Defence "
                + "Forces. The town was handed to the YPG and allied Free Syrian Army brigades.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "National Defence Forces"), cs.toString());
        assertTrue(has(cs, "People's Protection Units", Relation.ALLIED_WITH, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aCoalitionThatGroupsFactionsIncludingAHasAAsMember() throws Exception {
        List<Claim> cs = extract("Jaish al-Fatah, or the Army of Conquest, groups hardline Islamist factions including "
                + "Liwa al-Haqq and Ahrar al-Sham.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aPhraseOfTimeBetweenTheSubjectAndItsVerbDoesNotStopTheRule() throws Exception {
        List<Claim> cs = extract("Fifteen factions formed Jaysh al-Izza, which in 2018 joined the National Front for "
                + "Liberation.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
        List<Claim> day = extract("Liwa al-Haqq on Sunday seized the town of Kafr Zita.");
        assertTrue(has(day, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), day.toString());
        List<Claim> years = extract("The Southern Front had for years received weapons and salaries through the "
                + "Military Operations Center in Amman.");
        assertTrue(has(years, "Southern Front", Relation.SUPPORTED_BY, "Military Operations Center"), years.toString());
    }

    @Test
    void aFounderAndCommanderAndOneWhoTookOverTheGroupLeadIt() throws Exception {
        List<Claim> cs = extract("Suqur al-Ghab was formed in 2012. Its founder and commander was Lieutenant "
                + "Colonel Jamil Raadoun. Major Muhammad Mansour, Raadoun's deputy, took over the group in 2015.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED && c.subject().name().equals(
                "Suqur al-Ghab")), cs.toString());
        assertTrue(has(cs, "Suqur al-Ghab", Relation.LED_BY, "Jamil Raadoun"), cs.toString());
        assertTrue(has(cs, "Suqur al-Ghab", Relation.LED_BY, "Muhammad Mansour"), cs.toString());
    }

    @Test
    void aGroupThatLostTerritoryToAnotherFoughtItPastAListOfWhatItLost() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq lost much of its territory, including the Bab al-Hawa crossing, to "
                + "Jaysh al-Izza during fighting last summer.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupsOwnCouncilNamingSomeoneItsLeadersSuccessorMakesHimItsLeader() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza's Shura council named Ahmad Hamdan, a commander known as Abu Hammam, "
                + "as Saleh's successor.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Hamdan"), cs.toString());
    }

    @Test
    void groupsThatReceivedAStatesMadeWeaponsAreBackedByIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza have received American-made anti-tank missiles.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aBranchNamedAfterItsOwnersNounIsItsMember() throws Exception {
        List<Claim> cs = extract("The former al-Qaeda affiliate Liwa al-Haqq seized Harasta.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
        cs = extract("The Islamic State affiliate in the Yarmouk Basin, Jaysh al-Izza, attacked Douma.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Islamic State"), cs.toString());
    }

    @Test
    void theNamedOnesOfMilitiasLoyalToABodyAreAlliedWithIt() throws Exception {
        List<Claim> cs = extract("Militias loyal to the government - among them Liwa al-Haqq and Jaysh al-Izza - "
                + "pushed into the camp from the north.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void placesUnderTheControlOfGroupsAreHeldByEach() throws Exception {
        List<Claim> cs = extract("Harasta and Douma remain under the control of Liwa al-Haqq and Jaysh al-Izza.");
        for (String group : List.of("Liwa al-Haqq", "Jaysh al-Izza")) {
            assertTrue(has(cs, group, Relation.OPERATES_IN, "Harasta"), cs.toString());
            assertTrue(has(cs, group, Relation.OPERATES_IN, "Douma"), cs.toString());
        }
    }

    @Test
    void theFactionsAPlaceIsSaidToIncludeAllOperateThere() throws Exception {
        List<Claim> cs = extract("Factions prominent around Harasta include Liwa al-Haqq, Jaysh al-Izza and Ahrar "
                + "al-Sham.");
        for (String group : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Ahrar al-Sham")) {
            assertTrue(has(cs, group, Relation.OPERATES_IN, "Harasta"), cs.toString());
        }
    }

    @Test
    void theFactionsACoalitionsAppositionIncludesAreItsMembers() throws Exception {
        List<Claim> cs = extract("The NFL, a coalition of Turkish-backed factions including Liwa al-Haqq and "
                + "Jaysh al-Izza, was merged into the Syrian National Army in October.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
    }

    @Test
    void aLeaderToldBesideAGroupsNameLeadsIt() throws Exception {
        List<Claim> cs = extract("In 2016 the brigade joined the Free Idlib Army, with Ahmad Hamdan as its "
                + "commander.");
        assertTrue(has(cs, "Free Idlib Army", Relation.LED_BY, "Ahmad Hamdan"), cs.toString());
    }

    @Test
    void aGroupThatTookAnothersBaseOrHeadquartersFoughtIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters seized the Harasta camp in northern Idlib, the largest base of "
                + "Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq fighters took over the Supreme Military Council's headquarters at the crossing.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Supreme Military Council"), cs.toString());
    }

    @Test
    void aStatesPeopleInThePluralAfterTheStandForItsForces() throws Exception {
        List<Claim> cs = extract("The Russians bombed Liwa al-Haqq positions in Daraa.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Russians employed by private companies bombed Liwa al-Haqq positions in Daraa.");
        assertFalse(cs.stream().anyMatch(c -> c.subject().name().equals("Russia")), cs.toString());
    }

    @Test
    void otherSpellingsOfAGroupAndOfPlacesAreKnown() throws Exception {
        List<Claim> cs = extract("Sootoro fighters clashed with the Asayish in Qamishli. Hezbollah attacked HTS in "
                + "Jurud Arsal. The army retook Baath City.");
        assertTrue(has(cs, "Sutoro", Relation.FOUGHT, "Asayish"), cs.toString());
        assertTrue(has(cs, "Hezbollah", Relation.OPERATES_IN, "Jurud Arsal"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Madinat al-Baath"), cs.toString());
    }

    @Test
    void aGroupUnderAPersonIsLedByHim() throws Exception {
        List<Claim> cs = extract("Government troops and the army's Tiger Forces under Brigadier General Suheil "
                + "al-Hassan advanced on Harasta. Jaysh al-Izza under Major Jamil al-Saleh held Latamneh.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Jamil al-Saleh"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY && c.object() != null
                && c.object().name().equals("Suheil al-Hassan")), cs.toString());
    }

    @Test
    void partOfAGroupsMenJoiningAnotherGroupIsADefection() throws Exception {
        List<Claim> dozens = extract("Several dozen of Liwa al-Haqq's fighters later joined the Russian-backed Fifth "
                + "Corps.");
        assertTrue(has(dozens, "Liwa al-Haqq", Relation.DEFECTED_TO, "Fifth Corps"), dozens.toString());
        List<Claim> some = extract("Some Jaysh al-Izza members who stayed behind joined Ahrar al-Sham.");
        assertTrue(has(some, "Jaysh al-Izza", Relation.DEFECTED_TO, "Ahrar al-Sham"), some.toString());
        List<Claim> most = extract("Most of Liwa al-Haqq's units joined Jaysh al-Izza in 2015.");
        assertFalse(has(most, "Liwa al-Haqq", Relation.DEFECTED_TO, "Jaysh al-Izza"), most.toString());
    }

    @Test
    void aGroupSuppliedWithAStatesGoodsIsBackedByTheState() throws Exception {
        List<Claim> tow = extract("Jaysh al-Izza was one of the factions supplied with American TOW anti-tank "
                + "missiles.");
        assertTrue(has(tow, "Jaysh al-Izza", Relation.SUPPORTED_BY, "United States"), tow.toString());
        List<Claim> armed = extract("Liwa al-Haqq was armed with Saudi weapons.");
        assertTrue(has(armed, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Saudi Arabia"), armed.toString());
        List<Claim> attacked = extract("Liwa al-Haqq attacked factions armed with Turkish weapons.");
        assertFalse(has(attacked, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), attacked.toString());
    }

    @Test
    void pillarsAreMembersAndABannerInAnAppositionOrACoordinatingRoomIsMembership() throws Exception {
        List<Claim> pillars = extract("The Fath al-Mubin operations room was formed in 2019. Its three pillars are "
                + "Hayat Tahrir al-Sham, the National Front for Liberation and Jaysh al-Izza.");
        assertTrue(has(pillars, "Jaysh al-Izza", Relation.MEMBER_OF, "al-Fath al-Mubin"), pillars.toString());
        List<Claim> pillar = extract("Ahrar al-Sham, a pillar of the NFL, sent men.");
        assertTrue(has(pillar, "Ahrar al-Sham", Relation.MEMBER_OF, "National Front for Liberation"),
                pillar.toString());
        List<Claim> banner = extract("The Deir ez-Zor Military Council, an Arab-majority formation that fights under "
                + "the SDF banner, took the town.");
        assertTrue(has(banner, "Deir ez-Zor Military Council", Relation.MEMBER_OF, "Syrian Democratic Forces"),
                banner.toString());
        List<Claim> room = extract("Liwa al-Haqq and Jaysh al-Izza co-ordinate through the Hawar Kilis operations "
                + "room.");
        assertTrue(has(room, "Liwa al-Haqq", Relation.MEMBER_OF, "Hawar Kilis"), room.toString());
    }

    @Test
    void groupsThatMergedSomeTimeAgoToFormOneAndANameAGroupCalledItselfUntilThen() throws Exception {
        List<Claim> merged = extract("Liwa al-Haqq, Ahrar al-Sham and Jaysh al-Izza merged in May to form the Free Idlib "
                + "Army.");
        assertTrue(has(merged, "Ahrar al-Sham", Relation.MERGED_INTO, "Free Idlib Army"), merged.toString());
        List<Claim> until = extract("Liwa al-Haqq, which until June called itself Jaysh al-Izza, attacked Harasta.");
        assertTrue(has(until, "Jaysh al-Izza", Relation.RENAMED_TO, "Liwa al-Haqq"), until.toString());
        List<Claim> called = extract("Liwa al-Haqq, which called itself Jaysh al-Izza until 2014, attacked Harasta.");
        assertTrue(has(called, "Jaysh al-Izza", Relation.RENAMED_TO, "Liwa al-Haqq"), called.toString());
    }

    @Test
    void aPeopleThatSupportsAGroupBacksItAndALeaderNamedWithHisGroupLeads() throws Exception {
        List<Claim> support = extract("The Americans support the SDF east of the Euphrates.");
        assertTrue(has(support, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United States"),
                support.toString());
        List<Claim> led = extract("The Syrian Liberation Front was led by Ahrar al-Sham's Hassan Soufan.");
        assertTrue(has(led, "Syrian Liberation Front", Relation.LED_BY, "Hassan Soufan"), led.toString());
    }

    @Test
    void tiesBrokenOffAreASplitAndAllegianceOthersSayWasSwornIsAllegiance() throws Exception {
        List<Claim> off = extract("Jabhat Fateh al-Sham, which announced in July that it had broken off ties with al "
                + "Qaeda, attacked.");
        assertTrue(has(off, "Jabhat Fatah al-Sham", Relation.SPLIT_FROM, "al-Qaeda"), off.toString());
        List<Claim> sworn = extract("Jaysh Khalid ibn al-Walid, which rebels and monitors say has sworn allegiance to "
                + "the Islamic State, attacked.");
        assertTrue(has(sworn, "Khalid ibn al-Walid Army", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"),
                sworn.toString());
    }

    @Test
    void anAppositionBetweenDashesOrBracketsNamesItsBackerAndAListFightsUnderOneBanner() throws Exception {
        List<Claim> dash = extract("Iraqi fighters from Harakat al-Nujaba - an Iranian-backed group - fought alongside "
                + "the army.");
        assertTrue(has(dash, "Harakat al-Nujaba", Relation.SUPPORTED_BY, "Iran"), dash.toString());
        List<Claim> bracket = extract("Harakat al-Nujaba (an Iranian-backed group) fought alongside the army.");
        assertTrue(has(bracket, "Harakat al-Nujaba", Relation.SUPPORTED_BY, "Iran"), bracket.toString());
        List<Claim> dateline = extract("AMMAN, Jordan (AP) — A U.S.-backed Syrian rebel force that launched a "
                + "surprise offensive withdrew.");
        assertFalse(has(dateline, "Jordan", Relation.SUPPORTED_BY, "United States"), dateline.toString());
        List<Claim> both = extract("Liwa al-Haqq and Jaysh al-Izza, both of which operate under the banner of the "
                + "Southern Front, held Douma.");
        assertTrue(has(both, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), both.toString());
    }

    @Test
    void aGroupsFightersLedByAPersonAreLedByHim() throws Exception {
        List<Claim> led = extract("Liwa al-Haqq was formed in 2013. Hundreds of its fighters, led by Sheikh Ahmad "
                + "Hamdan, fled north into the Afrin region.");
        assertTrue(has(led, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Hamdan"), led.toString());
    }

    @Test
    void aPairARelativeClauseSaysClashedFoughtAndGroupsSendingContingentsAreMembers() throws Exception {
        List<Claim> pair = extract("Rivalry between HTS and Ahrar al-Sham, which clashed in Idlib as recently as "
                + "February, grew.");
        assertTrue(has(pair, "Hay'at Tahrir al-Sham", Relation.FOUGHT, "Ahrar al-Sham"), pair.toString());
        List<Claim> object = extract("Liwa al-Haqq and Jaysh al-Izza, which fought the army for years, agreed a "
                + "truce.");
        assertFalse(has(object, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), object.toString());
        List<Claim> sent = extract("The Sultan Murad Division and the Levant Front have both sent contingents to "
                + "Operation Euphrates Shield.");
        assertTrue(has(sent, "Levant Front", Relation.MEMBER_OF, "Operation Euphrates Shield"), sent.toString());
    }

    @Test
    void aLeaderPutInAnothersPlaceANameAGroupAdoptedAndAPartyAGroupIsAffiliatedWith() throws Exception {
        List<Claim> replaced = extract("Ahrar replaced its general commander, Ali al-Omar, with Hassan Soufan on 1 "
                + "August.");
        assertTrue(has(replaced, "Ahrar al-Sham", Relation.LED_BY, "Hassan Soufan"), replaced.toString());
        List<Claim> adopted = extract("Jabhat Fateh al-Sham, the name adopted in July by the al-Nusra Front, "
                + "attacked.");
        assertTrue(has(adopted, "al-Nusra Front", Relation.RENAMED_TO, "Jabhat Fatah al-Sham"), adopted.toString());
        List<Claim> party = extract("The Khabour Guards, which is affiliated with the Assyrian Democratic Party, held "
                + "the village.");
        assertTrue(has(party, "Khabour Guards", Relation.MEMBER_OF, "Assyrian Democratic Party"), party.toString());
    }

    @Test
    void anAppositionWithTheOrAPeoplesAdjectiveStillTellsTheGroupsIdeology() throws Exception {
        List<Claim> the = extract("Ahrar al-Sham, the powerful Salafist movement, welcomed the move.");
        assertTrue(has(the, "Ahrar al-Sham", Relation.IDEOLOGY, "Salafism"), the.toString());
        List<Claim> people = extract("Ansar al-Sham, a mostly Syrian Salafist brigade, attacked.");
        assertTrue(has(people, "Ansar al-Sham", Relation.IDEOLOGY, "Salafism"), people.toString());
        List<Claim> broad = extract("It has not joined Hay'at Tahrir al-Sham, the jihadist alliance formed in "
                + "January.");
        assertFalse(has(broad, "Hay'at Tahrir al-Sham", Relation.IDEOLOGY, "Jihadism"), broad.toString());
    }

    @Test
    void aUnitOfAStateForceAForceTiedToAPartyAndMenAbsorbedIntoAnother() throws Exception {
        List<Claim> unit = extract("Liwa al-Haqq, a unit of the Republican Guard, attacked.");
        assertTrue(has(unit, "Liwa al-Haqq", Relation.MEMBER_OF, "Republican Guard"), unit.toString());
        List<Claim> tied = extract("The Eagles of the Whirlwind, a smaller force tied to the Syrian Social Nationalist "
                + "Party, attacked.");
        assertTrue(has(tied, "Eagles of the Whirlwind", Relation.MEMBER_OF, "Syrian Social Nationalist Party"),
                tied.toString());
        List<Claim> men = extract("Liwa al-Haqq was dissolved, with most of its men absorbed into the Fifth Corps.");
        assertTrue(has(men, "Liwa al-Haqq", Relation.MERGED_INTO, "Fifth Corps"), men.toString());
    }

    @Test
    void aRelativeClauseClosingAnAppositionSpeaksOfTheNamedGroup() throws Exception {
        List<Claim> side = extract("The Wagner Group, a shadowy private military company that has fought in Syria on "
                + "the side of the government since 2015, denied it.");
        assertTrue(has(side, "Wagner Group", Relation.ALLIED_WITH, "Syrian government"), side.toString());
        List<Claim> routed = extract("Liwa al-Haqq, a rival Islamist faction that was routed by Jaysh al-Islam in "
                + "July, denied it.");
        assertTrue(has(routed, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Islam"), routed.toString());
        List<Claim> named = extract("Liwa al-Haqq, a rival of Jaysh al-Izza that was routed by Jaysh al-Islam in "
                + "July, denied it.");
        assertFalse(has(named, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Islam"), named.toString());
    }

    @Test
    void aSidesOwnMilitiaOrProxyNamedInAppositionIsItsAllyOrClient() throws Exception {
        List<Claim> militia = extract("The airport remains in the hands of the Syrian government and its loyalist "
                + "militia, the National Defence Forces.");
        assertTrue(has(militia, "National Defence Forces", Relation.ALLIED_WITH, "Syrian government"),
                militia.toString());
        List<Claim> proxy = extract("Turkey and its Syrian proxy force, the Syrian National Army, crossed the border.");
        assertTrue(has(proxy, "Syrian National Army", Relation.SUPPORTED_BY, "Turkey"), proxy.toString());
        List<Claim> pro = extract("Liwa al-Haqq (the Brigade of Truth), a pro-government militia, fought in Latakia.");
        assertTrue(has(pro, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), pro.toString());
    }

    @Test
    void anAdvanceAgainstAUnitNamedAfterItsUmbrellaAndTheLeadershipOfAGroup() throws Exception {
        List<Claim> advance = extract("Syrian government troops backed by Russian air power have been advancing "
                + "against Jaysh al-Izza.");
        assertTrue(has(advance, "Syrian government", Relation.FOUGHT, "Jaysh al-Izza"), advance.toString());
        List<Claim> unit = extract("Liwa al-Haqq is backed by another SDF component, the Syriac Military Council.");
        assertTrue(has(unit, "Syriac Military Council", Relation.MEMBER_OF, "Syrian Democratic Forces"),
                unit.toString());
        List<Claim> leadership = extract("Liwa al-Haqq pledged allegiance to the leadership of the Taliban.");
        assertTrue(has(leadership, "Liwa al-Haqq", Relation.PLEDGED_ALLEGIANCE_TO, "Taliban"), leadership.toString());
    }

    @Test
    void aKinsmansGivenNameBeforeAKnownFamilyNameIsAnotherMan() throws Exception {
        List<Claim> kin = extract("Hilal al-Assad, the commander of the NDF in Latakia, was killed.");
        assertTrue(has(kin, "National Defence Forces", Relation.LED_BY, "Hilal al-Assad"), kin.toString());
        assertFalse(has(kin, "National Defence Forces", Relation.LED_BY, "Bashar al-Assad"), kin.toString());
        List<Claim> titled = extract("President al-Assad leads the Syrian government.");
        assertTrue(has(titled, "Syrian government", Relation.LED_BY, "Bashar al-Assad"), titled.toString());
    }

    @Test
    void aStatesCampaignACoalitionNamedByItsFoeAndAFoeNamedAfterGenericRebels() throws Exception {
        List<Claim> campaign = extract("It was the first sustained Russian air campaign against Jaysh al-Izza.");
        assertTrue(has(campaign, "Russia", Relation.FOUGHT, "Jaysh al-Izza"), campaign.toString());
        List<Claim> coalition = extract("The strikes were carried out by the US-led coalition against ISIL.");
        assertTrue(has(coalition, "US-led coalition", Relation.FOUGHT, "Islamic State"), coalition.toString());
        List<Claim> generic = extract("Government forces and Hezbollah recaptured Harasta from rebels and Jaysh "
                + "al-Islam.");
        assertTrue(has(generic, "Hezbollah", Relation.FOUGHT, "Jaysh al-Islam"), generic.toString());
    }

    @Test
    void aPatronRunsItsClientOrWorksThroughIt() throws Exception {
        List<Claim> through = extract("The Iranians work through Liwa al-Haqq in Douma.");
        assertTrue(has(through, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Iran"), through.toString());
        List<Claim> run = extract("Liwa al-Haqq, which the Iranians run, took Harasta.");
        assertTrue(has(run, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Iran"), run.toString());
        List<Claim> first = extract("Backed by Turkish air support and by Jaysh al-Islam, Liwa al-Haqq advanced on "
                + "Douma.");
        assertTrue(has(first, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), first.toString());
    }

    @Test
    void aNewNameToldAsAPredicateOrAnAsideAndAGroupMadeOfAnothersBreakaways() throws Exception {
        List<Claim> predicate = extract("Liwa al-Izza is the new name adopted in July by Liwa al-Haqq.");
        assertTrue(has(predicate, "Liwa al-Haqq", Relation.RENAMED_TO, "Liwa al-Izza"), predicate.toString());
        List<Claim> aside = extract("The attack was led by Liwa al-Izza - the name Liwa al-Haqq, a Douma faction, "
                + "adopted in 2015.");
        assertTrue(has(aside, "Liwa al-Haqq", Relation.RENAMED_TO, "Liwa al-Izza"), aside.toString());
        List<Claim> breakaways = extract("Liwa al-Haqq is made up largely of commanders who broke with Jaysh "
                + "al-Islam.");
        assertTrue(has(breakaways, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Islam"), breakaways.toString());
    }

    @Test
    void membersNamedInAppositionAfterAPrepositionInAListOrAfterTheirUmbrellasGroups() throws Exception {
        List<Claim> one = extract("The assault was led by Liwa al-Haqq, one of the SDF's Arab components.");
        assertTrue(has(one, "Liwa al-Haqq", Relation.MEMBER_OF, "Syrian Democratic Forces"), one.toString());
        List<Claim> now = extract("It was backed by Liwa al-Haqq, now part of the Islamic Front.");
        assertTrue(has(now, "Liwa al-Haqq", Relation.MEMBER_OF, "Islamic Front"), now.toString());
        List<Claim> list = extract("Contingents such as Jaysh al-Izza and Liwa al-Haqq are part of the Southern "
                + "Front.");
        assertTrue(has(list, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), list.toString());
        List<Claim> among = extract("Among the Fatah Halab groups, Liwa al-Haqq has received the most weapons.");
        assertTrue(has(among, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), among.toString());
        List<Claim> founders = extract("Liwa al-Haqq and fourteen other FSA factions announced the formation of "
                + "Jaysh al-Izza.");
        assertTrue(has(founders, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), founders.toString());
        assertTrue(has(founders, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), founders.toString());
    }

    @Test
    void anAllyNamedAfterOrTheirIsAnAlly() throws Exception {
        List<Claim> or = extract("Russia warned Iranian forces or their Lebanese ally Hezbollah.");
        assertTrue(has(or, "Iran", Relation.ALLIED_WITH, "Hezbollah"), or.toString());
    }

    @Test
    void aFoundingToldByItsMakerItsRelativeYearOrSinceItsFounding() throws Exception {
        List<Claim> maker = extract("Liwa al-Haqq joined Jaysh al-Izza, which Jaysh al-Islam had set up in late "
                + "2014.");
        assertTrue(founded(maker, "Jaysh al-Izza", null), maker.toString());
        List<Claim> year = extract("Liwa al-Haqq, a battalion of foreign fighters established the previous year, "
                + "attacked Harasta.");
        assertTrue(founded(year, "Liwa al-Haqq", null), year.toString());
        List<Claim> since = extract("Liwa al-Haqq, led by Ahmad Hamdan since its founding in 1998, attacked.");
        assertTrue(founded(since, "Liwa al-Haqq", "1998"), since.toString());
    }

    @Test
    void aGroupNamedAsItsCommandersMenIsLedByHim() throws Exception {
        List<Claim> men = extract("The town fell to Liwa al-Haqq, Ahmad Hamdan's men.");
        assertTrue(has(men, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Hamdan"), men.toString());
    }

    @Test
    void allegianceOfAGroupsLeadersOrToAGroupsEmirIsTheGroups() throws Exception {
        List<Claim> leaders = extract("Liwa al-Haqq, whose leaders have pledged allegiance to al-Qaeda, attacked.");
        assertTrue(has(leaders, "Liwa al-Haqq", Relation.PLEDGED_ALLEGIANCE_TO, "al-Qaeda"), leaders.toString());
        List<Claim> emir = extract("Liwa al-Haqq pledged allegiance to the emir of Jaysh al-Izza and was absorbed.");
        assertTrue(has(emir, "Liwa al-Haqq", Relation.PLEDGED_ALLEGIANCE_TO, "Jaysh al-Izza"), emir.toString());
    }

    @Test
    void aDatelinesPlaceFillsNoPlaceSlot() throws Exception {
        List<Claim> cs = extract("BEIRUT, May 3 (Reuters) - Harasta, the stronghold of Jaysh al-Islam, fell.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Harasta"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Beirut"), cs.toString());
    }

    @Test
    void aNounThatClassesTheNamedGroupStandsBetweenItAndItsVerb() throws Exception {
        List<Claim> relative = extract("Liwa al-Haqq joined the Jaysh al-Izza coalition that drove government troops "
                + "from Harasta.");
        assertTrue(has(relative, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), relative.toString());
        List<Claim> subject = extract("The Jaysh al-Izza alliance attacked Liwa al-Haqq in Harasta.");
        assertTrue(has(subject, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), subject.toString());
    }

    @Test
    void theNationalDefenceMilitiaAndForceAreTheNationalDefenceForces() throws Exception {
        List<Claim> militia = extract("The army and its National Defence militia collapsed in several neighbourhoods "
                + "of Hasakah.");
        assertTrue(has(militia, "Syrian government", Relation.ALLIED_WITH, "National Defence Forces"),
                militia.toString());
        List<Claim> force = extract("The National Defence Force fought alongside the army in Homs.");
        assertTrue(has(force, "National Defence Forces", Relation.ALLIED_WITH, "Syrian government"), force.toString());
    }

    @Test
    void aBackedBodyAfterWithIsAFoeOrRivalNotGoodsReceived() throws Exception {
        List<Claim> clashed = extract("Liwa al-Haqq clashed with Turkish-backed rebels near Douma.");
        assertFalse(has(clashed, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), clashed.toString());
        List<Claim> competes = extract("Liwa al-Haqq competes with Jaysh al-Izza and with Russia-backed formations.");
        assertFalse(has(competes, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Russia"), competes.toString());
        List<Claim> armed = extract("Liwa al-Haqq fought with US-supplied missiles.");
        assertTrue(has(armed, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), armed.toString());
    }

    @Test
    void aPlaceNamedByItsStrongestGroupOrItsDefendersIsWhereTheyOperate() throws Exception {
        List<Claim> main = extract("The main faction in Douma was Jaysh al-Izza.");
        assertTrue(has(main, "Jaysh al-Izza", Relation.OPERATES_IN, "Douma"), main.toString());
        List<Claim> defending = extract("Opposition fighters defending Harasta include Liwa al-Haqq.");
        assertTrue(has(defending, "Liwa al-Haqq", Relation.OPERATES_IN, "Harasta"), defending.toString());
        List<Claim> led = extract("The assault on Douma, which began in March, is spearheaded by Liwa al-Haqq.");
        assertTrue(has(led, "Liwa al-Haqq", Relation.OPERATES_IN, "Douma"), led.toString());
        List<Claim> formed = extract("Liwa al-Haqq, formed in Harasta in 2013, held the town.");
        assertTrue(has(formed, "Liwa al-Haqq", Relation.OPERATES_IN, "Harasta"), formed.toString());
    }

    @Test
    void aPlaceTheSentenceOnlyRefersToIsNotNamedByItsStrongestGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq attacked Harasta. Among the groups defending it were Jaysh al-Izza "
                + "and Jaysh al-Islam. Later the dominant armed actor in the town was Jaysh al-Izza.");
        assertTrue(cs.stream().noneMatch(c -> c.method().equals("rule:operates-defending-include")
                || c.method().equals("rule:operates-main-faction-in-was")), cs.toString());
    }

    @Test
    void aCoalitionsLeaderCoreAndParenthesisedListAreItsMembers() throws Exception {
        List<Claim> led = extract("The Fatah Halab operations room, led by Liwa al-Haqq, claimed the raid.");
        assertTrue(has(led, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), led.toString());
        List<Claim> core = extract("The Fatah Halab operations room, created in May around Liwa al-Haqq, claimed "
                + "the raid.");
        assertTrue(has(core, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), core.toString());
        List<Claim> list = extract("The Fatah Halab operations room (Liwa al-Haqq, Jaysh al-Izza) claimed the raid.");
        assertTrue(has(list, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), list.toString());
        List<Claim> translated = extract("The Fatah Halab operations room (Ghurfat Halab) claimed the raid.");
        assertTrue(translated.stream().noneMatch(c -> c.relation() == Relation.MEMBER_OF), translated.toString());
        List<Claim> unit = extract("Liwa al-Haqq was set up in 2013, originally as a unit within Jaysh al-Izza.");
        assertTrue(has(unit, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), unit.toString());
    }

    @Test
    void alliedMilitiasNamedAfterTheArmyAndGroupsAStateBacksAreNamedAsSuch() throws Exception {
        List<Claim> allied = extract("Harasta was taken by government forces and allied militias, among them "
                + "Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(allied, "Syrian government", Relation.ALLIED_WITH, "Jaysh al-Izza"), allied.toString());
        List<Claim> backs = extract("Turkey, which backs several factions in the northern countryside, including "
                + "Liwa al-Haqq, objected.");
        assertTrue(has(backs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), backs.toString());
    }

    @Test
    void formerNamesSplitsByLeaversAndAnnouncedSplitsAreRead() throws Exception {
        List<Claim> formerly = extract("Jaysh al-Izza, formerly Liwa al-Haqq, advanced on Harasta.");
        assertTrue(has(formerly, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), formerly.toString());
        List<Claim> dash = extract("Fighters of Jaysh al-Izza - the former Liwa al-Haqq - attacked Harasta.");
        assertTrue(has(dash, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), dash.toString());
        List<Claim> left = extract("Liwa al-Haqq was founded in February 2018 by veterans who left Jaysh al-Izza.");
        assertTrue(has(left, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), left.toString());
        List<Claim> split = extract("Liwa al-Haqq announced a split from Jaysh al-Izza in July.");
        assertTrue(has(split, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), split.toString());
        List<Claim> post = extract("Liwa al-Haqq pushed toward Douma, where Turkey maintains one of its observation "
                + "posts.");
        assertTrue(has(post, "Turkey", Relation.OPERATES_IN, "Douma"), post.toString());
    }

    @Test
    void aMergersPartnersAndTheMergedNamedAfterTheNewGroupMergeIntoIt() throws Exception {
        List<Claim> partner = extract("In May 2016 they merged with Liwa al-Haqq and others into Jaysh al-Izza.");
        assertTrue(has(partner, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), partner.toString());
        List<Claim> merger = extract("Jaysh al-Izza was announced on 28 January 2017 as a merger of Liwa al-Haqq and "
                + "Jaysh al-Islam.");
        assertTrue(has(merger, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), merger.toString());
        assertTrue(has(merger, "Jaysh al-Islam", Relation.MERGED_INTO, "Jaysh al-Izza"), merger.toString());
    }

    @Test
    void fightersOrUnitsOfASideInClashesBetweenStandForIt() throws Exception {
        List<Claim> cs = extract("Clashes were reported between Liwa al-Haqq fighters and units of Jaysh al-Izza "
                + "near Douma.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupThatLeadsACoalitionIsInItAndADoubleDashSetsOffAFormerName() throws Exception {
        List<Claim> leads = extract("Liwa al-Haqq leads the Islamic Front in Douma.");
        assertTrue(has(leads, "Liwa al-Haqq", Relation.MEMBER_OF, "Islamic Front"), leads.toString());
        List<Claim> notCoalition = extract("Liwa al-Haqq led Jaysh al-Izza into battle.");
        assertFalse(has(notCoalition, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), notCoalition.toString());
        List<Claim> former = extract("Jaysh al-Izza -- the former Liwa al-Haqq -- attacked Douma.");
        assertTrue(has(former, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), former.toString());
    }

    @Test
    void aCoalitionsOtherFactionsAttackedAndASideBlamedForAnAttackAreFoes() throws Exception {
        List<Claim> other = extract("In 2019 Liwa al-Haqq routed Jaysh al-Izza and other Islamic Front factions.");
        assertTrue(has(other, "Liwa al-Haqq", Relation.FOUGHT, "Islamic Front"), other.toString());
        List<Claim> blamed = extract("Liwa al-Haqq blamed Jaysh al-Izza for the shelling of Douma.");
        assertTrue(has(blamed, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), blamed.toString());
    }

    @Test
    void aGroupsCommanderInAPlaceAndAManWithHisGroupInParenthesesAreRead() throws Exception {
        List<Claim> place = extract("A Liwa al-Haqq commander in Harasta said by phone that the road was cut.");
        assertTrue(has(place, "Liwa al-Haqq", Relation.OPERATES_IN, "Harasta"), place.toString());
        List<Claim> parens = extract("Present were Ahmad Hamdan (Liwa al-Haqq) and Abu Issa (Jaysh al-Izza).");
        assertTrue(has(parens, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Hamdan"), parens.toString());
        List<Claim> under = extract("Liwa al-Haqq was formed in 2013 under the leadership of Ahmad Hamdan.");
        assertTrue(has(under, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Hamdan"), under.toString());
    }

    @Test
    void supportThroughAPatronAndUnitsNamedOfACoalitionOrFormedWithinItAreRead() throws Exception {
        List<Claim> through = extract("Some of the Liwa al-Haqq brigades receive weapons through Turkey.");
        assertTrue(has(through, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), through.toString());
        List<Claim> units = extract("Units of the Islamic Front, in particular Liwa al-Haqq and Jaysh al-Izza, held "
                + "Douma.");
        assertTrue(has(units, "Jaysh al-Izza", Relation.MEMBER_OF, "Islamic Front"), units.toString());
        List<Claim> within = extract("In 2017 volunteers formed Liwa al-Haqq within the Fifth Corps.");
        assertTrue(has(within, "Liwa al-Haqq", Relation.MEMBER_OF, "Fifth Corps"), within.toString());
        List<Claim> wing = extract("Jaysh al-Izza stood up an Iraqi wing, Liwa al-Haqq.");
        assertTrue(has(wing, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), wing.toString());
    }

    @Test
    void aPlaceNameHeadBeforeAKnownPlacesNameMakesAnotherPlace() throws Exception {
        List<Claim> cs = extract("In January Liwa al-Haqq attacked positions of Jaysh al-Izza in Kafr Halab.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Halab"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.object() != null && (Texts.named(c.object(), "Kafr")
                || Texts.named(c.object(), "Aleppo"))), cs.toString());
    }

    @Test
    void aFormationNamedAsANounIsAFounding() throws Exception {
        List<Claim> cs = extract("After the formation of Jaysh al-Izza in January 2017, Liwa al-Haqq split.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && Texts.named(c.subject(), "Jaysh al-Izza")), cs.toString());
    }

    @Test
    void alliesNamedAmongMilitiasNextToOrLendingMenAreAllies() throws Exception {
        List<Claim> including = extract("Liwa al-Haqq, fighting alongside Hezbollah and Iranian-backed militias "
                + "including Jaysh al-Izza, took Douma.");
        assertTrue(has(including, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), including.toString());
        List<Claim> next = extract("Liwa al-Haqq fighters were fighting next to Jaysh al-Izza in Douma.");
        assertTrue(has(next, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), next.toString());
        List<Claim> men = extract("The Liwa al-Haqq fighters, backed by men from Jaysh al-Izza, stormed the school.");
        assertTrue(has(men, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), men.toString());
    }

    @Test
    void aGroupWhoseBasesWereOverrunFoughtTheAttackersAndClashesMayNameSeveralFoes() throws Exception {
        List<Claim> bases = extract("Jaysh al-Izza, whose headquarters in Maarat al-Numan were overrun by Liwa "
                + "al-Haqq in March, protested.");
        assertTrue(has(bases, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), bases.toString());
        List<Claim> clashes = extract("Heavy clashes between Liwa al-Haqq and Jaysh al-Izza and Jaysh al-Islam were "
                + "reported.");
        assertTrue(has(clashes, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Islam"), clashes.toString());
    }

    @Test
    void aGroupsBranchInAListStandsForTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and the Idlib branch of Jaysh al-Islam swore allegiance to the "
                + "Islamic State.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.PLEDGED_ALLEGIANCE_TO, "Islamic State"), cs.toString());
    }

    @Test
    void aNewNameAdoptedIsReadPastItself() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was itself the new name adopted in July last year by Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theMovementIsTheGroupWhoseFullNameSaysMovementEvenWhenWrittenShort() throws Exception {
        List<Claim> cs = extract("Nour al-Din al-Zenki Movement fighters withdrew. Ahrar, for its part, absorbed "
                + "whatever it could. In January Jaysh al-Izza and Liwa al-Haqq folded themselves into the movement.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Ahrar al-Sham"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Nour al-Din al-Zenki Movement"), cs.toString());
    }

    @Test
    void aGroupWhoseOwnNameSaysItsKindIsNotTakenForAnotherKindByAnAlias() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fought in Douma. Jabhat al-Akrad stayed out of it. The brigade is led "
                + "by Ahmad Hamdan.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Hamdan"), cs.toString());
    }

    @Test
    void aGroupThatNoLongerExistsIsDissolvedNotANegatedClaim() throws Exception {
        for (String text : List.of("Liwa al-Haqq no longer exists.", "Liwa al-Haqq does not exist any more.",
                "By the end of July there was no Liwa al-Haqq any more.")) {
            List<Claim> cs = extract(text);
            assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.DISSOLVED && !c.negated()
                    && Texts.named(c.subject(), "Liwa al-Haqq")), text + " " + cs);
        }
    }

    @Test
    void aNameOpenedByUmmIsAPlaceThoughTheTaggerCallsUmmAnInterjection() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters captured the village of Umm Hosh on Sunday.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Umm Hosh"), cs.toString());
    }

    @Test
    void aGroupsFighterActsForTheGroup() throws Exception {
        List<Claim> cs = extract("A Jaish al-Izza fighter fires a heavy machine gun near Kafr Nabudah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Nabudah"), cs.toString());
    }

    @Test
    void aBranchNamedForItsPlaceHasTheGroupThere() throws Exception {
        List<Claim> cs = extract("The Douma branch of Liwa al-Haqq refused the deal on Monday.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Douma"), cs.toString());
    }

    @Test
    void groupsThatCoordinateThroughAnOperationsRoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq coordinates with Jaysh al-Izza through the joint Fatah Halab operations "
                + "room.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        cs = extract("Through the Fatah Halab operations room, Liwa al-Haqq units coordinate with Jaysh al-Izza.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void theNamesACoalitionsDashOpensAreItsMembers() throws Exception {
        List<Claim> cs = extract("But the main force was Fatah Halab - Liwa al-Haqq, Jaysh al-Izza and Ahrar al-Sham.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Ahrar al-Sham")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Fatah Halab"), g + " " + cs);
        }
    }

    @Test
    void aSecondNameAfterACoalitionsDashIsNoMember() throws Exception {
        List<Claim> cs = extract("One of its units was Fatah Halab - Liwa al-Haqq in some translations.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void theGroupsThatCoordinateInARoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("The attack was planned in the Fatah Halab operations room, in which Liwa al-Haqq, "
                + "Ahrar al-Sham and Jaysh al-Izza coordinate.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Ahrar al-Sham")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Fatah Halab"), g + " " + cs);
        }
    }

    @Test
    void aGroupNamedAlongWithAMemberIsAMemberToo() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq's successor is itself a member of the Islamic Front, along with Jaysh "
                + "al-Izza.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        cs = extract("We fought as part of Fatah Halab together with Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void theLargestOfACoalitionsFactionsIsItsMember() throws Exception {
        List<Claim> cs = extract("The Islamic Front was formed in 2013 by a group of factions, the largest of which is "
                + "Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void russianAirpowerWrittenAsOneWordIsRussia() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters, backed by Russian airpower, captured Harasta.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void theGroupsOfACoalitionDescribedByWhereItIsBasedAreItsMembers() throws Exception {
        List<Claim> cs = extract("It was founded with the blessing of Fatah Halab, the Aleppo-based alliance of Liwa "
                + "al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void aBackboneThatRemainsIsAMember() throws Exception {
        List<Claim> cs = extract("Fatah Halab, whose backbone remains Liwa al-Haqq, took the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void aPlaceThatIsHomeToGroupsHasThemThereButNotItsPeople() throws Exception {
        List<Claim> cs = extract("The Ghab is also home to Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "al-Ghab Plain"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "al-Ghab Plain"), cs.toString());
        cs = extract("Douma is home to three million people.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.OPERATES_IN), cs.toString());
    }

    @Test
    void aCapitalWithAnAllyIsItsGovernment() throws Exception {
        List<Claim> cs = extract("The Kurds turned to Damascus and its ally Moscow.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Russia"), cs.toString());
        cs = extract("Russia, Damascus' main ally, vetoed the resolution.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Russia"), cs.toString());
        cs = extract("He lived in Damascus and his family moved to Homs.");
        assertTrue(cs.stream().noneMatch(c -> Texts.named(c.subject(), "Syrian government")
                || Texts.named(c.object(), "Syrian government")), cs.toString());
    }

    @Test
    void aHeadOfStateOneIsLoyalToOrSupportsStandsForHisState() throws Exception {
        List<Claim> cs = extract("Russia began its air campaign on Sept. 30 in support of President Bashar al-Assad.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Liwa al-Haqq, a militia loyal to President Bashar al-Assad, took Harasta.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("Moscow, which launched its air campaign in Syria on September 30 in support of President Bashar "
                + "al-Assad, denied it.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aHeadOfStateWhoActsIsTheMan() throws Exception {
        List<Claim> cs = extract("President Bashar al-Assad met Liwa al-Haqq commanders and said the army would retake "
                + "Harasta.");
        assertTrue(cs.stream().noneMatch(c -> Texts.named(c.subject(), "Syrian government")
                && c.subject().mention().contains("Bashar")), cs.toString());
    }

    @Test
    void aLeaderNamedAsThenLeaderLedTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq's then leader Ahmad Hamdan had long been at odds with Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Hamdan"), cs.toString());
    }

    @Test
    void aPlaceThatFellWithADateBeforeToAGroupsFightersIsHeldByIt() throws Exception {
        List<Claim> cs = extract("The town of Harasta fell in November 2012 to fighters from Liwa al-Haqq.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && Texts.named(c.subject(), "Liwa al-Haqq") && Texts.named(c.object(), "Harasta")
                && c.method().equals("rule:operates-fell-to")), cs.toString());
    }

    @Test
    void aNameThenKnownIsTheFormerName() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, then known as Liwa al-Haqq, took Harasta in 2014.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void mortarsFiredTowardsAGroupsPositionsFightIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters fired mortars towards Jaysh al-Izza positions.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aBodyCalledNewlyFormedOrMadeByAMergerIsFounded() throws Exception {
        for (String text : List.of("In May they announced a newly formed rebel coalition calling itself Jaysh al-Izza.",
                "The attack was claimed by the newly declared Jaysh al-Izza.",
                "Jaysh al-Izza, then a newly formed coalition led by Ahmad Hamdan, took Harasta.",
                "The unit was founded in February 2012 as Jaysh al-Izza by Ahmad Hamdan.",
                "The group, which in September 2013 absorbed dozens of smaller factions to become Jaysh al-Izza, took "
                        + "Harasta.",
                "The factions announced that they were dissolving into a single body, Jaysh al-Izza.")) {
            assertTrue(founded(extract(text), "Jaysh al-Izza", null), text);
        }
        assertFalse(founded(extract("The group was formed as a counterweight to Jaysh al-Izza."), "Jaysh al-Izza",
                null));
    }

    @Test
    void aGroupThatDissolvedItselfInsideAnotherMergedIntoIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq joined us and dissolved itself inside Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aFactionVettedForAStatesProgrammeIsSupportedByIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was one of the factions vetted for the US-led support programme.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void thePlacesACaptureIncludesPastWhereTheyLieAreHeld() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq had also taken several villages east of Douma, including Jarjanaz.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Jarjanaz"), cs.toString());
    }

    @Test
    void theGroupsThatProGovernmentForcesIncludeAreTheGovernmentsAllies() throws Exception {
        List<Claim> cs = extract("Pro-government forces that included Lebanon's Hezbollah and Liwa al-Quds stormed "
                + "Harasta.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Quds", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("The pro-government militias, including the National Defence Forces, pushed north.");
        assertTrue(has(cs, "National Defence Forces", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("Pro-government militias, including Liwa al-Quds, attacked Jaysh al-Izza in Harasta.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aSingleFighterFromAGroupActsForIt() throws Exception {
        List<Claim> cs = extract("A fighter from Jaysh al-Izza fires a mortar towards government positions near "
                + "Harasta.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void theNameAFormerGroupAdoptedIsItsNewName() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza is the name the former Liwa al-Haqq adopted on July 28.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupFormedByAnotherGroupsFormerMembersSplitFromIt() throws Exception {
        List<Claim> cs = extract("The town fell to Jaysh al-Izza, a hardline group formed by former Liwa al-Haqq "
                + "members.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void largePartsOfACountryAreNoMembershipOfItsForces() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, the ultra-radical group that controls large parts of eastern Syria, "
                + "attacked Harasta.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
        cs = extract("The Tiger Forces, part of the Syrian army, attacked Harasta.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void aCoalitionThatCollapsedIsDissolved() throws Exception {
        List<Claim> cs = extract("Within three weeks Fatah Halab, the loose coalition of factions that had held the "
                + "city, had collapsed.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.DISSOLVED && named(c.subject(), "Fatah Halab")),
                cs.toString());
        cs = extract("The ceasefire collapsed when Jaysh al-Izza attacked Harasta.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.DISSOLVED), cs.toString());
    }

    @Test
    void aGroupThatWentToWarWithAnotherFoughtIt() throws Exception {
        List<Claim> cs = extract("The attack came days after Jaysh al-Izza went to war with its main rival in Idlib, "
                + "Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aManWhoSteppedDownAsAGroupsCommanderLedIt() throws Exception {
        List<Claim> cs = extract("Ahmad Hamdan stepped down as Jaysh al-Izza's general commander on Monday.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Hamdan"), cs.toString());
    }

    @Test
    void aGroupThatJoinsAStatesForceIsItsMember() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza joined the Russian-sponsored Fifth Corps in 2018.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fifth Corps"), cs.toString());
    }

    @Test
    void theGroupsThatRepulsedASidesAttacksFoughtIt() throws Exception {
        List<Claim> cs = extract("Government attacks on the hill, which the army captured in October, were repulsed "
                + "by Jaysh al-Izza and Liwa al-Haqq.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void theArmyOfConquestInQalamounIsNotTheIdlibArmyOfConquest() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah in Qalamoun was announced in early May.");
        assertTrue(founded(cs, "Army of Conquest in Qalamoun", null), cs.toString());
        assertFalse(founded(cs, "Jaysh al-Fatah", null), cs.toString());
    }

    @Test
    void theIraqiPopularMobilisationForcesGoByTheHashed() throws Exception {
        List<Claim> cs = extract("The Hashed was formed in 2014.");
        assertTrue(founded(cs, "Popular Mobilization Forces", null), cs.toString());
    }

    @Test
    void aLongRollOfParticipantsIsNoSetOfAlliances() throws Exception {
        List<Claim> cs = extract("Participating factions included Jaysh al-Izza, Liwa al-Haqq, Ahrar al-Sham, "
                + "the Levant Front and Faylaq al-Sham.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), cs.toString());
        cs = extract("Participants reportedly include Jaysh al-Izza, Liwa al-Haqq and Ahrar al-Sham.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aSideThatBrokeThroughWithAGroupIsItsAlly() throws Exception {
        List<Claim> cs = extract("The regime, with Hezbollah and with Russian air cover, broke through to Harasta.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
    }

    @Test
    void theOneAPossessorsPartnerRemainsIsItsAlly() throws Exception {
        List<Claim> cs = extract("The government's principal partner in the south-west remains Russia.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Russia"), cs.toString());
    }

    @Test
    void aSplinterNamedAfterItsParentSplitFromIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, the Liwa al-Haqq splinter faction that Ahmad Hamdan had brought with "
                + "him, attacked Harasta.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "Liwa al-Haqq"), cs.toString());
        cs = extract("Jaysh al-Izza, a Liwa al-Haqq brigade, attacked Harasta.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aGroupThatSurvivedAsTheTargetOfStrikesWasFoughtByTheStriker() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza has survived mainly as the target of US drone strikes.");
        assertTrue(has(cs, "United States", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void bothSidesOfClashesNamedAfterThePlaceOperateThere() throws Exception {
        List<Claim> cs = extract("Clashes continued near Harasta between Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Harasta"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Harasta"), cs.toString());
    }

    @Test
    void anAgentEndingOneItemOfAnOuterSemicolonListIsNoListOfAgents() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza lost the town to a rebel force. They included Liwa al-Haqq, a faction "
                + "long funded and armed by Ankara; Suqour al-Sham; and Ahrar al-Sham.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Suqour al-Sham"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Liwa al-Haqq, formed in 2013 under the umbrella of the Islamic Front and led by Abu Khaled "
                + "al-Homsi, fought in Homs.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Khaled al-Homsi"), cs.toString());
    }

    @Test
    void groupsThatAreBothMembersOfAnUmbrellaAreEachAMember() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza are both members of the Islamic Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void groupsNamedAmongAnUmbrellasFactionsOnAFrontAreItsMembers() throws Exception {
        List<Claim> cs = extract("Among the FSA factions on the northern axis, Liwa al-Haqq and Jaysh al-Izza led "
                + "Saturday's assault.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aGroupNamedBesideAnotherAsTheAlliedOneIsItsAlly() throws Exception {
        List<Claim> cs = extract("Fighters of Liwa al-Haqq and the allied Jaysh al-Izza were still resisting on the "
                + "edges of Harasta.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void proGovernmentMilitiamenKnownAsANameAreTheGovernmentsAllies() throws Exception {
        List<Claim> cs = extract("Pro-government militiamen known as the Popular Forces entered Afrin on February 20.");
        assertTrue(has(cs, "Popular Forces", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("A pro-government militia known as Liwa al-Haqq entered Afrin.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void anUnknownNameOpeningASentenceIsAPlaceWhenItsAppositionCallsItOne() throws Exception {
        List<Claim> cs = extract("Bsheirin, a government-held village north of Homs, was shelled on Monday.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Bsheirin"), cs.toString());
    }

    @Test
    void aSideThatInflictedLossesOnAnotherFoughtIt() throws Exception {
        List<Claim> cs = extract("YPG fighters had inflicted heavy losses on the Turkish army.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Turkish Armed Forces"), cs.toString());
    }

    @Test
    void theGroupAnUmbrellasRelativeClauseCallsItsComponentIsAMember() throws Exception {
        List<Claim> cs = extract("The SDF, in which the YPG is the dominant component, took Raqqa.");
        assertTrue(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Syrian Democratic Forces"),
                cs.toString());
    }

    @Test
    void aLeaderWhoSteppedDownAsTheGroupsLeaderLedIt() throws Exception {
        List<Claim> cs = extract("Abu Jaber stepped down as HTS leader in October 2017.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
        cs = extract("Abu Jaber stepped down as leader of HTS in October 2017.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
    }

    @Test
    void aPersonNamedItsLeaderLedTheGroupThePronounStandsFor() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was formed in 2013. Abu Jaber was named its general leader.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
    }

    @Test
    void aReflexiveIntensifierBetweenSubjectAndVerbIsSkipped() throws Exception {
        List<Claim> cs = extract("Abu Jaber himself stepped down as HTS leader in October 2017.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
    }

    @Test
    void aGroupThatDistancedItselfFromItsParentSplitFromIt() throws Exception {
        List<Claim> cs = extract("HTS distanced itself from al Qaeda in 2016.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.SPLIT_FROM, "al-Qaeda"), cs.toString());
    }

    @Test
    void anInsurgencyWagedInAStateIsFoughtAgainstIt() throws Exception {
        List<Claim> cs = extract("Ankara calls the YPG a branch of the PKK, which has waged a three-decade insurgency "
                + "in southeast Turkey.");
        assertTrue(has(cs, "Kurdistan Workers' Party", Relation.FOUGHT, "Turkey"), cs.toString());
    }

    @Test
    void anOffensiveNamedBeforeItsTargetStillTargetsIt() throws Exception {
        List<Claim> cs = extract("Turkey launched its offensive, dubbed Operation Peace Spring, on 9 October against "
                + "the YPG.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        // beside another fight in the same sentence, which the operation's frame would take for its own
        cs = extract("Turkey launched the operation, which it calls Olive Branch, on 20 January against the YPG, "
                + "which it calls a branch of the PKK, which has waged an insurgency inside Turkey since 1984.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        assertTrue(has(cs, "Kurdistan Workers' Party", Relation.FOUGHT, "Turkey"), cs.toString());
    }

    @Test
    void aCeasefireAgreedToWithAGroupEndsAFight() throws Exception {
        List<Claim> cs = extract("The Turkish-backed NFL agreed to a ceasefire with Hayat Tahrir al-Sham.");
        assertTrue(has(cs, "National Front for Liberation", Relation.FOUGHT, "Hay'at Tahrir al-Sham"), cs.toString());
    }

    @Test
    void twoAttackersOneOfThemWithAnAppositionActTogether() throws Exception {
        List<Claim> cs = extract("The Nusra Front, al-Qaeda's Syrian branch, and the Islamist Ahrar al-Sham led the "
                + "attack on the village.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Ahrar al-Sham"), cs.toString());
        cs = extract("Jund al-Aqsa and Jaysh al-Izza, a Free Syrian Army group, spearheaded the offensive in Hama.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void namesTheDictionaryLacksListedWithAPlaceArePlaces() throws Exception {
        List<Claim> cs = extract("The Khalid ibn al-Walid Army overran Saham al-Jawlan, Tasil, Zubdin and Sakhrit "
                + "on Monday.");
        assertTrue(has(cs, "Khalid ibn al-Walid Army", Relation.OPERATES_IN, "Zubdin"), cs.toString());
        assertTrue(has(cs, "Khalid ibn al-Walid Army", Relation.OPERATES_IN, "Sakhrit"), cs.toString());
        cs = extract("In Aleppo, Abu Hashem said the rebels of Jaysh al-Izza would hold.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && Texts.named(c.object(), "Abu Hashem")), cs.toString());
        cs = extract("Its spokesman in Afrin, Nuri Hamo, said YPG fighters were still resisting.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && Texts.named(c.object(), "Nuri Hamo")), cs.toString());
        // a list no word of place opens names no place by its company alone
        cs = extract("Jaysh al-Izza fighters held a sector of the line between Latamneh and Sakhrit.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && Texts.named(c.object(), "Sakhrit")), cs.toString());
    }

    @Test
    void aNameTheDictionaryLacksThatIsDefendedIsAPlace() throws Exception {
        List<Claim> cs = extract("The National Defence Forces defended Zubdin for three weeks.");
        assertTrue(has(cs, "National Defence Forces", Relation.OPERATES_IN, "Zubdin"), cs.toString());
    }

    @Test
    void aLeaderNamedAfterWordsThatDescribeHimLedTheGroup() throws Exception {
        List<Claim> cs = extract("The PFLP-GC, the faction led by veteran militant Ahmed Jibril, sent fighters.");
        assertTrue(has(cs, "PFLP-GC", Relation.LED_BY, "Ahmed Jibril"), cs.toString());
    }

    @Test
    void clashesBetweenTwoSidesTheFirstWithAnAppositionAreAFight() throws Exception {
        List<Claim> cs = extract("In March clashes broke out between Jaysh al-Islam, the Ghouta's largest faction, and "
                + "Faylaq al-Rahman.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Faylaq al-Rahman"), cs.toString());
    }

    @Test
    void beingInOpenConflictWithAGroupIsAFight() throws Exception {
        List<Claim> cs = extract("Liwa Shuhada al-Yarmouk had been in open conflict with Jabhat al-Nusra since "
                + "December 2014.");
        assertTrue(has(cs, "Liwa Shuhada al-Yarmouk", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
    }

    @Test
    void anAllianceOfAnUmbrellasGroupsIsInTheUmbrella() throws Exception {
        List<Claim> cs = extract("The attack was repelled by the Southern Front, an alliance of Free Syrian Army rebel "
                + "groups.");
        assertTrue(has(cs, "Southern Front", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aBodyThatAGroupBacksInARelativeClauseIsSupportedByIt() throws Exception {
        List<Claim> cs = extract("HTS runs Idlib through the Salvation Government, the civil administration that HTS "
                + "has backed since November.");
        assertTrue(has(cs, "Salvation Government", Relation.SUPPORTED_BY, "Hay'at Tahrir al-Sham"), cs.toString());
    }

    @Test
    void aStatesForcesAtAGroupsSideBackIt() throws Exception {
        List<Claim> cs = extract("British special forces are assisting the SDF.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United Kingdom"), cs.toString());
        cs = extract("US special forces advisers were seen with SDF units near the field.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY
                && Texts.named(c.subject(), "Syrian Democratic Forces")
                && c.object().name().contains("United States")), cs.toString());
        cs = extract("The US-led coalition, whose special forces are deployed with the YPG, struck the town.");
        assertTrue(has(cs, "People's Protection Units", Relation.SUPPORTED_BY, "US-led coalition"), cs.toString());
    }

    @Test
    void aGroupThatMergedWithUnnamedPartnersAfterADateFormedTheNewOne() throws Exception {
        List<Claim> cs = extract("Liwa al-Islam, which merged with dozens of brigades in September 2013 to form Jaysh "
                + "al-Islam, was based in Douma.");
        assertTrue(has(cs, "Liwa al-Islam", Relation.MERGED_INTO, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void aStatesAircraftNamedByTheirModelInThePluralAreItsForces() throws Exception {
        List<Claim> cs = extract("Turkish F-16s shot down a Russian Su-24 bomber near the border.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Russia"), cs.toString());
        cs = extract("Iraqi F-16s struck IS targets in the desert on Tuesday.");
        assertTrue(has(cs, "Iraq", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Israel shot down a Syrian Sukhoi warplane over the Golan.");
        assertTrue(has(cs, "Israel", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void theRevolutionaryGuardInTheSingularIsIransCorps() throws Exception {
        List<Claim> cs = extract("The Syrian army is supported by Hezbollah and by Iranian Revolutionary Guard "
                + "advisers.");
        assertTrue(has(cs, "Syrian Arab Army", Relation.SUPPORTED_BY, "Islamic Revolutionary Guard Corps"),
                cs.toString());
    }

    @Test
    void theRoomRefersToTheOperationsRoomNamedBefore() throws Exception {
        List<Claim> cs = extract("Al-Bunyan al-Marsous was formed in February. The room brings together Hayat Tahrir "
                + "al-Sham, Ahrar al-Sham and a number of Free Syrian Army groups.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "al-Bunyan al-Marsous Operations Room"),
                cs.toString());
    }

    @Test
    void aBackerAfterAPlaceBasedCompoundFillsTheSlot() throws Exception {
        List<Claim> cs = extract("The Southern Front, a group backed by the Amman-based Military Operations Center, "
                + "said its factions were committed.");
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
    }

    @Test
    void anIndefiniteBodyWhoseMembersFollowIsNoneOfTheNamesAfterIt() throws Exception {
        List<Claim> cs = extract("The hill has been held since November 2014, when a coalition including Nusra, Ahrar "
                + "al-Sham and several Southern Front brigades drove government forces out of Tal al-Jabiya.");
        assertFalse(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void oneOfABodysBackersBacksIt() throws Exception {
        List<Claim> cs = extract("Neighbouring Jordan, one of the main backers of the Southern Front, closed the "
                + "border.");
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        cs = extract("Saudi Arabia is one of the biggest backers of Jaysh al-Islam.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Saudi Arabia"), cs.toString());
    }

    @Test
    void factionsNamedInADashedAsideThatMergedFormedTheNewGroup() throws Exception {
        List<Claim> cs = extract("Jaysh Khalid, which has pledged allegiance to the Islamic State, was formed in May "
                + "when three factions of the valley - Liwa Shuhada al-Yarmouk, Harakat al-Muthanna al-Islamiya and "
                + "Jaysh al-Jihad - merged into a single force.");
        assertTrue(has(cs, "Liwa Shuhada al-Yarmouk", Relation.MERGED_INTO, "Jaysh Khalid"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Jihad", Relation.MERGED_INTO, "Jaysh Khalid"), cs.toString());
    }

    @Test
    void theQuneitraCrossingIsAPlaceOfItsOwn() throws Exception {
        List<Claim> cs = extract("Nusra and Ahrar al-Sham overran the Quneitra crossing on the armistice line.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Quneitra crossing"), cs.toString());
    }

    @Test
    void aForcesPeopleDetainedOrAbductedMeanAFightWithIt() throws Exception {
        List<Claim> cs = extract("Nusra fighters detained 45 Fijian soldiers serving with UNDOF near the crossing.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "United Nations Disengagement Observer Force"),
                cs.toString());
        cs = extract("UNDOF's Fijian soldiers were abducted by the Nusra Front.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "United Nations Disengagement Observer Force"),
                cs.toString());
    }

    @Test
    void aStatesPatrolOrConvoyIsItsForce() throws Exception {
        List<Claim> cs = extract("Jaysh Khalid exchanged fire with an Israeli patrol on the frontier.");
        assertTrue(has(cs, "Jaysh Khalid", Relation.FOUGHT, "Israel"), cs.toString());
        cs = extract("On 3 February Syrian artillery struck a Turkish convoy near the town.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Turkey"), cs.toString());
    }

    @Test
    void anAcronymThatOpensALongerKnownNameIsReadAsThatName() throws Exception {
        List<Claim> cs = extract("ISIS Hunters attacked IS positions near Palmyra.");
        assertTrue(has(cs, "ISIS Hunters", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Nusra fighters detained 45 Fijian soldiers of the UN Disengagement Observer Force.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "United Nations Disengagement Observer Force"),
                cs.toString());
    }

    @Test
    void aNameInAppositionToAnIndefiniteDescriptionFillsTheSlot() throws Exception {
        List<Claim> cs = extract("Israel has been paying salaries to a Quneitra faction, Fursan al-Jolan (Knights of "
                + "the Golan).");
        assertTrue(has(cs, "Fursan al-Jolan", Relation.SUPPORTED_BY, "Israel"), cs.toString());
        cs = extract("Turkey has been paying salaries to a faction, Jaysh al-Islam said.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aPairAtWarWithNoThirdSideFoughtEachOther() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam and Faylaq al-Rahman have been at war since April.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Faylaq al-Rahman"), cs.toString());
        cs = extract("Jaysh al-Islam and Faylaq al-Rahman are at war with the Islamic State.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Faylaq al-Rahman"), cs.toString());
        cs = extract("Jaysh al-Islam and Faylaq al-Rahman have been fighting each other for weeks.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Faylaq al-Rahman"), cs.toString());
    }

    @Test
    void fightingBetweenTwoSidesIsReadPastAPlaceAndItsOtherName() throws Exception {
        List<Claim> cs = extract("Fighting resumed in Ras al-Ain (Sere Kaniye) on the Turkish border between the "
                + "YPG and Islamist brigades, among them Jabhat al-Nusra and Ghuraba al-Sham.");
        assertTrue(has(cs, "YPG", Relation.FOUGHT, "Ghuraba al-Sham"), cs.toString());
    }

    @Test
    void aHeadOfStateBackedFoughtForOrFoughtIsHisState() throws Exception {
        List<Claim> cs = extract("Russia has backed President Bashar al-Assad since September 2015.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Liwa al-Quds, a Palestinian militia that fights for Assad, shelled the camp.");
        assertTrue(has(cs, "Liwa al-Quds", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        cs = extract("Assad thanked Russia for its help.");
        assertFalse(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aStatesSupportAGroupBenefitedFromOrEnjoysIsNamedByItsPeoplesAdjectives() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq has benefited from generous Qatari funding since 2014.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        cs = extract("Liwa al-Haqq, which enjoys Turkish and Qatari backing, took the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        cs = extract("Liwa al-Haqq benefited from the Turkish offensive.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void membershipToldByAnAppositionItsRelativeClauseOrAListAmongAParentsFactions() throws Exception {
        List<Claim> cs = extract("The Khabour Guards, a small Assyrian militia that is part of the SDF, held the bridge.");
        assertTrue(has(cs, "Khabour Guards", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
        cs = extract("The communique listed Liwa al-Haqq and Jaysh al-Izza among the Free Syrian Army factions.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        cs = extract("The Southern Front, the largest Free Syrian Army coalition in Daraa, took Nawa.");
        assertTrue(has(cs, "Southern Front", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        cs = extract("Hasan Kamal, a commander in the Revolutionary Guards' Quds Force, visited Aleppo.");
        assertTrue(has(cs, "Quds Force", Relation.MEMBER_OF, "Islamic Revolutionary Guard Corps"), cs.toString());
    }

    @Test
    void twoGroupsThatLedOneAssaultAreAllies() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and the little-known Liwa al-Haqq brigade led the assault on Monday.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aListWhoseItemsEachRepeatThePrepositionIsOneList() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa is at war with Ahrar al-Sham, with the Levant Front and with the YPG.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Levant Front"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "YPG"), cs.toString());
    }

    @Test
    void aGroupThatCounterAttackedAnotherFoughtIt() throws Exception {
        List<Claim> cs = extract("In March Jund al-Aqsa counter-attacked Ahrar al-Sham near Saraqib.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void aPersonWhoBecameHeadOfAGroupLeadsItFromThen() throws Exception {
        List<Claim> cs = extract("In May 2014 Abu Jaber became head of Ahrar al-Sham.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.LED_BY, "Abu Jaber"), cs.toString());
    }

    @Test
    void aPeoplesMilitaryPoliceIsTheForceTheDictionaryNamesSo() throws Exception {
        List<Claim> cs = extract("Russian military police entered Douma on 12 April.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("Russian Military Police")), cs.toString());
    }

    @Test
    void aSupporterNamedAfterASecondParticipleOrAsASupplierInAppositionBacksTheGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam fighters, led by Zahran Alloush and backed by Saudi Arabia, took Adra.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Saudi Arabia"), cs.toString());
        cs = extract("Iran, Hezbollah's main ally and arms supplier, sent money.");
        assertTrue(has(cs, "Hezbollah", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void leavingANamedUmbrellaInAPageWithoutADateIsStillAMembership() throws Exception {
        List<Claim> cs = Texts.extractUndated("undated.txt", "Jund al-Aqsa, a hardline faction that quit the Army of "
                + "Conquest last October, sent fighters to the front.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aHeadOfStateOrCapitalBackedInThePassiveIsHisStateBacked() throws Exception {
        List<Claim> cs = extract("Assad is backed by Iran and Russia.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Damascus, long supported by Moscow, rejected the plan.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Liwa al-Haqq was armed through an operations centre in Amman backed by the United States.");
        assertFalse(has(cs, "Jordan", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aNameHeldUntilADateWithoutARelativePronounWasTheOldName() throws Exception {
        List<Claim> cs = extract("Jabhat Fateh al-Sham was known as the Nusra Front until July 2016.");
        assertTrue(has(cs, "al-Nusra Front", Relation.RENAMED_TO, "Jabhat Fatah al-Sham"), cs.toString());
    }

    @Test
    void anotherMemberInAppositionIsAMember() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa, another member of Jaysh al-Fatah, took part in the assault.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aUnitKnownAsNamedByItsArmyBelongsToIt() throws Exception {
        List<Claim> cs = extract("The offensive was spearheaded by the elite army unit known as the Tiger Forces.");
        assertTrue(has(cs, "Tiger Forces", Relation.MEMBER_OF, "Syrian government"), cs.toString());
    }

    @Test
    void aGroupThatIsTheMainForceOfAnAllianceInAppositionIsItsMember() throws Exception {
        List<Claim> cs = extract("The SDF, an alliance in which the YPG is the dominant force, took the town.");
        assertTrue(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Syrian Democratic Forces"),
                cs.toString());
        cs = extract("It is led by Jaysh al-Fatah, a coalition in which the Nusra Front and Ahrar al-Sham are the main "
                + "forces.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void goodsReceivedAfterAPhraseOfTimeAreSupport() throws Exception {
        List<Claim> cs = extract("The Ahmad al-Abdo Forces have in the past received weapons and salaries through the "
                + "Military Operations Centre.");
        assertTrue(has(cs, "Martyr Ahmad al-Abdo Forces", Relation.SUPPORTED_BY, "Military Operations Centre"),
                cs.toString());
    }

    @Test
    void aGroupThatTookAPlaceFoughtTheGovernmentOfAReportWhereTheGovernmentFights() throws Exception {
        List<Claim> cs = extract("Government forces fought Ahrar al-Sham near Ariha on Monday. On Tuesday Jaysh al-Izza "
                + "seized the town of Kafr Zita.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Government forces fought Ahrar al-Sham near Ariha on Monday. On Tuesday Jaysh al-Izza "
                + "seized the town of Kafr Zita. Jaysh al-Izza had fought the Islamic State there in 2014.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Government officials met in Geneva on Monday. On Tuesday Jaysh al-Izza seized the town of Kafr "
                + "Zita.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aUnitNamedAfterAFrontedWithIsNoBacker() throws Exception {
        List<Claim> cs = extract("Along with the 25th Division, units of the Russian-backed 5th Corps took part.");
        assertFalse(has(cs, "Fifth Corps", Relation.SUPPORTED_BY, "25th Special Mission Forces Division"),
                cs.toString());
    }

    @Test
    void aStatesFireAGroupActedUnderIsItsSupport() throws Exception {
        List<Claim> cs = extract("The National Front for Liberation retook Nayrab under heavy Turkish artillery and drone "
                + "cover.");
        assertTrue(has(cs, "National Front for Liberation", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void membersOfAGroupFoughtAlongsideAreNoFoe() throws Exception {
        List<Claim> cs = extract("The NDF was fighting alongside members of Iran's Revolutionary Guards and the Iraqi "
                + "Shi'ite militia Harakat al-Nujaba.");
        assertTrue(has(cs, "National Defence Forces", Relation.ALLIED_WITH, "Harakat al-Nujaba"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void aGroupCountedAmongThoseABackerFundsIsBacked() throws Exception {
        List<Claim> cs = extract("Harakat al-Nujaba is one of several Iraqi groups funded and trained by Iran.");
        assertTrue(has(cs, "Harakat al-Nujaba", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void theGroupsAnUmbrellaPrincipallyIsAreItsMembers() throws Exception {
        List<Claim> cs = extract("The counter-offensive was carried out by the National Front for Liberation (NFL), "
                + "principally Faylaq al-Sham and Ahrar al-Sham, together with Hayat Tahrir al-Sham.");
        assertTrue(has(cs, "Faylaq al-Sham", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
    }

    @Test
    void aBattleThatPittedOneSideAgainstAnotherIsAFightBetweenThem() throws Exception {
        List<Claim> cs = extract("The battle pitted Ahrar al-Sham against Jund al-Aqsa.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.FOUGHT, "Jund al-Aqsa"), cs.toString());
        cs = extract("Jund al-Aqsa was pitted against Ahrar al-Sham and Faylaq al-Sham in Idlib.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Faylaq al-Sham"), cs.toString());
    }

    @Test
    void aGroupOperatingWithAPartnerAgainstAFoeFightsTheFoe() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq operates with the SDF against the Islamic State.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aListItemToldByItsRelationToTheFirstAndThenNamedIsThatName() throws Exception {
        List<Claim> cs = extract("On 9 October Turkey and its Syrian proxy force, the Syrian National Army (SNA), "
                + "launched \"Operation Peace Spring\" against the Syrian Democratic Forces (SDF).");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "Syrian Democratic Forces"), cs.toString());
        assertTrue(has(cs, "Syrian National Army", Relation.FOUGHT, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void aPostAnActorKeepsAtAPlaceIsWhereItOperates() throws Exception {
        List<Claim> cs = extract("Turkey's ninth observation post, at Morek, was surrounded.");
        assertTrue(has(cs, "Turkey", Relation.OPERATES_IN, "Morek"), cs.toString());
        cs = extract("The Turkish military observation post near Surman was shelled on Monday.");
        assertTrue(has(cs, "Turkish Armed Forces", Relation.OPERATES_IN, "Surman"), cs.toString());
    }

    @Test
    void aGroupsCommanderWhoWentOverTakesTheGroupOver() throws Exception {
        List<Claim> cs = extract("A local commander of Liwa al-Aqsa had crossed over to the government side with "
                + "several dozen fighters.");
        assertTrue(has(cs, "Liwa al-Aqsa", Relation.DEFECTED_TO, "Syrian government"), cs.toString());
        cs = extract("Several units of Liwa al-Aqsa defected to ISIS in April.");
        assertTrue(has(cs, "Liwa al-Aqsa", Relation.DEFECTED_TO, "Islamic State"), cs.toString());
    }

    @Test
    void aStateForcesCommanderNamedAfterAPrepositionLeadsIt() throws Exception {
        List<Claim> cs = extract("The attack was led by the Tiger Forces commander Suheil al-Hassan.");
        assertTrue(has(cs, "25th Special Mission Forces Division", Relation.LED_BY, "Suheil al-Hassan"),
                cs.toString());
        cs = extract("The attack was led by Russian commander Alexander Dvornikov.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY), cs.toString());
    }

    @Test
    void aPlaceNamedOnlyAsARoadsEndIsNoPlaceOfOperation() throws Exception {
        List<Claim> cs = extract("Fighters of Jaysh al-Islam attacked army checkpoints along the Halfaya road.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Halfaya"), cs.toString());
        cs = extract("If Jaysh al-Islam takes the town, it will open the road from Hama to Aleppo.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Aleppo"), cs.toString());
        cs = extract("Jaysh al-Islam fighters clashed with the army on the Damascus-Homs highway.");
        assertFalse(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Homs"), cs.toString());
        cs = extract("Jaysh al-Islam fighters clashed with the army in Homs.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Homs"), cs.toString());
    }

    @Test
    void aRegionThatOnlyLocatesATownBySideIsNoPlaceOfOperation() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza seized the town of Kafr Zita in northern Hama province on Sunday.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Hama Governorate"), cs.toString());
        cs = extract("Jaysh al-Izza seized the town of Kafr Zita in Hama province on Sunday.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Hama Governorate"), cs.toString());
    }

    @Test
    void aQuantityOfAGroupsPeopleStandsForTheGroup() throws Exception {
        List<Claim> cs = extract("Small numbers of US forces deployed around Manbij in early March.");
        assertTrue(has(cs, "United States Armed Forces", Relation.OPERATES_IN, "Manbij"), cs.toString());
        cs = extract("Katibat al-Tawhid wal-Jihad operated alongside a handful of Free Syrian Army brigades.");
        assertTrue(has(cs, "Katibat al-Tawhid wal-Jihad", Relation.ALLIED_WITH, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aPlacesNameInsideALongerNameIsNoPlace() throws Exception {
        List<Claim> cs = extract("Ahrar al-Sham's spokesman Ahmad Qara Ali said the attack failed.");
        assertFalse(has(cs, "Ahrar al-Sham", Relation.OPERATES_IN, "Qara"), cs.toString());
    }

    @Test
    void aPersonsMenAreTheGroupTheSentenceNamesHimBy() throws Exception {
        List<Claim> cs = extract("A commander of Liwa Nusur al-Badiya said his men had fought the Islamic State near"
                + " Sukhnah.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Jaysh al-Islam's commander, Abu Hammam al-Buwaydani, said his group had joined"
                + " Hayat Tahrir al-Sham.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Hay'at Tahrir al-Sham"), cs.toString());
        cs = extract("Abu Karam, who heads Liwa Nusur al-Badiya, said his fighters had clashed with the Islamic State.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("A commander of Liwa Nusur al-Badiya said his men had fought \"side by side with the"
                + " brothers of Ahrar al-Sham\".");
        assertFalse(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Ahrar al-Sham"), cs.toString());
        cs = extract("Baghdadi announced that the Nusra Front, al-Qaeda's official affiliate in Syria, had been"
                + " absorbed into his organisation.");
        assertFalse(has(cs, "al-Nusra Front", Relation.MERGED_INTO, "al-Qaeda"), cs.toString());
        cs = extract("A commander of Liwa Nusur al-Badiya spoke on Monday. He said his men had fought the Islamic"
                + " State near Sukhnah.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Islamic State"), cs.toString());
        // no group the sentence names him by
        cs = extract("Abu Karam said his men had fought the Islamic State near Sukhnah.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void aForeignAirForceNamedWithTheArmysBacksTheArmy() throws Exception {
        List<Claim> cs = extract("Russian and Syrian aircraft carried out 40 strikes on Liwa Nusur al-Badiya near Tell"
                + " Marah.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Syrian and Iranian warplanes pounded Tell Marah on Sunday.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        cs = extract("Turkish and Russian jets struck Tell Marah on Sunday.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY), cs.toString());
        // both parties that acted with a state's help, and a side that lost ground after strikes is not helped
        cs = extract("The army and Liwa Nusur al-Badiya retook Tell Marah with heavy Russian air support.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Liwa Nusur al-Badiya withdrew from Tell Marah after heavy Russian air strikes.");
        assertFalse(has(cs, "Liwa Nusur al-Badiya", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aGroupThatClaimsToHaveCutItsTiesSplitFromTheParent() throws Exception {
        List<Claim> cs = extract("Liwa Nusur al-Badiya claimed to have cut its links with al-Qaeda.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.SPLIT_FROM, "al-Qaeda"), cs.toString());
    }

    @Test
    void theStatesSoldiersGoingOverToASideDefectToIt() throws Exception {
        List<Claim> cs = extract("Every week brings new videos of soldiers going over to Liwa Nusur al-Badiya.");
        assertTrue(has(cs, "Syrian government", Relation.DEFECTED_TO, "Liwa Nusur al-Badiya"), cs.toString());
        cs = extract("Several commanders of Jaysh al-Izza defected to Liwa Nusur al-Badiya.");
        assertFalse(has(cs, "Syrian government", Relation.DEFECTED_TO, "Liwa Nusur al-Badiya"), cs.toString());
    }

    @Test
    void bareSoldiersAreTheArmyNamedLastOrTheStates() throws Exception {
        List<Claim> cs = extract("Liwa Nusur al-Badiya said its fighters had killed more than 20 soldiers near Tell"
                + " Marah.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Turkish forces shelled Tell Marah on Monday. Liwa Nusur al-Badiya said it had killed four"
                + " soldiers.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Turkish Armed Forces"), cs.toString());
        assertFalse(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Russian warplanes pounded Idlib. Troops captured the town of Kafr Zita on Monday.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertFalse(has(cs, "Russia", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        cs = extract("Liwa Nusur al-Badiya killed four of its own soldiers and several rebel troops.");
        assertFalse(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aDenialOfReportsThatSomeOfAGroupsMenDefectedNegatesIt() throws Exception {
        List<Claim> cs = extract("Liwa Nusur al-Badiya denied reports that some of its fighters had defected to Jaysh al-Izza.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.DEFECTED_TO && !c.negated()), cs.toString());
    }

    @Test
    void breakingAnArmysSiegeNamedByItsPossessiveFightsIt() throws Exception {
        List<Claim> cs = extract("Liwa Nusur al-Badiya joined an offensive that briefly broke the army's siege of the"
                + " city's rebel-held east.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Jaysh al-Izza attacked the artillery academy from the south-west in coordination with Liwa Nusur"
                + " al-Badiya.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa Nusur al-Badiya"), cs.toString());
    }

    @Test
    void aListClosedByAndEndsAtTheCommaThatOpensANewClause() throws Exception {
        List<Claim> cs = extract("When clashes broke out between Jaysh al-Izza and Liwa al-Haqq, Liwa Nusur al-Badiya"
                + " stayed neutral.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa Nusur al-Badiya"), cs.toString());
    }

    @Test
    void aReportingInsertInARelativeClauseLeavesItsVerbToTheRelative() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which residents say coordinates with Jaysh al-Izza, holds the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq, which activists said was funded by Qatar, holds the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        cs = extract("Liwa al-Haqq, which rebels and monitors say has sworn allegiance to Jaysh al-Izza, held Harasta.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.PLEDGED_ALLEGIANCE_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void twoForcesTryingTogetherAreAllies() throws Exception {
        List<Claim> cs = extract("Zabadani is a town that Liwa al-Haqq and Syrian troops have been trying to capture"
                + " since July.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void theSubjectOfARelativeClauseOnAGroupAttackedIt() throws Exception {
        List<Claim> cs = extract("It drew on fighters from Liwa al-Haqq and Jaysh al-Izza, two US-backed groups that"
                + " Liwa Nusur al-Badiya crushed in Idlib.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq, which Liwa Nusur al-Badiya routed in 2015, was US-backed.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Liwa al-Haqq, which Liwa Nusur al-Badiya joined in 2015, took the town.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void aNamedUnitABodyOwnsIsItsMember() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, whose Liwa al-Haqq has held Harasta since August, denied it.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Jaysh al-Izza, whose leader Abu Jaber was killed in August, denied it.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void theTwoBeforeAVerbAreThePairNamedBefore() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza met in Idlib on Monday. The two say they will"
                + " coordinate military operations.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void everyNameOfAListIsFoundedOrBacked() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza were formed in Idlib in 2013.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Liwa al-Haqq")), cs.toString());
        cs = extract("Qatar and Turkey have backed Liwa al-Haqq since 2013.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aPersonApposedToAGroupsQualifiedLeaderLeadsIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was formed in 2011. Hashem al-Sheikh, the movement's then leader,"
                + " said it had grown.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
    }

    @Test
    void itAfterARenamingInTheSameSentenceIsTheNewName() throws Exception {
        List<Claim> cs = extract("In July 2016 Liwa al-Haqq renamed itself Jaysh al-Izza, and in January 2017 it merged"
                + " with several other factions into Liwa Nusur al-Badiya.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Liwa Nusur al-Badiya"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Liwa Nusur al-Badiya"), cs.toString());
    }

    @Test
    void aRelativeClauseOnAnActorKeepsItsPlaceWhenTheMainClauseIsNegated() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which once patrolled the roads around Tal Tamr, has not been"
                + " seen since October.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Tell Tamer"), cs.toString());
        cs = extract("Liwa al-Haqq fighters have not been seen around Tal Tamr since October.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN && !c.negated()), cs.toString());
    }

    @Test
    void aBodySetUpInAnAppositionWasFounded() throws Exception {
        for (String body : List.of("Liwa al-Haqq, set up in Idlib in December 2012, met on Monday.",
                "The Supreme Military Council, set up in Antalya in December 2012, met on Monday.")) {
            List<Claim> cs = extract(body);
            assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED), cs.toString());
        }
    }

    @Test
    void aBareTypeWordIsTheDocumentsOneGroupItOpens() throws Exception {
        List<Claim> cs = extract("Faylaq al-Rahman holds Arbin. In April the Nusra Front sided with Faylaq against"
                + " Liwa al-Haqq.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "al-Rahman Legion"), cs.toString());
        cs = extract("Faylaq al-Rahman holds Arbin and Faylaq al-Sham holds Idlib. In April the Nusra Front sided with"
                + " Faylaq against Liwa al-Haqq.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), cs.toString());
    }

    @Test
    void aShortParenthesisDoesNotCountAgainstAGap() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, a Free Syrian Army (FSA) group that was driven from the city by Jaysh"
                + " al-Izza in 2014, joined the SDF.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupsNameWithoutItsTypeWordIsTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa Nusur al-Badiya holds Tasil. Later Nusur al-Badiya fighters attacked Jaysh"
                + " al-Izza.");
        assertTrue(has(cs, "Liwa Nusur al-Badiya", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupConstitutedOrFirstSurfacingWasFounded() throws Exception {
        for (String body : List.of("Liwa al-Haqq was formally constituted only in early 2017.",
                "Liwa al-Haqq first surfaced in 2013 near Homs.")) {
            List<Claim> cs = extract(body);
            assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED), cs.toString());
        }
    }

    @Test
    void aPronounAndItsVerbAfterCommaAndOpenANewClause() throws Exception {
        List<Claim> cs = extract("We are fighting the regime, and we have fought Liwa al-Haqq before, too.");
        assertFalse(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void mostOfAGroupIsAnItemOfAList() throws Exception {
        List<Claim> cs = extract("Qatar funded Liwa al-Haqq and much of Jaysh al-Izza in 2014.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
    }

    @Test
    void aGroupWhoseFoundersSplitFromAnotherSplitFromIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was formed in 2013. Its founders split from Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
        cs = extract("Jaysh al-Izza, by then renamed Liwa al-Haqq, fled to Idlib.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.RENAMED_TO, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aHeadOfStatesAllyAfterTwoAdjectivesIsHisStatesAlly() throws Exception {
        List<Claim> cs = extract("Iran, Assad's main regional ally, sent troops to Aleppo.");
        assertTrue(has(cs, "Iran", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void appearToAndSeemToLeaveTheVerbToTheRules() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza appear to cooperate closely.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq appears to have joined the Southern Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aGroupsPartnersOrBackersNamedByAStatesAdjectiveAreThatState() throws Exception {
        List<Claim> cs = extract("The SDF said its American partners would stay in the north-east.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.ALLIED_WITH, "United States"), cs.toString());
        cs = extract("Hezbollah's Iranian allies sent more advisers to Aleppo in May.");
        assertTrue(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Iran"), cs.toString());
        cs = extract("Jaysh al-Izza's Turkish backers have cut its salaries.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        // a people's adjective before a noun of no partnership names no partner
        cs = extract("Hezbollah's Iranian weapons reached Aleppo in May.");
        assertFalse(has(cs, "Hezbollah", Relation.ALLIED_WITH, "Iran"), cs.toString());
        // a backer is no ally, and a name right after the noun is the partner itself
        cs = extract("The Syrian army and its Russian patrons planned the campaign.");
        assertTrue(has(cs, "Syrian Arab Army", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Syrian Arab Army", Relation.ALLIED_WITH, "Russia"), cs.toString());
        cs = extract("Israel will not tolerate Iranian forces or their Lebanese ally Hezbollah near the border.");
        assertFalse(has(cs, "Iran", Relation.ALLIED_WITH, "Lebanon"), cs.toString());
    }

    @Test
    void aGroupCalledAStatesAllyByACompoundIsAlliedWithIt() throws Exception {
        List<Claim> cs = extract("The U.S.-allied Syrian Democratic Forces took the town on Monday.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.ALLIED_WITH, "United States"), cs.toString());
        cs = extract("Liwa al-Haqq, a Russian-aligned militia, took the town on Monday.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Russia"), cs.toString());
    }

    @Test
    void groupsNamedAsTakingPartInAnAssaultOnAnotherFoughtIt() throws Exception {
        List<Claim> cs = extract("The Syrian factions taking part in the assault on the YPG, many of which receive "
                + "salaries from Ankara, include Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        cs = extract("Liwa al-Haqq fighters took part in the storming of IS positions near Palmyra.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Liwa al-Haqq fighters took part in last year's battles with the Islamic State.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aDenialOfReportsMadeBySomeoneElseStillDeniesWhatTheyReport() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza denied reports circulated by pro-regime pages that its fighters had "
                + "taken part in the clashes with Jund al-Aqsa.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jund al-Aqsa"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT && c.negated()
                && Texts.named(c.subject(), "Jaysh al-Izza")), cs.toString());
    }

    @Test
    void thePeopleOfAGroupNamedEarlierInTheSentenceAreThatGroupWhenTheNearerOnesAreTheirFoes() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr handed over its heavy weapons in April. Between 2015 and 2017 the "
                + "Islamic State held desert ground east of the mountains, and Jaysh al-Islam and Liwa al-Haqq fought "
                + "repeated battles with the jihadists around the plain.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
        // a group its clause refers to by a pronoun is a party to the clause too
        cs = extract("The Islamic State took Raqqa in January. One of the groups expelled, Liwa al-Haqq, has since "
                + "regrouped near Kobani, where it fights alongside the YPG against the jihadists.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aGroupSetUpAsAnOffshootOfAnotherSplitFromIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was set up in 2014 as an offshoot of Jund al-Aqsa.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jund al-Aqsa"), cs.toString());
    }

    @Test
    void groupsThatFaceOrConfrontAnotherFightIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza now faces the Syrian army around the city's military airport.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian Arab Army"), cs.toString());
        cs = extract("Liwa al-Haqq, whose fighters man the front lines facing the army along the Orontes, said it "
                + "would stay.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Jaysh al-Izza has condemned the talks but did not confront the Turkish troops.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Turkey"), cs.toString());
        // "in the face of" is no confrontation of the one who withdrew
        cs = extract("Jaysh al-Izza pulled out of the town in the face of a rapid assault by Liwa al-Haqq.");
        assertFalse(cs.stream().anyMatch(c -> c.method().startsWith("rule:fought-facing")), cs.toString());
    }

    @Test
    void groupsThatBreakThroughAnothersLinesOrUseWeaponsAgainstItFoughtIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and Liwa al-Haqq punched through government lines south of the city.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
        cs = extract("Liwa al-Haqq received TOW missiles, which it used to devastating effect against the Tiger "
                + "Forces.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Tiger Forces"), cs.toString());
    }

    @Test
    void aStatesForceNamedAsItsEnemiesNameItIsThatState() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza attacked the Russian occupiers near Hama.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Russia"), cs.toString());
        cs = extract("The YPG fought Turkish occupation forces in the hills north of the town.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Turkey"), cs.toString());
        cs = extract("Jaysh al-Izza attacked the Assad militias near Hama.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aBackerIsToldByItsProgrammeAnAccusationOrAsSeenAsTheGroupsBacker() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza has received anti-tank missiles through a US-backed programme.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "United States"), cs.toString());
        cs = extract("The regime has accused Turkey, Saudi Arabia and Qatar of arming Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertTrue(cs.stream().filter(c -> c.relation() == Relation.SUPPORTED_BY).allMatch(Claim::hedged),
                cs.toString());
        cs = extract("Washington had wound down the CIA-run programme that had armed and paid Liwa al-Haqq and "
                + "Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "CIA"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "CIA"), cs.toString());
        cs = extract("Turkey is widely seen as Ahrar al-Sham's main foreign backer.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aMemberNamedAfterTheBodysUnitsOrBelongingToAStatesForce() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was founded in 2013. One of its constituent units was Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Jaysh al-Izza grew quickly. Among its members were Liwa al-Haqq and Jaysh al-Nasr.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq belongs to the Syrian Arab Army and no one else, its commander said.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Syrian Arab Army"), cs.toString());
    }

    @Test
    void tiesSaidToBeOverAreASplitAndFightersWhoServedElsewhereCameFromThere() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza changed its name in July and declared that it had no further ties to "
                + "the Nusra Front.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "al-Nusra Front"), cs.toString());
        cs = extract("Jaysh al-Izza said it had no ties to the Nusra Front.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "al-Nusra Front"), cs.toString());
        cs = extract("Jaysh al-Nasr was formed in 2015. Many of its fighters previously served in Liwa al-Haqq, "
                + "which was routed by the Nusra Front in 2014.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.DEFECTED_TO, "Jaysh al-Nasr"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.DEFECTED_TO, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aLeaderToldByUnderInAnAppositionOrFoundingOrAsTheOneTheLeaderIsKnownAs() throws Exception {
        List<Claim> cs = extract("HTS, the dominant jihadist faction in Idlib under Abu Mohammad al-Jolani, took the town.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.LED_BY, "Abu Mohammad al-Julani"), cs.toString());
        cs = extract("Jaysh al-Izza was formed last year under Jamil al-Saleh.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Jamil al-Saleh"), cs.toString());
        cs = extract("Jaysh al-Izza was founded in 2013. Its leader is known as Jamil al-Saleh.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Jamil al-Saleh"), cs.toString());
        // a place under a person's rule is no group he leads
        cs = extract("Jaysh al-Izza withdrew from Latamneh, a town under Jamil al-Saleh's control.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY
                && c.subject().name().equals("al-Lataminah")), cs.toString());
    }

    @Test
    void aGroupFirstAppearingWasFoundedAndOneDissolvedWithinAnothersRanksMergedIntoIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq first appeared on 5 June 2013.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED && Texts.named(c.subject(), "Liwa al-Haqq")
                && "2013-06-05".equals(String.valueOf(c.at()))), cs.toString());
        cs = extract("The two agreed that Liwa al-Haqq would be dissolved within the ranks of Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theTownIsTheSmallPlaceNamedLastNotTheCityItLiesBy() throws Exception {
        List<Claim> cs = extract("Latamneh lies north of Hama. The town is held by Jaysh al-Izza.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "al-Lataminah"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Hama"), cs.toString());
        // "the city" may still be the city
        cs = extract("Jaysh al-Izza fighters reached Latamneh and then Hama. The city is held by government forces.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Hama"), cs.toString());
    }

    @Test
    void theNamedMembersOfASidePittedAgainstAnotherFightIt() throws Exception {
        List<Claim> cs = extract("The fighting on the Zarkan front pits the SDF, now deployed side by side with "
                + "Syrian army units, against National Army factions such as Liwa al-Haqq and Jaysh al-Izza.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aStateOrItsForceThatSaysItDidSomethingIsTheOneWhoDidIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza held the town until May. The Russian military said it struck Liwa "
                + "al-Haqq positions overnight.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT && c.subject().name().startsWith("Russia")
                && Texts.named(c.object(), "Liwa al-Haqq")), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Jaysh al-Izza held the town until May. Russia said its jets struck Liwa al-Haqq positions "
                + "overnight.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Turkish forces said they shelled Liwa al-Haqq positions near the town.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT && c.subject().name().startsWith("Turk")
                && Texts.named(c.object(), "Liwa al-Haqq")), cs.toString());
    }

    @Test
    void aBranchNamedInADashedAsideIsAMember() throws Exception {
        List<Claim> cs = extract("The attack was led by Liwa al-Haqq - Jaysh al-Izza's Hama branch - and Ahrar al-Sham.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theNamedOnesOfABodyLoyalToAnotherIntroducedByIncludingAreItsAllies() throws Exception {
        List<Claim> cs = extract("Militias loyal to the government, including Liwa al-Haqq and Jaysh al-Izza, entered "
                + "the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void anAircraftsModelIsNoNameThatStandsBetweenItsForceAndTheVerb() throws Exception {
        List<Claim> cs = extract("A Turkish Air Force F-16 shot down a Russian Su-24 bomber over Jabal Turkman.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT && c.subject().name().startsWith("Turk")
                && Texts.named(c.object(), "Russia")), cs.toString());
    }

    @Test
    void aKnownGroupSpelledWithOtherVowelsOrSingleLettersIsKnown() throws Exception {
        List<Claim> cs = extract("The Islamic State expelled Liwa Ahfad al-Rasoul from Raqqa. Jaish al-Izzah "
                + "fought Jabhat al-Nusra near Atarib.");
        assertTrue(has(cs, "Islamic State", Relation.FOUGHT, "Ahfad al-Rasul Brigades"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
    }

    @Test
    void everyDefenderOfAnUnknownVillageNamedWithItsArticleHoldsIt() throws Exception {
        List<Claim> cs = extract("The rebels attacked al-Zarbah, which was defended by Hezbollah, Harakat al-Nujaba "
                + "and the army.");
        assertTrue(has(cs, "Hezbollah", Relation.OPERATES_IN, "al-Zarbah"), cs.toString());
        assertTrue(has(cs, "Harakat al-Nujaba", Relation.OPERATES_IN, "al-Zarbah"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "al-Zarbah"), cs.toString());
    }

    @Test
    void aRenamingBetweenTwoNamesOfOneKnownEntityIsTold() throws Exception {
        List<Claim> cs = extract("The 25th Special Mission Forces Division, the formation formerly known as the Tiger "
                + "Forces, took the town.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.RENAMED_TO
                && c.subject().mention().equals("Tiger Forces")
                && c.object().mention().equals("25th Special Mission Forces Division")), cs.toString());
        cs = extract("The Tiger Forces, the army's elite unit, took the town.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.RENAMED_TO), cs.toString());
    }

    @Test
    void aGroupsOutlookNamedByItsDoctrinesAdjectiveIsItsIdeology() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was formed in 2013. Its Salafist outlook set it apart from Jaysh "
                + "al-Izza, and the group's Salafi-jihadist creed kept Jaysh al-Nasr away.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.IDEOLOGY, "Salafism"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.IDEOLOGY, "Salafi jihadism"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.IDEOLOGY, "Salafism"), cs.toString());
    }

    @Test
    void oneOfTheBackedFactionsInAnAppositionIsBackedItself() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, one of the Turkish-backed factions in the operation, took Jandaris "
                + "from Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aStateForceOpeningTheLastSentenceIsWhatItsNextPronounMeans() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq took Tabqa in May. The Syrian Arab Army had meanwhile been advancing "
                + "east since January. The Tiger Forces, its best-known offensive formation, took Deir Hafer in March.");
        assertTrue(has(cs, "Syrian Arab Army", Relation.OPERATES_IN, "Deir Hafer")
                || has(cs, "25th Special Mission Forces Division", Relation.MEMBER_OF, "Syrian Arab Army"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Deir Hafer"), cs.toString());
    }

    @Test
    void aBackingReportedOfTheBackersIsAHedgedBacking() throws Exception {
        List<Claim> cs = extract("Qatar and Saudi Arabia were also reported to have financed Jaysh al-Izza.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY && c.hedged()
                && c.subject().name().equals("Jaysh al-Izza") && c.object().name().equals("Qatar")), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Saudi Arabia"), cs.toString());
    }

    @Test
    void aRelativeAfterAKinsmansRelativeSpeaksOfTheKinsman() throws Exception {
        List<Claim> cs = extract("Hilal al-Assad, a cousin of President Bashar al-Assad who commanded the National "
                + "Defence Forces in Latakia province, was killed.");
        assertFalse(has(cs, "National Defence Forces", Relation.LED_BY, "Bashar al-Assad"), cs.toString());
    }

    @Test
    void aGroupOfARankedCommanderIsLedByHim() throws Exception {
        List<Claim> cs = extract("The Revolutionary Military Council of Colonel Abdul Jabbar al-Okaidi took the base.");
        assertTrue(has(cs, "Revolutionary Military Council", Relation.LED_BY, "Abdul Jabbar al-Okaidi"),
                cs.toString());
    }

    @Test
    void anUnknownNameBeforeALowerCaseBrigadeIsANewGroup() throws Exception {
        List<Claim> cs = extract("The Ababil Houran brigade joined the Southern Front in 2014. The Daraa brigade of "
                + "the army and the Lebanese battalion joined the Southern Front too.");
        assertTrue(has(cs, "Ababil Houran", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.subject().mention().startsWith("Lebanese")), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && c.subject().mention().startsWith("Daraa")), cs.toString());
    }

    @Test
    void aFormationDatedByTheReportsLastMonthIsAFounding() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza has grown rapidly since its formation last October.");
        assertTrue(Texts.founded(cs, "Jaysh al-Izza", null), cs.toString());
    }

    @Test
    void anAttackAGroupClaimsIsAFightWithItsTarget() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza claimed the suicide bombing that killed 20 YPG fighters in Qamishli.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        cs = extract("Jaysh al-Izza claimed the town of Qamishli as its own.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void aStateForceReorganisedUnderANewNameIsRenamed() throws Exception {
        List<Claim> cs = extract("The Tiger Forces, which had been reorganised earlier in the year as the 25th "
                + "Special Mission Forces Division, took the town.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.RENAMED_TO
                && c.subject().mention().equals("Tiger Forces")), cs.toString());
    }

    @Test
    void leavingToFightUnderItsOwnNameAgainIsASplit() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza said on Tuesday it was leaving Jaysh al-Fatah and would once again fight "
                + "under its own name.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SPLIT_FROM, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Jaysh al-Izza said on Tuesday it was leaving Hama and would fight on in Idlib.");
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.SPLIT_FROM), cs.toString());
    }

    @Test
    void anArmedGroupsHelpMakesAnAlly() throws Exception {
        List<Claim> cs = extract("Government forces, with the help of Jaysh al-Izza, retook the town of Zabadani.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq stormed Harasta last week with the help of Jaysh al-Nasr.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
        cs = extract("Liwa al-Haqq stormed Harasta last week with the help of Turkish artillery.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH), cs.toString());
    }

    @Test
    void aGroupAssistingOrSentToReinforceAnotherIsItsAlly() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters were assisting the army on the Qalamoun front.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.ALLIED_WITH
                && c.subject().name().equals("Liwa al-Haqq")), cs.toString());
        cs = extract("Jaysh al-Nasr crossed the river to reinforce Jaysh al-Izza near Latamneh.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        cs = extract("Jaysh al-Nasr was assisted by Jaysh al-Izza near Latamneh.");
        assertTrue(cs.stream().noneMatch(c -> c.method().equals("rule:allied-group-assisting")), cs.toString());
    }

    @Test
    void breakingASiegeNamedAfterALongModifierFightsTheBesieger() throws Exception {
        List<Claim> cs = extract("The Tiger Forces broke a near three-year Islamic State siege of Deir Ezzor.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT
                && c.object() != null && c.object().name().equals("Islamic State")), cs.toString());
        cs = extract("Jaysh al-Nasr took Kafr Nabudah after almost a week of street fighting with Jaysh al-Izza.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aMemberNamedInAppositionToOneOfItsOwnersMembersBelongsToIt() throws Exception {
        List<Claim> cs = extract("Fatah Halab said one of its member groups, Jaysh al-Izza, lost ten men.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
        cs = extract("The Syrian Democratic Forces said that its core component, the People's Protection Units, would"
                + " withdraw.");
        assertTrue(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Syrian Democratic Forces"),
                cs.toString());
    }

    @Test
    void belongingToBothOfTwoUmbrellasIsMembershipOfEach() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza belongs to both the Army of Conquest and Fatah Halab.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void aTownThatAGroupCapturedNamedInAppositionIsWhereItOperates() throws Exception {
        List<Claim> cs = extract("Fighting raged near Tell Abyad, the border town that Jaysh al-Izza captured in October.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Tal Abyad"), cs.toString());
        cs = extract("The road passes Khan Sheikhoun, which Jaysh al-Nasr entered in August.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("Jaysh al-Nasr") && c.method().equals("rule:operates-which-seized")),
                cs.toString());
    }

    @Test
    void postsAGroupKeepsOrPatrolsAndABaseItOperatesFromPlaceIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza maintains twelve checkpoints around Latamneh.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-maintains-posts")), cs.toString());
        cs = extract("Jaysh al-Izza has shelled Jaysh al-Nasr positions near Latamneh.");
        assertTrue(cs.stream().noneMatch(c -> c.method().matches("rule:operates-(has|maintains)-posts")), cs.toString());
        cs = extract("Jaysh al-Izza fighters have patrolled Latamneh since October.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-defended")), cs.toString());
        cs = extract("Russian forces operate from the Hmeimim air base south of Jableh.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-operate-from")), cs.toString());
    }

    @Test
    void militiasNamedBeforeAmongThemAreTheirMastersAllies() throws Exception {
        List<Claim> cs = extract("The regime and its militias, Jaysh al-Izza and Liwa al-Haqq among them, took the town.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aBattleWagedAgainstAGroupOrAnOffensiveThatDroveItOutIsAFight() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam has been waging a battle dubbed Death Rather Than Humiliation against"
                + " Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Jaysh al-Nasr's spring offensive, which drove Liwa al-Haqq out of Douma, ended in March.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aStatesAdvisersFilmedWithAUnitBackIt() throws Exception {
        List<Claim> cs = extract("Russian military advisers have been filmed with the Tiger Forces in the eastern Aleppo"
                + " countryside.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY
                && c.object() != null && c.object().name().equals("Russia")), cs.toString());
    }

    @Test
    void anOffensiveThatExpelledASideFoughtItWhereItWas() throws Exception {
        List<Claim> cs = extract("In 2015 the Jaysh al-Nasr offensive expelled Liwa al-Haqq from most of Idlib province.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Idlib Governorate"), cs.toString());
    }

    @Test
    void aGroupThatWasInAPlaceOrWasAPlacesForceOperatesThere() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was in the Yarmouk Basin.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Yarmouk Basin"), cs.toString());
        cs = extract("For its first two years, Jaysh al-Nasr was a Damascus force.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Damascus"), cs.toString());
        cs = extract("Jaysh al-Izza was prominent in the 2014 battle for Harasta.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Harasta"), cs.toString());
    }

    @Test
    void partnersSetOffByCommasBesideTheFounderAreMembersOfWhatTheyFormed() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, with Liwa al-Haqq and Jaysh al-Nasr, formed the Islamic Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Islamic Front"), cs.toString());
    }

    @Test
    void aCoalitionsBrigadesOfAnotherCoalitionMakeTheSecondAMemberOfTheFirst() throws Exception {
        List<Claim> cs = extract("The Free Syrian Army brigades of the Southern Front took the town.");
        assertTrue(has(cs, "Southern Front", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        cs = extract("Jaysh al-Islam brigades of the Islamic Front took the town.");
        assertFalse(has(cs, "Islamic Front", Relation.MEMBER_OF, "Jaysh al-Islam"), cs.toString());
    }

    @Test
    void aUnitDescribedAsFightingWithAnotherIsItsAllyNotItsFoe() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, a small unit fighting with Jaysh al-Izza, took the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Jaysh al-Nasr fighters were fighting with Liwa al-Haqq near Latamneh.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void groupsHoldingPlacesJointlyAreAllies() throws Exception {
        List<Claim> cs = extract("Fighters from Liwa al-Haqq and Jaysh al-Izza were jointly holding three villages.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.method().equals("rule:allied-pair-jointly-holding")), cs.toString());
    }

    @Test
    void aGroupThatHelpsTheArmyIsItsAlly() throws Exception {
        List<Claim> cs = extract("Government forces were also helped by Liwa al-Haqq in the battle.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        cs = extract("Jaysh al-Izza fighters, helped by Liwa al-Haqq, held the hill.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aNameThatOpensWithABackersCompoundIsBackedByIt() throws Exception {
        List<Claim> cs = extract("Turkish-backed Free Syrian Army fighters entered the town on Sunday.");
        assertTrue(has(cs, "Syrian National Army", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aStateThatProvidesAirPowerOrSustainsAGroupBacksIt() throws Exception {
        List<Claim> cs = extract("Russia has provided air power to Liwa al-Haqq throughout the campaign.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("For four years Jaysh al-Izza had been sustained by Saudi Arabia.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Saudi Arabia"), cs.toString());
    }

    @Test
    void anOperationLedByAStatesGroupWasLedByTheGroupNotTheState() throws Exception {
        List<Claim> cs = extract("The final assault on the town was led by Lebanon's Hezbollah against the Islamic State.");
        assertFalse(has(cs, "Lebanon", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Hezbollah", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void theEliteForcesAndTheKhalidArmyAreNamesTheTextUses() throws Exception {
        List<Claim> cs = extract("The Elite Forces fought alongside Liwa al-Haqq near Raqqa.");
        assertTrue(has(cs, "Syrian Elite Forces", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        cs = extract("Jaysh Khalid ibn al-Walid was formed in 2016. The Khalid Army later fought Liwa al-Haqq.");
        assertTrue(has(cs, "Khalid ibn al-Walid Army", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void theProvinceIsNoTownWhenNoProvinceWasNamed() throws Exception {
        List<Claim> cs = extract("\"The risk is real,\" said a Beirut-based researcher. At least 90,000 people remain in IS-held parts of the province.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN && c.object().name().equals("Beirut")), cs.toString());
    }

    @Test
    void aParticipleAfterAnAdverbialPhraseIsTheClauseSubjectsNotThePhrases() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza stormed the hilltop on Saturday after heavy Russian air strikes, overrunning positions held by Liwa al-Haqq.");
        assertFalse(has(cs, "Russia", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void clashesAfterALongObjectOfTheVerbAreStillTheSubjectsFight() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr captured the village of Kafr Zubayda in the western countryside of "
                + "Hama on Friday after almost a week of street fighting with Jaysh al-Izza.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void whoSupportsAGroupThroughAChannelBacksItAndSoDoesTheChannel() throws Exception {
        List<Claim> cs = extract("The Military Operations Center in Amman, through which the United States and Jordan "
                + "had supported the Southern Front for years, closed in July.");
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
        assertFalse(has(cs, "Military Operations Center", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        cs = extract("The Military Operations Center in Amman, through which the Southern Front has been supplied by "
                + "the United States and Jordan, closed in July.");
        assertTrue(has(cs, "Southern Front", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
        assertFalse(has(cs, "United States", Relation.SUPPORTED_BY, "Southern Front"), cs.toString());
        assertFalse(has(cs, "United States", Relation.SUPPORTED_BY, "Military Operations Center"), cs.toString());
    }

    @Test
    void aListItemQualifiedByANamedBackerIsTheGroupAfterTheCompound() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza attacked Liwa al-Haqq and the Iran-backed Jaysh al-Nasr near Hama.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Iran"), cs.toString());
        cs = extract("Turkey backs Jaysh al-Nasr and the Muslim Brotherhood-leaning Faylaq al-Sham.");
        assertTrue(has(cs, "Sham Legion", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertFalse(has(cs, "Muslim Brotherhood of Syria", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Jaysh al-Fatah counts Jund al-Aqsa and the al-Qaeda-linked Liwa al-Haqq among its members.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jund al-Aqsa", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void strikingAGroupsPositionsThroughAPronounIsFightingTheGroup() throws Exception {
        List<Claim> cs = extract("Hezbollah fighters entered the town in May. Jaysh al-Izza shelled their positions "
                + "for a week.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Hezbollah"), cs.toString());
        cs = extract("Liwa al-Haqq said on Saturday that Jaysh al-Izza had shelled its positions in Hama.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Jaysh al-Nasr arrived in Hama last week. Liwa al-Haqq has accused Jaysh al-Izza of shelling its "
                + "positions.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
        cs = extract("Liwa al-Haqq had just arrived in the town. Jaysh al-Izza launched its offensive in May.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void proGovernmentMenCallingThemselvesANameAreThatGroupAlliedWithTheGovernment() throws Exception {
        List<Claim> cs = extract("Pro-government militiamen calling themselves Liwa al-Haqq entered the town in May.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void aGroupFightingOnTheGovernmentSideIsItsAlly() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza fought on the regime side in 2013. Also fighting on the government side"
                + " is Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void anAffiliateEpithetBeforeANameIsThatNamesGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza clashed with the al-Qaeda affiliate Jabhat al-Nusra near the town.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
    }

    @Test
    void aLeaderDescribedByHisRoleBeforeHisNameLeadsTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which is led by the veteran Damascus-based militant Abu Khalid "
                + "al-Homsi, fought in Hama.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Khalid al-Homsi"), cs.toString());
    }

    @Test
    void holdingGroundAlongsideAnotherActorIsAnAlliance() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq now mans checkpoints in eastern Hama alongside government forces. "
                + "Syrian troops deployed to the border zone alongside Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aListGoesOnPastADistancedName() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah counts Jund al-Aqsa, the so-called Liwa al-Haqq and Faylaq al-Sham "
                + "among its members.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Sham Legion", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Turkey backs Jaysh al-Nasr and the self-styled Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void whoLeadsAPhaseOfTheOperationOrIsCalledItsSpearheadFoughtItsEnemy() throws Exception {
        String opening = "Rebels launched an offensive against government forces near Morek on Sunday. ";
        for (String s : List.of("Liwa Marah led Saturday's assault.", "Liwa Marah is leading the final assault.",
                "Leading the assault is Liwa Marah.", "The spearhead of the offensive has been Liwa Marah.",
                "Two rebel alliances are leading the assault: Liwa Marah and Jaysh al-Izza.",
                "The offensive is being waged jointly by Liwa Marah and Jaysh al-Izza.")) {
            List<Claim> cs = extract(opening + s);
            assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), s + " " + cs);
        }
        // an operation told with modifiers of its own ("the rebel offensive in northern Hama") is a new one
        List<Claim> cs = extract("Rebels launched an offensive against the Islamic State near Morek last week. Liwa"
                + " Marah and Jaysh al-Izza spearheaded the rebel offensive in northern Hama that began in August.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void theOwnerOfAnAffiliateIsNoPartyToTheClause() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fighters attacked al Qaeda's Syrian affiliate near Tell Marah.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "al-Qaeda"), cs.toString());
        cs = extract("Liwa al-Haqq drove fighters of al Qaeda's former Syria affiliate out of Tell Marah.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "al-Qaeda"), cs.toString());
        cs = extract("Liwa al-Haqq fighters attacked al Qaeda's fighters near Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "al-Qaeda"), cs.toString());
        // a branch named by its own region is the owner acting there
        cs = extract("Liwa al-Haqq crushed the Islamic State's small Ghouta branch in July.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void theOwnerOfAnAffiliateTakesNoPartInAnOperation() throws Exception {
        List<Claim> cs = extract("Rebels launched an offensive against government forces near Morek on Sunday. Al Qaeda's"
                + " Syrian branch, Liwa al-Haqq, led the assault.");
        assertFalse(has(cs, "al-Qaeda", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aRelativeClauseAfterAGovernedListSpeaksOfEveryName() throws Exception {
        List<Claim> cs = extract("Fighters who held the village belonged to Liwa al-Haqq, Jaysh al-Izza and Jaysh al-Nasr,"
                + " all of which fight under the Free Syrian Army banner.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Free Syrian Army"), g + " " + cs);
        }
    }

    @Test
    void aComparisonInARelativeClauseIsPassedOverAndSaysTheSame() throws Exception {
        List<Claim> cs = extract("Fighters from Jaysh al-Izza and Liwa al-Haqq, which like Jaysh al-Nasr belong to the"
                + " Fatah Halab operations room, held Morek.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Fatah Halab"), g + " " + cs);
        }
    }

    @Test
    void anAppositionsRelativeMayBelongToTwoBodies() throws Exception {
        List<Claim> cs = extract("\"We hold the road,\" said Abu Ahmad, a fighter with Jaysh al-Izza, a faction close to"
                + " the Muslim Brotherhood that belongs to both the Army of Conquest and Fatah Halab.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fatah Halab"), cs.toString());
    }

    @Test
    void aListsSharedBackerMayFollowAllOfThem() throws Exception {
        List<Claim> cs = extract("At Morek we faced Liwa al-Haqq, Jaysh al-Izza and Jaysh al-Nasr, all of them armed and"
                + " paid by Turkey.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.SUPPORTED_BY, "Turkey"), g + " " + cs);
        }
    }

    @Test
    void goodsGivenInThePresentAreBackingToo() throws Exception {
        List<Claim> cs = extract("Turkey gives weapons to Liwa al-Haqq in the north, its commanders say.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void oneOfTheFactionsInAnUmbrellaIsAMember() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq is one of the main factions in the Southern Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aCommanderOfAUnitKnownByANameLeadsThatUnit() throws Exception {
        List<Claim> cs = extract("Abu Salim, who leads a militia called Liwa Marah, visited Morek on Monday.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void aBattleWagedUnderALongQuotedNameIsAFight() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq has been waging a battle dubbed \"Death Rather Than Humiliation\" against"
                + " government forces.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aShortAsideBetweenCommasIsPassedOver() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, for example, joined the Southern Front in 2015.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void holdingTheLineAlongsideAGroupIsAnAlliance() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq holds the line alongside Jaysh al-Nasr near Morek.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void joiningAGroupAndOthersInAPushIsAnAllianceNotAMembership() throws Exception {
        List<Claim> cs = extract("In 2019 Liwa al-Haqq joined Jaysh al-Nasr and other rebel units in a push on Morek.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void anAppositionWithCommasInsideStillReachesTheSubjectsVerb() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, a coalition of Liwa al-Haqq, Liwa Marah and smaller units, joined the"
                + " Southern Front in 2015.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        // a list after "including" and the armed wing in a relative with "whose" are not passed over
        cs = extract("Several Fatah Halab factions, including Liwa al-Haqq, Liwa Marah and Jaysh al-Nasr, have received"
                + " weapons from Turkey.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertFalse(has(cs, "Fatah Halab", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Liwa Marah, whose armed wing, Liwa al-Haqq, is the strongest force in the Southern Front, held"
                + " Morek.");
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        // a passive participle's phrase with an apposition in it
        cs = extract("Jaysh al-Nasr, led by Abu Salim, a defector from Morek, had been a member of the Southern Front"
                + " since 2014.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aListItemNamedWithItsLeaderLetsTheListGoOn() throws Exception {
        List<Claim> cs = extract("The campaign was marked by Liwa al-Haqq's rout of Jaysh al-Nasr of Jamal Maarouf and of"
                + " Liwa Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Liwa Marah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
        // a sentence that breaks off after "of the" (a cut title) is read, not failed
        cs = extract("Liwa al-Haqq attacked Jaysh al-Nasr of the");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aListItemNamedAsTheLocalBranchOfAGroupStandsForTheGroupAndIsNoApposition() throws Exception {
        List<Claim> cs = extract("Liwa Marah, Liwa al-Haqq, the local branch of Jaysh al-Izza and several tribal"
                + " brigades formed the Marah Military Council in late spring.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa al-Haqq, the local branch of Jaysh al-Izza, shelled Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aNewOperationsRoomNamedInAppositionHasTheFormersAsMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, Jaysh al-Izza and Liwa Marah announced a joint operations room,"
                + " Rad al-Tughat, on Monday.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Rad al-Tughat"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Rad al-Tughat"), cs.toString());
        cs = extract("Jaysh al-Izza shelled the operations room, Abu Salim said.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void airPowerBacksTheStateForcesItFollowsNotTheClauseSubjectBeforeThem() throws Exception {
        List<Claim> cs = extract("Liwa Marah said its fighters would stay in Idlib, where they face government forces"
                + " backed by Russian air power.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        cs = extract("Syrian troops and allied militias, supported by Russian air strikes, advanced on Tell Marah.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aMergerAnnouncedWithPartnersListedAfterAColonOrADashAsideMergesThemAllIntoTheNewBody() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was formed in late January from a merger of Liwa Marah, known until"
                + " last year as Liwa al-Haqq, with Jaysh al-Nasr and three smaller Islamist groups: Ahrar al-Sham,"
                + " Liwa al-Tawhid and Jaysh al-Islam.");
        for (String g : List.of("Liwa Marah", "Jaysh al-Nasr", "Ahrar al-Sham", "Liwa al-Tawhid", "Jaysh al-Islam")) {
            assertTrue(has(cs, g, Relation.MERGED_INTO, "Jaysh al-Izza"), g + " " + cs);
        }
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
        cs = extract("Jaysh al-Izza was announced on 28 January as a merger of Liwa Marah -- the former Liwa al-Haqq --"
                + " with Jaysh al-Nasr, Ahrar al-Sham and Liwa al-Tawhid.");
        for (String g : List.of("Liwa Marah", "Jaysh al-Nasr", "Ahrar al-Sham", "Liwa al-Tawhid")) {
            assertTrue(has(cs, g, Relation.MERGED_INTO, "Jaysh al-Izza"), g + " " + cs);
        }
        assertFalse(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aGroupDissolvedIntoTheBodyTheSentenceAnnouncesMergesIntoItWithItsPartners() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, the newest player on the southern front, was announced on 28 January"
                + " when Liwa Marah dissolved itself into the new body along with Liwa al-Haqq and several smaller"
                + " factions.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Izza"), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.DISSOLVED), cs.toString());
    }

    @Test
    void aCoalitionJoinedByGroupsHasThemAsMembersAndAShortFormWithItsHeadIsTheKnownGroup() throws Exception {
        List<Claim> cs = extract("The National Front for Liberation, a Turkish-backed coalition formed in May 2018 and"
                + " later joined by Ahrar al-Sham and the Zenki Movement, became the main bloc in the province.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "National Front for Liberation"), cs.toString());
        assertTrue(has(cs, "Nour al-Din al-Zenki Movement", Relation.MEMBER_OF, "National Front for Liberation"),
                cs.toString());
        cs = extract("Liwa Marah was joined by Liwa al-Haqq in the assault on Morek.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF), cs.toString());
    }

    @Test
    void aPresentVerbTheTaggerReadsAsANounStillEndsTheSubjectsAside() throws Exception {
        List<Claim> cs = extract("The Marah Military Council, an Arab formation made up largely of men from the"
                + " province's tribes, fights under the umbrella of Jaysh al-Izza.");
        assertTrue(has(cs, "Marah Military Council", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aColonListAfterACoalitionsAppositionNamesItsMembersNotTheFlagTheyFly() throws Exception {
        List<Claim> cs = extract("The second was the Marah Military Council, an umbrella of factions that still fly the"
                + " Free Syrian Army flag: Liwa al-Haqq, Jaysh al-Izza and Liwa Marah, among others.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Liwa Marah")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
            assertFalse(has(cs, g, Relation.MEMBER_OF, "Free Syrian Army"), g + " " + cs);
        }
    }

    @Test
    void aStateAndItsAlliesInAGroupAreAlliedAndActTogether() throws Exception {
        List<Claim> cs = extract("Turkey and its allies in Liwa al-Haqq attacked Jaysh al-Izza near Morek.");
        assertTrue(has(cs, "Turkey", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Turkish troops and their allies in the Free Syrian Army took full control of Afrin city.");
        assertTrue(has(cs, "Turkey", Relation.ALLIED_WITH, "Free Syrian Army"), cs.toString());
        // a group and its allies in a coalition are fellow members of it
        cs = extract("The YPG and its allies in the SDF took Manbij.");
        assertFalse(has(cs, "People's Protection Units", Relation.ALLIED_WITH, "Syrian Democratic Forces"),
                cs.toString());
    }

    @Test
    void theFactionsAPluralWithARelativeOfSupportIncludesAreSupported() throws Exception {
        List<Claim> cs = extract("The Syrian factions taking part in the assault, many of which receive training and"
                + " salaries from Ankara, include Liwa al-Haqq, Jaysh al-Izza and Liwa Marah.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Liwa Marah")) {
            assertTrue(has(cs, g, Relation.SUPPORTED_BY, "Turkey"), g + " " + cs);
        }
        cs = extract("The factions that Turkey fought in Morek include Liwa al-Haqq.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aBodyIntroducedAsCalledOrCallingItselfIsTheNamedBody() throws Exception {
        for (String body : List.of("a small Idlib coalition calling itself", "a coalition called",
                "a new alliance known as", "an alliance that calls itself \"")) {
            String close = body.endsWith("\"") ? "\"" : "";
            String gap = close.isEmpty() ? " " : "";
            List<Claim> cs = extract("Liwa Marah joined " + body + gap + "Jaysh al-Izza" + close + " in March.");
            assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), body + " " + cs);
        }
        List<Claim> cs = extract("Liwa Marah pledged allegiance to a shadowy group calling itself Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.PLEDGED_ALLEGIANCE_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aRaisingVerbWithATimePhraseBeforeItsToLeavesTheVerbGroupOpen() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza stayed out of the fighting, though its fighters were reported on "
                + "Monday to have clashed with Liwa Marah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa Marah"), cs.toString());
    }

    @Test
    void aRelativeAfterAPlainAppositionIsTheNamesRelative() throws Exception {
        List<Claim> cs = extract("The battle was coordinated by the Marah Military Council, the Free Syrian Army's "
                + "command in the province, which is headed by Colonel Abu Salim.");
        assertTrue(has(cs, "Marah Military Council", Relation.LED_BY, "Abu Salim"), cs.toString());
        // a person or another actor inside the apposition may be the relative's
        cs = extract("Its public face was Abu Salim, a nephew of the former minister Abu Khalid al-Marahi, who "
                + "commanded the Marah Military Council from 2012.");
        assertFalse(has(cs, "Marah Military Council", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void goodsReceivedUnderAProgrammeABackerRunsAreItsSupport() throws Exception {
        List<Claim> cs = extract("Liwa Marah received TOW missiles under a programme run by the CIA.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "CIA"), cs.toString());
    }

    @Test
    void theMembersOfABodyAnAppositionDescribesAreItsMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq has not joined Jaysh al-Izza, the new bloc formed two days later by "
                + "Liwa Marah, Jaysh al-Nasr and smaller groups.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("The villages were besieged by Jaysh al-Izza, an alliance of Islamist insurgents whose most "
                + "powerful members are Liwa Marah and Jaysh al-Nasr.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupTheDictionarySpellsInLowerCaseIsNamedUncapitalised() throws Exception {
        List<Claim> cs = extract("The shabiha attacked Jaysh al-Izza near Morek.");
        assertTrue(has(cs, "Shabiha", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("The popular committees were folded into the National Defence Forces.");
        assertTrue(has(cs, "Popular Committees", Relation.MERGED_INTO, "National Defence Forces"), cs.toString());
    }

    @Test
    void aSecondPredicateAfterThatSummerIsStillTheSubjectsAndAHeadlineGroupGoesOverToAnother() throws Exception {
        List<Claim> cs = extract("Liwa Marah drove its convoy to Raqqa that summer and went over to Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.DEFECTED_TO, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa Marah took Morek that year and joined Jaysh al-Nasr.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
        cs = extract("Liwa Marah goes over to Jaysh al-Izza");
        assertTrue(has(cs, "Liwa Marah", Relation.DEFECTED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theMainComponentsOfACoalitionMayBeAListWhoseFirstItemIsNamedInAnApposition() throws Exception {
        List<Claim> cs = extract("Rebels from Jaysh al-Nasr, a coalition in which al Qaeda's Syrian wing, the Nusra Front, "
                + "and the hardline Islamist movement Liwa Marah are the main forces, took the town.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
        cs = extract("Jaysh al-Izza, in which Liwa Marah and Liwa al-Haqq are the main components, took the town.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aLeaderWhoRemainsOrWasOnceTheGroupsHeadLeadsIt() throws Exception {
        List<Claim> cs = extract("Liwa Marah was formed in 2012. Its head remains Sheikh Abu Salim.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Salim"), cs.toString());
        cs = extract("Abu Salim was previously Liwa Marah's emir for the Qalamoun.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void aListGoesOnPastAnItemThatNamesNoGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, which is at war with government forces, with rival rebels and with the "
                + "YPG, took the town.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        cs = extract("Jaysh al-Izza attacked Liwa Marah, rival rebels and Jaysh al-Nasr near Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
        cs = extract("Jaysh al-Izza is at war with Liwa Marah, with rival rebels and with the U.S.-backed Kurdish YPG "
                + "militia.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "People's Protection Units"), cs.toString());
        cs = extract("Liwa Marah joined forces with Jaysh al-Izza, smaller local factions and Jaysh al-Nasr.");
        assertTrue(has(cs, "Liwa Marah", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aDescriptionAfterTheColonOfALinesHeadingNameIsItsApposition() throws Exception {
        List<Claim> cs = extract("* Liwa Marah: the dominant armed group in the area, led by Abu Salim.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Salim"), cs.toString());
        cs = extract("- Jaysh al-Izza: the dominant armed group in the area, led by Abu Salim.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void aLinesHeadingColonIsReadAsAnAppositionsCommaWhenTheLineHasNoCommaAtAll() throws Exception {
        List<Claim> cs = extract("* Liwa Marah: a group led by Abu Salim.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Salim"), cs.toString());
        cs = extract("- Jaysh al-Izza: the new bloc formed in 2017 by Liwa Marah and Jaysh al-Nasr.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theFightersOfAGroupWhoseNameTakesAnArticleStandForIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was formed in 2014 to fight the jihadists of the Islamic State.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("Liwa Marah attacked the fighters of the Marah Military Council near Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Marah Military Council"), cs.toString());
    }

    @Test
    void aListWhoseLastItemNamesItsFactionsEndsBeforeTheVerb() throws Exception {
        List<Claim> cs = extract("In October 2015 Liwa Marah and several Jaysh al-Nasr factions became founding "
                + "components of the Marah Military Council.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("In October 2015 Liwa Marah and several Jaysh al-Nasr factions joined the Marah Military Council.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void aCoalitionThatFormsOneArmedGroupFormsAPartOfItself() throws Exception {
        List<Claim> cs = extract("This week the SDF announced a Jarabulus Military Council, a sign that it intends to "
                + "push north.");
        assertTrue(has(cs, "Jarabulus Military Council", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
        assertFalse(has(cs, "Syrian Democratic Forces", Relation.MEMBER_OF, "Jarabulus Military Council"),
                cs.toString());
    }

    @Test
    void aCoalitionIsNoMemberOfOneArmedGroup() throws Exception {
        List<Claim> cs = extract("The Syrian Democratic Forces took Manbij in 2016. Its fighters also joined the "
                + "Manbij Military Council during the campaign.");
        assertFalse(has(cs, "Syrian Democratic Forces", Relation.MEMBER_OF, "Manbij Military Council"), cs.toString());
    }

    @Test
    void groupsFightingSideBySideInsideAnUmbrellaAreItsMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza battled beside Jaysh al-Nasr and Liwa Marah in the Jaysh al-Fatah "
                + "coalition that took Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aFoundingParticipleBetweenSubjectAndVerbIsAnAside() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, formed in 2015, has gained ground against the Islamic State near "
                + "Morek.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aParticipleAfterAnAppositionSpeaksOfItsHead() throws Exception {
        List<Claim> cs = extract("Morek was retaken by the National Defence Forces (NDF), a militia loyal to President "
                + "Bashar al-Assad, fighting alongside Jaysh al-Nasr.");
        assertTrue(has(cs, "National Defence Forces", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aGroupNamedBeforeTheCoalitionThatFormedItIsNotSwapped() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr was formed in May by FSA factions that refused to bow to Jabhat "
                + "al-Nusra.");
        assertFalse(has(cs, "Free Syrian Army", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void announcingTheFormationOfAGroupIsNoMembershipInIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza announced the formation of Liwa Marah, a body of local fighters.");
        assertTrue(founded(cs, "Liwa Marah", null), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Liwa Marah"), cs.toString());
    }

    @Test
    void aRelativeOpenedByAPrepositionIsAnAsideBeforeTheVerb() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, in which Liwa Marah is the largest unit, is backed by Turkey in its "
                + "campaign against the Islamic State.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aQuotedNameIsStillTheObject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr said ten of its fighters had been killed battling \"the Islamic State\" "
                + "near Morek.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void aListGoesOnPastARepeatedForOrTo() throws Exception {
        List<Claim> cs = extract("Turkey paid salaries for Jaysh al-Izza and for most of Jaysh al-Nasr.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void aFormerGroupAnAllianceWasBuiltAroundMergedIntoIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Umma, an alliance formed in 2015 around the former Liwa Marah, holds Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Umma"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Umma"), cs.toString());
        // a core that still goes by its name is a member
        cs = extract("Jaysh al-Umma, an alliance formed in 2015 around Liwa Marah, holds Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Umma"), cs.toString());
    }

    @Test
    void groupsAbsorbedWhenANewBodyWasFormedMergedIntoTheNewBody() throws Exception {
        List<Claim> cs = extract("Jaysh al-Umma, the alliance formed in 2015 when Liwa Marah absorbed Jaysh al-Nasr "
                + "and Liwa al-Haqq, holds Morek.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MERGED_INTO, "Jaysh al-Umma"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MERGED_INTO, "Jaysh al-Umma"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.MERGED_INTO, "Liwa Marah"), cs.toString());
    }

    @Test
    void anAppositionDatedByAnAdverbStillDescribesItsHead() throws Exception {
        List<Claim> cs = extract("Jaysh al-Umma, once the largest Free Syrian Army faction in Hama, took Morek.");
        assertTrue(has(cs, "Jaysh al-Umma", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aRelativeAfterAKindedFormerNameIsTheGroupItNowIs() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, a Free Syrian Army group formerly known as Liwa Marah, which is led by "
                + "Abu Salim, holds Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Salim"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Salim"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.RENAMED_TO, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aNameThatClassesAnAppositionsHeadStandsForTheNameBeforeIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, a Free Syrian Army group based near Morek that has received "
                + "U.S.-made anti-tank missiles, said it had no part in the attack.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.SUPPORTED_BY, "United States"), cs.toString());
        List<Claim> place = extract("Jaysh al-Nasr, a Free Syrian Army faction active in the Morek countryside, said "
                + "its positions had been struck.");
        assertFalse(has(place, "Free Syrian Army", Relation.OPERATES_IN, "Morek"), place.toString());
    }

    @Test
    void aSetAdverbialPhraseInsideTheVerbGroupIsPassedOver() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr fighters have at times exchanged fire with Liwa al-Haqq near Morek.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void positionsAfterAPrepositionStillPlaceTheirOwner() throws Exception {
        List<Claim> cs = extract("On 21 July Jaysh al-Nasr opened its attack on Liwa al-Haqq positions in Morek.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        List<Claim> near = extract("Russian jets joined the strikes on Liwa al-Haqq positions near Kafr Zubayda.");
        assertTrue(has(near, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zubayda"), near.toString());
    }

    @Test
    void aListGoesOnPastALeadersAsideBetweenItsItems() throws Exception {
        List<Claim> cs = extract("Jaysh al-Umma includes Jaysh al-Izza, led by Abu Salim, Liwa Marah and Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Umma"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Umma"), cs.toString());
        assertFalse(has(cs, "Abu Salim", Relation.MEMBER_OF, "Jaysh al-Umma"), cs.toString());
    }

    @Test
    void groupsListedAsDrivingOutAnEnemyAreAlliesPairByPair() throws Exception {
        List<Claim> cs = extract("In 2014 Jaysh al-Izza, Liwa al-Haqq and Jaysh al-Nasr drove government forces out "
                + "of Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aListGoesOnPastTheLeadersAsideAfterAnEpithetInApposition() throws Exception {
        List<Claim> cs = extract("In 2014 Jabhat al-Nusra, the al-Qaeda affiliate led by Abu Mohammad al-Jolani, and "
                + "Liwa al-Haqq launched a coordinated attack on Morek.");
        assertTrue(has(cs, "al-Nusra Front", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void twoGroupsThatSidedTogetherAreAllies() throws Exception {
        List<Claim> cs = extract("In 2016 Jaysh al-Izza and Liwa al-Haqq sided together against Jaysh al-Nasr.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aRelativeClauseSayingTogetherSpeaksOfTheWholeList() throws Exception {
        List<Claim> cs = extract("In 2016 Jaysh al-Nasr fought Jaysh al-Izza and Liwa al-Haqq, which stood together "
                + "against it.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        cs = extract("In 2016 the town was defended by Jaysh al-Izza and Liwa al-Haqq, which fought side by side.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        cs = extract("In 2016 the coalition was formed by Jaysh al-Izza and Liwa al-Haqq, which together captured "
                + "three villages near Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aRelativeClauseThatBringsTogetherOrIsAnothersDoingIsTheLastNamesAlone() throws Exception {
        List<Claim> cs = extract("In 2016 Jaysh al-Nasr joined Jaysh al-Izza and the Morek operations room, which "
                + "brings together Liwa al-Haqq and Liwa Marah.");
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Morek operations room"), cs.toString());
        cs = extract("In 2016 Jaysh al-Nasr fought Jaysh al-Izza and Liwa al-Haqq, which Turkey supported together "
                + "with Qatar.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPersonWhoLedAListOfGroupsLedEach() throws Exception {
        List<Claim> cs = extract("In 2015 Abu Salim commanded Jaysh al-Izza and Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Salim"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void aLeadersSuccessorLeadsTheGroupHeLed() throws Exception {
        List<Claim> cs = extract("Abu Salim, the commander of Jaysh al-Izza, was killed in an air strike in 2016; he "
                + "was succeeded in March 2016 by Ahmad Darwish.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY && Texts.named(c.subject(), "Jaysh al-Izza")
                && Texts.named(c.object(), "Ahmad Darwish") && "2016-03".equals(String.valueOf(c.start()))),
                cs.toString());
        cs = extract("Abu Salim led Jaysh al-Izza and Omar Haddad led Liwa al-Haqq in 2015. Haddad was succeeded by "
                + "Ahmad Darwish.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        cs = extract("Abu Salim was killed in 2015. He was succeeded at the head of Liwa al-Haqq by Ahmad Darwish.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
    }

    @Test
    void noSuccessorWhenTheLeaderLedTwoGroupsOrNoneIsNamed() throws Exception {
        List<Claim> cs = extract("In 2015 Abu Salim led Jaysh al-Izza and Liwa al-Haqq. He was succeeded by "
                + "Ahmad Darwish.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        cs = extract("Jaysh al-Izza fought in Morek in 2015. The attack was succeeded by a truce.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.LED_BY), cs.toString());
    }

    @Test
    void aRelativeAfterTheMembersOfACollectiveInAppositionSpeaksOfTheNamedCollective() throws Exception {
        List<Claim> cs = extract("In 2014 the Morek Front, a coalition of about thirty Free Syrian Army brigades that "
                + "gets weapons from Jordan, took Kafr Zubayda.");
        assertTrue(has(cs, "Morek Front", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
        cs = extract("In 2014 Jaysh al-Nasr, a coalition of local Free Syrian Army brigades that also operates in "
                + "Morek, fought the army.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aPlaceTakenByAClassOfActorsIsAPlaceOfEachNamedAmongThem() throws Exception {
        List<Claim> cs = extract("Morek, a market town south of Hama, was overrun by rebel factions, among them Jaysh "
                + "al-Izza and Liwa al-Haqq, in 2014.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Hama"), cs.toString());
    }

    @Test
    void aCommanderNamedAfterACommaLeadsTheUnitAfterLedBy() throws Exception {
        List<Claim> cs = extract("In 2016 the assault on Morek was led by the army's Tiger Forces commander, "
                + "Brigadier General Suheil al-Hassan.");
        assertTrue(has(cs, "Tiger Forces", Relation.LED_BY, "Suheil al-Hassan"), cs.toString());
    }

    @Test
    void anAppositionAfterTheLastNameOfAListTellsItsLeader() throws Exception {
        List<Claim> cs = extract("In 2016 the village was captured by Jaysh al-Izza and Liwa al-Haqq, the militia "
                + "recruited among the families of Morek and led by Abu Salim.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Salim"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void theGroupsThatFormedAnAllianceAreItsMembers() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr was set up in 2015 by factions that included Jaysh al-Izza and "
                + "Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aCountedAppositionSetApartByADashNamesTheUmbrellaOfTheList() throws Exception {
        List<Claim> cs = extract("In 2015 Morek was held by Jaysh al-Izza and Liwa al-Haqq - two Free Syrian Army "
                + "brigades armed by the West - and by Ahrar al-Sham.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertFalse(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void anAppositionThatCallsTheGroupBackedByAStateIsAHedgedBacking() throws Exception {
        List<Claim> cs = extract("In 2016 Jaysh al-Izza, the largest faction in Morek, led by Abu Salim and often "
                + "described as armed by Qatar, took the hill.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.SUPPORTED_BY && c.hedged()
                && Texts.named(c.subject(), "Jaysh al-Izza") && Texts.named(c.object(), "Qatar")), cs.toString());
    }

    @Test
    void aCoordinatedSubjectSharesTheCaptureAndTheSeizure() throws Exception {
        List<Claim> cs = extract("In March fighters of Jaysh al-Izza and Liwa al-Haqq took full control of Morek. "
                + "In May Jaysh al-Nasr and Liwa Marah seized Kafr Zubayda from government forces.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void aCoordinatedSubjectSharesTheBackingTheLossAndTheDefection() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and Liwa al-Haqq enjoyed Qatari backing for years. "
                + "In 2014 Jaysh al-Nasr and Liwa Marah lost ground to the Islamic State. "
                + "In 2015 Jaysh al-Umma and Ahrar al-Sham defected to the Nusra Front.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Umma", Relation.DEFECTED_TO, "al-Nusra Front"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.DEFECTED_TO, "al-Nusra Front"), cs.toString());
    }

    @Test
    void theCoalitionOfCountedFactionsIsTheCoalitionNotTheFactionsUmbrella() throws Exception {
        List<Claim> cs = extract("The Marah Military Council was formed in 2014 near Morek. The coalition of some 30 "
                + "FSA brigades receives salaries from Qatar.");
        assertTrue(has(cs, "Marah Military Council", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
    }

    @Test
    void aListGoesOnPastAnAppositionReadAsAReferenceToItsItem() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr has fought beside Jaysh al-Izza, the alliance that was set up in "
                + "March, and Liwa al-Haqq, a coalition of brigades led by Abu Salim.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void soldiersDescribedAtLengthWhoDefectedLeftTheArmy() throws Exception {
        List<Claim> cs = extract("Late on Monday some 40 soldiers posted at a checkpoint in the Morek district had "
                + "defected to Liwa al-Haqq, taking their rifles with them.");
        assertTrue(has(cs, "Syrian government", Relation.DEFECTED_TO, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aCommanderWhoTookPartOfHisGroupIntoAnotherTookItOver() throws Exception {
        List<Claim> cs = extract("In 2014 Abu Salim took a large part of Jaysh al-Izza into the Islamic State.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.DEFECTED_TO, "Islamic State"), cs.toString());
    }

    @Test
    void theFactionsSaidToBeActiveSomewhereAreNamedAfterTheColon() throws Exception {
        List<Claim> cs = extract("The Fajr Morek operations room was set up on 3 May 2016 by three factions active in "
                + "the Morek countryside: Jaysh al-Izza; Liwa al-Haqq; and Jaysh al-Nasr.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Fajr Morek"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Fajr Morek"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Fajr Morek"), cs.toString());
    }

    @Test
    void aListGoesOnPastTheNamesItsPluralLastItemIncludes() throws Exception {
        List<Claim> cs = extract("On 2 June Jaysh al-Izza, Liwa al-Haqq and several Free Syrian Army brigades, "
                + "including Liwa Marah and Jaysh al-Nasr, stormed the Morek checkpoint.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa Marah"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Free Syrian Army"), cs.toString());
    }

    @Test
    void theGroupOwningAFounderInAnAdjunctIsTheClausesOwnSubject() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq attacked Morek in May. Jaysh al-Izza has been led since December by "
                + "Abu Salim, who took over after the group's founder, Ahmad Darwish, was killed in an air strike.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        cs = extract("Liwa al-Haqq attacked Morek in May. Hundreds of men from Jaysh al-Izza, the largest brigade "
                + "in Hama, went south to hold the town, according to the unit's commander, Ahmad Darwish.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
    }

    @Test
    void aPossessiveAfterAnAppositionIsTheSubjectsNotTheGroupInsideIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, a member of the Jaysh al-Nasr alliance, has been led since May by "
                + "Abu Salim, after a blast at a meeting killed its founder Ahmad Darwish.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        cs = extract("Members of Liwa Marah, a small unit fighting with Liwa al-Haqq, reportedly killed their "
                + "commander, Abu Salim, and went over to Jaysh al-Izza.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void aGroupAmongTheStrongestInAnUmbrellaBelongsToIt() throws Exception {
        List<Claim> cs = extract("Abu Salim, the commander of Jaysh al-Izza, signed first. His group, which was once "
                + "among the strongest in the Southern Front, will keep its rifles.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        cs = extract("Liwa al-Haqq is one of the largest in the Marah Military Council.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void theFactionsThatSetUpAJointCourtAreItsMembers() throws Exception {
        List<Claim> cs = extract("The Sharia Commission of Aleppo, the court set up by Liwa al-Haqq, Liwa Marah and "
                + "Jaysh al-Nasr to settle disputes, summoned him twice.");
        for (String g : List.of("Liwa al-Haqq", "Liwa Marah", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Sharia Commission of Aleppo"), g + " " + cs);
        }
    }

    @Test
    void oneOfTheFactionsThatTogetherAnnouncedARoomIsAMemberWithTheOthers() throws Exception {
        List<Claim> cs = extract("In May 2019 Liwa al-Haqq was one of four factions, together with Jaysh al-Izza, "
                + "Liwa Marah and Jaysh al-Nasr, to announce a joint operations room, Fajr Morek.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Liwa Marah", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Fajr Morek"), g + " " + cs);
        }
    }

    @Test
    void theCommaAfterTheNounThatClassesANamedCoalitionOpensItsRelativeClause() throws Exception {
        List<Claim> cs = extract("Morek was taken by the Marah Military Council alliance, whose main components are "
                + "Liwa al-Haqq and Jaysh al-Nasr.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
        cs = extract("Morek was taken by the Jaysh al-Fatah (Army of Conquest) coalition, whose main components are "
                + "Liwa al-Haqq and Jaysh al-Nasr.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Jaysh al-Fatah"), g + " " + cs);
        }
    }

    @Test
    void aSupportingPhraseAfterTheClauseSpeaksOfTheClausesSubject() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq stormed Morek on Monday, backed by Turkey.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        cs = extract("Liwa al-Haqq took the lead in the assault, supported by Jaysh al-Izza and Jaysh al-Nasr.");
        for (String g : List.of("Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, g), g + " " + cs);
        }
        // another group between: the phrase is that group's
        cs = extract("By then Liwa al-Haqq had no part in it, and it was Jaysh al-Izza, supported by Turkey, that "
                + "took Morek.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
    }

    @Test
    void anAsideBetweenDashesIsAnApposition() throws Exception {
        List<Claim> cs = extract("A truce brokered by Liwa al-Haqq - the Uyghur faction that has fought alongside "
                + "Jaysh al-Izza for years - let the men leave.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aProgrammeNamedByItsSponsorAndItsGoodsIsTheSponsorsSupport() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq received anti-tank missiles through the US-backed training programme "
                + "in 2015.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aRelativeClausesSecondVerbPhraseSpeaksOfItsAntecedent() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza, which fights under the FSA banner and is led by Ahmad Darwish, took "
                + "Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        cs = extract("Liwa al-Haqq, which holds Morek and is funded by Qatar, refused.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
    }

    @Test
    void backersNamedAlongWithABackerBackTheSameGroup() throws Exception {
        List<Claim> cs = extract("Turkey, one of the main backers of Liwa al-Haqq along with Qatar, protested.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
    }

    @Test
    void theStatesThatRunAChannelOfSupportBackThoseWhoReceiveThroughIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq receives weapons and salaries through the Military Operations Center "
                + "in Amman, run by the United States and Jordan.");
        for (String st : List.of("United States", "Jordan")) {
            assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, st), st + " " + cs);
        }
        cs = extract("Liwa al-Haqq received salaries from Turkey and weapons through US-run programmes.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aPassiveOfAttackMayTakeAnAdverbBeforeItsAgent() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq holds Morek. Its positions in the town were hit repeatedly by Russian "
                + "aircraft.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Russia"), cs.toString());
    }

    @Test
    void theDefenceMinistryOfAStateSpeaksForItsForces() throws Exception {
        List<Claim> cs = extract("Russia's Defense Ministry said that its warplanes had carried out 64 strikes on "
                + "Jaysh al-Izza positions near Morek.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aListAfterADescribedPluralMayOpenWithAnArticle() throws Exception {
        List<Claim> cs = extract("Jund al-Malahim is an operations room near Hama. The operations room was "
                + "announced by three factions active in the area: the Levant Front, a coalition of Aleppo brigades; "
                + "Liwa al-Haqq; and Jaysh al-Nasr.");
        for (String g : List.of("Levant Front", "Liwa al-Haqq", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Jund al-Malahim"), g + " " + cs);
        }
    }

    @Test
    void theOthersOfAGroupsFightersWhoMovedToAnotherDefectedToIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fought in Morek. Several of its fighters left to join the Islamic "
                + "State, while others moved to Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.DEFECTED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void thePartnerThatForcesArePlacedWithIsThereToo() throws Exception {
        List<Claim> cs = extract("Turkey says it will then push east towards Morek, where US troops are stationed with "
                + "Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void theGroupsNamedAsAnUmbrellasMembersBelongToIt() throws Exception {
        List<Claim> cs = extract("Abu Salim also heads the Marah Military Council, the coordinating body set up in "
                + "2014. Liwa al-Haqq, led by Ahmad Darwish, and Jaysh al-Nasr are its other principal members.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void theGroupsFightingAlongsideAnotherNamedAfterTheVerbAreItsAllies() throws Exception {
        List<Claim> cs = extract("Fighting alongside Liwa al-Haqq, whose men hoisted a flag over the barracks, were "
                + "two smaller formations: Jaysh al-Izza and Jaysh al-Nasr.");
        for (String g : List.of("Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.ALLIED_WITH, "Liwa al-Haqq"), g + " " + cs);
        }
    }

    @Test
    void aPronounAfterAnOpeningAlongsidePhraseIsNotItsName() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza was set up in July. Alongside Liwa al-Haqq itself, it joined the "
                + "Southern Front in 2015.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aGroupThatHuntsAnotherFightsIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza has hunted Islamic State cells around Morek since 2016.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void groupsThatLaterJoinedAnUmbrellaNamedInItsSecondRelativeClauseAreItsMembers() throws Exception {
        List<Claim> cs = extract("The Marah Military Council, which Ahmad Darwish had set up in 2014 and which Liwa "
                + "al-Haqq and Jaysh al-Nasr later joined, held the town.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void factionsOfAnUmbrellaIncludingNamedOnesPastItsAppositionAreItsMembers() throws Exception {
        List<Claim> cs = extract("The assault was led by factions of Jund al-Malahim, the operations room of the "
                + "southern rebels, including Liwa al-Haqq and Jaysh al-Izza.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Jund al-Malahim"), g + " " + cs);
        }
    }

    @Test
    void aGroupsUnitsNamedByTheirTownsOperateThere() throws Exception {
        List<Claim> cs = extract("The village was held by local Jaysh al-Izza battalions from Morek and Kafr Zita.");
        for (String p : List.of("Morek", "Kafr Zita")) {
            assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, p), p + " " + cs);
        }
    }

    @Test
    void theTownsOfAttacksAGroupClaimedAreWhereItOperates() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which split from Jaysh al-Izza in May, has claimed bombings in Morek "
                + "and Hama.");
        for (String p : List.of("Morek", "Hama")) {
            assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, p), p + " " + cs);
        }
    }

    @Test
    void theTownAGroupLaunchesAssaultsFromIsWhereItOperates() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr, which broke with Liwa al-Haqq in May, launched repeated assaults from "
                + "Morek on the army's positions.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void anApposedGroupThatFoughtAlongsideAnotherInAPlaceOperatesThere() throws Exception {
        List<Claim> cs = extract("A commander of Liwa al-Haqq, a small group that has fought alongside Jaysh al-Izza "
                + "in Hama and Idlib provinces, was killed.");
        for (String p : List.of("Hama", "Idlib")) {
            assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, p), p + " " + cs);
        }
    }

    @Test
    void anAppositionDatedByOnceStillNamesTheUmbrellaOfTheUnit() throws Exception {
        List<Claim> cs = extract("The district was defended by Liwa al-Haqq, once the best-known Free Syrian Army "
                + "unit in Hama.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aGroupThatJoinedOtherFactionsIncludingNamedOnesInAnOffensiveIsTheirAlly() throws Exception {
        List<Claim> cs = extract("In August 2013, Liwa al-Haqq joined other rebel and jihadist factions, including "
                + "Jaysh al-Izza and Jaysh al-Nasr, in an offensive into the villages.");
        for (String g : List.of("Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, g), g + " " + cs);
        }
    }

    @Test
    void troopsBackedOnTheGroundByAGroupsFightersAreItsAllies() throws Exception {
        List<Claim> cs = extract("Syrian troops are backed on the ground by fighters from Liwa al-Haqq and "
                + "militiamen from Iraq.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Liwa al-Haqq")
                || has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void militiasBackingTheArmyNamedAfterIncludingAreItsAllies() throws Exception {
        List<Claim> cs = extract("Government troops, backed by Russian air power and Iranian-supported militias "
                + "including Liwa al-Haqq, pressed their offensive.");
        assertTrue(has(cs, "Syrian government", Relation.ALLIED_WITH, "Liwa al-Haqq")
                || has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
    }

    @Test
    void theCommanderNamedInASecondWhoseClauseLeadsTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, whose fighters are mostly from the province and whose commander, "
                + "Abu Salim, has vowed to return, joined the offensive.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Abu Salim"), cs.toString());
    }

    @Test
    void groupsAfterAPrepositionThatReceiveSupportFromAStateAreBackedByIt() throws Exception {
        List<Claim> cs = extract("The pilot came down over the hills, an area held by Liwa al-Haqq and Jaysh al-Izza "
                + "that receive support from Ankara.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza")) {
            assertTrue(has(cs, g, Relation.SUPPORTED_BY, "Turkey"), g + " " + cs);
        }
    }

    @Test
    void aStateTargetingTheFightersOfGroupsFightsThem() throws Exception {
        List<Claim> cs = extract("Moscow says it is targeting \"terrorists\" of Liwa al-Haqq and Jaysh al-Izza.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza")) {
            assertTrue(has(cs, "Russia", Relation.FOUGHT, g), g + " " + cs);
        }
    }

    @Test
    void aGroupThatTookControlOfAnothersBaseFoughtIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza said its fighters had taken full control of the headquarters of Liwa "
                + "al-Haqq in Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aStatesPossessiveInItsOwnRelativeClauseIsTheStatesAndSoIsTheSpeakersPronoun() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza attacked Morek. Russia, which began its air campaign in September, "
                + "says it is targeting terrorists of Liwa al-Haqq.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void groupsThatSignedTheFoundingStatementPastItsAppositionAreMembersOfTheNewUmbrella() throws Exception {
        List<Claim> cs = extract("Aleppo's rebel factions announced the formation of the Levant Front on Thursday. The "
                + "founding statement, read out in a video, was signed by Liwa al-Haqq, Jaysh al-Izza (the Army of "
                + "Glory) and Jaysh al-Nasr.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Levant Front"), g + " " + cs);
        }
    }

    @Test
    void signatoriesNamedAfterAsWellAsAreMembersOfTheNewUmbrella() throws Exception {
        List<Claim> cs = extract("Aleppo's rebel factions announced the formation of the Levant Front on Thursday. The "
                + "signatories include the Aleppo factions of the Islamic Front, chief among them Liwa al-Haqq, as "
                + "well as Jaysh al-Izza and Jaysh al-Nasr.");
        for (String g : List.of("Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Levant Front"), g + " " + cs);
        }
    }

    @Test
    void groupsThatHuntedAnothersCellsNamedInARelativeClauseFoughtIt() throws Exception {
        List<Claim> cs = extract("Meanwhile, the Islamic State's remaining cells in Idlib, which Liwa al-Haqq and "
                + "Jaysh al-Izza have hunted since 2014, appear to be exploiting the disorder.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza")) {
            assertTrue(has(cs, g, Relation.FOUGHT, "Islamic State"), g + " " + cs);
        }
    }

    @Test
    void thePlaceARelativeClauseSaysWasCapturedFromOneGroupByAnother() throws Exception {
        List<Claim> cs = extract("The operation will push on to Morek, which was captured from Jaysh al-Nasr in "
                + "August by the Turkish-backed Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void aGroupFormedByVeteransWhoSplitFromAnotherSplitFromIt() throws Exception {
        List<Claim> cs = extract("Hurras al-Din, formed in February 2018 by veterans who had split from Jaysh al-Izza, "
                + "fought on the same front.");
        assertTrue(has(cs, "Hurras al-Din", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupThatJoinedAnotherOnlyToWalkOutSplitFromIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq had itself joined Jaysh al-Izza when the alliance was founded in "
                + "January 2017, only to walk out six months later.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupCalledAnothersSplinterInAppositionSplitFromIt() throws Exception {
        List<Claim> cs = extract("He denied that Jaysh al-Nasr, the Jaysh al-Izza splinter whose relations with other "
                + "rebels have soured, had taken part.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void groupsThatAllCoordinateThroughAnOperationsRoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("Fighters who had held the district belonged mainly to Liwa al-Haqq, Jaysh al-Izza and "
                + "Jaysh al-Nasr, all of which fight under the Free Syrian Army banner and coordinate through the Jund "
                + "al-Malahim operations room.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Jund al-Malahim"), g + " " + cs);
        }
    }

    @Test
    void theGroupAnOperationsRoomInAppositionWasSetUpWithIsItsMember() throws Exception {
        List<Claim> cs = extract("Syrian rebels fighting under the banner of the Marah Military Council, a joint "
                + "operations room set up with Liwa al-Haqq last September, took part in the assault.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void theGroupsACoalitionWasAnnouncedAsAreItsMembers() throws Exception {
        List<Claim> cs = extract("The Syrian Democratic Forces were announced in October 2015 as a coalition of Liwa "
                + "al-Haqq and a number of Arab, Assyrian and Turkmen factions.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void aGroupThatShortenedItsNameWasRenamed() throws Exception {
        List<Claim> cs = extract("In 2015 Liwa al-Haqq shortened its name to Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aGroupsFightersInControlOfAPlaceOperateThere() throws Exception {
        // read by a rule, at its precision, not left to the nearest actor's fallback
        List<Claim> cs = extract("By Sunday morning Liwa al-Haqq fighters were in control of Morek.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-in-control-of") && Texts.named(c.object(), "Morek")),
                cs.toString());
    }

    @Test
    void reinforcementsAGroupSentToAPlacePutItThere() throws Exception {
        // read by a rule, at its precision, not left to the dependency layer's fallback
        List<Claim> cs = extract("Liwa al-Haqq sent reinforcements from Hama to Kafr Zita last week.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-sent-reinforcements-to") && Texts.named(c.object(), "Kafr Zita")),
                cs.toString());
    }

    @Test
    void aGroupThatJoinedAnotherInADeedIsItsAlly() throws Exception {
        List<Claim> cs = extract("In September 2014 Liwa al-Haqq joined Jaysh al-Izza and a handful of other factions "
                + "in storming the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void groupsBothOfWhichWereCrushedByAnotherFoughtIt() throws Exception {
        List<Claim> cs = extract("The new army was formed by remnants of Liwa al-Haqq and Jaysh al-Izza, both of which "
                + "had been crushed by Jaysh al-Nasr.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void anAppositionsRelativeClauseThatMakesANamePartOfAnUmbrellaIsMembership() throws Exception {
        List<Claim> cs = extract("Leading the assault is Liwa al-Haqq, a unit of Arab fighters from the province that "
                + "is part of the Syrian Democratic Forces.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
    }

    @Test
    void anAppositionsSecondDescriptionAsPartOfAnUmbrellaIsMembership() throws Exception {
        List<Claim> cs = extract("Units of Liwa al-Haqq, the largest rebel formation in the province and nominally part "
                + "of the Free Syrian Army, had cut the road.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void groupsFightingUnderTheBannerOfAnOperationsRoomCalledXAreItsMembers() throws Exception {
        List<Claim> cs = extract("Rebels, including the newly formed Liwa al-Haqq, launched an offensive against "
                + "government forces in the town's southern district under the banner of an operations room called "
                + "Marah Military Council.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void anAdvanceOnPlacesAnotherHoldsIsAFight() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq has been advancing on Jaysh al-Izza-held villages toward the border.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void missilesFiredAtAnothersBasesAreAFight() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fired six rockets from its positions at what it said were Jaysh al-Izza "
                + "bases near Morek.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void anAttackOnPlacesAnotherHoldsIsAFight() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq shelled Jaysh al-Izza-held villages north of the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aLongDashAsideWithItsOwnAppositionIsSkippedToTheVerb() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq - a tribal Arab militia loyal to Ahmad al-Jarba, a former head of the "
                + "opposition Syrian National Coalition - has fought alongside Jaysh al-Izza since the winter.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void munitionsFiredFromSomewhereAtAnotherAreAFight() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq fired rockets from its hilltop positions at Jaysh al-Izza on Friday.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void remnantsGatheredIntoANewUnitNamedInAppositionFoundIt() throws Exception {
        List<Claim> cs = extract("One of its commanders gathered the remnants into a new unit, the Kafr Zita Martyrs "
                + "Battalion, in late 2013.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && Texts.named(c.subject(), "Kafr Zita Martyrs Battalion")), cs.toString());
    }

    @Test
    void aPersonWhoseAppositionSaysHeLedAGroupIsItsLeader() throws Exception {
        List<Claim> cs = extract("The three declared a full merger under the command of Colonel Ahmad Darwish, a "
                + "defected officer from Morek who had previously led Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
    }

    @Test
    void statesCriticisedForBackingAGroupSupportIt() throws Exception {
        List<Claim> cs = extract("The envoy warned on Sunday of a price to pay and criticised Russia and Iran for "
                + "backing Liwa al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Iran"), cs.toString());
    }

    @Test
    void groupsAllOrganisedByABackersOfficersAreSupportedByIt() throws Exception {
        List<Claim> cs = extract("The offensive has been led on the ground by Liwa al-Haqq and Jaysh al-Izza, all of "
                + "them organised and directed by officers of Iran's Islamic Revolutionary Guard Corps.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Islamic Revolutionary Guard Corps"), cs.toString());
    }

    @Test
    void theFactionsAGroupMergedWithListedAfterAColonMergedIntoTheNewBody() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr was formed at the end of January when Liwa al-Haqq, the largest of "
                + "them, merged with two smaller factions: Jaysh al-Izza and Liwa al-Tawhid.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Jaysh al-Nasr"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void theFactionsAGroupAbsorbedListedAfterAColonMergedIntoIt() throws Exception {
        List<Claim> cs = extract("In the same realignment, Liwa al-Haqq had absorbed a string of smaller factions "
                + "fleeing jihadist pressure: Jaysh al-Izza, Jaysh al-Nasr and Jund al-Malahim.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MERGED_INTO, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MERGED_INTO, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aGroupOncePartOfAnotherBeforeBreakingAwaySplitFromIt() throws Exception {
        List<Claim> cs = extract("Within a week Liwa al-Haqq - once part of Jaysh al-Izza itself before breaking away "
                + "in July 2017 - had lost its stronghold.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void theGroupsAnUmbrellaBroughtInAreItsMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq answered in July with the Marah Military Council, a new alliance for the "
                + "city. Alongside Liwa al-Haqq itself, it brought in Jaysh al-Izza and Jaysh al-Nasr, among others.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void groupsNamedAmongTheFightersAnUmbrellaIncludesAreItsMembers() throws Exception {
        List<Claim> cs = extract("The Marah Military Council was formed in October. It includes Arab fighters, among "
                + "them Jaysh al-Izza, a militia drawn from a local tribe.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void theCrossingIsTheCrossingTheTextNamedAndNoOtherPlace() throws Exception {
        List<Claim> cs = extract("Rebels seized the Bab al-Hawa crossing in 2012. Liwa al-Haqq, which had held the "
                + "crossing since 2015, was defeated.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Bab al-Hawa"), cs.toString());
        List<Claim> other = extract("Rebels seized Morek in 2012. Liwa al-Haqq, which had held the crossing since "
                + "2015, was defeated.");
        assertFalse(has(other, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), other.toString());
    }

    @Test
    void aGroupThatRunsAPlaceOperatesThere() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, which has run Morek since 2015, denied the charge.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aPairThatFoughtABloodyWarWithNoOtherSideNamedFoughtEachOther() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza were once allies. The two groups fought a bloody war "
                + "inside the enclave in April 2016.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        List<Claim> against = extract("Liwa al-Haqq and Jaysh al-Izza fought a long war against the Islamic State.");
        assertFalse(has(against, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), against.toString());
    }

    @Test
    void aKnownGroupsShortFormIsThatGroupNotANewOne() throws Exception {
        List<Claim> cs = extract("Jaish Khalid fought the Southern Front near Tasil.");
        assertTrue(has(cs, "Khalid ibn al-Walid Army", Relation.FOUGHT, "Southern Front"), cs.toString());
    }

    @Test
    void theGroupsNamedAfterWhatASideSaysItTargetsAreItsEnemies() throws Exception {
        List<Claim> cs = extract("Russia says its air strikes target \"terrorists\", including Liwa al-Haqq and Jaysh "
                + "al-Izza.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void regularAndLoyalistTroopsAreTheGovernments() throws Exception {
        List<Claim> cs = extract("The Shabiha, which have fought alongside regular troops since March last year, were "
                + "accused of the killings.");
        assertTrue(has(cs, "Shabiha", Relation.ALLIED_WITH, "Syrian government"), cs.toString());
        List<Claim> loyal = extract("Jaysh al-Izza fought loyalist troops near Morek.");
        assertTrue(has(loyal, "Jaysh al-Izza", Relation.FOUGHT, "Syrian government"), loyal.toString());
    }

    @Test
    void theAlliesOfAFrontedFightingAlongsideListedAfterAColonAreAllies() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr stormed the barracks on Monday. Fighting alongside the group, whose "
                + "fighters hoisted a black flag over one of the barracks, were two smaller formations: Jaysh al-Izza "
                + "and Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void anAppositionsRelativeClauseThatPutsAGroupsFightersInAPlacePlacesIt() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, an Arab faction in the Syrian Democratic Forces that has fighters "
                + "inside Morek, took part in the advance.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aPlaceNamedAsAGroupsOwnStrongholdIsWhereItOperates() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq buried its dead near its Kafr Zita stronghold on Sunday.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-its-place-stronghold") && Texts.named(c.object(), "Kafr Zita")),
                cs.toString());
    }

    @Test
    void theGroupsThatUsedAPlaceOperateThere() throws Exception {
        // read by a rule, at its precision, not left to the nearest actor's fallback
        List<Claim> cs = extract("Morek has been used by Iranian forces and allied militias, including Liwa al-Haqq, "
                + "according to Israeli officials.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.method().equals("rule:operates-place-used-by-including") && Texts.named(c.subject(), "Liwa al-Haqq")),
                cs.toString());
    }

    @Test
    void theLoyalistsOfAGroupThatAnOperationsRoomBroughtTogetherMakeItAMember() throws Exception {
        List<Claim> cs = extract("The Marah Military Council brought together the al-Qaeda loyalists of Jaysh al-Izza "
                + "and the smaller Liwa al-Haqq.");
        for (String g : List.of("Jaysh al-Izza", "Liwa al-Haqq")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
        assertFalse(has(cs, "al-Qaeda", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
    }

    @Test
    void theLoyalistsOfAGroupStandForTheGroup() throws Exception {
        List<Claim> cs = extract("In 2018 the Marah Military Council brought together the loyalists of Jaysh al-Izza "
                + "and Liwa al-Haqq.");
        for (String g : List.of("Jaysh al-Izza", "Liwa al-Haqq")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void groupsThatAppearedTogetherInANewOperationsRoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq appeared alongside Jaysh al-Izza and Jaysh al-Nasr in a new joint "
                + "operations room, the Marah Military Council.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void theFactionsThatTogetherAnnouncedANewOperationsRoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("In June 2020, Liwa al-Haqq was one of five factions, together with Jaysh al-Izza and "
                + "Jaysh al-Nasr, to announce a new operations room, the Marah Military Council.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void aGroupThatJoinedAnotherPastItsAppositionInAnOffensiveIsItsAlly() throws Exception {
        List<Claim> cs = extract("In late March Liwa al-Haqq joined Jaysh al-Izza, the alliance formed in January "
                + "around the former Jaysh al-Nasr, in an offensive towards the city.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.ALLIED_WITH, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aBodyAnnouncedByACommanderCallingHimselfByANameIsLedByHim() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq was announced in May in a video by a commander calling himself Ahmad "
                + "Darwish.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
    }

    @Test
    void thePlaceAnAttackFallsOnIsNotWhereTheAttackerIs() throws Exception {
        List<Claim> cs = extract("On Tuesday government helicopters dropped barrel bombs on Kafr Zita, residents said. "
                + "The regime's artillery fire on Morek and the nearby villages went on all night.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN), cs.toString());
    }

    @Test
    void aPlaceAGroupAdvancedOnOrFoughtInIsStillWhereItIs() throws Exception {
        List<Claim> cs = extract("On Monday Jaysh al-Izza fighters advanced on Morek, and heavy fighting raged in Kafr "
                + "Zita between Liwa al-Haqq and government forces.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
    }

    @Test
    void aGroupThatWorksWithAnotherAgainstAnEnemyIsItsAlly() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr still works with Liwa al-Haqq against the regime.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aStateThatGivesAGroupSupportBacksIt() throws Exception {
        List<Claim> cs = extract("Turkey gives Liwa al-Haqq air support every day. In 2016 Qatar sent Jaysh al-Izza "
                + "and Jaysh al-Nasr anti-tank missiles.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Turkey"), cs.toString());
        for (String g : List.of("Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.SUPPORTED_BY, "Qatar"), g + " " + cs);
        }
    }

    @Test
    void aGroupInAnUmbrellaWithOthersMakesThemAllMembers() throws Exception {
        List<Claim> cs = extract("In 2015 Liwa al-Haqq was in the Marah Military Council with Jaysh al-Izza and Jaysh "
                + "al-Nasr.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void groupsInTheSameOperationsRoomAreItsMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza are in the same operations room now, the Marah "
                + "Military Council.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void everyGroupListedInAnUmbrellasParenthesisIsItsMember() throws Exception {
        List<Claim> cs = extract("The Marah Military Council (Liwa al-Haqq, Jaysh al-Izza, Jaysh al-Nasr) published "
                + "footage of a strike near Morek.");
        for (String g : List.of("Liwa al-Haqq", "Jaysh al-Izza", "Jaysh al-Nasr")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Marah Military Council"), g + " " + cs);
        }
    }

    @Test
    void aKnownAcronymFirstInAnUmbrellasParenthesisStaysItsOwnGroup() throws Exception {
        List<Claim> cs = extract("The Marah Military Council (HTS, Jaysh al-Izza and Jaysh al-Nasr) published footage "
                + "of a strike near Morek. Two days later HTS fought government forces in Kafr Zita.");
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Hay'at Tahrir al-Sham", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Marah Military Council", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void theStatesForceThatLedItsTroopsIsPartOfIt() throws Exception {
        List<Claim> cs = extract("Earlier this month regime troops led by the elite Tiger Forces broke the siege of "
                + "Morek.");
        assertTrue(has(cs, "25th Special Mission Forces Division", Relation.MEMBER_OF, "Syrian government"),
                cs.toString());
    }

    @Test
    void theBackersOfAChannelAGroupReceivesArmsThroughBackTheGroup() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq has received weapons and salaries through an operations centre in "
                + "Amman backed by the United States and Jordan.");
        for (String b : List.of("United States", "Jordan")) {
            assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, b), b + " " + cs);
        }
    }

    @Test
    void aGroupThatSeizesWhatAnotherHoldsFightsIt() throws Exception {
        List<Claim> cs = extract("On Tuesday fighters of Jaysh al-Izza pushed out of the valley and seized a string of "
                + "villages held by Liwa al-Haqq factions. In July Jaysh al-Nasr launched a ground assault on the edges "
                + "of Morek, which were held by local fighters loyal to the Marah Military Council.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Marah Military Council"), cs.toString());
    }

    @Test
    void aColumnOrForceOfAGroupsFightersActsAsTheGroup() throws Exception {
        List<Claim> cs = extract("A column of Liwa al-Haqq fighters attacked Jaysh al-Izza near Morek. A force of Jaysh "
                + "al-Nasr fighters and Russian contractors attacked the Marah Military Council in Kafr Zita.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Marah Military Council"), cs.toString());
    }

    @Test
    void aPlaceAfterANamesAsideIsTheNamesNotTheAsides() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, a member of the Marah Military Council formed last November, also has "
                + "a small presence in eastern Morek. Jaysh al-Nasr, another Jaysh al-Izza brigade, recruits among the "
                + "families of Kafr Zita.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertFalse(has(cs, "Marah Military Council", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
    }

    @Test
    void aPlaceWhereAGroupFightsAnotherIsTheAttackersNotTheAttacked() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq has been fighting government forces in Morek since the autumn.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertFalse(has(cs, "Syrian government", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aPersonDescribedBeforeTheNameIsTheNamedPerson() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, the group founded by the former opposition leader Ahmad Darwish, took "
                + "Morek. Jaysh al-Izza was founded by veteran rebel commander Khaled Hayani.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Ahmad Darwish"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.LED_BY, "Khaled Hayani"), cs.toString());
    }

    @Test
    void wagesAndOrdersTakenFromAnActorAreItsSupportNotACapture() throws Exception {
        List<Claim> cs = extract("Its men are local, but Liwa al-Haqq takes its orders and its money from Iran. "
                + "Jaysh al-Izza had taken salaries and weapons from Qatar for two years.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Iran"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Iran"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "Qatar"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Qatar"), cs.toString());
    }

    @Test
    void aGroupSuppliedThroughACentreRunByStatesIsBackedByThem() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq's brigades are funded and supplied through an operations centre in "
                + "Amman, run by the United States and Jordan.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SUPPORTED_BY, "Jordan"), cs.toString());
    }

    @Test
    void fightingShoulderToShoulderIsAnAllianceNotAClash() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr fought shoulder to shoulder with Liwa al-Haqq near Morek.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aNameAnnouncedInPlaceOfTheOldIsARenaming() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa al-Haqq dropped the word Liwa from its name, announcing itself simply "
                + "as Jaysh al-Haqq.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.RENAMED_TO, "Jaysh al-Haqq"), cs.toString());
    }

    @Test
    void aPlaceInAWhoseClauseStandsWhenTheMainClauseIsDenied() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, whose fighters hold positions in Morek, did not take part in the "
                + "assault.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aShareOfAPersonsFightersOpeningTheSentenceIsHisGroups() throws Exception {
        List<Claim> cs = extract("Ahmad Darwish, the commander of Liwa al-Haqq, fled to Turkey in November. Many of his "
                + "fighters went over to Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.DEFECTED_TO, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aPronounObjectOfAnAttackIsTheFoeNotTheNextNameAfterIt() throws Exception {
        List<Claim> two = extract("Jaysh al-Nasr held the town. Liwa al-Haqq attacked it, and Jaysh al-Izza joined "
                + "the assault later.");
        assertFalse(has(two, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), two.toString());
    }

    @Test
    void firingOnPositionsFromAfarDoesNotPlaceTheOneWhoFires() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza shelled Jaysh al-Nasr positions in Kafr Zita on Wednesday. Liwa "
                + "al-Haqq stormed government positions in Morek.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jaysh al-Nasr"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aPlaceAConditionSupposesIsNoPlaceHeld() throws Exception {
        List<Claim> cs = extract("If Liwa al-Haqq takes Kafr Zita and Morek, the road to Hama is open. Jaysh al-Izza "
                + "still holds Latamneh.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "al-Lataminah"), cs.toString());
    }

    @Test
    void theDrivingForceBehindAnOffensiveFightsNoOne() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq wants to stay in the driving seat, said a Jaysh al-Izza commander.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void whereAGroupsMenAreDrawnFromIsNotWhereItActs() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, a faction drawn largely from Kafr Zita, has been accused of abuses. "
                + "Jaysh al-Izza is led by Ahmad Darwish, a defected officer from Morek.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aGroupThatCameToSupportAnotherIsItsAlly() throws Exception {
        List<Claim> cs = extract("Fighters of Jaysh al-Nasr entered Morek on February 20 to support Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void thePlacesALineRunsBetweenAreNotWhereTheNearestGroupIs() throws Exception {
        List<Claim> cs = extract("By June the fighting had subsided, with Liwa al-Haqq's front line running between "
                + "Morek and Kafr Zita.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
    }

    @Test
    void aPlaceListedAfterARoadsEndIsARoadsEndToo() throws Exception {
        List<Claim> cs = extract("A spokesman for Liwa al-Haqq said the operation was aimed at securing the M5 "
                + "highway, which links Hama to the towns of Morek and Kafr Zita to the north.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Kafr Zita"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aStatesPossessionOverAnAdjectiveIsWhatIsMeant() throws Exception {
        List<Claim> cs = extract("The 104th Brigade, a unit of the army's elite Republican Guard, was flown into the "
                + "city in 2013.");
        assertTrue(has(cs, "104th Airborne Brigade", Relation.MEMBER_OF, "Republican Guard"), cs.toString());
        assertFalse(has(cs, "104th Airborne Brigade", Relation.MEMBER_OF, "Syrian government"), cs.toString());
    }
}
