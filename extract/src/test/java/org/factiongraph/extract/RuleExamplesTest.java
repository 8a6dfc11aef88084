package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sentence rule comes with an example it must fire on ({@code rule-examples.txt}, one {@code id | text} a line,
 * "\n" for a line break in a page). A rule whose pattern cannot match any sentence (alternatives split across
 * elements, a required word no text has) loads and runs without complaint, so only an example shows it is broken:
 * three such rules went unnoticed for sessions. The example must give a claim made by that very rule, not one a
 * stronger rule made from the same words.
 */
class RuleExamplesTest {
    private static final String RESOURCE = "rule-examples.txt";

    private record Example(int line, String rule, String text) {
    }

    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is missing");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int bar = l.indexOf(" | ");
                assertTrue(bar > 0, RESOURCE + ":" + (i + 1) + " is not 'id | text'");
                out.add(new Example(i + 1, l.substring(0, bar).strip(),
                        l.substring(bar + 3).strip().replace("\\n", "\n")));
            }
        }
        return out;
    }

    @Test
    void everyShippedRuleHasAnExampleAndEveryExampleNamesARule() throws IOException {
        Set<String> ruleIds = RuleSet.load().rules().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> exampled = examples().stream().map(Example::rule).collect(Collectors.toSet());
        Set<String> without = new TreeSet<>(ruleIds);
        without.removeAll(exampled);
        Set<String> unknown = new TreeSet<>(exampled);
        unknown.removeAll(ruleIds);
        assertTrue(without.isEmpty(), "rules without an example in " + RESOURCE + ": " + without);
        assertTrue(unknown.isEmpty(), "examples of rules that do not exist: " + unknown);
    }

    @TestFactory
    Stream<DynamicTest> eachExampleGivesAClaimMadeByItsRule() throws IOException {
        Map<String, Rule> rules = RuleSet.load().rules().stream().collect(Collectors.toMap(Rule::id, r -> r));
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.rule() + " (line " + e.line() + ")", () -> {
            List<Claim> claims = Texts.extract("example.txt", "2016-01-10", e.text());
            Rule rule = rules.get(e.rule());
            assertNotNull(rule, "no rule " + e.rule());
            if (rule.closes() && rule.object().equals("-")) {
                // ends the subject's latest membership, which keeps the method of the sentence that opened it
                assertTrue(claims.stream().anyMatch(c -> c.relation() == Relation.MEMBER_OF && c.end() != null),
                        "rule " + e.rule() + " ended no membership in \"" + e.text() + "\": " + claims);
                return;
            }
            Set<String> methods = claims.stream().map(Claim::method).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(methods.contains("rule:" + e.rule()),
                    "rule " + e.rule() + " made no claim from its example \"" + e.text() + "\"; claims came from "
                            + methods);
        }));
    }
}
