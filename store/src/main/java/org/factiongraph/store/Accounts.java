package org.factiongraph.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * User accounts, login sessions and API tokens, kept in the same database as the claims (obtained with
 * {@link ClaimStore#accounts()}, sharing its connection and its lock).
 *
 * <p>Passwords are stored as Argon2id hashes ({@link PasswordHash}); session ids and API tokens are random 256-bit
 * secrets stored only as their SHA-256, so the database holds nothing that lets a reader log in or act as a user.
 * User names are 1-64 characters of letters, digits, {@code . _ @ -}, and are unique.
 *
 * <p>Refusals are {@link AccountException}s saying why (invalid input, not found, conflict); database failures are
 * {@link StoreException}s. Thread-safe.
 */
public interface Accounts {

    /** How long a login session lasts unless ended earlier. */
    Duration SESSION_LIFETIME = Duration.ofHours(12);

    /** Adds a user; refused when the name is malformed or taken or the password too short or too long. */
    User addUser(String name, Role role, String password);

    /** Every user, by name. */
    List<User> users();

    Optional<User> user(String name);

    /** True when at least one admin exists. */
    boolean hasAdmin();

    /**
     * Removes a user with their sessions and API tokens. Refused when not found, or (conflict) when it is the last
     * admin: add another admin first.
     */
    void removeUser(String name);

    /** Changes a user's role (effective on their next request). Refused when it would leave no admin. */
    User changeRole(String name, Role role);

    /** Sets a new password and ends every session of the user (their API tokens stay valid). */
    void changePassword(String name, String password);

    /**
     * The user when {@code password} is theirs; empty for a wrong password or an unknown name, which take about
     * equally long.
     */
    Optional<User> verifyPassword(String name, String password);

    /** Starts a session of {@link #SESSION_LIFETIME} for the user; the result carries its secret, once. */
    LoginSession createSession(String name);

    /** The live (unexpired) session whose secret is {@code secret}, with its user's current role. */
    Optional<LoginSession> session(String secret);

    /** Ends the session whose secret is {@code secret}; false when there was none. */
    boolean deleteSession(String secret);

    /** Creates an API token for the user; the result carries the secret, which is never shown again. */
    NewApiToken createToken(String userName, String label);

    /** The tokens of one user (every user's when {@code userNameOrNull} is null), revoked ones included, by id. */
    List<ApiToken> tokens(String userNameOrNull);

    Optional<ApiToken> token(long id);

    /** Revokes a token; false when it was already revoked. Refused (not found) when no such token exists. */
    boolean revokeToken(long id);

    /** The user of the unrevoked token whose secret is {@code secret}. */
    Optional<User> tokenUser(String secret);
}
