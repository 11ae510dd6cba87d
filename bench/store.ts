/**
 * `npm run bench:store`: operations per second of the shared-state stores on SQLite (a WAL file
 * in a temp dir) and PostgreSQL in the same run: conversation state read and write (eTag round
 * trips, one writer and 8 at once) and reminder claims (batches of 50, one claimer and 4 at once).
 * PostgreSQL: BENCH_DATABASE_URL (a database it may fill), else a throw-away local cluster from
 * Debian's binaries. Figures, not a pass/fail test. BENCH_OPS overrides the operation count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStorage } from '../src/bot/sqliteStorage.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { migratePg } from '../src/store/pg/migrate.js';
import { createPgPool, type PgPool } from '../src/store/pg/pool.js';
import { PgReminderClaims } from '../src/store/pg/reminderClaims.js';
import { PgStateStorage } from '../src/store/pg/stateStorage.js';
import { type ReminderClaims, SqliteReminderClaims } from '../src/store/reminderClaims.js';
import type { StateStorage } from '../src/store/stateStorage.js';
import { systemClock } from '../src/core/clock.js';
import {
  findPostgresBin,
  startCluster,
  stopCluster,
  type RunningCluster,
} from '../test/support/postgresCluster.js';

const OPS = Number(process.env.BENCH_OPS ?? 2000);
const CLAIM_ROWS = Number(process.env.BENCH_CLAIM_ROWS ?? 5000);
const T0 = new Date('2026-12-05T01:00:00Z');

interface Backend {
  name: string;
  /** A new instance (another connection) on the same database. */
  storage(): StateStorage;
  claims(): ReminderClaims;
  addAccounts(ids: string[]): Promise<void>;
  close(): Promise<void>;
}

const ACCOUNT_SQL = `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4,
  card_last4, balance_cents, minimum_due_cents, due_date, days_past_due, currency, updated_at)
  VALUES (%1, 'Bench', 'en', 'UTC', 'directline', %2, '0000', '0000', 100, 10, '2026-12-01', 4, 'USD',
  '2026-12-01T00:00:00.000Z')`;

function sqliteBackend(): Backend {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-store-'));
  const dbs: Db[] = [];
  const open = (): Db => {
    const db = openDatabase(dir);
    dbs.push(db);
    return db;
  };
  return {
    name: 'SQLite',
    storage: () => new SqliteStorage(open(), systemClock),
    claims: () => new SqliteReminderClaims(open()),
    addAccounts: async (ids) => {
      const db = open();
      const insert = db.prepare(ACCOUNT_SQL.replace('%1', '?').replace('%2', '?'));
      db.transaction(() => ids.forEach((id) => insert.run(id, `u-${id}`)))();
    },
    close: async () => {
      dbs.forEach((db) => db.close());
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresBackend(): Promise<Backend | string> {
  let cluster: RunningCluster | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) return 'no PostgreSQL binaries (sudo apt-get install postgresql) and no BENCH_DATABASE_URL';
    cluster = await startCluster(bin);
    url = cluster.adminUrl;
  }
  const pools: PgPool[] = [];
  const pool = (max = 4): PgPool => {
    const p = createPgPool({ url, max, applicationName: 'bench-store' });
    pools.push(p);
    return p;
  };
  const main = pool();
  await migratePg(main);
  await main.query('TRUNCATE bot_state, reminders, accounts CASCADE');
  return {
    name: cluster ? 'PostgreSQL (local, fsync off)' : 'PostgreSQL',
    storage: () => new PgStateStorage(pool(2)),
    claims: () => new PgReminderClaims(pool(2)),
    addAccounts: async (ids) => {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const values = chunk.map((_, j) =>
          ACCOUNT_SQL.split('VALUES')[1]!
            .replace('%1', `$${2 * j + 1}`)
            .replace('%2', `$${2 * j + 2}`),
        );
        await main.query(
          `${ACCOUNT_SQL.split('VALUES')[0]!} VALUES ${values.join(',')}`,
          chunk.flatMap((id) => [id, `u-${id}`]),
        );
      }
    },
    close: async () => {
      await Promise.all(pools.map((p) => p.end()));
      if (cluster) stopCluster(cluster);
    },
  };
}

async function timed(ops: number, run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return Math.round(ops / seconds);
}

/** Read-modify-write with the eTag, `writers` at once on their own instances, each on its own keys. */
async function stateRoundTrips(b: Backend, writers: number): Promise<{ write: number; read: number }> {
  const instances = Array.from({ length: writers }, () => b.storage());
  const per = Math.ceil(OPS / writers);
  const write = await timed(per * writers, async () => {
    await Promise.all(
      instances.map(async (s, w) => {
        for (let i = 0; i < per; i++) {
          const key = `bench/${writers}/${w}/${i % 50}`;
          const item = (await s.read([key]))[key] ?? {};
          await s.write({ [key]: { ...item, turn: i, text: '您好，我想分期还款' } });
        }
      }),
    );
  });
  const read = await timed(per * writers, async () => {
    await Promise.all(
      instances.map(async (s, w) => {
        for (let i = 0; i < per; i++) await s.read([`bench/${writers}/${w}/${i % 50}`]);
      }),
    );
  });
  return { write, read };
}

async function claimRate(b: Backend, claimers: number, tag: string): Promise<number> {
  const q = b.claims();
  const ids = Array.from({ length: CLAIM_ROWS / 5 }, (_, i) => `${tag}-${i}`);
  await b.addAccounts(ids);
  for (const id of ids)
    for (let d = 1; d <= 5; d++)
      await q.queue({ accountId: id, kind: 'due', localDate: `2027-01-0${d}` }, T0);
  const instances = Array.from({ length: claimers }, () => b.claims());
  let total = 0;
  const rate = await timed(CLAIM_ROWS, async () => {
    await Promise.all(
      instances.map(async (c) => {
        for (;;) {
          const batch = await c.claimDue(T0, 50, 60_000);
          if (batch.length === 0) return;
          total += batch.length;
          for (const claim of batch) await c.finish(claim, 'sent', undefined, T0);
        }
      }),
    );
  });
  if (total !== CLAIM_ROWS) throw new Error(`claimed ${total} rows, expected ${CLAIM_ROWS}`);
  return rate;
}

async function measure(b: Backend): Promise<string[]> {
  const one = await stateRoundTrips(b, 1);
  const eight = await stateRoundTrips(b, 8);
  const claims1 = await claimRate(b, 1, 'one');
  const claims4 = await claimRate(b, 4, 'four');
  return [
    `${b.name}`,
    `  state read+write (eTag), 1 writer:   ${one.write} round trips/s; reads ${one.read}/s`,
    `  state read+write (eTag), 8 writers:  ${eight.write} round trips/s; reads ${eight.read}/s`,
    `  reminder claims (batches of 50, each finished), 1 claimer: ${claims1} rows/s`,
    `  reminder claims (batches of 50, each finished), 4 claimers: ${claims4} rows/s`,
  ];
}

async function main(): Promise<void> {
  console.log(
    `bench:store: ${OPS} state operations, ${CLAIM_ROWS} reminders per claim run; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`,
  );
  const sqlite = sqliteBackend();
  for (const line of await measure(sqlite)) console.log(line);
  await sqlite.close();
  const pg = await postgresBackend();
  if (typeof pg === 'string') {
    console.log(`PostgreSQL: skipped (${pg})`);
    return;
  }
  try {
    for (const line of await measure(pg)) console.log(line);
  } finally {
    await pg.close();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:store failed: ${(err as Error).message}`);
  process.exit(1);
});
