import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkToken } from '../../src/channels/directline/index.js';
import { mounts } from '../../src/bot/mounts.js';
import { call } from '../channels/directline/dlClient.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * issue 19 remind23 on SQLite (one process): a reminder's Direct Line delivery is one transaction
 * (its key, the queued activity and the transcript record). A crash inside it is made with a
 * trigger that aborts the queued activity's insert, after the key was written: nothing of the
 * three is left, and the next run sends the reminder, once.
 */
let app: TestApp;
let running: Running;
let conversationId: string;

beforeAll(async () => {
  app = createTestApp();
  // 23 November 2026, 10:00 in Shanghai: demo-zh (due 24 October) has its due+30 reminder today.
  app.clock.set('2026-11-23T02:00:00Z');
  running = await startServer(app, mounts);
  const link = createLinkToken('demo-zh', app.clock, app.config);
  const generated = await call<{ token: string }>(running.url, 'POST', '/tokens/generate', link);
  const started = await call<{ conversationId: string }>(
    running.url,
    'POST',
    '/conversations',
    generated.body.token,
  );
  expect(started.status).toBeLessThan(300);
  conversationId = started.body.conversationId;
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const count = (sql: string): number => (app.db.prepare(sql).get(conversationId) as { n: number }).n;

/** The reminder's key, its queued Direct Line messages from the bot, and its transcript messages. */
function written() {
  return {
    keys: count('SELECT count(*) AS n FROM reminder_deliveries WHERE conversation_id = ?'),
    queued: count(
      "SELECT count(*) AS n FROM directline_activities WHERE conversation_id = ? AND from_role = 'bot' AND activity LIKE '%退订%'",
    ),
    transcribed: count(
      "SELECT count(*) AS n FROM transcript_records WHERE conversation_id = ? AND type = 'message' AND activity LIKE '%退订%'",
    ),
  };
}

describe('a reminder in web chat on SQLite, with a crash inside its delivery', () => {
  it('leaves nothing behind, and goes out once on the next run', async () => {
    const opened = written();
    // Before this transaction the send path committed the transcript record first, on its own:
    // a crash here left the record of a message the person never got.
    app.db.exec(`CREATE TEMP TRIGGER crash_mid_delivery BEFORE INSERT ON directline_activities
      WHEN NEW.from_role = 'bot' AND NEW.activity LIKE '%退订%' BEGIN SELECT RAISE(ABORT, 'crash mid-delivery'); END`);
    const failed = await app.reminders.run(app.clock.now());
    expect(failed.results.map((r) => r.outcome)).toEqual(['failed']);
    expect(written()).toEqual(opened);

    app.db.exec('DROP TRIGGER crash_mid_delivery');
    const sent = await app.reminders.run(app.clock.now());
    expect(sent.results.map((r) => r.outcome)).toEqual(['sent']);
    expect(written()).toEqual({ keys: 1, queued: opened.queued + 1, transcribed: opened.transcribed + 1 });
    expect((await app.reminders.run(app.clock.now())).results.filter((r) => r.outcome === 'sent')).toEqual(
      [],
    );
    expect(written()).toEqual({ keys: 1, queued: opened.queued + 1, transcribed: opened.transcribed + 1 });
  });
});
