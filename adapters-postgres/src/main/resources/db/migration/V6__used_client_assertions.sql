-- Client assertions (private_key_jwt, RFC 7523) already used, by the hash of client id + jti: an
-- assertion authenticates once. Kept until the assertion expires; the cleaner deletes the rest.
CREATE TABLE used_client_assertions (
    assertion_hash varchar PRIMARY KEY,
    expires_at     timestamptz NOT NULL
);
CREATE INDEX used_client_assertions_expiry_idx ON used_client_assertions (expires_at);
