/**
 * Per-turn stage timestamps for the tail bench (bench/turnTail.ts), bench only: probes on the
 * prototypes of the turn's parts, each turn's record carried by AsyncLocalStorage from the
 * request's rate-limit check (the first step of the route that sees it) to its response.
 *
 * Marks (epoch ms, performance.timeOrigin + now): arrive (the request's headers parsed), gate>
 * gate< (rate limits, on PostgreSQL with the request's reads), in> (write-ahead of the inbound
 * record begins) in:next (committed; on PostgreSQL with the turn lock tried), route> (handoff
 * check) route:next, run> (the bot), load> load< (conversation state read, with the lock on
 * PostgreSQL), send> send< (each reply: guardrail, record), save> save< (state write), run<,
 * in<, end (response written). Sums per turn: database time (PostgreSQL round trips by kind,
 * pool checkouts; SQLite statements run synchronously). Process-wide: GC pauses and event-loop
 * blocks, each with its start, to overlap with a slow turn.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { TurnContext } from 'botbuilder';
import { MessagesGate } from '../src/bot/messagesGate.js';
import { TranscriptMiddleware } from '../src/bot/middleware/transcriptMiddleware.js';
import { HandoffRouter } from '../src/bot/agentDesk/handoffRouter.js';
import { CollectionBot } from '../src/bot/collectionBot.js';
import { LeanConversationState } from '../src/bot/leanConversationState.js';
import { tripKind } from './pgWaits.js';

export interface TurnRecord {
  key?: string;
  marks: [string, number][];
  db: Map<string, { n: number; ms: number }>;
  arrive?: number;
  end?: number;
}

export const now = (): number => performance.timeOrigin + performance.now();
const als = new AsyncLocalStorage<TurnRecord>();
export const records: TurnRecord[] = [];
export const gcPauses: { start: number; ms: number; kind: number }[] = [];
export const loopBlocks: { start: number; ms: number }[] = [];
const ARRIVE = Symbol('arrive');

function mark(label: string): void {
  als.getStore()?.marks.push([label, now()]);
}

function addDb(rec: TurnRecord | undefined, label: string, ms: number): void {
  if (!rec) return;
  const t = rec.db.get(label) ?? { n: 0, ms: 0 };
  t.n++;
  t.ms += ms;
  rec.db.set(label, t);
}

type Fn = (...args: unknown[]) => unknown;

/** Wraps `proto[name]` (async) with marks before and after. */
function around(proto: object, name: string, before: string, after: string): void {
  const target = proto as Record<string, Fn>;
  const original = target[name]!;
  target[name] = async function (this: unknown, ...args: unknown[]) {
    mark(before);
    try {
      return await original.apply(this, args);
    } finally {
      mark(after);
    }
  };
}

/** Wraps a middleware's onTurn: a mark on entry, when it calls next, and on exit. */
function middleware(proto: object, name: string): void {
  const target = proto as { onTurn: (context: TurnContext, next: () => Promise<void>) => Promise<void> };
  const original = target.onTurn;
  target.onTurn = async function (this: unknown, context: TurnContext, next: () => Promise<void>) {
    const rec = als.getStore();
    if (rec && !rec.key)
      rec.key = `${context.activity.conversation?.id ?? ''}|${context.activity.text ?? ''}`;
    mark(`${name}>`);
    try {
      return await original.call(this, context, async () => {
        mark(`${name}:next`);
        return next();
      });
    } finally {
      mark(`${name}<`);
    }
  };
}

export function installTailProbes(): void {
  const gate = MessagesGate.prototype as unknown as { check: Fn };
  const check = gate.check;
  gate.check = function (this: unknown, ...args: unknown[]) {
    const rec: TurnRecord = { marks: [], db: new Map() };
    records.push(rec);
    als.enterWith(rec);
    mark('gate>');
    return (check.apply(this, args) as Promise<unknown>).finally(() => rec.marks.push(['gate<', now()]));
  };
  middleware(TranscriptMiddleware.prototype, 'in');
  middleware(HandoffRouter.prototype, 'route');
  around(CollectionBot.prototype, 'run', 'run>', 'run<');
  around(LeanConversationState.prototype, 'load', 'load>', 'load<');
  around(LeanConversationState.prototype, 'saveChanges', 'save>', 'save<');
  around(TurnContext.prototype, 'sendActivities', 'send>', 'send<');

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string,
    ...args: unknown[]
  ) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') (args[0] as Record<symbol, number>)[ARRIVE] = now();
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
  const end = http.ServerResponse.prototype.end as Fn;
  http.ServerResponse.prototype.end = function (this: http.ServerResponse, ...args: unknown[]) {
    const rec = als.getStore();
    if (rec && rec.end === undefined) {
      rec.end = now();
      rec.arrive = (this.req as unknown as Record<symbol, number> | undefined)?.[ARRIVE];
    }
    return end.apply(this, args);
  } as typeof http.ServerResponse.prototype.end;

  const poolProto = pg.Pool.prototype as unknown as { connect: Fn };
  const connect = poolProto.connect;
  poolProto.connect = function (this: { options: { application_name?: string } }, ...args: unknown[]) {
    const rec = als.getStore();
    const t0 = performance.now();
    const label = `pool wait ${this.options.application_name ?? 'pool'}`;
    const cb = args[0];
    if (typeof cb === 'function')
      return connect.call(
        this,
        (...r: unknown[]) => (addDb(rec, label, performance.now() - t0), (cb as Fn)(...r)),
      );
    return (connect.call(this) as Promise<unknown>).finally(() => addDb(rec, label, performance.now() - t0));
  };
  const clientProto = pg.Client.prototype as unknown as { query: Fn };
  const query = clientProto.query;
  clientProto.query = function (this: unknown, ...args: unknown[]) {
    const rec = als.getStore();
    const t0 = performance.now();
    const c = args[0] as { text?: string; submit?: unknown; callback?: Fn } | string;
    const label = `pg ${tripKind(typeof c === 'string' ? c : (c.text ?? ''))}`;
    const done = (): void => addDb(rec, label, performance.now() - t0);
    if (typeof c === 'object' && typeof c.submit === 'function' && typeof c.callback === 'function') {
      const cb = c.callback;
      c.callback = (...r: unknown[]) => (done(), cb(...r));
      return query.apply(this, args);
    }
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...r: unknown[]) => (done(), (last as Fn)(...r));
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) return result.finally(done);
    return result;
  };

  const probe = new Database(':memory:');
  const stmtProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, Fn>;
  probe.close();
  for (const name of ['run', 'get', 'all']) {
    const original = stmtProto[name]!;
    stmtProto[name] = function (this: { source?: string }, ...args: unknown[]) {
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const ms = performance.now() - t0;
        addDb(als.getStore(), 'sqlite statements', ms);
        if (ms > 5) addDb(als.getStore(), `sqlite slow: ${(this.source ?? '').slice(0, 50)}`, ms);
      }
    };
  }

  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      gcPauses.push({
        start: performance.timeOrigin + e.startTime,
        ms: e.duration,
        kind: (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0,
      });
  });
  observer.observe({ entryTypes: ['gc'] });
  let last = now();
  setInterval(() => {
    const t = now();
    if (t - last > 6) loopBlocks.push({ start: last, ms: t - last - 2 });
    last = t;
  }, 2).unref();
}
