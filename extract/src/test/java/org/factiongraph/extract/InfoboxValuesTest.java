package org.factiongraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InfoboxValuesTest {
    private static final Set<String> KNOWN = Set.of("Southern Front", "Syrian Arab Army", "Israel Defense Forces",
            "Deir ez-Zor", "Deir ez-Zor Governorate", "Aleppo", "Aleppo Governorate", "Kurdish Front",
            "Damascus");

    @Test
    void itemsShareTheLastItemsPluralHead() {
        assertEquals(List.of("Farouq Brigade", "Tawhid Brigade"), Infobox.values("Farouq and Tawhid Brigades"));
        assertEquals(List.of("Deir ez-Zor Governorate", "Aleppo Governorate", "Raqqa Governorate"),
                Infobox.values("Deir ez-Zor, Aleppo, and Raqqa Governorates", KNOWN::contains));
    }

    @Test
    void aListOfWholeNamesKeepsEachNameAsWritten() {
        assertEquals(List.of("Southern Front", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Israel Defense Forces"),
                Infobox.values("Southern Front, Hayat Tahrir al-Sham, Syrian Arab Army, Israel Defense Forces",
                        KNOWN::contains));
        assertEquals(List.of("Southern Front", "Syrian Arab Army", "Lions Force"),
                Infobox.values("Southern Front, Syrian Arab Army and Lions Forces", KNOWN::contains));
    }

    @Test
    void aKnownNameEndingInSIsNoPluralHead() {
        assertEquals(List.of("Eastern Ghouta", "Darayya", "Moadamiyet al-Sham", "southern Damascus"),
                Infobox.values("Eastern Ghouta, Darayya, Moadamiyet al-Sham, southern Damascus", KNOWN::contains));
    }
}
