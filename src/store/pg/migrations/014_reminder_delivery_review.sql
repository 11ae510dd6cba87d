-- issue 19 wechat24 (SQLite 020): reminder sends whose outcome is unknown, and their review.
-- `unconfirmed`: the channel (WeChat, no idempotency key) may have taken the message but never
-- confirmed it (a timeout once the request was written, a 5xx), or an attempt found the key still
-- `sending` after a crash. Never sent again. `settled`: a reviewer checked with the channel; what
-- they found is in `reminder_delivery_reviews`. `state_at`: when the state last changed.
ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_state_check;
ALTER TABLE reminder_deliveries
  ADD CONSTRAINT reminder_deliveries_state_check
    CHECK (state IN ('sending', 'unconfirmed', 'delivered', 'settled')),
  ADD COLUMN state_at TIMESTAMPTZ;
DROP INDEX reminder_deliveries_unsettled;
CREATE INDEX reminder_deliveries_unsettled ON reminder_deliveries(recorded_at)
  WHERE state IN ('sending', 'unconfirmed');

-- Who settled an unsettled send, what they found with the channel, when. Append-only.
CREATE TABLE reminder_delivery_reviews (
  id BIGSERIAL PRIMARY KEY,
  delivery_key TEXT NOT NULL,
  previous_state TEXT NOT NULL,
  found TEXT NOT NULL CHECK (found IN ('delivered', 'not_delivered')),
  reviewer TEXT NOT NULL,
  note TEXT,
  reviewed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX reminder_delivery_reviews_key ON reminder_delivery_reviews(delivery_key);
CREATE TRIGGER reminder_delivery_reviews_no_change BEFORE UPDATE OR DELETE ON reminder_delivery_reviews
  FOR EACH ROW EXECUTE FUNCTION refuse_change('the reminder review audit is append-only');
