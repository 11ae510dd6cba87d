/**
 * `npx tsx bench/channelStores.ts`: operations per second of the transcript, Direct Line and
 * console session stores on SQLite (a WAL file in a temp dir) and PostgreSQL in the same run:
 * transcript appends (one writer; 8 at once on 8 conversations; 8 at once on ONE conversation,
 * where appends queue on its lock), Direct Line appends (8 at once on one conversation) and
 * session reads. PostgreSQL: BENCH_DATABASE_URL (a database it may fill), else a throw-away
 * local cluster from Debian's binaries. Figures, not a pass/fail test. BENCH_OPS: operations.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { SessionStore } from '../src/auth/sessions.js';
import { SqliteDirectLineStore } from '../src/channels/directline/directLineStore.js';
import { PgDirectLineStore } from '../src/channels/directline/pgDirectLineStore.js';
import { systemClock } from '../src/core/clock.js';
import { type ConsoleSessionStore, SqliteConsoleSessions } from '../src/store/consoleSessions.js';
import { openDatabase } from '../src/store/db.js';
import { PgConsoleSessions } from '../src/store/pg/consoleSessions.js';
import { migratePg } from '../src/store/pg/migrate.js';
import { createPgPool, type PgPool } from '../src/store/pg/pool.js';
import { PgTranscriptStore } from '../src/store/pg/transcripts.js';
import { SqliteTranscriptStore } from '../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity, TranscriptStore } from '../src/store/transcripts/types.js';
import {
  findPostgresBin,
  startCluster,
  stopCluster,
  type RunningCluster,
} from '../test/support/postgresCluster.js';

const OPS = Number(process.env.BENCH_OPS ?? 1600);
const NOW = new Date('2026-12-05T04:00:00Z');

interface DirectLine {
  conversationForUser(userId: string, now: Date): unknown;
  append(conversationId: string, now: Date, build: (id: string) => { type: 'message'; id: string }): unknown;
}

interface Backend {
  name: string;
  transcripts(): TranscriptStore;
  directLine(): DirectLine;
  sessions(): ConsoleSessionStore;
}

function activity(conversationId: string, n: number): TranscriptActivity {
  return {
    type: 'message',
    id: `m${n}`,
    channelId: 'directline',
    conversation: { id: conversationId },
    from: { id: 'bot', role: 'bot' },
    text: '您好，本期最低还款额为 1,234.56 元，请问您方便什么时候处理？',
    timestamp: new Date(NOW.getTime() + n).toISOString(),
  };
}

async function timed(label: string, ops: number, run: () => Promise<void>): Promise<void> {
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`  ${label.padEnd(46)} ${String(Math.round((ops / ms) * 1000)).padStart(7)} ops/s`);
}

async function parallel(
  workers: number,
  ops: number,
  each: (w: number, i: number) => Promise<unknown>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; i < ops; i += workers) await each(w, i);
    }),
  );
}

async function run(b: Backend): Promise<void> {
  console.log(b.name);
  const one = b.transcripts();
  await timed('transcript append, 1 writer', OPS, () =>
    parallel(1, OPS, (_, i) => one.append(activity('t1', i), {}, NOW)),
  );
  const eight = Array.from({ length: 8 }, () => b.transcripts());
  await timed('transcript append, 8 writers on 8 conversations', OPS, () =>
    parallel(8, OPS, (w, i) => eight[w]!.append(activity(`t8-${w}`, i), {}, NOW)),
  );
  await timed('transcript append, 8 writers on ONE conversation', OPS, () =>
    parallel(8, OPS, (w, i) => eight[w]!.append(activity('t-hot', i), {}, NOW)),
  );
  const dls = Array.from({ length: 8 }, () => b.directLine());
  const c = (await dls[0]!.conversationForUser('dl_bench', NOW)) as { conversationId: string };
  await timed('Direct Line append, 8 writers on ONE conversation', OPS, () =>
    parallel(8, OPS, (w) =>
      Promise.resolve(dls[w]!.append(c.conversationId, NOW, (id) => ({ type: 'message', id }))),
    ),
  );
  const sessions = new SessionStore(systemClock, 3600_000, b.sessions());
  const { token } = await sessions.create({ name: 'rita', roles: ['reviewer'] });
  await timed('console session read, 8 at once', OPS, () => parallel(8, OPS, () => sessions.get(token)));
}

async function main(): Promise<void> {
  console.log(`channel stores, ${OPS} ops each, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-channel-'));
  await run({
    name: 'SQLite (WAL file)',
    transcripts: () => new SqliteTranscriptStore(openDatabase(dir)),
    directLine: () => new SqliteDirectLineStore(openDatabase(dir)),
    sessions: () => new SqliteConsoleSessions(openDatabase(dir)),
  });
  let cluster: RunningCluster | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) return console.log('PostgreSQL: skipped (no server binaries; set BENCH_DATABASE_URL)');
    cluster = await startCluster(bin);
    url = cluster.adminUrl;
  }
  const pools: PgPool[] = [];
  const pool = (max = 2): PgPool => {
    const p = createPgPool({ url: url ?? '', max });
    pools.push(p);
    return p;
  };
  try {
    await migratePg(pool(1));
    await run({
      name: 'PostgreSQL (local, fsync as configured)',
      transcripts: () => new PgTranscriptStore(pool()),
      directLine: () => new PgDirectLineStore(pool()),
      sessions: () => new PgConsoleSessions(pool(8)),
    });
  } finally {
    await Promise.all(pools.map((p) => p.end()));
    if (cluster) stopCluster(cluster);
  }
}

await main();
