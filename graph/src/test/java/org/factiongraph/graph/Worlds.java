package org.factiongraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;

/** Hand-built small worlds for tests: entities by name, claims in the gold annotation style. */
final class Worlds {

    final Map<String, Entity> entities = new LinkedHashMap<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    private int offset;

    Entity entity(String name, EntityKind kind, String... aliases) {
        List<Name> names = new ArrayList<>();
        names.add(Name.of(name));
        for (String a : aliases) {
            names.add(Name.of(a));
        }
        Entity e = new Entity(Entity.idFor(kind, name), name, kind, names);
        entities.put(name, e);
        return e;
    }

    String id(String name) {
        return e(name).id();
    }

    Entity e(String name) {
        Entity e = entities.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no entity " + name);
        }
        return e;
    }

    Source source(String doc, String publisher, String published, String grade) {
        Source s = new Source(doc, doc + ".txt", publisher, PartialDate.parseOrNull(published),
                grade == null ? null : Grade.parse(grade));
        sources.add(s);
        return s;
    }

    /** A claim from {@code doc}: dates as ISO text or null. */
    Claim claim(String doc, String subject, String relation, String object, String start, String end, String at) {
        return add(doc, subject, relation, object, start, end, at, false, 0.8, ReviewStatus.UNREVIEWED);
    }

    Claim negated(String doc, String subject, String relation, String object) {
        return add(doc, subject, relation, object, null, null, null, true, 0.8, ReviewStatus.UNREVIEWED);
    }

    Claim add(String doc, String subject, String relation, String object, String start, String end, String at,
              boolean negated, double confidence, ReviewStatus status) {
        Relation r = Relation.parse(relation);
        Entity s = e(subject);
        Ref o = object == null ? null : Ref.of(e(object), object);
        int at0 = offset;
        offset += 10;
        Claim c = new Claim(null, Ref.of(s, subject), r, o, PartialDate.parseOrNull(start),
                PartialDate.parseOrNull(end), PartialDate.parseOrNull(at), negated, false, confidence,
                new Evidence(doc, doc + ".txt", at0, at0 + 5, subject + " " + relation + " " + object), "manual",
                null, status, null, null);
        claims.add(c);
        return c;
    }

    KnowledgeGraph build() {
        return KnowledgeGraph.build(entities.values(), claims, sources);
    }

    /** The gold claims of the Fastaqim article (doc 000) and the Jund al-Malahim report (doc 004), by hand. */
    static Worlds gold() {
        Worlds w = new Worlds();
        w.entity("Fastaqim Kama Umirt Union", EntityKind.ARMED_GROUP, "Fastaqim Union", "Fastaqim");
        w.entity("Army of Mujahideen", EntityKind.COALITION, "Jaysh al-Mujahideen");
        w.entity("Levant Front", EntityKind.COALITION, "al-Jabha al-Shamiya");
        w.entity("Free Syrian Army", EntityKind.COALITION, "FSA");
        w.entity("Nour al-Din al-Zenki Movement", EntityKind.ARMED_GROUP, "Zenki");
        w.entity("Kataeb Abu Amara", EntityKind.ARMED_GROUP);
        w.entity("Ahrar al-Sham", EntityKind.ARMED_GROUP, "Ahrar ash-Sham");
        w.entity("CIA", EntityKind.AGENCY);
        w.entity("Syrian government", EntityKind.STATE);
        w.entity("Jund al-Malahim", EntityKind.OPERATIONS_ROOM, "Jund al Malahim");
        w.entity("al-Nusra Front", EntityKind.ARMED_GROUP, "Jabhat al-Nusra", "Al Nusrah Front");
        w.entity("Ajnad al-Sham", EntityKind.ARMED_GROUP);
        w.entity("Jaysh al-Islam", EntityKind.ARMED_GROUP, "Jaish al-Islam");
        w.source("doc000", "World War J", null, "F6");
        w.source("doc004", "Equipo Nizkor", "2015-10-22", "B2");
        String f = "Fastaqim Kama Umirt Union";
        w.claim("doc000", f, "founded", null, null, null, "2012-12");
        w.claim("doc000", f, "dissolved", null, null, null, "2018");
        w.claim("doc000", f, "member_of", "Free Syrian Army", null, null, null);
        w.claim("doc000", f, "member_of", "Army of Mujahideen", "2014-01", "2014-12", null);
        w.claim("doc000", "Army of Mujahideen", "founded", null, null, null, "2014-01");
        w.claim("doc000", "Army of Mujahideen", "fought", "Syrian government", "2014-01", null, null);
        w.claim("doc000", f, "member_of", "Levant Front", "2014-12", "2015-04", null);
        w.claim("doc000", "Army of Mujahideen", "member_of", "Levant Front", null, null, null);
        w.claim("doc000", f, "supported_by", "CIA", "2016-04", null, null);
        w.claim("doc000", f, "fought", "Nour al-Din al-Zenki Movement", "2016-11", null, null);
        w.claim("doc000", "Nour al-Din al-Zenki Movement", "member_of", f, null, null, null);
        w.claim("doc000", "Kataeb Abu Amara", "fought", f, "2016-11", null, null);
        w.claim("doc000", "Nour al-Din al-Zenki Movement", "allied_with", "Kataeb Abu Amara", "2016-11", null, null);
        w.claim("doc000", f, "defected_to", "Ahrar al-Sham", null, null, "2016-11");
        w.claim("doc004", "Jund al-Malahim", "founded", null, null, null, "2015-10-21");
        for (String m : List.of("al-Nusra Front", "Ahrar al-Sham", "Ajnad al-Sham")) {
            w.claim("doc004", m, "member_of", "Jund al-Malahim", "2015-10-21", null, null);
        }
        w.claim("doc004", "Jund al-Malahim", "fought", "Syrian government", "2015-10", null, null);
        w.negated("doc004", "Jaysh al-Islam", "member_of", "Jund al-Malahim");
        w.claim("doc004", "Jaysh al-Islam", "allied_with", "al-Nusra Front", null, null, null);
        w.claim("doc004", "Jaysh al-Islam", "allied_with", "Ahrar al-Sham", null, null, null);
        return w;
    }
}
