package org.factiongraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link Accounts} over the connection of a {@link JdbcClaimStore}: every method holds the store's lock, so account
 * and claim operations never interleave on the connection. Password hashing (slow by design) runs outside the
 * lock.
 */
final class JdbcAccounts implements Accounts {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MAX_LABEL = 200;
    static final String SESSION_PREFIX = "";
    static final String TOKEN_PREFIX = "fgt_";

    private static final String USER_COLUMNS = "u.id, u.name, u.role, u.created_at";

    private final JdbcClaimStore store;
    private final Connection conn;
    private final Dialect dialect;

    JdbcAccounts(JdbcClaimStore store, Connection conn, Dialect dialect) {
        this.store = store;
        this.conn = conn;
        this.dialect = dialect;
    }

    // ---------------------------------------------------------------- users

    @Override
    public User addUser(String name, Role role, String password) {
        String n = checkName(name);
        Objects.requireNonNull(role, "role");
        PasswordHash.checkNew(password);
        String hash = PasswordHash.hash(password);
        synchronized (store) {
            store.checkOpen();
            return write("add user " + n, c -> {
                if (userRow(c, n) != null) {
                    throw new AccountException(AccountException.Reason.CONFLICT, "a user named " + n
                            + " already exists");
                }
                long id = nextId(c, "users");
                long now = System.currentTimeMillis();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (id, name, role, password_hash,"
                        + " created_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, n);
                    ps.setString(3, role.wire());
                    ps.setString(4, hash);
                    ps.setLong(5, now);
                    ps.executeUpdate();
                }
                return new User(id, n, role, Instant.ofEpochMilli(now));
            });
        }
    }

    @Override
    public List<User> users() {
        synchronized (store) {
            store.checkOpen();
            return read("list users", c -> {
                List<User> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users u ORDER BY u.name");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(userOf(rs));
                    }
                }
                return out;
            });
        }
    }

    @Override
    public Optional<User> user(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        synchronized (store) {
            store.checkOpen();
            return Optional.ofNullable(read("find user", c -> userRow(c, name)));
        }
    }

    @Override
    public boolean hasAdmin() {
        synchronized (store) {
            store.checkOpen();
            return read("count admins", c -> admins(c) > 0);
        }
    }

    @Override
    public void removeUser(String name) {
        String n = checkName(name);
        synchronized (store) {
            store.checkOpen();
            write("remove user " + n, c -> {
                User u = existing(c, n);
                if (u.role() == Role.ADMIN && admins(c) <= 1) {
                    throw new AccountException(AccountException.Reason.CONFLICT, n
                            + " is the last admin; add another admin first");
                }
                for (String sql : List.of("DELETE FROM sessions WHERE user_id = ?",
                        "DELETE FROM api_tokens WHERE user_id = ?", "DELETE FROM users WHERE id = ?")) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setLong(1, u.id());
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    @Override
    public User changeRole(String name, Role role) {
        String n = checkName(name);
        Objects.requireNonNull(role, "role");
        synchronized (store) {
            store.checkOpen();
            return write("change the role of " + n, c -> {
                User u = existing(c, n);
                if (u.role() == Role.ADMIN && role != Role.ADMIN && admins(c) <= 1) {
                    throw new AccountException(AccountException.Reason.CONFLICT, n
                            + " is the last admin; add another admin first");
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE users SET role = ? WHERE id = ?")) {
                    ps.setString(1, role.wire());
                    ps.setLong(2, u.id());
                    ps.executeUpdate();
                }
                return new User(u.id(), u.name(), role, u.createdAt());
            });
        }
    }

    @Override
    public void changePassword(String name, String password) {
        String n = checkName(name);
        PasswordHash.checkNew(password);
        String hash = PasswordHash.hash(password);
        synchronized (store) {
            store.checkOpen();
            write("change the password of " + n, c -> {
                User u = existing(c, n);
                try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
                    ps.setString(1, hash);
                    ps.setLong(2, u.id());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
                    ps.setLong(1, u.id());
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    @Override
    public Optional<User> verifyPassword(String name, String password) {
        if (name == null || !NAME.matcher(name).matches() || password == null) {
            PasswordHash.burn(password);
            return Optional.empty();
        }
        User u;
        String hash;
        synchronized (store) {
            store.checkOpen();
            String[] h = new String[1];
            u = read("check a password", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS
                        + ", u.password_hash FROM users u WHERE u.name = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        h[0] = rs.getString("password_hash");
                        return userOf(rs);
                    }
                }
            });
            hash = h[0];
        }
        if (u == null) {
            PasswordHash.burn(password);
            return Optional.empty();
        }
        return PasswordHash.verify(password, hash) ? Optional.of(u) : Optional.empty();
    }

    // ---------------------------------------------------------------- sessions

    @Override
    public LoginSession createSession(String name) {
        String n = checkName(name);
        String secret = PasswordHash.newSecret(SESSION_PREFIX);
        String idHash = PasswordHash.sha256(secret);
        String csrf = PasswordHash.newSecret("");
        synchronized (store) {
            store.checkOpen();
            return write("start a session for " + n, c -> {
                User u = existing(c, n);
                long now = System.currentTimeMillis();
                long expires = now + SESSION_LIFETIME.toMillis();
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
                    ps.setLong(1, now);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (id_hash, user_id, csrf_token,"
                        + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, idHash);
                    ps.setLong(2, u.id());
                    ps.setString(3, csrf);
                    ps.setLong(4, now);
                    ps.setLong(5, expires);
                    ps.executeUpdate();
                }
                return new LoginSession(secret, idHash, u, csrf, Instant.ofEpochMilli(now),
                        Instant.ofEpochMilli(expires));
            });
        }
    }

    @Override
    public Optional<LoginSession> session(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        String idHash = PasswordHash.sha256(secret);
        synchronized (store) {
            store.checkOpen();
            return Optional.ofNullable(read("look up a session", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + ", s.csrf_token,"
                        + " s.created_at AS s_created, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id"
                        + " WHERE s.id_hash = ? AND s.expires_at > ?")) {
                    ps.setString(1, idHash);
                    ps.setLong(2, System.currentTimeMillis());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        return new LoginSession(null, idHash, userOf(rs), rs.getString("csrf_token"),
                                Instant.ofEpochMilli(rs.getLong("s_created")),
                                Instant.ofEpochMilli(rs.getLong("expires_at")));
                    }
                }
            }));
        }
    }

    @Override
    public boolean deleteSession(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return false;
        }
        String idHash = PasswordHash.sha256(secret);
        synchronized (store) {
            store.checkOpen();
            return write("end a session", c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
                    ps.setString(1, idHash);
                    return ps.executeUpdate() > 0;
                }
            });
        }
    }

    // ---------------------------------------------------------------- API tokens

    @Override
    public NewApiToken createToken(String userName, String label) {
        String n = checkName(userName);
        String l = label == null || label.isBlank() ? null : label.strip();
        if (l != null && (l.length() > MAX_LABEL || l.chars().anyMatch(Character::isISOControl))) {
            throw new AccountException(AccountException.Reason.INVALID, "the label must be at most " + MAX_LABEL
                    + " characters without control characters");
        }
        String secret = PasswordHash.newSecret(TOKEN_PREFIX);
        String hash = PasswordHash.sha256(secret);
        synchronized (store) {
            store.checkOpen();
            return write("create a token for " + n, c -> {
                User u = existing(c, n);
                long id = nextId(c, "api_tokens");
                long now = System.currentTimeMillis();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (id, token_hash, user_id,"
                        + " label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, hash);
                    ps.setLong(3, u.id());
                    ps.setString(4, l);
                    ps.setLong(5, now);
                    ps.setNull(6, Types.BIGINT);
                    ps.executeUpdate();
                }
                return new NewApiToken(new ApiToken(id, u.name(), l, Instant.ofEpochMilli(now), null), secret);
            });
        }
    }

    private static final String TOKEN_SELECT = "SELECT t.id, u.name, t.label, t.created_at, t.revoked_at"
            + " FROM api_tokens t JOIN users u ON u.id = t.user_id";

    @Override
    public List<ApiToken> tokens(String userNameOrNull) {
        synchronized (store) {
            store.checkOpen();
            return read("list tokens", c -> {
                String sql = TOKEN_SELECT + (userNameOrNull == null ? "" : " WHERE u.name = ?") + " ORDER BY t.id";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (userNameOrNull != null) {
                        ps.setString(1, userNameOrNull);
                    }
                    List<ApiToken> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(tokenOf(rs));
                        }
                    }
                    return out;
                }
            });
        }
    }

    @Override
    public Optional<ApiToken> token(long id) {
        synchronized (store) {
            store.checkOpen();
            return Optional.ofNullable(read("find a token", c -> tokenRow(c, id)));
        }
    }

    @Override
    public boolean revokeToken(long id) {
        synchronized (store) {
            store.checkOpen();
            return write("revoke token " + id, c -> {
                ApiToken t = tokenRow(c, id);
                if (t == null) {
                    throw new AccountException(AccountException.Reason.NOT_FOUND, "no token " + id);
                }
                if (t.revoked()) {
                    return false;
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ?")) {
                    ps.setLong(1, System.currentTimeMillis());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                return true;
            });
        }
    }

    @Override
    public Optional<User> tokenUser(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = PasswordHash.sha256(secret);
        synchronized (store) {
            store.checkOpen();
            return Optional.ofNullable(read("look up a token", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM api_tokens t"
                        + " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL")) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? userOf(rs) : null;
                    }
                }
            }));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A valid user name, stripped; refused (invalid) otherwise. */
    static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new AccountException(AccountException.Reason.INVALID, "a user name is 1-64 letters, digits, "
                    + "'.', '_', '@' or '-'" + (n.isEmpty() ? "" : ": " + Transactions.label(n)));
        }
        return n;
    }

    private static User userRow(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users u WHERE u.name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? userOf(rs) : null;
            }
        }
    }

    private static User existing(Connection c, String name) throws SQLException {
        User u = userRow(c, name);
        if (u == null) {
            throw new AccountException(AccountException.Reason.NOT_FOUND, "no user named " + name);
        }
        return u;
    }

    private static long admins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users WHERE role = 'admin'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static ApiToken tokenRow(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TOKEN_SELECT + " WHERE t.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? tokenOf(rs) : null;
            }
        }
    }

    private static User userOf(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), Role.parse(rs.getString("role")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static ApiToken tokenOf(ResultSet rs) throws SQLException {
        long revoked = rs.getLong("revoked_at");
        boolean wasNull = rs.wasNull();
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("label"),
                Instant.ofEpochMilli(rs.getLong("created_at")), wasNull ? null : Instant.ofEpochMilli(revoked));
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private <T> T write(String what, Transactions.Body<T> body) {
        return Transactions.write(conn, dialect, what, body);
    }

    private <T> T read(String what, Transactions.Body<T> body) {
        return Transactions.read(conn, dialect, what, body);
    }
}
