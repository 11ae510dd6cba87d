import { expect, it } from 'vitest';
import { describePg } from '../../support/postgres.js';

/** Migration 011: the per-turn write work nothing reads is gone, the insights facts are unchanged. */
describePg(
  'the writes of a turn (migration 011)',
  (db) => {
    it('keeps the insights facts per account and day: user messages 2, traces 1, a verified trace 5, others none', async () => {
      const pool = db.pool();
      let seq = 0;
      const insert = async (row: { account: string | null; type: string; role: string; activity: string }) =>
        pool.query(
          `INSERT INTO transcript_records (conversation_id, seq, channel_id, account_id, activity_id, type, role,
             timestamp, flags, activity, prev_hash, hash, recorded_at)
           VALUES ('c-011', $1, 'web', $2, NULL, $3, $4, $5, 0, $6, 'p', 'h', now())`,
          [
            ++seq,
            row.account,
            row.type,
            row.role,
            `2026-12-0${row.account?.slice(-1) ?? 1}T01:00:00Z`,
            row.activity,
          ],
        );
      const verified = '{"type":"trace","value":{"act":{"kind":"verified"}}}';
      // acc1: a bot message and a trace without the word: 1.
      await insert({ account: 'acc1', type: 'message', role: 'bot', activity: '{"text":"verified"}' });
      await insert({
        account: 'acc1',
        type: 'trace',
        role: 'bot',
        activity: '{"value":{"act":{"kind":"asked"}}}',
      });
      // acc2: a user message and a verified trace: 2 | 5.
      await insert({ account: 'acc2', type: 'message', role: 'user', activity: '{"text":"hi"}' });
      await insert({ account: 'acc2', type: 'trace', role: 'bot', activity: verified });
      // acc3: the value spelt with a \u escape is still verified: 5.
      await insert({
        account: 'acc3',
        type: 'trace',
        role: 'bot',
        activity: '{"value":{"act":{"kind":"\\u0076erified"}}}',
      });
      // acc4: a malformed trace naming the word fails nothing and counts 1.
      await insert({ account: 'acc4', type: 'trace', role: 'bot', activity: '{"verified": ' });
      // acc5: only a bot message: no fact.
      await insert({ account: 'acc5', type: 'message', role: 'bot', activity: '{"text":"x"}' });
      // no account: no fact.
      await insert({ account: null, type: 'trace', role: 'bot', activity: verified });
      const facts = await pool.query<{ account_id: string; day: string; steps: number }>(
        'SELECT account_id, day, steps FROM insights_account_days ORDER BY account_id',
      );
      expect(facts.rows).toEqual([
        { account_id: 'acc1', day: '2026-12-01', steps: 1 },
        { account_id: 'acc2', day: '2026-12-02', steps: 7 },
        { account_id: 'acc3', day: '2026-12-03', steps: 5 },
        { account_id: 'acc4', day: '2026-12-04', steps: 1 },
      ]);
    });

    it('has no index on rate_counters.last_at nor transcript_records.timestamp, and a hit within its window is a HOT update', async () => {
      const pool = db.pool();
      const indexes = await pool.query<{ indexname: string }>(
        "SELECT indexname FROM pg_indexes WHERE tablename IN ('rate_counters', 'transcript_records') ORDER BY 1",
      );
      expect(indexes.rows.map((r) => r.indexname)).toEqual([
        'insights_blocked_traces',
        'rate_counters_pkey',
        'transcript_records_pkey',
      ]);
      const client = await pool.connect();
      try {
        await client.query(
          "INSERT INTO rate_counters (key, window_start, count, last_at) VALUES ('k-011', now(), 1, now())",
        );
        for (let i = 0; i < 5; i++)
          await client.query(
            "UPDATE rate_counters SET count = count + 1, last_at = clock_timestamp() WHERE key = 'k-011'",
          );
        await client.query('SELECT pg_stat_force_next_flush()');
        await client.query('SELECT 1'); // a transaction end flushes this backend's counts
        await client.query('SELECT pg_stat_clear_snapshot()');
        const stats = await client.query<{ upd: string; hot: string }>(
          "SELECT n_tup_upd::text AS upd, n_tup_hot_upd::text AS hot FROM pg_stat_user_tables WHERE relname = 'rate_counters'",
        );
        expect(stats.rows[0]).toEqual({ upd: '5', hot: '5' });
      } finally {
        client.release();
      }
    });
  },
  { migrated: true },
);
