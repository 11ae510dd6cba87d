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
import { describePg } from '../support/postgres.js';

/** The inbound record's write-ahead that takes the activity claim without raising (KNOWN_HEAD_TRY_CLAIM_SQL). */
const TRY_CLAIM_WRITE = /INSERT INTO activity_claims[\s\S]*INSERT INTO transcript_records/;
const ROUNDS = 5;

type Send = (...args: unknown[]) => unknown;

/**
 * Holds every statement whose text matches `pattern` until `count` of them wait (or `open` is
 * called), then sends them all at once: a test-only hook on node-postgres, nothing in the service
 * knows of it. Undo with `restore` (which also sends whatever still waits).
 */
function holdStatements(pattern: RegExp, count = Infinity) {
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
    if (!waiting || !pattern.test(text)) return original.apply(this, args);
    held++;
    const queue = waiting;
    const sent =
      typeof first === 'object' && typeof first.submit === 'function'
        ? (queue.push(() => void original.apply(this, args)), first) // a pipeline: its callback answers
        : new Promise((resolve, reject) =>
            queue.push(() => void (original.apply(this, args) as Promise<unknown>).then(resolve, reject)),
          );
    if (queue.length >= count) open();
    return sent;
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

const until = async (ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

/**
 * claim23 (SECURITY.md "Red team, scalesec22", row "Not explained"): one activity posted 20 times at
 * once, ten to each of two in-process instances, a new conversation. Both instances' first turns
 * read the chain head (none yet) with their rate limits, then write their inbound record with the
 * activity claim: the write-aheads are held until both are ready, so they always meet.
 */
describePg('one activity posted at once to two instances, a new conversation (PostgreSQL, claim23)', (db) => {
  const instances: { app: App; url: string; close: () => void }[] = [];
  const logged: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const config = loadConfig({
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'claim-race-')),
        LOG_LEVEL: 'error',
        REMINDERS_ENABLED: 'false',
        MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000',
        DATABASE_URL: db.url,
        LINK_SECRET: 'the-same-secret-on-every-instance-0123',
      });
      const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
      const opened = await openBackend(config, { clock: systemClock, logger });
      if (opened.status === 'refused') throw new Error(opened.line);
      const app = createApp(config, { logger, backend: opened.backend });
      const server = createServer(app);
      instances.push({ app, url: await listen(server, 0, '127.0.0.1'), close: () => server.close() });
    }
  });
  afterAll(async () => {
    for (const i of instances) {
      i.close();
      await i.app.close();
    }
  });

  const post = async (url: string, conversationId: string) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'race-1',
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        conversation: { id: conversationId },
        from: { id: 'demo-zh' },
        recipient: { id: 'bot' },
        text: '你好',
      }),
    });
    return `${res.status} ${await res.text()}`;
  };

  /** A background record of another conversation, queued on each instance's writer and held in flight. */
  async function backgroundWritesInFlight(round: number) {
    const bg = holdStatements(new RegExp(`claim-race-bg-${round}`));
    for (const { app } of instances)
      app.transcriptWriter.append({
        type: 'trace',
        name: 'claim23.background',
        conversation: { id: `claim-race-bg-${round}` },
        channelId: 'test',
        from: { id: 'bot', role: 'bot' },
      });
    await until(() => bg.held() >= instances.length);
    return bg;
  }

  it(`${ROUNDS} rounds: one turn runs, all 20 and a retry a moment later on each instance get its answer, its inbound recorded once, no instance failing`, async () => {
    const seen: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const conversationId = `claim-race-new-${round}`;
      const meet = holdStatements(TRY_CLAIM_WRITE, 2);
      let answers: string[];
      try {
        answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) => post(instances[i % 2]!.url, conversationId)),
        );
      } finally {
        meet.restore();
      }
      // A channel's retry a moment later on each instance, while each writer has a record of
      // another conversation in flight (as under load: traces, reminders).
      const bg = await backgroundWritesInFlight(round);
      try {
        answers.push(...(await Promise.all(instances.map((i) => post(i.url, conversationId)))));
      } finally {
        bg.restore();
      }
      await Promise.all(instances.map((i) => i.app.transcriptWriter.flush(10_000)));
      const records = await instances[0]!.app.backend.transcripts.getRecords(conversationId);
      const duplicates = logged.splice(0).filter((l) => l.includes('duplicate key')).length;
      const statuses = [...new Set(answers.map((a) => a.slice(0, 3)))].join(',');
      seen.push(
        `met ${meet.held()}, answers ${new Set(answers).size} (${statuses}), inbound ${
          records.filter((r) => r.activity.id === 'race-1').length
        }, duplicate-key logs ${duplicates}`,
      );
      expect(answers[0]).toMatch(/^200 .*示例银行/);
    }
    expect(seen).toEqual(
      Array.from({ length: ROUNDS }, () => 'met 2, answers 1 (200), inbound 1, duplicate-key logs 0'),
    );
    for (const i of instances) expect(i.app.transcriptWriter.health().failing).toBe(false);
  }, 120_000);
});
