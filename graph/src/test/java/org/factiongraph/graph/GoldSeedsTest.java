package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks on the hand-annotated gold claims themselves (skipped when seeds.jsonl is absent). */
class GoldSeedsTest {

    private static KnowledgeGraph graph;
    private static Map<String, Entity> byKey;

    @BeforeAll
    static void load() throws IOException {
        Path seeds = Path.of(System.getProperty("factiongraph.gold", "../../shared/gold")).resolve("seeds.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(seeds),
                "gold seeds not found at " + seeds.toAbsolutePath() + " (set -Dfactiongraph.gold=DIR); skipping");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(seeds, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(json.readTree(line));
            }
        }
        Map<String, EntityKind> kinds = new HashMap<>();
        for (JsonNode r : rows) {
            JsonNode o = r.get("object");
            if (o != null && o.isArray()) {
                EntityKind k = switch (r.get("relation").asText()) {
                    case "operates_in" -> EntityKind.PLACE;
                    case "ideology" -> EntityKind.IDEOLOGY;
                    case "led_by" -> EntityKind.PERSON;
                    default -> EntityKind.ARMED_GROUP;
                };
                kinds.putIfAbsent(NameNormalizer.key(o.get(0).asText()), k);
            }
        }
        byKey = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        int n = 0;
        for (JsonNode r : rows) {
            Entity s = entity(r.get("subject"), kinds);
            JsonNode o = r.get("object");
            Entity obj = o == null || o.isNull() ? null : entity(o, kinds);
            String doc = r.get("doc").asText();
            claims.add(new Claim(null, Ref.of(s, s.canonicalName()), Relation.parse(r.get("relation").asText()),
                    obj == null ? null : Ref.of(obj, obj.canonicalName()), date(r, "start"), date(r, "end"),
                    date(r, "at"), "negated".equals(r.path("status").asText()), false, 0.9,
                    new Evidence(doc, doc, n, n + 1, r.path("evidence").asText()), "gold", null,
                    ReviewStatus.UNREVIEWED, null, null));
            n++;
        }
        graph = KnowledgeGraph.build(byKey.values(), claims, List.of());
    }

    private static Entity entity(JsonNode names, Map<String, EntityKind> kinds) {
        String canonical = names.get(0).asText();
        String key = NameNormalizer.key(canonical);
        return byKey.computeIfAbsent(key, k -> {
            List<Name> all = new ArrayList<>();
            names.forEach(x -> all.add(Name.of(x.asText())));
            EntityKind kind = kinds.getOrDefault(k, EntityKind.ARMED_GROUP);
            return new Entity(Entity.idFor(kind, canonical), canonical, kind, all);
        });
    }

    private static PartialDate date(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : PartialDate.parse(v.asText());
    }

    private static String id(String name) {
        List<Entity> found = graph.findByName(name);
        assertEquals(1, found.size(), name + " -> " + found);
        return found.get(0).id();
    }

    @Test
    void goldRosterOfJundAlMalahimInNovember2015HasTheThreeGroupsAndNotJayshAlIslam() {
        Set<String> members = graph.roster(id("Jund al Malahim"), PartialDate.parse("2015-11")).stream()
                .map(r -> r.member().canonicalName()).collect(Collectors.toSet());
        assertEquals(Set.of("al-Nusra Front", "Ahrar al-Sham", "Ajnad al-Sham"), members);
    }

    @Test
    void goldNetworkInJune2014HasFastaqimInsideTheArmyOfMujahideen() {
        String f = id("Fastaqim");
        String aom = id("Army of Mujahideen");
        assertTrue(graph.network(PartialDate.parse("2014-06"), Set.of(Relation.MEMBER_OF), Set.of()).edges()
                .stream().anyMatch(e -> e.subjectId().equals(f) && e.objectId().equals(aom)));
    }

    @Test
    void goldTimelineOfFastaqimIsInOrder() {
        List<String> t = graph.timeline(id("Fastaqim")).stream()
                .filter(e -> e.date() != null)
                .map(e -> e.date() + " " + e.kind() + (e.otherName() == null ? "" : " " + e.otherName()))
                .toList();
        List<String> expected = List.of("2012-12 FOUNDED", "2014-01 JOINED Army of Mujahideen",
                "2014-12 LEFT Army of Mujahideen", "2015-04 LEFT Levant Front",
                "2016-11 FOUGHT Nour al-Din al-Zenki Movement");
        int last = -1;
        for (String e : expected) {
            int i = t.indexOf(e);
            assertTrue(i > last, e + " missing or out of order in " + t);
            last = i;
        }
    }
}
