import { describe, expect, it } from 'vitest';
import { VerificationDialog } from '../../src/dialogs/index.js';
import { DialogHarness } from '../support/dialogHarness.js';

const verification = (): DialogHarness => new DialogHarness({ dialog: (s) => new VerificationDialog(s) });

describe('the verification dialog', () => {
  it('asks for the last four ID digits when the message carries none, and says nothing of the account', async () => {
    const h = verification();
    const reply = await h.say('你好');
    expect(h.kindsSince(0)).toEqual(['ask_verification']);
    expect(reply).toContain('后四位');
    expect(reply).not.toMatch(/12,345\.67|1,234\.57/);
    expect(h.ended).toBeUndefined();
  });

  it('never asks for the digits in the same words twice in a row when the person sends no answer', async () => {
    const h = verification();
    const replies = [await h.say('?'), await h.say('??'), await h.say('你说话啊')];
    expect(replies[1]).not.toBe(replies[0]);
    expect(replies[2]).not.toBe(replies[1]);
    expect(replies[1]).toContain('后四位');
    expect(replies[1]).toContain('转人工');
  });

  it('ends verified, without a word of its own, when the digits match the holder', async () => {
    const h = verification();
    await h.say('我身份证后四位是1234');
    expect(h.ended).toEqual({ result: true });
    expect(h.state.verified).toBe(true);
    expect(h.acts).toEqual([]);
  });

  it('tells how many tries are left, then locks after the third wrong answer and asks a person to help', async () => {
    const h = verification();
    await h.say('0000');
    expect(h.acts.at(-1)).toEqual({ kind: 'verification_failed', attemptsLeft: 2 });
    await h.say('1111');
    await h.say('2222');
    expect(h.acts.at(-1)).toMatchObject({ kind: 'verification_locked', minutes: 30 });
    expect((await h.stores.escalations.listFor('dialog-demo-zh')).map((e) => e.reason)).toEqual([
      'verification_failed',
    ]);
    // While locked, even the right digits only hear the lock notice.
    await h.say('1234');
    expect(h.acts.at(-1)?.kind).toBe('verification_locked');
    expect(h.state.verified).toBe(false);
  });

  it('lets the holder verify once the lock has run out', async () => {
    const h = verification();
    for (const wrong of ['0000', '1111', '2222']) await h.say(wrong);
    h.clock.advance(31 * 60_000);
    await h.say('1234');
    expect(h.ended).toEqual({ result: true });
  });

  it('ends unverified and tells a third party nothing when the person says they are not the holder', async () => {
    const h = new DialogHarness({ dialog: (s) => new VerificationDialog(s), userId: 'demo-en' });
    const reply = await h.say("I'm not John, I'm his wife");
    expect(h.ended).toEqual({ result: false });
    expect(h.kindsSince(0)).toEqual(['third_party']);
    expect(reply).not.toMatch(/3,210|debt|overdue/i);
  });
});
