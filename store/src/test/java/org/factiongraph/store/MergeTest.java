package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity merges: recorded, resolved at read time, transitive, refused when they make no sense, reversible. */
class MergeTest {

    /** The same group as Ahrar al-Sham, stored by a resolver that missed the match. */
    static final Entity HARAKAT = new Entity("armed_group:harakat-ahrar", "Harakat Ahrar", EntityKind.ARMED_GROUP,
            List.of(Name.of("Harakat Ahrar"), Name.of("HASI")));

    @TempDir
    Path dir;
    ClaimStore store;
    Document doc;
    Document other;
    Claim harakatClaim;

    @BeforeEach
    void fill() {
        store = ClaimStore.openSqlite(dir.resolve("fg.db"));
        doc = Fixtures.document("000_ahrar.txt", Fixtures.TEXT);
        store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc));
        other = Fixtures.document("001_hasi.txt", "HASI fought Jaysh al-Islam in Douma.");
        harakatClaim = Claim.extracted(Ref.of(HARAKAT, "HASI"), Relation.FOUGHT,
                Ref.of(Fixtures.JAYSH_AL_ISLAM, "Jaysh al-Islam"), null, null, null, false, false, 0.8,
                Fixtures.evidence(other, "HASI fought Jaysh al-Islam in Douma."), "rule:fought", null);
        store.saveDocument(other, List.of(HARAKAT, Fixtures.JAYSH_AL_ISLAM), List.of(harakatClaim));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private String ahrar() {
        return Fixtures.AHRAR.id();
    }

    @Test
    void aMergedEntityReadsAsTheSurvivorWithAllItsClaims() {
        MergeRecord m = store.merge(ahrar(), HARAKAT.id(), "ana", "same group");
        assertEquals(ahrar(), m.keptId());
        assertEquals(HARAKAT.id(), m.mergedId());
        assertTrue(m.active());

        assertFalse(store.entities(null).stream().anyMatch(e -> e.id().equals(HARAKAT.id())));
        Entity viaMerged = store.entity(HARAKAT.id()).orElseThrow();
        assertEquals(ahrar(), viaMerged.id());
        assertEquals("Ahrar al-Sham", viaMerged.canonicalName());
        assertTrue(viaMerged.names().contains(Name.of("HASI")), viaMerged.names().toString());
        assertEquals(List.of(viaMerged), store.findEntities("HASI"));
        assertEquals(List.of(viaMerged), store.findEntities("Harakat Ahrar"));
        assertEquals(store.entity(ahrar()).orElseThrow(), viaMerged);

        List<Claim> claims = store.claims(ClaimQuery.all().forEntity(ahrar()));
        assertEquals(6, claims.size());
        Claim fought = claims.stream().filter(c -> c.id().equals(harakatClaim.id())).findFirst().orElseThrow();
        assertEquals(new Ref(ahrar(), "Ahrar al-Sham", "HASI", EntityKind.ARMED_GROUP), fought.subject());
        assertEquals(claims, store.claims(ClaimQuery.all().forEntity(HARAKAT.id())));
        // the stored claim is untouched: its id is still derived from what was stored
        assertEquals(harakatClaim.id(), fought.id());
        assertEquals(6, store.stats().claims());
    }

    @Test
    void unmergeRestoresEverythingExactly() {
        List<Claim> claimsBefore = store.claims(ClaimQuery.everything());
        List<Entity> entitiesBefore = store.entities(null);
        List<Entity> found = store.findEntities("HASI");
        MergeRecord m = store.merge(ahrar(), HARAKAT.id(), "Ahrar al-Sham (all wings)", "ana", "same group");
        assertNotEquals(claimsBefore, store.claims(ClaimQuery.everything()));
        store.unmerge(m.id(), "bob", "different wings after all");

        assertEquals(claimsBefore, store.claims(ClaimQuery.everything()));
        assertEquals(entitiesBefore, store.entities(null));
        assertEquals(found, store.findEntities("HASI"));
        assertEquals(List.of(), store.findEntities("Ahrar al-Sham (all wings)"));
        assertEquals(HARAKAT, store.entity(HARAKAT.id()).orElseThrow());

        List<MergeRecord> history = store.merges();
        assertEquals(1, history.size());
        MergeRecord undone = history.get(0);
        assertFalse(undone.active());
        assertEquals("bob", undone.undoneBy());
        assertEquals("different wings after all", undone.undoReason());
        assertEquals("ana", undone.who());
        assertEquals("Ahrar al-Sham (all wings)", undone.canonicalName());

        StoreException twice = assertThrows(StoreException.class, () -> store.unmerge(m.id(), "bob", null));
        assertTrue(twice.getMessage().contains("already undone by bob"), twice.getMessage());
        assertThrows(StoreException.class, () -> store.unmerge(99, "bob", null));
    }

    @Test
    void aMergeCanGiveTheSurvivorACanonicalName() {
        store.merge(ahrar(), HARAKAT.id(), "Harakat Ahrar al-Sham", "ana", null);
        Entity e = store.entity(ahrar()).orElseThrow();
        assertEquals("Harakat Ahrar al-Sham", e.canonicalName());
        assertEquals(List.of(e), store.findEntities("harakat ahrar al sham"));
        Claim c = store.claims(ClaimQuery.all().forEntity(ahrar()).forRelation(Relation.FOUNDED)).get(0);
        assertEquals("Harakat Ahrar al-Sham", c.subject().name());
        assertEquals("Ahrar al-Sham", c.subject().mention());
    }

    @Test
    void chainsResolveTransitivelyAndCyclesAreRefused() {
        // Harakat into Ahrar, Ahrar into Jaysh al-Islam (an analyst's odd but legal call)
        store.merge(ahrar(), HARAKAT.id(), "ana", null);
        store.merge(Fixtures.JAYSH_AL_ISLAM.id(), ahrar(), "ana", null);
        assertEquals(Fixtures.JAYSH_AL_ISLAM.id(), store.entity(HARAKAT.id()).orElseThrow().id());
        List<Claim> all = store.claims(ClaimQuery.all().forEntity(HARAKAT.id()));
        assertEquals(6, all.size());
        assertTrue(all.stream().allMatch(c -> c.subject().entityId().equals(Fixtures.JAYSH_AL_ISLAM.id())
                || c.object().entityId().equals(Fixtures.JAYSH_AL_ISLAM.id())));

        StoreException cycle = assertThrows(StoreException.class,
                () -> store.merge(HARAKAT.id(), Fixtures.JAYSH_AL_ISLAM.id(), "ana", null));
        assertTrue(cycle.getMessage().contains("would make a cycle"), cycle.getMessage());
        StoreException self = assertThrows(StoreException.class, () -> store.merge(ahrar(), ahrar(), "ana", null));
        assertTrue(self.getMessage().contains("cannot be merged into itself"), self.getMessage());
        StoreException again = assertThrows(StoreException.class,
                () -> store.merge(Fixtures.ISIL.id(), HARAKAT.id(), "ana", null));
        assertTrue(again.getMessage().contains("is already merged (merge 1)"), again.getMessage());
        StoreException unknown = assertThrows(StoreException.class,
                () -> store.merge(ahrar(), "armed_group:nobody", "ana", null));
        assertTrue(unknown.getMessage().endsWith("no entity armed_group:nobody"), unknown.getMessage());
        assertEquals(2, store.merges().size());
    }

    @Test
    void unmergingTheMiddleOfAChainKeepsTheRest() {
        List<Claim> before = store.claims(ClaimQuery.everything());
        MergeRecord first = store.merge(ahrar(), HARAKAT.id(), "ana", null);
        MergeRecord second = store.merge(Fixtures.ISLAMIC_FRONT.id(), ahrar(), "ana", null);
        store.unmerge(second.id(), "ana", null);
        assertEquals(ahrar(), store.entity(HARAKAT.id()).orElseThrow().id());
        store.unmerge(first.id(), "ana", null);
        assertEquals(before, store.claims(ClaimQuery.everything()));
        // merging again after an undo is a new merge
        MergeRecord third = store.merge(ahrar(), HARAKAT.id(), "ana", null);
        assertEquals(3, third.id());
        assertEquals(ahrar(), store.entity(HARAKAT.id()).orElseThrow().id());
    }

    @Test
    void entitiesOfAKindListTheSurvivorOnly() {
        int before = store.entities(EntityKind.ARMED_GROUP).size();
        store.merge(ahrar(), HARAKAT.id(), "ana", null);
        List<Entity> groups = store.entities(EntityKind.ARMED_GROUP);
        assertEquals(before - 1, groups.size());
        assertEquals(1, groups.stream().filter(e -> e.id().equals(ahrar())).count());
        assertNull(store.entities(EntityKind.COALITION).stream().filter(e -> e.id().equals(HARAKAT.id()))
                .findFirst().orElse(null));
    }
}
