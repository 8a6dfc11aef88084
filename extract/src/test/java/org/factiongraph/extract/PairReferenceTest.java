package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Both groups", "The two militias", "They" after "A and B", "All three" after "A, B and C": every rule reads each
 * group of the pair or the set.
 */
class PairReferenceTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("pair.txt", "2018-04-02", body);
    }

    @Test
    void allThreeAfterASentenceNamingThreeGroupsIsEachOfThem() throws Exception {
        List<Claim> cs = extract("The villages were held by factions that had signed truces. They included Jaysh "
                + "al-Izza, Liwa al-Haqq and what remained of Jaysh al-Nasr. All three had clashed repeatedly with IS.");
        assertTrue(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.FOUGHT, "Islamic State"), cs.toString());
        cs = extract("The coalition was announced by Jaysh al-Izza, Liwa al-Haqq and Jaysh al-Nasr. The three "
                + "factions declared a full merger into the Army of Glory.");
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MERGED_INTO, "Army of Glory"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Nasr", Relation.MERGED_INTO, "Army of Glory"), cs.toString());
        // a commander of the set's merger commands the merged body, none of the three
        cs = extract("The coalition was announced by Jaysh al-Izza, Liwa al-Haqq and Jaysh al-Nasr. The three "
                + "declared a full merger under the command of Hashem al-Sheikh.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.LED_BY, "Hashem al-Sheikh"), cs.toString());
    }

    @Test
    void theThreeAfterASentenceNamingAnotherNumberOfGroupsIsNoOne() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza and Liwa al-Haqq held the hills near Latamneh. All three had "
                + "clashed repeatedly with IS.");
        assertFalse(has(cs, "Jaysh al-Izza", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void theTwoMilitiasAfterACoordinatedPairAreBothMembers() throws Exception {
        List<Claim> cs = extract("Liwa al-Baqir and Liwa al-Quds recruit in Aleppo province. The two militias are "
                + "members of the Local Defence Forces.");
        assertTrue(has(cs, "Liwa al-Baqir", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertTrue(has(cs, "Liwa al-Quds", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
    }

    @Test
    void bothGroupsFightingAlongsideAnotherAreEachItsAlly() throws Exception {
        List<Claim> cs = extract("Liwa al-Baqir and Liwa al-Quds recruit in Aleppo province. Both groups fought "
                + "alongside Hezbollah last year.");
        assertTrue(has(cs, "Liwa al-Baqir", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
        assertTrue(has(cs, "Liwa al-Quds", Relation.ALLIED_WITH, "Hezbollah"), cs.toString());
    }

    @Test
    void bothAfterAPairWithAnAffiliatesOwnerAndAPronounInBetweenIsThePair() throws Exception {
        List<Claim> cs = extract("The Zenki movement holds the line. Alongside them are Jabhat al-Nusra, al-Qaeda's "
                + "Syrian branch, and the hardline Ahrar al-Sham. Both belong to Jaysh al-Fatah.");
        assertTrue(has(cs, "al-Nusra Front", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertTrue(has(cs, "Ahrar al-Sham", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
        assertFalse(has(cs, "al-Qaeda", Relation.MEMBER_OF, "Jaysh al-Fatah"), cs.toString());
    }

    @Test
    void theyOpeningTheSentenceAfterAnOpeningPairIsThePair() throws Exception {
        List<Claim> cs = extract("Liwa al-Baqir and Liwa al-Quds were formed in 2012. They joined the Local "
                + "Defence Forces in 2017.");
        assertTrue(has(cs, "Liwa al-Baqir", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertTrue(has(cs, "Liwa al-Quds", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
    }

    @Test
    void noPairWhenThePreviousSentenceNamesSeveralGroupsAndCoordinatesNone() throws Exception {
        List<Claim> cs = extract("Liwa al-Baqir, backed by Hezbollah, attacked the Islamic State near Deir Hafer. "
                + "The two groups are members of the Local Defence Forces.");
        assertFalse(has(cs, "Hezbollah", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertFalse(has(cs, "Islamic State", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
    }

    @Test
    void theTwoCoalitionsAreTheTwoCoalitionsNamedBeforeNotTheirMembers() throws Exception {
        List<Claim> cs = extract("Rebel factions formed the Fatah Halab operations room in April. Its founders included"
                + " Liwa al-Haqq and Jaysh al-Izza. In July Jabhat al-Nusra answered with the Jaysh al-Fatah "
                + "coalition. It brought in Liwa Marah and Jund al-Aqsa. The two coalitions then launched parallel "
                + "offensives against the government's positions in western Aleppo.");
        assertTrue(has(cs, "Fatah Halab", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertTrue(has(cs, "Jaysh al-Fatah", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Jund al-Aqsa", Relation.FOUGHT, "Syrian government"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Syrian government"), cs.toString());
    }

    @Test
    void bothAfterTwoSubjectsWithAsidesBetweenThemIsThePair() throws Exception {
        List<Claim> cs = extract("Liwa Marah (the Marah Brigade), led by Abu Issa, and Liwa al-Haqq under Abu Layla "
                + "fought alongside Jaysh al-Izza near Morek. Both were founding members of the Local Defence Forces.");
        assertTrue(has(cs, "Liwa Marah", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertTrue(has(cs, "Liwa al-Haqq", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
    }

    @Test
    void aPairReferenceAfterAFrontedPhraseIsStillThePair() throws Exception {
        List<Claim> cs = extract("Liwa al-Baqir merged into Liwa al-Quds in March 2016. Before that, the two "
                + "militias had both been founding members of the Local Defence Forces.");
        assertTrue(has(cs, "Liwa al-Baqir", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
        assertTrue(has(cs, "Liwa al-Quds", Relation.MEMBER_OF, "Local Defence Forces"), cs.toString());
    }

    @Test
    void aPairNamedAsTheObjectOfAVerbIsEachOfThePreviousSentencesPair() throws Exception {
        List<org.factiongraph.model.Claim> cs = Texts.extract("pair-object.txt", "2019-01-31", "Last week the US "
                + "Treasury designated the Fatemiyoun Division and the Zainabiyoun Brigade as terrorist entities. "
                + "Treasury's statement described both groups as having been recruited, trained and paid by the "
                + "Quds Force.");
        assertTrue(Texts.has(cs, "Liwa Fatemiyoun", org.factiongraph.model.Relation.SUPPORTED_BY, "Quds Force"),
                cs.toString());
        assertTrue(Texts.has(cs, "Liwa Zainabiyoun", org.factiongraph.model.Relation.SUPPORTED_BY, "Quds Force"),
                cs.toString());
    }

    @Test
    void theTwoGroupsAreThePairASentenceNamedPastAGroupThatOnlyClassifiesOne() throws Exception {
        List<Claim> cs = extract("The town's defence rested on two factions: Liwa Shuhada al-Islam, an affiliate of "
                + "the Free Syrian Army, and Ajnad al-Sham, a smaller Islamist faction. The two groups fought "
                + "together under a joint command.");
        assertTrue(has(cs, "Liwa Shuhada al-Islam", Relation.ALLIED_WITH, "Ajnad al-Sham"), cs.toString());
    }

    @Test
    void bothGroupsAfterASubjectThatActsOnAPairAreThePairNotTheSubject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Izza drove Liwa Marah and the Marah Military Council out of Morek last "
                + "year. Both groups had been backed by the United States.");
        assertTrue(has(cs, "Liwa Marah", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertTrue(has(cs, "Marah Military Council", Relation.SUPPORTED_BY, "United States"), cs.toString());
        assertFalse(has(cs, "Jaysh al-Izza", Relation.SUPPORTED_BY, "United States"), cs.toString());
    }
}
