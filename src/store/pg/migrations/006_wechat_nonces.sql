-- PostgreSQL only (issue 19): the signed-URL nonces of WeChat callbacks, each with the SHA-256 of
-- the first body it came with, so "first use, or WeChat's retry of the very same request" is one
-- atomic upsert (PgWeChatInbound.claimNonce) instead of a nonce key and a second (nonce, body)
-- key written by two statements. Keys are memoryKey digests, as in wechat_inbound_seen; rows
-- older than a day are pruned with them.
CREATE TABLE wechat_nonces (
  nonce_key TEXT PRIMARY KEY,
  body_digest TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX wechat_nonces_received ON wechat_nonces(received_at);
