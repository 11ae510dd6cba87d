import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * conv15 (no_fallback_loop, found by probing after the fixes): while a dispute is open, "ok",
 * "okay", "k" never get the pause twice word for word; nor "thanks", "thank you", "bye" the goodbye.
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

async function replies(user: string, turns: readonly string[]): Promise<string[]> {
  const chat = new Chat(app, user);
  const out: string[] = [];
  for (const t of turns) out.push(await chat.say(t));
  return out;
}

function neverTwiceInARow(texts: readonly string[]): void {
  for (let i = 1; i < texts.length; i += 1) expect(texts[i]).not.toBe(texts[i - 1]);
}

describe('said again right after', () => {
  it('en: the pause while a dispute is open', async () => {
    const out = await replies('demo-en', [
      'hi',
      '4321',
      'that charge is wrong, i never bought that',
      'ok',
      'okay',
      'k',
    ]);
    neverTwiceInARow(out.slice(3));
    expect(out[4]).toMatch(/paused/);
  });

  it('zh: the pause while a dispute is open', async () => {
    const out = await replies('demo-zh', ['你好', '1234', '这笔账不对 我没买过', '好的', '嗯嗯', '哦']);
    neverTwiceInARow(out.slice(3));
    expect(out[4]).toMatch(/暂停/);
  });

  it('en: the goodbye after a plan', async () => {
    const out = await replies('demo-en', [
      'hi',
      '4321',
      'can i pay 300 a month',
      '1',
      'yes',
      'thanks',
      'thank you',
      'bye',
    ]);
    neverTwiceInARow(out.slice(5));
  });
});
