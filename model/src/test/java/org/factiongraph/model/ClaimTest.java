package org.factiongraph.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Ref A = new Ref("armed_group:a", "A", "A", EntityKind.ARMED_GROUP);
    private static final Ref B = new Ref("coalition:b", "B", "B", EntityKind.COALITION);
    private static final Evidence EV = new Evidence("d1", "d.txt", 10, 20, "A joined B.");

    @Test
    void sameContentGivesSameIdAndDifferentContentAnother() {
        Claim c1 = Claim.extracted(A, Relation.MEMBER_OF, B, PartialDate.parse("2014"), null, null, false, false,
                0.8, EV, "rule:x", Grade.parse("B2"));
        Claim c2 = Claim.extracted(A, Relation.MEMBER_OF, B, PartialDate.parse("2014"), null, null, false, false,
                0.8, EV, "rule:x", Grade.parse("B2"));
        Claim c3 = Claim.extracted(A, Relation.MEMBER_OF, B, PartialDate.parse("2015"), null, null, false, false,
                0.8, EV, "rule:x", Grade.parse("B2"));
        assertEquals(c1.id(), c2.id());
        assertNotEquals(c1.id(), c3.id());
    }

    @Test
    void relationsWithoutObjectRefuseOneAndOthersRequireOne() {
        assertThrows(IllegalArgumentException.class, () -> Claim.extracted(A, Relation.FOUNDED, B, null, null, null,
                false, false, 0.5, EV, "m", null));
        assertThrows(IllegalArgumentException.class, () -> Claim.extracted(A, Relation.FOUGHT, null, null, null,
                null, false, false, 0.5, EV, "m", null));
        assertThrows(IllegalArgumentException.class, () -> Claim.extracted(A, Relation.FOUGHT, B, null, null,
                null, false, false, 1.5, EV, "m", null));
    }

    @Test
    void aCorrectionIsANewClaimThatSupersedesTheOld() {
        Claim c = Claim.extracted(A, Relation.MEMBER_OF, B, null, null, null, false, false, 0.8, EV, "rule:x", null);
        Claim fixed = c.correctedTo(A, Relation.ALLIED_WITH, B, null, null, null, false, "manual");
        assertNotEquals(c.id(), fixed.id());
        assertEquals(c.id(), fixed.supersedes());
        assertEquals(ReviewStatus.CORRECTED, fixed.reviewStatus());
    }

    @Test
    void gradesParseAndWeigh() {
        assertEquals("B2", Grade.parse("b2").toString());
        assertThrows(IllegalArgumentException.class, () -> Grade.parse("G1"));
        assertThrows(IllegalArgumentException.class, () -> Grade.parse("A7"));
        assertTrue(Grade.parse("A1").weight() > Grade.parse("F6").weight());
    }

    @Test
    void vocabularyParsesWireForms() {
        assertEquals(Relation.PLEDGED_ALLEGIANCE_TO, Relation.parse("pledged_allegiance_to"));
        assertTrue(Relation.FOUGHT.symmetric());
        assertFalse(Relation.FOUNDED.hasObject());
        assertEquals(EntityKind.OPERATIONS_ROOM, EntityKind.parse("operations_room"));
        assertThrows(IllegalArgumentException.class, () -> EntityKind.parse("band"));
    }
}
