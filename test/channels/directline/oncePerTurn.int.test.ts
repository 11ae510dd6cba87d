import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createLinkToken,
  registerDirectLine,
  type DirectLineChannel,
} from '../../../src/channels/directline/index.js';
import { startServer, type Running } from '../../support/http.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { call } from './dlClient.js';

/**
 * A Direct Line turn with the real bot looks the person's account up once and saves the
 * conversation reference once: the channel does both and hands them to the bot (ChannelTurn).
 */
let app: TestApp;
let running: Running;
let channel: DirectLineChannel | undefined;

beforeAll(async () => {
  app = createTestApp();
  running = await startServer(app, [
    (server, a) => {
      channel = registerDirectLine(server, a);
    },
  ]);
});
afterAll(async () => {
  await channel?.close();
  await running.stop();
  await app.close();
});

describe('one Direct Line turn', () => {
  it('looks the account up once and saves the conversation reference once, start and message alike', async () => {
    const lookups = vi.spyOn(app.stores.accounts, 'findByChannelUser');
    const saves = vi.spyOn(app.stores.conversations, 'save');
    const link = createLinkToken('demo-zh', app.clock, app.config);
    const generated = await call<{ conversationId: string; token: string }>(
      running.url,
      'POST',
      '/tokens/generate',
      link,
    );
    lookups.mockClear();
    saves.mockClear();

    const started = await call(running.url, 'POST', '/conversations', generated.body.token, {});
    expect([200, 201]).toContain(started.status);
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(saves).toHaveBeenCalledTimes(1);

    lookups.mockClear();
    saves.mockClear();
    const said = await call(
      running.url,
      'POST',
      `/conversations/${generated.body.conversationId}/activities`,
      generated.body.token,
      { type: 'message', text: '你好', from: { id: 'x' } },
    );
    expect(said.status).toBe(200);
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(saves).toHaveBeenCalledTimes(1);
    expect(saves.mock.calls[0]?.[0]).toMatchObject({ accountId: 'A-1001', userId: 'demo-zh' });
    expect(saves.mock.calls[0]?.[2]).toBe(true);
  });
});
