import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanguage } from '../../../src/language/model/index.js';
import { Chat } from '../../support/chat.js';
import { createTestApp, testConfig, type TestApp } from '../../support/testApp.js';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi, type ServerStep } from './fakeOpenAi.js';

/**
 * Model mode with a scripted model that never sees distress or hardship (it reads every message
 * as an offer of 2000 a month): the deterministic care detectors still answer first.
 */
function between(text: string, open: string, close: string): string {
  const start = text.indexOf(open);
  const end = text.indexOf(close, start + open.length);
  return start >= 0 && end > start ? text.slice(start + open.length, end).trim() : '';
}

function contentOf(message: ChatRequest['messages'][number] | undefined): string {
  return typeof message?.content === 'string' ? message.content : '';
}

function carelessModel(request: ChatRequest): ServerStep {
  const first = contentOf(request.messages[1]);
  if (request.tools) {
    const message = between(first, '<<<CUSTOMER_MESSAGE', 'CUSTOMER_MESSAGE>>>');
    const language = /\p{Script=Han}|wo bu/u.test(message) ? 'zh-CN' : 'en';
    const base = { language, distress: false, injection: false };
    if (/1234|4321/.test(message)) {
      return {
        kind: 'answer',
        args: { ...base, intent: 'provide_id', slots: { last4: /1234/.test(message) ? '1234' : '4321' } },
      };
    }
    return {
      kind: 'answer',
      args: { ...base, intent: 'offer_payment', slots: { amountCents: 200000, period: 'month' } },
    };
  }
  return { kind: 'answer', text: between(first, '<<<REFERENCE', 'REFERENCE>>>') };
}

let app: TestApp | undefined;
let server: FakeOpenAi | undefined;
afterEach(async () => {
  await app?.close();
  await server?.close();
});

async function chatWithModel(userId: 'demo-zh' | 'demo-en'): Promise<Chat> {
  server = await startFakeOpenAi({ respond: carelessModel });
  const env = {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: server.baseURL,
    OPENAI_MODEL: 'careless',
    TURN_DEADLINE_MS: '3000',
  };
  const language = createLanguage(testConfig(env), pino({ level: 'silent' }));
  app = createTestApp(env, { understander: language.understander, responder: language.responder });
  const chat = new Chat(app, userId);
  await chat.say(userId === 'demo-zh' ? '你好' : 'hello');
  await chat.say(userId === 'demo-zh' ? '1234' : '4321');
  return chat;
}

describe('care in model mode, whatever the model understood', () => {
  it.each([
    ['demo-zh', '还不上我就从楼顶跳下去', '12356'],
    ['demo-en', 'my family would be better off without me', '988'],
  ] as const)('%s: "%s" gets the crisis line and no plan', async (userId, text, hotline) => {
    const chat = await chatWithModel(userId);
    const reply = await chat.say(text);
    expect(reply).toContain(hotline);
    expect(reply).not.toMatch(/方案[一二三123]|Option 1|2,000\.00/);
    expect(await app?.stores.care.remindersPaused(userId === 'demo-zh' ? 'A-1001' : 'A-1002')).toBe(true);
  });

  it('names hardship the model read as an offer, and asks for no money', async () => {
    const chat = await chatWithModel('demo-en');
    const reply = await chat.say('I lost my job last week');
    expect(reply).toMatch(/job loss/);
    expect(reply).not.toMatch(/Option 1|how much could you/i);
  });
});
