package org.factiongraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    private static final ObjectMapper J = new ObjectMapper();

    @Test
    void normalisationFoldsArticlesSpellingAndLeadingThe() {
        assertEquals(Scorer.norm("Ahrar al-Sham"), Scorer.norm("Ahrar a-Sham"));
        assertEquals(Scorer.norm("Jaish al-Islam"), Scorer.norm("the Jaysh al Islam"));
        assertEquals("kobani", Scorer.norm("Kobanî"));
    }

    @Test
    void symmetricRelationsMatchInEitherDirectionAndNegatedClaimsAreNotAssertions() throws Exception {
        var gold = List.of(J.readTree("{\"doc\":\"d\",\"subject\":[\"A\"],\"relation\":\"fought\",\"object\":[\"B\"],\"start\":\"2014\"}"),
                J.readTree("{\"doc\":\"d\",\"subject\":[\"C\"],\"relation\":\"member_of\",\"object\":[\"D\"],\"status\":\"negated\"}"));
        var claims = List.of(J.readTree("{\"doc\":\"d\",\"subject\":\"B\",\"relation\":\"fought\",\"object\":\"A\",\"start\":\"2014-03\"}"),
                J.readTree("{\"doc\":\"d\",\"subject\":\"C\",\"relation\":\"member_of\",\"object\":\"D\",\"negated\":true}"),
                J.readTree("{\"doc\":\"d\",\"subject\":\"C\",\"relation\":\"member_of\",\"object\":\"D\"}"));
        Scorer.Result r = Scorer.score(gold, claims, null);
        assertEquals("docs=1 gold=1 claims=2 true_claims=1 gold_found=1 precision=0.5 recall=1.0 f1=0.667 "
                + "time_accuracy=1.0 negated_asserted=1", r.summary());
        assertEquals(1, r.spurious().size());
    }
}
