/**
 * `npm run bench:store`: operations per second of the shared-state stores on SQLite (a WAL file
 * in a temp dir) and PostgreSQL in the same run: conversation state read and write (eTag round
 * trips, one writer and 8 at once) and reminder claims as the dispatcher makes them (a compare-and-set
 * per reminder under the account's lock, then the outcome), one claimer and 4 racing for every row.
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
import { PgReminderStore } from '../src/store/pg/reminders.js';
import { PgStateStorage } from '../src/store/pg/stateStorage.js';
import { SqliteReminderStore } from '../src/store/reminders.js';
import type { ReminderStore } from '../src/store/remindersTypes.js';
import { countWindow } from '../src/reminders/selection.js';
import type { AsyncOf } from '../src/store/pg/asyncOf.js';
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
  reminders(): AsyncOf<ReminderStore>;
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
    reminders: () => new SqliteReminderStore(open()),
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
    reminders: () => new PgReminderStore(pool(2)),
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

/**
 * `claimers` instances each walk every reminder of the run (from a different starting point) and
 * claim it as the dispatcher does; exactly one claim per reminder may win, and it is completed.
 */
async function claimRate(b: Backend, claimers: number, tag: string): Promise<number> {
  const ids = Array.from({ length: CLAIM_ROWS }, (_, i) => `${tag}-${i}`);
  await b.addAccounts(ids);
  const day = '2026-12-05';
  const instances = Array.from({ length: claimers }, () => b.reminders());
  let total = 0;
  const rate = await timed(CLAIM_ROWS, async () => {
    await Promise.all(
      instances.map(async (store, w) => {
        const offset = Math.floor((w * ids.length) / claimers);
        for (let i = 0; i < ids.length; i++) {
          const key = { accountId: ids[(i + offset) % ids.length]!, kind: 'due', localDate: day };
          const request = {
            key,
            window: countWindow(day),
            as: 'sending' as const,
            now: T0,
            leaseUntil: new Date(T0.getTime() + 60_000),
            maxAttempts: 3,
          };
          const outcome = await store.claim(request, () => ({ allowed: true }));
          if (outcome.status !== 'claimed') continue;
          total += 1;
          await store.complete(key, 'sent', undefined, T0);
        }
      }),
    );
  });
  if (total !== CLAIM_ROWS) throw new Error(`claimed ${total} reminders, expected ${CLAIM_ROWS}`);
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
    `  reminder claims (dispatcher's compare-and-set, each completed), 1 claimer: ${claims1} reminders/s`,
    `  reminder claims, 4 claimers racing for every reminder: ${claims4} reminders/s (exactly one wins each)`,
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
