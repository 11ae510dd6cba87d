import { TestAdapter, TurnContext } from 'botbuilder';
import { DialogContext, DialogSet, type DialogInstance } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { CollectionDialog } from '../../src/dialogs/collectionDialog.js';
import { COLLECTION_DIALOG } from '../../src/dialogs/ids.js';
import { DialogHarness } from '../support/dialogHarness.js';

const CONVERSATION = 'dialog-demo-zh';

describe('the collection dialog (the whole conversation, without the app around it)', () => {
  it('opens to a holder with who is writing and why, then asks for the ID digits, naming no figure', async () => {
    const h = new DialogHarness();
    const reply = await h.say('你好');
    expect(h.kindsSince(0)).toEqual(['opening', 'ask_verification']);
    expect(reply).not.toMatch(/12,345\.67|1,234\.57|1234/);
  });

  it('goes from verification to the negotiation once the digits match', async () => {
    const h = new DialogHarness();
    await h.say('你好');
    const from = h.acts.length;
    await h.say('我身份证后四位是1234');
    expect(h.kindsSince(from)).toEqual(['verified', 'ask_intent']);
  });

  it('tells a channel user with no account nothing, not even that a debt exists', async () => {
    const h = new DialogHarness({ userId: 'stranger-1' });
    const reply = await h.say('我想查一下欠款');
    expect(h.kindsSince(0)).toEqual(['unknown_person']);
    expect(reply).not.toMatch(/欠款金额|逾期\d|12,345/);
  });

  it('records a dispute with the person’s words at any step, and asks a person to look at it', async () => {
    const h = new DialogHarness();
    await h.say('你好');
    await h.say('这笔账不对，我根本没有消费过');
    const [dispute] = await h.stores.disputes.listFor('A-1001');
    expect(dispute?.text).toContain('这笔账不对');
    expect(h.kindsSince(0)).toContain('dispute_recorded');
    expect((await h.stores.escalations.listFor(CONVERSATION)).map((e) => e.reason)).toEqual(['dispute']);
  });

  it('confirms a request to stop, before verification too, for this address only', async () => {
    const h = new DialogHarness();
    await h.say('别再联系我');
    expect(h.acts.at(-1)?.kind).toBe('cease_contact_confirmed');
    expect(await h.stores.contacts.hasCeasedAddress('test', 'demo-zh')).toBe(true);
    expect(await h.stores.contacts.hasCeased('A-1001')).toBe(false);
  });

  it('answers "are you a robot?" truthfully, whatever step the conversation is in', async () => {
    const h = new DialogHarness({ userId: 'demo-en' });
    await h.say('hello');
    const from = h.acts.length;
    await h.say('are you a robot?');
    expect(h.kindsSince(from)[0]).toBe('bot_identity');
  });

  it('hands a request for a person to the escalator it was given, with the reason', async () => {
    const reasons: string[] = [];
    const h = new DialogHarness({
      escalator: () => ({
        escalate: async (_context, _state, reason) => {
          reasons.push(reason);
        },
      }),
    });
    await h.say('你好');
    await h.say('转人工');
    expect(reasons).toEqual(['requested']);
  });

  it('makes the inner dialog context once per outer context, and anew when the instance changes', () => {
    const dialog = new CollectionDialog(new DialogHarness().services);
    const set = new DialogSet().add(dialog);
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: '你好' });
    const stack: DialogInstance[] = [{ id: COLLECTION_DIALOG, state: {} }];
    const outer = new DialogContext(set, context, { dialogStack: stack });
    const inner = dialog.createChildContext(outer);
    expect(dialog.createChildContext(outer)).toBe(inner);
    expect(inner.parent).toBe(outer);
    expect(inner.stack).toBe((stack[0]?.state as { dialogs: { dialogStack: unknown } }).dialogs.dialogStack);
    // another outer context of the same turn gets its own
    const other = new DialogContext(set, context, { dialogStack: stack });
    expect(dialog.createChildContext(other)).not.toBe(inner);
    // a new instance of the component (ended and begun again) holds a new inner stack
    stack[0] = { id: COLLECTION_DIALOG, state: {} };
    const again = dialog.createChildContext(outer);
    expect(again).not.toBe(inner);
    expect(again.stack).toBe((stack[0].state as { dialogs: { dialogStack: unknown } }).dialogs.dialogStack);
    // no active instance: a throw-away inner context each time, as botbuilder makes
    stack.pop();
    expect(dialog.createChildContext(outer)).not.toBe(dialog.createChildContext(outer));
  });
});
