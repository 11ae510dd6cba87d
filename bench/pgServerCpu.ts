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
