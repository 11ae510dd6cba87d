import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** How to install PostgreSQL, said by every message about it missing. */
export const INSTALL_HINT =
  'install Debian\'s PostgreSQL server binaries (sudo apt-get install postgresql, or run "sh scripts/ensure-test-deps.sh" as root), or set PG_BIN to the folder holding initdb and pg_ctl';

/**
 * The folder holding initdb and pg_ctl: PG_BIN when set (only there), else the PATH or the newest
 * /usr/lib/postgresql/N/bin.
 */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  else for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir);
  const debian = '/usr/lib/postgresql';
  if (!process.env.PG_BIN && existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debian, v, 'bin'));
  }
  return candidates.find(
    (dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')),
  );
}

export interface RunningCluster {
  /** Superuser URL of the `postgres` database on 127.0.0.1. */
  adminUrl: string;
  dataDir: string;
  bin: string;
  /** The OS user the server runs as (postgres when we are root). */
  runAs: string | undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a PostgreSQL binary, as the `postgres` system user when we are root (initdb refuses root). */
function runPg(bin: string, runAs: string | undefined, tool: string, args: string[]): void {
  const exe = path.join(bin, tool);
  const [cmd, argv] = runAs ? ['runuser', ['-u', runAs, '--', exe, ...args]] : [exe, args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/**
 * Starts a throw-away cluster: initdb into a fresh temp folder (trust auth, superuser
 * `postgres`), then pg_ctl on a free loopback port with fsync off (tests: nothing there must
 * survive a crash). `durable` (the benches) keeps PostgreSQL's own defaults instead, as a bank's
 * server runs: fsync, synchronous_commit and full_page_writes on, so a commit waits for its WAL
 * flush. The socket lives in the same folder. Throws with the tool's own output when a step fails.
 */
export async function startCluster(
  bin: string,
  settings: { durable?: boolean } = {},
): Promise<RunningCluster> {
  const root = os.userInfo().uid === 0;
  const runAs = root ? 'postgres' : undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'collections-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dataDir, uid, gid);
  }
  const pgdata = path.join(dataDir, 'data');
  try {
    runPg(bin, runAs, 'initdb', ['-D', pgdata, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${dataDir}'`,
      ...(settings.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
      '-c max_connections=300',
      '-c shared_buffers=32MB',
    ].join(' ');
    runPg(bin, runAs, 'pg_ctl', [
      '-D',
      pgdata,
      '-o',
      options,
      '-l',
      path.join(dataDir, 'log'),
      '-w',
      'start',
    ]);
    return { adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, dataDir, bin, runAs };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`could not start a test PostgreSQL: ${e.stderr?.toString().trim() || e.message}`, {
      cause: err,
    });
  }
}

/** Stops the cluster at once and removes its folder. */
export function stopCluster(cluster: RunningCluster): void {
  try {
    runPg(cluster.bin, cluster.runAs, 'pg_ctl', [
      '-D',
      path.join(cluster.dataDir, 'data'),
      '-m',
      'immediate',
      'stop',
    ]);
  } finally {
    rmSync(cluster.dataDir, { recursive: true, force: true });
  }
}

/**
 * A detached watchdog that stops the cluster and removes its folder once process `ownerPid`
 * (the test runner) has gone, however it ended. Returns the watchdog's pid.
 */
export function watchOwner(cluster: RunningCluster, ownerPid: number, extraDir: string): number {
  const pgCtl = path.join(cluster.bin, 'pg_ctl');
  const stop = cluster.runAs ? `runuser -u ${cluster.runAs} -- "${pgCtl}"` : `"${pgCtl}"`;
  const script = [
    `while kill -0 ${ownerPid} 2>/dev/null; do sleep 1; done`,
    `${stop} -D "${path.join(cluster.dataDir, 'data')}" -m immediate stop >/dev/null 2>&1`,
    `rm -rf "${cluster.dataDir}" "${extraDir}"`,
  ].join('; ');
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid ?? 0;
}
