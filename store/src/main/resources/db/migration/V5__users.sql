-- FactionGraph store, schema version 5: user accounts with roles, login sessions and API tokens.
-- Passwords are stored only as self-describing Argon2id strings ($argon2id$v=19$m=..,t=..,p=..$salt$hash).
-- Session ids and API tokens are random 256-bit secrets stored only as their SHA-256 (hex), so a copy of the
-- database does not let anyone act as a user. Times are epoch milliseconds.

CREATE TABLE users (
    id            BIGINT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE sessions (
    id_hash    TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
    id         BIGINT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    label      TEXT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE INDEX api_tokens_user ON api_tokens (user_id);
