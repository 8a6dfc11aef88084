package org.factiongraph.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces a name to a key on which transliteration variants meet: {@code "Ahrar ash-Sham"}, {@code "Ahrar a-Sham"}
 * and {@code "Ahrar al Sham"} all become {@code "ahrar al sham"}; {@code "Jaish al-Fateh"} and
 * {@code "Jaysh al-Fatah"} become {@code "jaysh al fatah"}.
 *
 * <p>It folds case, diacritics, apostrophes and ʿayn marks, every Arabic article form to {@code al}, a leading
 * "the", common spelling variants of the words that make up group names, and plural unit words to the singular.
 * It keeps every distinctive word, so different groups that share generic words stay apart
 * ({@code jaysh al islam} ≠ {@code jaysh al izza}). A superset of the normalisation in {@code shared/gold/score.py}.
 * Stateless and thread-safe.
 */
public final class NameNormalizer {

    private static final Set<String> ARTICLES = Set.of("al", "a", "ash", "as", "at", "ad", "ar", "az", "an", "el",
            "ed", "es", "ez", "ath", "adh", "dh");

    /** Variant spellings of the words group names are made of, mapped to one form. */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("jaish", "jaysh"), Map.entry("jeish", "jaysh"), Map.entry("jaych", "jaysh"),
            Map.entry("jabha", "jabhat"), Map.entry("jabhet", "jabhat"), Map.entry("jebhat", "jabhat"),
            Map.entry("nusrah", "nusra"), Map.entry("nosra", "nusra"), Map.entry("nusrat", "nusra"),
            Map.entry("shaam", "sham"), Map.entry("shām", "sham"),
            Map.entry("fateh", "fatah"), Map.entry("fath", "fatah"),
            Map.entry("kataib", "kataeb"), Map.entry("katibat", "kataeb"), Map.entry("kataeb", "kataeb"),
            Map.entry("katiba", "kataeb"), Map.entry("katibah", "kataeb"), Map.entry("kata'ib", "kataeb"),
            Map.entry("liwaa", "liwa"), Map.entry("liwaa'", "liwa"), Map.entry("lewa", "liwa"),
            Map.entry("haraka", "harakat"), Map.entry("harakah", "harakat"), Map.entry("harakat", "harakat"),
            Map.entry("ahrar", "ahrar"), Map.entry("ajnad", "ajnad"),
            Map.entry("kobane", "kobani"), Map.entry("kobanê", "kobani"), Map.entry("tel", "tal"),
            Map.entry("tajamu", "tajammu"), Map.entry("tajammu'", "tajammu"),
            Map.entry("faylaq", "faylaq"), Map.entry("failaq", "faylaq"), Map.entry("feylaq", "faylaq"),
            Map.entry("firqa", "firqat"), Map.entry("firqah", "firqat"),
            Map.entry("zinki", "zenki"), Map.entry("zengi", "zenki"), Map.entry("zangi", "zenki"),
            Map.entry("nur", "nour"), Map.entry("noor", "nour"),
            Map.entry("islamiyya", "islamiya"), Map.entry("islamiyyah", "islamiya"), Map.entry("islamiyah", "islamiya"),
            Map.entry("islamia", "islamiya"),
            Map.entry("brigades", "brigade"), Map.entry("battalions", "battalion"),
            Map.entry("divisions", "division"), Map.entry("regiments", "regiment"),
            Map.entry("mujahedeen", "mujahideen"), Map.entry("mujahidin", "mujahideen"),
            Map.entry("mujahedin", "mujahideen"), Map.entry("mujahideen", "mujahideen"),
            Map.entry("qaida", "qaeda"), Map.entry("qa'ida", "qaeda"), Map.entry("qaeda", "qaeda"),
            Map.entry("daesh", "daesh"), Map.entry("daish", "daesh"),
            Map.entry("tahrir", "tahrir"), Map.entry("tahreer", "tahrir"),
            Map.entry("bin", "ibn"), Map.entry("bn", "ibn"),
            Map.entry("zor", "zor"), Map.entry("zour", "zor"), Map.entry("ezzor", "al zor"), Map.entry("ezzour", "al zor")
    );

    private NameNormalizer() {
    }

    /** The matching key of a name; empty for null or a name with no letters or digits. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // apostrophes, ʿayn and hamza marks vanish inside words: Qa'ida -> qaida, Ka'b -> kab
            if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '`' || c == '\u02bf' || c == '\u02be'
                    || c == '\u02bc' || c == '\u00b4') {
                continue;
            }
            sb.append(c);
        }
        String lower = sb.toString().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || Character.isLetter(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String t = ARTICLES.contains(word) ? "al" : SPELLING.getOrDefault(word, word);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    /**
     * A looser key than {@link #key}, on which more transliterations meet: within each word doubled letters are single
     * ({@code Hazzm} = {@code Hazm}), {@code ou} and {@code oo} are {@code u} ({@code Rasoul} = {@code Rasul}),
     * {@code ee} is {@code i} ({@code Jadeed} = {@code Jadid}) and a final {@code -ah} of a longer word is {@code -a}
     * ({@code Izzah} = {@code Izza}). Digits are kept as they are. Two names with the same loose key are only
     * candidates for one name; callers decide how far to trust them.
     */
    public static String looseKey(String name) {
        return looseOfKey(key(name));
    }

    /** A {@link #key} already computed, spelled loosely word by word, as in {@link #looseKey}. */
    public static String looseOfKey(String key) {
        if (key.isEmpty()) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(looseWord(word));
        }
        return out.toString();
    }

    /** One word of a {@link #key} spelled loosely, as in {@link #looseKey}. */
    public static String looseWord(String word) {
        String w = word.replace("ou", "u").replace("oo", "u").replace("ee", "i");
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && c == w.charAt(i - 1) && Character.isLetter(c)) {
                continue;
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.length() > 3 && s.endsWith("ah")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** True when the word is a transliterated Arabic article ("al", "el", "ash", "ad", ...), in any case. */
    public static boolean isArticle(String word) {
        return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when two names normalise to the same key. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
