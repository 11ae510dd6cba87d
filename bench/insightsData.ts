/**
 * A year of synthetic collections records for `bench:insights`, written straight into the tables
 * (the hash chain is not what is measured, so hashes are filler). Seeded, so every run is the same.
 */
import type { Db } from '../src/store/db.js';

export interface WorldSize {
  accounts: number;
  records: number;
}

const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const YEAR_MS = 334 * 86_400_000;
const HASH = '0'.repeat(64);
const PORTFOLIOS = ['cards-east', 'cards-west', 'cards-north', 'premium', null];
const CATEGORIES = ['threat', 'false_legal', 'privacy', 'harassment', 'misrepresentation'];
const SOURCES = ['model', 'template', 'agent', 'reminder'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function insertAccounts(db: Db, size: WorldSize, rnd: () => number): void {
  const stmt = db.prepare(
    `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4, card_last4,
      balance_cents, minimum_due_cents, due_date, days_past_due, currency, status, updated_at, portfolio)
     VALUES (?, 'Holder', ?, 'Asia/Shanghai', ?, ?, '1234', '5678', 500000, 50000, '2026-10-25', 30, 'CNY', 'open', '2026-01-01T00:00:00Z', ?)`,
  );
  for (let i = 0; i < size.accounts; i++) {
    stmt.run(
      `ACC${i}`,
      rnd() < 0.7 ? 'zh-CN' : 'en',
      rnd() < 0.6 ? 'directline' : 'wechat',
      `u${i}`,
      PORTFOLIOS[i % 5],
    );
  }
}

function traceJson(act: string, source: string, blocked: boolean, rnd: () => number): string {
  const drafts = blocked
    ? [
        {
          source: SOURCES[Math.floor(rnd() * 4)],
          text: '***',
          verdict: {
            allowed: false,
            status: 'blocked',
            violations: [{ category: CATEGORIES[Math.floor(rnd() * 5)], rule: 'r' }],
          },
        },
      ]
    : [];
  return JSON.stringify({
    type: 'trace',
    name: 'collections.reply',
    value: { source, act: { kind: act }, verdicts: [], blockedDrafts: drafts },
  });
}

/** Conversations of five records: bot, person, bot (verified or not), person, bot (outcome). */
function insertTranscripts(db: Db, size: WorldSize, rnd: () => number): void {
  const record = db.prepare(
    `INSERT INTO transcript_records (conversation_id, seq, channel_id, account_id, activity_id, type, role, timestamp, flags, activity, prev_hash, hash, recorded_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const conversation = db.prepare(
    `INSERT INTO transcript_conversations (conversation_id, channel_id, account_id, started_at, last_at, record_count, head_hash, flags, outcome)
     VALUES (?, ?, ?, ?, ?, 5, ?, ?, ?)`,
  );
  const userJson = JSON.stringify({ type: 'message', text: '你好，我想了解一下我的账单' });
  for (let c = 0; c < size.records / 5; c++) {
    const account = `ACC${Math.floor(rnd() * size.accounts)}`;
    const channel = rnd() < 0.6 ? 'directline' : 'wechat';
    const start = YEAR_START + Math.floor(rnd() * YEAR_MS);
    const id = `conv${c}`;
    const verified = rnd() < 0.6;
    const outcome = verified && rnd() < 0.3 ? 'plan_agreed' : 'clarify';
    const steps: [string, string, string][] = [
      ['trace', 'bot', rnd() < 0.5 ? 'reminder' : 'opening'],
      ['message', 'user', ''],
      ['trace', 'bot', verified ? 'verified' : 'verification_failed'],
      ['message', 'user', ''],
      ['trace', 'bot', outcome],
    ];
    let convFlags = 0;
    steps.forEach(([type, role, act], seq) => {
      const at = new Date(start + seq * 45_000).toISOString();
      const blocked = type === 'trace' && rnd() < 0.02;
      const flags = blocked ? 1 : 0;
      convFlags |= flags;
      const json =
        type === 'trace' ? traceJson(act, act === 'reminder' ? 'reminder' : 'bot', blocked, rnd) : userJson;
      record.run(id, seq + 1, channel, account, type, role, at, flags, json, HASH, HASH, at);
    });
    const first = new Date(start).toISOString();
    conversation.run(
      id,
      channel,
      account,
      first,
      new Date(start + 180_000).toISOString(),
      HASH,
      convFlags,
      outcome === 'plan_agreed' ? outcome : null,
    );
  }
}

function insertCommitments(db: Db, size: WorldSize, rnd: () => number): void {
  const plan = db.prepare(
    `INSERT INTO plans (plan_id, account_id, kind, months, principal_cents, fee_cents, total_cents, currency, status, created_at)
     VALUES (?, ?, 'instalments', 3, 300000, 0, 300000, 'CNY', ?, ?)`,
  );
  const promise = db.prepare(
    `INSERT INTO promises (promise_id, account_id, amount_cents, currency, due_date, words, status, created_at)
     VALUES (?, ?, 50000, 'CNY', '2026-12-01', '月底前还', ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at) VALUES (?, ?, ?, 'active', ?, 'bench', ?)`,
  );
  const states = ['active', 'kept', 'partly_kept', 'broken'];
  const n = Math.floor(size.accounts / 5);
  for (let i = 0; i < n; i++) {
    const account = `ACC${Math.floor(rnd() * size.accounts)}`;
    const at = YEAR_START + Math.floor(rnd() * YEAR_MS);
    const status = states[Math.floor(rnd() * 4)] ?? 'active';
    plan.run(`PL${i}`, account, status === 'partly_kept' ? 'completed' : status, new Date(at).toISOString());
    promise.run(`PR${i}`, account, status, new Date(at).toISOString());
    if (status !== 'active')
      event.run('promise', `PR${i}`, account, status, new Date(at + 7 * 86_400_000).toISOString());
  }
}

function insertCareAndHandoffs(db: Db, size: WorldSize, rnd: () => number): void {
  const at = (): string => new Date(YEAR_START + Math.floor(rnd() * YEAR_MS)).toISOString();
  const dispute = db.prepare(
    `INSERT INTO disputes (dispute_id, account_id, text, created_at) VALUES (?, ?, 'not mine', ?)`,
  );
  const cease = db.prepare(
    `INSERT OR IGNORE INTO contact_preferences (account_id, cease_contact, cease_source, cease_at, updated_at) VALUES (?, 1, 'chat', ?, ?)`,
  );
  const handoff = db.prepare(
    `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary, locale, verified, status, queued_at, accepted_at)
     VALUES (?, ?, ?, ?, 'human_requested', 2, 's', 'zh-CN', 1, 'released', ?, ?)`,
  );
  const payment = db.prepare(
    `INSERT INTO payments (payment_id, account_id, amount_cents, currency, paid_at, channel, source, content_hash, received_at)
     VALUES (?, ?, 10000, 'CNY', ?, 'bank', 'file', 'h', ?)`,
  );
  const n = Math.floor(size.accounts / 10);
  for (let i = 0; i < n; i++) {
    const account = `ACC${Math.floor(rnd() * size.accounts)}`;
    if (i % 3 === 0) dispute.run(`D${i}`, account, at());
    if (i % 5 === 0) {
      const when = at();
      cease.run(account, when, when);
    }
    const queued = Date.parse(at());
    const accepted = rnd() < 0.8 ? new Date(queued + Math.floor(rnd() * 900_000)).toISOString() : null;
    handoff.run(
      `H${i}`,
      `hconv${i}`,
      rnd() < 0.6 ? 'directline' : 'wechat',
      account,
      new Date(queued).toISOString(),
      accepted,
    );
    const paid = at();
    payment.run(`PAY${i}`, account, paid, paid);
  }
}

/** Fills the database (one transaction per kind of record). */
export function seedWorld(db: Db, size: WorldSize): void {
  const rnd = random(21);
  db.transaction(() => insertAccounts(db, size, rnd))();
  db.transaction(() => insertTranscripts(db, size, rnd))();
  db.transaction(() => insertCommitments(db, size, rnd))();
  db.transaction(() => insertCareAndHandoffs(db, size, rnd))();
  db.exec('ANALYZE');
}
