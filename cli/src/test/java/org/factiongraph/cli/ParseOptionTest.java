package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --parse} / {@code --no-parse}: by default the dependency parser reads short sentences, with {@code --parse}
 * long ones too, with {@code --no-parse} none.
 */
class ParseOptionTest {

    @TempDir
    Path dir;

    @Test
    void parseOptionsDecideHowMuchOfTheTextTheDependencyParserReads() throws Exception {
        Path doc = dir.resolve("r.txt");
        Files.writeString(doc, """
                title: test
                date: 2016-06-15

                In the months after the fall of the northern town, when the front line had moved south and the old \
                commanders had left for the border, Division 13 has at times worked together with Jabhat al-Nusra and \
                Ahrar al-Sham.
                """, StandardCharsets.UTF_8);
        Path shortDoc = dir.resolve("s.txt");
        Files.writeString(shortDoc, """
                title: test
                date: 2016-06-15

                Division 13 has at times worked together with Jabhat al-Nusra and Ahrar al-Sham.
                """, StandardCharsets.UTF_8);
        Cli.Result none = Cli.run("extract", "--no-parse", "--format", "jsonl", "--threads", "1",
                shortDoc.toString());
        assertEquals(0, none.code(), none.err());
        assertFalse(none.out().contains("rule:dep-"), none.out());
        Cli.Result shortOnly = Cli.run("extract", "--format", "jsonl", "--threads", "1", shortDoc.toString(),
                doc.toString());
        assertEquals(0, shortOnly.code(), shortOnly.err());
        assertTrue(shortOnly.out().contains("\"doc\": \"s.txt\", \"subject\": \"13th Division\""), shortOnly.out());
        assertFalse(shortOnly.out().contains("\"doc\": \"r.txt\""), shortOnly.out());

        Cli.Result parsed = Cli.run("extract", "--parse", "--format", "jsonl", "--threads", "1", doc.toString());
        assertEquals(0, parsed.code(), parsed.err());
        assertTrue(parsed.out().contains("\"relation\": \"allied_with\", \"object\": \"Ahrar al-Sham\""),
                parsed.out());
        assertTrue(parsed.out().contains("\"method\": \"rule:dep-allied\""), parsed.out());

        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"doc\": \"r.txt\", \"subject\": [\"Division 13\", \"13th Division\"], "
                + "\"relation\": \"allied_with\", \"object\": [\"Ahrar al-Sham\"], "
                + "\"evidence\": \"worked together\"}\n",
                StandardCharsets.UTF_8);
        Cli.Result eval = Cli.run("eval", "--parse", "--quiet", "--gold", gold.toString(), "--threads", "1",
                doc.toString());
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.out().contains("gold_found=1 "), eval.out());
    }
}
