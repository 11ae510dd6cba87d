-- issue 19 remind23: what became of a reminder's delivery key. `sending`: an external channel
-- (WeChat, no idempotency key) was asked and its answer is not recorded yet; left so by a crash,
-- the send's outcome is unknown: it is never retried (at most once) and reviewers see it.
-- `delivered`: the channel took it, or (Direct Line) the key was recorded in the transaction that
-- queued the activity and its transcript record. Keys recorded before this migration were handed
-- to their channel and kept only when it did not refuse: `delivered`.
ALTER TABLE reminder_deliveries ADD COLUMN state TEXT NOT NULL DEFAULT 'delivered'
  CHECK (state IN ('sending', 'delivered'));
ALTER TABLE reminder_deliveries ADD COLUMN channel_id TEXT;
CREATE INDEX reminder_deliveries_unsettled ON reminder_deliveries(recorded_at) WHERE state = 'sending';
