import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { beginTurn, newCaseState } from '../../src/dialogs/index.js';
import { turnCare } from '../../src/dialogs/care.js';
import { assessCare } from '../../src/language/offline/care/index.js';
import { careReadingOf } from '../../src/language/offline/care/careReading.js';
import { understandOffline } from '../../src/language/offline/understandOffline.js';

const ctx = { now: new Date('2026-03-02T10:00:00Z'), timeZone: 'Asia/Shanghai' };

/** The turn's care reading, with the turn's understanding set as the bot sets it. */
async function careOf(
  text: string,
  options: { bereaved?: boolean; understood?: string } = {},
): Promise<{ care: unknown; noted: unknown }> {
  let out: { care: unknown; noted: unknown } = { care: undefined, noted: undefined };
  await new TestAdapter().processActivity({ type: 'message', text }, async (context) => {
    const state = newCaseState('zh-CN');
    if (options.bereaved) state.hardships = ['bereavement'];
    const turn = beginTurn(context, { case: state, account: undefined, startedAt: 0, deadlineMs: 1 });
    turn.understanding = understandOffline(options.understood ?? text, ctx);
    const noted = careReadingOf(turn.understanding, options.understood ?? text);
    out = { care: turnCare(context), noted };
  });
  return out;
}

describe("turnCare and the understanding's reading (issue 19 item 5)", () => {
  it("takes the understanding's reading, the same verdict as reading the message again", async () => {
    for (const text of ['我想去找我妈了', '还不上我就只能从楼上跳下去了', '每个月只能还2000', '确认']) {
      const { care, noted } = await careOf(text);
      expect(noted, text).toBeDefined();
      expect(care, text).toBe(noted);
      expect(care, text).toEqual(assessCare(text, { bereaved: false }));
    }
  });

  it('reads the message again with what the conversation knows (a death told earlier)', async () => {
    const text = '我想去找我妈了';
    const { care, noted } = await careOf(text, { bereaved: true });
    expect(care).not.toBe(noted);
    expect(care).toEqual(assessCare(text, { bereaved: true }));
    expect(care).not.toEqual(assessCare(text, { bereaved: false }));
  });

  it('does not take a reading of another text', async () => {
    const { care } = await careOf('我撑不下去了', { understood: '你好' });
    expect(care).toEqual(assessCare('我撑不下去了'));
  });
});
