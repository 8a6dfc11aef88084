package org.factiongraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameSignatureTest {

    private static NameSignature sig(String name) {
        return NameSignature.of(name).orElseThrow(() -> new AssertionError("no signature for " + name));
    }

    @Test
    void arabicAndEnglishUnitWordsMeet() {
        assertTrue(sig("Liwa al-Fursan al-Jadid").compatible(sig("al-Fursan al-Jadid Brigade")));
        assertTrue(sig("Liwa al-Fursan al-Jadid").compatible(sig("Fursan al Jadeed Brigades")));
        assertTrue(sig("Jaysh al-Islam").compatible(sig("Army of Islam")));
        assertTrue(sig("Harakat Hazzm").compatible(sig("Hazm Movement")));
        assertEquals("army", sig("Jaish al-Izza").unit());
    }

    @Test
    void differentUnitsOrDifferentWordsDoNotMeet() {
        assertFalse(sig("Jaysh al-Islam").compatible(sig("Liwa al-Islam")));
        assertFalse(sig("Jaysh al-Islam").compatible(sig("Jaysh al-Izza")));
        assertFalse(sig("Liwa al-Tawhid").compatible(sig("Liwa al-Haqq")));
        assertFalse(sig("Free Syrian Army").compatible(sig("Syrian Arab Army")));
    }

    @Test
    void aNameWithoutAUnitWordMeetsTheSameNameWithOne() {
        assertTrue(sig("Nour al-Din al-Zenki").compatible(sig("Harakat Nour al-Din al-Zenki")));
        assertTrue(sig("Fursan al-Haqq").compatible(sig("Fursan al-Haqq Brigade")));
    }

    @Test
    void genericCoresAreWeakAndDistinctiveOnesStrong() {
        assertFalse(sig("Jund al-Sham").strong());
        assertFalse(sig("Jaysh al-Islam").strong(), "one word is too little on its own");
        assertTrue(sig("Liwa al-Fursan al-Jadid").strong());
        assertTrue(sig("Suqur al-Sham Brigade").strong());
        assertTrue(NameSignature.of("Islamic Front").isEmpty(), "nothing distinctive is left");
    }
}
