package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {

    @TempDir
    Path dir;

    @Test
    void passwordsAreStoredAsArgon2idAndOnlyTheRightOneVerifies() throws Exception {
        Path db = dir.resolve("a.db");
        try (ClaimStore s = ClaimStore.openSqlite(db)) {
            Accounts a = s.accounts();
            a.addUser("ada", Role.ADMIN, "correct horse battery");
            assertEquals("ada", a.verifyPassword("ada", "correct horse battery").orElseThrow().name());
            assertTrue(a.verifyPassword("ada", "correct horse batterY").isEmpty());
            assertTrue(a.verifyPassword("nobody", "correct horse battery").isEmpty());
            assertTrue(a.verifyPassword("ada", null).isEmpty());
        }
        List<String> hashes = column(db, "SELECT password_hash FROM users");
        assertEquals(1, hashes.size());
        assertTrue(hashes.get(0).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+"),
                hashes.get(0));
        assertFalse(hashes.get(0).contains("correct horse"));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String a = PasswordHash.hash("same password");
        String b = PasswordHash.hash("same password");
        assertNotEquals(a, b, "a fresh salt each time");
        assertTrue(PasswordHash.verify("same password", a) && PasswordHash.verify("same password", b));
        assertFalse(PasswordHash.verify("same password", "$argon2id$v=19$m=9999999,t=99,p=1$AAAA$BBBB"));
        assertFalse(PasswordHash.verify("same password", "plain text"));
    }

    @Test
    void sessionsAndTokensAreStoredOnlyAsHashes() throws Exception {
        Path db = dir.resolve("b.db");
        String session;
        String token;
        try (ClaimStore s = ClaimStore.openSqlite(db)) {
            Accounts a = s.accounts();
            a.addUser("ana", Role.ANALYST, "analyst password");
            LoginSession ls = a.createSession("ana");
            session = ls.secret();
            assertTrue(session.length() >= 43, "256 bits");
            assertEquals("ana", a.session(session).orElseThrow().user().name());
            assertEquals(ls.csrfToken(), a.session(session).orElseThrow().csrfToken());
            NewApiToken t = a.createToken("ana", "laptop");
            token = t.secret();
            assertEquals("ana", a.tokenUser(token).orElseThrow().name());
            assertEquals("laptop", a.tokens("ana").get(0).label());
        }
        List<String> all = new ArrayList<>();
        all.addAll(column(db, "SELECT id_hash FROM sessions"));
        all.addAll(column(db, "SELECT token_hash FROM api_tokens"));
        assertEquals(2, all.size());
        for (String v : all) {
            assertTrue(v.matches("[0-9a-f]{64}"), v);
        }
        assertFalse(all.contains(session) || all.contains(token));
        assertTrue(all.contains(PasswordHash.sha256(session)) && all.contains(PasswordHash.sha256(token)));
    }

    @Test
    void loggingOutRevokingAndPasswordChangesEndAccess() {
        try (ClaimStore s = ClaimStore.openSqlite(dir.resolve("c.db"))) {
            Accounts a = s.accounts();
            a.addUser("ana", Role.ANALYST, "analyst password");
            a.addUser("bob", Role.VIEWER, "viewer password");
            String s1 = a.createSession("ana").secret();
            String s2 = a.createSession("ana").secret();
            String b1 = a.createSession("bob").secret();
            assertTrue(a.deleteSession(s1));
            assertTrue(a.session(s1).isEmpty());
            assertTrue(a.session(s2).isPresent(), "another session of the same user stays");
            assertTrue(a.session(b1).isPresent(), "another user's session stays");
            a.changePassword("ana", "a new password");
            assertTrue(a.session(s2).isEmpty(), "a password change ends the user's sessions");
            assertTrue(a.session(b1).isPresent());
            NewApiToken t = a.createToken("ana", null);
            assertTrue(a.revokeToken(t.token().id()));
            assertFalse(a.revokeToken(t.token().id()));
            assertTrue(a.tokenUser(t.secret()).isEmpty());
            assertTrue(a.tokens(null).get(0).revoked());
            assertEquals(AccountException.Reason.NOT_FOUND,
                    assertThrows(AccountException.class, () -> a.revokeToken(99)).reason());
        }
    }

    @Test
    void rolesChangeAndTheLastAdminCannotBeRemovedOrDemoted() {
        try (ClaimStore s = ClaimStore.openSqlite(dir.resolve("d.db"))) {
            Accounts a = s.accounts();
            assertFalse(a.hasAdmin());
            a.addUser("ada", Role.ADMIN, "admin password");
            assertTrue(a.hasAdmin());
            AccountException e = assertThrows(AccountException.class, () -> a.removeUser("ada"));
            assertEquals(AccountException.Reason.CONFLICT, e.reason());
            assertThrows(AccountException.class, () -> a.changeRole("ada", Role.VIEWER));
            a.addUser("eve", Role.VIEWER, "viewer password");
            String token = a.createToken("eve", "x").secret();
            String session = a.createSession("eve").secret();
            assertEquals(Role.VIEWER, a.session(session).orElseThrow().user().role());
            a.changeRole("eve", Role.ADMIN);
            assertEquals(Role.ADMIN, a.session(session).orElseThrow().user().role(), "roles apply at once");
            a.changeRole("ada", Role.ANALYST);
            a.removeUser("ada");
            assertTrue(a.user("ada").isEmpty());
            assertEquals(List.of("eve"), a.users().stream().map(User::name).toList());
            assertEquals(AccountException.Reason.CONFLICT,
                    assertThrows(AccountException.class, () -> a.addUser("eve", Role.VIEWER, "whatever123")).reason());
            a.addUser("zed", Role.ADMIN, "admin password");
            a.removeUser("eve");
            assertTrue(a.tokenUser(token).isEmpty(), "a removed user's tokens go with them");
            assertTrue(a.session(session).isEmpty());
        }
    }

    @Test
    void badNamesPasswordsAndRolesAreRefused() {
        try (ClaimStore s = ClaimStore.openSqlite(dir.resolve("e.db"))) {
            Accounts a = s.accounts();
            for (String bad : new String[] {"", " ", "a b", "x".repeat(65), "<script>", "an\na"}) {
                assertEquals(AccountException.Reason.INVALID,
                        assertThrows(AccountException.class, () -> a.addUser(bad, Role.VIEWER, "long enough"))
                                .reason(), bad);
            }
            assertThrows(AccountException.class, () -> a.addUser("ana", Role.VIEWER, "short"));
            assertThrows(AccountException.class, () -> a.addUser("ana", Role.VIEWER, "x".repeat(1025)));
            assertThrows(AccountException.class, () -> Role.parse("root"));
            assertEquals(Role.ANALYST, Role.parse("Analyst"));
            assertTrue(a.users().isEmpty());
        }
    }

    private static List<String> column(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
