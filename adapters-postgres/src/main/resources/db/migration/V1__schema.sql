-- notes-mcp schema, version 1.
--
-- Every store of the application's outgoing ports, durable and short-lived. Secrets we issue
-- (authorization codes, refresh tokens, client secrets, login states) appear only as
-- BASE64URL(SHA-256) hashes, never in the clear. All times are timestamptz (microseconds).
-- Keys and indexed identifiers are varchar (unbounded, the same as text in PostgreSQL) because
-- H2, which jOOQ's code generator replays this file on, cannot index text (its CLOB).
--
-- jOOQ generates its classes from this file through DDLDatabase, which replays it on H2:
-- PostgreSQL-only statements sit between "[jooq ignore start]" and "[jooq ignore stop]".

-- ---------------------------------------------------------------- notes

CREATE TABLE notes (
    id         uuid        NOT NULL PRIMARY KEY,
    owner      varchar     NOT NULL,
    title      text        NOT NULL,
    content    text        NOT NULL,
    tags       text[]      NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

-- list_notes: one owner's notes, newest first, keyset-paged on (updated_at, id)
CREATE INDEX notes_owner_updated_idx ON notes (owner, updated_at DESC, id DESC);

-- [jooq ignore start]
-- array_to_string is only STABLE; a generated column needs an IMMUTABLE expression. Joining
-- text with a space really is immutable, so the wrapper may say so.
CREATE FUNCTION notes_tags_text(tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT array_to_string(tags, ' ') $$;

-- search_notes: title weighs most (A), then tags (B), then the body (C); the 'simple'
-- configuration lower-cases words without stemming, for notes in any language.
ALTER TABLE notes ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') ||
    setweight(to_tsvector('simple', coalesce(notes_tags_text(tags), '')), 'B') ||
    setweight(to_tsvector('simple', content), 'C')
) STORED;

CREATE INDEX notes_search_idx ON notes USING gin (search);
-- list_notes with a tag filter: tags @> ARRAY[tag]
CREATE INDEX notes_tags_idx ON notes USING gin (tags);
-- [jooq ignore stop]

-- ---------------------------------------------------------------- OAuth: durable

CREATE TABLE clients (
    id            varchar     NOT NULL PRIMARY KEY,
    name          text        NOT NULL,
    redirect_uris text[]      NOT NULL,           -- in registration order
    auth_method   varchar     NOT NULL,           -- none | client_secret_post | client_secret_basic
    secret_hash   text,                           -- only for confidential clients
    scopes        text        NOT NULL,           -- space-separated
    issued_at     timestamptz NOT NULL,
    CONSTRAINT clients_secret_iff_confidential CHECK ((auth_method = 'none') = (secret_hash IS NULL))
);

CREATE TABLE grants (
    id         varchar     NOT NULL PRIMARY KEY,
    user_id    varchar     NOT NULL,
    login      text        NOT NULL,
    client_id  varchar     NOT NULL,
    scopes     text        NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);

CREATE INDEX grants_user_idx ON grants (user_id);

-- Access tokens (by jti) issued under a grant, kept until they expire, so revoking the grant
-- can name every one that must stop working.
CREATE TABLE grant_access_tokens (
    token_id   varchar     NOT NULL PRIMARY KEY,
    grant_id   varchar     NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);

CREATE INDEX grant_access_tokens_grant_idx ON grant_access_tokens (grant_id);
CREATE INDEX grant_access_tokens_expiry_idx ON grant_access_tokens (expires_at);

CREATE TABLE refresh_tokens (
    hash       varchar     NOT NULL PRIMARY KEY,
    grant_id   varchar     NOT NULL,
    client_id  varchar     NOT NULL,
    user_id    varchar     NOT NULL,
    login      text        NOT NULL,
    scopes     text        NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz
);

CREATE INDEX refresh_tokens_grant_idx ON refresh_tokens (grant_id);
CREATE INDEX refresh_tokens_expiry_idx ON refresh_tokens (expires_at);

CREATE TABLE consents (
    user_id    varchar     NOT NULL,
    client_id  varchar     NOT NULL,
    scopes     text        NOT NULL,
    granted_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, client_id)
);

-- ---------------------------------------------------------------- OAuth: short-lived

CREATE TABLE authorization_codes (
    hash           varchar     NOT NULL PRIMARY KEY,
    grant_id       varchar     NOT NULL,
    client_id      varchar     NOT NULL,
    redirect_uri   text        NOT NULL,
    code_challenge text        NOT NULL,
    user_id        varchar     NOT NULL,
    login          text        NOT NULL,
    scopes         text        NOT NULL,
    expires_at     timestamptz NOT NULL,
    redeemed_at    timestamptz
);

CREATE INDEX authorization_codes_expiry_idx ON authorization_codes (expires_at);

-- A request waits first for consent (found by its id), then for the upstream login (found by
-- the hash of our upstream state): one row per wait, keyed by (stage, lookup key).
CREATE TABLE pending_authorizations (
    stage          varchar     NOT NULL CHECK (stage IN ('consent', 'login')),
    lookup_key     varchar     NOT NULL,          -- the request id, or the login state's hash
    request_id     varchar     NOT NULL,
    client_id      varchar     NOT NULL,
    redirect_uri   text        NOT NULL,
    scopes         text        NOT NULL,
    client_state   text,
    code_challenge text        NOT NULL,
    csrf_hash      varchar     NOT NULL,
    presumed_user  text,
    expires_at     timestamptz NOT NULL,
    PRIMARY KEY (stage, lookup_key)
);

CREATE INDEX pending_authorizations_expiry_idx ON pending_authorizations (expires_at);

-- Ids (jti) of access tokens revoked before their expiry; needed only until then.
CREATE TABLE revoked_access_tokens (
    token_id   varchar     NOT NULL PRIMARY KEY,
    expires_at timestamptz NOT NULL
);

CREATE INDEX revoked_access_tokens_expiry_idx ON revoked_access_tokens (expires_at);

-- Fixed-window request counters per key (e.g. client address and endpoint).
CREATE TABLE rate_limit_windows (
    rate_key     varchar     NOT NULL PRIMARY KEY,
    window_start timestamptz NOT NULL,
    permits_used integer     NOT NULL,
    expires_at   timestamptz NOT NULL
);

CREATE INDEX rate_limit_windows_expiry_idx ON rate_limit_windows (expires_at);
