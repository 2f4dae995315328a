-- The upstream sign-in a pending authorization waits for (several identity providers, OpenID
-- Connect): the provider the user chose and the per-login secrets we must present again, the
-- OIDC nonce and the PKCE verifier. The upstream state is the row's lookup_key, as a hash only.
-- Rows parked before this migration have none and can no longer complete (they live 10 minutes).
ALTER TABLE pending_authorizations ADD COLUMN provider text;
ALTER TABLE pending_authorizations ADD COLUMN nonce text;
ALTER TABLE pending_authorizations ADD COLUMN code_verifier text;
