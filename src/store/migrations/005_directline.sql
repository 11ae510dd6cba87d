-- Direct Line (web chat): one conversation per channel user, so a reloaded page or a new link
-- resumes it; every activity (the person's and the bot's, typing excluded) stored with a
-- per-conversation sequence number that is the Direct Line watermark.

CREATE TABLE directline_conversations (
  conversation_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL UNIQUE,
  locale TEXT,
  created_at TEXT NOT NULL,
  started_at TEXT
);

CREATE TABLE directline_activities (
  conversation_id TEXT NOT NULL REFERENCES directline_conversations(conversation_id),
  seq INTEGER NOT NULL,
  activity_id TEXT NOT NULL,
  from_role TEXT NOT NULL,
  activity TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
