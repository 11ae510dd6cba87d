import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineUnderstander } from '../../src/language/offlineUnderstander.js';
import type { Understander } from '../../src/language/understander.js';
import { postActivity, startServer, type Running } from '../support/http.js';
import { bindDemoAccountsOnTestChannel, createTestApp, type TestApp } from '../support/testApp.js';

// Like a model: each understanding takes a moment, so parallel turns overlap.
const offline = new OfflineUnderstander();
const slow: Understander = {
  understand: async (text, context) => {
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(Math.random() * 10)));
    return offline.understand(text, context);
  },
};

let app: TestApp;
let running: Running;

beforeAll(async () => {
  // Rate limits off here: the lock must hold on its own.
  app = createTestApp({ MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000' }, { understander: slow });
  await bindDemoAccountsOnTestChannel(app);
  running = await startServer(app);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const BALANCE = /12,345\.67|余额|欠款/;
const text = (r: { replies: { text?: string }[] }): string => r.replies.map((a) => a.text ?? '').join('\n');

describe('verification belongs to the account', () => {
  it('locks the account after 3 wrong answers spread over new conversations, and the right digits then disclose nothing', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const guess = String(1000 + i * 7).padStart(4, '0');
      answers.push(text(await postActivity(running.url, `brute-${i}`, 'demo-zh', `身份证后四位${guess}`)));
    }
    expect(answers.slice(3).every((a) => /锁定|30\s*分钟|分钟后/.test(a))).toBe(true);
    const right = text(await postActivity(running.url, 'brute-new', 'demo-zh', '身份证后四位1234'));
    expect(right).not.toMatch(BALANCE);
    expect(right).toMatch(/分钟/);
    const rows = app.db
      .prepare('SELECT COUNT(*) AS n FROM verification_failures WHERE account_id IS NOT NULL')
      .get() as { n: number };
    expect(rows.n).toBe(3);
    // After the lock ends the holder can verify again; a second lock lasts longer.
    app.clock.advance(31 * 60_000);
    const after = text(await postActivity(running.url, 'brute-later', 'demo-zh', '身份证后四位1234'));
    expect(after).toMatch(BALANCE);
  });

  it('locks after 30 parallel wrong guesses in one conversation, and the correct digits afterwards do not disclose', async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => String(5000 + i));
    const replies = await Promise.all(
      guesses.map((g) =>
        postActivity(running.url, 'parallel-1', 'demo-en', `the last four of my ID are ${g}`),
      ),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const leftTwo = replies.filter((r) => /2 (more )?(attempts|tries)/i.test(text(r)));
    expect(leftTwo.length).toBeLessThanOrEqual(1);
    const right = await postActivity(running.url, 'parallel-1', 'demo-en', 'the last four of my ID are 4321');
    expect(text(right)).not.toMatch(/12,345|\$|balance of/i);
    expect(text(right)).toMatch(/minute/i);
    const failures = app.db
      .prepare("SELECT COUNT(*) AS n FROM verification_failures WHERE conversation_id = 'parallel-1'")
      .get() as { n: number };
    expect(failures.n).toBe(3);
  });
});
