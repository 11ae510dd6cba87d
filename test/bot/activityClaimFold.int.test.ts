import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type App, createApp } from '../../src/bot/app.js';
import { openBackend } from '../../src/bot/backend.js';
import { createServer, listen } from '../../src/bot/server.js';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/core/clock.js';
import { describePg } from '../support/postgres.js';

describePg(
  'two instances on PostgreSQL, an activity claimed in the turn’s first write (issue 19, pgturn)',
  (pg) => {
    const instances: { app: App; url: string; close: () => void }[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 2; i++) {
        const config = loadConfig({
          DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'claim-fold-')),
          LOG_LEVEL: 'silent',
          REMINDERS_ENABLED: 'false',
          MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000',
          DATABASE_URL: pg.url,
          LINK_SECRET: 'the-same-secret-on-every-instance-0123',
        });
        const logger = pino({ level: 'silent' });
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

    const post = async (url: string, id: string, conversationId: string) => {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id,
          channelId: 'test',
          serviceUrl: 'http://127.0.0.1:9/unused',
          deliveryMode: 'expectReplies',
          conversation: { id: conversationId },
          from: { id: 'demo-zh' },
          recipient: { id: 'bot' },
          text: '你好',
        }),
      });
      return { status: res.status, body: (await res.json()) as { activities?: { text?: string }[] } };
    };

    it('runs a repeat on the other instance not at all: the first answer replayed, one inbound record, both instances healthy', async () => {
      const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
      const first = await post(a.url, 'act-1', 'fold-conv');
      expect(first.status).toBe(200);
      const again = await Promise.all([post(b.url, 'act-1', 'fold-conv'), post(b.url, 'act-1', 'fold-conv')]);
      for (const r of again) expect(r).toEqual(first);
      const inbound = await a.app.backend.transcripts.getRecords('fold-conv');
      expect(inbound.filter((r) => r.activity.from?.role === 'user')).toHaveLength(1);
      for (const i of instances) expect(i.app.transcriptWriter.health().failing).toBe(false);
      const next = await post(b.url, 'act-2', 'fold-conv');
      expect(next.status).toBe(200);
      expect(next.body.activities?.length).toBeGreaterThan(0);
    });
  },
);
