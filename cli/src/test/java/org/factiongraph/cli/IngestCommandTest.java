package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest → store → export path end to end, with the real readers, extractor and SQLite store. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a-wiki.txt"), """
                Liwa Example

                From Example Wiki
                Jump to navigation Jump to search

                Liwa Example

                Details
                Active: 2013-2016
                Area: Idlib Governorate
                Part of: Free Syrian Army

                Liwa Example was a rebel group in Idlib. It was established in March 2013.
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b-news.txt"), """
                title: Rebel groups form new operations room
                date: 2015-10-25
                publisher: Example News

                Three groups have formed a joint operations room in the Damascus countryside. The three
                organizations are Al Nusrah Front, Ahrar al Sham and Ajnad al Sham.
                """, StandardCharsets.UTF_8);
        return docs;
    }

    @Test
    void reingestingTheSameDocumentsLeavesTheExportByteIdentical() throws Exception {
        Path docs = corpus();
        String db = dir.resolve("fg.db").toString();
        Cli.Result first = Cli.run("ingest", "--db", db, "--threads", "1", docs.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("new 2"), first.out());
        String export1 = Cli.run("export", "--db", db, "--format", "jsonl").out();
        assertFalse(export1.isBlank(), "the wiki infobox alone gives claims");

        Cli.Result second = Cli.run("ingest", "--db", db, docs.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("new 0, unchanged 2"), second.out());
        assertEquals(export1, Cli.run("export", "--db", db, "--format", "jsonl").out());
        assertEquals(export1.lines().count() + 1,
                Cli.run("export", "--db", db, "--format", "csv").out().lines().count());
    }

    @Test
    void aBadFileIsListedAndTheRestOfTheBatchIsStored() throws Exception {
        Path docs = corpus();
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(docs.resolve("c-junk.txt"), junk);
        Files.write(docs.resolve("d-empty.txt"), new byte[0]);
        String db = dir.resolve("fg.db").toString();
        Cli.Result r = Cli.run("ingest", "--db", db, docs.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.out().contains("new 2"), r.out());
        assertTrue(r.out().contains("failed 2"), r.out());
        assertEquals(1, r.err().lines().filter(l -> l.contains("c-junk.txt")).count(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("d-empty.txt")).count(), r.err());
        Cli.Result list = Cli.run("documents", "--db", db);
        assertTrue(list.out().contains("a-wiki.txt") && list.out().contains("b-news.txt"), list.out());
        assertFalse(list.out().contains("c-junk.txt"));
    }

    @Test
    void showListsAnEntitysClaimsUnderAnySpelling() throws Exception {
        String db = dir.resolve("fg.db").toString();
        assertEquals(0, Cli.run("ingest", "--db", db, corpus().toString()).code());
        Cli.Result r = Cli.run("show", "--db", db, "Liwaa Example");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("member_of"), r.out());
        assertTrue(r.out().contains("Free Syrian Army"), r.out());
        assertTrue(r.out().contains("a-wiki.txt"), r.out());
        assertEquals(Main.BAD_INPUT, Cli.run("show", "--db", db, "Nonexistent Brigade of Nowhere").code());
    }

    @Test
    void aNewGroupSpelledDifferentlyInALaterBatchLandsOnTheStoredEntity() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("a.txt"), """
                title: Clashes in Hama
                date: 2014-02-10
                publisher: Wire A

                Liwa al-Fursan al-Jadid clashed with the Islamic State in Hama on Monday.
                """, StandardCharsets.UTF_8);
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("b.txt"), """
                title: More clashes in Hama
                date: 2014-03-10
                publisher: Wire B

                Fighters of the al-Fursan al-Jadeed Brigade clashed with Jaysh al-Islam in Hama on Sunday.
                """, StandardCharsets.UTF_8);
        String db = dir.resolve("resolve.db").toString();
        assertEquals(0, Cli.run("ingest", "--db", db, first.toString()).code());
        assertEquals(0, Cli.run("ingest", "--db", db, second.toString()).code());

        String groups = Cli.run("entities", "--db", db, "--kind", "armed_group").out();
        assertEquals(1, groups.lines().filter(l -> l.toLowerCase().contains("fursan")).count(), groups);
        Cli.Result show = Cli.run("show", "--db", db, "al-Fursan al-Jadeed Brigade");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("Liwa al-Fursan al-Jadid"), show.out());
        assertTrue(show.out().contains("Islamic State") && show.out().contains("Jaysh al-Islam"),
                "the claims of both documents are on the one entity: " + show.out());
    }
}
