import { pino } from 'pino';
import restify from 'restify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/index.js';
import { listen } from '../../src/bot/server.js';
import { check } from '../../src/guardrails/index.js';
import { createLanguage } from '../../src/language/model/index.js';
import { mountAgents, People, received, wireHandoff } from '../bot/agentDesk/support.js';
import {
  startFakeOpenAi,
  type ChatRequest,
  type FakeOpenAi,
  type ServerStep,
} from '../language/model/fakeOpenAi.js';
import { createTestApp, testConfig, type TestApp } from '../support/testApp.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

/**
 * GUARDRAIL_MODEL_CHECK=enforce on human agents' messages, end to end: the agent API, the
 * handoff relay, the model judge over HTTP (the local fake OpenAI server) and the send path.
 */
const THREAT = 'Let us see how your week goes.';
const RULE_BREAK = 'We know where you live, so pay up.';
const SLOW = 'Thanks for waiting, I am looking at your plan now.';
// Texts the rules let through and only the trained classifier blocks; the first one that still
// is one after a retrain is used (the test fails, saying so, if none is).
const CLASSIFIER_ONLY_CANDIDATES = [
  'What a sad excuse for a grown-up you are.',
  'Missed payments may appear on your credit report.',
  'What a waste of space you are.',
  'Stop being such a sh!tty human and pay what you owe.',
  "I'm a bot, not a person.",
];

/** The judge's answers, decided by the message it is shown (a tool call named `verdict`). */
function judgeModel(request: ChatRequest): ServerStep {
  const shown = JSON.stringify(request.messages[request.messages.length - 1]?.content ?? '');
  if (request.tools?.[0]?.function.name !== 'verdict') return { kind: 'status', status: 500 };
  if (shown.includes('Thanks for waiting')) return { kind: 'hang' };
  if (shown.includes('how your week goes'))
    return { kind: 'answer', args: { compliant: false, category: 'threat', reason: 'a veiled threat' } };
  return { kind: 'answer', args: { compliant: true, category: 'none', reason: 'factual and polite' } };
}

let fake: FakeOpenAi;
let app: TestApp;
let people: People;
let server: { url: string; stop(): Promise<void> };

beforeEach(async () => {
  fake = await startFakeOpenAi({ respond: judgeModel });
  const env = {
    AGENT_USERS: 'alice:alice-pass',
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_PROBE: 'false',
    GUARDRAIL_MODEL_CHECK: 'enforce',
    MODEL_TIMEOUT_MS: '400',
  };
  // The bot's own turns stay offline (the fake answers only the judge); agents' messages are judged.
  const offline = createLanguage(testConfig({}), pino({ level: 'silent' }));
  app = createTestApp(env, { understander: offline.understander, responder: offline.responder });
  wireHandoff(app, {
    auth: createAuth({
      config: app.config,
      clock: app.clock,
      scryptCost: 1024,
      loginLog: new MemoryStaffLoginLog(),
    }),
  });
  people = new People(app);
  const http = restify.createServer({ handleUncaughtExceptions: false });
  mountAgents(http, app);
  const url = await listen(http, 0, '127.0.0.1');
  server = { url, stop: () => new Promise<void>((resolve) => http.close(() => resolve())) };
});

afterEach(async () => {
  await server.stop();
  await app.close();
  await fake.close();
});

async function post(
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('alice:alice-pass').toString('base64')}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function acceptedConversation(): Promise<{
  say: (text: string) => ReturnType<typeof post>;
  seen: () => string[];
}> {
  const chat = people.chat('demo-en');
  await chat.say('Hello');
  await chat.say('agent');
  const path = `/api/agent/conversations/${encodeURIComponent(chat.conversationId)}`;
  expect((await post(`${path}/accept`)).status).toBe(200);
  received(chat);
  return { say: (text) => post(`${path}/messages`, { text }), seen: () => received(chat) };
}

const judgeCalls = (): number =>
  fake.requests.filter((r) => r.tools?.[0]?.function.name === 'verdict').length;

describe('an enforcing model judge on agents messages', () => {
  it('clears what only the classifier flagged, and the send path delivers it', async () => {
    const local = (text: string): string[] =>
      check(text, { locale: 'en', verified: false, speaker: 'agent' }).violations.map((v) => v.rule);
    const cleared = CLASSIFIER_ONLY_CANDIDATES.find((t) => {
      const rules = local(t);
      return rules.length > 0 && rules.every((r) => r.startsWith('classifier.'));
    });
    expect(cleared, 'no candidate is blocked by the classifier alone any more: add one').toBeDefined();
    const text = cleared ?? '';
    const person = await acceptedConversation();
    const sent = await person.say(text);
    expect(sent.status).toBe(201);
    expect(person.seen()).toEqual([text]);
    expect(judgeCalls()).toBe(1);
  });

  it('blocks what the judge finds although the local layers allowed it, and the agent sees why', async () => {
    expect(check(THREAT, { locale: 'en', verified: false, speaker: 'agent' }).allowed).toBe(true);
    const person = await acceptedConversation();
    const blocked = await person.say(THREAT);
    expect(blocked.status).toBe(409);
    const [violation] = (blocked.body.error as { violations: unknown }).violations as Record<
      string,
      unknown
    >[];
    expect(violation).toMatchObject({
      category: 'threat',
      rule: 'model_judge.threat',
      evidence: 'a veiled threat',
    });
    expect((violation?.reason as Record<string, string>).en).toMatch(/threaten/i);
    expect((violation?.hint as Record<string, string>).en).toMatch(/payment plan/);
    expect(person.seen()).toEqual([]);
  });

  it('never lets the judge clear a rule', async () => {
    const person = await acceptedConversation();
    const blocked = await person.say(RULE_BREAK);
    expect(blocked.status).toBe(409);
    expect(
      ((blocked.body.error as { violations: unknown }).violations as { rule: string }[]).some(
        (v) => !v.rule.startsWith('model_judge'),
      ),
    ).toBe(true);
    expect(person.seen()).toEqual([]);
  });

  it("lets agents name the bank's own payment channels and nothing else, whatever the judge says", async () => {
    const person = await acceptedConversation();
    const own = 'You can pay in Our mobile banking app whenever suits you.';
    expect((await person.say(own)).status).toBe(201);
    expect(person.seen()).toEqual([own]);
    const personal = await person.say('Easier: send it to my Venmo @sam-collects and I will apply it.');
    expect(personal.status).toBe(409);
    expect(
      ((personal.body.error as { violations: unknown }).violations as { rule: string }[]).map((v) => v.rule),
    ).toContain('misrepresentation.payment_channel');
    expect(person.seen()).toEqual([]);
  });

  it('lets the local verdict stand when the judge does not answer within the deadline', async () => {
    const person = await acceptedConversation();
    const sent = await person.say(SLOW);
    expect(sent.status).toBe(201);
    expect(person.seen()).toEqual([SLOW]);
  });
});
