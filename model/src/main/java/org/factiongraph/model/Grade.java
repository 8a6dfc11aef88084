package org.factiongraph.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Admiralty-scale grade: source reliability {@code A} (completely reliable) to {@code F} (cannot be judged),
 * information credibility {@code 1} (confirmed) to {@code 6} (cannot be judged). Printed as {@code B2}.
 */
public record Grade(char reliability, int credibility) {

    private static final Pattern FORM = Pattern.compile("([A-Fa-f])([1-6])");

    /** Nothing known about the source or the information. */
    public static final Grade UNKNOWN = new Grade('F', 6);

    public Grade {
        if (reliability < 'A' || reliability > 'F') {
            throw new IllegalArgumentException("source reliability must be A-F: " + reliability);
        }
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("information credibility must be 1-6: " + credibility);
        }
    }

    public static Grade parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Admiralty grade (A-F then 1-6, e.g. B2): " + text);
        }
        return new Grade(Character.toUpperCase(m.group(1).charAt(0)), Integer.parseInt(m.group(2)));
    }

    /**
     * A weight in (0, 1] for combining confidence: A1 is 1.0, F6 is low but not zero, since an ungraded source
     * may still be right.
     */
    public double weight() {
        double r = switch (reliability) {
            case 'A' -> 1.0;
            case 'B' -> 0.9;
            case 'C' -> 0.75;
            case 'D' -> 0.55;
            case 'E' -> 0.35;
            default -> 0.5; // F: reliability cannot be judged
        };
        double c = switch (credibility) {
            case 1 -> 1.0;
            case 2 -> 0.9;
            case 3 -> 0.75;
            case 4 -> 0.55;
            case 5 -> 0.3;
            default -> 0.6; // 6: truth cannot be judged
        };
        return r * c;
    }

    @Override
    public String toString() {
        return "" + reliability + credibility;
    }
}
