// Measures Direct Line round trips against the echo bot (figures, not a pass/fail test):
//   npx tsx test/channels/directline/measureRoundTrip.ts
import { createLinkToken } from '../../../src/channels/directline/index.js';
import { call, StreamRecorder } from './dlClient.js';
import { startEchoServer } from './echoApp.js';

const s = await startEchoServer({ env: { DIRECTLINE_RATE_PER_MINUTE: '10000' } });
const g = await call<{ token: string }>(
  s.baseUrl,
  'POST',
  '/tokens/generate',
  createLinkToken('demo-zh', s.app.clock, s.config),
);
const c = await call<{ conversationId: string; token: string; streamUrl: string }>(
  s.baseUrl,
  'POST',
  '/conversations',
  g.body.token,
  {},
);
const ws = new StreamRecorder(c.body.streamUrl);
await ws.opened;
const n = 300;
const lat: number[] = [];
for (let i = 0; i < n; i++) {
  const t0 = performance.now();
  await call(s.baseUrl, 'POST', `/conversations/${c.body.conversationId}/activities`, c.body.token, {
    type: 'message',
    text: `m${i}`,
  });
  await ws.waitFor(() => ws.activities().some((a) => a.text === `回声：m${i}`));
  lat.push(performance.now() - t0);
}
lat.sort((a, b) => a - b);
console.log(
  `round trips=${n} p50=${lat[Math.floor(n * 0.5)]?.toFixed(1)}ms p95=${lat[Math.floor(n * 0.95)]?.toFixed(1)}ms max=${lat[n - 1]?.toFixed(1)}ms`,
);
const t0 = performance.now();
const poll = await call<{ activities: unknown[] }>(
  s.baseUrl,
  'GET',
  `/conversations/${c.body.conversationId}/activities`,
  c.body.token,
);
console.log(`poll of ${poll.body.activities.length} activities: ${(performance.now() - t0).toFixed(1)}ms`);
const r0 = performance.now();
const replay = new StreamRecorder(c.body.streamUrl);
await replay.waitFor(() => replay.activities().length >= 2 * n + 1);
console.log(
  `socket replay of ${replay.activities().length} activities: ${(performance.now() - r0).toFixed(1)}ms`,
);
replay.close();
ws.close();
await s.close();
