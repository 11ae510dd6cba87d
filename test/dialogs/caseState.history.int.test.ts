import { afterEach, describe, expect, it } from 'vitest';
import type { Act } from '../../src/core/act.js';
import { bankWording } from '../../src/bot/app.js';
import { TemplateResponder } from '../../src/language/templateResponder.js';
import type { Reply, RespondContext, Responder } from '../../src/language/responder.js';
import { Chat } from '../support/chat.js';
import { createTestApp, testConfig, type TestApp } from '../support/testApp.js';

/** Records what the wording step is given, and words with the templates. */
class RecordingResponder implements Responder {
  readonly seen: { act: Act; context: RespondContext }[] = [];
  private readonly inner = new TemplateResponder(bankWording(testConfig()));
  async respond(act: Act, context: RespondContext): Promise<Reply> {
    this.seen.push({ act, context: structuredClone(context) });
    return this.inner.respond(act, context);
  }
}

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
});

describe('the short history given to the wording step', () => {
  it('holds the last turns with ID, card and phone numbers masked', async () => {
    const responder = new RecordingResponder();
    app = createTestApp({}, { responder });
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    await chat.say('我身份证号是110101199003071234，手机13912345678');
    const last = responder.seen.at(-1);
    const history = last?.context.history ?? [];
    expect(history.length).toBeGreaterThan(2);
    expect(history.length).toBeLessThanOrEqual(6);
    const said = history.filter((h) => h.role === 'user').map((h) => h.text).join('\n');
    expect(said).toContain('你好');
    expect(said).not.toContain('110101199003071234');
    expect(said).not.toContain('13912345678');
    expect(history.some((h) => h.role === 'bot' && h.text.includes('示例银行'))).toBe(true);
  });
});
