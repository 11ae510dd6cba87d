/**
 * Where a PostgreSQL turn waits (issue 19, pg16): probes installed on node-postgres's and the
 * transcript writer's prototypes (bench only), summed per turn by `waitReport`:
 * - `queue <pool>`: waiting for a pool connection (pg-pool's checkout; the lock pool's included);
 * - `trip <kind>`: a query or pipeline, from `client.query` to its answer (the server's work, its
 *   lock waits and its commit's WAL flush, and the trip itself), by what it carries;
 * - `transcript writer queue`: a commit or drain waiting behind the writer's one write in flight,
 *   and `transcript writer task` the write itself.
 *
 *   installWaitProbes(); ... run the load ...; waitReport(turns);
 */
import pg from 'pg';
import { WriteQueue } from '../src/store/transcripts/writeQueue.js';

const totals = new Map<string, { n: number; ms: number }>();

function note(label: string, ms: number): void {
  const t = totals.get(label) ?? { n: 0, ms: 0 };
  t.n++;
  t.ms += ms;
  totals.set(label, t);
}

/** What a statement text (a pipeline's texts joined) does on a turn's path. */
export function tripKind(text: string): string {
  if (text.includes('pg_try_advisory_lock')) return 'inbound record + claim + try lock (+ reads ahead)';
  if (text.includes('rate_counters')) return 'rate limits (+ request reads)';
  if (/activity_claims SET state = 'done'/.test(text)) return "claim's answer";
  if (text.includes('pg_advisory_unlock') && text.startsWith('BEGIN')) return 'BEGIN..state write..COMMIT; unlock';
  if (text.includes('pg_advisory_unlock')) return 'unlock';
  if (text.includes('pg_advisory_lock(')) return 'lock + reads ahead';
  if (text.startsWith('SET ')) return 'connection settings';
  return text.replace(/\s+/g, ' ').slice(0, 70);
}

type Callback = (err: unknown, res: unknown) => void;

/** Installs the probes once per process. */
export function installWaitProbes(): void {
  type Connect = (this: { options: { application_name?: string } }, cb?: Callback) => unknown;
  const poolProto = pg.Pool.prototype as unknown as { connect: Connect };
  const connect = poolProto.connect;
  poolProto.connect = function (cb?: Callback) {
    const t0 = performance.now();
    const label = `queue ${this.options.application_name ?? 'pool'}`;
    if (typeof cb === 'function')
      return connect.call(this, (err: unknown, client: unknown, done?: unknown) => {
        note(label, performance.now() - t0);
        (cb as (e: unknown, c: unknown, d: unknown) => void)(err, client, done);
      });
    const p = connect.call(this) as Promise<unknown>;
    return p.finally(() => note(label, performance.now() - t0));
  } satisfies Connect;

  type Query = (this: unknown, config: unknown, values?: unknown, callback?: unknown) => unknown;
  const clientProto = pg.Client.prototype as unknown as { query: Query };
  const query = clientProto.query;
  clientProto.query = function (config: unknown, values?: unknown, callback?: unknown) {
    const t0 = performance.now();
    const c = config as { text?: string; submit?: unknown; callback?: Callback };
    const label = `trip ${tripKind(typeof config === 'string' ? config : (c.text ?? ''))}`;
    const done = (): void => note(label, performance.now() - t0);
    if (typeof c === 'object' && typeof c.submit === 'function' && typeof c.callback === 'function') {
      const cb = c.callback;
      c.callback = (err, res) => (done(), cb(err, res));
      return query.call(this, config, values, callback);
    }
    if (typeof values === 'function')
      return query.call(this, config, (err: unknown, res: unknown) => (done(), (values as Callback)(err, res)));
    if (typeof callback === 'function')
      return query.call(this, config, values, (err: unknown, res: unknown) => (done(), (callback as Callback)(err, res)));
    const result = query.call(this, config, values, callback);
    if (result instanceof Promise) return result.finally(done);
    return result;
  } satisfies Query;

  type Exclusive = (this: unknown, task: () => unknown) => Promise<void>;
  const writer = WriteQueue.prototype as unknown as { exclusive: Exclusive };
  const exclusive = writer.exclusive;
  writer.exclusive = function (this: unknown, task: () => unknown) {
    const t0 = performance.now();
    return exclusive.call(this, () => {
      const t1 = performance.now();
      note('transcript writer queue', t1 - t0);
      const step = task();
      if (step instanceof Promise) return step.finally(() => note('transcript writer task', performance.now() - t1));
      note('transcript writer task', performance.now() - t1);
      return step;
    });
  };
}

/** Clears what the probes summed (after the warm-up). */
export function resetWaits(): void {
  totals.clear();
}

/** Prints each probe's count and milliseconds per turn, and its mean. */
export function waitReport(turns: number): void {
  console.log('where turns wait (wall ms per turn, per event; overlapping, not additive):');
  for (const [label, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `  ${(t.ms / turns).toFixed(2).padStart(7)} ms/turn  ${(t.n / turns).toFixed(2).padStart(5)}/turn  mean ${(t.ms / t.n).toFixed(2).padStart(6)} ms  ${label}`,
    );
}
