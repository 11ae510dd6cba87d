-- Console login sessions shared by every process on this database (issue 19). The session token
-- (the cookie) is never stored: only its SHA-256 digest, so reading the table signs nobody in. The
-- CSRF token is derived from the session token, so it is not stored either. roles: a JSON array.
CREATE TABLE IF NOT EXISTS console_sessions (
  token_digest TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS console_sessions_expires ON console_sessions(expires_at);
