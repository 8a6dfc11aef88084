package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.factiongraph.extract.Texts.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency-parse reading: grammatical roles the surface rules miss. Each case checks that the extractor
 * without a parse ({@code --no-parse}) finds the claim by no rule (at most as a guess of
 * {@link UnclaimedMentions}) and the parsing one ({@code --parse}) finds it by the parse, so the layer is what
 * reads it.
 */
class DependencyRolesTest {
    private static Extractor surface;
    private static Extractor parsing;

    @BeforeAll
    static void load() {
        surface = Extractor.create(ExtractorOptions.defaults().withParseShare(0));
        parsing = Extractor.create(ExtractorOptions.defaults().withParseShare(ExtractorOptions.PARSE_ALL));
    }

    private static List<Claim> extract(Extractor ex, String body) throws Exception {
        return Texts.extraction(ex, "dep.txt", "2016-06-15", body).claims();
    }

    private static void onlyWithParse(String body, String subject, Relation rel, String object)
            throws Exception {
        List<Claim> plain = extract(surface, body);
        List<Claim> parsed = extract(parsing, body);
        assertFalse(plain.stream().anyMatch(c -> has(List.of(c), subject, rel, object) && !guess(c)),
                "surface rules already find it: " + plain);
        assertTrue(parsed.stream().anyMatch(c -> has(List.of(c), subject, rel, object)
                && c.method().startsWith("rule:dep-")), parsed.toString());
    }

    private static boolean guess(Claim c) {
        return c.method().equals("rule:" + UnclaimedMentions.NEAREST_METHOD)
                || c.method().equals("rule:" + UnclaimedMentions.TOPIC_METHOD);
    }

    @Test
    void aLowerCaseFrontAfterALocativeIsAFrontLineNotTheFrontOfAName() throws Exception {
        List<Claim> cs = extract(parsing, "The Tell Marah operations room was set up by Jabhat al-Nusra and the Islamic "
                + "Front. Liwa al-Haqq and Liwa Marah fight alongside them on this front but are not formally members.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic Front"), cs.toString());
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic Front"), cs.toString());
        cs = extract(parsing, "Jaysh al-Izza and the Islamic Front took Morek. Liwa al-Haqq fights on this front.");
        assertFalse(has(cs, "Liwa al-Haqq", Relation.FOUGHT, "Islamic Front"), cs.toString());
    }

    @Test
    void whoFoughtTogetherWithTheDoersIsNoEnemy() throws Exception {
        List<Claim> cs = extract(parsing, "Liwa Marah fought Daesh east of Suwayda together with Jaysh al-Izza.");
        assertFalse(has(cs, "Liwa Marah", Relation.FOUGHT, "Jaysh al-Izza"), cs.toString());
        assertTrue(has(cs, "Liwa Marah", Relation.FOUGHT, "Islamic State"), cs.toString());
    }

    @Test
    void unitsInARelativeClauseOfAnAppositionOperateWhereTheClauseSays() throws Exception {
        onlyWithParse("Liwa al-Ansar and Harakat al-Nour al-Islamiya, two smaller units that had been operating "
                + "west of Aleppo city since 2012, joined.", "Liwa al-Ansar", Relation.OPERATES_IN, "Aleppo");
    }

    @Test
    void groupsListedAmongBrigadesPlacedInARegionOperateThere() throws Exception {
        onlyWithParse("Several rebel brigades in the western countryside of Aleppo, among them the Nour al-Din "
                        + "al-Zenki Movement and the Fastaqim Kama Umirt Union, have pooled their forces.",
                "Nour al-Din al-Zenki Movement", Relation.OPERATES_IN, "Aleppo");
    }

    @Test
    void cooperatingWithAGroupAfterAnAdverbialIsAnAlliance() throws Exception {
        onlyWithParse("Division 13 has at times worked together with Jabhat al-Nusra and Ahrar al-Sham.",
                "Division 13", Relation.ALLIED_WITH, "Ahrar al-Sham");
    }

    @Test
    void whoWasDrivenOutOfAPlaceHadBeenThere() throws Exception {
        onlyWithParse("Last year the rebels evicted the Islamic State of Iraq and the Levant out of much of Aleppo "
                + "province.", "Islamic State", Relation.OPERATES_IN, "Aleppo Governorate");
    }

    @Test
    void aNegatedVerbPlacesNobody() throws Exception {
        List<Claim> parsed = extract(parsing, "Liwa al-Ansar and Harakat al-Nour al-Islamiya, two units that "
                + "had never operated west of Aleppo city, joined.");
        assertFalse(has(parsed, "Liwa al-Ansar", Relation.OPERATES_IN, "Aleppo"), parsed.toString());
    }

    @Test
    void byDefaultALongSentenceThatWouldTakeMoreThanTheDocumentsShareIsNotParsed() throws Exception {
        String shortOne = "Division 13 has at times worked together with Jabhat al-Nusra and Ahrar al-Sham.";
        String longOne = "In the months after the fall of the northern town, when the front line had moved south "
                + "and the old commanders had left for Turkey, Division 13 has at times worked together with Jabhat "
                + "al-Nusra and Ahrar al-Sham.";
        Extractor byDefault = GoldSets.extractor();
        assertTrue(has(extract(byDefault, shortOne), "Division 13", Relation.ALLIED_WITH, "Ahrar al-Sham"));
        assertFalse(has(extract(byDefault, longOne), "Division 13", Relation.ALLIED_WITH, "Ahrar al-Sham"));
        assertTrue(has(extract(parsing, longOne), "Division 13", Relation.ALLIED_WITH, "Ahrar al-Sham"));
    }

    @Test
    void aPartnershipUnderADenialIsNotRead() throws Exception {
        String body = "The SDF, an alliance of Kurdish and Arab groups, holds Raqqa. An SDF spokesman denied on "
                + "Tuesday that the alliance was coordinating with the Syrian government in the province.";
        List<Claim> parsed = extract(parsing, body);
        assertTrue(parsed.stream().noneMatch(c -> c.relation() == Relation.ALLIED_WITH && !c.negated()),
                parsed.toString());
    }

    @Test
    void forcesTakenToAPlaceAreNotCaptured() throws Exception {
        List<Claim> parsed = extract(parsing, "In 2017 Iran took Liwa Nusur al-Badiya units, together with Jaysh"
                + " al-Izza, to Deir ez-Zor.");
        assertTrue(parsed.stream().noneMatch(c -> c.relation() == Relation.FOUGHT), parsed.toString());
    }

    @Test
    void anActorSaidToBeAbsentFromAPlaceDoesNotOperateThere() throws Exception {
        for (String body : List.of("There is no Daesh in Kafr Zita, not a single fighter.",
                "In Kafr Zita, Jaysh al-Izza has no real presence.",
                "Jaysh al-Izza denied reports that its fighters had entered Kafr Zita alongside the army.",
                "Reports on local websites that Jaysh al-Izza fighters had arrived in Kafr Zita were denied by a "
                        + "source close to the group.")) {
            List<Claim> parsed = extract(parsing, body);
            assertTrue(parsed.stream().noneMatch(c -> c.relation() == Relation.OPERATES_IN && !c.negated()),
                    parsed.toString());
        }
        List<Claim> parsed = extract(parsing, "In Kafr Zita, Jaysh al-Izza has a strong presence.");
        assertTrue(parsed.stream().anyMatch(c -> c.relation() == Relation.OPERATES_IN && !c.negated()),
                parsed.toString());
    }
}
