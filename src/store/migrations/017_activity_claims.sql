-- Exactly-once turns for a repeated inbound activity (issue 19). One row per (channel, conversation,
-- activity id), kept as a SHA-256 digest (claim_key) so neither ids nor conversation ids are stored
-- in clear. The first arrival claims the row ('running', owner, lease_until) and runs the turn; when
-- it completes, the row becomes 'done' with the answer sealed (AES-256-GCM, src/bot/activityClaim.ts)
-- so a repeat gets the same answer replayed. A claimant that died leaves a 'running' row whose lease
-- runs out; a retry may then take it over. Rows older than ACTIVITY_CLAIM_RETENTION_HOURS are forgotten.
CREATE TABLE IF NOT EXISTS activity_claims (
  claim_key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'done')),
  lease_until TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  answer TEXT
);
CREATE INDEX IF NOT EXISTS activity_claims_claimed_at ON activity_claims(claimed_at);
