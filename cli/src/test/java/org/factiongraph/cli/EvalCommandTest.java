package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval}: score.py's figures, and with {@code --explain} why each gold claim was missed. */
class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void explainSaysForEachMissedClaimWhetherItsNamesWereFoundAndWhere() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("r.txt"), """
                title: test
                date: 2015-03-02

                Jaysh al-Islam fought the Islamic State in Douma. Ahrar al-Sham and the Levant Front met in Azaz.
                """, StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"doc\": \"r.txt\", \"subject\": [\"Jaysh al-Islam\"], \"relation\": \"fought\", "
                        + "\"object\": [\"Islamic State\"], \"evidence\": \"Jaysh al-Islam fought the Islamic State\"}",
                "{\"doc\": \"r.txt\", \"subject\": [\"Ahrar al-Sham\"], \"relation\": \"allied_with\", "
                        + "\"object\": [\"Levant Front\"], \"evidence\": \"Ahrar al-Sham and the Levant Front met\"}",
                "{\"doc\": \"r.txt\", \"subject\": [\"Ahrar al-Sham\"], \"relation\": \"member_of\", "
                        + "\"object\": [\"Jaysh al-Fatah\"], \"evidence\": \"Ahrar al-Sham\"}",
                "{\"doc\": \"r.txt\", \"subject\": [\"Jaysh al-Islam\"], \"relation\": \"allied_with\", "
                        + "\"object\": [\"Ahrar al-Sham\"], \"evidence\": \"Jaysh al-Islam\"}") + "\n",
                StandardCharsets.UTF_8);

        Cli.Result plain = Cli.run("eval", "--gold", gold.toString(), "--threads", "1", docs.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains("missed: r.txt Ahrar al-Sham member_of Jaysh al-Fatah\n"), plain.out());
        assertFalse(plain.out().contains("missed: missed:"), plain.out());

        Cli.Result explained = Cli.run("eval", "--explain", "--gold", gold.toString(), "--threads", "1",
                docs.toString());
        assertEquals(0, explained.code(), explained.err());
        String out = explained.out();
        assertTrue(out.contains("Ahrar al-Sham allied_with Levant Front  (both in sentence 2, relation missed)"), out);
        assertTrue(out.contains("Ahrar al-Sham member_of Jaysh al-Fatah  (object never found)"), out);
        assertTrue(out.contains("Jaysh al-Islam allied_with Ahrar al-Sham  (both found, never in one sentence)"), out);
        assertFalse(out.contains("Jaysh al-Islam fought Islamic State"), "a found claim is not listed: " + out);
        assertTrue(out.contains("gold_found=1 "), out);
    }
}
