package org.factiongraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Invariants of the actor dictionary data file ({@code actors.jsonl}), checked by parsing it directly with Jackson so
 * that the data is validated independently of the loader: names and kinds only, no relations or event dates, no name
 * that two entries share after normalisation.
 */
final class ActorDataInvariantsTest {

    private static final String RESOURCE = "/org/factiongraph/extract/actors.jsonl";
    private static final Set<String> FIELDS = Set.of("kind", "name", "aliases", "acronyms", "short", "former");
    private static final Set<String> FORMER_FIELDS = Set.of("name", "from", "until");
    private static final List<String> GOVERNORATES = List.of(
            "Aleppo Governorate", "Idlib Governorate", "Raqqa Governorate", "Deir ez-Zor Governorate",
            "Hama Governorate", "Homs Governorate", "Daraa Governorate", "Quneitra Governorate",
            "As-Suwayda Governorate", "Latakia Governorate", "Tartus Governorate", "Damascus Governorate",
            "Rif Dimashq Governorate", "Al-Hasakah Governorate");

    private static List<String> lines;
    private static List<JsonNode> entries;

    @BeforeAll
    static void readFile() throws IOException {
        byte[] bytes;
        try (InputStream in = ActorDataInvariantsTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "resource " + RESOURCE + " is missing");
            bytes = in.readAllBytes();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("actors.jsonl is not valid UTF-8", e);
        }
        lines = List.of(text.split("\n", -1));
        ObjectMapper json = new ObjectMapper();
        entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == lines.size() - 1 && line.isEmpty()) {
                continue; // the newline that ends the last line
            }
            try {
                entries.add(json.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void everyLineIsAJsonObjectWithOnlyNameAndKindFields() {
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String where = "line " + (i + 1);
            assertTrue(e.isObject(), where + " is not a JSON object");
            Iterator<String> names = e.fieldNames();
            while (names.hasNext()) {
                String f = names.next();
                assertTrue(FIELDS.contains(f), where + " has field '" + f + "': only " + FIELDS + " are allowed");
            }
            for (String list : List.of("aliases", "acronyms", "short", "former")) {
                if (e.has(list)) {
                    assertTrue(e.get(list).isArray(), where + ": " + list + " must be an array");
                }
            }
            for (String list : List.of("aliases", "acronyms", "short")) {
                for (JsonNode s : e.path(list)) {
                    assertTrue(s.isTextual() && !s.asText().isBlank(), where + ": " + list + " holds a non-name " + s);
                    assertEquals(s.asText().strip(), s.asText(), where + ": untrimmed " + list + " entry " + s);
                }
            }
        }
    }

    @Test
    void everyEntryHasAValidKindAndANonBlankName() {
        Set<String> wires = new HashSet<>();
        for (EntityKind k : EntityKind.values()) {
            wires.add(k.wire());
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            assertTrue(e.path("kind").isTextual() && wires.contains(e.path("kind").asText()),
                    "line " + (i + 1) + " has kind " + e.path("kind") + ", not one of " + wires);
            String name = e.path("name").asText("");
            assertTrue(e.path("name").isTextual() && !name.isBlank(), "line " + (i + 1) + " has no name");
            assertEquals(name.strip(), name, "line " + (i + 1) + " has an untrimmed name");
            assertTrue(!NameNormalizer.key(name).isEmpty(), "line " + (i + 1) + ": name has no letters: " + name);
        }
    }

    @Test
    void dictionaryHoldsAtLeastFourHundredEntries() {
        assertTrue(entries.size() >= 400, "only " + entries.size() + " entries");
    }

    @Test
    void everySyrianGovernorateIsAPlace() {
        Map<String, String> placeKinds = new HashMap<>();
        for (JsonNode e : entries) {
            for (String n : names(e)) {
                placeKinds.put(NameNormalizer.key(n), e.path("kind").asText());
            }
        }
        for (String g : GOVERNORATES) {
            assertEquals("place", placeKinds.get(NameNormalizer.key(g)), "governorate missing or not a place: " + g);
        }
    }

    @Test
    void noTwoEntriesShareANormalisedNameAliasShortFormOrFormerName() {
        Map<String, Integer> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            List<String> all = names(e);
            for (JsonNode a : e.path("acronyms")) {
                all.add(a.asText());
            }
            for (String n : all) {
                String key = NameNormalizer.key(n);
                assertTrue(!key.isEmpty(), "line " + (i + 1) + ": a name without letters: '" + n + "'");
                Integer prev = owner.putIfAbsent(key, i);
                if (prev != null && prev != i) {
                    clashes.add("'" + n + "' (" + key + ") names both " + entries.get(prev).path("name").asText()
                            + " and " + e.path("name").asText());
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    @Test
    void acronymsAreUpperCaseTokensOwnedByOneEntry() {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode e : entries) {
            String name = e.path("name").asText();
            for (JsonNode a : e.path("acronyms")) {
                String acr = a.asText();
                assertEquals(acr.toUpperCase(Locale.ROOT), acr, "acronym not upper-case: " + acr + " of " + name);
                assertTrue(acr.chars().noneMatch(Character::isWhitespace), "acronym with a space: " + acr);
                assertTrue(acr.chars().anyMatch(Character::isLetter), "acronym without letters: " + acr);
                String prev = owner.putIfAbsent(acr, name);
                assertTrue(prev == null || prev.equals(name), "acronym " + acr + " of both " + prev + " and " + name);
            }
        }
    }

    @Test
    void formerNamesAreDateBoundedWithPartialDatesInOrder() {
        int formers = 0;
        for (JsonNode e : entries) {
            String name = e.path("name").asText();
            for (JsonNode f : e.path("former")) {
                formers++;
                assertTrue(f.isObject(), "former name of " + name + " is not an object: " + f);
                Iterator<String> fields = f.fieldNames();
                while (fields.hasNext()) {
                    String field = fields.next();
                    assertTrue(FORMER_FIELDS.contains(field), "former name of " + name + " has field " + field);
                }
                assertTrue(f.path("name").isTextual() && !f.path("name").asText().isBlank(),
                        "former name of " + name + " without a name");
                assertTrue(f.has("from") || f.has("until"), "former name " + f + " of " + name + " has no bound");
                PartialDate from = date(f, "from", name);
                PartialDate until = date(f, "until", name);
                if (from != null && until != null) {
                    assertTrue(!from.isAfter(until), "former name " + f + " of " + name + " ends before it starts");
                }
            }
        }
        assertTrue(formers > 0, "no former names at all: the date fields went unchecked");
    }

    private static PartialDate date(JsonNode former, String field, String owner) {
        if (!former.has(field)) {
            return null;
        }
        JsonNode v = former.get(field);
        if (!v.isTextual()) {
            fail(field + " of a former name of " + owner + " is not a string: " + v);
        }
        try {
            return PartialDate.parse(v.asText());
        } catch (IllegalArgumentException ex) {
            throw new AssertionError(field + " of a former name of " + owner + ": " + ex.getMessage(), ex);
        }
    }

    /** Name, aliases, short forms and former names of one entry: everything matched by normalised key. */
    private static List<String> names(JsonNode e) {
        List<String> out = new ArrayList<>();
        out.add(e.path("name").asText());
        for (JsonNode a : e.path("aliases")) {
            out.add(a.asText());
        }
        for (JsonNode a : e.path("short")) {
            out.add(a.asText());
        }
        for (JsonNode f : e.path("former")) {
            out.add(f.path("name").asText());
        }
        return out;
    }
}
