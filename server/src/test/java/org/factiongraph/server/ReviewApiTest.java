package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Relation;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review endpoints over a fresh {@link TestWorld} per test: changes, their audit entries, undo, errors. */
class ReviewApiTest {

    static final String JUND_EDGE = "member_of|" + TestWorld.JUND.id() + "|" + TestWorld.JAF.id();

    ClaimStore store;
    FactionGraphServer server;
    String doc1;
    String token;
    final ObjectMapper om = new ObjectMapper();

    @BeforeEach
    void start(@TempDir Path dir) {
        store = ClaimStore.openSqlite(dir.resolve("r.db"));
        doc1 = TestWorld.fill(store).get(0);
        token = TestClient.analystToken(store);
        server = FactionGraphServer.start(ServerOptions.of(store).withPort(0));
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    /** As the analyst {@link TestClient#ANALYST}, with an API token. */
    HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        return TestClient.asAnalyst(server.port(), null, token).send(method, path, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode json(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = call(method, path, body == null ? null : "application/json", body);
        assertEquals(expected, r.statusCode(), method + " " + path + " -> " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        return om.readTree(r.body());
    }

    /** Checks a body against a schema of the OpenAPI document the server publishes. */
    void conforms(JsonNode body, String schema) throws Exception {
        JsonNode doc = get("/api/v1/openapi.json");
        List<String> problems = new java.util.ArrayList<>();
        SchemaCheck.check(body, doc.at("/components/schemas/" + schema), doc.at("/components/schemas"), schema,
                problems);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    JsonNode get(String path) throws Exception {
        return json("GET", path, null, 200);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String jundClaim() {
        return store.claims(new ClaimQuery(TestWorld.JUND.id(), Relation.MEMBER_OF, null, false, null)).stream()
                .filter(c -> !c.negated()).findFirst().orElseThrow().id();
    }

    boolean jundEdgeAt(String at) throws Exception {
        return ApiTest.edgeIds(get("/api/v1/graph/network?at=" + at)).contains(JUND_EDGE);
    }

    @Test
    void rejectingTheOnlyClaimOfAnEdgeRemovesItAndUndoBringsItBack() throws Exception {
        String id = jundClaim();
        assertTrue(jundEdgeAt("2015-06"));
        JsonNode r = json("POST", "/api/v1/claims/" + id + "/reject", "{\"note\":\"misread\"}", 200);
        assertEquals("rejected", r.at("/claim/reviewStatus").asText());
        assertEquals("analyst-7", r.at("/audit/who").asText(), "the audit log names the authenticated analyst");
        assertEquals("unreviewed → rejected", r.at("/audit/summary").asText());
        assertFalse(jundEdgeAt("2015-06"), "the very next request sees the rejection");
        json("GET", "/api/v1/facts?relation=member_of&subject=" + enc(TestWorld.JUND.id()) + "&object="
                + enc(TestWorld.JAF.id()), null, 404);
        long entry = r.at("/audit/id").asLong();
        conforms(r, "ReviewResult");

        JsonNode undo = json("POST", "/api/v1/audit/" + entry + "/undo", null, 201);
        assertEquals(entry, undo.get("undoes").asLong());
        conforms(undo, "AuditView");
        assertEquals("rejected", undo.at("/before/status").asText());
        assertEquals("unreviewed", undo.at("/after/status").asText());
        assertTrue(jundEdgeAt("2015-06"), "undo brings the edge back");

        JsonNode log = get("/api/v1/audit?target=" + id);
        conforms(log, "AuditPage");
        conforms(get("/api/v1/claims/" + id), "ClaimDetail");
        assertEquals(2, log.get("total").asInt());
        assertEquals(undo.get("id").asLong(), log.at("/items/0/id").asLong(), "newest first");
        assertEquals(undo.get("id").asLong(), log.at("/items/1/undoneBy").asLong());
        assertEquals("misread", log.at("/items/1/note").asText());
        assertTrue(log.at("/items/1/targetLabel").asText().startsWith("Jund al-Aqsa member of Jaysh al-Fatah"));
        json("POST", "/api/v1/audit/" + entry + "/undo", null, 409);
        assertEquals(1, get("/api/v1/audit?action=review&who=analyst-7&since=2000&until=2999-12&limit=1")
                .get("items").size());
        assertEquals(0, get("/api/v1/audit?who=someone-else").get("total").asInt());
    }

    @Test
    void anAcceptedClaimOutranksAnExtractedDenial() throws Exception {
        String text = "Jund al-Aqsa never joined Jaysh al-Fatah, its spokesman said.";
        org.factiongraph.model.Document denial = TestWorld.doc("denial.txt", "Denial", "Agency",
                org.factiongraph.model.PartialDate.parse("2015-07"), text, org.factiongraph.model.Grade.parse("A1"));
        Claim no = Claim.extracted(org.factiongraph.model.Ref.of(TestWorld.JUND, "Jund al-Aqsa"), Relation.MEMBER_OF,
                org.factiongraph.model.Ref.of(TestWorld.JAF, "Jaysh al-Fatah"), null, null, null, true, false, 0.95,
                new org.factiongraph.model.Evidence(denial.id(), denial.name(), 0, text.length(), text),
                "rule:test-denial", denial.grade());
        store.saveDocument(denial, List.of(TestWorld.JUND, TestWorld.JAF), List.of(no));
        server.refresh();
        assertFalse(jundEdgeAt("2015-06"), "a strong denial keeps the extracted membership out");

        String id = jundClaim();
        assertEquals(0, get("/api/v1/claims/" + id).get("reviews").size());
        JsonNode r = json("POST", "/api/v1/claims/" + id + "/accept", "", 200);
        assertEquals("accepted", r.at("/claim/reviewStatus").asText());
        JsonNode fact = get("/api/v1/facts?relation=member_of&subject=" + enc(TestWorld.JUND.id()) + "&object="
                + enc(TestWorld.JAF.id()));
        assertTrue(jundEdgeAt("2015-06"), "the accepted claim outranks the extracted denial: " + fact);
        assertTrue(fact.get("asserted").asBoolean());
        assertEquals(1.0, fact.get("confidence").asDouble(), 1e-9, "an accepted claim weighs 1.0");
        assertEquals("accepted", fact.at("/evidence/0/reviewStatus").asText());
        JsonNode after = get("/api/v1/claims/" + id);
        assertEquals("accepted", after.at("/reviews/0/status").asText());
        assertEquals("analyst-7", after.at("/reviews/0/reviewer").asText());
    }

    @Test
    void aCorrectionSupersedesTheClaimAndCanBeUndone() throws Exception {
        String id = jundClaim();
        assertFalse(jundEdgeAt("2015-11"), "Jund al-Aqsa left in October 2015");
        JsonNode r = json("POST", "/api/v1/claims/" + id + "/correct", "{\"end\":\"2016-01\",\"note\":\"later\"}",
                201);
        String fix = r.at("/claim/id").asText();
        conforms(r, "ReviewResult");
        assertEquals(id, r.at("/claim/supersedes").asText());
        assertEquals("2016-01", r.at("/claim/end").asText());
        assertEquals("2015-03", r.at("/claim/start").asText(), "absent fields keep their value");
        assertEquals("correct_claim", r.at("/audit/action").asText());
        assertTrue(jundEdgeAt("2015-11"), "the corrected dates hold");
        assertEquals(fix, get("/api/v1/claims/" + id).at("/supersededBy/0").asText());
        json("POST", "/api/v1/claims/" + id + "/correct", "{\"end\":\"2016-02\"}", 409);
        json("POST", "/api/v1/claims/" + fix + "/correct", "{\"end\":\"2016-01\"}", 400);
        json("POST", "/api/v1/claims/" + fix + "/correct", "{}", 400);
        json("POST", "/api/v1/claims/" + fix + "/correct", "{\"subject\":\"armed_group:nobody\"}", 404);
        json("POST", "/api/v1/claims/" + fix + "/correct", "{\"relation\":\"founded\",\"object\":\"x\"}", 400);

        json("POST", "/api/v1/audit/" + r.at("/audit/id").asLong() + "/undo", null, 201);
        assertFalse(jundEdgeAt("2015-11"), "undoing the correction rejects it and the old claim counts again");
        assertTrue(jundEdgeAt("2015-06"));
        JsonNode removed = json("POST", "/api/v1/claims/" + id + "/correct", "{\"end\":null}", 201);
        assertTrue(removed.at("/claim/end").isNull(), "a null date removes it");
    }

    @Test
    void manualClaimsCiteADocumentQuoteOrAWebPage() throws Exception {
        String body = "{\"subject\":\"" + TestWorld.IS.id() + "\",\"relation\":\"fought\",\"object\":\""
                + TestWorld.FAYLAQ.id() + "\",\"start\":\"2015-06\",\"documentId\":\"" + doc1
                + "\",\"quote\":\"Jaysh al-Fatah   fought the Islamic State\"}";
        JsonNode r = json("POST", "/api/v1/claims", body, 201);
        assertEquals("accepted", r.at("/claim/reviewStatus").asText());
        assertEquals("manual", r.at("/claim/method").asText());
        assertEquals("Jaysh al-Fatah fought the Islamic State", r.at("/claim/evidence/sentence").asText());
        assertEquals("add_claim", r.at("/audit/action").asText());
        assertTrue(ApiTest.edgeIds(get("/api/v1/graph/network?at=2015-07")).stream()
                .anyMatch(e -> e.startsWith("fought|") && e.contains(TestWorld.FAYLAQ.id())
                        && e.contains(TestWorld.IS.id())));
        json("POST", "/api/v1/claims", body, 409);
        json("POST", "/api/v1/claims", body.replace("fought the Islamic", "loved the Islamic"), 400);
        json("POST", "/api/v1/claims", body.replace(doc1, "0".repeat(64)), 404);
        json("POST", "/api/v1/claims", body.replace(TestWorld.IS.id(), "armed_group:nobody"), 404);

        long docs = get("/api/v1/stats").get("documents").asLong();
        String web = "{\"subject\":\"" + TestWorld.JUND.id() + "\",\"relation\":\"allied_with\",\"object\":\""
                + TestWorld.IS.id() + "\",\"start\":\"2017\",\"url\":\"https://example.org/report?id=1\","
                + "\"quote\":\"Jund al-Aqsa fighters joined the Islamic State.\",\"grade\":\"C3\"}";
        JsonNode w = json("POST", "/api/v1/claims", web, 201);
        conforms(w, "ReviewResult");
        assertEquals("C3", w.at("/claim/sourceGrade").asText());
        assertEquals(docs + 1, get("/api/v1/stats").get("documents").asLong(), "the web page is stored as a citation");
        JsonNode cited = get("/api/v1/documents/" + w.at("/claim/evidence/documentId").asText());
        assertEquals("https://example.org/report?id=1", cited.at("/document/url").asText());
        json("POST", "/api/v1/claims", web.replace("https://example.org", "javascript:alert(1)//x"), 400);
        json("POST", "/api/v1/claims", web.replace("\"grade\":\"C3\"", "\"documentId\":\"" + doc1 + "\""), 400);
        json("POST", "/api/v1/claims", web.replace("\"relation\":\"allied_with\"", "\"relation\":\"founded\""),
                400);
    }

    @Test
    void mergeAndUnmergeAreAuditedAndChangeTheGraph() throws Exception {
        String body = "{\"keep\":\"" + TestWorld.AHRAR.id() + "\",\"merged\":\"" + TestWorld.FAYLAQ.id()
                + "\",\"reason\":\"same group\"}";
        JsonNode m = json("POST", "/api/v1/merges", body, 201);
        long mergeId = m.at("/merge/id").asLong();
        conforms(m, "MergeResult");
        assertTrue(m.at("/merge/active").asBoolean());
        assertEquals("merge", m.at("/audit/action").asText());
        JsonNode asMerged = get("/api/v1/entities/" + enc(TestWorld.FAYLAQ.id()));
        assertEquals(TestWorld.AHRAR.id(), asMerged.at("/entity/id").asText(), "the merged id reads as the survivor");
        assertEquals(mergeId, asMerged.at("/mergedFrom/mergeId").asLong());
        JsonNode ahrar = get("/api/v1/entities/" + enc(TestWorld.AHRAR.id()));
        assertTrue(ahrar.toString().contains("Faylaq al-Sham"), "the survivor carries the merged entity's names");
        json("POST", "/api/v1/merges", body, 409);
        json("POST", "/api/v1/merges", "{\"keep\":\"" + TestWorld.FAYLAQ.id() + "\",\"merged\":\""
                + TestWorld.AHRAR.id() + "\"}", 409);
        assertEquals(1, get("/api/v1/merges?entity=" + enc(TestWorld.FAYLAQ.id()) + "&active=true").size());
        assertEquals(1, get("/api/v1/audit?entity=" + enc(TestWorld.AHRAR.id())).get("total").asInt());

        JsonNode u = json("POST", "/api/v1/merges/" + mergeId + "/unmerge", "{\"reason\":\"not the same\"}", 200);
        assertFalse(u.at("/merge/active").asBoolean());
        conforms(u, "MergeResult");
        for (JsonNode one : get("/api/v1/merges")) {
            conforms(one, "MergeView");
        }
        assertEquals("unmerge", u.at("/audit/action").asText());
        assertEquals(TestWorld.FAYLAQ.id(), get("/api/v1/entities/" + enc(TestWorld.FAYLAQ.id())).at("/entity/id")
                .asText(), "unmerged, the id is its own entity again");
        json("POST", "/api/v1/merges/" + mergeId + "/unmerge", null, 409);
        json("POST", "/api/v1/merges/999/unmerge", null, 404);
        json("POST", "/api/v1/merges/abc/unmerge", null, 400);

        json("POST", "/api/v1/audit/" + u.at("/audit/id").asLong() + "/undo", null, 201);
        JsonNode again = get("/api/v1/entities/" + enc(TestWorld.FAYLAQ.id()));
        assertEquals(TestWorld.AHRAR.id(), again.at("/entity/id").asText(), "merged again by the undo");
        assertEquals(TestWorld.FAYLAQ.id(), again.at("/mergedFrom/id").asText());
        assertEquals(3, get("/api/v1/audit?targetType=merge").get("total").asInt());
    }

    @Test
    void badRequestsAreRefusedWithoutChangingAnything() throws Exception {
        String id = jundClaim();
        long reviews = store.stats().reviews();
        json("POST", "/api/v1/claims/nope/accept", null, 404);
        json("POST", "/api/v1/claims/" + id + "/accept", "{\"note\":", 400);
        json("POST", "/api/v1/claims/" + id + "/accept", "[1]", 400);
        json("POST", "/api/v1/claims/" + id + "/accept", "{\"status\":\"accepted\"}", 400);
        json("POST", "/api/v1/claims/" + id + "/accept", "{\"note\":42}", 400);
        json("POST", "/api/v1/claims/" + id + "/accept", "{\"note\":\"a\\u0000b\"}", 400);
        json("POST", "/api/v1/claims/" + id + "/accept", "{\"note\":\"" + "x".repeat(2001) + "\"}", 400);
        json("POST", "/api/v1/claims/" + id + "/accept", "{\"note\":\"" + "x".repeat(70_000) + "\"}", 413);
        HttpResponse<String> form = call("POST", "/api/v1/claims/" + id + "/accept",
                "application/x-www-form-urlencoded", "note=x");
        assertEquals(415, form.statusCode(), form.body());
        json("POST", "/api/v1/audit/0/undo", null, 400);
        json("POST", "/api/v1/audit/99999/undo", null, 404);
        json("POST", "/api/v1/merges", "{\"keep\":\"a\",\"merged\":\"a\"}", 400);
        json("POST", "/api/v1/merges", "{\"keep\":\"" + TestWorld.AHRAR.id() + "\",\"merged\":\"armed_group:x\"}",
                404);
        json("GET", "/api/v1/audit?since=yesterday", null, 400);
        json("GET", "/api/v1/audit?action=delete", null, 400);
        json("GET", "/api/v1/audit?entity=nobody", null, 404);
        json("GET", "/api/v1/merges?active=maybe", null, 400);
        json("DELETE", "/api/v1/claims/" + id + "/accept", null, 404);
        assertEquals(reviews, store.stats().reviews(), "no review was recorded");
        List<Claim> all = store.claims(ClaimQuery.everything());
        assertNotNull(all);
        assertEquals(10, all.size());
    }
}
