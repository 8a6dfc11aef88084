package org.factiongraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.factiongraph.model.Claim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures each sentence rule's precision on the development sets (samples + dev) and writes it back into
 * {@code relation-rules.txt}: {@code java ... RulePrecision [--dry-run]}.
 *
 * <p>Every asserted claim of a document in a gold file counts for the rule that made it ({@code method =
 * rule:<id>}): a true positive when it matches a gold claim as the scorer matches, a false positive otherwise. The
 * measured precision is smoothed towards the rule's hand-set prior with the weight of three claims:
 * {@code p = (tp + 3 * prior) / (tp + fp + 3)}; the line keeps {@code prior=} (the hand estimate, written on the
 * first run so that runs are repeatable) and {@code n=} (the claims counted). Claim confidence is
 * {@code p × sqrt(grade weight)}, so it now rests on the measured value.
 */
final class RulePrecision {
    static final double PRIOR_WEIGHT = 3.0;
    private static final Pattern LINE = Pattern.compile("^([a-z0-9][a-z0-9-]*)( \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| )([^|]*?)( \\| .*)$");

    private RulePrecision() {
    }

    /** tp and fp per rule id. */
    record Count(int tp, int fp) {
        int n() {
            return tp + fp;
        }
    }

    static Map<String, Count> measure(List<Path[]> sets) throws Exception {
        Map<String, int[]> c = new TreeMap<>();
        for (Path[] set : sets) {
            List<Claim> claims = GoldSets.extractAll(GoldSets.docs(set[0], ".*\\.txt"));
            List<JsonNode> gold = Scorer.readJsonl(set[1]);
            List<JsonNode> positive = new ArrayList<>();
            java.util.Set<String> docs = new java.util.HashSet<>();
            for (JsonNode g : gold) {
                docs.add(g.path("doc").asText());
                if (!"negated".equals(g.path("status").asText(null))) {
                    positive.add(g);
                }
            }
            for (JsonNode claim : Scorer.toJson(claims)) {
                String method = claim.path("method").asText("");
                if (!method.startsWith("rule:") || claim.path("negated").asBoolean(false)
                        || !docs.contains(claim.path("doc").asText())) {
                    continue;
                }
                boolean hit = positive.stream().anyMatch(g -> Scorer.matches(g, claim));
                int[] tpfp = c.computeIfAbsent(method.substring(5), k -> new int[2]);
                tpfp[hit ? 0 : 1]++;
            }
        }
        Map<String, Count> out = new TreeMap<>();
        c.forEach((k, v) -> out.put(k, new Count(v[0], v[1])));
        return out;
    }

    /** The rules file with measured precision written into the flags of every rule that made a claim. */
    static String rewrite(String rules, Map<String, Count> counts) {
        StringBuilder sb = new StringBuilder();
        for (String line : rules.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            Count cnt = m.matches() ? counts.get(m.group(1)) : null;
            if (cnt == null) {
                sb.append(line).append('\n');
                continue;
            }
            double prior = 0.8;
            List<String> kept = new ArrayList<>();
            Double p = null;
            for (String f : m.group(3).strip().split(",")) {
                String fl = f.strip();
                if (fl.startsWith("prior=")) {
                    prior = Double.parseDouble(fl.substring(6));
                    p = -1.0;
                } else if (fl.startsWith("p=")) {
                    if (p == null) {
                        prior = Double.parseDouble(fl.substring(2));
                    }
                } else if (!fl.startsWith("n=") && !fl.isEmpty()) {
                    kept.add(fl);
                }
            }
            double measured = (cnt.tp() + PRIOR_WEIGHT * prior) / (cnt.n() + PRIOR_WEIGHT);
            measured = Math.max(0.05, Math.min(0.99, measured));
            kept.add(String.format(Locale.ROOT, "p=%.2f", measured));
            kept.add(String.format(Locale.ROOT, "prior=%.2f", prior));
            kept.add("n=" + cnt.n());
            sb.append(m.group(1)).append(m.group(2)).append(String.join(",", kept)).append(m.group(4)).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        boolean dry = args.length > 0 && args[0].equals("--dry-run");
        List<Path[]> sets = new ArrayList<>();
        Path samples = GoldSets.find("samples");
        Path sg = GoldSets.find("eval/samples.gold.jsonl");
        Path dev = GoldSets.find("eval/dev");
        Path dg = GoldSets.find("eval/dev.gold.jsonl");
        if (samples != null && sg != null) {
            sets.add(new Path[] {samples, sg});
        }
        if (dev != null && dg != null) {
            sets.add(new Path[] {dev, dg});
        }
        if (sets.isEmpty()) {
            System.err.println("no development sets found above " + Path.of("").toAbsolutePath());
            System.exit(2);
        }
        Map<String, Count> counts = measure(sets);
        counts.forEach((id, c) -> System.out.printf(Locale.ROOT, "%-32s tp=%3d fp=%3d%n", id, c.tp(), c.fp()));
        Path file = GoldSets.find("src/main/resources/org/factiongraph/extract/relation-rules.txt");
        if (file == null) {
            file = GoldSets.find("extract/src/main/resources/org/factiongraph/extract/relation-rules.txt");
        }
        if (dry || file == null) {
            System.out.println(file == null ? "rules file not found: nothing written" : "dry run: nothing written");
            return;
        }
        String old = Files.readString(file, StandardCharsets.UTF_8);
        String updated = rewrite(old, counts);
        RuleSet.parse(updated, file.toString()); // never write a file that does not load
        Files.writeString(file, updated, StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }
}
