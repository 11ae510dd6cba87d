import { TestAdapter, type TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { Act } from '../../src/core/act.js';
import {
  beginTurn,
  findTurn,
  newCaseState,
  say,
  turnAccount,
  turnCase,
  turnOf,
  turnUnderstanding,
  TurnNotBegunError,
} from '../../src/dialogs/index.js';
import { turnCare } from '../../src/dialogs/care.js';
import type { Reply, RespondContext, Responder } from '../../src/language/responder.js';
import { TemplateResponder } from '../../src/language/templateResponder.js';
import { bankWording } from '../../src/bot/app.js';
import { Chat } from '../support/chat.js';
import { createTestApp, testConfig, type TestApp } from '../support/testApp.js';

/** The turn's seam: begun once by the bot, read by dialogs, escalations and the send path. */
let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function inTurn(logic: (context: TurnContext) => Promise<void>): Promise<void> {
  const adapter = new TestAdapter();
  await adapter.processActivity({ type: 'message', text: 'hi' }, logic);
}

describe('the Turn seam', () => {
  it('is reached through one accessor once the bot began it, with typed case, account and understanding', async () => {
    await inTurn(async (context) => {
      expect(findTurn(context)).toBeUndefined();
      expect(turnAccount(context)).toBeUndefined();
      expect(turnUnderstanding(context)).toBeUndefined();
      const state = newCaseState('en');
      const turn = beginTurn(context, { case: state, account: undefined, startedAt: 1_000, deadlineMs: 250 });
      expect(turnOf(context)).toBe(turn);
      expect(turnCase(context)).toBe(state);
      expect(turn.deadline).toBe(1_250);
      expect(turn.guardContext()).toBeUndefined();
    });
  });

  it("keeps the care detectors' reading of the message on the Turn, read once per turn", async () => {
    const adapter = new TestAdapter();
    await adapter.processActivity(
      { type: 'message', text: '还不上我就只能从楼上跳下去了' },
      async (context) => {
        const turn = beginTurn(context, {
          case: newCaseState('zh-CN'),
          account: undefined,
          startedAt: 0,
          deadlineMs: 1,
        });
        expect(turn.care).toBeUndefined();
        const care = turnCare(context);
        expect(care.distress).toBe(true);
        expect(turn.care).toBe(care);
        expect(turnCare(context)).toBe(care);
        expect(context.turnState.get('collections.care')).toBeUndefined();
      },
    );
  });

  it('says plainly, with a code, when a dialog runs before the bot began the turn', async () => {
    await inTurn(async (context) => {
      expect(() => turnCase(context)).toThrow(TurnNotBegunError);
      expect(() => turnOf(context)).toThrow(expect.objectContaining({ code: 'TURN_NOT_BEGUN' }));
    });
  });

  it('is not confused by a value someone put under a look-alike string key', async () => {
    await inTurn(async (context) => {
      context.turnState.set('collections.turn', { case: newCaseState('zh-CN') });
      context.turnState.set('collections.case', newCaseState('zh-CN'));
      expect(findTurn(context)).toBeUndefined();
    });
  });
});

/** Every reply of this responder "fell back", as if the guardrails kept blocking the drafts. */
class FallingBackResponder implements Responder {
  constructor(private readonly inner: Responder) {}
  async respond(act: Act, context: RespondContext): Promise<Reply> {
    const reply = await this.inner.respond(act, context);
    return { ...reply, trace: { ...reply.trace, sent: 'safe_message' } };
  }
}

describe('the guardrail-fallback escalation (decided after the dialogs, before the case is saved)', () => {
  it('is recorded once per conversation even when nobody can take it over', async () => {
    const responder = new FallingBackResponder(new TemplateResponder(bankWording(testConfig())));
    app = createTestApp({ AGENT_USERS: '' }, { responder });
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    await chat.say('嗯');
    await chat.say('嗯');
    await chat.say('嗯');
    const reasons = (await app.stores.escalations.listFor(chat.conversationId)).map((e) => e.reason);
    expect(reasons.filter((r) => r === 'guardrail_fallbacks')).toEqual(['guardrail_fallbacks']);
  });

  it('words a reply with the turn’s deadline from when the bot began the turn', async () => {
    const seen: number[] = [];
    const responder: Responder = {
      respond: async (act, context) => {
        seen.push(context.deadline ?? 0);
        return new TemplateResponder(bankWording(testConfig())).respond(act, context);
      },
    };
    app = createTestApp({}, { responder });
    const services = app.services;
    await inTurn(async (context) => {
      beginTurn(context, {
        case: newCaseState('zh-CN'),
        account: undefined,
        startedAt: 5_000,
        deadlineMs: 700,
      });
      await say(context, services, { kind: 'opening', jurisdiction: 'CN' });
    });
    expect(seen).toEqual([5_700]);
  });
});
