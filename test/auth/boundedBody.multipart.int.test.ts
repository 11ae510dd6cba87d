import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec17 red team: a multipart body to /api/messages was read by boundedBodyParser, then handed to
// restify's multipart parser, which read the (already ended) stream again and never answered:
// the request hung for as long as the client held the connection, past HTTP_REQUEST_TIMEOUT_MS.
let app: TestApp;
let running: Running;
beforeAll(async () => {
  app = createTestApp({ REVIEWER_USERS: 'rev:Review-pass-123456' });
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const form = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n';

describe('multipart bodies', () => {
  it.each([
    ['multipart/form-data; boundary=x'],
    ['multipart/mixed; boundary=x'],
    ['Multipart/Form-Data; boundary=x'],
  ])('/api/messages answers %s with 415 in the house shape at once', async (type) => {
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: form,
      signal: AbortSignal.timeout(5000),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: { code: 'UnsupportedMediaType', message: expect.any(String) },
    });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});
