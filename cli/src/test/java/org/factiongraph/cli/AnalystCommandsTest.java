package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Hashing;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.factiongraph.store.AuditAction;
import org.factiongraph.store.AuditQuery;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The analyst commands (merge, unmerge, review, audit, backup, restore) run in-process on a store built directly
 * through ClaimStore.
 */
class AnalystCommandsTest {

    static final Entity AHRAR = new Entity("armed_group:ahrar-al-sham", "Ahrar al-Sham", EntityKind.ARMED_GROUP,
            List.of(Name.of("Ahrar al-Sham")));
    static final Entity HARAKAT = new Entity("armed_group:harakat-ahrar", "Harakat Ahrar", EntityKind.ARMED_GROUP,
            List.of(Name.of("Harakat Ahrar"), Name.of("HASI")));
    static final Entity ISIL = new Entity("armed_group:isil", "Islamic State", EntityKind.ARMED_GROUP,
            List.of(Name.of("Islamic State"), Name.of("ISIS")));
    static final Entity FRONT = new Entity("coalition:islamic-front", "Islamic Front", EntityKind.COALITION,
            List.of(Name.of("Islamic Front")));
    static final String TEXT = "Ahrar al-Sham joined the Islamic Front in November 2013.\n"
            + "HASI fought ISIS on 3 January 2014.";

    @TempDir
    Path dir;
    String db;
    Document doc;
    Claim joined;
    Claim fought;

    /** Runs the command line with the analyst commands registered (as Main will register them). */
    static Cli.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        for (Object c : List.of(new MergeCommand(), new UnmergeCommand(), new ReviewCommand(), new AuditCommand(),
                new BackupCommand(), new RestoreCommand())) {
            String name = c.getClass().getAnnotation(CommandLine.Command.class).name();
            if (!cl.getSubcommands().containsKey(name)) {
                CommandLine sub = new CommandLine(c);
                cl.addSubcommand(name, sub);
            }
        }
        // picocli's setters apply to the subcommands present when called: repeat them for the ones just added
        cl.setOut(cl.getOut());
        cl.setErr(cl.getErr());
        cl.setExitCodeExceptionMapper(cl.getExitCodeExceptionMapper());
        cl.setParameterExceptionHandler(cl.getParameterExceptionHandler());
        cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
        int code = cl.execute(args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    private static Evidence evidence(Document d, String phrase) {
        int start = d.text().indexOf(phrase);
        return new Evidence(d.id(), d.name(), start, start + phrase.length(), phrase);
    }

    @BeforeEach
    void buildStore() {
        db = dir.resolve("fg.db").toString();
        doc = new Document(Hashing.sha256Hex(TEXT), "report.txt", "A report", "Wire", null,
                PartialDate.ofYear(2014), "text", TEXT, Grade.parse("B2"), List.of());
        joined = Claim.extracted(Ref.of(AHRAR, "Ahrar al-Sham"), Relation.MEMBER_OF, Ref.of(FRONT, "the Islamic Front"),
                PartialDate.ofMonth(2013, 11), null, null, false, false, 0.9,
                evidence(doc, "Ahrar al-Sham joined the Islamic Front in November 2013."), "rule:joined", null);
        fought = Claim.extracted(Ref.of(HARAKAT, "HASI"), Relation.FOUGHT, Ref.of(ISIL, "ISIS"), null, null,
                PartialDate.ofDay(2014, 1, 3), false, false, 0.8, evidence(doc, "HASI fought ISIS on 3 January 2014."),
                "rule:fought", null);
        try (ClaimStore s = ClaimStore.openSqlite(Path.of(db))) {
            s.saveDocument(doc, List.of(AHRAR, HARAKAT, ISIL, FRONT), List.of(joined, fought));
        }
    }

    private ClaimStore open() {
        return ClaimStore.openSqlite(Path.of(db));
    }

    @Test
    void mergeByNameThenUnmergeRestoresTheStore() {
        List<Claim> before;
        try (ClaimStore s = open()) {
            before = s.claims(ClaimQuery.everything());
        }
        Cli.Result r = run("merge", "--db", db, "--user", "ana", "--reason", "same group", "Ahrar al-Sham", "HASI");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("merge 1: Harakat Ahrar (armed_group:harakat-ahrar) merged into Ahrar al-Sham"),
                r.out());
        Cli.Result show = run("show", "--db", db, "Harakat Ahrar");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("Ahrar al-Sham  (armed_group, armed_group:ahrar-al-sham)"), show.out());
        assertTrue(show.out().contains("Islamic State"), "the merged entity's claim shows under the survivor");
        Cli.Result entities = run("entities", "--db", db);
        assertFalse(entities.out().contains("armed_group:harakat-ahrar"), entities.out());

        Cli.Result un = run("unmerge", "--db", db, "--user", "bob", "1");
        assertEquals(0, un.code(), un.err());
        assertTrue(un.out().contains("merge 1 undone"), un.out());
        try (ClaimStore s = open()) {
            assertEquals(before, s.claims(ClaimQuery.everything()));
            assertEquals(List.of("ana", "bob"), s.audit(AuditQuery.all()).stream().map(e -> e.who()).toList());
        }
        Cli.Result again = run("unmerge", "--db", db, "1");
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("factiongraph: error: could not unmerge merge 1: it was already undone by bob"),
                again.err());
        assertEquals(1, again.err().strip().lines().count());
    }

    @Test
    void mergingAnEntityWithItselfIsBadInput() {
        Cli.Result r = run("merge", "--db", db, "HASI", "Harakat Ahrar");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("are already the same entity"), r.err());
        Cli.Result unknown = run("merge", "--db", db, "HASI", "Nobody Brigade");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no entity named 'Nobody Brigade'"), unknown.err());
    }

    @Test
    void acceptRejectAndListByStatus() {
        assertEquals(0, run("review", "accept", "--db", db, "--user", "ana", joined.id()).code());
        Cli.Result rej = run("review", "reject", "--db", db, "--user", "bob", "--note", "wrong group", fought.id());
        assertEquals(0, rej.code(), rej.err());
        assertTrue(rej.out().contains("rejected (audit entry 2)"), rej.out());
        Cli.Result list = run("review", "list", "--db", db, "--status", "rejected");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(fought.id()) && !list.out().contains(joined.id()), list.out());
        assertTrue(list.out().contains("1 claims"), list.out());
        assertEquals(1, run("review", "accept", "--db", db, "no-such-claim").code());
        assertEquals(2, run("review", "list", "--db", db, "--status", "maybe").code());
        assertEquals(2, run("review", "--db", db).code());
        try (ClaimStore s = open()) {
            assertEquals(ReviewStatus.REJECTED, s.claim(fought.id()).orElseThrow().reviewStatus());
            assertEquals("wrong group", s.reviews(fought.id()).get(0).note());
        }
    }

    @Test
    void correctStoresANewClaimThatSupersedesTheOld() {
        Cli.Result r = run("review", "correct", "--db", db, "--user", "ana", fought.id(), "--subject", "Ahrar al-Sham",
                "--at", "2014-01-04");
        assertEquals(0, r.code(), r.err());
        String newId = r.out().split(" ")[1];
        try (ClaimStore s = open()) {
            Claim fix = s.claim(newId).orElseThrow();
            assertEquals(fought.id(), fix.supersedes());
            assertEquals(AHRAR.id(), fix.subject().entityId());
            assertEquals("HASI", fix.subject().mention());
            assertEquals(PartialDate.ofDay(2014, 1, 4), fix.at());
            assertEquals(fought.evidence(), fix.evidence());
            assertEquals(List.of(newId), s.supersededBy(fought.id()).stream().map(Claim::id).toList());
            assertEquals(AuditAction.CORRECT_CLAIM, s.audit(AuditQuery.all()).get(0).action());
        }
        Cli.Result twice = run("review", "correct", "--db", db, fought.id(), "--at", "2014-01-05");
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("is already corrected by " + newId), twice.err());
        assertEquals(2, run("review", "correct", "--db", db, newId).code());
        assertEquals(2, run("review", "correct", "--db", db, newId, "--at", "3 January").code());
    }

    @Test
    void addCitesAQuoteFoundInTheDocument() {
        Cli.Result r = run("review", "add", "--db", db, "--user", "ana", "--subject", "HASI", "--relation", "fought",
                "--object", "Islamic State", "--at", "2014-01", "--document", "report.txt",
                "--quote", "HASI   fought\nISIS");
        assertEquals(0, r.code(), r.err());
        String id = r.out().split(" ")[1];
        try (ClaimStore s = open()) {
            Claim c = s.claim(id).orElseThrow();
            assertEquals("manual", c.method());
            assertEquals("HASI fought ISIS", c.evidence().sentence());
            assertEquals(TEXT.indexOf("HASI fought ISIS"), c.evidence().start());
            assertEquals(TEXT.indexOf("HASI fought ISIS") + "HASI fought ISIS".length(), c.evidence().end());
            assertEquals(ISIL.id(), c.object().entityId());
            assertEquals(AuditAction.ADD_CLAIM, s.audit(AuditQuery.all()).get(0).action());
        }
        Cli.Result missing = run("review", "add", "--db", db, "--subject", "HASI", "--relation", "fought",
                "--object", "ISIS", "--document", doc.id().substring(0, 10), "--quote", "HASI fought the regime");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("the quote does not occur in document report.txt"), missing.err());
        Cli.Result noDoc = run("review", "add", "--db", db, "--subject", "HASI", "--relation", "founded",
                "--document", "nothing.txt", "--quote", "HASI");
        assertEquals(1, noDoc.code());
        assertTrue(noDoc.err().contains("no stored document 'nothing.txt'"), noDoc.err());
    }

    @Test
    void addCitingAWebPageStoresTheCitationListsShowsAuditsAndUndoes() {
        String url = "https://example.org/reports/idlib-2014?lang=en";
        Cli.Result r = run("review", "add", "--db", db, "--user", "ana", "--subject", "HASI", "--relation", "fought",
                "--object", "ISIS", "--start", "2014-01", "--end", "2014-03", "--url", url, "--grade", "b3",
                "--quote", "  HASI clashed with ISIS around Idlib.  ", "--note", "from the web");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("claim ") && r.out().contains("added, citing " + url), r.out());
        String id = r.out().split(" ")[1];
        String citationId;
        try (ClaimStore s = open()) {
            Claim c = s.claim(id).orElseThrow();
            assertEquals("manual", c.method());
            assertEquals(ReviewStatus.ACCEPTED, c.reviewStatus());
            assertEquals(Grade.parse("B3"), c.sourceGrade());
            assertEquals(ISIL.id(), c.object().entityId());
            assertEquals(PartialDate.ofMonth(2014, 1), c.start());
            assertEquals(PartialDate.ofMonth(2014, 3), c.end());
            assertEquals("HASI clashed with ISIS around Idlib.", c.evidence().sentence());
            citationId = c.evidence().documentId();
            Document cited = s.document(citationId).orElseThrow();
            // the same document the REST route stores for this URL and quote
            assertEquals(org.factiongraph.model.Citation.document(java.net.URI.create(url),
                    "HASI clashed with ISIS around Idlib.", Grade.parse("B3")), cited);
            assertEquals("citation", cited.format());
            assertEquals(url, cited.url());
            assertEquals("example.org", cited.publisher());
            assertEquals(0, c.evidence().start());
            assertEquals(cited.text().length(), c.evidence().end());
        }
        Cli.Result list = run("review", "list", "--db", db, "--status", "accepted");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(id) && list.out().contains("https://example.org/reports"), list.out());
        assertTrue(list.out().contains("1 claims"), list.out());
        Cli.Result show = run("show", "--db", db, "HASI");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("HASI clashed with ISIS around Idlib."), show.out());
        Cli.Result audit = run("audit", "--db", db, "--action", "add_claim");
        assertEquals(0, audit.code(), audit.err());
        assertTrue(audit.out().contains(id) && audit.out().contains("ana") && audit.out().contains("from the web"),
                audit.out());
        long entry;
        try (ClaimStore s = open()) {
            entry = s.audit(AuditQuery.all()).get(0).id();
        }
        Cli.Result undo = run("audit", "undo", "--db", db, "--user", "bob", Long.toString(entry));
        assertEquals(0, undo.code(), undo.err());
        try (ClaimStore s = open()) {
            assertEquals(ReviewStatus.REJECTED, s.claim(id).orElseThrow().reviewStatus());
            assertTrue(s.document(citationId).isPresent(), "the citation stays stored with the rejected claim");
        }
        Cli.Result again = run("review", "list", "--db", db, "--status", "accepted");
        assertFalse(again.out().contains(id), again.out());
        // the same citation again is the same document, and the same claim is not stored twice
        Cli.Result twice = run("review", "add", "--db", db, "--subject", "HASI", "--relation", "fought",
                "--object", "ISIS", "--start", "2014-01", "--end", "2014-03", "--url", url, "--grade", "B3",
                "--quote", "HASI clashed with ISIS around Idlib.");
        assertEquals(0, twice.code(), twice.err());
        assertTrue(twice.out().contains("(already stored)"), twice.out());
    }

    @Test
    void addCitingAWebPageRefusesBadInputWithTheRightExitCodes() {
        String[] base = {"review", "add", "--db", db, "--subject", "HASI", "--relation", "fought", "--object", "ISIS"};
        java.util.function.Function<String[], Cli.Result> add = more -> {
            String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
            System.arraycopy(more, 0, args, base.length, more.length);
            return run(args);
        };
        for (String bad : new String[] {"ftp://example.org/x", "javascript:alert(1)", "example.org/page",
                "https:///nohost", "http://exa mple.org/", "https://example.org/" + "a".repeat(2000)}) {
            Cli.Result r = add.apply(new String[] {"--url", bad, "--quote", "HASI fought ISIS"});
            assertEquals(1, r.code(), bad + ": " + r.out() + r.err());
            assertTrue(r.err().contains("--url:"), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
        assertEquals(2, add.apply(new String[] {"--url", "https://example.org/"}).code(), "no quote");
        assertEquals(2, add.apply(new String[] {"--url", "https://example.org/", "--quote", "   "}).code(),
                "blank quote");
        assertEquals(2, add.apply(new String[] {"--quote", "HASI fought ISIS"}).code(), "neither document nor url");
        assertEquals(2, add.apply(new String[] {"--url", "https://example.org/", "--document", "report.txt",
                "--quote", "HASI fought ISIS"}).code(), "both document and url");
        assertEquals(2, add.apply(new String[] {"--document", "report.txt", "--grade", "B2",
                "--quote", "HASI fought ISIS"}).code(), "a grade with a stored document");
        assertEquals(2, add.apply(new String[] {"--url", "https://example.org/", "--grade", "Z9",
                "--quote", "HASI fought ISIS"}).code(), "a malformed grade");
        assertEquals(1, add.apply(new String[] {"--url", "https://example.org/",
                "--quote", "x".repeat(5001)}).code(), "an over-long quote");
        try (ClaimStore s = open()) {
            assertEquals(1, s.documents().size(), "nothing was stored by the refused commands");
            assertTrue(s.audit(AuditQuery.all()).isEmpty());
        }
    }

    @Test
    void auditListsFiltersAndUndoes() {
        run("review", "accept", "--db", db, "--user", "ana", joined.id());
        run("merge", "--db", db, "--user", "bob", "Ahrar al-Sham", "HASI");
        Cli.Result all = run("audit", "--db", db);
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("unreviewed -> accepted"), all.out());
        assertTrue(all.out().contains("2 entries"), all.out());
        Cli.Result bob = run("audit", "--db", db, "--who", "bob", "--since", "2000-01-01");
        assertTrue(bob.out().contains("merge") && bob.out().contains("1 entries"), bob.out());
        Cli.Result future = run("audit", "--db", db, "--since", "2999");
        assertTrue(future.out().contains("0 entries"), future.out());
        assertEquals(2, run("audit", "--db", db, "--action", "delete").code());
        assertEquals(2, run("audit", "--db", db, "--since", "yesterday").code());

        Cli.Result undo = run("audit", "undo", "--db", db, "--user", "carol", "2");
        assertEquals(0, undo.code(), undo.err());
        assertTrue(undo.out().contains("undone by entry 3 (unmerge"), undo.out());
        Cli.Result undoReview = run("audit", "undo", "--db", db, "1");
        assertEquals(0, undoReview.code(), undoReview.err());
        try (ClaimStore s = open()) {
            assertEquals(ReviewStatus.UNREVIEWED, s.claim(joined.id()).orElseThrow().reviewStatus());
            assertFalse(s.merges().get(0).active());
            assertEquals("carol", s.audit(AuditQuery.all()).get(2).who());
        }
        assertEquals(1, run("audit", "undo", "--db", db, "99").code());
    }

    @Test
    void backupThenRestoreIntoANewStore() throws Exception {
        run("review", "accept", "--db", db, joined.id());
        Path backup = dir.resolve("backups/fg.bak");
        Cli.Result b = run("backup", "--db", db, backup.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.isRegularFile(backup));
        Path target = dir.resolve("restored.db");
        Cli.Result r = run("restore", "--db", target.toString(), backup.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 claims"), r.out());
        try (ClaimStore a = open(); ClaimStore c = ClaimStore.openSqlite(target)) {
            assertEquals(a.claims(ClaimQuery.everything()), c.claims(ClaimQuery.everything()));
            assertEquals(a.audit(AuditQuery.all()), c.audit(AuditQuery.all()));
        }
        Path junk = dir.resolve("junk.bak");
        Files.writeString(junk, "not a store");
        Cli.Result bad = run("restore", "--db", target.toString(), junk.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("not an SQLite database"), bad.err());
        assertEquals(1, run("backup", "--db", dir.resolve("none.db").toString(), backup.toString()).code());
    }

    @Test
    void everyAnalystCommandHasHelp() {
        for (String[] cmd : List.of(new String[] {"merge"}, new String[] {"unmerge"}, new String[] {"review"},
                new String[] {"review", "accept"}, new String[] {"review", "reject"}, new String[] {"review", "correct"},
                new String[] {"review", "add"}, new String[] {"review", "list"}, new String[] {"audit"},
                new String[] {"audit", "undo"}, new String[] {"backup"}, new String[] {"restore"})) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Cli.Result r = run(args);
            assertEquals(0, r.code(), String.join(" ", cmd) + ": " + r.err());
            assertTrue(r.out().contains("Usage: factiongraph " + String.join(" ", cmd)), r.out());
        }
    }
}
