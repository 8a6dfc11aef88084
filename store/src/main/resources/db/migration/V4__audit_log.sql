-- FactionGraph store, schema version 4: the append-only audit log of analysts' changes (reviews, manual and
-- corrected claims, merges, unmerges), written in the same transaction as the change. An undo is a new entry whose
-- undoes names the entry it undoes. Ids are assigned by the store; acted_at is epoch milliseconds.

CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY,
    who         TEXT NOT NULL,
    acted_at    BIGINT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    note        TEXT,
    undoes      BIGINT REFERENCES audit_log (id)
);

CREATE INDEX audit_log_who ON audit_log (who);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
CREATE INDEX audit_log_acted_at ON audit_log (acted_at);
