-- Reminder deliveries by their delivery key: a reminder retried after a crash is delivered at
-- most once (the key is recorded before the channel is asked to send).
CREATE TABLE reminder_deliveries (
  delivery_key TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
