package org.factiongraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users, roles, sessions, CSRF and API tokens over real HTTP against a real server on a real SQLite store. The
 * route-wide checks iterate the OpenAPI document, so a route added later is checked without touching this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthTest {

    static final String ADMIN_PW = "admin password 1";
    static final String ANALYST_PW = "analyst password 1";
    static final String VIEWER_PW = "viewer password 1";

    /** The only non-GET routes a viewer may call: logging out and managing their own tokens (login is open). */
    static final Set<String> SELF_SERVICE = Set.of("DELETE /api/v1/session", "POST /api/v1/tokens",
            "DELETE /api/v1/tokens/{id}");
    static final String LOGIN = "POST /api/v1/session";

    Path dir;
    ClaimStore store;
    FactionGraphServer server;
    String base;
    String viewerToken;
    String analystToken;
    String adminToken;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper om = new ObjectMapper();

    /** A logged-in browser: its session cookie and CSRF token. */
    record Session(String cookie, String csrf, JsonNode body) {
    }

    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
    }

    @BeforeAll
    void start(@TempDir Path tmp) {
        dir = tmp;
        store = ClaimStore.openSqlite(dir.resolve("auth.db"));
        TestWorld.fill(store);
        store.accounts().addUser("ada", Role.ADMIN, ADMIN_PW);
        store.accounts().addUser("ana", Role.ANALYST, ANALYST_PW);
        store.accounts().addUser("bob", Role.ANALYST, ANALYST_PW);
        store.accounts().addUser("vic", Role.VIEWER, VIEWER_PW);
        viewerToken = store.accounts().createToken("vic", "test").secret();
        analystToken = store.accounts().createToken("ana", "test").secret();
        adminToken = store.accounts().createToken("ada", "test").secret();
        server = FactionGraphServer.start(ServerOptions.of(store).withPort(0).withIngest(TestWorld.ingestHook(store)));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ http

    Reply call(String method, String path, String jsonBody, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode j = null;
        if (r.headers().firstValue("content-type").orElse("").startsWith("application/json")) {
            j = om.readTree(r.body());
        }
        return new Reply(r.statusCode(), j, r);
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    static Map<String, String> cookie(Session s, String csrf) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cookie", Auth.COOKIE + "=" + s.cookie());
        if (csrf != null) {
            h.put(Auth.CSRF_HEADER, csrf);
        }
        return h;
    }

    Session login(String name, String password) throws Exception {
        Reply r = call("POST", "/api/v1/session", json("name", name, "password", password), Map.of());
        assertEquals(200, r.status(), r.raw().body());
        String setCookie = r.raw().headers().firstValue("set-cookie").orElseThrow();
        String value = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        return new Session(value, r.json().get("csrf").asText(), r.json());
    }

    String json(String... kv) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return om.writeValueAsString(m);
    }

    /** Every non-GET operation of the OpenAPI document as "METHOD /path", with the path's parameters filled in. */
    Map<String, String> nonGetRoutes() throws Exception {
        JsonNode doc = call("GET", "/api/v1/openapi.json", null, Map.of()).json();
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<String> ms = p.getValue().fieldNames(); ms.hasNext(); ) {
                String m = ms.next();
                if (!m.equals("get")) {
                    out.put(m.toUpperCase() + " " + p.getKey(), OpenApi.fill(p.getKey(),
                            name -> name.equals("id") ? "999" : "nobody"));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ every route

    @Test
    void everyNonGetRouteInTheOpenApiDocumentRefusesAnonymousCallersAndViewers() throws Exception {
        Map<String, String> routes = nonGetRoutes();
        assertTrue(routes.containsKey("POST /api/v1/documents"), routes.keySet().toString());
        assertTrue(routes.size() >= 8, routes.keySet().toString());
        Session viewer = login("vic", VIEWER_PW);
        int checked = 0;
        for (Map.Entry<String, String> e : routes.entrySet()) {
            if (e.getKey().equals(LOGIN)) {
                continue;
            }
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            String path = e.getValue();
            Reply anon = call(method, path, "{}", Map.of());
            assertEquals(401, anon.status(), e.getKey() + " anonymous: " + anon.raw().body());
            assertEquals(401, anon.json().get("status").asInt());
            if (SELF_SERVICE.contains(e.getKey())) {
                continue;
            }
            Reply byToken = call(method, path, "{}", bearer(viewerToken));
            assertEquals(403, byToken.status(), e.getKey() + " viewer token: " + byToken.raw().body());
            Reply byCookie = call(method, path, "{}", cookie(viewer, viewer.csrf()));
            assertEquals(403, byCookie.status(), e.getKey() + " viewer session: " + byCookie.raw().body());
            assertTrue(byCookie.json().get("error").asText().contains("needs"), byCookie.json().toString());
            checked++;
        }
        assertTrue(checked >= 4, "checked " + checked);
    }

    @Test
    void everyNonGetRouteNeedsTheCsrfTokenWhenCalledWithTheCookie() throws Exception {
        Session admin = login("ada", ADMIN_PW);
        for (Map.Entry<String, String> e : nonGetRoutes().entrySet()) {
            if (e.getKey().equals(LOGIN)) {
                continue;
            }
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            Reply none = call(method, e.getValue(), "{}", cookie(admin, null));
            assertEquals(403, none.status(), e.getKey() + " without CSRF: " + none.raw().body());
            assertTrue(none.json().get("error").asText().contains(Auth.CSRF_HEADER));
            Reply wrong = call(method, e.getValue(), "{}", cookie(admin, admin.csrf() + "x"));
            assertEquals(403, wrong.status(), e.getKey() + " wrong CSRF: " + wrong.raw().body());
            Reply other = call(method, e.getValue(), "{}", cookie(admin, login("bob", ANALYST_PW).csrf()));
            assertEquals(403, other.status(), e.getKey() + " another session's CSRF: " + other.raw().body());
        }
        assertEquals("ada", call("GET", "/api/v1/session", null, cookie(admin, null)).json().get("user").asText(),
                "the session itself is still fine");
    }

    @Test
    void theOpenApiDocumentDeclaresWhoMayCallEachRoute() throws Exception {
        JsonNode doc = call("GET", "/api/v1/openapi.json", null, Map.of()).json();
        assertEquals("cookie", doc.at("/components/securitySchemes/session/in").asText());
        assertEquals(Auth.COOKIE, doc.at("/components/securitySchemes/session/name").asText());
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        for (Map.Entry<String, String> e : nonGetRoutes().entrySet()) {
            String[] mp = e.getKey().split(" ", 2);
            JsonNode op = doc.get("paths").get(mp[1]).get(mp[0].toLowerCase());
            if (e.getKey().equals(LOGIN)) {
                assertEquals(0, op.get("security").size());
                continue;
            }
            String expected = mp[1].startsWith("/api/v1/users") ? "admin"
                    : SELF_SERVICE.contains(e.getKey()) ? "viewer" : "analyst";
            assertEquals(expected, op.path("x-required-role").asText(), e.getKey());
            assertTrue(op.at("/responses").has("401") && op.at("/responses").has("403"), e.getKey());
        }
        assertEquals("admin", doc.at("/paths/~1api~1v1~1users/get/x-required-role").asText());
    }

    @Test
    void routesNobodyHasWrittenYetAreProtectedByTheSameRule() throws Exception {
        for (String[] mp : new String[][] {{"POST", "/api/v1/claims/abc/accept"}, {"PUT", "/api/v1/entities/x"},
                {"PATCH", "/api/v1/claims/abc"}, {"DELETE", "/api/v1/merges/1"}, {"POST", "/api/v1/audit/3/undo"}}) {
            assertEquals(401, call(mp[0], mp[1], "{}", Map.of()).status(), mp[1]);
            assertEquals(403, call(mp[0], mp[1], "{}", bearer(viewerToken)).status(), mp[1]);
            assertEquals(404, call(mp[0], mp[1], "{}", bearer(analystToken)).status(),
                    mp[1] + ": an analyst gets past the check to the (missing) route");
        }
    }

    @Test
    void spellingsOfAProtectedPathNeverReachItAnonymously() throws Exception {
        for (String p : List.of("/api/v1/users", "/api/v1/users/", "/api/v1//users", "//api/v1/users",
                "/api/v1/./users", "/api/v1/x/../users", "/api/v1/%75sers", "/api/v1/users;x", "/api//v1/users",
                "/api/v1/stats/../users", "/api/v1/users?x=1", "/api/v1/tokens", "/api/v1//tokens")) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                try (java.net.Socket so = new java.net.Socket("127.0.0.1", server.port())) {
                    so.getOutputStream().write((method + " " + p + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    String status = new java.io.BufferedReader(new java.io.InputStreamReader(so.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    assertTrue(status.matches("HTTP/1\\.1 (401|404|400) .*"), method + " " + p + " -> " + status);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ login

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        Reply r = call("POST", "/api/v1/session", json("name", "ana", "password", ANALYST_PW), Map.of());
        assertEquals(200, r.status());
        String c = r.raw().headers().firstValue("set-cookie").orElseThrow();
        assertTrue(c.startsWith(Auth.COOKIE + "="), c);
        assertTrue(c.contains("; HttpOnly"), c);
        assertTrue(c.contains("; SameSite=Strict"), c);
        assertTrue(c.contains("; Path=/"), c);
        assertFalse(c.contains("Secure"), "plain HTTP: no Secure flag, or the browser would drop it: " + c);
        assertEquals("ana", r.json().get("user").asText());
        assertEquals("analyst", r.json().get("role").asText());
        assertTrue(r.json().get("csrf").asText().length() >= 40);
        assertFalse(r.raw().body().contains(c.substring(c.indexOf('=') + 1, c.indexOf(';'))),
                "the session id is only in the cookie, not readable by scripts from the body");
    }

    @Test
    void aWrongPasswordOrUnknownUserFailsAlikeAndPasswordsAreNeverStoredInPlainText() throws Exception {
        Reply wrong = call("POST", "/api/v1/session", json("name", "ana", "password", ANALYST_PW + "x"), Map.of());
        assertEquals(401, wrong.status());
        assertTrue(wrong.raw().headers().firstValue("set-cookie").isEmpty());
        Reply unknown = call("POST", "/api/v1/session", json("name", "zed", "password", ANALYST_PW), Map.of());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json(), unknown.json(), "no hint which part was wrong");
        Reply form = call("POST", "/api/v1/session", null, Map.of("Content-Type",
                "application/x-www-form-urlencoded"));
        assertEquals(400, form.status(), "a cross-site form cannot log anyone in");
        Session s = login("ana", ANALYST_PW);
        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("auth.db"));
             Statement st = c.createStatement()) {
            for (String sql : List.of("SELECT name, role, password_hash FROM users",
                    "SELECT id_hash, csrf_token FROM sessions", "SELECT token_hash, label FROM api_tokens")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            stored.add(rs.getString(i));
                        }
                    }
                }
            }
        }
        assertTrue(stored.stream().filter(v -> v != null && v.startsWith("$argon2id$")).count() >= 4, stored.toString());
        for (String secret : List.of(ADMIN_PW, ANALYST_PW, VIEWER_PW, s.cookie(), analystToken, viewerToken)) {
            assertTrue(stored.stream().noneMatch(v -> v != null && v.contains(secret)), "stored in plain: " + secret);
        }
    }

    @Test
    void aFreshServerAnswersAnonymousSessionQueriesWithNoUser() throws Exception {
        Reply r = call("GET", "/api/v1/session", null, Map.of());
        assertEquals(200, r.status());
        assertTrue(r.json().get("user").isNull());
        assertFalse(r.json().get("readsNeedLogin").asBoolean());
        assertEquals(200, call("GET", "/api/v1/stats", null, Map.of()).status(), "reads are open on loopback");
        assertEquals(401, call("GET", "/api/v1/stats", null, bearer("fgt_not-a-token")).status(),
                "a wrong token is refused, not ignored");
        assertEquals(401, call("GET", "/api/v1/tokens", null, Map.of()).status());
        assertEquals(401, call("GET", "/api/v1/users", null, Map.of()).status());
    }

    // ------------------------------------------------------------------------------------------------ isolation

    @Test
    void oneUsersSessionNeverActsAsAnother() throws Exception {
        Session a = login("ana", ANALYST_PW);
        Session b = login("bob", ANALYST_PW);
        assertNotEquals(a.cookie(), b.cookie());
        assertNotEquals(a.csrf(), b.csrf());
        Reply made = call("POST", "/api/v1/tokens", json("label", "ana's script"), cookie(a, a.csrf()));
        assertEquals(200, made.status(), made.raw().body());
        long id = made.json().get("id").asLong();
        assertEquals("ana", made.json().get("user").asText());
        String secret = made.json().get("token").asText();
        assertEquals("ana", call("GET", "/api/v1/session", null, bearer(secret)).json().get("user").asText());

        JsonNode aList = call("GET", "/api/v1/tokens", null, cookie(a, null)).json();
        assertTrue(contains(aList, id), aList.toString());
        aList.forEach(t -> assertEquals("ana", t.get("user").asText()));
        JsonNode bList = call("GET", "/api/v1/tokens", null, cookie(b, null)).json();
        assertFalse(contains(bList, id), "bob does not see ana's token: " + bList);
        assertFalse(call("GET", "/api/v1/tokens", null, bearer(analystToken)).raw().body().contains("token\""),
                "secrets are never listed");

        Reply steal = call("DELETE", "/api/v1/tokens/" + id, null, cookie(b, b.csrf()));
        assertEquals(403, steal.status(), "bob cannot revoke ana's token");
        assertEquals("ana", call("GET", "/api/v1/session", null, bearer(secret)).json().get("user").asText());
        Reply byAdmin = call("DELETE", "/api/v1/tokens/" + id, null, bearer(adminToken));
        assertEquals(200, byAdmin.status(), "an admin may");
        assertTrue(byAdmin.json().get("revoked").asBoolean());
        assertEquals(401, call("GET", "/api/v1/session", null, bearer(secret)).status(), "revoked");

        Reply out = call("DELETE", "/api/v1/session", null, cookie(a, a.csrf()));
        assertEquals(200, out.status());
        assertTrue(out.raw().headers().firstValue("set-cookie").orElse("").contains("Max-Age=0"));
        assertTrue(call("GET", "/api/v1/session", null, cookie(a, null)).json().get("user").isNull(),
                "ana is logged out");
        assertEquals(401, call("POST", "/api/v1/tokens", "{}", cookie(a, a.csrf())).status(),
                "the old cookie no longer acts");
        assertEquals("bob", call("GET", "/api/v1/session", null, cookie(b, null)).json().get("user").asText(),
                "bob is still logged in");
        Reply own = call("POST", "/api/v1/tokens", "{}", cookie(b, b.csrf()));
        assertEquals("bob", own.json().get("user").asText());
        assertEquals(200, call("DELETE", "/api/v1/tokens/" + own.json().get("id").asLong(), null,
                cookie(b, b.csrf())).status(), "bob may revoke his own token");
    }

    static boolean contains(JsonNode tokens, long id) {
        for (JsonNode t : tokens) {
            if (t.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ roles

    @Test
    void analystsMayUploadWithTheCookieAndCsrfOrAToken() throws Exception {
        String boundary = "----fgauth";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
                + "filename=\"liwa.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "Liwa al-Haqq | member_of | Jaysh al-Fatah | 2015-03 | 2016-01\n\r\n--" + boundary + "--\r\n";
        Session a = login("ana", ANALYST_PW);
        Map<String, String> h = new LinkedHashMap<>(cookie(a, a.csrf()));
        h.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        Reply r = call("POST", "/api/v1/documents", body, h);
        assertEquals(200, r.status(), r.raw().body());
        Map<String, String> t = new LinkedHashMap<>(bearer(analystToken));
        t.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        Reply again = call("POST", "/api/v1/documents", body, t);
        assertEquals(200, again.status(), again.raw().body());
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        assertEquals(403, call("GET", "/api/v1/users", null, bearer(analystToken)).status());
        assertEquals(403, call("POST", "/api/v1/users", json("name", "x", "role", "admin", "password", "12345678"),
                bearer(analystToken)).status(), "an analyst cannot make themselves an admin");
        Session admin = login("ada", ADMIN_PW);
        Map<String, String> h = cookie(admin, admin.csrf());
        Reply added = call("POST", "/api/v1/users", json("name", "kim", "role", "viewer", "password",
                "kim password 1"), h);
        assertEquals(200, added.status(), added.raw().body());
        assertEquals("viewer", added.json().get("role").asText());
        assertFalse(added.raw().body().contains("password"), added.raw().body());
        assertEquals(409, call("POST", "/api/v1/users", json("name", "kim", "role", "viewer", "password",
                "kim password 1"), h).status());
        assertEquals(400, call("POST", "/api/v1/users", json("name", "kim 2", "role", "viewer", "password",
                "kim password 1"), h).status());
        assertEquals(400, call("POST", "/api/v1/users", json("name", "kim2", "role", "root", "password",
                "kim password 1"), h).status());
        assertEquals(400, call("POST", "/api/v1/users", json("name", "kim2", "role", "viewer", "password",
                "short"), h).status());
        assertEquals(400, call("POST", "/api/v1/users", "not json", h).status());
        JsonNode users = call("GET", "/api/v1/users", null, h).json();
        assertTrue(users.toString().contains("\"kim\""), users.toString());
        Session kim = login("kim", "kim password 1");
        assertEquals(403, call("POST", "/api/v1/documents", "{}", cookie(kim, kim.csrf())).status());
        assertEquals("analyst", call("PATCH", "/api/v1/users/kim", json("role", "analyst"), h).json()
                .get("role").asText());
        assertEquals("analyst", call("GET", "/api/v1/session", null, cookie(kim, null)).json().get("role").asText(),
                "a role change applies to the live session");
        assertEquals(200, call("PATCH", "/api/v1/users/kim", json("password", "kim password 2"), h).status());
        assertTrue(call("GET", "/api/v1/session", null, cookie(kim, null)).json().get("user").isNull(),
                "a new password ends the user's sessions");
        assertEquals(404, call("PATCH", "/api/v1/users/nobody", json("role", "viewer"), h).status());
        assertEquals(409, call("DELETE", "/api/v1/users/ada", null, h).status(), "never the last admin");
        assertEquals(200, call("DELETE", "/api/v1/users/kim", null, h).status());
        assertEquals(401, call("POST", "/api/v1/session", json("name", "kim", "password", "kim password 2"),
                Map.of()).status());
    }

    // ------------------------------------------------------------------------------------------------ public

    @Test
    void aPublicServerNeedsALoginForReadsAndAnAdminToStart(@TempDir Path other) throws Exception {
        try (ClaimStore s = ClaimStore.openSqlite(other.resolve("p.db"))) {
            TestWorld.fill(s);
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> FactionGraphServer.start(ServerOptions.of(s).withPort(0).withAnonymousReads(false)));
            assertTrue(e.getMessage().contains("admin"), e.getMessage());
            s.accounts().addUser("root", Role.ADMIN, ADMIN_PW);
            s.accounts().addUser("view", Role.VIEWER, VIEWER_PW);
            String viewer = s.accounts().createToken("view", null).secret();
            FactionGraphServer srv = FactionGraphServer.start(ServerOptions.of(s).withPort(0)
                    .withAnonymousReads(false));
            String saved = base;
            try {
                base = "http://127.0.0.1:" + srv.port();
                assertEquals(401, call("GET", "/api/v1/stats", null, Map.of()).status());
                assertEquals(401, call("GET", "/api/v1/graph/network?at=2015", null, Map.of()).status());
                assertEquals(200, call("GET", "/api/v1/stats", null, bearer(viewer)).status());
                Reply session = call("GET", "/api/v1/session", null, Map.of());
                assertEquals(200, session.status());
                assertTrue(session.json().get("readsNeedLogin").asBoolean());
                assertEquals(200, call("GET", "/api/v1/openapi.json", null, Map.of()).status());
                Session v = login("view", VIEWER_PW);
                assertEquals(200, call("GET", "/api/v1/entities", null, cookie(v, null)).status());
            } finally {
                base = saved;
                srv.stop();
            }
        }
    }

    @Test
    void repeatedFailedLoginsAreSlowedAndThenRefused(@TempDir Path other) throws Exception {
        try (ClaimStore s = ClaimStore.openSqlite(other.resolve("t.db"))) {
            s.accounts().addUser("ana", Role.ANALYST, ANALYST_PW);
            FactionGraphServer srv = FactionGraphServer.start(ServerOptions.of(s).withPort(0));
            String saved = base;
            try {
                base = "http://127.0.0.1:" + srv.port();
                long t0 = System.nanoTime();
                for (int i = 0; i < Auth.MAX_FAILURES; i++) {
                    assertEquals(401, call("POST", "/api/v1/session", json("name", "ana", "password", "guess" + i),
                            Map.of()).status());
                }
                long perFailure = (System.nanoTime() - t0) / 1_000_000 / Auth.MAX_FAILURES;
                assertTrue(perFailure >= Auth.FAILED_LOGIN_MILLIS, "each failure takes " + perFailure + " ms");
                Reply blocked = call("POST", "/api/v1/session", json("name", "ana", "password", ANALYST_PW),
                        Map.of());
                assertEquals(429, blocked.status(), "even the right password waits now");
                assertNotNull(blocked.raw().headers().firstValue("retry-after").orElse(null));
            } finally {
                base = saved;
                srv.stop();
            }
        }
    }

    @Test
    void aBearerTokenNeedsNoCsrfAndIsNotACookieSession() throws Exception {
        Reply r = call("POST", "/api/v1/tokens", json("label", "ci"), bearer(analystToken));
        assertEquals(200, r.status(), r.raw().body());
        Reply who = call("GET", "/api/v1/session", null, bearer(analystToken));
        assertEquals("token", who.json().get("via").asText());
        assertNull(who.json().get("csrf").textValue());
        Reply bad = call("GET", "/api/v1/stats", null, Map.of("Authorization", "Basic YW5hOnB3"));
        assertEquals(401, bad.status());
    }
}
