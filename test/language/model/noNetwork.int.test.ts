import net from 'node:net';
import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage } from '@langchain/core/messages';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanguage } from '../../../src/language/model/index.js';
import { testConfig } from '../../support/testApp.js';
import { startFakeOpenAi } from './fakeOpenAi.js';
import { profile } from './providerProfiles.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
/** Every attempt to reach a host that is not this machine, refused at once. */
const attempts: string[] = [];
const realFetch = globalThis.fetch;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply(this) below
const realConnect = net.Socket.prototype.connect;

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null && 'host' in first) return String(first.host);
  if (typeof first === 'object' && first !== null && 'path' in first) return 'localhost';
  if (typeof second === 'string') return second;
  return typeof first === 'number' ? 'localhost' : undefined;
}

beforeAll(() => {
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (LOOPBACK.has(url.hostname)) return realFetch(input, init);
    attempts.push(url.href);
    // A 404 at once: what an offline machine's proxy would say, without langchain's retries.
    return Promise.resolve(new Response('no network in this test', { status: 404 }));
  };
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args);
    if (host !== undefined && !LOOPBACK.has(host)) {
      attempts.push(`socket:${host}`);
      throw new Error(`no network in this test: ${host}`);
    }
    return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  };
});

// The guard stays for the life of this test file's worker (vitest isolates files): the
// tiktoken call of the last test never settles offline, and must never reach out later either.
afterAll(() => {
  attempts.length = 0;
});

describe('offline-safe model calls (no connection leaves the machine)', () => {
  it('streams understanding and wording from a stream-only server without reaching the internet', async () => {
    const fake = await startFakeOpenAi({ respond: profile('stream_only') });
    try {
      attempts.length = 0;
      const config = testConfig({
        OPENAI_API_KEY: 'sk-test-not-a-real-key',
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_STREAM: 'true',
        OPENAI_PROBE: 'false',
      });
      const language = createLanguage(config, pino({ level: 'silent' }));
      const u = await language.understander.understand('每个月只能还2000', {
        now: new Date('2026-11-28T02:00:00Z'),
        timeZone: 'Asia/Shanghai',
        localeHint: 'zh-CN',
      });
      expect(u).toMatchObject({ source: 'model', intent: 'offer_payment' });
      const reply = await language.responder.respond(
        { kind: 'plan_declined' },
        { locale: 'zh-CN', verified: true, deadline: Date.now() + 3000 },
      );
      expect(reply.trace.sent).toBe('model');
      expect(reply.trace.model?.inputTokens).toBe(321);
      expect(fake.requests.every((r) => r.stream === true)).toBe(true);
      expect(attempts).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('probes, understands and words without streaming, reaching nothing beyond loopback either', async () => {
    const fake = await startFakeOpenAi({ respond: profile('openai') });
    try {
      attempts.length = 0;
      const config = testConfig({ OPENAI_API_KEY: 'sk-test-not-a-real-key', OPENAI_BASE_URL: fake.baseURL });
      const language = createLanguage(config, pino({ level: 'silent' }));
      await language.ready;
      const u = await language.understander.understand('I can pay $300 a month', {
        now: new Date('2026-11-28T02:00:00Z'),
        timeZone: 'America/New_York',
        localeHint: 'en',
      });
      expect(u).toMatchObject({ source: 'model', intent: 'offer_payment' });
      const reply = await language.responder.respond(
        { kind: 'plan_declined' },
        { locale: 'en', verified: true, deadline: Date.now() + 3000 },
      );
      expect(reply.trace.sent).toBe('model');
      expect(attempts).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('has teeth: ChatOpenAI invoke() with streaming: true reaches for the tiktoken download', async () => {
    const fake = await startFakeOpenAi({ respond: profile('openai') });
    try {
      attempts.length = 0;
      const model = new ChatOpenAI({
        apiKey: 'sk-test-not-a-real-key',
        model: 'gpt-4o-mini',
        streaming: true,
        maxRetries: 0,
        configuration: { baseURL: fake.baseURL },
      });
      // Not awaited: offline, this is the call that hangs (langchain retries the download).
      const call = model.invoke([new HumanMessage('capability check')]).catch(() => undefined);
      for (let i = 0; i < 300 && !attempts.some((a) => a.includes('tiktoken')); i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(attempts.some((a) => a.includes('tiktoken'))).toBe(true);
      void call;
    } finally {
      await fake.close();
    }
  });
});
