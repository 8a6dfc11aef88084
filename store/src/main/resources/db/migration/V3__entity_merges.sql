-- FactionGraph store, schema version 3: entity merges as append-only records. A merge says that merged_id names
-- the same entity as kept_id; claims are never rewritten, reads resolve merged ids to the surviving entity. An
-- undo is a row of entity_merge_undos; a merge is active while it has none. Ids are assigned by the store.

CREATE TABLE entity_merges (
    id             BIGINT PRIMARY KEY,
    kept_id        TEXT NOT NULL REFERENCES entities (id),
    merged_id      TEXT NOT NULL REFERENCES entities (id),
    canonical_name TEXT,
    who            TEXT NOT NULL,
    reason         TEXT,
    created_at     BIGINT NOT NULL,
    CHECK (kept_id <> merged_id)
);

CREATE INDEX entity_merges_kept ON entity_merges (kept_id);
CREATE INDEX entity_merges_merged ON entity_merges (merged_id);

CREATE TABLE entity_merge_undos (
    merge_id  BIGINT PRIMARY KEY REFERENCES entity_merges (id),
    who       TEXT NOT NULL,
    reason    TEXT,
    undone_at BIGINT NOT NULL
);
