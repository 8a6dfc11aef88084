package org.factiongraph.extract.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegexesTest {

    @Test
    void answersAsStringMatchesForWordAlternationsAndRealPatterns() {
        List<String> patterns = List.of("and|or", "which|who|that", "VB.*|MD|RB.*", "[.:!?]", "\\p{Lu}.*",
                "partners?|allies|ally", "(north|south)-?(east|west)", ", and|, or|as well as", "(?i).*\\briver\\b.*",
                "al|the|of|and", "rename|rebrand");
        List<String> texts = List.of("and", "or", "andor", "and|or", "", "VBD", "VB", "MD", "RBR", "NN", ".", "?",
                "..", "Morek", "morek", "partner", "partners", "ally", "allies", "northeast", "south-west", "west",
                ", and", "as well as", "the Euphrates River", "rivers", "the", "al", "rename");
        for (String p : patterns) {
            for (String t : texts) {
                assertEquals(t.matches(p), Regexes.matches(t, p), () -> "'" + t + "' against '" + p + "'");
                assertEquals(t.matches(p), Regexes.matches(t, p), () -> "cached: '" + t + "' against '" + p + "'");
            }
        }
    }

    @Test
    void aRepeatedAlternativeIsNoError() {
        assertEquals(true, Regexes.matches("and", "and|or|and"));
        assertEquals(false, Regexes.matches("but", "and|or|and"));
    }

    @Test
    void anEmptyAlternativeMatchesTheEmptyString() {
        assertEquals("".matches("a|"), Regexes.matches("", "a|"));
        assertEquals("b".matches("a|"), Regexes.matches("b", "a|"));
    }
}
