import { describe, expect, it, vi } from 'vitest';
import {
  generateDirectLineToken,
  postDirectLine,
  serveDirectLine,
  startDirectLine,
} from '../../support/directLine.js';

/**
 * A Direct Line turn with the real bot looks the person's account up once and saves the
 * conversation reference once: the channel does both and hands them to the bot (ChannelTurn).
 */
const service = serveDirectLine();

describe('one Direct Line turn', () => {
  it('looks the account up once and saves the conversation reference once, start and message alike', async () => {
    const { app, url } = service;
    const lookups = vi.spyOn(app.stores.accounts, 'findByChannelUser');
    const saves = vi.spyOn(app.stores.conversations, 'save');
    const generated = await generateDirectLineToken(url, app, 'demo-zh');
    lookups.mockClear();
    saves.mockClear();

    const started = await startDirectLine(url, generated.token);
    expect([200, 201]).toContain(started.status);
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(saves).toHaveBeenCalledTimes(1);

    lookups.mockClear();
    saves.mockClear();
    const said = await postDirectLine(url, generated, '你好', { id: 'x' });
    expect(said.status).toBe(200);
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(saves).toHaveBeenCalledTimes(1);
    expect(saves.mock.calls[0]?.[0]).toMatchObject({ accountId: 'A-1001', userId: 'demo-zh' });
    expect(saves.mock.calls[0]?.[2]).toBe(true);
  });
});
