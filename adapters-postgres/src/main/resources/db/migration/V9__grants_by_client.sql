-- admin grants list --client and admin clients revoke find a client's grants without a scan.
CREATE INDEX grants_client_idx ON grants (client_id);
