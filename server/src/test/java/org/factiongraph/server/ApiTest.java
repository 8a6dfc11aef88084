package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factiongraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    ClaimStore store;
    FactionGraphServer server;
    String doc1;
    String xssDoc;
    /** An admin's API token: the contract test reads every GET route, the admin-only ones too. */
    String adminToken;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper om = new ObjectMapper();

    @BeforeAll
    void start(@TempDir Path dir) {
        store = ClaimStore.openSqlite(dir.resolve("t.db"));
        List<String> ids = TestWorld.fill(store);
        doc1 = ids.get(0);
        xssDoc = ids.get(1);
        store.accounts().addUser("ada", org.factiongraph.store.Role.ADMIN, "admin password 1");
        adminToken = store.accounts().createToken("ada", "api test").secret();
        server = FactionGraphServer.start(ServerOptions.of(store).withPort(0));
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    HttpResponse<String> send(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String pathAndQuery, int expectedStatus) throws Exception {
        return json(pathAndQuery, expectedStatus, null);
    }

    JsonNode json(String pathAndQuery, int expectedStatus, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + pathAndQuery)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, r.statusCode(), pathAndQuery + " -> " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"),
                pathAndQuery + " content type");
        return om.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ contract

    @Test
    void everyDocumentedGetRouteAnswersWhatTheOpenApiDocumentSays() throws Exception {
        JsonNode doc = json("/api/v1/openapi.json", 200);
        JsonNode schemas = doc.at("/components/schemas");
        Map<String, String> values = new HashMap<>(Map.of("q", "Jaish al Fateh", "at", "2015-06", "from", "2015",
                "to", "2016", "relation", "member_of", "subject", TestWorld.JUND.id(), "object", TestWorld.JAF.id(),
                "a", TestWorld.JUND.id(), "b", TestWorld.TURKEY.id()));
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode get = p.getValue().get("get");
            if (get == null) {
                continue;
            }
            String claimId = store.claims(org.factiongraph.store.ClaimQuery.all()).get(0).id();
            String path = OpenApi.fill(p.getKey(), name -> enc(p.getKey().startsWith("/api/v1/documents")
                    ? doc1 : p.getKey().startsWith("/api/v1/users") ? "ada"
                    : p.getKey().startsWith("/api/v1/claims") ? claimId : TestWorld.JAF.id()));
            StringBuilder q = new StringBuilder();
            for (JsonNode param : get.get("parameters")) {
                String v = values.get(param.get("name").asText());
                if (param.get("in").asText().equals("query") && param.get("required").asBoolean()) {
                    assertNotNull(v, "test has no value for " + param.get("name"));
                }
                if (param.get("in").asText().equals("query") && v != null) {
                    q.append(q.length() == 0 ? "?" : "&").append(param.get("name").asText()).append('=')
                            .append(enc(v));
                }
            }
            JsonNode body = json(path + q, 200, adminToken);
            JsonNode schema = get.at("/responses/200/content/application~1json/schema");
            List<String> problems = new ArrayList<>();
            SchemaCheck.check(body, schema, schemas, p.getKey(), problems);
            assertTrue(problems.isEmpty(), p.getKey() + ": " + problems);
            checked++;
        }
        assertTrue(checked >= 16, "checked " + checked + " routes");
    }

    @Test
    void openApiDocumentListsExactlyTheRoutesTheServerServes() throws Exception {
        JsonNode doc = json("/api/v1/openapi.json", 200);
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> served = new HashSet<>(server.routes());
        assertEquals(served, documented);
    }

    // ------------------------------------------------------------------------------------------------ errors

    @Test
    void malformedDateIs400WithAJsonError() throws Exception {
        JsonNode e = json("/api/v1/graph/network?at=2015-13", 400);
        assertEquals(400, e.get("status").asInt());
        assertTrue(e.get("error").asText().contains("at"), e.toString());
        json("/api/v1/graph/network?at=yesterday", 400);
        json("/api/v1/graph/network", 400);
        json("/api/v1/claims?from=2015-02-30", 400);
    }

    @Test
    void unknownIdsAre404() throws Exception {
        JsonNode e = json("/api/v1/entities/" + enc("armed_group:nobody"), 404);
        assertEquals(404, e.get("status").asInt());
        json("/api/v1/entities/" + enc("armed_group:nobody") + "/timeline", 404);
        json("/api/v1/entities/" + enc("armed_group:nobody") + "/roster?at=2015", 404);
        json("/api/v1/documents/" + "0".repeat(64), 404);
        json("/api/v1/claims?entity=nobody", 404);
        json("/api/v1/graph/path?a=nobody&b=" + enc(TestWorld.JAF.id()), 404);
        json("/api/v1/facts?relation=member_of&subject=" + enc(TestWorld.JUND.id()) + "&object="
                + enc(TestWorld.TURKEY.id()), 404);
    }

    @Test
    void oversizedOrMalformedLimitsAndUnknownValuesAre400() throws Exception {
        json("/api/v1/entities?limit=1001", 400);
        json("/api/v1/entities?limit=0", 400);
        json("/api/v1/claims?limit=abc", 400);
        json("/api/v1/claims?offset=-1", 400);
        json("/api/v1/search?q=x&limit=101", 400);
        json("/api/v1/search?q=" + "a".repeat(201), 400);
        json("/api/v1/search", 400);
        json("/api/v1/claims?relation=befriended", 400);
        json("/api/v1/claims?status=maybe", 400);
        json("/api/v1/claims?grade=Z9", 400);
        json("/api/v1/entities?kind=dragon", 400);
        json("/api/v1/graph/network?at=2015&kinds=dragon", 400);
    }

    @Test
    void unknownRoutesAre404JsonWithoutStackTraces() throws Exception {
        for (String p : List.of("/api/v1/nothing", "/api/v2/entities", "/no/such/page.html")) {
            HttpResponse<String> r = send(p);
            assertEquals(404, r.statusCode(), p);
            JsonNode e = om.readTree(r.body());
            assertEquals(404, e.get("status").asInt());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/v1/documents")).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), "uploads are disabled without an ingest hook: " + r.body());
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        for (String p : List.of("/", "/index.html", "/app.js", "/api/v1/stats", "/api/v1/nothing")) {
            HttpResponse<String> r = send(p);
            String csp = r.headers().firstValue("content-security-policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
                    && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"), p + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""), p);
        }
        HttpResponse<String> index = send("/");
        assertEquals(200, index.statusCode());
        assertFalse(index.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script in index.html");
        assertFalse(index.body().matches("(?s).*\\son[a-z]+\\s*=.*"), "no inline event handler in index.html");
        assertFalse(index.body().contains("style="), "no inline style in index.html");
    }

    // ------------------------------------------------------------------------------------------------ behaviour

    @Test
    void claimsFilterByRelationEntityDateGradeAndStatus() throws Exception {
        JsonNode all = json("/api/v1/claims?limit=1000", 200);
        assertEquals(10, all.get("total").asInt());
        JsonNode jund = json("/api/v1/claims?relation=member_of&entity=" + enc(TestWorld.JUND.id()), 200);
        assertEquals(1, jund.get("total").asInt());
        assertEquals("2015-10", jund.at("/items/0/end").asText());
        assertEquals(1, json("/api/v1/claims?grade=C", 200).get("total").asInt());
        assertEquals(1, json("/api/v1/claims?grade=c3", 200).get("total").asInt());
        assertEquals(9, json("/api/v1/claims?grade=B2", 200).get("total").asInt());
        assertEquals(1, json("/api/v1/claims?to=2014-12", 200).get("total").asInt());
        assertEquals(0, json("/api/v1/claims?status=accepted", 200).get("total").asInt());
        assertEquals(1, json("/api/v1/claims?document=" + xssDoc, 200).get("total").asInt());
        JsonNode page = json("/api/v1/claims?limit=3&offset=9", 200);
        assertEquals(1, page.get("items").size());
    }

    @Test
    void searchToleratesSpellingAndFindsDocumentText() throws Exception {
        JsonNode r = json("/api/v1/search?q=" + enc("Jaish al Fateh"), 200);
        assertEquals(TestWorld.JAF.id(), r.at("/entities/0/id").asText());
        JsonNode typo = json("/api/v1/search?q=" + enc("Ahrar al-Shem"), 200);
        assertEquals(TestWorld.AHRAR.id(), typo.at("/entities/0/id").asText());
        JsonNode alias = json("/api/v1/search?q=" + enc("army of conquest"), 200);
        assertEquals(TestWorld.JAF.id(), alias.at("/entities/0/id").asText());
        JsonNode text = json("/api/v1/search?q=onerror", 200);
        assertEquals(xssDoc, text.at("/documents/0/id").asText());
        JsonNode hl = text.at("/documents/0/highlights/0");
        String snippet = text.at("/documents/0/snippet").asText();
        assertEquals("onerror", snippet.substring(hl.get("start").asInt(), hl.get("end").asInt()));
        assertEquals(0, json("/api/v1/search?q=" + enc("zzzzqqq"), 200).get("entities").size());
    }

    @Test
    void documentComesWithItsTextSpansAndClaims() throws Exception {
        JsonNode v = json("/api/v1/documents/" + xssDoc, 200);
        String text = v.at("/document/text").asText();
        assertTrue(text.contains(TestWorld.SCRIPT) && text.contains(TestWorld.IMG), "text is returned as stored");
        boolean ahrar = false;
        boolean year = false;
        for (JsonNode s : v.get("spans")) {
            String piece = text.substring(s.get("start").asInt(), s.get("end").asInt());
            if (s.get("type").asText().equals("entity") && s.get("entityId").asText().equals(TestWorld.AHRAR.id())) {
                assertEquals("Ahrar al-Sham", piece);
                ahrar = true;
            }
            if (s.get("type").asText().equals("time")) {
                assertEquals("2014", piece);
                year = true;
            }
        }
        assertTrue(ahrar && year, v.get("spans").toString());
        boolean place = false;
        for (JsonNode s : v.get("spans")) {
            place |= s.path("entityId").asText().equals(TestWorld.IDLIB.id())
                    && text.substring(s.get("start").asInt(), s.get("end").asInt()).equals("Idlib");
        }
        assertTrue(place, "a known place is linked even where no claim of this document names it");
        assertEquals(1, v.get("claims").size());
        JsonNode d1 = json("/api/v1/documents/" + doc1, 200);
        boolean monthYear = false;
        for (JsonNode s : d1.get("spans")) {
            if (s.get("type").asText().equals("time")) {
                monthYear |= d1.at("/document/text").asText()
                        .substring(s.get("start").asInt(), s.get("end").asInt()).equals("October 2015");
            }
        }
        assertTrue(monthYear, "month and year highlighted together");
    }

    @Test
    void networkChangesWithTheDate() throws Exception {
        String jundEdge = "member_of|" + TestWorld.JUND.id() + "|" + TestWorld.JAF.id();
        assertTrue(edgeIds(json("/api/v1/graph/network?at=2015-06", 200)).contains(jundEdge));
        assertFalse(edgeIds(json("/api/v1/graph/network?at=2015-11", 200)).contains(jundEdge));
        JsonNode onlyFights = json("/api/v1/graph/network?at=2015-07&relations=fought", 200);
        assertEquals(1, onlyFights.get("edgeCount").asInt());
        JsonNode range = json("/api/v1/graph/range", 200);
        assertTrue(range.get("from").asText().startsWith("2014"), range.toString());
    }

    static Set<String> edgeIds(JsonNode net) {
        Set<String> out = new HashSet<>();
        net.get("edges").forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    @Test
    void graphQueriesAnswerAboutTheCoalition() throws Exception {
        JsonNode roster = json("/api/v1/entities/" + enc(TestWorld.JAF.id()) + "/roster?at=2015-06", 200);
        Set<String> members = new HashSet<>();
        roster.forEach(r -> members.add(r.at("/member/id").asText()));
        assertTrue(members.containsAll(Set.of(TestWorld.JUND.id(), TestWorld.AHRAR.id(), TestWorld.FAYLAQ.id())),
                members.toString());
        JsonNode late = json("/api/v1/entities/" + enc(TestWorld.JAF.id()) + "/roster?at=2016-05", 200);
        late.forEach(r -> assertFalse(r.at("/member/id").asText().equals(TestWorld.JUND.id())));
        JsonNode lineage = json("/api/v1/entities/" + enc(TestWorld.JFS.id()) + "/lineage", 200);
        assertEquals(TestWorld.NUSRA.id(), lineage.at("/predecessors/0/entity/id").asText());
        JsonNode path = json("/api/v1/graph/path?a=" + enc(TestWorld.JUND.id()) + "&b=" + enc(TestWorld.TURKEY.id()),
                200);
        assertTrue(path.get("found").asBoolean());
        assertEquals(3, path.get("length").asInt());
        JsonNode changes = json("/api/v1/graph/changes?from=2015-10&to=2015-10", 200);
        assertTrue(changes.toString().contains(TestWorld.JUND.id()), changes.toString());
        JsonNode fact = json("/api/v1/facts?relation=fought&subject=" + enc(TestWorld.IS.id()) + "&object="
                + enc(TestWorld.JAF.id()), 200);
        assertEquals("Jaysh al-Fatah fought the Islamic State from June 2015 to December 2015.",
                fact.at("/evidence/0/sentence").asText());
        assertEquals("B2", fact.at("/evidence/0/grade").asText());
        JsonNode profile = json("/api/v1/entities/" + enc(TestWorld.NUSRA.id()), 200);
        assertEquals("2016-07", profile.at("/entity/names/0/validTo").asText());
    }

    @Test
    void uploadIngestsThroughTheHookAndTheNetworkUpdates(@TempDir Path other) throws Exception {
        try (ClaimStore s = ClaimStore.openSqlite(other.resolve("u.db"))) {
            TestWorld.fill(s);
            s.accounts().addUser("ana", org.factiongraph.store.Role.ANALYST, "analyst password 1");
            String token = s.accounts().createToken("ana", null).secret();
            FactionGraphServer srv = FactionGraphServer.start(ServerOptions.of(s).withPort(0)
                    .withIngest(TestWorld.ingestHook(s)));
            try {
                String base = "http://127.0.0.1:" + srv.port();
                String newEdge = "member_of|" + TestWorld.group("Liwa al-Haqq").id() + "|" + TestWorld.JAF.id();
                JsonNode before = om.readTree(get(base + "/api/v1/graph/network?at=2015-06"));
                assertFalse(edgeIds(before).contains(newEdge));
                String boundary = "----fgtest";
                String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
                        + "filename=\"../../etc/liwa.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                        + "Liwa al-Haqq | member_of | Jaysh al-Fatah | 2015-03 | 2016-01\n\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
                        + "filename=\"empty.txt\"\r\nContent-Type: text/plain\r\n\r\nnothing here\r\n"
                        + "--" + boundary + "--\r\n";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode res = om.readTree(r.body()).get("results");
                assertEquals("liwa.txt", res.get(0).get("file").asText(), "the upload name loses its path");
                assertTrue(res.get(0).get("ok").asBoolean(), res.toString());
                assertFalse(res.get(1).get("ok").asBoolean(), res.toString());
                assertTrue(res.get(1).get("message").asText().contains("no claims"), res.toString());
                JsonNode after = om.readTree(get(base + "/api/v1/graph/network?at=2015-06"));
                assertTrue(edgeIds(after).contains(newEdge), "the graph was rebuilt after the upload");
                HttpResponse<String> notMultipart = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/documents")).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, notMultipart.statusCode());
            } finally {
                srv.stop();
            }
        }
    }

    @Test
    void profileOfAMergedAwayEntityAnswersWithTheSurvivorAndSaysSo(@TempDir Path other) throws Exception {
        try (ClaimStore s = ClaimStore.openSqlite(other.resolve("m.db"))) {
            TestWorld.fill(s);
            s.accounts().addUser("ana", org.factiongraph.store.Role.ANALYST, "analyst password 1");
            String token = s.accounts().createToken("ana", null).secret();
            FactionGraphServer srv = FactionGraphServer.start(ServerOptions.of(s).withPort(0));
            try {
                String base = "http://127.0.0.1:" + srv.port() + "/api/v1";
                JsonNode schemas = om.readTree(get(base + "/openapi.json")).at("/components/schemas");
                String faylaq = TestWorld.FAYLAQ.id();
                String ahrar = TestWorld.AHRAR.id();
                JsonNode own = om.readTree(get(base + "/entities/" + enc(faylaq)));
                assertEquals(faylaq, own.at("/entity/id").asText());
                assertTrue(own.get("mergedFrom").isNull(), "an entity of its own: " + own.get("mergedFrom"));

                JsonNode merge = postJson(base + "/merges", token, "{\"keep\": \"" + ahrar + "\", \"merged\": \""
                        + faylaq + "\", \"reason\": \"same group\"}", 201);
                long mergeId = merge.at("/merge/id").asLong();
                JsonNode p = om.readTree(get(base + "/entities/" + enc(faylaq)));
                assertEquals(ahrar, p.at("/entity/id").asText(), "the survivor's profile");
                assertEquals("Ahrar al-Sham", p.at("/entity/canonicalName").asText());
                assertEquals(faylaq, p.at("/mergedFrom/id").asText());
                assertEquals(mergeId, p.at("/mergedFrom/mergeId").asLong());
                assertEquals(ahrar, p.at("/mergedFrom/mergedInto").asText());
                assertEquals("ana", p.at("/mergedFrom/who").asText());
                assertTrue(p.get("facts").size() > 0);
                List<String> problems = new ArrayList<>();
                SchemaCheck.check(p, schemas.get("EntityProfile"), schemas, "merged profile", problems);
                assertTrue(problems.isEmpty(), problems.toString());
                JsonNode survivor = om.readTree(get(base + "/entities/" + enc(ahrar)));
                assertTrue(survivor.get("mergedFrom").isNull(), "asked by its own id, the survivor is not 'merged'");
                assertEquals(survivor.get("facts"), p.get("facts"), "the same profile either way");

                // merged further: Faylaq -> Ahrar -> Islamic State reads as Islamic State, naming its own merge
                postJson(base + "/merges", token, "{\"keep\": \"" + TestWorld.IS.id() + "\", \"merged\": \""
                        + ahrar + "\"}", 201);
                JsonNode chain = om.readTree(get(base + "/entities/" + enc(faylaq)));
                assertEquals(TestWorld.IS.id(), chain.at("/entity/id").asText());
                assertEquals(mergeId, chain.at("/mergedFrom/mergeId").asLong());
                assertEquals(ahrar, chain.at("/mergedFrom/mergedInto").asText());

                postJson(base + "/merges/" + mergeId + "/unmerge", token, "{}", 200);
                JsonNode back = om.readTree(get(base + "/entities/" + enc(faylaq)));
                assertEquals(faylaq, back.at("/entity/id").asText(), "after the unmerge it is its own again");
                assertTrue(back.get("mergedFrom").isNull());
                HttpResponse<String> unknown = send(srv, "/api/v1/entities/" + enc("armed_group:no-such-group"));
                assertEquals(404, unknown.statusCode(), unknown.body());
            } finally {
                srv.stop();
            }
        }
    }

    HttpResponse<String> send(FactionGraphServer srv, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + srv.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode postJson(String url, String token, String json, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), url + " -> " + r.body());
        return om.readTree(r.body());
    }

    String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
