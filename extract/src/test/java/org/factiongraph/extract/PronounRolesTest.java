package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a pronoun stands for and which role it takes in its clause. The sentences are written for this test.
 */
class PronounRolesTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("pronoun-roles.txt", "2018-07-20", body);
    }

    @Test
    void aPossessiveAfterTheVerbOfAPredicateThatSharesTheSubjectIsThatSubjects() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza did not fight HTS in July, but it has refused to hand its heavy "
                + "weapons to HTS and has kept its fighters in Latamneh.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "al-Lataminah"), cs.toString());
        assertFalse(has(cs, "Hay'at Tahrir al-Sham", Relation.OPERATES_IN, "al-Lataminah"), cs.toString());
        cs = extract("In 2014 Liwa al-Haqq was driven out of Latamneh, when Jaysh al-Nasr (JN) turned on its former "
                + "partners and consolidated its presence in the town.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN && c.subject().mention().equals("its")
                && Texts.named(c.subject(), "Jaysh al-Nasr")), cs.toString());
        // after a verb of attack or capture the possessive is its object's: "attacked B and seized its positions"
        cs = extract("Jaysh al-Izza attacked Liwa al-Haqq and seized its positions in Latamneh.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPossessiveRightAfterASemicolonIsTheSentencesSubjectNotANameInItsRelativeClause() throws Exception {
        List<Claim> cs = extract("Liwa Marah agreed to leave Tell Marah on Friday. The group, which describes itself "
                + "as part of Jaysh al-Fatah, said the talks had been mediated by the United Nations; its commander, "
                + "Abu Issa al-Homsi, did not appear in the announcement.");
        assertTrue(has(cs, "Liwa Marah", Relation.LED_BY, "Abu Issa al-Homsi"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Fatah", Relation.LED_BY, "Abu Issa al-Homsi"), cs.toString());
    }

    @Test
    void aRelativeOrPronounAfterAFormerNameIsTheGroupItNowIs() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq, the group formerly known as Liwa Marah, which cut its ties with "
                + "Jaysh al-Fatah in 2016, holds Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.SPLIT_FROM, "Jaysh al-Fatah"), cs.toString());
        cs = extract("Liwa al-Haqq, the group formerly known as Liwa Marah, which announced in July that it had "
                + "severed its ties with Jaysh al-Fatah, holds Tell Marah.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.SPLIT_FROM, "Jaysh al-Fatah"), cs.toString());
        // a description around a former name is no renaming: the relative stays with the name before it
        cs = extract("The attack was led by Jaysh al-Izza, an alliance formed in January around the former Liwa "
                + "Marah, which was Jaysh al-Fatah's official branch until 2016.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void aPronounAfterTheVerbsPrepositionIsNotItsSubject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah was formed in 2015 in Idlib. Liwa Marah has fought alongside it "
                + "against the army.");
        assertTrue(has(cs, "Liwa Marah", Relation.ALLIED_WITH, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void anObjectPronounIsNoneOfItsClausesOwnSubjects() throws Exception {
        List<Claim> cs = extract("Jaysh al-Fatah was formed in 2015 in Idlib. Liwa Marah and Liwa al-Haqq shelled "
                + "their positions near Morek.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void anObjectItAfterAListOfSubjectsIsTheSentencesOpeningSubject() throws Exception {
        List<Claim> cs = extract("The Islamic State had been expelled from most of Deir ez-Zor province in February, "
                + "when Liwa Marah, Jaysh al-Izza and other factions drove it north toward Raqqa.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aPossessiveAfterAParenthesisAndAnAsideIsTheSubjectNotTheHelperInTheAside() throws Exception {
        List<Claim> cs = extract("The People's Protection Units (YPG), supported by US-led coalition air strikes, "
                + "continued their advance against the Islamic State west of Tal Tamr.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "US-led coalition", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void theGroupAfterAnOpeningUnlikePhraseIsNotTheGroupItIsSetAgainst() throws Exception {
        List<Claim> cs = extract("Liwa Marah is a small rebel group near Morek. Unlike the People's Protection Units "
                + "(YPG), the group joined the Free Syrian Army in 2016.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertFalse(has(cs, "People's Protection Units", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void aPossessivePronounBeforeANounOwnsTheObjectAndIsNotTheObject() throws Exception {
        List<Claim> cs = extract("The Southern Front, an alliance of Free Syrian Army factions, held out until the "
                + "army launched its offensive on Daraa in June.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED), cs.toString());
    }

    @Test
    void aSentenceOpeningPronounIsThePreviousSentencesSubjectNotAGroupInItsFrontedParticiple() throws Exception {
        List<Claim> cs = extract("Formed in 2013 as an umbrella for Free Syrian Army factions, Jaysh al-Nasr grew "
                + "quickly in Hama. It is believed to have received funding from Saudi Arabia.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SUPPORTED_BY, "Saudi Arabia"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.SUPPORTED_BY, "Saudi Arabia"), cs.toString());
    }

    @Test
    void aPronounAfterAFormerNameInAppositionMeansTheNameItRenamed() throws Exception {
        List<Claim> cs = extract("Liwa al-Fatah, the former Liwa al-Tahrir, which announced in June that it had "
                + "cut its ties with Ahrar al-Sham, stayed out of the talks.");
        assertTrue(has(cs, "Liwa al-Fatah", Relation.SPLIT_FROM, "Ahrar al-Sham"), cs.toString());
        assertFalse(has(cs, "Liwa al-Tahrir", Relation.SPLIT_FROM, "Ahrar al-Sham"), cs.toString());
    }

    @Test
    void aNewClausesSubjectPronounContinuesTheSubjectNotTheAgentOfABy() throws Exception {
        List<Claim> cs = extract("The Fifth Corps was announced by the Syrian army's General Command in November "
                + "2016, and from the outset it has been financed and armed by Russian officers.");
        assertTrue(has(cs, "Fifth Corps", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "General Command", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }

    @Test
    void aDescriptionInAppositionStandsForTheNameBeforeItAndNotForTheTopic() throws Exception {
        List<Claim> cs = extract("Shabab al-Sunna joined the Fifth Corps. Its fighters took part in the offensive "
                + "against the Khalid ibn al-Walid Army, the Islamic State affiliate that held the Yarmouk Basin. "
                + "Jabhat al-Nusra routed the Syrian Revolutionaries Front (SRF), the coalition led by Jamal Maarouf.");
        assertTrue(has(cs, "Khalid ibn al-Walid Army", Relation.OPERATES_IN, "Yarmouk Basin"), cs.toString());
        assertFalse(has(cs, "Shabab al-Sunna", Relation.OPERATES_IN, "Yarmouk Basin"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.LED_BY, "Jamal Maarouf"), cs.toString());
    }

    @Test
    void anIndefiniteOrEthnicLedAllianceIsADescriptionAndNoNewCoalition() throws Exception {
        Extraction x = Texts.extraction(GoldSets.extractor(), "led.txt", "2018-02-16", "The SDF, a Kurdish-led "
                + "alliance, has been fighting the Islamic State since 2015.");
        assertTrue(x.entities().stream().noneMatch(e -> e.canonicalName().startsWith("Kurdish")),
                x.entities().toString());
        assertTrue(has(x.claims(), "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State"), x.claims().toString());
        assertTrue(x.claims().stream().noneMatch(c -> c.subject().name().startsWith("Kurdish")), x.claims().toString());
    }

    @Test
    void aStateForcesPossessiveGivesTheUnitItOwns() throws Exception {
        List<Claim> cs = extract("Qassem Soleimani, the commander of the IRGC's Quds Force, visited the front.");
        assertTrue(has(cs, "Quds Force", Relation.LED_BY, "Qassem Soleimani"), cs.toString());
        assertFalse(has(cs, "Islamic Revolutionary Guard Corps", Relation.LED_BY, "Qassem Soleimani"),
                cs.toString());
    }

    @Test
    void aDescriptionWithAReligiousAdjectiveAndAGroupThatNamesALeaderAreRead() throws Exception {
        List<Claim> cs = extract("Hezbollah fighters pressed forward in the mountains. The offensive, which the "
                + "Lebanese Shiite movement's leader, Hassan Nasrallah, has cast as a battle, began in May. Ahrar "
                + "al-Sham met on Friday. The group named Hashem al-Sheikh, known as Abu Jaber, as its new leader.");
        assertTrue(has(cs, "Hezbollah", Relation.LED_BY, "Hassan Nasrallah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
    }

    @Test
    void anIndefiniteDescriptionInAppositionAfterAnAcronymStandsForTheNameBeforeIt() throws Exception {
        List<Claim> cs = extract("The Islamic Front was formed in November. The Syrian Revolutionaries Front (SRF), "
                + "a separate coalition of brigades that was set up in Idlib province last month, joined the fighting.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Syrian Revolutionaries Front") && "2018-06".equals(String.valueOf(c.at()))),
                cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Islamic Front") && "2018-06".equals(String.valueOf(c.at()))),
                cs.toString());
    }

    @Test
    void anAffiliateEpithetIsNotTheGroupItsOwnClauseAttacks() throws Exception {
        List<Claim> cs = Texts.extract("r.txt", "2014-11-12", "The Syria Revolutionaries Front held Jabal al-Zawiya. "
                + "The Syria Revolutionaries Front had quarrelled with the Nusra Front for months. In October the "
                + "al-Qaeda affiliate launched an offensive on SRF positions.");
        assertTrue(Texts.has(cs, "al-Nusra Front", Relation.FOUGHT, "Syrian Revolutionaries Front"), cs.toString());
        assertFalse(Texts.has(cs, "Syrian Revolutionaries Front", Relation.MEMBER_OF, "al-Qaeda"), cs.toString());
    }

    @Test
    void theBrigadeIsTheStateUnitTheDocumentNamesMostWithThatHeadWord() throws Exception {
        List<Claim> cs = extract("The Eighth Brigade, the force led by Ahmad al-Awda, controls the east of Daraa. "
                + "Al-Awda once commanded Shabab al-Sunna. The Eighth Brigade is part of the Fifth Corps. "
                + "In 2016 the Khalid ibn al-Walid Army was formed from a merger of Liwa Shuhada al-Yarmouk and "
                + "smaller factions. It held the Yarmouk Basin. Its fighters were well armed. "
                + "Russian officers visited the region often. Later that year, the brigade fought Druze militiamen "
                + "near the town of al-Qrayya in Suwayda.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("Eighth Brigade") && c.object().name().contains("Suwayda")),
                cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.object() != null && c.object().name().contains("Suwayda")
                && !c.subject().name().equals("Eighth Brigade")), cs.toString());
    }

    @Test
    void aPeoplesFightersAreTheArmedForceOfThatPeopleTheTextNamedElseTheLexiconsOne() throws Exception {
        List<Claim> cs = extract("Kurdish fighters seized the town of Suluk from the Islamic State on Sunday.");
        assertTrue(has(cs, "People's Protection Units", Relation.FOUGHT, "Islamic State"), cs.toString());
        List<Claim> named = extract("The Kurdish Peshmerga crossed into Kobani in October. Kurdish forces then "
                + "seized the town of Suluk from the Islamic State.");
        assertTrue(has(named, "Peshmerga", Relation.FOUGHT, "Islamic State"), named.toString());
        assertFalse(has(named, "People's Protection Units", Relation.FOUGHT, "Islamic State"), named.toString());
    }

    @Test
    void itsArtilleryOpeningASentenceIsTheStateTheSentenceBeforeOpenedWith() throws Exception {
        List<Claim> cs = extract("Turkey has warned the Kurdish militia repeatedly. Its artillery shelled YPG "
                + "positions north of Aleppo in February.");
        assertTrue(has(cs, "Turkey", Relation.FOUGHT, "People's Protection Units"), cs.toString());
    }

    @Test
    void aLongNameIsFoundWithoutItsOpeningArticle() throws Exception {
        List<Claim> cs = extract("Bunyan al-Marsous brings together Ahrar al-Sham and several Southern Front "
                + "brigades.");
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "al-Bunyan al-Marsous Operations Room"),
                cs.toString());
    }

    @Test
    void aPossessiveCoordinatedWithAStateIsThatState() throws Exception {
        List<Claim> cs = extract("Shabab al-Sunna held Busra al-Sham for years. When the regime and its allies "
                + "launched their offensive on Daraa in June 2018, backed by intense Russian airstrikes, al-Awda "
                + "was among the first commanders to negotiate.");
        assertTrue(has(cs, "Syrian government", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Shabab al-Sunna", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "Shabab al-Sunna", Relation.OPERATES_IN, "Daraa"), cs.toString());
    }

    @Test
    void itselfAfterANounIntensifiesItAndRefersOnlyToAnActorNamedThere() throws Exception {
        List<Claim> town = extract("Ansar al-Sham joined the offensive on Friday. Rebels seized the border crossing "
                + "within hours and by Sunday had pushed into the town itself, near Latakia.");
        assertFalse(has(town, "Ansar al-Sham", Relation.OPERATES_IN, "Latakia"), town.toString());
        List<Claim> brand = extract("Afghan fighters were deployed near Damascus in 2013. The Fatemiyoun brand "
                + "itself was established in 2014.");
        assertTrue(brand.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Liwa Fatemiyoun")), brand.toString());
    }

    @Test
    void anEpithetIsTheGroupTheSentenceBeforeNamedAndNotItsOwnClausesSubject() throws Exception {
        List<Claim> cs = extract("Liwa al-Tawhid held Aleppo. Liwa al-Tawhid grew in 2012. Liwa al-Tawhid lost "
                + "Azaz. Relations with Jabhat al-Nusra deteriorated over 2013. In the north, the Farouq Brigades "
                + "clashed repeatedly with the jihadist group.");
        assertTrue(has(cs, "Farouq Brigades", Relation.FOUGHT, "al-Nusra Front"), cs.toString());
        assertFalse(has(cs, "Farouq Brigades", Relation.FOUGHT, "Liwa al-Tawhid"), cs.toString());
    }

    @Test
    void amongItsFactionsIsTheGroupTheSentenceOpenedWithBeforeTheTopic() throws Exception {
        List<Claim> cs = extract("The YPG took Kobani. The YPG took Tal Abyad. The YPG took Hasakah. When the SDF was "
                + "announced in October 2015, Liwa Thuwar al-Raqqa was among its founding factions.");
        assertTrue(has(cs, "Liwa Thuwar al-Raqqa", Relation.MEMBER_OF, "Syrian Democratic Forces"), cs.toString());
        assertFalse(has(cs, "Liwa Thuwar al-Raqqa", Relation.MEMBER_OF, "People's Protection Units"), cs.toString());
    }

    @Test
    void aSubjectPronounAfterATimeThatFollowsAndContinuesTheSentencesSubject() throws Exception {
        List<Claim> cs = extract("In late 2014 the Nusra Front routed Jaysh al-Ahwaz, led by Jamal Ibrahim, near "
                + "Idlib, and in early 2015 it forced Liwa al-Haqq, another American-backed group, to disband.");
        assertTrue(has(cs, "al-Nusra Front", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Ahwaz", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPronounAfterARenamingMeansTheNewName() throws Exception {
        List<Claim> cs = extract("In July 2016 al-Nusra renamed itself Jabhat Fatah al-Sham. In January 2017 it "
                + "merged with several other factions into Hay'at Tahrir al-Sham.");
        assertTrue(has(cs, "Jabhat Fatah al-Sham", Relation.MERGED_INTO, "Hay'at Tahrir al-Sham"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.MERGED_INTO, "Hay'at Tahrir al-Sham"), cs.toString());
        cs = extract("In 2014 Liwa al-Haqq changed its name to Jaysh al-Izza. It then joined the Southern Front.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void theyAfterAFrontedPhraseWithNoActorIsTheGroupTheTextIsAbout() throws Exception {
        List<Claim> cs = extract("Jund al-Aqsa launched a surprise offensive in northern Hama province. Within days, "
                + "they had seized the towns of Halfaya and Suran.");
        assertTrue(has(cs, "Jund al-Aqsa", Relation.OPERATES_IN, "Halfaya"), cs.toString());
    }

    @Test
    void theSpeakerOfAPresentTenseDenialIsItsSubjectNotTheGroupAfterAPreposition() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq denied allegiance to the Islamic State and insists it remains part "
                + "of the Free Syrian Army.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
        assertFalse(has(cs, "Islamic State", Relation.MEMBER_OF, "Free Syrian Army"), cs.toString());
    }

    @Test
    void anObjectPronounFrontedBeforeAnInvertedVerbIsNoSubject() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq held Harasta for weeks. Alongside them fought Jaysh al-Izza.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void bothOfTheseTakesUpThePairNamedBefore() throws Exception {
        List<Claim> cs = extract("Liwa al-Haqq and Jaysh al-Izza fought at Harasta. Both of these belonged to the "
                + "Southern Front.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void itInARelativeOnTheObjectIsTheMainClausesSubjectTheArmyToo() throws Exception {
        List<Claim> cs = extract("On 20 January the army retook the air base near Morek, which it had lost to Liwa"
                + " al-Haqq in 2015.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        // the relative on a named group may be the group's own
        cs = extract("Jaysh al-Izza attacked Liwa al-Haqq, which it had fought in 2015.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPossessiveAfterAnAsideWithCommasIsTheSubjectBeforeTheAside() throws Exception {
        List<Claim> cs = extract("The Army of Conquest, a coalition in which Jaysh al-Nasr, Liwa Marah and Liwa al-Haqq"
                + " are the main forces, launched its push into Morek on Monday.");
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "Morek"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.OPERATES_IN, "Morek"), cs.toString());
    }

    @Test
    void aPronounOpeningASentenceTakesUpTheArmyThatOpenedTheOneBefore() throws Exception {
        List<Claim> cs = extract("Government forces advanced on Morek on Monday. They seized the hill from Liwa al-Haqq.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("The army advanced on Morek on Monday. It seized the hill from Liwa al-Haqq.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        // "it" does not take up troops, nor "they" the army
        cs = extract("Government forces advanced on Morek on Monday. It seized the hill from Liwa al-Haqq.");
        assertFalse(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPronounAfterWhenIsTheSubjectOfTheClauseItHangsOn() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr never fully recovered, and Liwa al-Haqq tightened its grip on Morek in"
                + " January 2019, when it drove Liwa Marah out of the town.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Liwa Marah"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Liwa Marah"), cs.toString());
    }

    @Test
    void aPronounLaterInTheSentenceTakesUpTheArmyItOpensWithWhenNoGroupIsNamedSince() throws Exception {
        List<Claim> cs = extract("Elsewhere on Wednesday, government forces pressed an offensive in the mountains north"
                + " of Morek, where they have been battling Liwa al-Haqq for the town.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("The army pressed an offensive near Morek, and it attacked Liwa Marah.");
        assertTrue(has(cs, "Syrian government", Relation.FOUGHT, "Liwa Marah"), cs.toString());
        // a group named since is the nearer antecedent
        cs = extract("Government forces attacked Liwa Marah near Morek, where they held out against Liwa al-Haqq.");
        assertFalse(has(cs, "Syrian government", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aSubjectPronounAfterASemicolonAndATimePhraseContinuesTheClauseSubject() throws Exception {
        List<Claim> cs = extract("Liwa Marah was founded in 2012. In 2013 it drifted away from Jaysh al-Nasr and "
                + "operated independently; early this year it joined Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa Marah was founded in 2012. In 2013 it drifted away from Jaysh al-Nasr and operated "
                + "independently, and early this year it joined Jaysh al-Izza.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aShareOfAPossessionStruckBelongsToAnotherThanTheStriker() throws Exception {
        List<Claim> cs = extract("Liwa Marah withdrew from the hills. Jaysh al-Izza nonetheless shelled several of "
                + "its positions near Morek.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa Marah"), cs.toString());
    }

    @Test
    void bothBattalionsAndTheTwoJihadistGroupsAreThePairNamedBefore() throws Exception {
        List<Claim> cs = extract("Liwa Marah was formed in 2012. Another unit, Jaysh al-Nasr, sent reinforcements. "
                + "Both battalions say they answer to the Marah Military Council.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MEMBER_OF, "Marah Military Council"), cs.toString());
        cs = extract("Jaysh al-Izza and Liwa Marah took Morek in May. The two jihadist groups later joined Jaysh al-Nasr.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Jaysh al-Nasr"), cs.toString());
    }

    @Test
    void whatFallsOrIsCapturedIsAPlaceNotAGroup() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr lost Morek on Friday. Its fall cuts off a pocket of rebel-held towns "
                + "in northern Hama province.");
        assertFalse(cs.stream().anyMatch(c -> c.subject().mention().equals("Its")), cs.toString());
        cs = extract("Jaysh al-Nasr lost Morek on Friday. Its capture secures supply lines to Hama.");
        assertFalse(cs.stream().anyMatch(c -> c.subject().mention().equals("Its")), cs.toString());
    }

    @Test
    void aStateWhoseVerbAPossessiveFollowsOwnsWhatItNames() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza took Morek in May. Russia has built up its forces at an air base "
                + "near Latakia in recent weeks.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Latakia"), cs.toString());
        cs = extract("Jaysh al-Izza took Morek in May. Turkey, for its part, allows fighters and supplies to "
                + "transit through Kilis.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kilis"), cs.toString());
    }

    @Test
    void aStatesMinistryThatSpeaksOfItsOwnSpeaksForTheState() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza held Morek. Moscow's defence ministry said on Monday its aircraft had "
                + "destroyed command posts in Kafr Zubayda.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.OPERATES_IN, "Kafr Zubayda"), cs.toString());
    }

    @Test
    void aPronounAfterAClauseBreakTakesUpTheStateTheSentenceOpensWith() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza took Morek. Turkey backs some rebel groups in the north, but it has "
                + "also cooperated with Russia.");
        assertTrue(has(cs, "Turkey", Relation.ALLIED_WITH, "Russia"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.ALLIED_WITH, "Russia"), cs.toString());
    }

    @Test
    void theOperationsRoomIsTheRoomNamedLastNotACoalitionNamedAfterIt() throws Exception {
        List<Claim> cs = extract("The Marah Operations Room, formed by Southern Front factions on 21 June, issued a "
                + "statement calling on all factions to hold their positions. Liwa al-Haqq and Jaysh al-Izza are both "
                + "members of the operations room.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Marah Operations Room"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Southern Front"), cs.toString());
    }

    @Test
    void aPeoplesDefenceMinistryThatSpeaksOfItsOwnSpeaksForTheState() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza held Morek. The Russian defence ministry said on Monday that its "
                + "warplanes had struck Jaysh al-Izza positions near Morek.");
        assertTrue(has(cs, "Russia", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aPronounAfterAFrontedPhraseWithoutACommaOpensItsSentence() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza moved its fighters into the hills above Morek. In recent weeks they "
                + "have attacked Liwa al-Haqq positions more than once.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPronounAfterASubordinatorIsThePassivesAgentRightBeforeIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Umma groups several factions, among them Liwa Marah, the name adopted in "
                + "July by Jaysh al-Nasr when it announced it had cut its ties with al-Qaeda.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SPLIT_FROM, "al-Qaeda"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Umma", Relation.SPLIT_FROM, "al-Qaeda"), cs.toString());
    }

    @Test
    void aSecondVerbPhraseAfterAndSharesTheFirstOnesSubject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr was formed in January 2014 from a group of Free Syrian Army units and "
                + "was among the first factions to receive U.S.-made anti-tank missiles.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }

    @Test
    void aPronounAfterWhereIsTheSubjectOfTheClauseItHangsOn() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr fighters have also been deployed in the villages south of Kafr Zubayda, "
                + "where they fight alongside Liwa al-Haqq.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void theTwoInsideASentenceAreTheTwoGroupsNamedBeforeIt() throws Exception {
        List<Claim> cs = extract("Jaysh al-Nasr has sought to present itself as a mainstream Syrian movement, distinct "
                + "from Liwa al-Haqq's transnational agenda, even as the two continue to fight side by side near Morek.");
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.ALLIED_WITH, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aHisOpeningTheSentenceAfterAPersonNamedByARoleIsThatPersonsGroup() throws Exception {
        List<Claim> cs = extract("Abu Salim al-Hamwi, the commander of Liwa Marah, signed the deal. His fighters later "
                + "fought Jaysh al-Izza near Morek.");
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        cs = extract("Liwa Marah signed the deal on Friday. His fighters later fought Jaysh al-Izza near Morek.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void aShortFormAfterASentenceOpeningConjunctionIsTheGroupNamedBefore() throws Exception {
        List<Claim> cs = extract("Liwa al-Tawhid had men in Morek. But Tawhid fought Jaysh al-Izza there in 2014.");
        assertTrue(has(cs, "Liwa al-Tawhid", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
    }

    @Test
    void hisIsTheGroupTheDocumentNamedThePersonByARoleInSentencesBefore() throws Exception {
        List<Claim> cs = extract("Zahran Alloush, the leader of Jaysh al-Islam, spoke on Friday. Jabhat al-Nusra "
                + "condemned the speech. Alloush was a divisive figure. He was accused of authoritarian rule in Douma, "
                + "and his fighters fought Liwa al-Haqq near Morek.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        assertFalse(has(cs, "al-Nusra Front", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
    }

    @Test
    void aPersonsFightersAreTheGroupTheDocumentNamedHimByARoleIn() throws Exception {
        List<Claim> cs = extract("Zahran Alloush, the leader of Jaysh al-Islam, spoke on Friday. Jabhat al-Nusra "
                + "condemned the speech. Alloush's fighters fought Liwa al-Haqq near Morek.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Liwa al-Haqq"), cs.toString());
        cs = extract("Zahran Alloush spoke on Friday. Alloush's fighters fought Liwa al-Haqq near Morek.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT), cs.toString());
    }

    @Test
    void theGroupAfterAnOpeningUnderItsLeaderIsThatLeadersGroup() throws Exception {
        List<Claim> cs = extract("Zahran Alloush, the leader of Jaysh al-Islam, long feuded with Liwa al-Haqq. Under "
                + "Alloush, the movement drove Jaysh al-Umma out of Douma in 2014.");
        assertTrue(has(cs, "Jaysh al-Islam", Relation.FOUGHT, "Jaysh al-Umma"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Jaysh al-Umma"), cs.toString());
    }

    @Test
    void theRenamedGroupIsTheOneTheTextGaveANewName() throws Exception {
        List<Claim> cs = extract("In 2016 Jaysh al-Nasr took a new name, Jaysh al-Izza, and broke with Liwa al-Haqq. A "
                + "spokesman for Liwa al-Haqq said the group had been told in advance. The renamed group then joined "
                + "Jaysh al-Fatah.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void bareTroopsOpeningASubordinateClauseAreTheArmyOfTheWarsState() throws Exception {
        List<Claim> cs = extract("In 2016 Liwa al-Haqq held Kafr Zubayda. Shelling resumed a week after troops "
                + "entered Morek in northern Hama.");
        assertTrue(has(cs, "Syrian government", Relation.OPERATES_IN, "Morek"), cs.toString());
        cs = extract("In 2016 Liwa al-Haqq held Kafr Zubayda. Shelling resumed a week after Turkish troops entered "
                + "Morek.");
        assertFalse(has(cs, "Syrian government", Relation.OPERATES_IN, "Morek"), cs.toString());
    }
}
