package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factiongraph.model.ReviewStatus;
import org.factiongraph.store.AuditAction;
import org.factiongraph.store.AuditEntry;
import org.factiongraph.store.AuditQuery;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the OpenAPI document, every parameter (path, query, body field) and the body itself, sent
 * malformed, oversized, as SQL injection, path traversal, NUL bytes, huge and negative numbers, unicode junk,
 * invalid JSON and wrong content types. No answer may be a 5xx or carry a stack trace or exception name, a bad id
 * or a bad body must be a 4xx, and afterwards the store is intact: integrity check ok, no row lost or altered, and
 * every row added is accounted for by an audited change made with valid values.
 *
 * <p>Requests go through {@link TestClient}, whose customiser is where authentication is plugged in.
 */
class ApiFuzzTest {

    static final List<String> JUNK = List.of(
            "", " ", "' OR 1=1 --", "\"; DROP TABLE claims; --", "1; DELETE FROM entities; --",
            "') OR ('a'='a", "\\'; SELECT * FROM audit_log; --",
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd",
            "..\\..\\windows\\win.ini", "/etc/passwd\u0000.txt", "\u0000", "a\u0000b", "%00",
            "99999999999999999999999999999999", "-1", "-99999999999", "0", "1e309", "NaN", "-0", "0x7fffffff",
            "2147483648", "9223372036854775808",
            "𝕱𝖆𝖈𝖙𝖎𝖔𝖓 \u202e\ufeff\u200b", "\ud800", "\uffff\ufffe", "ﷺ‎ جيش‎ \u0301\u0301\u0301",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "%s%n%x%d", "{{7*7}}",
            "2015-13", "2015-02-30", "99999-01", "member_of,,,,dragon", "A".repeat(10_000), "é".repeat(3_000),
            "{}", "[]", "null", "true");

    /** Values of other types put into JSON body fields. */
    static final List<String> JSON_JUNK = List.of("1e400", "-1", "123456789012345678901234567890", "true",
            "{\"a\":{\"b\":[1,2,{}]}}", "[\"x\"]", "null", "0.5", "\"" + "x".repeat(70_000) + "\"",
            "[".repeat(5_000) + "]".repeat(5_000));

    static final List<String> BAD_BODIES = List.of("{", "{\"note\":", "\u0000", "[", "null", "\"str\"", "42",
            "{\"a\":1}", "{'single':'quotes'}", "{\"note\":\"x\",}", "{\"note\":\"\\ud800\"}",
            "[".repeat(100_000), "{\"x\":" + "1".repeat(200) + "}", "<xml/>", "note=x&who=admin");

    static final List<String> BAD_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz", "application/json; charset=utf-16", "*/*", "application/jsonx");

    final ObjectMapper om = new ObjectMapper();
    final List<String> failures = new ArrayList<>();
    int sent;

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyRouteSurvivesMalformedInputAndTheStoreStaysIntact(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("fuzz.db");
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            List<String> docs = TestWorld.fill(store);
            String claimId = store.claims(ClaimQuery.all()).get(0).id();
            AuditEntry entry = store.review(claimId, ReviewStatus.ACCEPTED, "setup", "a first entry to undo");
            long mergeId = store.merge(TestWorld.JFS.id(), TestWorld.JUND.id(), "setup", "a merge to unmerge").id();
            String token = TestClient.analystToken(store);
            FactionGraphServer server = FactionGraphServer.start(ServerOptions.of(store).withPort(0)
                    .withIngest(TestWorld.ingestHook(store)));
            try {
                Map<String, Object> before = snapshot(db);
                long lastAudit = store.audit(AuditQuery.all()).size();
                TestClient client = TestClient.asAnalyst(server.port(), null, token);
                JsonNode doc = om.readTree(client.send("GET", "/api/v1/openapi.json", null, null).body());
                Map<String, String> valid = new HashMap<>(Map.of("q", "Jaish al Fateh", "at", "2015-06", "from", "2015",
                        "to", "2016", "relation", "member_of", "subject", TestWorld.JUND.id(), "object",
                        TestWorld.JAF.id(), "a", TestWorld.JUND.id(), "b", TestWorld.TURKEY.id()));
                valid.put("entity", TestWorld.AHRAR.id());
                int routes = 0;
                for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                        Map.Entry<String, JsonNode> op = ops.next();
                        String path = p.getKey();
                        String pathId = path.startsWith("/api/v1/documents") ? docs.get(0)
                                : path.startsWith("/api/v1/claims") ? claimId
                                : path.startsWith("/api/v1/audit") ? Long.toString(entry.id())
                                : path.startsWith("/api/v1/merges") ? Long.toString(mergeId)
                                : path.startsWith("/api/v1/tokens") ? "999999"
                                : path.startsWith("/api/v1/users") ? "nobody-fuzz" : TestWorld.JAF.id();
                        Set<String> declared = new java.util.HashSet<>();
                        p.getValue().fieldNames().forEachRemaining(m -> declared.add(m.toUpperCase()));
                        fuzzRoute(client, op.getKey().toUpperCase(), path, op.getValue(), pathId, valid,
                                doc.at("/components/schemas"), declared);
                        routes++;
                    }
                }
                assertTrue(routes >= 25, "fuzzed " + routes + " routes");
                System.out.printf("fuzz: %d routes, %d requests, %d problems%n", routes, sent, failures.size());
                assertTrue(failures.isEmpty(), failures.size() + " problems, first ones:\n"
                        + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
                assertIntact(db, before, store.audit(AuditQuery.all()).subList((int) lastAudit,
                        store.audit(AuditQuery.all()).size()));
            } finally {
                server.stop();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ requests

    void fuzzRoute(TestClient client, String method, String path, JsonNode op, String pathId,
                   Map<String, String> valid, JsonNode schemas, Set<String> declared) throws Exception {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        String bodySchema = op.at("/requestBody/content/application~1json/schema/$ref").asText("");
        ObjectNode body = bodySchema.isEmpty() ? null : validBody(bodySchema.replace("#/components/schemas/", ""));
        boolean multipart = op.at("/requestBody/content").has("multipart/form-data");

        for (JsonNode param : params) {
            String name = param.get("name").asText();
            boolean inPath = param.get("in").asText().equals("path");
            for (String junk : JUNK) {
                String url = url(path, params, pathId, valid, name, enc(junk));
                check(client, method, url, body, (inPath || isId(name)) && !junk.trim().isEmpty(),
                        "param " + name + "=" + show(junk));
                if (inPath && (junk.contains("..") || junk.contains("%"))) {
                    String raw = url(path, params, pathId, valid, name, junk);
                    if (raw.chars().allMatch(c -> c > 32 && c < 127 && c != '\\') && isUri(raw)) {
                        check(client, method, raw, body, true, "raw path " + show(junk));
                    }
                }
            }
        }
        String url = url(path, params, pathId, valid, null, null);
        if (body != null) {
            for (Iterator<String> it = schemas.at("/" + bodySchema.replace("#/components/schemas/", "")
                    + "/properties").fieldNames(); it.hasNext(); ) {
                String field = it.next();
                for (String junk : JUNK) {
                    ObjectNode b = body.deepCopy();
                    b.put(field, junk);
                    check(client, method, url, b, false, "field " + field + "=" + show(junk));
                }
                for (String junk : JSON_JUNK) {
                    ObjectNode b = body.deepCopy();
                    String text = om.writeValueAsString(b);
                    String raw = text.substring(0, text.length() - 1) + (b.size() > 0 ? "," : "") + "\"" + field
                            + "\":" + junk + "}";
                    if (b.has(field)) {
                        b.remove(field);
                        String t = om.writeValueAsString(b);
                        raw = t.substring(0, t.length() - 1) + (b.size() > 0 ? "," : "") + "\"" + field + "\":" + junk
                                + "}";
                    }
                    sendRaw(client, method, url, "application/json", raw, !junk.equals("null")
                            && !(junk.equals("true") && (field.equals("negated") || field.equals("objectLiteral"))),
                            "field " + field + "=" + show(junk));
                }
            }
        }
        // a route that takes a body must refuse a bad one; a route without one (logout) ignores it, never failing
        boolean takesBody = body != null || multipart;
        if (!method.equals("GET")) {
            for (String bad : BAD_BODIES) {
                sendRaw(client, method, url, multipart ? "multipart/form-data; boundary=fuzz" : "application/json",
                        bad, takesBody, "body " + show(bad));
            }
            for (String type : BAD_TYPES) {
                sendRaw(client, method, url, type, body == null ? "x" : om.writeValueAsString(body),
                        takesBody && (!type.startsWith("application/json; charset") || multipart),
                        "content type " + type);
            }
            sendRaw(client, method, url, "application/json", "{\"note\":\"" + "x".repeat(200_000) + "\"}",
                    takesBody, "oversized body");
        }
        for (String other : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            if (declared.contains(other)) {
                continue; // a method the path serves is fuzzed as a route of its own
            }
            HttpResponse<String> r = client.send(other, url, null, null);
            sent++;
            verify(r, true, other + " " + url);
        }
    }

    static boolean isUri(String s) {
        try {
            java.net.URI.create("http://localhost" + s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isId(String name) {
        return Set.of("entity").contains(name);
    }

    static String url(String path, List<JsonNode> params, String pathId, Map<String, String> valid, String junkName,
                      String junkValue) {
        String p = OpenApi.fill(path, n -> n.equals(junkName) ? junkValue : enc(pathId));
        StringBuilder q = new StringBuilder();
        for (JsonNode param : params) {
            String n = param.get("name").asText();
            if (!param.get("in").asText().equals("query")) {
                continue;
            }
            String v = n.equals(junkName) ? junkValue : valid.containsKey(n) ? enc(valid.get(n)) : null;
            if (v == null && param.get("required").asBoolean()) {
                throw new AssertionError("no valid value for required " + n + " of " + path);
            }
            if (v != null) {
                q.append(q.length() == 0 ? "?" : "&").append(n).append('=').append(v);
            }
        }
        return p + q;
    }

    ObjectNode validBody(String schema) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        switch (schema) {
            case "ReviewRequest" -> b.put("note", "fuzz");
            case "CorrectRequest" -> b.put("end", "2016-01");
            case "ManualClaimRequest" -> b.put("subject", TestWorld.IS.id()).put("relation", "fought")
                    .put("object", TestWorld.TURKEY.id()).put("start", "2016").put("url", "https://example.org/fuzz")
                    .put("quote", "The Islamic State fought Turkey.");
            case "MergeRequest" -> b.put("keep", TestWorld.AHRAR.id()).put("merged", TestWorld.FAYLAQ.id());
            case "UnmergeRequest" -> b.put("reason", "fuzz");
            case "UndoRequest" -> { }
            case "LoginRequest" -> b.put("name", TestClient.ANALYST).put("password", "analyst-7 password");
            case "NewUser" -> b.put("name", "fuzz-user").put("role", "viewer").put("password", "fuzz password 1");
            case "UserChange" -> b.put("role", "viewer");
            case "NewToken" -> b.put("label", "fuzz");
            default -> throw new AssertionError("the fuzz test has no valid body for " + schema);
        }
        return b;
    }

    void check(TestClient client, String method, String url, ObjectNode body, boolean must4xx, String what)
            throws Exception {
        byte[] bytes = body == null ? null : om.writeValueAsBytes(body);
        String label = method + " " + url.substring(0, Math.min(120, url.length())) + " " + what;
        HttpResponse<String> r;
        try {
            r = client.send(method, url, body == null ? null : "application/json", bytes);
        } catch (java.io.IOException e) {
            failures.add("no answer (" + e + ") for " + label);
            return;
        }
        sent++;
        verify(r, must4xx, label);
    }

    void sendRaw(TestClient client, String method, String url, String type, String body, boolean must4xx,
                 String what) throws Exception {
        String label = method + " " + url.substring(0, Math.min(120, url.length())) + " " + what;
        HttpResponse<String> r;
        try {
            r = client.send(method, url, type, body.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            failures.add("no answer (" + e + ") for " + label);
            return;
        }
        sent++;
        verify(r, must4xx, label);
    }

    void verify(HttpResponse<String> r, boolean must4xx, String what) {
        int s = r.statusCode();
        String b = r.body() == null ? "" : r.body();
        if (s >= 500) {
            failures.add(s + " for " + what + ": " + b.substring(0, Math.min(200, b.length())));
        } else if (must4xx && (s < 400 || s >= 500)) {
            failures.add("expected 4xx, got " + s + " for " + what);
        }
        for (String leak : List.of("at org.", "Exception", "java.", "\tat ", "jakarta.", "SQLITE_")) {
            if (b.contains(leak)) {
                failures.add("'" + leak + "' in the answer to " + what + ": " + b.substring(0, Math.min(300, b.length())));
            }
        }
    }

    static String show(String junk) {
        String s = junk.length() > 30 ? junk.substring(0, 30) + "…(" + junk.length() + ")" : junk;
        return s.replace("\u0000", "\\0");
    }

    // ------------------------------------------------------------------------------------------------ store

    /** Row counts of every table and a digest of every claim, entity and document row. */
    static Map<String, Object> snapshot(Path db) throws Exception {
        Map<String, Object> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put("count:" + t, rs.getLong(1));
                }
            }
            for (String q : List.of("SELECT id, subject_id, relation, object_id, sentence, review_status FROM claims",
                    "SELECT id, canonical_name, kind FROM entities", "SELECT id, name, body FROM documents",
                    "SELECT name, role, password_hash FROM users")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 2; i <= cols; i++) {
                            row.append(rs.getString(i)).append('\u001f');
                        }
                        out.put("row:" + q.substring(q.indexOf("FROM ") + 5) + ":" + rs.getString(1), row.toString());
                    }
                }
            }
        }
        return out;
    }

    void assertIntact(Path db, Map<String, Object> before, List<AuditEntry> changes) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        Map<String, Object> after = snapshot(db);
        for (Map.Entry<String, Object> e : before.entrySet()) {
            if (e.getKey().startsWith("row:")) {
                assertEquals(e.getValue(), after.get(e.getKey()), "row changed or lost: " + e.getKey());
            }
        }
        Map<AuditAction, Integer> by = new LinkedHashMap<>();
        for (AuditEntry e : changes) {
            by.merge(e.action(), 1, Integer::sum);
        }
        long newClaims = by.getOrDefault(AuditAction.ADD_CLAIM, 0) + by.getOrDefault(AuditAction.CORRECT_CLAIM, 0);
        assertEquals((long) before.get("count:claims") + newClaims, (long) after.get("count:claims"),
                "every new claim is an audited change: " + by);
        assertEquals(before.get("count:entities"), after.get("count:entities"), "no entity was added or removed");
        assertEquals(before.get("count:users"), after.get("count:users"), "an analyst cannot add or remove users");
        long reviews = by.getOrDefault(AuditAction.REVIEW, 0);
        assertEquals((long) before.get("count:claim_reviews") + reviews, (long) after.get("count:claim_reviews"));
        long merges = by.getOrDefault(AuditAction.MERGE, 0);
        assertEquals((long) before.get("count:entity_merges") + merges, (long) after.get("count:entity_merges"));
        long newDocs = (long) after.get("count:documents") - (long) before.get("count:documents");
        assertTrue(newDocs <= by.getOrDefault(AuditAction.ADD_CLAIM, 0), "new documents are only cited web pages: "
                + newDocs);
        System.out.printf("fuzz: store intact; audited changes made with valid values: %s, %d cited page(s)%n", by,
                newDocs);
    }
}
