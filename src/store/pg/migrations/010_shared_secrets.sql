-- PostgreSQL only (issue 19, scalesec22): secrets every instance must share when the operator set
-- none in configuration (today `link-secret`, from which chat links, Direct Line tokens, relay
-- seals and sealed activity answers derive their keys). Written once by whichever instance starts
-- first (INSERT … ON CONFLICT DO NOTHING, so two at once agree on one value), then only read.
-- Readable by whoever owns the schema: grant nothing on it to other users.
CREATE TABLE shared_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
