-- issue 19 wechat24: reminder sends whose outcome is unknown, and their review.
-- `unconfirmed`: the channel (WeChat, no idempotency key) may have taken the message but never
-- confirmed it (a timeout once the request was written, a 5xx), or an attempt found the key still
-- `sending` after a crash. Never sent again. `settled`: a reviewer checked with the channel; what
-- they found is in `reminder_delivery_reviews`. `state_at`: when the state last changed.
-- SQLite cannot change a CHECK in place: the table is rebuilt with its rows.
CREATE TABLE reminder_deliveries_next (
  delivery_key TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'delivered'
    CHECK (state IN ('sending', 'unconfirmed', 'delivered', 'settled')),
  channel_id TEXT,
  state_at TEXT
);
INSERT INTO reminder_deliveries_next (delivery_key, conversation_id, recorded_at, state, channel_id)
  SELECT delivery_key, conversation_id, recorded_at, state, channel_id FROM reminder_deliveries;
DROP TABLE reminder_deliveries;
ALTER TABLE reminder_deliveries_next RENAME TO reminder_deliveries;
CREATE INDEX reminder_deliveries_unsettled ON reminder_deliveries(recorded_at)
  WHERE state IN ('sending', 'unconfirmed');

-- Who settled an unsettled send, what they found with the channel, when. Append-only.
CREATE TABLE reminder_delivery_reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  delivery_key TEXT NOT NULL,
  previous_state TEXT NOT NULL,
  found TEXT NOT NULL CHECK (found IN ('delivered', 'not_delivered')),
  reviewer TEXT NOT NULL,
  note TEXT,
  reviewed_at TEXT NOT NULL
);
CREATE INDEX reminder_delivery_reviews_key ON reminder_delivery_reviews(delivery_key);

CREATE TRIGGER reminder_delivery_reviews_no_update BEFORE UPDATE ON reminder_delivery_reviews
BEGIN
  SELECT RAISE(ABORT, 'the reminder review audit is append-only');
END;

CREATE TRIGGER reminder_delivery_reviews_no_delete BEFORE DELETE ON reminder_delivery_reviews
BEGIN
  SELECT RAISE(ABORT, 'the reminder review audit is append-only');
END;
