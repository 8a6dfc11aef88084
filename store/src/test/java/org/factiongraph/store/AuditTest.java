package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log: every analyst change is an entry written with it; undo is a new change, never a delete. */
class AuditTest {

    @TempDir
    Path dir;
    ClaimStore store;
    Document doc;

    @BeforeEach
    void fill() {
        store = ClaimStore.openSqlite(dir.resolve("fg.db"));
        doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
        store.saveEntities(List.of(MergeTest.HARAKAT));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Claim fought() {
        return store.claims(ClaimQuery.all().forRelation(Relation.FOUGHT)).get(0);
    }

    private Claim manual() {
        return new Claim(null, Ref.of(Fixtures.AHRAR, "Ahrar al-Sham"), Relation.OPERATES_IN,
                Ref.literal("Idlib"), PartialDate.ofYear(2015), null, null, false, false, 1.0,
                Fixtures.evidence(doc, "Ahrar al-Sham was founded in 2011."), "manual", null,
                ReviewStatus.ACCEPTED, null, null);
    }

    @Test
    void ingestWritesNoAuditEntry() {
        assertEquals(List.of(), store.audit(AuditQuery.all()));
    }

    @Test
    void everyAnalystChangeIsAuditedWithBeforeAndAfter() {
        Claim c = fought();
        AuditEntry review = store.review(c.id(), ReviewStatus.ACCEPTED, "ana", "checked");
        assertEquals(AuditAction.REVIEW, review.action());
        assertEquals("{\"status\":\"unreviewed\"}", review.beforeJson());
        assertEquals("{\"status\":\"accepted\"}", review.afterJson());
        assertEquals(new AuditQuery(null, null, AuditEntry.CLAIM, c.id(), null, null), 
                AuditQuery.all().forTarget(AuditEntry.CLAIM, c.id()));

        AuditEntry added = store.appendClaim(manual(), "bob", "from my notes").orElseThrow();
        assertEquals(AuditAction.ADD_CLAIM, added.action());
        assertNull(added.beforeJson());
        assertTrue(added.afterJson().contains("\"Idlib\""), added.afterJson());
        assertTrue(store.appendClaim(manual(), "bob", "again").isEmpty());

        Claim fix = c.correctedTo(c.subject(), Relation.FOUGHT, c.object(), null, null,
                PartialDate.ofDay(2014, 1, 4), false, "manual");
        AuditEntry corrected = store.appendClaim(fix, "ana", "wrong day").orElseThrow();
        assertEquals(AuditAction.CORRECT_CLAIM, corrected.action());
        assertTrue(corrected.beforeJson().contains("\"at\":\"2014-01-03\""), corrected.beforeJson());
        assertTrue(corrected.afterJson().contains("\"at\":\"2014-01-04\""), corrected.afterJson());

        store.merge(Fixtures.AHRAR.id(), MergeTest.HARAKAT.id(), "ana", "same group");
        store.unmerge(1, "bob", "not the same");

        List<AuditEntry> all = store.audit(AuditQuery.all());
        assertEquals(List.of(AuditAction.REVIEW, AuditAction.ADD_CLAIM, AuditAction.CORRECT_CLAIM,
                AuditAction.MERGE, AuditAction.UNMERGE), all.stream().map(AuditEntry::action).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all.stream().map(AuditEntry::id).toList());
        assertEquals(3, store.audit(AuditQuery.all().byWho("ana")).size());
        assertEquals(1, store.audit(AuditQuery.all().withAction(AuditAction.UNMERGE)).size());
        assertEquals(List.of(review), store.audit(AuditQuery.all().forTarget(AuditEntry.CLAIM, c.id())));
        assertEquals(2, store.audit(AuditQuery.all().forTarget(AuditEntry.MERGE, "1")).size());
        assertEquals(5, store.audit(AuditQuery.all().between(Instant.EPOCH, null)).size());
        assertEquals(0, store.audit(AuditQuery.all().between(Instant.now().plusSeconds(60), null)).size());
        assertEquals(0, store.audit(AuditQuery.all().between(null, Instant.EPOCH)).size());
    }

    @Test
    void undoingAReviewRestoresThePreviousStatusByANewReview() {
        Claim c = fought();
        store.review(c.id(), ReviewStatus.ACCEPTED, "ana", null);
        AuditEntry reject = store.review(c.id(), ReviewStatus.REJECTED, "bob", "wrong group");
        AuditEntry undo = store.undo(reject.id(), "ana");
        assertEquals(reject.id(), undo.undoes());
        assertEquals(AuditAction.REVIEW, undo.action());
        assertEquals(ReviewStatus.ACCEPTED, store.claim(c.id()).orElseThrow().reviewStatus());
        assertEquals(List.of(ReviewStatus.ACCEPTED, ReviewStatus.REJECTED, ReviewStatus.ACCEPTED),
                store.reviews(c.id()).stream().map(ClaimReview::status).toList());
        // the first review cannot be undone while the later state differs from what it left? it can: it left
        // ACCEPTED, and the claim is ACCEPTED again; undoing it goes back to unreviewed
        store.undo(1, "ana");
        assertEquals(ReviewStatus.UNREVIEWED, store.claim(c.id()).orElseThrow().reviewStatus());
        // undoing the reject again is refused: the claim is no longer as that entry left it
        StoreException stale = assertThrows(StoreException.class, () -> store.undo(reject.id(), "ana"));
        assertTrue(stale.getMessage().contains("undo the later change first"), stale.getMessage());
        assertEquals(4, store.reviews(c.id()).size());
        assertThrows(StoreException.class, () -> store.undo(999, "ana"));
    }

    @Test
    void undoingAManualClaimRejectsItAndKeepsItReadable() {
        Claim m = manual();
        AuditEntry added = store.appendClaim(m, "bob", null).orElseThrow();
        store.undo(added.id(), "ana");
        Claim stored = store.claim(m.id()).orElseThrow();
        assertEquals(ReviewStatus.REJECTED, stored.reviewStatus());
        assertEquals(6, store.stats().claims());
        assertEquals(List.of(ReviewStatus.REJECTED), store.reviews(m.id()).stream().map(ClaimReview::status).toList());
        assertEquals(2, store.audit(AuditQuery.all().forTarget(AuditEntry.CLAIM, m.id())).size());
        assertEquals(1, store.claims(ClaimQuery.all().withStatus(ReviewStatus.REJECTED)).size());
        StoreException twice = assertThrows(StoreException.class, () -> store.undo(added.id(), "ana"));
        assertTrue(twice.getMessage().contains("already rejected"), twice.getMessage());
    }

    @Test
    void undoingACorrectionMakesTheCorrectedClaimCurrentAgain() {
        Claim c = fought();
        List<Claim> before = store.claims(ClaimQuery.all());
        Claim fix = c.correctedTo(c.subject(), Relation.FOUGHT, c.object(), null, null,
                PartialDate.ofDay(2014, 1, 4), false, "manual");
        AuditEntry e = store.appendClaim(fix, "ana", null).orElseThrow();
        assertFalse(store.claims(ClaimQuery.all()).stream().anyMatch(x -> x.id().equals(c.id())));
        assertEquals(1, store.stats().superseded());
        store.undo(e.id(), "bob");
        // the original is current again; the rejected correction stays readable with its status
        assertEquals(before, store.claims(ClaimQuery.all()).stream()
                .filter(x -> x.reviewStatus() != ReviewStatus.REJECTED).toList());
        assertEquals(List.of(), store.supersededBy(c.id()));
        assertEquals(0, store.stats().superseded());
        assertEquals(ReviewStatus.REJECTED, store.claim(fix.id()).orElseThrow().reviewStatus());
    }

    @Test
    void undoingAMergeUnmergesAndUndoingTheUnmergeMergesAgain() {
        List<Claim> before = store.claims(ClaimQuery.everything());
        MergeRecord m = store.merge(Fixtures.AHRAR.id(), MergeTest.HARAKAT.id(), "ana", null);
        AuditEntry merge = store.audit(AuditQuery.all().withAction(AuditAction.MERGE)).get(0);
        AuditEntry unmerge = store.undo(merge.id(), "bob");
        assertEquals(AuditAction.UNMERGE, unmerge.action());
        assertFalse(store.merges().get(0).active());
        assertEquals(before, store.claims(ClaimQuery.everything()));
        AuditEntry again = store.undo(unmerge.id(), "ana");
        assertEquals(AuditAction.MERGE, again.action());
        assertEquals(unmerge.id(), again.undoes());
        assertEquals(2, store.merges().size());
        assertTrue(store.merges().get(1).active());
        assertEquals(m.keptId(), store.entity(MergeTest.HARAKAT.id()).orElseThrow().id());
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntry() {
        assertThrows(StoreException.class, () -> store.review("no-such-claim", ReviewStatus.ACCEPTED, "ana", null));
        assertThrows(StoreException.class, () -> store.merge(Fixtures.AHRAR.id(), Fixtures.AHRAR.id(), "ana", null));
        Claim orphan = manual().withSubject(new Ref("armed_group:nobody", "Nobody", "Nobody", null));
        assertThrows(StoreException.class, () -> store.appendClaim(orphan, "ana", null));
        assertEquals(List.of(), store.audit(AuditQuery.all()));
    }

    @Test
    void reviewWithoutAReviewerIsAuditedAsUnknown() {
        store.review(fought().id(), ReviewStatus.ACCEPTED, null, null);
        assertEquals("unknown", store.audit(AuditQuery.all()).get(0).who());
        assertNull(store.reviews(fought().id()).get(0).reviewer());
    }
}
