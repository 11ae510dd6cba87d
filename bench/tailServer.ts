/**
 * What the tail bench's cluster logged (bench/turnTail.ts, TAIL_BACKEND=pg), as events on the
 * epoch clock to overlap with a slow turn: each statement over `log_min_duration_statement`
 * (its end is the log line's time, its start that minus its duration), each checkpoint's sync
 * phase (the fsync of the data files, from its `checkpoint complete` line: the line's time minus
 * its `sync=` seconds) and its whole span, and each lock wait the server logged. Bench only.
 */
import { readFileSync } from 'node:fs';

export interface ServerEvent {
  start: number;
  ms: number;
  what: string;
}

/** `2026-12-07 02:55:01.123 UTC` (PostgreSQL's default `log_line_prefix` '%m [%p] '). */
const STAMP = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) UTC \[\d+\] /;

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.includes('pg_try_advisory_lock')) return 'inbound record + try lock';
  if (t.includes('rate_counters')) return 'rate limits';
  if (t.includes('pg_advisory_unlock')) return 'state write + unlock';
  if (t.startsWith('COMMIT')) return 'COMMIT';
  return t.slice(0, 60);
}

/** Parses the cluster's log; lines it does not know are skipped. */
export function serverEvents(logFile: string): ServerEvent[] {
  let text: string;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return [];
  }
  const events: ServerEvent[] = [];
  let checkpointStart: number | undefined;
  for (const line of text.split('\n')) {
    const m = STAMP.exec(line);
    if (!m) continue;
    const at = Date.parse(`${m[1]!.replace(' ', 'T')}Z`);
    const rest = line.slice(m[0].length);
    const duration = /duration: ([\d.]+) ms\s+(?:statement|execute [^:]*|parse [^:]*|bind [^:]*): (.*)$/.exec(
      rest,
    );
    if (duration) {
      const ms = Number(duration[1]);
      events.push({ start: at - ms, ms, what: `statement ${ms.toFixed(0)} ms: ${shorten(duration[2]!)}` });
      continue;
    }
    if (/checkpoint starting/.test(rest)) {
      checkpointStart = at;
      continue;
    }
    const complete = /checkpoint complete: wrote (\d+) buffers.*sync=([\d.]+) s/.exec(rest);
    if (complete) {
      const syncMs = Number(complete[2]) * 1000;
      events.push({
        start: at - syncMs,
        ms: syncMs,
        what: `checkpoint sync (${complete[1]} buffers written)`,
      });
      if (checkpointStart !== undefined)
        events.push({ start: checkpointStart, ms: at - checkpointStart, what: 'checkpoint under way' });
      checkpointStart = undefined;
      continue;
    }
    if (/still waiting for|acquired .* after/.test(rest))
      events.push({ start: at, ms: 0, what: rest.slice(0, 80) });
  }
  return events;
}

/** The events that overlap [start, end]. */
export function overlapping(events: readonly ServerEvent[], start: number, end: number): ServerEvent[] {
  return events.filter((e) => e.start <= end && e.start + e.ms >= start);
}
