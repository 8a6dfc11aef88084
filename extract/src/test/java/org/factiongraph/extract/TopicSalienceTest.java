package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.factiongraph.extract.Texts.named;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The force", "it": the group a passage is about, not one its last sentence named in passing. */
class TopicSalienceTest {

    private static List<Claim> extract(String body) throws Exception {
        return Texts.extract("topic.txt", "2016-08-22", body);
    }

    @Test
    void aDescriptionAfterAPassingMentionStillMeansThePassagesGroup() throws Exception {
        List<Claim> cs = extract("The National Defence Forces grew out of local militias in 2012. The NDF paid "
                + "its men better than the army did, and the NDF let them serve near home. Lebanon's Hezbollah "
                + "also trained NDF recruits. The force soon spread to Hama and Latakia.");
        assertTrue(has(cs, "National Defence Forces", Relation.OPERATES_IN, "Hama"), cs.toString());
        assertFalse(has(cs, "Hezbollah", Relation.OPERATES_IN, "Hama"), cs.toString());
    }

    @Test
    void aGroupNamedOnlyAfterAPrepositionOfAnotherPartyDoesNotBecomeTheTopic() throws Exception {
        List<Claim> cs = extract("Liwa Qaswara first appeared in June 2013. Most of Qaswara's early fighters came out"
                + " of Liwa Abu al-Fadl al-Abbas. The 2013 split from Liwa Abu al-Fadl al-Abbas was more a rebranding"
                + " than a rupture. The group's commander is Abu Shahed al-Jabouri.");
        assertTrue(has(cs, "Liwa Qaswara", Relation.LED_BY, "Abu Shahed al-Jabouri"), cs.toString());
        assertFalse(has(cs, "Liwa Abu al-Fadl al-Abbas", Relation.LED_BY, "Abu Shahed al-Jabouri"), cs.toString());
    }

    @Test
    void aGroupNamedOnceDoesNotTakeOverFromTheNewSubject() throws Exception {
        List<Claim> cs = extract("Jaysh al-Islam was formed in 2013. Jaysh al-Islam controls Douma. "
                + "Faylaq al-Rahman was formed in 2013 as well. The group soon spread to Arbin.");
        assertTrue(has(cs, "al-Rahman Legion", Relation.OPERATES_IN, "Arbin"), cs.toString());
    }

    @Test
    void aGroupTheTextReturnsToStaysTheTopicHoweverOftenAnotherWasNamed() throws Exception {
        List<Claim> cs = extract("The Wagner Group has fought in Syria since 2015. The SDF holds the Conoco field. "
                + "The SDF said the attack failed. The SDF called it unprovoked, and the SDF buried its dead. "
                + "The Wagner Group is financed by a businessman. Its fighters later stormed Palmyra.");
        assertTrue(has(cs, "Wagner Group", Relation.OPERATES_IN, "Palmyra"), cs.toString());
        assertFalse(has(cs, "Syrian Democratic Forces", Relation.OPERATES_IN, "Palmyra"), cs.toString());
    }

    @Test
    void theAllianceInARelativeClauseIsTheOneJustNamedNotAnEarlierOne() throws Exception {
        List<Claim> cs = extract("The Free Syrian Army backed the brigade in 2014. In 2016 the brigade fought in "
                + "the SDF's offensive around Manbij, which the alliance captured from the Islamic State in August.");
        assertTrue(has(cs, "Syrian Democratic Forces", Relation.FOUGHT, "Islamic State"), cs.toString());
        assertFalse(has(cs, "Free Syrian Army", Relation.FOUGHT, "Islamic State"), cs.toString());
    }
}
