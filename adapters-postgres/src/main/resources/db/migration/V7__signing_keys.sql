-- Our ES256 signing keys (JWT_ALGORITHM=ES256). The private key is encrypted by the token adapter
-- (AES-GCM, key derived from JWT_SIGNING_SECRET); the database never sees it in clear. not_after is
-- set when a successor is created: past it no token the key signed is alive, and the cleaner
-- deletes the row.
CREATE TABLE signing_keys (
    key_id                varchar PRIMARY KEY,
    created_at            timestamptz NOT NULL,
    active_from           timestamptz NOT NULL,
    not_after             timestamptz,
    public_key            bytea NOT NULL,
    encrypted_private_key bytea NOT NULL
);
CREATE INDEX signing_keys_not_after_idx ON signing_keys (not_after);
