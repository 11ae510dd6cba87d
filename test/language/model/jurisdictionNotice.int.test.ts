import { afterEach, describe, expect, it } from 'vitest';
import type { ModelHealthStatus } from '../../../src/language/model/index.js';
import { DISCLOSURES } from '../../../src/prompts/index.js';
import { Chat } from '../../support/chat.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi } from './fakeOpenAi.js';
import { profile, type ProfileOptions } from './providerProfiles.js';

const NOTICE = { en: DISCLOSURES.en.debtCollection, zh: DISCLOSURES['zh-CN'].debtCollection };

function count(text: string, sentence: string): number {
  return text.split(sentence).length - 1;
}

const noticesIn = (text: string) => ({ en: count(text, NOTICE.en), zh: count(text, NOTICE.zh) });

let fake: FakeOpenAi | undefined;
let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  await fake?.close();
  app = undefined;
  fake = undefined;
});

/** The service worded by a model on the fake OpenAI server (a capable model with this quirk); the probe settled. */
async function modelService(options: ProfileOptions): Promise<TestApp> {
  fake = await startFakeOpenAi({ respond: profile('openai', options) });
  app = createTestApp({
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'fake-openai',
    TURN_DEADLINE_MS: '3000',
    MODEL_TIMEOUT_MS: '1500',
  });
  for (let i = 0; i < 200; i++) {
    const status = app.modelStatus() as ModelHealthStatus;
    if (status.mode === 'model' && status.probe !== 'probing') return app;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the capability probe did not settle');
}

/** Wording requests the model was sent (those carrying a reference reply to reword). */
function wordingRequests(f: FakeOpenAi): ChatRequest[] {
  return f.requests.filter((r) => JSON.stringify(r.messages).includes('<<<REFERENCE'));
}

/** The reply the model was asked to reword (the last REFERENCE block: the instructions name the markers too). */
function referenceOf(request: ChatRequest): string {
  const all = request.messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
  const start = all.lastIndexOf('<<<REFERENCE');
  return all.slice(start, all.indexOf('REFERENCE>>>', start + 1));
}

const dropNotices = (reference: string): string =>
  reference.replace(NOTICE.en, '').replace(NOTICE.zh, '').trim();

describe('with a model, the US notice is fixed text outside the model’s words', () => {
  it('a US holder writing Chinese reads the notice once, in Chinese, though the model leaves it out of everything it words', async () => {
    const a = await modelService({ wording: dropNotices });
    const chat = new Chat(a, 'demo-en');
    const replies = [
      await chat.say('你好，我收到了一条关于信用卡的消息'),
      await chat.say('我身份证后四位是4321'),
      await chat.say('每个月只能还500'),
    ];
    expect(replies[0]).toContain(DISCLOSURES['zh-CN'].recording);
    expect(noticesIn(replies.join('\n'))).toEqual({ en: 0, zh: 1 });
    expect(noticesIn(replies[0] ?? '')).toEqual({ en: 0, zh: 1 });
    // The model did word the later replies; the opening (where the notice is) was never asked of it.
    const references = wordingRequests(fake as FakeOpenAi).map(referenceOf);
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((r) => r.includes(NOTICE.zh) || r.includes(NOTICE.en))).toEqual([]);
  });

  it('an English US holder reads the notice exactly once when the model would repeat it in every reply', async () => {
    const a = await modelService({ wording: (reference) => `${reference} ${NOTICE.en}` });
    const chat = new Chat(a, 'demo-en');
    const replies = [
      await chat.say('hi, I got a message about my card'),
      await chat.say('the last four digits are 4321'),
      await chat.say('I can pay 100 a month'),
    ];
    expect(noticesIn(replies[0] ?? '')).toEqual({ en: 1, zh: 0 });
    expect(noticesIn(replies.join('\n'))).toEqual({ en: 1, zh: 0 });
  });

  it('a renminbi holder writing English never hears the US notice, even from a model that adds it', async () => {
    const a = await modelService({ wording: (reference) => `${NOTICE.en} ${reference}` });
    const chat = new Chat(a, 'demo-zh');
    const replies = [
      await chat.say('Hello, I got a message about my credit card'),
      await chat.say('my ID ends in 1234'),
      await chat.say('what happens if I do not pay?'),
    ];
    expect(replies[0]).toContain(DISCLOSURES.en.recording);
    expect(noticesIn(replies.join('\n'))).toEqual({ en: 0, zh: 0 });
    expect(replies.join('\n')).toContain('ending in 6789');
  });

  it('a model that claims English for a Chinese message switches nothing: Chinese replies, no US notice for a renminbi account', async () => {
    const a = await modelService({ wrongLanguage: true });
    const chat = new Chat(a, 'demo-zh');
    const replies = [await chat.say('你好'), await chat.say('我身份证后四位是1234')];
    for (const reply of replies) expect(reply).toMatch(/\p{Script=Han}/u);
    expect(replies[1]).toContain('身份验证已通过');
    expect(noticesIn(replies.join('\n'))).toEqual({ en: 0, zh: 0 });
  });
});
