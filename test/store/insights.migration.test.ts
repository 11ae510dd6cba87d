import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insightFunnel } from '../../src/store/insights.js';
import { migrate } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../src/store/transcripts/types.js';

const MIGRATIONS = path.resolve('src/store/migrations');
const SCOPE = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', bucket: 'day' as const };

function activity(conv: string, at: string, type: 'trace' | 'message', act = 'opening'): TranscriptActivity {
  return type === 'trace'
    ? {
        type,
        name: 'collections.reply',
        label: 'guardrail',
        timestamp: at,
        channelId: 'directline',
        conversation: { id: conv },
        from: { id: 'bot', role: 'bot' },
        value: { act: { kind: act } },
      }
    : {
        type,
        timestamp: at,
        channelId: 'directline',
        conversation: { id: conv },
        from: { id: 'p', role: 'user' },
        text: 'hi',
      };
}

describe('013_insights migration', () => {
  it('counts in the funnel the transcripts stored before it was applied, and those appended after', async () => {
    const before = mkdtempSync(path.join(tmpdir(), 'migrations-'));
    for (const f of readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql') && f < '013'))
      copyFileSync(path.join(MIGRATIONS, f), path.join(before, f));
    const db = new Database(':memory:');
    migrate(db, before);
    db.prepare(
      `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4, card_last4,
        balance_cents, minimum_due_cents, due_date, days_past_due, currency, status, updated_at)
       VALUES ('A1', 'H', 'zh-CN', 'Asia/Shanghai', 'directline', 'u1', '1234', '5678', 1, 1, '2026-10-01', 1, 'CNY', 'open', '2026-10-01')`,
    ).run();
    const store = new SqliteTranscriptStore(db);
    const at = new Date('2026-11-02T00:00:00Z');
    await store.append(activity('c1', '2026-11-02T01:00:00.000Z', 'trace'), { accountId: 'A1' }, at);
    await store.append(activity('c1', '2026-11-02T01:01:00.000Z', 'message'), { accountId: 'A1' }, at);
    migrate(db, MIGRATIONS);
    expect(insightFunnel(db, SCOPE)).toEqual({ contacted: 1, replied: 1, verified: 0, agreed: 0, kept: 0 });
    await store.append(
      activity('c1', '2026-11-02T01:02:00.000Z', 'trace', 'verified'),
      { accountId: 'A1' },
      at,
    );
    expect(insightFunnel(db, SCOPE)).toEqual({ contacted: 1, replied: 1, verified: 1, agreed: 0, kept: 0 });
    db.close();
  });
});
