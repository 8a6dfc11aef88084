package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The graph queries on a store built by the real ingest path from the shared gold documents plus a few planted
 * documents: rosters, network snapshots and timelines at dates, one entity for one group spelled three ways, and a
 * planted contradiction.
 */
class GraphCommandsTest {

    @TempDir
    static Path dir;
    static String db;
    static boolean gold;

    @BeforeAll
    static void buildStore() throws Exception {
        Path planted = Files.createDirectories(dir.resolve("planted"));
        Files.writeString(planted.resolve("p1.txt"), """
                title: New rebel brigade formed in Hama
                date: 2014-02-10
                publisher: Example Wire

                The Liwa al-Fursan al-Jadid was founded in January 2014 by defectors from the army.
                """, StandardCharsets.UTF_8);
        Files.writeString(planted.resolve("p2.txt"), """
                title: Hama rebels announce brigade
                date: 2014-04-02
                publisher: Other Wire

                Rebels in Hama said the Liwa al-Fursan al-Jadid was founded in March 2014.
                Fighters of Ahrar ash-Sham clashed with the Islamic State in Raqqa on Monday.
                """, StandardCharsets.UTF_8);
        Files.writeString(planted.resolve("p3.txt"), """
                title: Clashes in Idlib
                date: 2014-05-02
                publisher: Third Wire

                Fighters of Ahrar al Sham clashed with Jaysh al-Islam in Idlib on Tuesday.
                Fighters of Harakat Ahrar al-Sham al-Islamiyya clashed with the Islamic State in Aleppo on Wednesday.
                """, StandardCharsets.UTF_8);
        db = dir.resolve("g.db").toString();
        Path goldDocs = GoldPath.docs();
        gold = goldDocs != null;
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--db", db, planted.toString()));
        if (gold) {
            args.add(goldDocs.toString());
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aPlantedDateContradictionIsReportedWithBothSides() {
        Cli.Result r = Cli.run("conflicts", "--db", db);
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("date_mismatch") && l.contains("Fursan"))
                .findFirst().orElse("");
        assertTrue(line.contains("2014-01") && line.contains("2014-03"), r.out());
        assertTrue(r.out().contains("p1.txt") && r.out().contains("p2.txt"), r.out());
    }

    @Test
    void oneGroupSpelledThreeWaysAcrossDocumentsIsOneEntity() {
        Cli.Result r = Cli.run("entities", "--db", db, "--kind", "armed_group");
        long ahrar = r.out().lines().filter(l -> l.toLowerCase().contains("ahrar al-sham")
                || l.toLowerCase().contains("ahrar ash-sham") || l.toLowerCase().contains("ahrar al sham")).count();
        assertEquals(1, ahrar, r.out());
        Cli.Result show = Cli.run("show", "--db", db, "Ahrar a-Sham");
        assertTrue(show.out().contains("p2.txt") && show.out().contains("p3.txt"), show.out());
        assertTrue(show.out().contains("Harakat Ahrar al-Sham al-Islamiyya") && show.out().contains("Ahrar ash-Sham"),
                show.out());
    }

    @Test
    void rosterOfJundAlMalahimInNovember2015() {
        assumeTrue(gold, "../shared/gold is absent: skipping the gold-set roster check");
        Cli.Result r = Cli.run("roster", "--db", db, "Jund al-Malahim", "--at", "2015-11");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("al-Nusra Front"), r.out());
        assertTrue(r.out().contains("Ahrar al-Sham"), r.out());
        assertTrue(r.out().contains("Ajnad al-Sham"), r.out());
        assertFalse(r.out().contains("Jaysh al-Islam"), r.out());
    }

    @Test
    void networkInJune2014HasFastaqimInTheArmyOfMujahideenButNotYetTheLevantFront() {
        assumeTrue(gold, "../shared/gold is absent: skipping the gold-set network check");
        Cli.Result r = Cli.run("network", "--db", db, "--at", "2014-06", "--relations", "member_of");
        assertEquals(0, r.code(), r.err());
        List<String> fastaqim = r.out().lines().filter(l -> l.startsWith("Fastaqim")).toList();
        assertTrue(fastaqim.stream().anyMatch(l -> l.contains("Army of Mujahideen")), r.out());
        assertTrue(fastaqim.stream().noneMatch(l -> l.contains("Levant Front")), r.out());
    }

    @Test
    void timelineOfFastaqimIsInOrder() {
        assumeTrue(gold, "../shared/gold is absent: skipping the gold-set timeline check");
        Cli.Result r = Cli.run("timeline", "--db", db, "Fastaqim");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int founded = indexOf(lines, "2012-12", "founded");
        int joinedAom = indexOf(lines, "2014-01", "joined Army of Mujahideen");
        int leftAom = indexOf(lines, "2014-12", "left Army of Mujahideen");
        int leftLf = indexOf(lines, "2015-04", "left Levant Front");
        int foughtZenki = indexOf(lines, "2016-11", "Zenki");
        assertTrue(founded >= 0 && founded < joinedAom && joinedAom < leftAom && leftAom < leftLf
                && leftLf < foughtZenki, r.out());
    }

    @Test
    void gexfExportIsWellFormedDynamicXml() throws Exception {
        Cli.Result r = Cli.run("export", "--db", db, "--format", "gexf");
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document x = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.out())));
        assertEquals("dynamic", ((org.w3c.dom.Element) x.getElementsByTagName("graph").item(0)).getAttribute("mode"));
        assertTrue(x.getElementsByTagName("edge").getLength() > 0);
    }

    @Test
    void malformedDateIsAUsageError() {
        assertEquals(Main.USAGE, Cli.run("network", "--db", db, "--at", "June 2014").code());
        assertEquals(Main.BAD_INPUT, Cli.run("roster", "--db", db, "No Such Coalition", "--at", "2015").code());
    }

    private static int indexOf(List<String> lines, String date, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(date) && lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
