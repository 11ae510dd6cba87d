-- Exactly-once turns for a repeated inbound activity (issue 19), mirroring SQLite's
-- 017_activity_claims.sql: one row per SHA-256 digest of (channel, conversation, activity id);
-- 'running' with an owner and a lease while the first arrival's turn runs, 'done' with the sealed
-- answer once it completed. The claim is one INSERT … ON CONFLICT (PgActivityClaims.claim).
CREATE TABLE activity_claims (
  claim_key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'done')),
  lease_until TIMESTAMPTZ NOT NULL,
  claimed_at TIMESTAMPTZ NOT NULL,
  answer TEXT
);
CREATE INDEX activity_claims_claimed_at ON activity_claims(claimed_at);
