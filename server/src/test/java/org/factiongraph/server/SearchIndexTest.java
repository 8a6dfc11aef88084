package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    /** The full dynamic programme, for reference. */
    static int naive(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void bandedEditDistanceAgreesWithTheFullOneUpToItsLimit() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int t = 0; t < 20_000; t++) {
            String a = word(rnd);
            String b = rnd.nextInt(3) == 0 ? word(rnd) : mutate(a, rnd);
            int max = rnd.nextInt(7);
            int want = naive(a, b);
            assertEquals(want <= max ? want : max + 1, SearchIndex.levenshtein(a, b, max), a + " / " + b + " max " + max);
        }
    }

    static String word(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(14);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + rnd.nextInt(4)));
        }
        return sb.toString();
    }

    static String mutate(String a, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(a);
        for (int k = rnd.nextInt(5); k > 0; k--) {
            int op = rnd.nextInt(3);
            int i = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
            if (op == 0 || sb.length() == 0) {
                sb.insert(i, (char) ('a' + rnd.nextInt(4)));
            } else if (op == 1) {
                sb.deleteCharAt(i);
            } else {
                sb.setCharAt(i, (char) ('a' + rnd.nextInt(4)));
            }
        }
        return sb.toString();
    }
}
