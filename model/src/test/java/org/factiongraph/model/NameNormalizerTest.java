package org.factiongraph.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    private static void same(String a, String b) {
        assertEquals(NameNormalizer.key(a), NameNormalizer.key(b), a + " ~ " + b);
    }

    private static void different(String a, String b) {
        assertNotEquals(NameNormalizer.key(a), NameNormalizer.key(b), a + " !~ " + b);
    }

    @Test
    void arabicArticleFormsMeet() {
        same("Ahrar ash-Sham", "Ahrar a-Sham");
        same("Ahrar ash-Sham", "Ahrar al Sham");
        same("Jabhat a-Nusra", "Jabhat al-Nusrah");
        same("Deir ez-Zor", "Deir el-Zour");
        same("Jund al Malahim", "Jund al-Malahim");
    }

    @Test
    void transliterationVariantsMeet() {
        same("Jaish al-Fateh", "Jaysh al-Fatah");
        same("Jaish al-Islam", "Jaysh al Islam");
        same("Kataib Abu Amara", "Kataeb Abu Amara");
        same("Liwaa al-Tawhid", "Liwa al-Tawhid");
        same("Haraka Nour al-Din al-Zinki", "Harakat Nur al-Din al-Zenki");
        same("Ahrar al-Shaam", "Ahrar al-Sham");
        same("Kobanî", "Kobane");
        same("Tel Abyad", "Tal Abyad");
        same("Jaish Khalid bin al-Walid", "Jaysh Khalid ibn al-Walid");
    }

    @Test
    void looseKeysJoinDoubledLettersAndVowelSpellings() {
        assertEquals(NameNormalizer.looseKey("Liwa Ahfad al-Rasul"), NameNormalizer.looseKey("Liwaa Ahfad al-Rasoul"));
        assertEquals(NameNormalizer.looseKey("Harakat Hazm"), NameNormalizer.looseKey("Harakat Hazzm"));
        assertEquals(NameNormalizer.looseKey("Jaysh al-Izza"), NameNormalizer.looseKey("Jaish al-Izzah"));
        assertEquals(NameNormalizer.looseKey("Fursan al-Jadid"), NameNormalizer.looseKey("Fursan al-Jadeed"));
        assertNotEquals(NameNormalizer.key("Liwa Ahfad al-Rasul"), NameNormalizer.key("Liwa Ahfad al-Rasoul"));
        assertNotEquals(NameNormalizer.looseKey("Division 11"), NameNormalizer.looseKey("Division 1"));
        assertNotEquals(NameNormalizer.looseKey("Jaysh al-Islam"), NameNormalizer.looseKey("Jaysh al-Izza"));
    }

    @Test
    void diacriticsApostrophesAndLeadingTheFold() {
        same("the Islamic Front", "Islamic Front");
        same("Jaysh al-ʿIzza", "Jaysh al-Izza");
        same("Qa'ida", "Qaida");
        same("Ṣuqūr al-Shām", "Suqur al-Sham");
        same("Euphrates Brigades", "Euphrates Brigade");
    }

    @Test
    void differentGroupsSharingGenericWordsStayApart() {
        different("Jaysh al-Islam", "Jaysh al-Izza");
        different("Liwa al-Tawhid", "Liwa al-Haqq");
        different("Ahrar al-Sham", "Ajnad al-Sham");
        different("Jaysh al-Fatah", "Jaysh al-Islam");
        different("Free Syrian Army", "Syrian Army");
    }

    @Test
    void emptyAndPunctuationOnlyNamesGiveEmptyKeys() {
        assertEquals("", NameNormalizer.key(null));
        assertEquals("", NameNormalizer.key(" -- "));
        assertFalse(NameNormalizer.same("", ""));
    }
}
