-- The address an audited request came from (the peer, or the client a trusted proxy names): an IP
-- address without port, unknown for events outside a request (admin revocations) and for older rows.
ALTER TABLE audit_events ADD COLUMN client_address varchar(80);
