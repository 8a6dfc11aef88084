package org.factiongraph.store;

import java.util.ArrayList;
import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Field;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Hashing;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;

/** Small documents, entities and claims for the store tests. */
final class Fixtures {

    static final Entity AHRAR = new Entity("armed_group:ahrar-al-sham", "Ahrar al-Sham", EntityKind.ARMED_GROUP,
            List.of(Name.of("Ahrar al-Sham"), new Name("Harakat Ahrar al-Sham al-Islamiyya", null, null, null),
                    new Name("حركة أحرار الشام الإسلامية", null, null, null)));
    static final Entity ISLAMIC_FRONT = new Entity("coalition:islamic-front", "Islamic Front", EntityKind.COALITION,
            List.of(new Name("Islamic Front", "Latn", PartialDate.ofMonth(2013, 11), PartialDate.ofYear(2015))));
    static final Entity JAYSH_AL_ISLAM = new Entity("armed_group:jaysh-al-islam", "Jaysh al-Islam",
            EntityKind.ARMED_GROUP, List.of(Name.of("Jaysh al-Islam"), Name.of("Liwa al-Islam")));
    static final Entity JAYSH_AL_IZZA = new Entity("armed_group:jaysh-al-izza", "Jaysh al-Izza",
            EntityKind.ARMED_GROUP, List.of(Name.of("Jaysh al-Izza")));
    static final Entity ISIL = new Entity("armed_group:isil", "Islamic State", EntityKind.ARMED_GROUP,
            List.of(Name.of("Islamic State"), new Name("ISIS", "Latn", PartialDate.ofDay(2013, 4, 9),
                    PartialDate.ofDay(2014, 6, 29))));

    private Fixtures() {
    }

    static Document document(String name, String text) {
        return new Document(Hashing.sha256Hex(name + "\n" + text), name, "Title of " + name, "Some Publisher",
                "https://example.org/" + name, PartialDate.ofMonth(2014, 3), "text", text, Grade.parse("B2"),
                List.of(new Field("Part of", "Islamic Front", 0, 22), new Field("Founded", "2011", 23, 36)));
    }

    static final String TEXT = "Part of: Islamic Front\nFounded: 2011\n"
            + "Ahrar al-Sham joined the Islamic Front in November 2013. It fought ISIS on 3 January 2014. "
            + "Ahrar al-Sham was founded in 2011. It did not join Jaysh al-Izza. Its ideology is Salafism.";

    static Evidence evidence(Document d, String phrase) {
        int start = d.text().indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        return new Evidence(d.id(), d.name(), start, start + phrase.length(), phrase);
    }

    /** Claims that use every field: each date precision, a null object, a literal, negation, hedging, grades. */
    static List<Claim> claims(Document d) {
        List<Claim> out = new ArrayList<>();
        out.add(Claim.extracted(Ref.of(AHRAR, "Ahrar al-Sham"), Relation.MEMBER_OF,
                Ref.of(ISLAMIC_FRONT, "the Islamic Front"), PartialDate.ofMonth(2013, 11), PartialDate.ofYear(2015),
                null, false, false, 0.9, evidence(d, "Ahrar al-Sham joined the Islamic Front in November 2013."),
                "rule:joined", Grade.parse("B2")));
        out.add(Claim.extracted(Ref.of(AHRAR, "It"), Relation.FOUGHT, Ref.of(ISIL, "ISIS"), null, null,
                PartialDate.ofDay(2014, 1, 3), false, true, 0.55, evidence(d, "It fought ISIS on 3 January 2014."),
                "rule:fought", Grade.parse("C3")));
        out.add(Claim.extracted(Ref.of(AHRAR, "Ahrar al-Sham"), Relation.FOUNDED, null, null, null,
                PartialDate.ofYear(2011), false, false, 1.0, evidence(d, "Ahrar al-Sham was founded in 2011."),
                "infobox:founded", null));
        out.add(Claim.extracted(Ref.of(AHRAR, "It"), Relation.MEMBER_OF, Ref.of(JAYSH_AL_IZZA, "Jaysh al-Izza"),
                null, null, null, true, false, 0.7, evidence(d, "It did not join Jaysh al-Izza."), "rule:joined",
                Grade.UNKNOWN));
        out.add(Claim.extracted(Ref.of(AHRAR, "Its"), Relation.IDEOLOGY, Ref.literal("Salafism"), null, null, null,
                false, false, 0.0, evidence(d, "Its ideology is Salafism."), "rule:ideology", Grade.parse("A1")));
        return out;
    }

    static List<Entity> entities() {
        return List.of(AHRAR, ISLAMIC_FRONT, ISIL, JAYSH_AL_IZZA);
    }
}
