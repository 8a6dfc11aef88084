package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Field;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the whole extractor on small hand-written documents (not the evaluation texts). */
class ExtractorTest {

    private static Document news(String text, PartialDate date) {
        return new Document("id-" + text.hashCode(), "t.txt", null, null, null, date, "text", text, null, List.of());
    }

    private static boolean has(List<Claim> cs, String subject, Relation r, String object, boolean negated) {
        return cs.stream().anyMatch(c -> c.relation() == r && c.negated() == negated
                && (c.subject().name().equals(subject) || c.subject().mention().equals(subject))
                && (object == null ? c.object() == null
                : c.object() != null && (c.object().name().equals(object) || c.object().mention().equals(object))));
    }

    @Test
    void aCoordinatedMemberListGivesOneMembershipPerGroupWithTheFoundingDate() {
        String text = "Three rebel groups have formed a new operations room called Ghadab al-Ahrar Operations Room "
                + "on March 3. The groups are Liwa Suqour al-Jabal, Jaysh al-Nasr and Harakat Nour al-Hurriya.";
        List<Claim> cs = GoldSets.extractor().extract(news(text, PartialDate.parse("2016-03-10"))).claims();
        for (String g : List.of("Liwa Suqour al-Jabal", "Jaysh al-Nasr", "Harakat Nour al-Hurriya")) {
            assertTrue(has(cs, g, Relation.MEMBER_OF, "Ghadab al-Ahrar Operations Room", false), g + " in " + cs);
        }
    }

    @Test
    void absenceIsExtractedAsANegatedMembership() {
        String text = "Notably absent from Jaysh al-Fatah is Jaysh al-Islam, the largest group near Damascus.";
        List<Claim> cs = GoldSets.extractor().extract(news(text, PartialDate.parse("2015-04-01"))).claims();
        assertTrue(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Jaysh al-Fatah", true), cs.toString());
        assertFalse(has(cs, "Jaysh al-Islam", Relation.MEMBER_OF, "Jaysh al-Fatah", false), cs.toString());
    }

    @Test
    void hedgedSupportIsMarkedAndLessConfident() {
        String text = "Jaysh al-Islam is reportedly backed by Saudi Arabia. Jaysh al-Islam was backed by Qatar.";
        List<Claim> cs = GoldSets.extractor().extract(news(text, PartialDate.parse("2015-04-01"))).claims();
        Claim hedged = cs.stream().filter(c -> c.object() != null && c.object().name().equals("Saudi Arabia")).findFirst().orElseThrow();
        Claim plain = cs.stream().filter(c -> c.object() != null && c.object().name().equals("Qatar")).findFirst().orElseThrow();
        assertTrue(hedged.hedged());
        assertFalse(plain.hedged());
        assertTrue(hedged.confidence() < plain.confidence());
    }

    @Test
    void aLaterDepartureClosesTheOpenMembershipInterval() {
        String text = "Jaysh al-Nasr joined the Levant Front in January 2015. Jaysh al-Nasr left in June.";
        List<Claim> cs = GoldSets.extractor().extract(news(text, PartialDate.parse("2015-08-01"))).claims();
        Claim m = cs.stream().filter(c -> c.relation() == Relation.MEMBER_OF).findFirst().orElseThrow();
        assertEquals("2015-01", String.valueOf(m.start()));
        assertEquals("2015-06", String.valueOf(m.end()));
    }

    @Test
    void infoboxAreaDistributesThePluralHeadAndActiveGivesFoundingAndDissolution() {
        String text = "Liwa al-Example\n\nDetails\nActive: 2013-2016\nArea: Idlib, Hama, and Homs Governorates\n\n"
                + "Liwa al-Example was a rebel group.";
        int a = text.indexOf("Active");
        int b = text.indexOf("Area");
        Document d = new Document("wiki1", "w.txt", "Liwa al-Example", "Example Wiki", null, null, "wiki", text, null,
                List.of(new Field("Active", "2013-2016", a, a + 17), new Field("Area", "Idlib, Hama, and Homs Governorates", b, b + 40)));
        Extraction x = GoldSets.extractor().extract(d);
        List<Claim> cs = x.claims();
        assertTrue(has(cs, "Liwa al-Example", Relation.FOUNDED, null, false), cs.toString());
        assertTrue(has(cs, "Liwa al-Example", Relation.DISSOLVED, null, false), cs.toString());
        for (String g : List.of("Idlib Governorate", "Hama Governorate", "Homs Governorate")) {
            assertTrue(has(cs, "Liwa al-Example", Relation.OPERATES_IN, g, false), g + " in " + cs);
        }
        for (Claim c : cs) {
            assertEquals(c.evidence().sentence(), text.substring(c.evidence().start(), c.evidence().end()));
        }
    }

    @Test
    void infoboxValuesCarryTheYearsOfTheirOwnParenthesis() {
        String value = "Free Syrian Army, Syrian Islamic Liberation Front (2012-2013), Islamic Front (2013-present)";
        String text = "Liwa al-Example\n\nDetails\nPart of: " + value + "\n\nLiwa al-Example was a rebel group.";
        int a = text.indexOf("Part of");
        Document d = new Document("wiki2", "w2.txt", "Liwa al-Example", "Example Wiki", null, null, "wiki", text,
                null, List.of(new Field("Part of", value, a, a + 9 + value.length())));
        List<Claim> cs = GoldSets.extractor().extract(d).claims();
        Claim silf = cs.stream().filter(c -> c.relation() == Relation.MEMBER_OF
                && c.object().name().equals("Syrian Islamic Liberation Front")).findFirst().orElseThrow();
        assertEquals("2012", String.valueOf(silf.start()));
        assertEquals("2013", String.valueOf(silf.end()));
        Claim front = cs.stream().filter(c -> c.relation() == Relation.MEMBER_OF
                && c.object().name().equals("Islamic Front")).findFirst().orElseThrow();
        assertEquals("2013", String.valueOf(front.start()));
        assertEquals(null, front.end());
    }

    @Test
    void anInfoboxNameHoldingAndStaysWhole() {
        String value = "Syrian Armed Forces, Islamic State of Iraq and the Levant";
        String text = "Liwa al-Example\n\nDetails\nOpponents: " + value + "\n\nLiwa al-Example was a rebel group.";
        int a = text.indexOf("Opponents");
        Document d = new Document("wiki3", "w3.txt", "Liwa al-Example", "Example Wiki", null, null, "wiki", text,
                null, List.of(new Field("Opponents", value, a, a + 11 + value.length())));
        List<Claim> cs = GoldSets.extractor().extract(d).claims();
        assertTrue(has(cs, "Liwa al-Example", Relation.FOUGHT, "Islamic State", false), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.object() != null && c.object().mention().equals("the Levant")),
                cs.toString());
    }

    @Test
    void aPageThatSaysItMixesFactAndFictionIsGradedF() {
        String text = "Some Group\n\nThis wiki mixes fact and fiction.\n\nJaysh al-Nasr fought Jaysh al-Islam in 2015.";
        Extraction x = GoldSets.extractor().extract(news(text, null));
        assertEquals('F', x.document().grade().reliability());
    }
}
