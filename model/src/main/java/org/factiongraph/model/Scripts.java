package org.factiongraph.model;

/** Guesses the ISO 15924 script of a name from its letters. */
public final class Scripts {
    private Scripts() {
    }

    public static String of(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return arabic > latin ? "Arab" : "Latn";
    }
}
