import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CPU (user + system, ms) of a throw-away cluster's server processes: the postmaster and its
 * children (backends, WAL writer, checkpointer...). Read from /proc (Linux; one tick is 10 ms).
 * NaN without a folder (a given server).
 */
export function serverCpuMs(dataDir: string | undefined): number {
  if (!dataDir) return NaN;
  const postmaster = Number(
    readFileSync(path.join(dataDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const tick = 10;
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pid) !== postmaster && Number(fields[1]) !== postmaster) continue;
    // utime, stime, and for the postmaster the reaped children's cutime, cstime
    total += (Number(fields[11]) + Number(fields[12])) * tick;
    if (Number(pid) === postmaster) total += (Number(fields[13]) + Number(fields[14])) * tick;
  }
  return total;
}

/** A cluster process's kind from its title: `postgres: walwriter` → walwriter, a client's backend → backend. */
function kindOf(pid: string, postmaster: number): string {
  if (Number(pid) === postmaster) return 'postmaster';
  let title: string;
  try {
    title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return 'other';
  }
  const named =
    /^postgres: (checkpointer|background writer|walwriter|autovacuum|logical replication|io worker)/.exec(
      title,
    );
  if (named) return named[1]!;
  return /^postgres: \S+ \S+ /.test(title) ? 'backend' : 'other';
}

/** User and system CPU (ms) of a throw-away cluster's processes by kind (backends, walwriter...). */
export function serverCpuByKind(dataDir: string | undefined): Map<string, { user: number; system: number }> {
  const kinds = new Map<string, { user: number; system: number }>();
  if (!dataDir) return kinds;
  const postmaster = Number(
    readFileSync(path.join(dataDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const tick = 10;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pid) !== postmaster && Number(fields[1]) !== postmaster) continue;
    const kind = kindOf(pid, postmaster);
    const seen = kinds.get(kind) ?? { user: 0, system: 0 };
    seen.user += Number(fields[11]) * tick;
    seen.system += Number(fields[12]) * tick;
    kinds.set(kind, seen);
  }
  return kinds;
}

/** `after` minus `before` per kind, ms a turn, as one line (`backend 2.10+0.80 ...`: user+system). */
export function cpuByKindLine(
  before: Map<string, { user: number; system: number }>,
  after: Map<string, { user: number; system: number }>,
  turns: number,
): string {
  const parts: string[] = [];
  for (const [kind, now] of [...after.entries()].sort(
    (a, b) => b[1].user + b[1].system - a[1].user - a[1].system,
  )) {
    const was = before.get(kind) ?? { user: 0, system: 0 };
    const user = (now.user - was.user) / turns;
    const system = (now.system - was.system) / turns;
    if (user + system > 0) parts.push(`${kind} ${user.toFixed(2)}+${system.toFixed(2)}`);
  }
  return parts.join(', ');
}
