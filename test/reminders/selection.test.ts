import { describe, expect, it } from 'vitest';
import { decisionLine } from '../../src/reminders/cli.js';
import { at, converse, NEW_YORK, service, SHANGHAI, world } from './fixtures.js';

const lines = async (s: ReturnType<typeof service>, iso: string, explain = false) =>
  (explain ? await s.explain(at(iso)) : await s.due(at(iso))).map((d) => decisionLine(d, explain));

describe('which reminders are due, in each person’s own time zone', () => {
  it('lists the Shanghai reminder at 08:00 Shanghai time, when it is still the 27th in New York', async () => {
    const w = world();
    await converse(w, 'S-1');
    expect(await lines(service(w), '2026-11-28T00:00:00Z')).toEqual([
      { account: 'S-1', kind: 'due+7', channel: 'directline', reachable: true },
    ]);
  });

  it('holds the Shanghai reminder at 07:59 Shanghai time (quiet hours)', async () => {
    const w = world();
    expect(await lines(service(w), '2026-11-27T23:59:00Z', true)).toEqual([
      {
        account: 'S-1',
        kind: 'due+7',
        channel: 'directline',
        reachable: false,
        localDate: '2026-11-28',
        due: false,
        heldBy: 'quiet_hours',
        detail: '07:59 local time is outside 08:00–21:00',
      },
    ]);
  });

  it('at 13:00 UTC closes Shanghai’s window (21:00, exclusive) and opens New York’s (08:00, inclusive)', async () => {
    const w = world();
    const s = service(w);
    expect(await lines(s, '2026-11-28T13:00:00Z')).toEqual([
      { account: 'N-1', kind: 'due', channel: 'directline', reachable: false },
    ]);
    expect((await lines(s, '2026-11-28T13:00:00Z', true)).find((l) => l.account === 'S-1')).toMatchObject({
      due: false,
      heldBy: 'quiet_hours',
      detail: '21:00 local time is outside 08:00–21:00',
    });
  });

  it('gives New York its own calendar day: nothing at 23:59 on the 27th, the due-day reminder from 00:00 on the 28th', async () => {
    const w = world([NEW_YORK]);
    const s = service(w);
    expect(await s.explain(at('2026-11-28T04:59:00Z'))).toEqual([]);
    expect(await lines(s, '2026-11-28T05:00:00Z', true)).toEqual([
      expect.objectContaining({
        account: 'N-1',
        kind: 'due',
        localDate: '2026-11-28',
        heldBy: 'quiet_hours',
      }),
    ]);
  });

  it('depends only on the stored dates and the instant: the same question gives the same answer later', async () => {
    const w = world();
    const s = service(w);
    const first = await lines(s, '2026-11-28T03:00:00Z', true);
    w.clock.advance(3 * 86_400_000);
    expect(await lines(s, '2026-11-28T03:00:00Z', true)).toEqual(first);
  });

  it('lists nothing on a day the schedule skips (due+8)', async () => {
    const w = world([SHANGHAI]);
    expect(await service(w).explain(at('2026-11-29T03:00:00Z'))).toEqual([]);
  });
});

describe('rules that hold a reminder back', () => {
  const noon = '2026-11-28T04:00:00Z'; // 12:00 in Shanghai

  it('holds it for a paid account', async () => {
    const w = world([{ ...SHANGHAI, balanceCents: 0, minimumDueCents: 0, status: 'paid' }]);
    expect((await lines(service(w), noon, true))[0]).toMatchObject({ due: false, heldBy: 'paid' });
  });

  it('holds it once the person asked to stop', async () => {
    const w = world([SHANGHAI]);
    await w.stores.contacts.ceaseContact('S-1', 'chat', w.clock.now());
    expect((await lines(service(w), noon, true))[0]).toMatchObject({ due: false, heldBy: 'cease_contact' });
  });

  it('holds it for a workplace channel once the person asked not to be contacted at work, never a chat (conv15)', async () => {
    const chat = world([SHANGHAI]);
    await chat.stores.contacts.restrictContact('S-1', 'workplace', 'chat', chat.clock.now());
    expect((await lines(service(chat), noon, true))[0]).toMatchObject({ due: true });
    const work = world([{ ...SHANGHAI, channel: 'workplace-phone' }]);
    expect((await lines(service(work), noon, true))[0]).toMatchObject({ due: true });
    await work.stores.contacts.restrictContact('S-1', 'workplace', 'chat', work.clock.now());
    expect((await lines(service(work), noon, true))[0]).toMatchObject({
      due: false,
      heldBy: 'workplace_restricted',
    });
  });

  it('holds it while a dispute is open and lets it go once the dispute is resolved', async () => {
    const w = world([SHANGHAI]);
    await w.stores.disputes.open({
      disputeId: 'D-1',
      accountId: 'S-1',
      conversationId: undefined,
      text: 'not my charge',
      createdAt: noon,
    });
    const s = service(w);
    expect((await lines(s, noon, true))[0]).toMatchObject({ due: false, heldBy: 'dispute_open' });
    await w.stores.disputes.resolve('D-1', at(noon));
    expect(await lines(s, noon)).toEqual([
      { account: 'S-1', kind: 'due+7', channel: 'directline', reachable: false },
    ]);
  });

  it('holds it while an agent has accepted the escalation of the person’s conversation', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    w.db
      .prepare(
        `INSERT INTO escalations (escalation_id, conversation_id, account_id, reason, priority, summary, status, created_at)
        VALUES ('E-1', 'conv-S-1', NULL, 'requested', 1, 'asked for a person', 'accepted', ?)`,
      )
      .run(noon);
    expect((await lines(service(w), noon, true))[0]).toMatchObject({ due: false, heldBy: 'human_handling' });
  });

  it('asks the injected handoff check, not only the escalations table', async () => {
    const w = world([SHANGHAI]);
    const asked: string[] = [];
    const s = service(w, {
      isHandledByHuman: async (id) => {
        asked.push(id);
        return true;
      },
    });
    expect((await lines(s, noon, true))[0]).toMatchObject({ heldBy: 'human_handling' });
    expect(asked).toEqual(['S-1']);
  });

  it('uses the person’s conversation channel and says whether one exists', async () => {
    const w = world([SHANGHAI]);
    const s = service(w);
    expect(await lines(s, noon)).toEqual([
      { account: 'S-1', kind: 'due+7', channel: 'directline', reachable: false },
    ]);
    await w.stores.conversations.save(
      { conversationId: 'wx-1', channelId: 'wechat', userId: 'openid-1', accountId: 'S-1', reference: {} },
      at(noon),
      true,
    );
    expect(await lines(s, noon)).toEqual([
      { account: 'S-1', kind: 'due+7', channel: 'wechat', reachable: true },
    ]);
  });
});
