import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { createLinkToken } from '../../../src/channels/directline/index.js';
import { PgConversationBroker } from '../../../src/channels/directline/pgConversationBroker.js';
import { PgBroker } from '../../../src/store/pg/broker.js';
import { describePg, type PgSuite } from '../../support/postgres.js';
import { call, StreamRecorder } from './dlClient.js';
import { startEchoServer, tempDataDir, type EchoServer } from './echoApp.js';

interface Session {
  conversationId: string;
  token: string;
  streamUrl: string;
}

/** Two service instances: one SQLite file stands in for the shared database, PostgreSQL carries the frames. */
interface Pair {
  a: EchoServer;
  b: EchoServer;
  brokerA: PgBroker;
  brokerB: PgBroker;
  relayA: PgConversationBroker;
  relayB: PgConversationBroker;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startPair(pg: PgSuite): Promise<Pair> {
  const dataDir = tempDataDir();
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const brokerA = new PgBroker({ url: pg.url, pool: pg.pool(), applicationName: 'hub-a' });
  const brokerB = new PgBroker({ url: pg.url, pool: pg.pool(), applicationName: 'hub-b' });
  await Promise.all([brokerA.start(), brokerB.start()]);
  cleanups.push(() => Promise.all([brokerA.close(), brokerB.close()]).then(() => undefined));
  const relayA = new PgConversationBroker({ broker: brokerA, secret: 'relay-secret' });
  const relayB = new PgConversationBroker({ broker: brokerB, secret: 'relay-secret' });
  // No periodic catch-up: whatever a socket gets on the other instance came through the broker.
  const quiet = { tailMs: 600_000, dataDir };
  const a = await startEchoServer({ ...quiet, broker: relayA });
  cleanups.push(() => a.close());
  const b = await startEchoServer({ ...quiet, broker: relayB });
  cleanups.push(() => b.close());
  return { a, b, brokerA, brokerB, relayA, relayB };
}

async function session(s: EchoServer): Promise<Session> {
  const link = createLinkToken('demo-zh', s.app.clock, s.config);
  const generated = await call<Session>(s.baseUrl, 'POST', '/tokens/generate', link);
  return (await call<Session>(s.baseUrl, 'POST', '/conversations', generated.body.token, {})).body;
}

function socketOn(s: EchoServer, streamUrl: string): StreamRecorder {
  const url = new URL(streamUrl);
  url.host = new URL(s.baseUrl).host;
  const recorder = new StreamRecorder(url.toString());
  cleanups.push(async () => recorder.close());
  return recorder;
}

async function say(s: EchoServer, t: Session, text: string): Promise<void> {
  const reply = await call(s.baseUrl, 'POST', `/conversations/${t.conversationId}/activities`, t.token, {
    type: 'message',
    text,
  });
  expect(reply.status).toBe(200);
}

const texts = (r: StreamRecorder) =>
  r
    .activities()
    .filter((x) => x.type === 'message')
    .map((x) => x.text);
/** The watermark of each stored activity a socket got (a catch-up frame may carry several). */
const seqs = (r: StreamRecorder) =>
  r
    .activities()
    .filter((x) => x.type === 'message')
    .map((x) => Number(x.id?.split('|')[1]));
const typings = (r: StreamRecorder) => r.activities().filter((x) => x.type === 'typing').length;

describePg('Direct Line on two instances sharing one PostgreSQL broker', (pg) => {
  it('delivers a post on instance A to the socket held by instance B, and B’s to A’s, once each and in order', async () => {
    const { a, b } = await startPair(pg);
    const t = await session(a);
    const onA = socketOn(a, t.streamUrl);
    const onB = socketOn(b, t.streamUrl);
    await Promise.all([onA.opened, onB.opened]);
    await Promise.all([onA, onB].map((r) => r.waitFor(() => texts(r).length === 1)));

    await say(a, t, '在A上说的');
    await say(b, t, '在B上说的');
    const expected = ['您好，我是测试助手。', '在A上说的', '回声：在A上说的', '在B上说的', '回声：在B上说的'];
    for (const r of [onA, onB]) await r.waitFor(() => texts(r).length === expected.length);
    for (const r of [onA, onB]) {
      expect(texts(r)).toEqual(expected);
      expect(seqs(r)).toEqual([1, 2, 3, 4, 5]);
    }
    // Typing is relayed too, and each instance ignores its own relays: one per turn, never two.
    await onB.waitFor(() => typings(onB) === 2);
    await onA.waitFor(() => typings(onA) === 2);
    await say(a, t, '再来');
    for (const r of [onA, onB]) await r.waitFor(() => texts(r).includes('回声：再来'));
    expect(typings(onA)).toBe(3);
    expect(seqs(onB)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps every socket in order when both instances post to one conversation at the same time', async () => {
    const { a, b } = await startPair(pg);
    const t = await session(a);
    const onA = socketOn(a, t.streamUrl);
    const onB = socketOn(b, t.streamUrl);
    await Promise.all([onA, onB].map((r) => r.waitFor(() => texts(r).length === 1)));
    await Promise.all(Array.from({ length: 12 }, (_, i) => say(i % 2 ? b : a, t, `第${i + 1}条`)));
    for (const r of [onA, onB]) await r.waitFor(() => texts(r).length === 25, 15_000);
    for (const r of [onA, onB]) {
      expect(seqs(r)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      for (let i = 1; i <= 12; i += 1) expect(texts(r)).toContain(`回声：第${i}条`);
    }
  });

  it('resumes delivery after B’s listener is cut off (pg_terminate_backend), with what was posted meanwhile', async () => {
    const { a, b, brokerB } = await startPair(pg);
    let resyncs = 0;
    brokerB.onResync(() => (resyncs += 1));
    const t = await session(a);
    const onB = socketOn(b, t.streamUrl);
    await onB.waitFor(() => texts(onB).length === 1);

    await pg
      .pool()
      .query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'hub-b'");
    await say(a, t, '断线期间');
    const deadline = Date.now() + 15_000;
    while (resyncs === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(resyncs).toBeGreaterThan(0);
    await say(a, t, '重连之后');

    const expected = ['您好，我是测试助手。', '断线期间', '回声：断线期间', '重连之后', '回声：重连之后'];
    await onB.waitFor(() => texts(onB).length === expected.length, 10_000);
    expect(texts(onB)).toEqual(expected);
    // Each activity once, in order, whichever path (relay or catch-up) brought it.
    expect(seqs(onB)).toEqual([1, 2, 3, 4, 5]);
  });

  it('relays a reply too large for one NOTIFY intact, in its place', async () => {
    const { a, b } = await startPair(pg);
    const t = await session(a);
    const onB = socketOn(b, t.streamUrl);
    await onB.waitFor(() => texts(onB).length === 1);
    const long = '请您于本月底前还款。'.repeat(450);
    await say(a, t, long);
    await say(a, t, '短的');
    await onB.waitFor(() => texts(onB).includes('回声：短的'));
    expect(texts(onB)).toEqual(['您好，我是测试助手。', long, `回声：${long}`, '短的', '回声：短的']);
  });
});
