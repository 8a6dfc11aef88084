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
    void aPossessivePronounBeforeANounOwnsTheObjectAndIsNotTheObject() throws Exception {
        List<Claim> cs = extract("The Southern Front, an alliance of Free Syrian Army factions, held out until the "
                + "army launched its offensive on Daraa in June.");
        assertFalse(cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED), cs.toString());
    }

    @Test
    void aNewClausesSubjectPronounContinuesTheSubjectNotTheAgentOfABy() throws Exception {
        List<Claim> cs = extract("The Fifth Corps was announced by the Syrian army's General Command in November "
                + "2016, and from the outset it has been financed and armed by Russian officers.");
        assertTrue(has(cs, "Fifth Corps", Relation.SUPPORTED_BY, "Russia"), cs.toString());
        assertFalse(has(cs, "General Command", Relation.SUPPORTED_BY, "Russia"), cs.toString());
    }
}
