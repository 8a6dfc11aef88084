-- FactionGraph store, schema version 2: reviews of claims as append-only events. A claim's current review
-- status is that of its latest review (highest seq), else the status the claim was stored with.

CREATE TABLE claim_reviews (
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    seq         INTEGER NOT NULL,
    status      TEXT NOT NULL,
    reviewer    TEXT,
    note        TEXT,
    reviewed_at BIGINT NOT NULL,
    PRIMARY KEY (claim_id, seq)
);
