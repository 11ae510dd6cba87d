-- Mirrors SQLite 016: console login sessions shared by every instance. Only the SHA-256 digest
-- of the session token is stored (the CSRF token derives from the session token, so neither is
-- here in clear). roles: a JSON array as text.
CREATE TABLE console_sessions (
  token_digest TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX console_sessions_expires ON console_sessions(expires_at);
