package org.factiongraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factiongraph.store.AccountException;
import org.factiongraph.store.Accounts;
import org.factiongraph.store.ApiToken;
import org.factiongraph.store.LoginSession;
import org.factiongraph.store.NewApiToken;
import org.factiongraph.store.PasswordHash;
import org.factiongraph.store.Role;
import org.factiongraph.store.User;

/**
 * Who is calling and what they may do, for every request under {@code /api/v1}, decided in one before-handler from
 * the method and path alone, so that a route added later is covered without being marked:
 *
 * <ul>
 *   <li>A caller is authenticated by the session cookie {@value #COOKIE} (set by {@code POST /api/v1/session}) or
 *       by {@code Authorization: Bearer <API token>}. A Bearer header that is not a live token is refused (401)
 *       even where no login is needed; a stale cookie is ignored.</li>
 *   <li>Every request that is not GET, HEAD or OPTIONS needs a user with role analyst or above — admin under
 *       {@code /api/v1/users} — except the self-service routes: logging in ({@code POST /api/v1/session}, open to
 *       all), logging out and creating or revoking one's own API tokens (any logged-in user).</li>
 *   <li>Such a request made with the session cookie must also send the header {@value #CSRF_HEADER} equal to the
 *       session's CSRF token (returned by login and by {@code GET /api/v1/session}); a Bearer request needs none,
 *       since a browser never adds that header by itself.</li>
 *   <li>Reads are open to anonymous callers when the server allows anonymous reads (bound to loopback), else they
 *       need a logged-in user of any role; {@code /api/v1/users} needs an admin and {@code /api/v1/tokens} a
 *       logged-in user either way; {@code GET /api/v1/session} and the OpenAPI document are always open.</li>
 * </ul>
 * Not logged in: 401 JSON; logged in without the role or without the CSRF token: 403 JSON. Failed logins take at
 * least {@value #FAILED_LOGIN_MILLIS} ms, and an address with {@value #MAX_FAILURES} failures in a minute is told to
 * wait (429). Thread-safe.
 */
final class Auth {

    /** The session cookie's name. */
    static final String COOKIE = "fg_session";
    /** The header that must repeat the session's CSRF token on every state-changing request made with the cookie. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final long FAILED_LOGIN_MILLIS = 400;
    static final int MAX_FAILURES = 10;
    private static final long FAILURE_WINDOW_MILLIS = 60_000;
    private static final String PRINCIPAL = "factiongraph.principal";
    private static final String BASE = Api.BASE;

    /** What a request needs. */
    enum Requirement {
        /** Nothing: anyone may call it. */
        NONE(null),
        /** A logged-in user of any role. */
        LOGIN(Role.VIEWER),
        ANALYST(Role.ANALYST),
        ADMIN(Role.ADMIN);

        final Role role;

        Requirement(Role role) {
            this.role = role;
        }
    }

    /** The authenticated caller: the user with their current role, and the session when it came by cookie. */
    record Principal(User user, LoginSession session) {
        String via() {
            return session != null ? "cookie" : "token";
        }
    }

    private final Accounts accounts;
    private final boolean anonymousReads;
    private final ObjectMapper om;
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>();

    Auth(Accounts accounts, boolean anonymousReads, ObjectMapper om) {
        this.accounts = accounts;
        this.anonymousReads = anonymousReads;
        this.om = om;
    }

    // ------------------------------------------------------------------------------------------------ the rule

    static boolean isRead(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
    }

    /**
     * What a request with this method on this path (a request path, or a route path with {@code {param}}s) needs.
     * The one place where access is decided.
     */
    static Requirement requirement(String method, String path, boolean anonymousReads) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (under(p, BASE + "/users")) {
            return Requirement.ADMIN;
        }
        boolean tokens = under(p, BASE + "/tokens");
        boolean session = p.equals(BASE + "/session");
        if (isRead(method)) {
            if (session || p.equals(BASE + "/openapi.json")) {
                return Requirement.NONE;
            }
            return tokens || !anonymousReads ? Requirement.LOGIN : Requirement.NONE;
        }
        String m = method.toUpperCase(Locale.ROOT);
        if (session && m.equals("POST")) {
            return Requirement.NONE;
        }
        if ((session && m.equals("DELETE")) || (p.equals(BASE + "/tokens") && m.equals("POST"))
                || (tokens && !p.equals(BASE + "/tokens") && m.equals("DELETE"))) {
            return Requirement.LOGIN;
        }
        return Requirement.ANALYST;
    }

    /** True when a request with this method and path must carry the CSRF header when it comes with the cookie. */
    static boolean needsCsrf(String method, String path) {
        return !isRead(method) && requirement(method, path, true) != Requirement.NONE;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** The before-handler of {@code /api/v1/*}. */
    void before(Context ctx) {
        String method = ctx.method().name();
        String path = ctx.path();
        Principal p = authenticate(ctx);
        Requirement req = requirement(method, path, anonymousReads);
        if (req == Requirement.NONE) {
            return;
        }
        if (p == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"factiongraph\"");
            throw new UnauthorizedResponse(isRead(method) ? "log in to read this server's data"
                    : "log in (as analyst or admin) to change data");
        }
        if (p.session() != null && needsCsrf(method, path)
                && !PasswordHash.constantTimeEquals(ctx.header(CSRF_HEADER), p.session().csrfToken())) {
            throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header");
        }
        if (!p.user().role().atLeast(req.role)) {
            throw new ForbiddenResponse(p.user().name() + " is " + p.user().role().wire() + "; this needs "
                    + req.role.wire());
        }
    }

    /**
     * Finds the caller: the Bearer token when an Authorization header is sent (refused with 401 when it is not a
     * live token), else the session cookie (ignored when stale). Remembered on the context.
     */
    private Principal authenticate(Context ctx) {
        String authz = ctx.header("Authorization");
        Principal p = null;
        if (authz != null && !authz.isBlank()) {
            String[] parts = authz.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
                throw new UnauthorizedResponse("the Authorization header must be 'Bearer <API token>'");
            }
            User u = accounts.tokenUser(parts[1]).orElseThrow(
                    () -> new UnauthorizedResponse("the API token is not valid (revoked, or its user was removed)"));
            p = new Principal(u, null);
        } else {
            String cookie = ctx.cookie(COOKIE);
            if (cookie != null && !cookie.isEmpty()) {
                p = accounts.session(cookie).map(s -> new Principal(s.user(), s)).orElse(null);
            }
        }
        ctx.attribute(PRINCIPAL, p);
        return p;
    }

    /** The authenticated caller of this request, if any (set by the before-handler). */
    static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /**
     * The name of the authenticated caller, for audit entries ("who"); null when anonymous. Every state-changing
     * route under /api/v1 has an authenticated caller.
     */
    static String userName(Context ctx) {
        return principal(ctx).map(p -> p.user().name()).orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ routes

    List<ApiRoute> routes() {
        ApiRoute.Param name = ApiRoute.path("name", "ana", "user name");
        return List.of(
                new ApiRoute("get", BASE + "/session", "getSession", "Who is logged in (user null when nobody), "
                        + "with the CSRF token to send as " + CSRF_HEADER + " on changes", List.of(), "Session",
                        false, this::getSession, null),
                new ApiRoute("post", BASE + "/session", "login", "Log in with name and password: sets the session "
                        + "cookie " + COOKIE + " (HttpOnly, SameSite=Strict) and returns the CSRF token", List.of(),
                        "Session", false, this::login, "LoginRequest"),
                new ApiRoute("delete", BASE + "/session", "logout", "Log out: ends this session and clears the "
                        + "cookie", List.of(), "Session", false, this::logout, null),
                new ApiRoute("get", BASE + "/users", "listUsers", "Every user with their role (admin only)",
                        List.of(), "User", true, this::listUsers, null),
                new ApiRoute("post", BASE + "/users", "addUser", "Add a user (admin only)", List.of(), "User",
                        false, this::addUser, "NewUser"),
                new ApiRoute("patch", BASE + "/users/{name}", "changeUser", "Change a user's role or password "
                        + "(admin only); a new password ends the user's sessions", List.of(name), "User", false,
                        this::changeUser, "UserChange"),
                new ApiRoute("delete", BASE + "/users/{name}", "removeUser", "Remove a user with their sessions "
                        + "and tokens (admin only; never the last admin)", List.of(name), "User", false,
                        this::removeUser, null),
                new ApiRoute("get", BASE + "/tokens", "listTokens", "Your API tokens (an admin sees everyone's); "
                        + "the secrets are never shown again", List.of(), "ApiToken", true, this::listTokens, null),
                new ApiRoute("post", BASE + "/tokens", "createToken", "Create an API token for yourself, to send as "
                        + "'Authorization: Bearer <token>'; the token is in this response only", List.of(),
                        "NewApiToken", false, this::createToken, "NewToken"),
                new ApiRoute("delete", BASE + "/tokens/{id}", "revokeToken", "Revoke one of your API tokens (an "
                        + "admin may revoke anyone's)", List.of(ApiRoute.path("id", "1", "token id")), "ApiToken",
                        false, this::revokeToken, null));
    }

    // ------------------------------------------------------------------------------------------------ handlers

    record SessionView(String user, String role, String csrf, String via, boolean readsNeedLogin) {
    }

    record UserView(String name, String role, Instant created) {
        static UserView of(User u) {
            return new UserView(u.name(), u.role().wire(), u.createdAt());
        }
    }

    record TokenView(long id, String user, String label, Instant created, boolean revoked, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.user(), t.label(), t.createdAt(), t.revoked(), t.revokedAt());
        }
    }

    record NewTokenView(long id, String user, String label, Instant created, String token) {
    }

    private SessionView view(Principal p) {
        if (p == null) {
            return new SessionView(null, null, null, null, !anonymousReads);
        }
        return new SessionView(p.user().name(), p.user().role().wire(),
                p.session() == null ? null : p.session().csrfToken(), p.via(), !anonymousReads);
    }

    private void getSession(Context ctx) {
        ctx.json(view(principal(ctx).orElse(null)));
    }

    private void login(Context ctx) {
        long started = System.nanoTime();
        JsonNode body = jsonBody(ctx, true, "name", "password");
        String name = text(body, "name", true);
        String password = text(body, "password", true);
        String addr = ctx.ip();
        long wait = throttled(addr);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new HttpResponseException(429, "too many failed logins from this address; try again in " + wait
                    + " s");
        }
        Optional<User> u = accounts.verifyPassword(name, password);
        if (u.isEmpty()) {
            recordFailure(addr);
            long spent = (System.nanoTime() - started) / 1_000_000;
            if (spent < FAILED_LOGIN_MILLIS) {
                try {
                    Thread.sleep(FAILED_LOGIN_MILLIS - spent);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new UnauthorizedResponse("wrong name or password");
        }
        String old = ctx.cookie(COOKIE);
        if (old != null) {
            accounts.deleteSession(old);
        }
        LoginSession s = accounts.createSession(u.get().name());
        setCookie(ctx, s.secret(), Accounts.SESSION_LIFETIME.toSeconds());
        Principal p = new Principal(s.user(), s);
        ctx.attribute(PRINCIPAL, p);
        ctx.json(view(p));
    }

    private void logout(Context ctx) {
        Principal p = principal(ctx).orElseThrow();
        if (p.session() != null) {
            accounts.deleteSession(ctx.cookie(COOKIE));
            setCookie(ctx, "", 0);
        }
        ctx.json(view(null));
    }

    private void listUsers(Context ctx) {
        List<UserView> out = new ArrayList<>();
        for (User u : accounts.users()) {
            out.add(UserView.of(u));
        }
        ctx.json(out);
    }

    private void addUser(Context ctx) {
        JsonNode body = jsonBody(ctx, true, "name", "role", "password");
        String name = text(body, "name", true);
        Role role = Role.parse(text(body, "role", true));
        ctx.json(UserView.of(accounts.addUser(name, role, text(body, "password", true))));
    }

    private void changeUser(Context ctx) {
        String name = ctx.pathParam("name");
        JsonNode body = jsonBody(ctx, true, "role", "password");
        String role = text(body, "role", false);
        String password = text(body, "password", false);
        if (role == null && password == null) {
            throw new IllegalArgumentException("send 'role', 'password' or both");
        }
        Role newRole = role == null ? null : Role.parse(role);
        if (password != null) {
            PasswordHash.checkNew(password);
        }
        User u = accounts.user(name).orElseThrow(() -> new NotFoundException("no user named " + Params.clip(name)));
        if (newRole != null) {
            u = accounts.changeRole(name, newRole);
        }
        if (password != null) {
            accounts.changePassword(name, password);
        }
        ctx.json(UserView.of(u));
    }

    private void removeUser(Context ctx) {
        String name = ctx.pathParam("name");
        User u = accounts.user(name).orElseThrow(() -> new NotFoundException("no user named " + Params.clip(name)));
        accounts.removeUser(name);
        ctx.json(UserView.of(u));
    }

    private void listTokens(Context ctx) {
        Principal p = principal(ctx).orElseThrow();
        boolean admin = p.user().role() == Role.ADMIN;
        List<TokenView> out = new ArrayList<>();
        for (ApiToken t : accounts.tokens(admin ? null : p.user().name())) {
            out.add(TokenView.of(t));
        }
        ctx.json(out);
    }

    private void createToken(Context ctx) {
        Principal p = principal(ctx).orElseThrow();
        String label = JsonBody.read(ctx, false, List.of("label")).text("label", 200);
        NewApiToken t = accounts.createToken(p.user().name(), label);
        ctx.json(new NewTokenView(t.token().id(), t.token().user(), t.token().label(), t.token().createdAt(),
                t.secret()));
    }

    private void revokeToken(Context ctx) {
        Principal p = principal(ctx).orElseThrow();
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a token id is a number: " + Params.clip(raw));
        }
        ApiToken t = accounts.token(id).orElseThrow(() -> new NotFoundException("no token " + id));
        if (!t.user().equals(p.user().name()) && p.user().role() != Role.ADMIN) {
            throw new ForbiddenResponse("token " + id + " is not yours");
        }
        accounts.revokeToken(id);
        ctx.json(TokenView.of(accounts.token(id).orElse(t)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Sets (or, with max age 0, clears) the session cookie; Secure when the request came over TLS. */
    private static void setCookie(Context ctx, String value, long maxAgeSeconds) {
        boolean tls = ctx.req().isSecure() || "https".equalsIgnoreCase(ctx.scheme());
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : ""));
    }

    /**
     * The request's JSON object. JSON only (Content-Type application/json): a cross-site HTML form cannot send
     * that, which also keeps others from logging a browser in to their account.
     */
    /**
     * The request's JSON object, read as strictly as every other change's body ({@link JsonBody}: at most 64 KB,
     * application/json, only the given fields); fields are then taken exactly as sent.
     */
    private static JsonNode jsonBody(Context ctx, boolean required, String... fields) {
        return JsonBody.read(ctx, required, List.of(fields)).node();
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return v.asText();
    }

    /** Seconds to wait before this address may try again; 0 when it may try now. */
    private long throttled(String addr) {
        synchronized (failures) {
            Deque<Long> d = failures.get(addr);
            if (d == null) {
                return 0;
            }
            long now = System.currentTimeMillis();
            while (!d.isEmpty() && d.peekFirst() < now - FAILURE_WINDOW_MILLIS) {
                d.pollFirst();
            }
            if (d.size() < MAX_FAILURES) {
                return 0;
            }
            return Math.max(1, (d.peekFirst() + FAILURE_WINDOW_MILLIS - now + 999) / 1000);
        }
    }

    private void recordFailure(String addr) {
        synchronized (failures) {
            if (failures.size() > 10_000) {
                failures.clear();
            }
            failures.computeIfAbsent(addr, k -> new ArrayDeque<>()).addLast(System.currentTimeMillis());
        }
    }
}
