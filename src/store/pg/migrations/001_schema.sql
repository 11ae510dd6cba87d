-- PostgreSQL schema (issue 19): the same tables as SQLite's migrations 001-013, as they stand after
-- 013, in one file (a new PostgreSQL database has no history to replay). Conventions:
--   money          BIGINT cents (read back as JS numbers)
--   local days     DATE, read back as 'YYYY-MM-DD' text (the pool's type parser), like SQLite's TEXT
--   instants       TIMESTAMPTZ; stores return them as ISO-8601 UTC text, exactly as SQLite stores them
--   flags          BOOLEAN where SQLite keeps 0/1
--   JSON           TEXT (hash-covered text must stay byte-exact; JSONB also refuses "\u0000")
-- Activity timestamps (transcript_records.timestamp) are the channel's own text, kept verbatim.

CREATE TABLE bot_state (
  key TEXT PRIMARY KEY,
  etag TEXT NOT NULL,
  value TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE accounts (
  account_id TEXT PRIMARY KEY,
  holder_name TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  time_zone TEXT NOT NULL,
  channel TEXT NOT NULL,
  channel_user_id TEXT NOT NULL UNIQUE,
  id_last4 TEXT NOT NULL,
  card_last4 TEXT NOT NULL,
  balance_cents BIGINT NOT NULL,
  minimum_due_cents BIGINT NOT NULL,
  due_date DATE NOT NULL,
  days_past_due INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
  updated_at TIMESTAMPTZ NOT NULL,
  portfolio TEXT
);
CREATE INDEX reminders_idx_accounts_zone_due ON accounts(time_zone, due_date);
CREATE INDEX insights_accounts_portfolio ON accounts(portfolio, locale, channel);

CREATE TABLE plans (
  plan_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  kind TEXT NOT NULL,
  months INTEGER NOT NULL,
  principal_cents BIGINT NOT NULL,
  fee_cents BIGINT NOT NULL,
  total_cents BIGINT NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'kept', 'partly_kept', 'broken', 'completed', 'superseded')),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plans_account ON plans(account_id);
CREATE INDEX plans_status ON plans(status, account_id);
CREATE INDEX insights_plans_created ON plans(created_at);

CREATE TABLE plan_installments (
  plan_id TEXT NOT NULL REFERENCES plans(plan_id),
  seq INTEGER NOT NULL,
  due_date DATE NOT NULL,
  amount_cents BIGINT NOT NULL,
  paid_cents BIGINT NOT NULL DEFAULT 0,
  missed_on DATE,
  PRIMARY KEY (plan_id, seq)
);
CREATE INDEX plan_installments_due ON plan_installments(due_date, plan_id);
CREATE INDEX plan_installments_open ON plan_installments(due_date) WHERE missed_on IS NULL AND paid_cents < amount_cents;

CREATE TABLE disputes (
  dispute_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at TIMESTAMPTZ NOT NULL,
  resolved_at TIMESTAMPTZ,
  kind TEXT
);
CREATE INDEX disputes_account ON disputes(account_id, status);
CREATE INDEX insights_disputes_created ON disputes(created_at);

CREATE TABLE contact_preferences (
  account_id TEXT PRIMARY KEY REFERENCES accounts(account_id),
  cease_contact BOOLEAN NOT NULL DEFAULT FALSE,
  cease_source TEXT,
  cease_at TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX insights_cease_at ON contact_preferences(cease_at) WHERE cease_contact;

CREATE TABLE escalations (
  escalation_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  account_id TEXT,
  reason TEXT NOT NULL,
  priority INTEGER NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued',
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX escalations_conversation ON escalations(conversation_id);
CREATE INDEX reminders_idx_escalations_account ON escalations(account_id, status);

CREATE TABLE conversation_refs (
  conversation_id TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  account_id TEXT,
  reference TEXT NOT NULL,
  last_inbound_at TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_refs_account ON conversation_refs(account_id, updated_at);
CREATE INDEX conversation_refs_user ON conversation_refs(user_id);

-- Transcripts: append-only and hash-chained per conversation (see SQLite 002 for the hash).
CREATE TABLE transcript_records (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  channel_id TEXT NOT NULL,
  account_id TEXT,
  activity_id TEXT,
  type TEXT NOT NULL,
  role TEXT NOT NULL,
  timestamp TEXT NOT NULL,
  flags INTEGER NOT NULL DEFAULT 0,
  activity TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX transcript_records_time ON transcript_records(timestamp);
CREATE INDEX insights_blocked_traces ON transcript_records(timestamp) WHERE type = 'trace' AND (flags & 1) <> 0;

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

CREATE TABLE transcript_deletions (
  deletion_id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  record_count INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  started_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  deleted_at TIMESTAMPTZ NOT NULL,
  deleted_by TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX transcript_deletions_conversation ON transcript_deletions(conversation_id);

CREATE TABLE transcript_reveals (
  reveal_id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  revealed_at TIMESTAMPTZ NOT NULL,
  reason TEXT
);
CREATE INDEX transcript_reveals_conversation ON transcript_reveals(conversation_id, revealed_at);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END $$;

CREATE FUNCTION transcript_records_guard_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM transcript_deletions d WHERE d.conversation_id = OLD.conversation_id) THEN
    RAISE EXCEPTION 'transcript records are deleted only by the retention policy' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER transcript_records_no_update BEFORE UPDATE ON transcript_records
  FOR EACH ROW EXECUTE FUNCTION refuse_change('transcript records are append-only');
CREATE TRIGGER transcript_records_no_delete BEFORE DELETE ON transcript_records
  FOR EACH ROW EXECUTE FUNCTION transcript_records_guard_delete();
CREATE TRIGGER transcript_reveals_no_update BEFORE UPDATE OR DELETE ON transcript_reveals
  FOR EACH ROW EXECUTE FUNCTION refuse_change('the reveal audit is append-only');
CREATE TRIGGER transcript_deletions_no_update BEFORE UPDATE OR DELETE ON transcript_deletions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('the deletion log is append-only');

-- Proactive reminders (see SQLite 003 for the states). The primary key makes dispatch exactly-once.
CREATE TABLE reminders (
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  kind TEXT NOT NULL,
  local_date DATE NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('queued', 'sending', 'sent', 'unreachable', 'failed', 'skipped', 'unconfirmed')),
  reason TEXT,
  detail TEXT,
  channel_id TEXT,
  conversation_id TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at TIMESTAMPTZ,
  lease_until TIMESTAMPTZ,
  done_at TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (account_id, local_date, kind)
);
CREATE INDEX reminders_pending ON reminders(lease_until) WHERE status IN ('queued', 'sending');
CREATE INDEX insights_reminders_done ON reminders(done_at) WHERE done_at IS NOT NULL;

CREATE TABLE reminder_deliveries (
  delivery_key TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL
);

-- Handoff to human agents (see SQLite 004).
CREATE TABLE handoffs (
  handoff_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  account_id TEXT,
  reason TEXT NOT NULL,
  priority INTEGER NOT NULL,
  summary TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  verified BOOLEAN NOT NULL,
  guard TEXT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'accepted', 'released')),
  agent TEXT,
  queued_at TIMESTAMPTZ NOT NULL,
  accepted_at TIMESTAMPTZ,
  released_at TIMESTAMPTZ,
  outcome TEXT,
  callback TEXT NOT NULL DEFAULT 'none' CHECK (callback IN ('none', 'offered', 'requested', 'message_left')),
  callback_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX handoffs_open ON handoffs(conversation_id) WHERE status IN ('queued', 'accepted');
CREATE INDEX handoffs_queue ON handoffs(status, priority, queued_at);
CREATE INDEX handoffs_account ON handoffs(account_id, status);
CREATE INDEX insights_handoffs_queued ON handoffs(queued_at);
CREATE INDEX insights_handoffs_accepted ON handoffs(accepted_at) WHERE accepted_at IS NOT NULL;

CREATE TABLE handoff_messages (
  seq BIGSERIAL PRIMARY KEY,
  message_id TEXT NOT NULL UNIQUE,
  handoff_id TEXT NOT NULL REFERENCES handoffs(handoff_id),
  sender TEXT NOT NULL CHECK (sender IN ('person', 'agent', 'bot')),
  agent TEXT,
  text TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX handoff_messages_handoff ON handoff_messages(handoff_id, seq);

-- Direct Line (see SQLite 005).
CREATE TABLE directline_conversations (
  conversation_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL UNIQUE,
  locale TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  started_at TIMESTAMPTZ
);

CREATE TABLE directline_activities (
  conversation_id TEXT NOT NULL REFERENCES directline_conversations(conversation_id),
  seq INTEGER NOT NULL,
  activity_id TEXT NOT NULL,
  from_role TEXT NOT NULL,
  activity TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);

-- WeChat callbacks already accepted ('msg:<MsgId>', 'evt:…') and nonces seen ('nonce:…').
CREATE TABLE wechat_inbound_seen (
  dedupe_key TEXT PRIMARY KEY,
  received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX wechat_inbound_seen_received ON wechat_inbound_seen(received_at);

-- Payments, promises and commitments (see SQLite 008 and 012).
CREATE TABLE promises (
  promise_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
  currency TEXT NOT NULL,
  due_date DATE NOT NULL,
  words TEXT NOT NULL,
  paid_cents BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'kept', 'partly_kept', 'broken', 'superseded')),
  created_at TIMESTAMPTZ NOT NULL,
  settled_at TIMESTAMPTZ
);
CREATE INDEX promises_account ON promises(account_id, status);
CREATE INDEX promises_due ON promises(status, due_date);
CREATE INDEX promises_due_account ON promises(due_date, account_id);
CREATE INDEX insights_promises_created ON promises(created_at);

CREATE TABLE payments (
  payment_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
  currency TEXT NOT NULL,
  paid_at TIMESTAMPTZ NOT NULL,
  channel TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('file', 'webhook')),
  content_hash TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX payments_account ON payments(account_id, paid_at);
CREATE INDEX payments_paid_at ON payments(paid_at);
CREATE INDEX insights_payments_received ON payments(received_at);

CREATE TABLE payment_allocations (
  payment_id TEXT NOT NULL REFERENCES payments(payment_id),
  plan_id TEXT,
  seq INTEGER,
  promise_id TEXT,
  amount_cents BIGINT NOT NULL
);
CREATE INDEX payment_allocations_payment ON payment_allocations(payment_id);

CREATE TABLE commitment_events (
  event_id BIGSERIAL PRIMARY KEY,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('plan', 'promise')),
  subject_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  cause TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX commitment_events_subject ON commitment_events(subject_kind, subject_id);
CREATE INDEX commitment_events_at ON commitment_events(at);
CREATE INDEX insights_commitment_events_to ON commitment_events(to_status, at);

CREATE TABLE commitment_followups (
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  action TEXT NOT NULL CHECK (action IN ('escalated', 'care_handover')),
  cause TEXT NOT NULL,
  detail TEXT,
  at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (account_id, action, cause)
);

-- Identity and access (see SQLite 009).
CREATE TABLE verification_state (
  account_id TEXT PRIMARY KEY,
  failures INTEGER NOT NULL DEFAULT 0,
  locks INTEGER NOT NULL DEFAULT 0,
  locked_until TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE verification_failures (
  id BIGSERIAL PRIMARY KEY,
  account_id TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  conversation_id TEXT,
  channel_id TEXT,
  locked BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX verification_failures_account ON verification_failures (account_id, at);

CREATE TABLE staff_logins (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  via TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX staff_logins_at ON staff_logins (at);

CREATE TABLE channel_opt_outs (
  channel_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  account_id TEXT,
  source TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TIMESTAMPTZ NOT NULL
);

-- Care flags (see SQLite 011).
CREATE TABLE care_flags (
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  pauses_reminders BOOLEAN NOT NULL DEFAULT FALSE,
  conversation_id TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (account_id, kind)
);

-- Insights funnel facts per account, UTC day and channel (see SQLite 013), kept by a trigger.
CREATE TABLE insights_account_days (
  account_id TEXT NOT NULL,
  day TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  steps INTEGER NOT NULL,
  PRIMARY KEY (account_id, day, channel_id)
);

CREATE FUNCTION insights_account_days_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  step INTEGER;
BEGIN
  IF NEW.account_id IS NULL OR NOT (NEW.type = 'trace' OR (NEW.type = 'message' AND NEW.role = 'user')) THEN
    RETURN NEW;
  END IF;
  step := CASE WHEN NEW.type = 'message' THEN 2 ELSE 1 END;
  IF NEW.type = 'trace' THEN
    BEGIN
      IF NEW.activity::jsonb #>> '{value,act,kind}' = 'verified' THEN step := 5; END IF;
    EXCEPTION WHEN others THEN
      -- a malformed activity (never written by the store) must not fail an append
      step := 1;
    END;
  END IF;
  INSERT INTO insights_account_days AS d (account_id, day, channel_id, steps)
  VALUES (NEW.account_id, substr(NEW.timestamp, 1, 10), NEW.channel_id, step)
  ON CONFLICT (account_id, day, channel_id) DO UPDATE SET steps = d.steps | excluded.steps
    WHERE (d.steps | excluded.steps) <> d.steps;
  RETURN NEW;
END $$;

CREATE TRIGGER insights_account_days_fill AFTER INSERT ON transcript_records
  FOR EACH ROW EXECUTE FUNCTION insights_account_days_fill();
