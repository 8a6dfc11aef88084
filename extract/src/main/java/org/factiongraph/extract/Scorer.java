package org.factiongraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factiongraph.model.Claim;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A faithful Java port of {@code shared/gold/score.py}: the same name normalisation, matching (symmetric relations
 * in either direction, subject or subject_mention, object or object_mention), precision, recall, F1, time accuracy
 * and negated-asserted count, plus the lists of missed gold claims and spurious claims. Stateless, thread-safe.
 */
public final class Scorer {
    private static final Set<String> SYMMETRIC = Set.of("allied_with", "fought");
    private static final Set<String> ARTICLES = Set.of("al", "a", "ash", "as", "at", "ad", "ar", "az", "an", "el",
            "ed", "es", "ath", "adh", "dh");
    private static final String[][] SPELLING = {{"\\bjaish\\b", "jaysh"}, {"\\bjaysh\\b", "jaysh"},
            {"\\bjabha\\b", "jabhat"}, {"\\bnusrah\\b", "nusra"}, {"\\bshaam\\b", "sham"}, {"\\bfateh\\b", "fatah"},
            {"\\bkataib\\b", "kataeb"}, {"\\bkobane\\b", "kobani"}, {"\\btel\\b", "tal"}};
    private static final Pattern[] SPELLING_P;
    private static final Pattern QUOTES = Pattern.compile("[\u2018\u2019'`\u02bf\u02be]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        SPELLING_P = new Pattern[SPELLING.length];
        for (int i = 0; i < SPELLING.length; i++) {
            SPELLING_P[i] = Pattern.compile(SPELLING[i][0]);
        }
    }

    private Scorer() {
    }

    /** The figures score.py prints, and the missed and spurious claims, one line each. */
    public record Result(int docs, int gold, int claims, int trueClaims, int goldFound, double precision,
                         double recall, double f1, double timeAccuracy, int negatedAsserted, List<String> missed,
                         List<String> spurious, List<JsonNode> missedGold) {
        /** The summary line exactly as score.py prints it. */
        public String summary() {
            return "docs=" + docs + " gold=" + gold + " claims=" + claims + " true_claims=" + trueClaims
                    + " gold_found=" + goldFound + " precision=" + py(precision) + " recall=" + py(recall)
                    + " f1=" + py(f1) + " time_accuracy=" + py(timeAccuracy) + " negated_asserted=" + negatedAsserted;
        }
    }

    /** Python's repr of round(x, 3). */
    static String py(double x) {
        BigDecimal b = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = b.toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    public static String norm(String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK) {
                sb.append(c);
            }
        }
        s = sb.toString().toLowerCase(Locale.ROOT);
        s = QUOTES.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        List<String> words = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        words.replaceAll(w -> ARTICLES.contains(w) ? "al" : w);
        s = String.join(" ", words);
        for (int i = 0; i < SPELLING_P.length; i++) {
            s = SPELLING_P[i].matcher(s).replaceAll(SPELLING[i][1]);
        }
        return s;
    }

    private static Set<String> names(JsonNode value) {
        Set<String> out = new HashSet<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.add(null);
            return out;
        }
        if (value.isTextual()) {
            out.add(norm(value.asText()));
            return out;
        }
        for (JsonNode v : value) {
            if (v.isTextual() && !v.asText().isEmpty()) {
                out.add(norm(v.asText()));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean timeOk(JsonNode gold, JsonNode claim) {
        for (String key : new String[] {"start", "end", "at"}) {
            String g = text(gold, key);
            if (g == null || g.isEmpty()) {
                continue;
            }
            String c = text(claim, key);
            if (key.equals("at") && (c == null || c.isEmpty())) {
                c = text(claim, "start");
            }
            if (key.equals("start") && (c == null || c.isEmpty())) {
                c = text(claim, "at");
            }
            if (c == null || c.isEmpty() || !c.startsWith(g)) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(JsonNode gold, JsonNode claim) {
        if (!gold.path("doc").asText().equals(text(claim, "doc"))
                || !gold.path("relation").asText().equals(text(claim, "relation"))) {
            return false;
        }
        Set<String> cs = names(claim.get("subject"));
        cs.addAll(names(claim.get("subject_mention")));
        Set<String> co = names(claim.get("object"));
        co.addAll(names(claim.get("object_mention")));
        JsonNode gobj = gold.get("object");
        if (gobj == null || gobj.isNull()) {
            String o = text(claim, "object");
            if (o == null || o.isEmpty()) {
                co = new HashSet<>();
                co.add(null);
            }
        }
        Set<String> gs = names(gold.get("subject"));
        Set<String> go = names(gobj);
        if (intersects(cs, gs) && intersects(co, go)) {
            return true;
        }
        return SYMMETRIC.contains(gold.path("relation").asText()) && intersects(cs, go) && intersects(co, gs);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    public static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(JSON.readTree(l));
            }
        }
        return out;
    }

    public static List<JsonNode> toJson(List<Claim> claims) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add(JSON.readTree(ClaimJsonl.line(c)));
        }
        return out;
    }

    public static Result score(Path goldFile, List<Claim> claims) throws IOException {
        return score(readJsonl(goldFile), toJson(claims), null);
    }

    public static Result score(Path goldFile, Path claimsFile) throws IOException {
        return score(readJsonl(goldFile), readJsonl(claimsFile), null);
    }

    /** Scores like score.py; {@code docsFilter} plays the part of --docs (null for all gold documents). */
    public static Result score(List<JsonNode> goldAll, List<JsonNode> claimsAll, Set<String> docsFilter) {
        Set<String> docs = new LinkedHashSet<>();
        for (JsonNode g : goldAll) {
            docs.add(g.path("doc").asText());
        }
        List<JsonNode> gold = goldAll;
        if (docsFilter != null) {
            docs.retainAll(docsFilter);
            gold = goldAll.stream().filter(g -> docs.contains(g.path("doc").asText())).toList();
        }
        List<JsonNode> claims = new ArrayList<>();
        for (JsonNode c : claimsAll) {
            if (docs.contains(text(c, "doc")) && !c.path("negated").asBoolean(false)) {
                claims.add(c);
            }
        }
        List<JsonNode> positive = new ArrayList<>();
        List<JsonNode> negated = new ArrayList<>();
        for (JsonNode g : gold) {
            if ("negated".equals(text(g, "status"))) {
                negated.add(g);
            } else {
                positive.add(g);
            }
        }
        Set<Integer> found = new TreeSet<>();
        int tp = 0;
        int fp = 0;
        int asserted = 0;
        List<String> spurious = new ArrayList<>();
        for (JsonNode c : claims) {
            boolean hit = false;
            for (int i = 0; i < positive.size(); i++) {
                if (matches(positive.get(i), c)) {
                    hit = true;
                    found.add(i);
                }
            }
            if (hit) {
                tp++;
            } else {
                fp++;
                spurious.add(text(c, "doc") + " " + text(c, "subject") + " " + text(c, "relation")
                        + " " + text(c, "object") + " [" + text(c, "method") + "] " + text(c, "evidence"));
                for (JsonNode g : negated) {
                    if (matches(g, c)) {
                        asserted++;
                        break;
                    }
                }
            }
        }
        int timed = 0;
        int timedOk = 0;
        for (int i : found) {
            JsonNode g = positive.get(i);
            if (text(g, "start") != null || text(g, "end") != null || text(g, "at") != null) {
                timed++;
                for (JsonNode c : claims) {
                    if (matches(g, c) && timeOk(g, c)) {
                        timedOk++;
                        break;
                    }
                }
            }
        }
        List<String> missed = new ArrayList<>();
        List<JsonNode> missedGold = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            if (!found.contains(i)) {
                JsonNode g = positive.get(i);
                missedGold.add(g);
                JsonNode obj = g.get("object");
                missed.add(g.path("doc").asText() + " " + g.path("subject").get(0).asText() + " "
                        + g.path("relation").asText() + " "
                        + (obj == null || obj.isNull() ? "None" : obj.get(0).asText()));
            }
        }
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = positive.isEmpty() ? 0.0 : (double) found.size() / positive.size();
        double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        double ta = timed == 0 ? 0.0 : (double) timedOk / timed;
        return new Result(docs.size(), positive.size(), claims.size(), tp, found.size(), p, r, f1, ta, asserted,
                missed, spurious, List.copyOf(missedGold));
    }

    /**
     * Why a gold claim was missed, given the names extraction found in each sentence of its document: an argument
     * never found, both found but never in one sentence, or both in one sentence (then the relation was missed).
     */
    public static String explain(JsonNode gold, List<Set<String>> sentenceNames) {
        Set<String> subj = names(gold.get("subject"));
        JsonNode obj = gold.get("object");
        Set<String> objNames = obj == null || obj.isNull() ? Set.of() : names(obj);
        List<Set<String>> norm = new ArrayList<>();
        for (Set<String> s : sentenceNames) {
            Set<String> n = new HashSet<>();
            for (String x : s) {
                n.add(norm(x));
            }
            norm.add(n);
        }
        boolean subjFound = norm.stream().anyMatch(s -> intersects(s, subj));
        if (objNames.isEmpty()) {
            return subjFound ? "subject found, relation missed" : "subject never found";
        }
        boolean objFound = norm.stream().anyMatch(s -> intersects(s, objNames));
        if (!subjFound || !objFound) {
            return !subjFound && !objFound ? "subject and object never found"
                    : !subjFound ? "subject never found" : "object never found";
        }
        for (int i = 0; i < norm.size(); i++) {
            if (intersects(norm.get(i), subj) && intersects(norm.get(i), objNames)) {
                return "both in sentence " + (i + 1) + ", relation missed";
            }
        }
        return "both found, never in one sentence";
    }
}
