package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users, tokens and serve --public, run in-process on real SQLite stores; serve over real HTTP. */
class AccountCommandsTest {

    @TempDir
    Path dir;

    /** Runs the command line with {@code stdin} as standard input. */
    static Cli.Result withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    String db() {
        return dir.resolve("fg.db").toString();
    }

    @Test
    void usersAreAddedListedChangedAndRemovedWithPasswordsFromStandardInput() {
        Cli.Result add = withStdin("admin password 1\n", "users", "add", "ada", "--role", "admin", "--password-stdin",
                "--db", db());
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("added ada (admin)"), add.out());
        assertEquals(0, withStdin("viewer password 1\n", "users", "add", "vic", "--role", "Viewer",
                "--password-stdin", "--db", db()).code());
        Cli.Result list = Cli.run("users", "list", "--db", db());
        assertTrue(list.out().contains("ada") && list.out().contains("admin") && list.out().contains("vic"),
                list.out());
        assertFalse(list.out().contains("password"), list.out());

        assertEquals(0, Cli.run("users", "role", "vic", "analyst", "--db", db()).code());
        assertEquals(0, withStdin("a new password\n", "users", "passwd", "vic", "--password-stdin", "--db", db())
                .code());
        try (ClaimStore s = ClaimStore.openSqlite(Path.of(db()))) {
            assertEquals(Role.ANALYST, s.accounts().user("vic").orElseThrow().role());
            assertTrue(s.accounts().verifyPassword("vic", "a new password").isPresent());
            assertTrue(s.accounts().verifyPassword("vic", "viewer password 1").isEmpty());
        }
        Cli.Result last = Cli.run("users", "remove", "ada", "--db", db());
        assertEquals(Main.BAD_INPUT, last.code());
        assertTrue(last.err().contains("last admin"), last.err());
        assertEquals(1, last.err().strip().lines().count(), last.err());
        assertEquals(0, Cli.run("users", "remove", "vic", "--db", db()).code());
        assertFalse(Cli.run("users", "list", "--db", db()).out().contains("vic"));
    }

    @Test
    void badAccountInputIsRefusedWithOneLine() {
        Cli.Result noStdin = withStdin("", "users", "add", "ana", "--role", "analyst", "--password-stdin", "--db",
                db());
        assertEquals(Main.BAD_INPUT, noStdin.code());
        assertTrue(noStdin.err().contains("no password"), noStdin.err());
        Cli.Result shortPw = withStdin("short\n", "users", "add", "ana", "--role", "analyst", "--password-stdin",
                "--db", db());
        assertEquals(Main.BAD_INPUT, shortPw.code());
        assertTrue(shortPw.err().contains("at least 8"), shortPw.err());
        Cli.Result noTerminal = Cli.run("users", "add", "ana", "--role", "analyst", "--db", db());
        assertEquals(Main.BAD_INPUT, noTerminal.code(), "tests have no console to ask on");
        assertTrue(noTerminal.err().contains("--password-stdin"), noTerminal.err());
        assertEquals(Main.USAGE, Cli.run("users", "add", "ana", "--role", "root", "--db", db()).code());
        assertEquals(Main.USAGE, Cli.run("users", "add", "ana", "--password", "secret", "--role", "admin", "--db",
                db()).code(), "there is no option that takes the password as an argument");
        Cli.Result badName = withStdin("long enough 1\n", "users", "add", "a b", "--role", "viewer",
                "--password-stdin", "--db", db());
        assertEquals(Main.BAD_INPUT, badName.code());
        assertEquals(Main.BAD_INPUT, Cli.run("users", "role", "nobody", "admin", "--db", db()).code());
        assertEquals(Main.USAGE, Cli.run("users", "--db", db()).code());
    }

    @Test
    void aTokenIsPrintedOnceListedWithoutItsSecretAndRevoked() {
        withStdin("analyst password 1\n", "users", "add", "ana", "--role", "analyst", "--password-stdin", "--db",
                db());
        Cli.Result made = Cli.run("tokens", "create", "--user", "ana", "--label", "nightly import", "--db", db());
        assertEquals(0, made.code(), made.err());
        String token = made.out().strip();
        assertTrue(token.matches("fgt_[A-Za-z0-9_-]{43}"), token);
        Cli.Result list = Cli.run("tokens", "list", "--db", db());
        assertTrue(list.out().contains("nightly import") && list.out().contains("ana"), list.out());
        assertFalse(list.out().contains(token), "the secret is never shown again");
        try (ClaimStore s = ClaimStore.openSqlite(Path.of(db()))) {
            assertEquals("ana", s.accounts().tokenUser(token).orElseThrow().name());
        }
        assertEquals(0, Cli.run("tokens", "revoke", "1", "--db", db()).code());
        try (ClaimStore s = ClaimStore.openSqlite(Path.of(db()))) {
            assertTrue(s.accounts().tokenUser(token).isEmpty());
        }
        assertEquals(Main.BAD_INPUT, Cli.run("tokens", "revoke", "42", "--db", db()).code());
        assertEquals(Main.BAD_INPUT, Cli.run("tokens", "create", "--user", "nobody", "--db", db()).code());
    }

    @Test
    void servePublicRefusesWithoutAnAdminAndAnOutsideHostNeedsPublic() {
        withStdin("viewer password 1\n", "users", "add", "vic", "--role", "viewer", "--password-stdin", "--db", db());
        Cli.Result r = Cli.run("serve", "--public", "--port", "0", "--db", db());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("needs an admin account"), r.err());
        Cli.Result outside = Cli.run("serve", "--host", "0.0.0.0", "--port", "0", "--db", db());
        assertEquals(Main.USAGE, outside.code());
        assertTrue(outside.err().contains("--public"), outside.err());
    }

    @Test
    void servePublicStartsOnceAnAdminExistsAndRequiresLoginsForReads() throws Exception {
        withStdin("admin password 1\n", "users", "add", "ada", "--role", "admin", "--password-stdin", "--db", db());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(Main.commandLine(new PrintWriter(out, true),
                new PrintWriter(err, true)).execute("serve", "--public", "--port", "0", "--db", db())));
        serving.start();
        Pattern at = Pattern.compile("at http://0\\.0\\.0\\.0:(\\d+)/");
        Matcher m = at.matcher("");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!(m = at.matcher(out.toString())).find()) {
            assertTrue(serving.isAlive(), "serve stopped: " + err);
            assertTrue(System.currentTimeMillis() < deadline, "serve did not start: " + out + err);
            Thread.sleep(50);
        }
        int port = Integer.parseInt(m.group(1));
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/stats")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, stats.statusCode(), "public: reads need a login");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/session")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ada\",\"password\":\"admin password 1\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
            HttpResponse<String> withLogin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/stats")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withLogin.statusCode(), withLogin.body());
        } finally {
            serving.interrupt();
            serving.join(20_000);
        }
        assertFalse(serving.isAlive(), "serve stopped when interrupted");
        assertEquals(0, code.get(), err.toString());
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000);
            throw new AssertionError("the server still listens on " + port);
        } catch (java.io.IOException expected) {
            // closed: good
        }
    }
}
