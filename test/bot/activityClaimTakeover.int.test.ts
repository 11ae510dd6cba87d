import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type App, createApp } from '../../src/bot/app.js';
import { openBackend } from '../../src/bot/backend.js';
import { createServer, listen } from '../../src/bot/server.js';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/core/clock.js';
import { activityClaimKey } from '../../src/store/activityClaims.js';
import { describePg } from '../support/postgres.js';

type Send = (...args: unknown[]) => unknown;

/** A lease renewal (`PgActivityClaims.renew`). */
const RENEWAL = /^UPDATE activity_claims SET lease_until = \$3/;
/** The turn's state write (its replies ride with it, then COMMIT): the end of the turn under its lock. */
const STATE_WRITE = /bot_state/;

/**
 * Holds statements whose text matches `pattern` (only the first `limit` of them) until `open`:
 * a test-only hook on node-postgres, nothing in the service knows of it. `restore` puts the
 * driver back and sends whatever still waits.
 */
function holdStatements(pattern: RegExp, limit = Infinity) {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back in `restore`, called with its own `this`
  const original = pg.Client.prototype.query as Send;
  let waiting: (() => void)[] | undefined = [];
  let held = 0;
  const open = () => {
    const go = waiting ?? [];
    waiting = undefined;
    for (const send of go) send();
  };
  (pg.Client.prototype as unknown as { query: Send }).query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as { text?: unknown; submit?: unknown } | string | undefined;
    const text = typeof first === 'string' ? first : typeof first?.text === 'string' ? first.text : '';
    if (!waiting || held >= limit || !pattern.test(text)) return original.apply(this, args);
    held++;
    const queue = waiting;
    if (typeof args[args.length - 1] === 'function') {
      queue.push(() => void original.apply(this, args)); // its callback answers
      return undefined;
    }
    if (typeof first === 'object' && typeof first.submit === 'function') {
      queue.push(() => void original.apply(this, args)); // a pipeline: its callback answers
      return first;
    }
    return new Promise((resolve, reject) =>
      queue.push(() => void (original.apply(this, args) as Promise<unknown>).then(resolve, reject)),
    );
  };
  return {
    held: () => held,
    open,
    restore: () => {
      open();
      (pg.Client.prototype as unknown as { query: Send }).query = original;
    },
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await pause(10);
  if (!ok()) throw new Error(`not within ${ms} ms`);
};

const LEASE_SECONDS = 2;

/**
 * claim24 (SECURITY.md "Red team, claim23", row "Takeover of a live claimant"): an activity's
 * claim lapses while its turn still runs (its lease renewals starved: held here, as an event loop
 * blocked for half the lease would), and the channel's retry reaches another instance. The retry
 * takes the lapsed claim over; it must not run the turn a second time beside the first.
 */
describePg('a retry that takes over the claim of a turn still running (PostgreSQL, claim24)', (db) => {
  const instances: { app: App; url: string; close: () => void }[] = [];
  const logged: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const config = loadConfig({
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'claim-takeover-')),
        LOG_LEVEL: 'error',
        REMINDERS_ENABLED: 'false',
        MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000',
        DATABASE_URL: db.url,
        LINK_SECRET: 'the-same-secret-on-every-instance-0123',
        ACTIVITY_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS),
        TURN_LOCK_WAIT_MS: '15000',
      });
      const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
      const opened = await openBackend(config, { clock: systemClock, logger });
      if (opened.status === 'refused') throw new Error(opened.line);
      const app = createApp(config, { logger, backend: opened.backend });
      const server = createServer(app);
      instances.push({ app, url: await listen(server, 0, '127.0.0.1'), close: () => server.close() });
    }
  }, 120_000);
  afterAll(async () => {
    for (const i of instances) {
      i.close();
      await i.app.close();
    }
  }, 60_000);

  const post = async (url: string, conversationId: string, activityId: string) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: activityId,
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        conversation: { id: conversationId },
        from: { id: 'demo-zh' },
        recipient: { id: 'bot' },
        text: '你好',
      }),
    });
    const text = await res.text();
    const body = (text ? JSON.parse(text) : {}) as { activities?: { type?: string; text?: string }[] };
    const messages = (body.activities ?? []).filter((a) => a.type === 'message');
    return { status: res.status, replies: messages.map((a) => a.text ?? '') };
  };

  it('answers the retry with the first turn’s recorded replies: one turn, one answer in the transcript', async () => {
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const conversationId = 'claim-takeover-1';
    const renewals = holdStatements(RENEWAL);
    const endOfTurn = holdStatements(STATE_WRITE, 1);
    let first: Promise<{ status: number; replies: string[] }>;
    let retry: Promise<{ status: number; replies: string[] }>;
    try {
      first = post(a.url, conversationId, 'takeover-1');
      await until(() => endOfTurn.held() === 1);
      await pause(LEASE_SECONDS * 1000 + 500); // the first's lease lapses, its renewals held
      retry = post(b.url, conversationId, 'takeover-1');
      await pause(1000); // the retry has taken the claim over meanwhile
      endOfTurn.open();
      await Promise.all([first, retry]);
    } finally {
      endOfTurn.restore();
      renewals.restore();
    }
    await Promise.all(instances.map((i) => i.app.transcriptWriter.flush(10_000)));
    const records = await a.app.backend.transcripts.getRecords(conversationId);
    const inbound = records.filter((r) => r.activity.id === 'takeover-1');
    const replies = records.filter(
      (r) => r.activity.type === 'message' && r.activity.replyToId === 'takeover-1',
    );
    const [firstAnswer, retryAnswer] = [await first, await retry];
    expect(firstAnswer.status).toBe(200);
    expect(firstAnswer.replies.join('')).toMatch(/示例银行/);
    expect({ inbound: inbound.length, replies: replies.map((r) => r.activity.text) }).toEqual({
      inbound: 1,
      replies: firstAnswer.replies,
    });
    expect(retryAnswer).toEqual(firstAnswer);
    // The first learned its claim was taken over (its answer is not the one recorded for the activity).
    expect(logged.filter((l) => l.includes('taken over by a retry while its turn ran'))).toHaveLength(1);
    const claim = await a.app.backend.activityClaims?.look(
      activityClaimKey('test', conversationId, 'takeover-1'),
    );
    expect(claim?.status).toBe('answered');
  }, 60_000);
});
