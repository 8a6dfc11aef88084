-- FactionGraph store, schema version 1.
-- Portable SQL: SQLite and PostgreSQL both accept every statement here. Dates are ISO text (2014, 2014-12,
-- 2014-12-25) so their precision is kept; instants are epoch milliseconds.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    title       TEXT,
    publisher   TEXT,
    url         TEXT,
    published   TEXT,
    format      TEXT NOT NULL,
    body        TEXT NOT NULL,
    grade       TEXT,
    ingested_at BIGINT NOT NULL
);

CREATE INDEX documents_name ON documents (name);

CREATE TABLE document_fields (
    document_id TEXT NOT NULL REFERENCES documents (id),
    seq         INTEGER NOT NULL,
    field_key   TEXT NOT NULL,
    field_value TEXT NOT NULL,
    field_start INTEGER NOT NULL,
    field_end   INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE entities (
    id             TEXT PRIMARY KEY,
    canonical_name TEXT NOT NULL,
    canonical_key  TEXT NOT NULL,
    kind           TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

CREATE INDEX entities_kind ON entities (kind);
CREATE INDEX entities_canonical_key ON entities (canonical_key);

CREATE TABLE entity_names (
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    seq        INTEGER NOT NULL,
    name_text  TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    script     TEXT,
    valid_from TEXT,
    valid_to   TEXT,
    PRIMARY KEY (entity_id, seq),
    UNIQUE (entity_id, name_text)
);

CREATE INDEX entity_names_key ON entity_names (name_key);

-- Append-only: rows are inserted, never updated or deleted. A correction is a new row whose supersedes names
-- the old claim; "superseded" is computed by a query.
CREATE TABLE claims (
    id              TEXT PRIMARY KEY,
    subject_id      TEXT REFERENCES entities (id),
    subject_name    TEXT NOT NULL,
    subject_mention TEXT,
    subject_kind    TEXT,
    relation        TEXT NOT NULL,
    object_id       TEXT REFERENCES entities (id),
    object_name     TEXT,
    object_mention  TEXT,
    object_kind     TEXT,
    start_date      TEXT,
    end_date        TEXT,
    at_date         TEXT,
    negated         BOOLEAN NOT NULL,
    hedged          BOOLEAN NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    document_id     TEXT REFERENCES documents (id),
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    sentence        TEXT,
    method          TEXT NOT NULL,
    source_grade    TEXT,
    review_status   TEXT NOT NULL,
    supersedes      TEXT REFERENCES claims (id),
    created_at      BIGINT NOT NULL,
    CHECK (confidence >= 0 AND confidence <= 1),
    CHECK ((evidence_start IS NULL AND evidence_end IS NULL AND document_id IS NULL)
        OR (evidence_start IS NOT NULL AND evidence_end IS NOT NULL
            AND evidence_start >= 0 AND evidence_end >= evidence_start)),
    CHECK (supersedes IS NULL OR supersedes <> id)
);

CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_object ON claims (object_id);
CREATE INDEX claims_relation ON claims (relation);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_supersedes ON claims (supersedes);
