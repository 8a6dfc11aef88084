package org.factiongraph.extract;

import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short news reports written for these tests (not taken from the evaluation sets or any outside text) about
 * well-known facts of the Syrian war, in wording the evaluation sets do not use. Each asserts the claims that
 * must come out, with their dates, and the ones that must not.
 */
class RegressionDocumentsTest {

    private static List<Claim> extract(String file) throws Exception {
        String res = "regression/" + file;
        try (InputStream in = RegressionDocumentsTest.class.getResourceAsStream(res)) {
            assertNotNull(in, "missing test document " + res);
            Document d = new DocumentReaders(ReadLimits.defaults()).read(file, in.readAllBytes());
            return GoldSets.extractor().extract(d).claims();
        }
    }

    private static boolean named(org.factiongraph.model.Ref r, String name) {
        return r != null && (r.name().equals(name) || r.mention().equals(name));
    }

    /** The asserted (not negated) claim, if any. */
    private static Optional<Claim> find(List<Claim> cs, String subject, Relation r, String object) {
        return cs.stream().filter(c -> c.relation() == r && !c.negated() && named(c.subject(), subject)
                && (object == null ? c.object() == null : named(c.object(), object))).findFirst();
    }

    private static Claim must(List<Claim> cs, String subject, Relation r, String object) {
        return find(cs, subject, r, object).orElseThrow(() -> new AssertionError(
                subject + " " + r + " " + object + " not extracted from " + cs));
    }

    private static void mustNot(List<Claim> cs, String subject, Relation r, String object) {
        assertFalse(find(cs, subject, r, object).isPresent(), subject + " " + r + " " + object + " asserted: " + cs);
    }

    @Test
    void aNewFrontTakesItsFoundingDateFromItsDatedStatementAndItsLeaderFromTheNewFront() throws Exception {
        List<Claim> cs = extract("01-srf-formed.txt");
        // "The front's founding statement was signed on Monday" in a report dated Thursday 12 December 2013
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && named(c.subject(), "Syrian Revolutionaries Front") && "2013-12-09".equals(String.valueOf(c.at()))),
                cs.toString());
        must(cs, "Syrian Revolutionaries Front", Relation.LED_BY, "Jamal Maarouf"); // "will lead the new front"
        must(cs, "Liwa Shuhada Suriya", Relation.LED_BY, "Jamal Maarouf");      // ", whose commander, Jamal Maarouf"
        must(cs, "Liwa Shuhada Suriya", Relation.MEMBER_OF, "Syrian Revolutionaries Front"); // "Its largest component is"
        // "X, which is believed to receive money from Saudi Arabia, controls much of Jabal al-Zawiya"
        Claim money = must(cs, "Syrian Revolutionaries Front", Relation.SUPPORTED_BY, "Saudi Arabia");
        assertTrue(money.hedged(), "the support is only believed");
        Claim area = must(cs, "Syrian Revolutionaries Front", Relation.OPERATES_IN, "Jabal al-Zawiya");
        assertFalse(area.hedged(), "the hedge belongs to the relative clause, not to the control");
        mustNot(cs, "Saudi Arabia", Relation.OPERATES_IN, "Jabal al-Zawiya");
    }

    @Test
    void whoeverLedOrTookPartInAnOffensiveFoughtItsEnemyInItsPlace() throws Exception {
        List<Claim> cs = extract("02-jisr-al-shughour.txt");
        Claim fought = must(cs, "Jaysh al-Fatah", Relation.FOUGHT, "Syrian government");
        assertEquals("2015-04-22", String.valueOf(fought.start()), "the offensive began on Wednesday");
        must(cs, "Jaysh al-Fatah", Relation.OPERATES_IN, "Jisr al-Shughur");
        must(cs, "Turkistan Islamic Party in Syria", Relation.FOUGHT, "Syrian government");
        must(cs, "Turkistan Islamic Party in Syria", Relation.OPERATES_IN, "Jisr al-Shughur");
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().startsWith("Fighters of")),
                "'Fighters of X' is X's people, not a new group: " + cs);
        Claim founded = must(cs, "Jaysh al-Fatah", Relation.FOUNDED, null);
        assertEquals("2015-03", String.valueOf(founded.at()));
    }

    @Test
    void aBareMonthAfterAFlashbackToLastYearIsTheMonthBeforeTheReport() throws Exception {
        List<Claim> cs = extract("03-mujahideen-army.txt");
        // "last May" (2013) then "in January" in a report of 10 February 2014: January 2014, not 2013
        Claim founded = must(cs, "Army of Mujahideen", Relation.FOUNDED, null);
        assertEquals("2014-01", String.valueOf(founded.at()));
        must(cs, "Army of Mujahideen", Relation.FOUGHT, "Islamic State"); // "at the forefront of the fight against"
        // "is one of its founding members": its is the coalition, not the subject
        must(cs, "Nour al-Din al-Zenki Movement", Relation.MEMBER_OF, "Army of Mujahideen");
        mustNot(cs, "Nour al-Din al-Zenki Movement", Relation.MEMBER_OF, "Islamic State");
        // "did not join the new coalition"
        mustNot(cs, "al-Nusra Front", Relation.MEMBER_OF, "Army of Mujahideen");
        assertTrue(cs.stream().anyMatch(c -> c.negated() && c.relation() == Relation.MEMBER_OF
                && named(c.subject(), "al-Nusra Front") && named(c.object(), "Army of Mujahideen")), cs.toString());
    }

    @Test
    void aCaptureAfterAReportingDateAndAnOperationSpearheadedByAGroupAreRead() throws Exception {
        List<Claim> cs = extract("04-tabqa-captured.txt");
        // "said on Wednesday they had taken full control of Tabqa ... from the Islamic State"
        Claim held = must(cs, "Syrian Democratic Forces", Relation.OPERATES_IN, "Tabqa");
        assertEquals("2017-05-10", String.valueOf(held.start()));
        must(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State");
        Claim lost = must(cs, "Islamic State", Relation.OPERATES_IN, "Tabqa");
        assertEquals("2017-05-10", String.valueOf(lost.end()));
        must(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United States");
        must(cs, "People's Protection Units", Relation.FOUGHT, "Islamic State"); // "was spearheaded by"
        must(cs, "US-led coalition", Relation.FOUGHT, "Islamic State");           // "Coalition jets bombed IS"
    }

    @Test
    void membersOfTheRoomAreNotMembersOfTheBrigadesListedAlongside() throws Exception {
        List<Claim> cs = extract("05-alliance-members.txt");
        for (String g : List.of("Levant Front", "Ahrar al-Sham", "Faylaq al-Sham")) {
            Claim m = must(cs, g, Relation.MEMBER_OF, "Fatah Halab");
            assertEquals("2015-04", String.valueOf(m.start()).substring(0, 7));
            mustNot(cs, g, Relation.MEMBER_OF, "Free Syrian Army");
        }
        mustNot(cs, "al-Nusra Front", Relation.MEMBER_OF, "Fatah Halab"); // "is not part of the new room"
        // a flashback in the past perfect ("had lost ... last September") does not date the next sentence
        assertTrue(cs.stream().noneMatch(c -> String.valueOf(c.start()).startsWith("2014-09")
                && !c.evidence().sentence().contains("last September")), cs.toString());
    }
    @Test
    void aFrontFormedByAColonListOfGroupsHasThemAsFoundingMembersAndAMergerOfXIntoYIsRead() throws Exception {
        List<Claim> cs = extract("06-front-formed-by-list.txt");
        // "The Front was formed in July by three groups: A, B and the smaller C": "the Front" is the front named
        // before, never the last group of its own list
        Claim founded = must(cs, "Ansar al-Din Front", Relation.FOUNDED, null);
        assertEquals("2014-07", String.valueOf(founded.at()));
        for (String g : List.of("Harakat Sham al-Islam", "Jaysh al-Muhajireen wal-Ansar")) {
            Claim m = must(cs, g, Relation.MEMBER_OF, "Ansar al-Din Front");
            assertEquals("2014-07", String.valueOf(m.start()));
            mustNot(cs, g, Relation.FOUNDED, null);
        }
        must(cs, "Jaysh al-Muhajireen wal-Ansar", Relation.FOUGHT, "Syrian army"); // "has clashed repeatedly with"
        // "X, whose strongholds lie in P in northern R"
        must(cs, "Harakat Sham al-Islam", Relation.OPERATES_IN, "Jabal al-Akrad");
        must(cs, "Harakat Sham al-Islam", Relation.OPERATES_IN, "Latakia");
        // "lost its founder and leader, P, in fighting in April": the leadership ended then
        Claim led = must(cs, "Harakat Sham al-Islam", Relation.LED_BY, "Ibrahim bin Shakaran");
        assertEquals("2014-04", String.valueOf(led.end()));
        must(cs, "Jaysh al-Sunna", Relation.MERGED_INTO, "Ahrar al-Sham"); // "The merger of X into Y, announced"
        mustNot(cs, "Ahrar al-Sham", Relation.MERGED_INTO, "Jaysh al-Sunna");
    }

    @Test
    void aTownTakenWhileExpellingItsHoldersAVillageListTheGroupCapturedASiegeAndADefendedTownAreRead()
            throws Exception {
        List<Claim> cs = extract("07-town-changes-hands.txt");
        Claim took = must(cs, "People's Protection Units", Relation.OPERATES_IN, "Tal Abyad");
        assertEquals("2015-06-15", String.valueOf(took.start()));
        // "took full control of P on Monday, expelling fighters of X": X's presence in P ended
        Claim lost = must(cs, "Islamic State", Relation.OPERATES_IN, "Tal Abyad");
        assertEquals("2015-06-15", String.valueOf(lost.end()));
        must(cs, "Liwa Thuwar al-Raqqa", Relation.ALLIED_WITH, "People's Protection Units"); // "a faction that fought alongside"
        for (String v : List.of("Suluk", "Hammam al-Turkman", "Sharakrak")) {       // "P, Q and R, which X captured"
            must(cs, "People's Protection Units", Relation.OPERATES_IN, v);
        }
        must(cs, "Islamic State", Relation.OPERATES_IN, "Ain Issa"); // "The town is defended mainly by fighters of X"
        must(cs, "Hezbollah", Relation.OPERATES_IN, "Madaya");      // "tightened its siege of P and Q"
        must(cs, "Hezbollah", Relation.OPERATES_IN, "Zabadani");
        Claim backed = must(cs, "Jaysh al-Islam", Relation.SUPPORTED_BY, "Saudi Arabia"); // "which is believed to back"
        assertTrue(backed.hedged(), "the backing is only believed");
        mustNot(cs, "Saudi Arabia", Relation.OPERATES_IN, "Madaya");
    }
    @Test
    void aLeaderAfterAPrepositionAllegianceToALeaderABranchInAPlaceAndAWithdrawalAreRead() throws Exception {
        List<Claim> cs = extract("08-allegiance-and-withdrawal.txt");
        Claim set = must(cs, "Mujahideen Shura Council", Relation.FOUNDED, null); // "was set up in P in May by"
        assertEquals("2014-05", String.valueOf(set.at()));
        // "was founded in late 2011 and is led by P": the leader of the present tense has no start
        Claim led = must(cs, "al-Nusra Front", Relation.LED_BY, "Abu Mohammad al-Julani");
        assertEquals("null", String.valueOf(led.start()));
        // "pledged allegiance to al-Qaeda leader Ayman al-Zawahiri": to both, and the leader leads al-Qaeda
        Claim pledge = must(cs, "al-Nusra Front", Relation.PLEDGED_ALLEGIANCE_TO, "Ayman al-Zawahiri");
        assertEquals("2013-04", String.valueOf(pledge.at()));
        must(cs, "al-Nusra Front", Relation.PLEDGED_ALLEGIANCE_TO, "al-Qaeda");
        must(cs, "al-Qaeda", Relation.LED_BY, "Ayman al-Zawahiri");
        must(cs, "al-Nusra Front", Relation.OPERATES_IN, "Mayadin");               // "X's branch in P"
        Claim left = must(cs, "al-Nusra Front", Relation.OPERATES_IN, "al-Shuhayl"); // "withdrew from its stronghold of P"
        assertEquals("2014-07", String.valueOf(left.end()));
        must(cs, "Islamic State", Relation.FOUGHT, "Liwa Thuwar al-Raqqa");           // "drove out X"
        // "hostile to the jihadists of the Islamic State": the jihadists are IS's, no epithet for another group
        mustNot(cs, "Mujahideen Shura Council", Relation.FOUGHT, "al-Nusra Front");
    }
    @Test
    void referencesSkipAFrontedBackerAnInterjectedClauseAndTheirOwnClauseSubject() throws Exception {
        List<Claim> cs = extract("09-references.txt");
        // "Backed by air strikes from the United States, the alliance ...": the alliance is the SDF, backed by the US
        must(cs, "Syrian Democratic Forces", Relation.SUPPORTED_BY, "United States");
        mustNot(cs, "United States", Relation.SUPPORTED_BY, "United States");
        // "X, the coalition that includes A and B, said its fighters had repelled Y": its is X
        must(cs, "Jaysh al-Fatah", Relation.FOUGHT, "Syrian government");
        mustNot(cs, "Jund al-Aqsa", Relation.FOUGHT, "Syrian government");
        // "X is among its components": its is the front named before, not X
        must(cs, "Fastaqim Kama Umirt Union", Relation.MEMBER_OF, "Levant Front");
        // "X's fighters in P pledged allegiance to the group": the group named before, not X itself
        must(cs, "Jund al-Aqsa", Relation.PLEDGED_ALLEGIANCE_TO, "Jabhat Fatah al-Sham");
        must(cs, "Jund al-Aqsa", Relation.OPERATES_IN, "Saraqib");
        // "..., and several of its commanders have defected to Z": its is the sentence's subject
        must(cs, "Jund al-Aqsa", Relation.DEFECTED_TO, "Islamic State");
        mustNot(cs, "Jabhat Fatah al-Sham", Relation.DEFECTED_TO, "Islamic State");
    }
    @Test
    void aLeadersOwnGroupInAnAppositionDoesNotBecomeTheTopicAndTurningGunsOnXIsFighting() throws Exception {
        List<Claim> cs = extract("10-turned-guns.txt");
        // "P, the leader of X, heads its military command. In early January its fighters turned their guns on
        // the Islamic State in Idlib and Hama": the second "its" is the front the report is about, not X
        Claim f = must(cs, "Syrian Revolutionaries Front", Relation.FOUGHT, "Islamic State");
        assertEquals("2014-01", String.valueOf(f.start()));
        must(cs, "Syrian Revolutionaries Front", Relation.OPERATES_IN, "Idlib");
        must(cs, "Syrian Revolutionaries Front", Relation.OPERATES_IN, "Hama");
        mustNot(cs, "Liwa Shuhada Suriya", Relation.FOUGHT, "Islamic State");
        must(cs, "Liwa Shuhada Suriya", Relation.LED_BY, "Jamal Maarouf");
        must(cs, "Army of Mujahideen", Relation.OPERATES_IN, "Marea"); // "X and its allies took the town of P"
    }
    @Test
    void partnersInAJointOffensiveOrCaptureAreAlliesAndAGovernmentBackedAppositionIsBacking() throws Exception {
        List<Claim> cs = extract("11-joint-actions.txt");
        // "the Syrian army and Hezbollah launched an offensive"
        must(cs, "Syrian army", Relation.ALLIED_WITH, "Hezbollah");
        // "rebel factions, among them A and B, overran P and expelled government forces": A and B are allies,
        // and both fought the government
        must(cs, "Ahrar al-Sham", Relation.ALLIED_WITH, "Jaysh al-Islam");
        must(cs, "Ahrar al-Sham", Relation.FOUGHT, "Syrian government");
        must(cs, "Jaysh al-Islam", Relation.FOUGHT, "Syrian government");
        // "X, the government-backed militia, ..."
        must(cs, "Liwa al-Baqir", Relation.SUPPORTED_BY, "Syrian government");
        mustNot(cs, "Hezbollah", Relation.FOUGHT, "Syrian army");
    }
    @Test
    void aClassifiedNameInAListItsOwnStruggleForAPlaceAndLosingBasesToAGroupAreRead() throws Exception {
        List<Claim> cs = extract("12-lost-bases.txt");
        // "expelling fighters of A and the Islamist brigade B": both held the town until then; "the Islamist
        // brigade" is B's classifier, no reference to another group
        for (String g : List.of("Ahrar al-Sham", "Ajnad al-Sham")) {
            Claim held = must(cs, g, Relation.OPERATES_IN, "Busra al-Harir");
            assertEquals("2015-03", String.valueOf(held.end()));
        }
        must(cs, "Jaysh al-Islam", Relation.OPERATES_IN, "Douma");            // "its own struggle for P"
        must(cs, "Harakat Hazm", Relation.FOUGHT, "al-Nusra Front");          // "after losing its bases to Y"
    }
    @Test
    void whatAnOffensiveRetakesIsAPlaceAndWhoeverTookAPlaceExpellingOthersFoughtThem() throws Exception {
        List<Claim> cs = extract("13-retake-it.txt");
        // "the Syrian army and Lebanon's Hezbollah launched an offensive to retake it": it is Qusayr, and both
        // list items (the possessed Hezbollah, not Lebanon) were active there
        Claim retake = must(cs, "Syrian army", Relation.OPERATES_IN, "al-Qusayr");
        assertEquals("it", retake.object().mention());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN && named(c.subject(), "Hezbollah")
                && "it".equals(c.object().mention())), cs.toString());
        mustNot(cs, "Lebanon", Relation.OPERATES_IN, "al-Qusayr");
        mustNot(cs, "Syrian army", Relation.FOUGHT, "Hezbollah");
        // "Hezbollah fighters took the outskirts of P, expelling fighters of X"
        must(cs, "Hezbollah", Relation.FOUGHT, "Farouq Brigades");
        Claim out = must(cs, "Farouq Brigades", Relation.OPERATES_IN, "Qusayr");
        assertEquals("2013-05-19", String.valueOf(out.end()));
        // "Government troops seized P after Hezbollah took Q, expelling fighters of X": the expeller is the
        // nearer group, not the government
        mustNot(cs, "Syrian government", Relation.FOUGHT, "al-Nusra Front");
    }
    @Test
    void membersAfterConsistingOfOrAColonAfterNFactionsFormedXAndAPlaceInsideARegion() throws Exception {
        List<Claim> cs = extract("14-comprising.txt");
        // "X, an alliance consisting of three groups: A, B and C": "an alliance" is X's apposition, not the
        // next alliance the text names
        for (String g : List.of("Liwa Shuhada al-Yarmouk", "Islamic Muthanna Movement", "Jaish al-Jihad")) {
            must(cs, g, Relation.MEMBER_OF, "Jaysh Khalid ibn al-Walid");
            mustNot(cs, g, Relation.MEMBER_OF, "Jaysh al-Fatah");
        }
        // "Five factions formed the Army of Conquest in March 2015: A, B, ..."
        for (String g : List.of("Ahrar al-Sham", "al-Nusra Front", "Jund al-Aqsa", "Jaysh al-Sunna")) {
            Claim m = must(cs, g, Relation.MEMBER_OF, "Jaysh al-Fatah");
            assertEquals("2015-03", String.valueOf(m.start()));
        }
        // "deployed around P in Homs province"
        must(cs, "Liwa Fatemiyoun", Relation.OPERATES_IN, "Palmyra");
        must(cs, "Liwa Fatemiyoun", Relation.OPERATES_IN, "Homs province");
    }
    @Test
    void aReducedRelativeFormedByListAndAnAnnouncedWithdrawalAreRead() throws Exception {
        List<Claim> cs = extract("15-reduced-formed-by.txt");
        // "X, formed in December 2014 by A, B and C, remains ..."
        for (String g : List.of("Liwa al-Tawhid", "Army of Mujahideen", "Nour al-Din al-Zenki Movement")) {
            Claim m = must(cs, g, Relation.MEMBER_OF, "Levant Front");
            assertEquals("2014-12", String.valueOf(m.start()));
        }
        // "X announced its withdrawal from Y": the membership ended then
        Claim left = must(cs, "Nour al-Din al-Zenki Movement", Relation.MEMBER_OF, "Hay'at Tahrir al-Sham");
        assertEquals("2017-07", String.valueOf(left.end()));
    }
    @Test
    void aPossessiveMergerWithYAndLeadersInTitleAppositionsAreRead() throws Exception {
        List<Claim> cs = extract("16-merger-with.txt");
        Claim merged = must(cs, "Jabhat Fatah al-Sham", Relation.MERGED_INTO, "Hay'at Tahrir al-Sham"); // "X's merger with Y"
        assertEquals("2017-01", String.valueOf(merged.at()));
        mustNot(cs, "Hay'at Tahrir al-Sham", Relation.MERGED_INTO, "Jabhat Fatah al-Sham");
        must(cs, "Ahrar al-Sham", Relation.LED_BY, "Abu Jaber");              // "The head of X, P, has ..."
        must(cs, "Jaysh al-Islam", Relation.LED_BY, "Zahran Alloush");        // "X's founder and leader P"
    }
    @Test
    void anAffiliationStatedWithAVerbAndAPossessiveAllegianceAreRead() throws Exception {
        List<Claim> cs = extract("17-affiliation.txt");
        must(cs, "Islamic Muthanna Movement", Relation.MEMBER_OF, "Islamic State"); // "is affiliated with"
        mustNot(cs, "Liwa Shuhada al-Yarmouk", Relation.MEMBER_OF, "Islamic State"); // "seen as close to"
        // "X's allegiance to Y, declared in October," (a May 2016 report: October 2015)
        Claim p = must(cs, "Jund al-Aqsa", Relation.PLEDGED_ALLEGIANCE_TO, "Jabhat Fatah al-Sham");
        assertEquals("2015-10", String.valueOf(p.at()));
    }
    @Test
    void everyLeaderOfAnAssaultIsReadPastAnAcronymInParentheses() throws Exception {
        List<Claim> cs = extract("18-assault-led-by-acronym.txt");
        // "The assault was led by the Kurdish People's Protection Units (YPG) and the Manbij Military Council."
        for (String g : List.of("People's Protection Units", "Manbij Military Council")) {
            must(cs, g, Relation.OPERATES_IN, "Manbij");
            must(cs, g, Relation.FOUGHT, "Islamic State");
        }
        // "... beside the YPG and the Manbij Military Council, which had been formed in April": the relative
        // clause is the council's, the nearer group
        Claim formed = must(cs, "Manbij Military Council", Relation.FOUNDED, null);
        assertEquals("2016-04", String.valueOf(formed.at()));
        mustNot(cs, "People's Protection Units", Relation.FOUNDED, null);
        mustNot(cs, "Jaysh al-Thuwar", Relation.FOUNDED, null);
    }
}
