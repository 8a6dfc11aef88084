package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("sub/fg.db");
    }

    private static List<Claim> withoutCreatedAt(List<Claim> claims) {
        return claims.stream().map(c -> c.withCreatedAt(null)).toList();
    }

    @Test
    void savedDocumentEntitiesAndClaimsReadBackEqual() {
        Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        List<Claim> claims = Fixtures.claims(doc);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            assertEquals(SaveOutcome.NEW, store.saveDocument(doc, Fixtures.entities(), claims));

            assertTrue(store.hasDocument(doc.id()));
            assertEquals(Optional.of(doc), store.document(doc.id()));
            List<DocumentSummary> docs = store.documents();
            assertEquals(1, docs.size());
            DocumentSummary s = docs.get(0);
            assertEquals(List.of(doc.id(), doc.name(), doc.title(), doc.publisher(), doc.url(), doc.format()),
                    List.of(s.id(), s.name(), s.title(), s.publisher(), s.url(), s.format()));
            assertEquals(doc.published(), s.published());
            assertEquals(doc.grade(), s.grade());
            assertEquals(claims.size(), s.claimCount());
            assertNotNull(s.ingestedAt());

            assertEquals(Optional.of(Fixtures.AHRAR), store.entity(Fixtures.AHRAR.id()));
            assertEquals(Optional.of(Fixtures.ISIL), store.entity(Fixtures.ISIL.id()));
            assertEquals(List.of(Fixtures.AHRAR, Fixtures.ISLAMIC_FRONT, Fixtures.ISIL, Fixtures.JAYSH_AL_IZZA),
                    store.entities(null));
            assertEquals(List.of(Fixtures.ISLAMIC_FRONT), store.entities(EntityKind.COALITION));
            assertEquals("Arab", store.entity(Fixtures.AHRAR.id()).orElseThrow().names().get(2).script());

            List<Claim> expected = new ArrayList<>(claims);
            expected.sort(ClaimStore.CLAIM_ORDER);
            List<Claim> stored = store.claims(ClaimQuery.all());
            assertEquals(expected, withoutCreatedAt(stored));
            stored.forEach(c -> assertNotNull(c.createdAt()));
            // evidence order: document name, then offset
            assertEquals(Relation.MEMBER_OF, stored.get(0).relation());
            assertEquals(Relation.IDEOLOGY, stored.get(stored.size() - 1).relation());
            Claim founded = store.claims(ClaimQuery.all().forRelation(Relation.FOUNDED)).get(0);
            assertEquals(null, founded.object());
            assertEquals(PartialDate.ofYear(2011), founded.at());
            Claim ideology = store.claims(ClaimQuery.all().forRelation(Relation.IDEOLOGY)).get(0);
            assertTrue(ideology.object().isLiteral());
            assertEquals("Salafism", ideology.object().name());
        }
    }

    @Test
    void claimQueriesFilterByEntityRelationDocumentAndStatus() {
        Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        Document other = Fixtures.document("001_other.txt", "Jaysh al-Islam fought the Islamic State.");
        Claim otherClaim = Claim.extracted(Ref.of(Fixtures.JAYSH_AL_ISLAM, "Jaysh al-Islam"), Relation.FOUGHT,
                Ref.of(Fixtures.ISIL, "the Islamic State"), null, null, null, false, false, 0.8,
                Fixtures.evidence(other, "Jaysh al-Islam fought the Islamic State."), "rule:fought", null);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
            store.saveDocument(other, List.of(Fixtures.JAYSH_AL_ISLAM, Fixtures.ISIL), List.of(otherClaim));

            assertEquals(6, store.claims(ClaimQuery.all()).size());
            assertEquals(2, store.claims(ClaimQuery.all().forEntity(Fixtures.ISIL.id())).size());
            assertEquals(2, store.claims(ClaimQuery.all().forRelation(Relation.FOUGHT)).size());
            assertEquals(List.of(otherClaim.id()),
                    store.claims(ClaimQuery.all().forDocument(other.id())).stream().map(Claim::id).toList());
            assertEquals(1, store.claims(ClaimQuery.all().forEntity(Fixtures.ISLAMIC_FRONT.id())
                    .forRelation(Relation.MEMBER_OF)).size());
            assertEquals(0, store.claims(ClaimQuery.all().withStatus(ReviewStatus.ACCEPTED)).size());
            assertEquals(6, store.claims(ClaimQuery.all().withStatus(ReviewStatus.UNREVIEWED)).size());
            // ordered by document name first
            assertEquals(doc.name(), store.claims(ClaimQuery.all()).get(0).evidence().documentName());
            assertEquals(other.name(), store.claims(ClaimQuery.all()).get(5).evidence().documentName());
        }
    }

    @Test
    void reingestingSameContentChangesNothing() {
        Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            assertEquals(SaveOutcome.NEW, store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc)));
            StoreStats before = store.stats();
            List<Claim> claimsBefore = store.claims(ClaimQuery.everything());
            List<DocumentSummary> docsBefore = store.documents();
            List<Entity> entitiesBefore = store.entities(null);

            Entity renamed = new Entity(Fixtures.AHRAR.id(), "Something Else", EntityKind.PERSON,
                    List.of(Name.of("A brand new name")));
            assertEquals(SaveOutcome.UNCHANGED, store.saveDocument(doc, List.of(renamed), Fixtures.claims(doc)));

            assertEquals(before, store.stats());
            assertEquals(claimsBefore, store.claims(ClaimQuery.everything()));
            assertEquals(docsBefore, store.documents());
            assertEquals(entitiesBefore, store.entities(null));
        }
    }

    @Test
    void claimsWithTheSameIdInOneDocumentAreStoredOnce() {
        Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        List<Claim> twice = new ArrayList<>(Fixtures.claims(doc));
        twice.addAll(Fixtures.claims(doc));
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveDocument(doc, Fixtures.entities(), twice);
            assertEquals(5, store.stats().claims());
            assertEquals(5, store.documents().get(0).claimCount());
        }
    }

    @Test
    void aNotNullViolationMidwayLeavesNothingOfTheDocument() {
        Document doc = Fixtures.document("000_x.txt", Fixtures.TEXT);
        List<Claim> claims = new ArrayList<>(Fixtures.claims(doc));
        claims.add(Claim.extracted(new Ref(null, null, "nobody", null), Relation.FOUNDED, null, null, null, null,
                false, false, 0.5, Fixtures.evidence(doc, "Ahrar al-Sham was founded in 2011."), "rule:x", null));
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveDocument(doc, Fixtures.entities(), claims));
            assertEquals("could not save document 000_x.txt: NOT NULL constraint violated (claims.subject_name)",
                    e.getMessage());
            assertNothingStored(store, doc);
            // the same document saves cleanly afterwards
            assertEquals(SaveOutcome.NEW, store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc)));
        }
    }

    @Test
    void aClaimCitingAnUnstoredDocumentLeavesNothingOfTheDocument() {
        Document doc = Fixtures.document("000_x.txt", Fixtures.TEXT);
        List<Claim> claims = new ArrayList<>(Fixtures.claims(doc));
        claims.add(Claim.extracted(Ref.of(Fixtures.AHRAR, "Ahrar"), Relation.FOUNDED, null, null, null, null,
                false, false, 0.5, new Evidence("no-such-document", "elsewhere.txt", 0, 5, "Ahrar"), "rule:x", null));
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveDocument(doc, Fixtures.entities(), claims));
            assertEquals("could not save document 000_x.txt: foreign key constraint violated", e.getMessage());
            assertNothingStored(store, doc);
        }
    }

    @Test
    void aClaimWithImpossibleOffsetsLeavesNothingAndTheMessageHoldsNoText() {
        Document doc = Fixtures.document("000_x.txt", Fixtures.TEXT);
        List<Claim> claims = new ArrayList<>(Fixtures.claims(doc));
        claims.add(Claim.extracted(Ref.of(Fixtures.AHRAR, "Ahrar"), Relation.FOUNDED, null, null, null, null,
                false, false, 0.5, new Evidence(doc.id(), doc.name(), 50, 10, "secret sentence"), "rule:x", null));
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveDocument(doc, Fixtures.entities(), claims));
            assertEquals("could not save document 000_x.txt: check constraint violated", e.getMessage());
            assertFalse(e.getMessage().contains("secret"));
            assertNothingStored(store, doc);
        }
    }

    @Test
    void aClaimAboutAnUnknownEntityIsRefusedWithoutSavingTheDocument() {
        Document doc = Fixtures.document("000_x.txt", Fixtures.TEXT);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveDocument(doc, List.of(Fixtures.AHRAR), Fixtures.claims(doc)));
            assertTrue(e.getMessage().startsWith("could not save document 000_x.txt: claim 1 of 5 ("),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("refers to an unknown object entity"), e.getMessage());
            assertNothingStored(store, doc);
        }
    }

    private static void assertNothingStored(ClaimStore store, Document doc) {
        assertFalse(store.hasDocument(doc.id()));
        assertEquals(new StoreStats(0, 0, 0, 0, 0, 0, 0), store.stats());
        assertEquals(List.of(), store.claims(ClaimQuery.everything()));
        assertEquals(List.of(), store.entities(null));
    }

    @Test
    void existingEntitiesKeepCanonicalNameAndKindAndGainNewNames() {
        Document first = Fixtures.document("000_a.txt", "Ahrar al-Sham.");
        Document second = Fixtures.document("001_b.txt", "Ahrar ash-Sham.");
        Entity again = new Entity(Fixtures.AHRAR.id(), "Ahrar ash-Sham", EntityKind.COALITION,
                List.of(Name.of("Ahrar ash-Sham"), Name.of("Ahrar al-Sham"),
                        new Name("Harakat Ahrar al-Sham al-Islamiyya", "Latn", PartialDate.ofYear(2020), null)));
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveDocument(first, List.of(Fixtures.AHRAR), List.of());
            store.saveDocument(second, List.of(again), List.of());
            Entity e = store.entity(Fixtures.AHRAR.id()).orElseThrow();
            assertEquals("Ahrar al-Sham", e.canonicalName());
            assertEquals(EntityKind.ARMED_GROUP, e.kind());
            List<Name> expected = new ArrayList<>(Fixtures.AHRAR.names());
            expected.add(Name.of("Ahrar ash-Sham"));
            assertEquals(expected, e.names());
        }
    }

    @Test
    void findEntitiesMatchesTransliterationVariantsOnly() {
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveEntities(List.of(Fixtures.AHRAR, Fixtures.JAYSH_AL_ISLAM, Fixtures.JAYSH_AL_IZZA,
                    new Entity("armed_group:no-names", "Nour al-Din al-Zenki", EntityKind.ARMED_GROUP, List.of())));
            assertEquals(List.of(Fixtures.AHRAR), store.findEntities("Ahrar a-Sham"));
            assertEquals(List.of(Fixtures.AHRAR), store.findEntities("ahrar ash sham"));
            assertEquals(List.of(Fixtures.JAYSH_AL_ISLAM), store.findEntities("Jaish al-Islam"));
            assertEquals(List.of(Fixtures.JAYSH_AL_ISLAM), store.findEntities("Liwa al-Islam"));
            assertEquals(List.of(Fixtures.JAYSH_AL_IZZA), store.findEntities("Jaysh al-Izza"));
            assertEquals("armed_group:no-names", store.findEntities("Nur al-Din al-Zinki").get(0).id());
            assertEquals(List.of(), store.findEntities("Ahrar"));
            assertEquals(List.of(), store.findEntities(" - "));
        }
    }

    @Test
    void appendedCorrectionSupersedesTheOldClaimWhichStaysStored() {
        Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
            Claim old = store.claims(ClaimQuery.all().forRelation(Relation.MEMBER_OF)).get(0);
            Claim fix = old.correctedTo(old.subject(), Relation.MEMBER_OF, old.object(), PartialDate.ofDay(2013, 11, 22),
                    PartialDate.ofYear(2015), null, false, "manual");
            store.appendClaim(fix);

            List<String> current = store.claims(ClaimQuery.all()).stream().map(Claim::id).toList();
            assertTrue(current.contains(fix.id()));
            assertFalse(current.contains(old.id()));
            List<String> all = store.claims(ClaimQuery.everything()).stream().map(Claim::id).toList();
            assertTrue(all.contains(fix.id()) && all.contains(old.id()));
            assertEquals(old, store.claim(old.id()).orElseThrow());
            assertEquals(List.of(fix.id()), store.supersededBy(old.id()).stream().map(Claim::id).toList());
            assertEquals(List.of(), store.supersededBy(fix.id()));
            assertEquals(ReviewStatus.CORRECTED, store.claim(fix.id()).orElseThrow().reviewStatus());
            assertEquals(6, store.stats().claims());
            assertEquals(1, store.stats().superseded());

            store.appendClaim(fix);
            assertEquals(6, store.stats().claims());
        }
    }

    @Test
    void appendingAClaimThatSupersedesNothingStoredIsRefused() {
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveEntities(List.of(Fixtures.AHRAR));
            Claim manual = new Claim(null, Ref.of(Fixtures.AHRAR, "Ahrar"), Relation.FOUNDED, null, null, null,
                    PartialDate.ofYear(2011), false, false, 1.0, null, "manual", null, ReviewStatus.ACCEPTED,
                    "no-such-claim", null);
            StoreException e = assertThrows(StoreException.class, () -> store.appendClaim(manual));
            assertTrue(e.getMessage().contains("the claim it supersedes (no-such-claim) is not stored"), e.getMessage());
            assertEquals(0, store.stats().claims());

            Claim plain = new Claim(null, Ref.of(Fixtures.AHRAR, "Ahrar"), Relation.FOUNDED, null, null, null,
                    PartialDate.ofYear(2011), false, false, 1.0, null, "manual", null, ReviewStatus.ACCEPTED, null,
                    null);
            store.appendClaim(plain);
            assertEquals(plain, store.claim(plain.id()).orElseThrow().withCreatedAt(null));
        }
    }

    @Test
    void reviewsAreEventsAndSetTheCurrentStatus() {
        Document doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
            Claim c = store.claims(ClaimQuery.all().forRelation(Relation.FOUGHT)).get(0);
            store.review(c.id(), ReviewStatus.ACCEPTED, "ana", "checked against source");
            store.review(c.id(), ReviewStatus.REJECTED, "bob", null);
            assertEquals(ReviewStatus.REJECTED, store.claim(c.id()).orElseThrow().reviewStatus());
            assertEquals(List.of(c.id()), store.claims(ClaimQuery.all().withStatus(ReviewStatus.REJECTED)).stream()
                    .map(Claim::id).toList());
            assertEquals(4, store.claims(ClaimQuery.all().withStatus(ReviewStatus.UNREVIEWED)).size());
            List<ClaimReview> reviews = store.reviews(c.id());
            assertEquals(List.of(ReviewStatus.ACCEPTED, ReviewStatus.REJECTED),
                    reviews.stream().map(ClaimReview::status).toList());
            assertEquals("checked against source", reviews.get(0).note());
            assertThrows(StoreException.class, () -> store.review("nope", ReviewStatus.ACCEPTED, null, null));
        }
    }

    @Test
    void theFileIsInWalModeWithForeignKeys() throws Exception {
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveEntities(List.of(Fixtures.AHRAR));
            assertTrue(Files.exists(dir.resolve("sub/fg.db-wal")));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertTrue(rs.next());
                assertEquals("wal", rs.getString(1));
            }
        }
    }

    @Test
    void staleNameKeysAreRecomputedOnOpen() throws Exception {
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveEntities(List.of(Fixtures.AHRAR));
        }
        // as if the names had been keyed by an older NameNormalizer
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE entity_names SET name_key = 'stale'");
            st.executeUpdate("UPDATE entities SET canonical_key = 'stale'");
        }
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            assertEquals(List.of(Fixtures.AHRAR), store.findEntities("Ahrar a-Sham"));
            assertEquals(List.of(), store.findEntities("stale"));
        }
    }

    @Test
    void documentTextRoundTripsExactlyIncludingControlCharactersAndArabic() {
        String text = "NUL\u0000inside, tab\t, CR\r\n, emoji \uD83D\uDE00, Arabic حركة أحرار الشام, <script>x</script>";
        Document doc = Fixtures.document("weird.html", text);
        try (ClaimStore store = ClaimStore.openSqlite(db())) {
            store.saveDocument(doc, List.of(), List.of());
            assertEquals(text, store.document(doc.id()).orElseThrow().text());
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedWithAClearMessage() throws Exception {
        Path notDb = dir.resolve("notes.txt");
        Files.writeString(notDb, "these are my notes, not a database ".repeat(100));
        StoreException e = assertThrows(StoreException.class, () -> ClaimStore.openSqlite(notDb));
        assertEquals("could not open SQLite store " + notDb.toAbsolutePath()
                + ": the file is not a valid database or is corrupt", e.getMessage());
    }

    @Test
    void aClosedStoreRefusesWork() {
        ClaimStore store = ClaimStore.openSqlite(db());
        store.close();
        store.close();
        assertThrows(IllegalStateException.class, () -> store.documents());
    }
}
