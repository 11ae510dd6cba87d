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
 * The variants take turns chunk by chunk (BENCH_CHUNK turns, default 40; BENCH_ROUNDS chunks each,
 * default 20), so a change in the machine's load falls on all of them alike. Prints per variant and
 * statement the server's execution µs a turn and WAL bytes a turn (pg_stat_statements) and the
 * writer backend's CPU a turn (median over the chunks); BENCH_PARTS_EXPLAIN=1 also prints one reply
 * append's EXPLAIN (ANALYZE, BUFFERS, WAL) per variant instead of the statement itself (each then
 * commits on its own) and prints the medians of its execution, trigger and planning times;
 * BENCH_PARTS_PLANS=1 prints one plan of each. BENCH_VARIANTS: a comma-separated subset. The writer backend's CPU a turn
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
const CHUNK = Number(process.env.BENCH_CHUNK ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
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

/** What a variant's chunks added up to: turns, writer CPU (ns), execution (ms) and WAL (bytes) per statement. */
interface Tally {
  turns: number;
  cpuNs: number[];
  inboundMs: number;
  replyMs: number;
  inboundWal: number;
  replyWal: number;
  nestedMs: number;
}

type Totals = { inboundMs: number; replyMs: number; inboundWal: number; replyWal: number; nestedMs: number };

/** pg_stat_statements' running totals of the append statements (the reply's is the strict one). */
async function totals(admin: pg.Client): Promise<Totals> {
  const { rows } = await admin.query<{ query: string; exec: number; wal: string }>(
    `SELECT query, total_exec_time AS exec, wal_bytes AS wal FROM pg_stat_statements
      WHERE query LIKE 'WITH lk AS%' OR query LIKE 'INSERT INTO insights_account_days%'`,
  );
  const t: Totals = { inboundMs: 0, replyMs: 0, inboundWal: 0, replyWal: 0, nestedMs: 0 };
  for (const r of rows) {
    if (r.query.startsWith('INSERT')) t.nestedMs += Number(r.exec);
    else if (r.query.includes('THEN seq END')) {
      t.replyMs += Number(r.exec);
      t.replyWal += Number(r.wal);
    } else {
      t.inboundMs += Number(r.exec);
      t.inboundWal += Number(r.wal);
    }
  }
  return t;
}

/** The stored conversations' turns replayed one after another, each conversation under a new id. */
class Replayer {
  private c = 0;
  private t = 0;
  private chain: Chain = { id: '', seq: 0, hash: '' };
  constructor(private readonly sample: Turn[][]) {
    this.restart();
  }
  private restart(): void {
    this.chain = { id: `parts-${process.pid}-${run++}`, seq: 0, hash: '0'.repeat(64) };
    this.t = 0;
  }
  /** The next turn's two writes: the person's record alone, then the reply's in BEGIN … COMMIT. */
  async turn(writer: pg.PoolClient, variant: AppendVariant): Promise<void> {
    const turns = this.sample[this.c % this.sample.length]!;
    const turn = turns[this.t]!;
    const inboundSql = variant.sql ? variant.sql(KNOWN_HEAD_SQL) : KNOWN_HEAD_SQL;
    const replySql = variant.sql ? variant.sql(KNOWN_HEAD_STRICT_SQL) : KNOWN_HEAD_STRICT_SQL;
    const inbound = appendStep(inboundSql, this.chain, [turn.inbound]);
    if (EXPLAIN) await explain(writer, variant.name, 'inbound', inbound);
    else await pipelined(writer, [inbound]);
    if (turn.reply.length > 0) {
      const step = appendStep(replySql, this.chain, turn.reply);
      if (EXPLAIN) await explain(writer, variant.name, 'reply', step);
      else await pipelined(writer, [BEGIN, step, COMMIT]);
    }
    if (++this.t >= turns.length) {
      this.c++;
      this.restart();
    }
  }
}

/** BENCH_PARTS_EXPLAIN=1: each statement's EXPLAIN ANALYZE timings (ms), by variant and statement. */
const explained = new Map<string, { execution: number[]; trigger: number[]; planning: number[] }>();

/** Runs `step` under EXPLAIN (ANALYZE, BUFFERS, WAL) and keeps its execution, trigger and planning time. */
async function explain(writer: pg.PoolClient, variant: string, which: string, step: Step): Promise<void> {
  const { rows } = await writer.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, WAL) ${step.text}`, [
    ...step.values,
  ]);
  const key = `${variant} ${which}`;
  const seen = explained.get(key) ?? { execution: [], trigger: [], planning: [] };
  explained.set(key, seen);
  const number = (re: RegExp): number =>
    rows.reduce((sum, r) => sum + Number(re.exec(r['QUERY PLAN'])?.[1] ?? 0), 0);
  seen.execution.push(number(/^Execution Time: ([\d.]+)/));
  seen.trigger.push(number(/^Trigger .*time=([\d.]+)/));
  seen.planning.push(number(/^Planning Time: ([\d.]+)/));
  if (process.env.BENCH_PARTS_PLANS === '1' && seen.execution.length === 20)
    for (const r of rows) console.log(`  ${key}: ${r['QUERY PLAN']}`);
}

/** The median of `values`. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** One chunk of a variant: its DDL, a turn to re-plan (not counted), CHUNK turns counted, its undo. */
async function chunk(
  admin: pg.Client,
  writer: pg.PoolClient,
  replayer: Replayer,
  variant: AppendVariant,
  backendPid: number,
  tally: Tally,
): Promise<void> {
  if (variant.ddl) await writer.query(variant.ddl);
  try {
    await replayer.turn(writer, variant);
    const before = await totals(admin);
    const cpu0 = cpuNs(backendPid);
    for (let i = 0; i < CHUNK; i++) await replayer.turn(writer, variant);
    tally.cpuNs.push(cpuNs(backendPid) - cpu0);
    const after = await totals(admin);
    tally.turns += CHUNK;
    tally.inboundMs += after.inboundMs - before.inboundMs;
    tally.replyMs += after.replyMs - before.replyMs;
    tally.inboundWal += after.inboundWal - before.inboundWal;
    tally.replyWal += after.replyWal - before.replyWal;
    tally.nestedMs += after.nestedMs - before.nestedMs;
  } finally {
    if (variant.undo) await writer.query(variant.undo);
  }
}

function line(name: string, t: Tally): string {
  const us = (ms: number): string => ((ms * 1000) / t.turns).toFixed(0).padStart(5);
  const bytes = (b: number): string => (b / t.turns).toFixed(0).padStart(5);
  const perTurn = t.cpuNs.map((ns) => ns / 1000 / CHUNK).sort((a, b) => a - b);
  const median = perTurn[Math.floor(perTurn.length / 2)]!;
  return `${name.padEnd(22)} inbound ${us(t.inboundMs)} µs ${bytes(t.inboundWal)} B | reply ${us(t.replyMs)} µs ${bytes(
    t.replyWal,
  )} B | insights (nested) ${us(t.nestedMs)} µs | writer CPU median ${median.toFixed(0).padStart(5)} µs (chunks ${perTurn[0]!.toFixed(0)}–${perTurn.at(-1)!.toFixed(0)})`;
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
    const replayer = new Replayer(sample);
    const tallies = variants.map((): Tally => ({ turns: 0, cpuNs: [], inboundMs: 0, replyMs: 0, inboundWal: 0, replyWal: 0, nestedMs: 0 }));
    for (let i = 0; i < 50; i++) await replayer.turn(writer, variants[0]!); // warm-up: plans and caches
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, v] of variants.entries()) await chunk(admin, writer, replayer, v, backendPid, tallies[i]!);
    console.log(`per turn (${CHUNK} turns a chunk, ${ROUNDS} chunks a variant, variants interleaved chunk by chunk):`);
    for (const [i, v] of variants.entries()) console.log(line(v.name, tallies[i]!));
    if (EXPLAIN) {
      console.log('EXPLAIN ANALYZE medians a statement (µs): execution (triggers included), of it triggers; planning');
      for (const [key, e] of explained)
        console.log(
          `  ${key.padEnd(32)} ${(median(e.execution) * 1000).toFixed(0).padStart(5)}  ${(median(e.trigger) * 1000)
            .toFixed(0)
            .padStart(5)}  ${(median(e.planning) * 1000).toFixed(0).padStart(5)}   (${e.execution.length} statements)`,
        );
    }
  } finally {
    writer.release();
    await pool.end();
    await admin.end();
  }
}

await main();
