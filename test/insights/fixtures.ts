import type { Db } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../src/store/transcripts/types.js';

/**
 * A small world with known answers for November 2026 (see insights.test.ts):
 *   A1 zh-CN directline cards-east: contacted, replied, verified, plan agreed and kept (event 11-20)
 *   A2 en    wechat     cards-west: contacted, replied, verified, promise agreed and broken (event 11-10);
 *                                   a reminder draft blocked for a false legal claim (11-03)
 *   A3 zh-CN directline cards-east: contacted, replied, not verified; dispute (11-05); handoff answered
 *                                   after 120 s; an agent draft blocked for harassment and privacy (11-05)
 *   A4 en    directline (none):     contacted only; opted out (11-06); handoff never answered;
 *                                   a model draft blocked as a threat (11-06)
 *   A5 zh-CN wechat     cards-west: contacted in October only (outside the range)
 */
export const ACCOUNTS = [
  { id: 'A1', locale: 'zh-CN', channel: 'directline', portfolio: 'cards-east' },
  { id: 'A2', locale: 'en', channel: 'wechat', portfolio: 'cards-west' },
  { id: 'A3', locale: 'zh-CN', channel: 'directline', portfolio: 'cards-east' },
  { id: 'A4', locale: 'en', channel: 'directline', portfolio: null },
  { id: 'A5', locale: 'zh-CN', channel: 'wechat', portfolio: 'cards-west' },
] as const;

function insertAccount(db: Db, a: (typeof ACCOUNTS)[number]): void {
  db.prepare(
    `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4,
      card_last4, balance_cents, minimum_due_cents, due_date, days_past_due, currency, status, updated_at, portfolio)
     VALUES (?, 'Test Holder', ?, 'Asia/Shanghai', ?, ?, '1234', '5678', 100000, 10000, '2026-10-25', 10, 'CNY',
      'open', '2026-10-01T00:00:00.000Z', ?)`,
  ).run(a.id, a.locale, a.channel, `user-${a.id}`, a.portfolio);
}

interface Draft {
  source: string;
  categories: string[];
}

function trace(
  conv: string,
  channel: string,
  at: string,
  source: string,
  act: string,
  blocked: Draft[] = [],
): TranscriptActivity {
  return {
    type: 'trace',
    name: 'collections.reply',
    label: 'guardrail',
    timestamp: at,
    channelId: channel,
    conversation: { id: conv },
    from: { id: 'bot', role: 'bot' },
    value: {
      source,
      act: { kind: act },
      verdicts: [],
      blockedDrafts: blocked.map((d) => ({
        source: d.source,
        text: 'masked draft',
        verdict: {
          allowed: false,
          status: 'blocked',
          violations: d.categories.map((category) => ({ category, rule: 'r' })),
        },
      })),
    },
  };
}

function userMessage(conv: string, channel: string, at: string): TranscriptActivity {
  return {
    type: 'message',
    timestamp: at,
    channelId: channel,
    conversation: { id: conv },
    from: { id: 'person', role: 'user' },
    text: '你好',
  };
}

export async function seedInsights(db: Db): Promise<void> {
  for (const a of ACCOUNTS) insertAccount(db, a);
  const store = new SqliteTranscriptStore(db);
  const put = async (accountId: string, activity: TranscriptActivity): Promise<void> => {
    await store.append(activity, { accountId }, new Date(String(activity.timestamp)));
  };
  await put('A1', trace('c1', 'directline', '2026-11-02T01:00:00.000Z', 'bot', 'opening'));
  await put('A1', userMessage('c1', 'directline', '2026-11-02T01:01:00.000Z'));
  await put('A1', trace('c1', 'directline', '2026-11-02T01:02:00.000Z', 'bot', 'verified'));
  await put(
    'A2',
    trace('c2', 'wechat', '2026-11-03T01:00:00.000Z', 'reminder', 'reminder', [
      { source: 'template', categories: ['false_legal'] },
    ]),
  );
  await put('A2', userMessage('c2', 'wechat', '2026-11-03T01:05:00.000Z'));
  await put('A2', trace('c2', 'wechat', '2026-11-03T01:06:00.000Z', 'bot', 'verified'));
  await put('A3', trace('c3', 'directline', '2026-11-05T01:00:00.000Z', 'bot', 'opening'));
  await put('A3', userMessage('c3', 'directline', '2026-11-05T01:01:00.000Z'));
  await put(
    'A3',
    trace('c3', 'directline', '2026-11-05T02:03:00.000Z', 'agent', 'handoff_accepted', [
      { source: 'agent', categories: ['harassment', 'privacy'] },
    ]),
  );
  await put(
    'A4',
    trace('c4', 'directline', '2026-11-06T01:00:00.000Z', 'bot', 'opening', [
      { source: 'model', categories: ['threat'] },
    ]),
  );
  await put('A5', trace('c5', 'wechat', '2026-10-20T01:00:00.000Z', 'bot', 'opening'));
  await put('A5', userMessage('c5', 'wechat', '2026-10-20T01:01:00.000Z'));

  db.prepare(
    `INSERT INTO plans (plan_id, account_id, conversation_id, kind, months, principal_cents, fee_cents, total_cents, currency, status, created_at)
     VALUES ('P1', 'A1', 'c1', 'instalments', 3, 90000, 0, 90000, 'CNY', 'kept', '2026-11-02T01:10:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO promises (promise_id, account_id, conversation_id, amount_cents, currency, due_date, words, status, created_at)
     VALUES ('PR2', 'A2', 'c2', 50000, 'CNY', '2026-11-09', '下周一还五百', 'broken', '2026-11-03T01:10:00.000Z')`,
  ).run();
  const event = db.prepare(
    `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at) VALUES (?, ?, ?, 'active', ?, ?, ?)`,
  );
  event.run('promise', 'PR2', 'A2', 'broken', 'missed:2026-11-09', '2026-11-10T00:00:00.000Z');
  event.run('plan', 'P1', 'A1', 'kept', 'payment:PAY1', '2026-11-20T03:00:00.000Z');
  db.prepare(
    `INSERT INTO disputes (dispute_id, account_id, conversation_id, text, created_at) VALUES ('D3', 'A3', 'c3', 'not mine', '2026-11-05T01:02:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO contact_preferences (account_id, cease_contact, cease_source, cease_at, updated_at) VALUES ('A4', 1, 'chat', '2026-11-06T01:05:00.000Z', '2026-11-06T01:05:00.000Z')`,
  ).run();
  const handoff = db.prepare(
    `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary, locale, verified, status, queued_at, accepted_at)
     VALUES (?, ?, 'directline', ?, 'human_requested', 2, 'summary', ?, 0, ?, ?, ?)`,
  );
  handoff.run('H3', 'c3', 'A3', 'zh-CN', 'accepted', '2026-11-05T02:00:00.000Z', '2026-11-05T02:02:00.000Z');
  handoff.run('H4', 'c4', 'A4', 'en', 'queued', '2026-11-06T01:10:00.000Z', null);
}

/** The first payment from the feed (the promise charts stop saying no feed is configured). */
export function seedPayment(db: Db, receivedAt = '2026-11-20T02:59:00.000Z'): void {
  db.prepare(
    `INSERT INTO payments (payment_id, account_id, amount_cents, currency, paid_at, channel, source, content_hash, received_at)
     VALUES ('PAY1', 'A1', 30000, 'CNY', '2026-11-20T02:00:00.000Z', 'bank_transfer', 'file', 'h', ?)`,
  ).run(receivedAt);
}
