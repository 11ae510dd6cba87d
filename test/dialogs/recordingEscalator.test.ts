import { describe, expect, it } from 'vitest';
import { DialogHarness } from '../support/dialogHarness.js';

describe('the recording escalator', () => {
  it('acknowledges every request for a person, but queues the conversation once per reason', async () => {
    const h = new DialogHarness();
    await h.say('转人工');
    await h.say('我要人工客服');
    expect(h.acts.filter((a) => a.kind === 'human_requested')).toHaveLength(2);
    const escalations = await h.stores.escalations.listFor('dialog-demo-zh');
    expect(escalations.map((e) => e.reason)).toEqual(['requested']);
    expect(escalations[0]).toMatchObject({ accountId: 'A-1001', createdAt: '2026-11-28T02:00:00.000Z' });
  });

  it('answers a repeated request with where it stands, never twice in the same words', async () => {
    const h = new DialogHarness();
    const replies = [
      await h.say('转人工'),
      await h.say('转人工'),
      await h.say('转人工'),
      await h.say('人工'),
    ];
    const acts = h.acts.filter((a) => a.kind === 'human_requested');
    expect(acts.map((a) => ('again' in a ? a.again : 0))).toEqual([0, 1, 2, 1]);
    for (let i = 1; i < replies.length; i += 1) expect(replies[i]).not.toBe(replies[i - 1]);
    expect(replies[1]).toContain('排队');
    expect(replies[1]).toContain('分钟');
    expect(await h.stores.escalations.listFor('dialog-demo-zh')).toHaveLength(1);
  });

  it('writes a summary an agent can act on, without the account figures before verification', async () => {
    const h = new DialogHarness();
    await h.say('转人工');
    const [escalation] = await h.stores.escalations.listFor('dialog-demo-zh');
    expect(escalation?.summary).toBeTruthy();
    expect(escalation?.summary).not.toMatch(/12,345\.67|1234567/);
  });
});
