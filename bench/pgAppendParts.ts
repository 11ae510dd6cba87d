/**
 * BENCH_DATABASE_URL=postgres://… node --import tsx bench/pgAppendParts.ts — what the server's time
 * for a transcript append is made of (issue 19 item 5, pgturn24). The database must be one the bench
 * service has filled (`BENCH_DATABASE_URL=… bench/pgStatements.ts`), with pg_stat_statements
 * loaded: its stored conversations are replayed, turn by turn, under new conversation ids as the
 * service writes them (the person's record with KNOWN_HEAD_SQL on its own, then the reply's records
 * with KNOWN_HEAD_STRICT_SQL between BEGIN and COMMIT, both prepared statements with the column
 * arrays in the binary format). Each variant changes one thing (a trigger or index dropped, a
 * column's storage, a part of the statement left out; `pgAppendVariants.ts`) and undoes its change
 * afterwards, so the database is left as it was found (the replayed rows aside).
 * Prints per variant and statement the server's execution µs a turn and WAL bytes a turn
 * (pg_stat_statements), rounds alternated; BENCH_PARTS_EXPLAIN=1 also prints one reply append's
 * EXPLAIN (ANALYZE, BUFFERS, WAL) per variant. BENCH_TURNS (default 150) turns a variant and round,
 * BENCH_ROUNDS (default 2), BENCH_VARIANTS a comma-separated subset. The writer backend's CPU a turn
 * is read from /proc/<pid>/schedstat (run on the database's machine): pg_stat_statements' times are
 * wall time, which a busy 2-core machine inflates. Measurement only.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { recordHashOf } from '../src/store/transcripts/chain.js';
import type { RecordRow } from '../src/store/transcripts/rows.js';
import { BEGIN, COMMIT, pipelined, type Step } from '../src/store/pg/pipeline.js';
import { batchArgs, KNOWN_HEAD_SQL, KNOWN_HEAD_STRICT_SQL } from '../src/store/pg/transcriptAppend.js';
import { APPEND_VARIANTS, type AppendVariant } from './pgAppendVariants.js';

const URL = process.env.BENCH_DATABASE_URL;
const TURNS = Number(process.env.BENCH_TURNS ?? 150);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const EXPLAIN = process.env.BENCH_PARTS_EXPLAIN === '1';
const LOCK_SPACE = 719019007;

type Stored = Omit<RecordRow, 'conversation_id' | 'seq' | 'prev_hash' | 'hash' | 'recorded_at'>;
/** One turn of a stored conversation: the person's record, then the records of the reply. */
type Turn = { inbound: Stored; reply: Stored[] };

async function sampleTurns(client: pg.Client): Promise<Turn[][]> {
  const { rows } = await client.query<Stored & { conversation_id: string }>(
    `SELECT conversation_id, channel_id, account_id, activity_id, type, role, timestamp, flags, activity
       FROM transcript_records WHERE conversation_id NOT LIKE 'parts-%' ORDER BY conversation_id, seq`,
  );
  const conversations = new Map<string, Turn[]>();
  for (const { conversation_id: id, ...row } of rows) {
    const turns = conversations.get(id) ?? [];
    conversations.set(id, turns);
    if (row.role === 'user') turns.push({ inbound: row, reply: [] });
    else turns.at(-1)?.reply.push(row);
  }
  return [...conversations.values()].filter((t) => t.length >= 2);
}

/** A replayed conversation's chain: its id and head. */
type Chain = { id: string; seq: number; hash: string };

function built(chain: Chain, records: readonly Stored[]): { row: RecordRow; outcome: null }[] {
  const now = new Date().toISOString();
  return records.map((r) => {
    const seq = chain.seq + 1;
    const hash = recordHashOf(chain.id, seq, chain.hash, r.activity);
    const row: RecordRow = { ...r, conversation_id: chain.id, seq, prev_hash: chain.hash, hash, recorded_at: now };
    chain.seq = seq;
    chain.hash = hash;
    return { row, outcome: null };
  });
}

function appendStep(sql: string, chain: Chain, records: readonly Stored[]): Step {
  const head = { seq: chain.seq, hash: chain.hash };
  const rows = built(chain, records);
  return { text: sql, values: [...batchArgs(rows, new Date()), chain.id, head.seq, head.hash, LOCK_SPACE] };
}

let run = 0;

/** CPU time (ns) the process has run, from the scheduler's own count (load does not inflate it as it does wall time). */
function cpuNs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
}

/** Replays `turns` conversations' turns under `variant`; the variant's DDL is undone afterwards. */
async function replay(
  admin: pg.Client,
  writer: pg.PoolClient,
  sample: Turn[][],
  variant: AppendVariant,
  backendPid: number,
): Promise<void> {
  const inboundSql = variant.sql ? variant.sql(KNOWN_HEAD_SQL) : KNOWN_HEAD_SQL;
  const replySql = variant.sql ? variant.sql(KNOWN_HEAD_STRICT_SQL) : KNOWN_HEAD_STRICT_SQL;
  if (variant.ddl) await writer.query(variant.ddl);
  await admin.query('SELECT pg_stat_statements_reset()');
  const cpu0 = cpuNs(backendPid);
  let done = 0;
  for (let c = 0; done < TURNS; c++) {
    const turns = sample[c % sample.length]!;
    const chain: Chain = { id: `parts-${process.pid}-${run++}`, seq: 0, hash: '0'.repeat(64) };
    for (const turn of turns) {
      if (done >= TURNS) break;
      await pipelined(writer, [appendStep(inboundSql, chain, [turn.inbound])]);
      if (turn.reply.length > 0) {
        const step = appendStep(replySql, chain, turn.reply);
        const explain = EXPLAIN && done === Math.floor(TURNS / 2);
        if (explain) {
          const { rows } = await writer.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN (ANALYZE, BUFFERS, WAL) ${step.text}`,
            [...step.values],
          );
          console.log(`  ${variant.name}: EXPLAIN of a reply of ${turn.reply.length} records`);
          for (const r of rows) console.log(`    ${r['QUERY PLAN']}`);
        } else await pipelined(writer, [BEGIN, step, COMMIT]);
      }
      done++;
    }
  }
  const cpuUs = (cpuNs(backendPid) - cpu0) / 1000 / TURNS;
  const { rows } = await admin.query<{ query: string; calls: string; exec: number; wal: string }>(
    `SELECT query, calls, total_exec_time AS exec, wal_bytes AS wal FROM pg_stat_statements
      WHERE query LIKE '%transcript_records%' OR query LIKE '%insights_account_days%' ORDER BY total_exec_time DESC`,
  );
  if (variant.undo) await writer.query(variant.undo);
  const inbound = (q: string): boolean => !q.includes('THEN seq END');
  const sum = (pick: (q: string) => boolean, field: 'exec' | 'wal'): number =>
    rows
      .filter((r) => r.query.startsWith('WITH') && pick(r.query))
      .reduce((s, r) => s + Number(r[field]), 0) / TURNS;
  const nested = rows.filter((r) => r.query.startsWith('INSERT INTO insights_account_days'));
  const nestedUs = (nested.reduce((s, r) => s + Number(r.exec), 0) / TURNS) * 1000;
  console.log(
    `${variant.name.padEnd(22)} inbound ${(sum(inbound, 'exec') * 1000).toFixed(0).padStart(5)} µs ${sum(inbound, 'wal')
      .toFixed(0)
      .padStart(5)} B | reply ${(sum((q) => !inbound(q), 'exec') * 1000).toFixed(0).padStart(5)} µs ${sum(
      (q) => !inbound(q),
      'wal',
    )
      .toFixed(0)
      .padStart(5)} B | insights insert (nested) ${nestedUs.toFixed(0).padStart(3)} µs | backend CPU ${cpuUs
      .toFixed(0)
      .padStart(4)} µs   (a turn, ${TURNS} turns)`,
  );
}

async function main(): Promise<void> {
  if (!URL) throw new Error('set BENCH_DATABASE_URL to a database the bench service filled');
  const admin = new pg.Client({ connectionString: URL });
  await admin.connect();
  const pool = new pg.Pool({ connectionString: URL, max: 1 });
  const writer = await pool.connect();
  // Commits without waiting for their WAL flush (as the turn's own writes commit, turns19c), so the
  // flush's kernel time does not drown the statements' own CPU; BENCH_PARTS_SYNC=1 keeps the wait.
  if (process.env.BENCH_PARTS_SYNC !== '1') await writer.query('SET synchronous_commit = off');
  const backendPid = (await writer.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  try {
    const sample = await sampleTurns(admin);
    if (sample.length === 0) throw new Error('no stored conversations of two turns or more to replay');
    const records = sample.flat().reduce((n, t) => n + 1 + t.reply.length, 0);
    const turns = sample.flat().length;
    console.log(
      `sample: ${sample.length} conversations, ${turns} turns, ${(records / turns).toFixed(2)} records a turn; writer backend pid ${backendPid}`,
    );
    const wanted = process.env.BENCH_VARIANTS?.split(',');
    const variants = APPEND_VARIANTS.filter((v) => !wanted || wanted.includes(v.name));
    await replay(admin, writer, sample, variants[0]!, backendPid); // warm-up: plans and caches
    for (let round = 0; round < ROUNDS; round++) for (const v of variants) await replay(admin, writer, sample, v, backendPid);
  } finally {
    writer.release();
    await pool.end();
    await admin.end();
  }
}

await main();
