-- The audit trail (AUDIT_LOG=store|both): identifiers and short checked details only, never note
-- content, tokens, codes or secrets. id orders events recorded at the same time; the indexes serve
-- admin audit by user, by client and by time, and the retention delete (AUDIT_RETENTION).
CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    kind        varchar(40) NOT NULL,
    user_id     varchar(255),
    client_id   varchar,
    tool        varchar(64),
    outcome     varchar(64),
    duration_ms bigint,
    provider    varchar(64),
    revoked_by  varchar(64)
);
CREATE INDEX audit_events_user_idx ON audit_events (user_id, occurred_at);
CREATE INDEX audit_events_client_idx ON audit_events (client_id, occurred_at);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at);
