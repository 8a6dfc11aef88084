package org.factiongraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulePrecisionTest {
    private static final String RULES = "# header | not a rule\n"
            + "define X = a|b\n"
            + "r-one | fought | A | B | auto | p=0.8 | A $X fought B\n"
            + "r-two | fought | A | B | auto | free,p=0.7 | A fighting B\n";

    @Test
    void measuredPrecisionIsSmoothedTowardsTheHandSetPriorAndRecordsTheCount() {
        String out = RulePrecision.rewrite(RULES, Map.of("r-one", new RulePrecision.Count(6, 2)));
        // (6 + 3 * 0.8) / (8 + 3) = 0.7636
        assertTrue(out.contains("r-one | fought | A | B | auto | p=0.76,prior=0.80,n=8 | A $X fought B"), out);
        assertTrue(out.contains("r-two | fought | A | B | auto | free,p=0.7 | A fighting B"), out);
        assertTrue(out.startsWith("# header | not a rule\ndefine X = a|b\n"), out);
        RuleSet parsed = RuleSet.parse(out, "test");
        assertEquals(0.76, parsed.rules().get(0).precision(), 1e-9);
    }

    @Test
    void rewritingTwiceWithTheSameCountsChangesNothing() {
        Map<String, RulePrecision.Count> c = Map.of("r-one", new RulePrecision.Count(1, 4),
                "r-two", new RulePrecision.Count(0, 0));
        String once = RulePrecision.rewrite(RULES, c);
        assertEquals(once, RulePrecision.rewrite(once, c));
        assertTrue(once.contains("free,p=0.70,prior=0.70,n=0"), once);
    }
}
