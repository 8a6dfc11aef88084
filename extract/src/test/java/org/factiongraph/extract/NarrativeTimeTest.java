package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a report's background ends and its own time resumes. */
class NarrativeTimeTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("time.txt", "2016-08-22", body);
    }

    @Test
    void aDatelinesDateIsTheReportsAndYieldsToTheDateTheSentenceGivesItsEvent() throws Exception {
        List<Claim> cs = extract("BEIRUT, August 22, 2016 - Liwa Marah was formed in Idlib in 2013.");
        assertTrue(Texts.founded(cs, "Liwa Marah", "2013"), cs.toString());
        cs = extract("DAMASCUS, Syria, Monday, August 22, 2016 -- Liwa Marah joined Jaysh al-Fatah in 2014.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && "2014".equals(String.valueOf(c.start()))), cs.toString());
        cs = extract("BEIRUT, August 22, 2016 - Liwa Marah joined Jaysh al-Fatah.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && "2016-08-22".equals(String.valueOf(c.start()))), cs.toString());
    }

    @Test
    void aPresentPerfectWithoutADateBringsTheStoryBackToTheReportsYear() throws Exception {
        List<Claim> cs = extract("The National Defence Forces were formally organised in 2013. "
                + "The NDF has coexisted uneasily with the Asayish for years. "
                + "The Asayish clashed with the NDF in Qamishli in April.");
        Claim fight = cs.stream().filter(c -> c.relation() == Relation.FOUGHT).findFirst().orElseThrow();
        assertEquals("2016-04", String.valueOf(fight.start()));
    }

    @Test
    void withoutThatReturnAnUnyearedMonthStaysInTheBackgroundsYear() throws Exception {
        List<Claim> cs = extract("The National Defence Forces were formally organised in 2013. "
                + "The Asayish clashed with the NDF in Qamishli in April.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUGHT
                && "2013-04".equals(String.valueOf(c.start()))), cs.toString());
    }

    @Test
    void anotherGroupsFoundingInARelativeClauseDoesNotDateTheClaimButTheSubjectsOwnDoes() throws Exception {
        List<Claim> cs = extract("Faylaq al-Sham has fought alongside Jaysh al-Fatah, the alliance which was "
                + "formed in March 2015, and Ahrar al-Sham. The Levant Front, which was formed in December 2014 to "
                + "defend Aleppo, holds the northern countryside.");
        Claim ally = cs.stream().filter(c -> c.relation() == Relation.ALLIED_WITH).findFirst().orElseThrow();
        assertFalse(String.valueOf(ally.start()).startsWith("2015-03"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.subject().name().equals("Levant Front") && String.valueOf(c.start()).equals("2014-12")),
                cs.toString());
    }

    @Test
    void theCoalitionAfterANewCoalitionCalledXIsXAndItsFoundingStatementDatesItsFounding() throws Exception {
        List<Claim> cs = extract("Several rebel brigades in northern Hama have pooled their forces in a new coalition "
                + "called Jaysh al-Izza. The coalition, whose founding statement was read out last Thursday by a "
                + "commander, said it would fight the regime.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Jaysh al-Izza")
                && String.valueOf(c.at()).equals("2016-08-18")), cs.toString());
    }

    @Test
    void eachPlaceOfAListTakesTheDateTheTextGivesIt() throws Exception {
        List<Claim> cs = extract("In quick succession Jaysh al-Fatah captured Idlib city on 28 March, Jisr al-Shughur "
                + "in late April and Ariha in May.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.object().name().equals("Jisr al-Shughur") && String.valueOf(c.start()).endsWith("-04")),
                cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.object().name().equals("Ariha") && String.valueOf(c.start()).endsWith("-05")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN
                && c.object().name().equals("Idlib") && String.valueOf(c.start()).endsWith("-03-28")), cs.toString());
    }

    @Test
    void aRelativeClausesTimeDoesNotDateAClaimThatHasItsOwn() throws Exception {
        List<Claim> cs = extract("In August 2015 fifteen factions formed Liwa al-Haqq, which in 2018 joined the "
                + "National Front for Liberation.");
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED
                && c.subject().name().equals("Liwa al-Haqq") && String.valueOf(c.at()).equals("2015-08")),
                cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF
                && c.subject().name().equals("Liwa al-Haqq") && String.valueOf(c.start()).equals("2018")),
                cs.toString());
    }
}
