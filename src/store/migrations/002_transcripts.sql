-- Transcripts: every inbound and outbound activity (traces included), append-only and
-- hash-chained per conversation. hash = SHA-256 over the canonical JSON (sorted keys) of
-- {conversationId, seq, prevHash, activity}; the first record's prev_hash is 64 zeros.
-- Instants are ISO-8601 UTC strings.

CREATE TABLE transcript_records (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  channel_id TEXT NOT NULL,
  account_id TEXT,
  activity_id TEXT,
  type TEXT NOT NULL,
  role TEXT NOT NULL,
  timestamp TEXT NOT NULL,
  -- bit flags for filtering: 1 guardrail block, 2 escalation, 4 dispute, 8 opt-out
  flags INTEGER NOT NULL DEFAULT 0,
  -- the activity as canonical JSON, exactly what the hash covers
  activity TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX transcript_records_time ON transcript_records(timestamp);

-- One row per conversation: the chain head (anchors the tail against truncation) and the
-- facts the review list filters on. Updated in the same transaction as each append.
CREATE TABLE transcript_conversations (
  conversation_id TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  account_id TEXT,
  started_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  record_count INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  flags INTEGER NOT NULL DEFAULT 0,
  outcome TEXT
);
CREATE INDEX transcript_conversations_started ON transcript_conversations(started_at);
CREATE INDEX transcript_conversations_account ON transcript_conversations(account_id, started_at);
CREATE INDEX transcript_conversations_channel ON transcript_conversations(channel_id, started_at);

-- Whole conversations removed by the retention policy, and who removed them. Records may only
-- be deleted once their conversation is listed here.
CREATE TABLE transcript_deletions (
  deletion_id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  record_count INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  started_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  deleted_by TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX transcript_deletions_conversation ON transcript_deletions(conversation_id);

-- Every time a reviewer revealed the unmasked text of a conversation.
CREATE TABLE transcript_reveals (
  reveal_id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  revealed_at TEXT NOT NULL,
  reason TEXT
);
CREATE INDEX transcript_reveals_conversation ON transcript_reveals(conversation_id, revealed_at);

-- Append-only, enforced by the database as well as by the chain.
CREATE TRIGGER transcript_records_no_update BEFORE UPDATE ON transcript_records
BEGIN
  SELECT RAISE(ABORT, 'transcript records are append-only');
END;

CREATE TRIGGER transcript_records_no_delete BEFORE DELETE ON transcript_records
WHEN NOT EXISTS (SELECT 1 FROM transcript_deletions d WHERE d.conversation_id = OLD.conversation_id)
BEGIN
  SELECT RAISE(ABORT, 'transcript records are deleted only by the retention policy');
END;

CREATE TRIGGER transcript_reveals_no_update BEFORE UPDATE ON transcript_reveals
BEGIN
  SELECT RAISE(ABORT, 'the reveal audit is append-only');
END;

CREATE TRIGGER transcript_reveals_no_delete BEFORE DELETE ON transcript_reveals
BEGIN
  SELECT RAISE(ABORT, 'the reveal audit is append-only');
END;

CREATE TRIGGER transcript_deletions_no_update BEFORE UPDATE ON transcript_deletions
BEGIN
  SELECT RAISE(ABORT, 'the deletion log is append-only');
END;

CREATE TRIGGER transcript_deletions_no_delete BEFORE DELETE ON transcript_deletions
BEGIN
  SELECT RAISE(ABORT, 'the deletion log is append-only');
END;
