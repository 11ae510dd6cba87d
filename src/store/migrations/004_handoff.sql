-- Handoff to human agents: one row per escalation that reached the agent queue, and the
-- messages relayed while it is held (the person's, the agent's, and what the bot told the
-- person meanwhile). Instants are ISO-8601 UTC strings.

CREATE TABLE handoffs (
  handoff_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  account_id TEXT,
  reason TEXT NOT NULL,
  -- lower is more urgent: distress is 0
  priority INTEGER NOT NULL,
  -- for the agent: account, verified or not, what was offered, what the person said (masked)
  summary TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  verified INTEGER NOT NULL,
  -- JSON {facts, authorised}: the amounts, dates and offers an agent's message may state (verified only)
  guard TEXT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'accepted', 'released')),
  agent TEXT,
  queued_at TEXT NOT NULL,
  accepted_at TEXT,
  released_at TEXT,
  outcome TEXT,
  -- the callback offer made when nobody accepts in time or outside agent hours, and the answer
  callback TEXT NOT NULL DEFAULT 'none' CHECK (callback IN ('none', 'offered', 'requested', 'message_left')),
  callback_at TEXT
);
-- At most one open handoff per conversation: the second accept or enqueue loses in SQL.
CREATE UNIQUE INDEX handoffs_open ON handoffs(conversation_id) WHERE status IN ('queued', 'accepted');
CREATE INDEX handoffs_queue ON handoffs(status, priority, queued_at);
CREATE INDEX handoffs_account ON handoffs(account_id, status);

CREATE TABLE handoff_messages (
  -- the agent API's cursor
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id TEXT NOT NULL UNIQUE,
  handoff_id TEXT NOT NULL REFERENCES handoffs(handoff_id),
  sender TEXT NOT NULL CHECK (sender IN ('person', 'agent', 'bot')),
  agent TEXT,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX handoff_messages_handoff ON handoff_messages(handoff_id, seq);
