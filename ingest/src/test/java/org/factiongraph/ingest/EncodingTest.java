package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.factiongraph.model.Document;
import org.junit.jupiter.api.Test;

class EncodingTest {
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
    private static final String ARABIC = "قال المتحدث باسم جيش الإسلام إن الفصائل اتحدت في غرفة عمليات واحدة لمواجهة تنظيم الدولة";
    private static final String LATIN = "Le porte-parole a déclaré que les brigades s'étaient réunies à Alep; « unité » était le mot clé.";

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        Document d = readers.read("a.txt", concat(bytes(0xEF, 0xBB, 0xBF), "Jaysh al-Islam — جيش الإسلام".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Jaysh al-Islam — جيش الإسلام", d.text());
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecoded() throws Exception {
        Document d = readers.read("a.txt", concat(bytes(0xFF, 0xFE), (ARABIC + "\r\nAleppo").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(ARABIC + "\nAleppo", d.text());
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecoded() throws Exception {
        Document d = readers.read("a.txt", concat(bytes(0xFE, 0xFF), "Ahrar al-Sham أحرار الشام".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("Ahrar al-Sham أحرار الشام", d.text());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedNotCalledBinary() throws Exception {
        Document d = readers.read("a.txt", "Free Syrian Army units in Daraa".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Free Syrian Army units in Daraa", d.text());
    }

    @Test
    void windows1256ArabicRoundTripsToTheRightLetters() throws Exception {
        Charset cp1256 = Charset.forName("windows-1256");
        Document d = readers.read("arabic.txt", ARABIC.getBytes(cp1256));
        assertEquals(ARABIC, d.text());
    }

    @Test
    void shortWindows1256ArabicMixedWithEnglishIsDecoded() throws Exception {
        Charset cp1256 = Charset.forName("windows-1256");
        String text = "Report by Enab Baladi\n\nجبهة النصرة and جيش الفتح in Idlib";
        assertEquals(text, readers.read("mixed.txt", text.getBytes(cp1256)).text());
    }

    @Test
    void latin1IsDecodedWithoutMangling() throws Exception {
        Document d = readers.read("fr.txt", LATIN.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(LATIN, d.text());
    }

    @Test
    void windows1252CurlyQuotesAreDecoded() throws Exception {
        String text = "He said: \u201CWe joined the front\u201D \u2014 on Monday, for the café owners of Zürich.";
        assertEquals(text, readers.read("q.txt", text.getBytes(Charset.forName("windows-1252"))).text());
    }

    @Test
    void mostlyUtf8WithAFewInvalidBytesIsReadWithReplacementCharacters() throws Exception {
        byte[] good = ("Jabhat al-Nusra — جبهة النصرة — was founded in 2012. " + ARABIC).getBytes(StandardCharsets.UTF_8);
        byte[] content = concat(good, bytes(0xC3, 0x28), " end".getBytes(StandardCharsets.UTF_8));
        Document d = readers.read("broken.txt", content);
        assertTrue(d.text().startsWith("Jabhat al-Nusra — جبهة النصرة — was founded in 2012."), d.text());
        assertTrue(d.text().contains("\uFFFD"), "the invalid byte is marked, not guessed");
        assertTrue(d.text().endsWith(" end"));
    }

    @Test
    void crlfAndLoneCarriageReturnsBecomeNewlines() throws Exception {
        assertEquals("one\ntwo\nthree", readers.read("a.txt", "one\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void binaryJunkNamedTxtIsRefused() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class, () -> readers.read("junk.txt", junk));
        assertEquals("binary content, not text", e.getMessage());
    }

    @Test
    void controlCharacterHeavyContentWithoutNulIsRefused() {
        byte[] junk = new byte[2000];
        Random r = new Random(7);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 3 == 0 ? 1 + r.nextInt(8) : 'a' + r.nextInt(26));
        }
        assertThrows(UnsupportedDocumentException.class, () -> readers.read("junk.txt", junk));
    }

    @Test
    void emptyFileIsAnEmptyDocument() {
        assertThrows(EmptyDocumentException.class, () -> readers.read("empty.txt", new byte[0]));
    }

    @Test
    void whitespaceOnlyFileIsAnEmptyDocument() {
        assertThrows(EmptyDocumentException.class, () -> readers.read("blank.txt", " \r\n\t\n  ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void plausibilityPrefersArabicOverLatinReadingsOfArabicBytes() {
        byte[] b = ARABIC.getBytes(Charset.forName("windows-1256"));
        int asArabic = TextDecoder.plausibility(new String(b, Charset.forName("windows-1256")));
        int asLatin = TextDecoder.plausibility(new String(b, Charset.forName("windows-1252")));
        assertTrue(asArabic > asLatin, asArabic + " vs " + asLatin);
        assertFalse(asLatin > 0);
    }
}
