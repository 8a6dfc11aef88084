package org.factiongraph.extract;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetTest {

    @Test
    void everyShippedRuleHasAUniqueIdAValidRelationAndBoundSlots() {
        RuleSet rules = RuleSet.load();
        assertTrue(rules.rules().size() >= 40, "expected the full rule set, got " + rules.rules().size());
        Set<String> ids = new HashSet<>();
        for (Rule r : rules.rules()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertTrue(r.closes() || r.relation() != null, r.id());
            assertTrue(r.precision() > 0 && r.precision() <= 1, r.id());
            assertFalse(r.pattern().isEmpty(), r.id());
        }
    }

    @Test
    void everyShippedRuleHasTriggerWordsSoItIsTriedOnlyOnSentencesThatHoldOne() {
        // a rule without them (all its words exact, "=Formed") runs its matcher over every sentence of every
        // document: one such rule cost 14% of the one-thread extraction speed
        for (Rule r : RuleSet.load().rules()) {
            assertFalse(r.triggers().isEmpty(), r.id() + " has no trigger word");
        }
    }

    @Test
    void aSentenceIsTriedOnlyAgainstTheRulesItsWordsTriggerInTheFilesOrder() {
        RuleSet rs = RuleSet.parse("""
                a | fought | A | B | auto | p=0.8 | A attacked|shelled B
                b | allied_with | A | B | auto | p=0.8 | A allied with B
                c | fought | A | B | auto | p=0.8 | A shelled|bombed B
                d | fought | A | B | auto | p=0.8 | =Shelling A B
                """, "t");
        assertEquals(List.of("a", "c", "d"), ids(rs.triggeredBy(Set.of("shelled", "the", "shell"))));
        assertEquals(List.of("b", "d"), ids(rs.triggeredBy(Set.of("allied", "with"))));
        assertEquals(List.of("d"), ids(rs.triggeredBy(Set.of("met"))));
    }

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }

    @Test
    void aDuplicateIdIsRejectedWithItsLine() {
        String text = "a | fought | A | B | auto | p=0.8 | A fought B\na | fought | A | B | auto | p=0.8 | A attacked B\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(text, "t"));
        assertTrue(e.getMessage().contains("t:2") && e.getMessage().contains("duplicate"), e.getMessage());
    }

    @Test
    void anUnboundObjectSlotIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse("x | fought | A | C | auto | p=0.8 | A fought B", "t"));
        assertTrue(e.getMessage().contains("not bound"), e.getMessage());
    }

    @Test
    void anUnknownRelationIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse("x | befriended | A | B | auto | p=0.8 | A befriended B", "t"));
    }

    @Test
    void definesExpandIntoAlternatives() {
        RuleSet rs = RuleSet.parse("define V = hit|struck\nx | fought | A | B | auto | p=0.8 | A $V B", "t");
        Rule.Word w = (Rule.Word) rs.rules().get(0).pattern().get(1);
        assertNotNull(w);
        assertTrue(w.alternatives().containsAll(Set.of("hit", "struck")));
    }

    @Test
    void aDefineMayNameOneDefinedAboveIt() {
        RuleSet rs = RuleSet.parse("define V = stormed|raided\ndefine W = $V|shelled\n"
                + "x | fought | A | B | auto | p=0.8 | A $W B", "t");
        Rule.Word w = (Rule.Word) rs.rules().get(0).pattern().get(1);
        assertEquals(Set.of("stormed", "raided", "shelled"), w.alternatives());
        assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse("define W = $V|shelled\nx | fought | A | B | auto | p=0.8 | A $W B", "t"));
    }
}
