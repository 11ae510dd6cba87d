import { ANY_CHANNEL } from '../../src/store/accounts.js';
import type { Activity, Middleware, TestAdapter, TurnContext } from 'botbuilder';
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

/**
 * The message a turn answered with: every activity the turn sent is taken from the client, so a
 * typing indicator (sent when a turn runs past 600 ms, as a cold first turn may on a slow or busy
 * machine) never stands in for the next turn's reply.
 */
async function answer(c: DialogTestClient, text: string): Promise<Partial<Activity> | undefined> {
  const sent: (Partial<Activity> | undefined)[] = [await c.sendActivity(text)];
  for (let next = c.getNextReply(); next; next = c.getNextReply()) sent.push(next);
  return sent.filter((a) => a?.type === 'message').at(-1);
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
    const ask = await answer(c, '你好');
    expect(ask?.text).toMatch(/后四位/);
    await answer(c, '后四位是1234');
    expect(state.verified).toBe(true);
    expect(c.dialogTurnResult.status).toBe('complete');
    expect(c.dialogTurnResult.result).toBe(true);
  });

  it('counts failures and says how many tries are left without any account detail', async () => {
    const c = client('demo-zh');
    await answer(c, '你好');
    const failed = await answer(c, '9999');
    expect(failed?.text).toMatch(/不符/);
    expect(failed?.text).not.toMatch(/12,345|6789/);
    expect(state.failures).toBe(1);
    expect(state.verified).toBe(false);
  });

  it('ends unverified for someone who says they are not the holder', async () => {
    const c = client('demo-zh');
    await answer(c, '你好');
    const reply = await answer(c, '我不是张伟，我是他同事');
    expect(reply?.text).not.toMatch(/欠款|逾期/);
    expect(state.thirdParty).toBe(true);
    expect(c.dialogTurnResult.result).toBe(false);
  });
});
