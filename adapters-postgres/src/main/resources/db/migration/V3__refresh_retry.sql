-- When a rotated refresh token was presented again within the grace window and honoured: only one
-- such retry is, and any later presentation of the token revokes its grant.
ALTER TABLE refresh_tokens ADD COLUMN retried_at timestamptz;
