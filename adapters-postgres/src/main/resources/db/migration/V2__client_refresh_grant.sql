-- Whether a client registered the refresh_token grant (RFC 7591 grant_types); clients registered
-- before this column existed keep getting refresh tokens, as they did.
ALTER TABLE clients ADD COLUMN refresh_tokens boolean NOT NULL DEFAULT true;
