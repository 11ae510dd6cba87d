import { beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { RemoteTarget } from '../../src/simulate/remoteTarget.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// `simulate --url` talks to a running service as Bot Framework turns of the `simulate` channel.
// Accounts are found by channel and user id (sec19), so it reaches the demo accounts of a service
// that seeded them on that channel (SEED_DEMO_CHANNEL=simulate, README) and no account otherwise.
async function firstReply(
  channel: string | undefined,
): Promise<{ text: string; accounts: (string | null)[] }> {
  const app: TestApp = createTestApp(channel ? { SEED_DEMO_CHANNEL: channel } : {});
  const running: Running = await startServer(app, mounts);
  try {
    const target = new RemoteTarget(running.url);
    const { userId } = await target.prepare({ account: 'demo-en' } as never);
    const sent = await target.send('remote-1', userId, 'en', 'hi');
    const records = await app.backend.transcripts.getRecords('remote-1');
    return { text: sent.texts.join('\n'), accounts: [...new Set(records.map((r) => r.accountId ?? null))] };
  } finally {
    await running.stop();
    await app.close();
  }
}

describe('the conversation bench against a running service (--url)', () => {
  let seeded: Awaited<ReturnType<typeof firstReply>>;
  let unseeded: Awaited<ReturnType<typeof firstReply>>;
  beforeAll(async () => {
    seeded = await firstReply('simulate');
    unseeded = await firstReply(undefined);
  });

  it('reaches the demo account when the service seeded the demo accounts on the simulate channel', () => {
    expect(seeded.accounts.some((a) => a !== null)).toBe(true);
    expect(seeded.text.length).toBeGreaterThan(0);
  });

  it('reaches no account when they are bound on directline (the default)', () => {
    expect(unseeded.accounts).toEqual([null]);
  });
});
