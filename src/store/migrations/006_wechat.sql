-- WeChat webhook: callbacks already accepted, so a retried MsgId (WeChat retries three times
-- when it gets no answer within 5 seconds) runs its turn once. Keys: 'msg:<MsgId>' for messages,
-- 'evt:<openid>:<CreateTime>:<event>' for events (which carry no MsgId). Pruned after a day.

CREATE TABLE wechat_inbound_seen (
  dedupe_key TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
);
CREATE INDEX wechat_inbound_seen_received ON wechat_inbound_seen(received_at);
