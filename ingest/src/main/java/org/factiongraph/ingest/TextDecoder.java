package org.factiongraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns raw bytes into text without mangling it: byte-order marks (UTF-8, UTF-16, UTF-32), UTF-16 without a mark,
 * strict UTF-8, mostly-UTF-8 with a few invalid bytes (replaced by U+FFFD), and single-byte encodings chosen among
 * juniversalchardet's guess, Windows-1256 (Arabic, which juniversalchardet does not know) and Windows-1252 by how
 * plausible the decoded words are. Rejects binary content. Line endings become {@code \n}; a leading BOM is dropped.
 * Stateless, thread-safe.
 */
final class TextDecoder {

    /** The decoded text and the charset that was used. */
    record Decoded(String text, Charset charset) {
    }

    static final String BINARY = "binary content, not text";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {
    }

    static Decoded decode(byte[] raw) throws UnsupportedDocumentException {
        Charset bom = bomCharset(raw);
        if (bom != null) {
            int skip = bomLength(raw);
            String text = new String(raw, skip, raw.length - skip, bom);
            rejectControlHeavy(text);
            return new Decoded(normalise(text), bom);
        }
        Charset utf16 = utf16WithoutBom(raw);
        if (utf16 != null) {
            String text = new String(raw, utf16);
            rejectControlHeavy(text);
            return new Decoded(normalise(text), utf16);
        }
        rejectBinaryBytes(raw);
        String strict = strictUtf8(raw);
        if (strict != null) {
            return new Decoded(normalise(strict), StandardCharsets.UTF_8);
        }
        if (mostlyUtf8(raw)) {
            return new Decoded(normalise(new String(raw, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        Charset chosen = singleByte(raw);
        return new Decoded(normalise(new String(raw, chosen)), chosen);
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}; a leading U+FEFF is dropped. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00) || startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return 4;
        }
        return 2;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Mostly-ASCII UTF-16 without a mark: zero bytes on one parity only. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 1 << 16) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd >= pairs * 0.3 && zeroEven == 0 && b.length % 2 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= pairs * 0.3 && zeroOdd == 0 && b.length % 2 == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isControlByte(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static void rejectBinaryBytes(byte[] b) throws UnsupportedDocumentException {
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                throw new UnsupportedDocumentException(BINARY);
            }
            if (isControlByte(c)) {
                controls++;
            }
        }
        if (tooManyControls(controls, b.length)) {
            throw new UnsupportedDocumentException(BINARY);
        }
    }

    private static void rejectControlHeavy(String text) throws UnsupportedDocumentException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new UnsupportedDocumentException(BINARY);
            }
            if (isControlByte(c)) {
                controls++;
            }
        }
        if (tooManyControls(controls, text.length())) {
            throw new UnsupportedDocumentException(BINARY);
        }
    }

    private static boolean tooManyControls(int controls, int length) {
        return controls > 8 && controls > length * 0.02;
    }

    private static String strictUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(b));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True when well-formed multi-byte UTF-8 sequences clearly outnumber the invalid bytes. */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && valid >= 2 * invalid;
    }

    private static Charset singleByte(byte[] raw) {
        List<Charset> candidates = new ArrayList<>(List.of(WINDOWS_1252, WINDOWS_1256));
        Charset guessed = chardet(raw);
        if (guessed != null && !candidates.contains(guessed) && !guessed.equals(StandardCharsets.UTF_8)) {
            candidates.add(guessed);
        }
        Charset best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Charset c : candidates) {
            int score = plausibility(new String(raw, c));
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static Charset chardet(byte[] raw) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(raw, 0, Math.min(raw.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final Set<Character.UnicodeScript> NEUTRAL =
            EnumSet.of(Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

    /**
     * How plausible a decoding is, token by token (runs of non-space characters that hold non-ASCII characters):
     * +1 for a token whose letters are in one script, -2 for a token that mixes scripts, strings three accented
     * Latin letters together (the mark of Arabic or Cyrillic bytes read as Latin), or holds symbols, box-drawing,
     * control, private-use or replacement characters among non-ASCII bytes.
     */
    static int plausibility(String s) {
        int score = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            EnumSet<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
            int nonAscii = 0;
            int run = 0;
            int maxLatinRun = 0;
            boolean odd = false;
            while (i < n && !Character.isWhitespace(cp = s.codePointAt(i)) && !Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    run = 0;
                    if (Character.isLetter(cp)) {
                        scripts.add(Character.UnicodeScript.LATIN);
                    }
                    continue;
                }
                nonAscii++;
                if (isWordChar(cp)) {
                    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                    if (!NEUTRAL.contains(sc)) {
                        scripts.add(sc);
                    }
                    run = sc == Character.UnicodeScript.LATIN ? run + 1 : 0;
                    maxLatinRun = Math.max(maxLatinRun, run);
                } else {
                    run = 0;
                    odd |= oddCharacter(cp);
                }
            }
            if (nonAscii > 0) {
                score += scripts.size() > 1 || maxLatinRun >= 3 || odd ? -2 : 1;
            }
        }
        return score;
    }

    /** Characters that betray a wrong single-byte decoding when they sit inside a word. */
    private static boolean oddCharacter(int cp) {
        int t = Character.getType(cp);
        return cp == 0xFFFD || t == Character.CONTROL || t == Character.PRIVATE_USE || t == Character.UNASSIGNED
                || t == Character.SURROGATE || t == Character.MATH_SYMBOL && cp != 0xD7 && cp != 0xF7 && cp != 0xB1
                || t == Character.OTHER_SYMBOL && cp != 0xA9 && cp != 0xAE && cp != 0xB0 && cp != 0x2122;
    }

    private static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetter(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
