package org.factiongraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word lists of lexicon.txt answer for the forms callers look up. */
class LexiconTest {

    private static final Lexicon LEX = Lexicon.load();

    @Test
    void aHyphenedOrAbbreviatedEntryIsFoundByItsLowerCaseToken() {
        assertTrue(LEX.has("attack-noun", "counter-offensive"));
        assertTrue(LEX.has("ally-verb", "co-operate"));
        assertTrue(LEX.has("person-title", "lt."));
        assertTrue(LEX.has("place-filler", "rebel-held"));
    }

    @Test
    void theNormalisedKeyStillAnswersAndOtherWordsDoNot() {
        assertTrue(LEX.has("attack-noun", "counter offensive"));
        assertTrue(LEX.has("attack-noun", "offensive"));
        assertFalse(LEX.has("attack-noun", "counter"));
    }

    @Test
    void aLastWordThatSpellsAKindStaysPartOfAnEntryOutsideTheKindedSections() {
        assertTrue(LEX.has("epithet", "jihadist group"));
        assertFalse(LEX.has("epithet", "jihadist"));
        assertTrue(LEX.has("descriptor", "alliance"));
        assertTrue("umbrella".equals(LEX.value("descriptor", "alliance")));
    }
}
