import { describe, expect, it } from 'vitest';
import { DialogHarness } from '../support/dialogHarness.js';

describe('the recording escalator', () => {
  it('acknowledges every request for a person, but queues the conversation once per reason', async () => {
    const h = new DialogHarness();
    await h.say('转人工');
    await h.say('我要人工客服');
    expect(h.acts.filter((a) => a.kind === 'human_requested')).toHaveLength(2);
    const escalations = h.stores.escalations.listFor('dialog-demo-zh');
    expect(escalations.map((e) => e.reason)).toEqual(['requested']);
    expect(escalations[0]).toMatchObject({ accountId: 'A-1001', createdAt: '2026-11-28T02:00:00.000Z' });
  });

  it('answers a repeated request with where it stands, in other words than the first time', async () => {
    const h = new DialogHarness();
    const first = await h.say('转人工');
    const second = await h.say('转人工');
    expect(h.acts.filter((a) => a.kind === 'human_requested').map((a) => 'again' in a && a.again)).toEqual([
      false,
      true,
    ]);
    expect(second).not.toBe(first);
    expect(second).toContain('排队');
    expect(second).toContain('分钟');
    expect(h.stores.escalations.listFor('dialog-demo-zh')).toHaveLength(1);
  });

  it('writes a summary an agent can act on, without the account figures before verification', async () => {
    const h = new DialogHarness();
    await h.say('转人工');
    const [escalation] = h.stores.escalations.listFor('dialog-demo-zh');
    expect(escalation?.summary).toBeTruthy();
    expect(escalation?.summary).not.toMatch(/12,345\.67|1234567/);
  });
});
