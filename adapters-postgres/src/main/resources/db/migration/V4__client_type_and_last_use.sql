-- application_type (native | web, OpenID Dynamic Registration §2 / MCP SEP-837). Clients registered
-- before this column are native, which allows every redirect URI they could register then.
ALTER TABLE clients ADD COLUMN application_type varchar NOT NULL DEFAULT 'native';
-- When the client was last used (its registration, until then), recorded at most once an hour; the
-- background cleaner removes clients idle for CLIENT_IDLE_EXPIRY. Existing clients count as used
-- at the upgrade, so none is removed before a full idle period has passed.
ALTER TABLE clients ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX clients_last_used_idx ON clients (last_used_at);
