import { expect, it } from 'vitest';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { describePg } from '../../support/postgres.js';

/**
 * Migration 013: the insights trigger parses a trace only when its text can hold 'verified' as a
 * value and leaves a fact alone that already has the record's step; the facts are those 011's
 * trigger left: per account, UTC day and channel the OR of its records' steps, a user message 2, a
 * trace 1, a trace whose value.act.kind is 'verified' 5, a malformed trace 1, other records none.
 */

interface Row {
  account: string | null;
  day: string;
  channel: string;
  type: string;
  role: string;
  activity: string;
}

let seq = 0;

/** The rows in ONE multi-row INSERT statement (as an append writes a turn's records). */
async function insertStatement(pool: Pick<PgPool, 'query'>, rows: readonly Row[]): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((r) => {
    values.push(++seq, r.channel, r.account, r.type, r.role, `${r.day}T01:00:00Z`, r.activity);
    const n = values.length;
    return `('c-013', $${n - 6}::int, $${n - 5}, $${n - 4}, NULL, $${n - 3}, $${n - 2}, $${n - 1}, 0, $${n}, 'p', 'h', now())`;
  });
  await pool.query(
    `INSERT INTO transcript_records (conversation_id, seq, channel_id, account_id, activity_id, type, role,
       timestamp, flags, activity, prev_hash, hash, recorded_at) VALUES ${tuples.join(', ')}`,
    values,
  );
}

async function facts(pool: PgPool): Promise<string[]> {
  const { rows } = await pool.query<{ account_id: string; day: string; channel_id: string; steps: number }>(
    'SELECT account_id, day, channel_id, steps FROM insights_account_days ORDER BY 1, 2, 3',
  );
  return rows.map((r) => `${r.account_id} ${r.day} ${r.channel_id} ${r.steps}`);
}

/** What 011's row trigger made of one record: its step, or 0 for none. */
function rowStep(r: Row): number {
  if (r.account === null) return 0;
  if (r.type === 'message') return r.role === 'user' ? 2 : 0;
  if (r.type !== 'trace') return 0;
  try {
    const parsed = JSON.parse(r.activity) as { value?: { act?: { kind?: unknown } } } | null;
    return parsed?.value?.act?.kind === 'verified' ? 5 : 1;
  } catch {
    return 1;
  }
}

/** Traces spelt every way the filter must see through, and ways it must not be fooled by. */
const TRACES = [
  '{"type":"trace","value":{"act":{"kind":"verified"},"verified":false}}',
  '{"type":"trace","value":{"act":{"kind":"opening"},"verified":false}}', // the key, not the value
  '{"value": {"act": {"kind" : "verified" } } }', // JSON whitespace around the value
  '{"value":{"act":{"kind":"verified"\n}}}',
  '{"value":{"act":{"kind":"\\u0076erified"}}}', // the value behind a \\u escape
  '{"value":{"act":{"kind":"asked"},"notes":["verified"]}}', // the word as an array element
  '{"value":{"act":{"kind":"asked","was":"verified"}}}', // the word as another member's value
  '{"value":{"act":["verified"]}}',
  '{"verified": ', // malformed
  '{"value":{"act":{"kind":"verified"}', // malformed, the value spelt
  '{"value":{"act":{"kind":"Verified"}}}',
];

describePg(
  'the insights trigger with less work a record (migration 013)',
  (db) => {
    it('keeps the same facts as the row trigger for records written one statement or several at a time', async () => {
      const pool = db.pool();
      // A deterministic mix: accounts (one absent), two days, two channels, every kind of record.
      let state = 19;
      const next = (n: number): number => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return (state >>> 12) % n; // the high bits: the low ones of this generator cycle
      };
      const rows: Row[] = [];
      for (let i = 0; i < 240; i++) {
        const kind = next(4);
        rows.push({
          account: next(6) === 0 ? null : `acc${next(5)}`,
          day: `2026-12-0${1 + next(2)}`,
          channel: next(2) === 0 ? 'web' : 'wechat',
          type: kind === 3 ? 'event' : kind === 0 ? 'message' : 'trace',
          role: kind === 0 && next(2) === 0 ? 'user' : 'bot',
          activity: kind === 0 ? '{"text":"verified"}' : TRACES[next(TRACES.length)]!,
        });
      }
      for (let i = 0; i < rows.length; ) {
        const size = 1 + next(6);
        await insertStatement(pool, rows.slice(i, i + size));
        i += size;
      }
      const expected = new Map<string, number>();
      for (const r of rows) {
        const step = rowStep(r);
        if (step === 0) continue;
        const key = `${r.account} ${r.day} ${r.channel}`;
        expected.set(key, (expected.get(key) ?? 0) | step);
      }
      const wanted = [...expected].map(([k, s]) => `${k} ${s}`).sort();
      expect(wanted.length).toBeGreaterThan(10);
      expect(wanted.some((f) => f.endsWith(' 7'))).toBe(true);
      expect(await facts(pool)).toEqual(wanted);
    });

    it('reads each filter case as the row trigger did', async () => {
      const pool = db.pool();
      await pool.query('TRUNCATE insights_account_days');
      const cases = TRACES.map((activity, i) => ({
        account: `t${String(i).padStart(2, '0')}`,
        day: '2026-12-05',
        channel: 'web',
        type: 'trace',
        role: 'bot',
        activity,
      }));
      await insertStatement(pool, cases);
      expect(await facts(pool)).toEqual(cases.map((c) => `${c.account} 2026-12-05 web ${rowStep(c)}`));
      expect((await facts(pool)).map((f) => f.at(-1))).toEqual(['5', '1', '5', '5', '5', '1', '1', '1', '1', '1', '1']);
    });

    it('writes a fact only when it gains a step: a turn that adds nothing leaves the row untouched', async () => {
      const pool = db.pool();
      await pool.query('TRUNCATE insights_account_days');
      const user: Row = { account: 'u1', day: '2026-12-06', channel: 'web', type: 'message', role: 'user', activity: '{}' };
      const trace: Row = { ...user, type: 'trace', role: 'bot', activity: TRACES[1]! };
      await insertStatement(pool, [user, trace]);
      const before = await pool.query<{ ctid: string; xmin: string; xmax: string }>(
        "SELECT ctid::text, xmin::text, xmax::text FROM insights_account_days WHERE account_id = 'u1'",
      );
      await insertStatement(pool, [user, trace, trace]);
      const after = await pool.query<{ ctid: string; xmin: string; xmax: string }>(
        "SELECT ctid::text, xmin::text, xmax::text FROM insights_account_days WHERE account_id = 'u1'",
      );
      // Neither updated (ctid, xmin) nor locked by the later statement's transaction (xmax).
      expect(after.rows[0]).toEqual(before.rows[0]);
      await insertStatement(pool, [{ ...trace, activity: TRACES[0]! }]);
      expect(await facts(pool)).toEqual(['u1 2026-12-06 web 7']);
    });

  },
  { migrated: true },
);
