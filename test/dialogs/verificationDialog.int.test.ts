import { ANY_CHANNEL } from '../../src/store/accounts.js';
import type { Middleware, TestAdapter, TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginTurn, VerificationDialog, newCaseState, type CaseState } from '../../src/dialogs/index.js';
import { understandOffline } from '../../src/language/offline/index.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * The verification dialog on its own, with botbuilder-testing's DialogTestClient: a middleware
 * loads what CollectionBot loads before dialogs run (the case, the account, the understanding).
 */
let app: TestApp;
let state: CaseState;

function loader(userId: string): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      const turn = beginTurn(context, {
        case: state,
        account: await app.stores.accounts.findByChannelUser(userId, ANY_CHANNEL),
        startedAt: Date.now(),
        deadlineMs: app.services.turnDeadlineMs,
      });
      const text = context.activity.text ?? '';
      turn.understanding = understandOffline(text, {
        now: app.clock.now(),
        timeZone: 'Asia/Shanghai',
        localeHint: state.locale,
      });
      await next();
    },
  };
}

function client(userId: string): DialogTestClient {
  const c = new DialogTestClient('test', new VerificationDialog(app.services), undefined, [loader(userId)]);
  // The client builds its own TestAdapter; guarding it gives it the app's middleware list.
  app.channels.guard((c as unknown as { _testAdapter: TestAdapter })._testAdapter);
  return c;
}

beforeEach(() => {
  app = createTestApp();
  state = newCaseState('zh-CN');
});
afterEach(async () => {
  await app.close();
});

describe('VerificationDialog (botbuilder-testing)', () => {
  it('asks for the last four ID digits and ends verified when they match', async () => {
    const c = client('demo-zh');
    const ask = await c.sendActivity('你好');
    expect(ask.text).toMatch(/后四位/);
    await c.sendActivity('后四位是1234');
    expect(state.verified).toBe(true);
    expect(c.dialogTurnResult.status).toBe('complete');
    expect(c.dialogTurnResult.result).toBe(true);
  });

  it('counts failures and says how many tries are left without any account detail', async () => {
    const c = client('demo-zh');
    await c.sendActivity('你好');
    const failed = await c.sendActivity('9999');
    expect(failed.text).toMatch(/不符/);
    expect(failed.text).not.toMatch(/12,345|6789/);
    expect(state.failures).toBe(1);
    expect(state.verified).toBe(false);
  });

  it('ends unverified for someone who says they are not the holder', async () => {
    const c = client('demo-zh');
    await c.sendActivity('你好');
    const reply = await c.sendActivity('我不是张伟，我是他同事');
    expect(reply.text).not.toMatch(/欠款|逾期/);
    expect(state.thirdParty).toBe(true);
    expect(c.dialogTurnResult.result).toBe(false);
  });
});
