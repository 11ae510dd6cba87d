import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createPgPool, type PgPool, type PgPoolOptions } from '../../src/store/pg/pool.js';
import { migratePg } from '../../src/store/pg/migrate.js';
import { findPostgresBin, INSTALL_HINT, startCluster, watchOwner } from './postgresCluster.js';

/**
 * A real PostgreSQL for the tests, one throw-away cluster per test run, started lazily by the
 * first suite that needs it (a run without PostgreSQL suites pays nothing). The first worker to
 * create the run folder starts the cluster; the others wait for its `ready.json`. A detached
 * watchdog stops the cluster and removes its files when the test runner exits, however it ends.
 * With TEST_DATABASE_URL set to a superuser URL, that server is used instead and nothing starts.
 * Each suite gets a fresh database (migrated unless asked not to).
 */

const WAIT_MS = 120_000;

/** The vitest process: our parent in a forked worker, ourselves in a worker thread. */
const owner = isMainThread ? process.ppid : process.pid;
const runDir = path.join(os.tmpdir(), `collections-pg-run-${owner}`);
let adminUrlPromise: Promise<string> | undefined;

/** CI is set (and not to false/0): missing PostgreSQL is then a failure, not a skip. */
function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  if (process.env.TEST_DATABASE_URL) return undefined;
  return findPostgresBin() ? undefined : `PostgreSQL not found: ${INSTALL_HINT}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run folder left by an earlier run whose process id we now have (containers reuse small pids
 * and may keep /tmp): its watchdog is gone, or it never finished starting.
 */
export function isStaleRunDir(dir: string, waitMs = WAIT_MS): boolean {
  try {
    const ready = path.join(dir, 'ready.json');
    if (existsSync(ready)) {
      const { watchdogPid } = JSON.parse(readFileSync(ready, 'utf8')) as { watchdogPid?: unknown };
      return typeof watchdogPid === 'number' && watchdogPid > 0 && !alive(watchdogPid);
    }
    return !existsSync(path.join(dir, 'failed.txt')) && Date.now() - statSync(dir).mtimeMs > waitMs;
  } catch {
    return false;
  }
}

async function startOrJoin(): Promise<string> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const bin = findPostgresBin();
  if (!bin) throw new Error(`PostgreSQL not found: ${INSTALL_HINT}`);
  if (existsSync(runDir) && isStaleRunDir(runDir)) rmSync(runDir, { recursive: true, force: true });
  let starter = false;
  try {
    mkdirSync(runDir);
    starter = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if (starter) {
    try {
      const cluster = await startCluster(bin);
      const watchdogPid = watchOwner(cluster, owner, runDir);
      writeFileSync(
        path.join(runDir, 'ready.json'),
        JSON.stringify({ adminUrl: cluster.adminUrl, watchdogPid }),
      );
      return cluster.adminUrl;
    } catch (err) {
      writeFileSync(path.join(runDir, 'failed.txt'), (err as Error).message);
      throw err;
    }
  }
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (existsSync(path.join(runDir, 'ready.json')))
      return (JSON.parse(readFileSync(path.join(runDir, 'ready.json'), 'utf8')) as { adminUrl: string })
        .adminUrl;
    if (existsSync(path.join(runDir, 'failed.txt')))
      throw new Error(readFileSync(path.join(runDir, 'failed.txt'), 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test PostgreSQL did not start within ${WAIT_MS / 1000} s (see ${runDir})`);
}

/** Superuser URL of the run's cluster (`postgres` database). */
export function adminUrl(): Promise<string> {
  adminUrlPromise ??= startOrJoin();
  return adminUrlPromise;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates a fresh database on the run's cluster and returns its URL. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<string> {
  const admin = await adminUrl();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const pool = createPgPool({ url: admin, max: 1 });
  try {
    await pool.query(`CREATE DATABASE ${name}`);
  } finally {
    await pool.end();
  }
  const url = withDatabase(admin, name);
  if (options.migrated ?? true) {
    const migrating = createPgPool({ url, max: 1 });
    try {
      await migratePg(migrating);
    } finally {
      await migrating.end();
    }
  }
  return url;
}

export interface PgSuite {
  /** This suite's database URL (also in process.env.TEST_DATABASE_URL_SUITE), set in beforeAll. */
  readonly url: string;
  /** A pool on this suite's database, ended after the suite. */
  pool(options?: Partial<PgPoolOptions>): PgPool;
}

/**
 * `describe` for suites that need PostgreSQL: a fresh database per suite. Without PostgreSQL the
 * suite is reported as skipped with how to install it, and fails saying so when CI is set.
 */
export function describePg(
  name: string,
  body: (pg: PgSuite) => void,
  options: { migrated?: boolean } = {},
): void {
  const missing = postgresMissing();
  if (missing && inCi()) {
    describe(name, () => it('needs PostgreSQL', () => Promise.reject(new Error(missing))));
    return;
  }
  if (missing) {
    console.warn(`${name}: skipped. ${missing} (in CI this fails)`);
    describe.skip(`${name} [skipped: ${missing}]`, () => body(unavailableSuite(missing)));
    return;
  }
  const pools: PgPool[] = [];
  let url: string | undefined;
  const suite: PgSuite = {
    get url() {
      if (!url) throw new Error('the suite database is created in beforeAll; use it inside tests');
      return url;
    },
    pool(options = {}) {
      const pool = createPgPool({ url: suite.url, max: 4, ...options });
      pools.push(pool);
      return pool;
    },
  };
  describe(name, () => {
    beforeAll(async () => {
      url = await createTestDatabase(options);
      process.env.TEST_DATABASE_URL_SUITE = url;
    }, WAIT_MS);
    afterAll(async () => {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
    });
    body(suite);
  });
}

function unavailableSuite(missing: string): PgSuite {
  return {
    get url(): string {
      throw new Error(missing);
    },
    pool(): PgPool {
      throw new Error(missing);
    },
  };
}
