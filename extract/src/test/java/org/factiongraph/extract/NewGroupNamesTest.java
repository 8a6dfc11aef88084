package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names the dictionary lacks: what becomes a new group and what does not. */
class NewGroupNamesTest {

    private static Extraction extraction(String name, String date, String body) throws Exception {
        return Texts.extraction(GoldSets.extractor(), name, date, body);
    }

    @Test
    void peopleOfAKnownGroupAreNoNewGroup() throws Exception {
        Extraction x = extraction("names.txt", "2016-08-22",
                "Officers of the Iranian Revolutionary Guard Corps (IRGC) are believed to have designed the "
                + "force. The National Defence Forces were backed by the IRGC.");
        assertTrue(x.entities().stream().noneMatch(e -> e.canonicalName().startsWith("Officers")),
                x.entities().toString());
        List<Claim> cs = x.claims();
        assertTrue(cs.stream().anyMatch(c -> c.object() != null
                && c.object().name().equals("Islamic Revolutionary Guard Corps")), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().startsWith("Officers")
                || c.object() != null && c.object().name().startsWith("Officers")), cs.toString());
    }

    @Test
    void aKnownNameWithFiAndAPlaceIsAnotherGroupOfTheSameKind() throws Exception {
        // a place the dictionary holds no such coalition for (its Qalamoun one is a dictionary entry)
        Extraction x = extraction("fi.txt", "2015-05-10", "The Nusra Front joined Jaish al-Fatah fi Hama "
                + "(the Army of Conquest in Hama) in May. The Army of Conquest in Hama attacked Hezbollah.");
        List<Claim> cs = x.claims();
        assertTrue(Texts.has(cs, "al-Nusra Front", org.factiongraph.model.Relation.MEMBER_OF,
                "Jaish al-Fatah fi Hama"), cs.toString());
        assertTrue(Texts.has(cs, "Jaish al-Fatah fi Hama", org.factiongraph.model.Relation.FOUGHT,
                "Hezbollah"), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().equals("Jaysh al-Fatah")
                || c.object() != null && c.object().name().equals("Jaysh al-Fatah")), cs.toString());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoPartOfTheNewGroupsName() throws Exception {
        for (String opener : List.of("Soon", "Instead", "There", "Afterwards")) {
            List<Claim> cs = extraction("opener.txt", "2018-05-21",
                    opener + " Liwa Marah fought Jaysh al-Izza near Morek.").claims();
            assertTrue(cs.stream().anyMatch(c -> c.subject().name().equals("Liwa Marah")
                    && c.object() != null && c.object().name().equals("Jaysh al-Izza")), opener + ": " + cs);
        }
    }

    @Test
    void anArabicNameWithAKnownGroupsEnglishNameInParenthesesIsThatGroup() throws Exception {
        List<Claim> cs = extraction("translated.txt", "2013-01-15", "The base fell to Jabhat al-Nusra, joined by "
                + "al-Tali'a al-Islamiya (the Islamic Vanguard), a member of the Syrian Islamic Front.").claims();
        assertTrue(cs.stream().anyMatch(c -> c.subject().name().equals("Jama'at al-Tali'a al-Islamiya")
                && c.object() != null && c.object().name().equals("Syrian Islamic Front")), cs.toString());
        cs = extraction("translated.txt", "2013-01-15", "Ahmad Othman (the Sultan Murad Division) spoke.").claims();
        assertTrue(cs.stream().anyMatch(c -> c.subject().name().equals("Sultan Murad Division")
                && c.object() != null && c.object().name().equals("Ahmad Othman")), cs.toString());
    }

    @Test
    void aKnownAcronymWrittenWithAHyphenIsOneMention() throws Exception {
        List<Claim> cs = extraction("acronym.txt", "2018-05-21",
                "The PFLP-GC fought in Yarmouk.").claims();
        assertTrue(cs.stream().anyMatch(c -> c.subject().name().startsWith("Popular Front for the Liberation of "
                + "Palestine")), cs.toString());
    }

    @Test
    void aRankIsNoShortFormOfAGroupNamedWithIt() throws Exception {
        List<Claim> cs = extraction("rank.txt", "2018-05-21", "The army and the Popular Front for the Liberation of "
                + "Palestine – General Command (PFLP-GC) fought through Hajar al-Aswad. Army spokesman Brigadier "
                + "General Ali Mayhoub said troops had cleansed Hajar al-Aswad and Tadamon.").claims();
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().equals("General Command")), cs.toString());
    }

    @Test
    void anOrdinalOpensAUnitsName() throws Exception {
        List<Claim> cs = extraction("ordinal.txt", "2015-11-30",
                "The 1st Coastal Division, a Free Syrian Army unit, fought Russian forces in Latakia.").claims();
        assertTrue(cs.stream().anyMatch(c -> c.subject().name().equals("1st Coastal Division")
                && c.relation() == org.factiongraph.model.Relation.MEMBER_OF
                && c.object().name().equals("Free Syrian Army")), cs.toString());
    }

    @Test
    void aSentenceOpeningAdverbIsNoPartOfTheNameAfterIt() throws Exception {
        List<Claim> cs = extraction("today.txt", "2020-11-30",
                "Today the 1st Coastal Division controls much of the Latakia countryside.").claims();
        assertTrue(cs.stream().anyMatch(c -> c.subject().name().equals("1st Coastal Division")
                && c.relation() == org.factiongraph.model.Relation.OPERATES_IN), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().startsWith("Today")), cs.toString());
    }

    @Test
    void theVerbThatOpensAQuestionIsNoPartOfTheNameAfterIt() throws Exception {
        List<Claim> cs = extraction("question.txt", "2020-11-30",
                "Q: Is the 1st Coastal Division part of the army? It controls much of the Latakia countryside.")
                .claims();
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().startsWith("Is ")), cs.toString());
    }

    @Test
    void aNameOpeningWithTheArabicWordForAllianceIsANewCoalitionAndNoShortFormOfTheGroupItsWordsRecall()
            throws Exception {
        Extraction x = extraction("hilf.txt", "2018-05-03",
                "In May, Hurras al-Din and Ansar al-Tawhid said they had formed a new alliance, Hilf Nusrat al-Din.");
        assertTrue(x.entities().stream().anyMatch(e -> e.canonicalName().equals("Hilf Nusrat al-Din")
                && e.kind() == org.factiongraph.model.EntityKind.COALITION), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.canonicalName().equals("al-Nusra Front")),
                x.entities().toString());
    }

    @Test
    void aNameTheTextCallsACoalitionIsACoalitionWhateverItsHeadWord() throws Exception {
        Extraction x = extraction("called.txt", "2014-01-07",
                "Rebel brigades have pooled their forces in a new coalition called Jaysh al-Furqan al-Jadid. The "
                + "coalition said it would fight ISIS.");
        assertTrue(x.entities().stream().anyMatch(e -> e.canonicalName().equals("Jaysh al-Furqan al-Jadid")
                && e.kind() == org.factiongraph.model.EntityKind.COALITION), x.entities().toString());
        assertTrue(x.claims().stream().anyMatch(c -> c.relation() == org.factiongraph.model.Relation.FOUGHT
                && c.subject().name().equals("Jaysh al-Furqan al-Jadid")), x.claims().toString());
    }

    @Test
    void aNewNamesFirstWordStaysTheShortFormOfTheKnownGroupItShares() throws Exception {
        List<Claim> cs = extraction("farouq.txt", "2013-06-01",
                "The Farouq Brigades were founded in Homs. Several of Farouq's more religious battalions broke "
                + "away to form the Farouq Islamic Battalions. Farouq fighters later seized Bab al-Hawa.").claims();
        assertTrue(Texts.has(cs, "Farouq Islamic Battalions", org.factiongraph.model.Relation.SPLIT_FROM,
                "Farouq Brigades"), cs.toString());
        assertTrue(Texts.has(cs, "Farouq Brigades", org.factiongraph.model.Relation.OPERATES_IN, "Bab al-Hawa"),
                cs.toString());
    }

    @Test
    void aNewNameOfAnArabicTypeWordAndOneWordIsLaterCalledByThatWord() throws Exception {
        List<Claim> cs = extraction("qaswara.txt", "2016-03-14", "Liwa Qaswara first appeared in June 2013. In 2014"
                + " Qaswara fought alongside Hezbollah in Jobar. It receives weapons from the Syrian Arab Army. Arab"
                + " volunteers fight for Assad in Qalamoun.").claims();
        assertTrue(Texts.has(cs, "Liwa Qaswara", org.factiongraph.model.Relation.ALLIED_WITH, "Hezbollah"),
                cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.subject().name().startsWith("Arab")), cs.toString());
    }

    @Test
    void aBodyNamedAfterItsPlaceIsANewGroupNotThePlace() throws Exception {
        Extraction x = extraction("names.txt", "2015-06-01", "In May, Faylaq al-Sham joined Liwa al-Haqq and "
                + "several smaller brigades in establishing the Joint Military Command of Idlib.");
        assertTrue(x.entities().stream().anyMatch(e -> e.canonicalName().equals("Joint Military Command of Idlib")
                && e.kind().isUmbrella()), x.entities().toString());
        assertTrue(Texts.has(x.claims(), "Faylaq al-Sham", org.factiongraph.model.Relation.MEMBER_OF,
                "Joint Military Command of Idlib"), x.claims().toString());
    }

    @Test
    void anEmirateIsAGroupNameButTheEmiratesStayAState() throws Exception {
        Extraction x = extraction("names.txt", "2014-02-01", "Its fighters pledged allegiance to the Caucasus "
                + "Emirate, the North Caucasian jihadist organisation then led by Doku Umarov. The United Arab "
                + "Emirates backed the Southern Front.");
        assertTrue(Texts.has(x.claims(), "Caucasus Emirate", org.factiongraph.model.Relation.LED_BY, "Doku Umarov"),
                x.claims().toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.canonicalName().equals("United Arab Emirates")
                && e.kind() == org.factiongraph.model.EntityKind.STATE), x.entities().toString());
    }

    @Test
    void theRegimeIsTheSyrianGovernmentButARegimeChangeIsNoActor() throws Exception {
        List<Claim> cs = extraction("regime.txt", "2018-02-16", "The regime, backed by Russian air power, "
                + "controls the western bank of the river. Regime positions near Khasham were shelled.").claims();
        assertTrue(Texts.has(cs, "Syrian government", org.factiongraph.model.Relation.SUPPORTED_BY, "Russia"),
                cs.toString());
        List<Claim> none = extraction("regime2.txt", "2018-02-16", "Critics of a regime that jails "
                + "journalists met in Geneva.").claims();
        assertTrue(none.stream().noneMatch(c -> c.subject().name().equals("Syrian government")), none.toString());
    }

    @Test
    void aPluralPossessiveInsideANameAndAProtectionForcesHeadMakeANewGroup() throws Exception {
        List<Claim> cs = extraction("hsnb.txt", "2017-06-21", "Fighters from the council's women's wing, the "
                + "Bethnahrain Women's Protection Forces (HSNB), which was set up in 2015, are deployed on the Raqqa "
                + "front.").claims();
        assertTrue(cs.stream().anyMatch(c -> c.relation() == org.factiongraph.model.Relation.FOUNDED
                && c.subject().name().equals("Bethnahrain Women's Protection Forces")
                && "2015".equals(String.valueOf(c.at()))), cs.toString());
    }

    @Test
    void aNameAnAppositionCallsAUnitIsANewGroup() throws Exception {
        Extraction x = extraction("hunters.txt", "2017-09-10", "They were joined by the so-called Qasimiya Hunters, "
                + "a unit of the Fifth Corps trained by Russian advisers.");
        assertTrue(x.entities().stream().anyMatch(e -> e.canonicalName().equals("Qasimiya Hunters")
                && e.kind() == org.factiongraph.model.EntityKind.ARMED_GROUP), x.entities().toString());
        assertTrue(Texts.has(x.claims(), "Qasimiya Hunters", org.factiongraph.model.Relation.MEMBER_OF,
                "Fifth Corps"), x.claims().toString());
    }

    @Test
    void aNameAGroupCallsItselfOrIsCalledIsANewGroupUnlessTheGroupIsACivilianOne() throws Exception {
        Extraction x = extraction("called.txt", "2021-09-10", "A shadowy group calling itself the Popular Resistance "
                + "carried out attacks on regime checkpoints in Daraa. A militia known as the Sea Commandos fought "
                + "alongside government forces in Latakia. A rights group called the Syrian Network said civilians "
                + "had been killed.");
        List<Claim> cs = x.claims();
        assertTrue(Texts.has(cs, "Popular Resistance", org.factiongraph.model.Relation.FOUGHT, "Syrian government"),
                cs.toString());
        assertTrue(Texts.has(cs, "Sea Commandos", org.factiongraph.model.Relation.ALLIED_WITH, "Syrian government"),
                cs.toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.canonicalName().contains("Syrian Network")),
                x.entities().toString());
    }

    @Test
    void aSpokesmanForAGroupOrAClauseAfterAPersonMakesNoNewGroup() throws Exception {
        Extraction x = extraction("spokesman.txt", "2017-09-10", "Major Hamid al-Rakkan, a spokesman for the "
                + "alliance, said the army had withdrawn. Led for years by the Saudi Abu Hamza al-Qahtani, the group "
                + "fought in Idlib. Abu Omar al-Halabi, a brigade commander, was killed.");
        assertTrue(x.entities().stream().noneMatch(e -> e.kind() == org.factiongraph.model.EntityKind.ARMED_GROUP
                && (e.canonicalName().contains("Rakkan") || e.canonicalName().contains("Qahtani")
                || e.canonicalName().contains("Halabi"))), x.entities().toString());
    }
}
