package org.factiongraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Name;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static Entity group(String name, EntityKind kind) {
        return new Entity(Entity.idFor(kind, name), name, kind, List.of(Name.of(name)));
    }

    private static Entity group(String name) {
        return group(name, EntityKind.ARMED_GROUP);
    }

    private static Claim claim(Entity s, Relation r, Entity o, String doc) {
        return Claim.extracted(Ref.of(s, s.canonicalName()), r, Ref.of(o, o.canonicalName()), null, null, null,
                false, false, 0.7, new Evidence(doc, doc + ".txt", 0, 10, "sentence"), "rule:test",
                Grade.parse("B2"));
    }

    /** Resolves one document made of the given claims (its entities are the claims' sides). */
    private static EntityResolver.Resolved document(EntityResolver r, Claim... claims) {
        List<Entity> ents = new ArrayList<>();
        for (Claim c : claims) {
            for (Ref ref : new Ref[] {c.subject(), c.object()}) {
                Entity e = new Entity(ref.entityId(), ref.name(), ref.kind(), List.of(Name.of(ref.mention())));
                if (ents.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    ents.add(e);
                }
            }
        }
        return r.resolve(ents, List.of(claims));
    }

    private static final Entity ISLAMIC_STATE = group("Islamic State");
    private static final Entity NUSRA = group("al-Nusra Front");

    @Test
    void aGroupSpelledAnotherWayInALaterDocumentLandsOnTheKnownEntity() {
        EntityResolver r = EntityResolver.of(List.of(), List.of(), null);
        Entity first = group("Liwa al-Fursan al-Jadid");
        document(r, claim(first, Relation.FOUGHT, ISLAMIC_STATE, "d1"));

        Entity second = group("al-Fursan al-Jadeed Brigade");
        EntityResolver.Resolved res = document(r, claim(second, Relation.FOUGHT, NUSRA, "d2"));

        assertEquals(first.id(), res.claims().get(0).subject().entityId());
        assertEquals("Liwa al-Fursan al-Jadid", res.claims().get(0).subject().name());
        assertEquals("al-Fursan al-Jadeed Brigade", res.claims().get(0).subject().mention());
        Entity stored = res.entities().stream().filter(e -> e.id().equals(first.id())).findFirst().orElseThrow();
        assertTrue(stored.names().stream().anyMatch(n -> n.text().equals("al-Fursan al-Jadeed Brigade")),
                "the new spelling becomes a name of the entity: " + stored.names());
        assertEquals(1, res.matches().size());
    }

    @Test
    void theSameNameClassifiedAsCoalitionInOneTextAndGroupInAnotherIsOneEntity() {
        EntityResolver r = EntityResolver.of(List.of(), List.of(), null);
        Entity asCoalition = group("Jabhat Ansar al-Din", EntityKind.COALITION);
        document(r, claim(asCoalition, Relation.FOUGHT, ISLAMIC_STATE, "d1"));
        Entity asGroup = group("Jabhat Ansar al-Din", EntityKind.ARMED_GROUP);
        assertNotEquals(asCoalition.id(), asGroup.id());

        EntityResolver.Resolved res = document(r, claim(asGroup, Relation.ALLIED_WITH, NUSRA, "d2"));

        assertEquals(asCoalition.id(), res.claims().get(0).subject().entityId());
        assertEquals("same name", res.matches().get(0).reason());
    }

    @Test
    void groupsSharingOnlyGenericWordsStayApart() {
        Entity islam = group("Jaysh al-Islam");
        Entity liwaIslam = group("Liwa al-Islam");
        EntityResolver r = EntityResolver.of(List.of(islam, liwaIslam), List.of(), null);

        Entity izza = group("Jaysh al-Izza");
        Entity tawhid = group("Liwa al-Tawhid");
        EntityResolver.Resolved res = document(r, claim(izza, Relation.ALLIED_WITH, tawhid, "d1"));

        assertEquals(List.of(), res.matches());
        assertEquals(Set.of(izza.id(), tawhid.id()),
                Set.of(res.claims().get(0).subject().entityId(), res.claims().get(0).object().entityId()));
    }

    @Test
    void theArmyOfIslamIsJayshAlIslamButNotLiwaAlIslam() {
        Entity jaysh = group("Jaysh al-Islam");
        Entity liwa = group("Liwa al-Islam");
        Entity ahrar = group("Ahrar al-Sham");
        // context: Jaysh al-Islam is known to have fought the Islamic State
        EntityResolver r = EntityResolver.of(List.of(jaysh, liwa, ahrar),
                List.of(claim(jaysh, Relation.FOUGHT, ISLAMIC_STATE, "d0")), null);

        Entity army = group("Army of Islam");
        EntityResolver.Resolved res = document(r, claim(army, Relation.FOUGHT, ISLAMIC_STATE, "d1"));

        assertEquals(jaysh.id(), res.claims().get(0).subject().entityId());
        assertEquals("similar name and shared context", res.matches().get(0).reason());
    }

    @Test
    void aWeakSimilarNameNeedsSharedContext() {
        Entity known = group("Liwa Jund al-Sham");
        Entity rival = group("Kurdish Front");
        EntityResolver r = EntityResolver.of(List.of(known, rival),
                List.of(claim(known, Relation.FOUGHT, rival, "d0")), null);

        // "Jund al-Sham Brigade": only generic words; without shared context it stays its own entity
        Entity unrelated = group("Jund al-Sham Brigade");
        EntityResolver.Resolved apart = document(r, claim(unrelated, Relation.MEMBER_OF, NUSRA, "d1"));
        assertEquals(unrelated.id(), apart.claims().get(0).subject().entityId());

        // the same spelling in a text that also has it fight the Kurdish Front: now it is the known brigade
        EntityResolver r2 = EntityResolver.of(List.of(known, rival),
                List.of(claim(known, Relation.FOUGHT, rival, "d0")), null);
        EntityResolver.Resolved together = document(r2, claim(unrelated, Relation.FOUGHT, rival, "d2"));
        assertEquals(known.id(), together.claims().get(0).subject().entityId());
    }

    @Test
    void twoKnownCandidatesWithoutContextToTellThemApartResolveNothing() {
        Entity a = group("Liwa Suqur al-Jabal", EntityKind.ARMED_GROUP);
        Entity b = group("Suqur al-Jabal", EntityKind.COALITION);
        EntityResolver r = EntityResolver.of(List.of(a, b), List.of(), null);

        Entity c = group("Suqur al-Jabal Brigade", EntityKind.OPERATIONS_ROOM);
        EntityResolver.Resolved res = document(r, claim(c, Relation.FOUGHT, ISLAMIC_STATE, "d1"));

        assertEquals(c.id(), res.claims().get(0).subject().entityId());
        assertTrue(res.matches().isEmpty());
    }

    @Test
    void dictionaryEntitiesAreNeverMoved() {
        Entity discovered = group("Harakat Hazzm");
        EntityResolver r = EntityResolver.of(List.of(discovered), List.of(), id -> id.equals("armed_group:hazm"));
        Entity curated = new Entity("armed_group:hazm", "Hazm Movement", EntityKind.ARMED_GROUP,
                List.of(Name.of("Hazm Movement"), Name.of("Harakat Hazm")));

        EntityResolver.Resolved res = document(r, claim(curated, Relation.FOUGHT, NUSRA, "d1"));

        assertEquals("armed_group:hazm", res.claims().get(0).subject().entityId());
        assertTrue(res.matches().isEmpty());
    }

    @Test
    void aClaimThatWouldLinkAnEntityToItselfIsDropped() {
        Entity known = group("Liwa Shuhada al-Qadisiya");
        EntityResolver r = EntityResolver.of(List.of(known), List.of(), null);

        Entity variant = group("Shuhada al-Qadisiyah Brigade");
        EntityResolver.Resolved res = document(r, claim(variant, Relation.MERGED_INTO, known, "d1"));

        assertEquals(List.of(), res.claims());
        assertEquals(1, res.droppedSelfLoops());
    }

    @Test
    void peopleMatchOnlyOnTheSameNormalisedName() {
        Entity person = new Entity("person:abu-mohammad-al-julani", "Abu Mohammad al-Julani", EntityKind.PERSON,
                List.of(Name.of("Abu Mohammad al-Julani")));
        EntityResolver r = EntityResolver.of(List.of(person), List.of(), null);

        Entity variant = new Entity("person:abu-mohammed-al-jolani", "Abu Mohammed al-Jolani", EntityKind.PERSON,
                List.of(Name.of("Abu Mohammed al-Jolani")));
        Entity same = new Entity("person:x", "Abu Mohammad al Julani", EntityKind.PERSON,
                List.of(Name.of("Abu Mohammad al Julani")));
        EntityResolver.Resolved res = r.resolve(List.of(variant, same), List.of());

        assertEquals(1, res.matches().size());
        assertEquals("person:x", res.matches().get(0).fromId());
        assertEquals(person.id(), res.matches().get(0).toId());
    }
}
