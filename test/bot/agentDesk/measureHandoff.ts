// Measures the handoff (figures, not a pass/fail test):
//   npx tsx test/bot/agentDesk/measureHandoff.ts
// - agent reply: POST /api/agent/conversations/{id}/messages until the person's adapter has it
//   (guardrail pre-check + proactive turn through the guarded send path), over loopback HTTP;
// - a blocked agent reply (pre-check, 409);
// - a held message: the person writes while an agent holds the conversation (router + store);
// - GET /api/agent/queue with 200 conversations waiting.
import restify from 'restify';
import { createAuth } from '../../../src/auth/index.js';
import { listen } from '../../../src/bot/server.js';
import { createTestApp } from '../../support/testApp.js';
import { mountAgents, People, received, wireHandoff } from './support.js';
import { MemoryStaffLoginLog } from '../../support/memoryStaffLoginLog.js';

const app = createTestApp({ AGENT_USERS: 'alice:alice-pass' });
const handoff = wireHandoff(app, {
  auth: createAuth({
    config: app.config,
    clock: app.clock,
    scryptCost: 1024,
    loginLog: new MemoryStaffLoginLog(),
  }),
});
const people = new People(app);
const server = restify.createServer({ handleUncaughtExceptions: false });
mountAgents(server, app);
const url = await listen(server, 0, '127.0.0.1');
const auth = `Basic ${Buffer.from('alice:alice-pass').toString('base64')}`;

async function post(path: string, body?: unknown): Promise<number> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  await res.arrayBuffer();
  return res.status;
}

function report(name: string, samples: number[]): void {
  samples.sort((a, b) => a - b);
  const at = (q: number): string =>
    (samples[Math.min(samples.length - 1, Math.floor(samples.length * q))] ?? 0).toFixed(2);
  console.log(`${name}: n=${samples.length} p50=${at(0.5)}ms p95=${at(0.95)}ms max=${at(1)}ms`);
}

async function timed(n: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run(i);
    out.push(performance.now() - t0);
  }
  return out;
}

const chat = people.chat('demo-zh');
await chat.say('你好');
await chat.say('我身份证后四位是1234');
await chat.say('转人工');
const path = `/api/agent/conversations/${encodeURIComponent(chat.conversationId)}`;
if ((await post(`${path}/accept`)) !== 200) throw new Error('accept failed');
received(chat);

report(
  'agent reply delivered',
  await timed(300, async (i) => {
    if (
      (await post(`${path}/messages`, { text: `您好，这是第${i + 1}条回复，请问还有什么可以帮您？` })) !== 201
    )
      throw new Error('not sent');
    if (received(chat).length !== 1) throw new Error('not received');
  }),
);
report(
  'agent reply blocked (409)',
  await timed(300, async () => {
    if ((await post(`${path}/messages`, { text: '再不还钱就去你单位找你领导' })) !== 409)
      throw new Error('not blocked');
  }),
);
report(
  'held person message (bot not run)',
  await timed(300, async (i) => {
    if ((await chat.say(`第${i + 1}条留言`)) !== '') throw new Error('the bot answered');
  }),
);

for (let i = 0; i < 200; i++) {
  await handoff.store.enqueue(
    {
      conversationId: `q-${i}`,
      channelId: 'test',
      accountId: undefined,
      reason: i % 7 === 0 ? 'distress' : 'requested',
      priority: i % 7 === 0 ? 0 : 1,
      summary: `summary ${i}`,
      locale: 'zh-CN',
      verified: false,
      guard: undefined,
    },
    app.clock.now(),
  );
}
report(
  'GET /api/agent/queue (200 waiting)',
  await timed(200, async () => {
    const res = await fetch(`${url}/api/agent/queue`, { headers: { authorization: auth } });
    const body = (await res.json()) as { items: unknown[] };
    if (body.items.length !== 200) throw new Error('queue length');
  }),
);

await new Promise<void>((resolve) => server.close(() => resolve()));
await app.close();
