import { expect, it } from 'vitest';
import { account, type CoreBackend, seedAccounts } from '../../support/coreStores.js';

/** The contract of `DisputeStore`, run against every backend. */
export function disputesContract(b: CoreBackend): void {
  it('opens disputes, lists them oldest first, and an open one pauses collection until resolved', async () => {
    await seedAccounts(b, account('A-1'), account('A-2'));
    const { disputes } = b.open();
    expect(await disputes.hasOpen('A-1')).toBe(false);
    await disputes.open({
      disputeId: 'D-2',
      accountId: 'A-1',
      conversationId: undefined,
      text: '这笔消费不是我刷的',
      createdAt: '2026-12-05T02:00:00.000Z',
      kind: 'not_mine',
    });
    await disputes.open({
      disputeId: 'D-1',
      accountId: 'A-1',
      conversationId: 'c-1',
      text: 'wrong amount',
      createdAt: '2026-12-05T01:00:00.000Z',
    });
    expect(await disputes.hasOpen('A-1')).toBe(true);
    expect(await disputes.hasOpen('A-2')).toBe(false);
    expect(await disputes.listFor('A-1')).toEqual([
      {
        disputeId: 'D-1',
        accountId: 'A-1',
        conversationId: 'c-1',
        text: 'wrong amount',
        status: 'open',
        createdAt: '2026-12-05T01:00:00.000Z',
      },
      {
        disputeId: 'D-2',
        accountId: 'A-1',
        conversationId: undefined,
        text: '这笔消费不是我刷的',
        status: 'open',
        createdAt: '2026-12-05T02:00:00.000Z',
        kind: 'not_mine',
      },
    ]);
    await disputes.resolve('D-1', new Date('2026-12-06T00:00:00.000Z'));
    expect(await disputes.hasOpen('A-1')).toBe(true);
    await disputes.resolve('D-2', new Date('2026-12-06T00:00:00.000Z'));
    await disputes.resolve('D-404', new Date('2026-12-06T00:00:00.000Z'));
    expect(await disputes.hasOpen('A-1')).toBe(false);
    expect((await disputes.listFor('A-1')).map((d) => d.status)).toEqual(['resolved', 'resolved']);
  });

  // sec15: a payment claim or dispute keeps the person's words; an ID or SSN typed in them was
  // stored in clear in `disputes.text` (only the transcript was masked).
  it("stores the person's words with typed ID, SSN and card numbers masked", async () => {
    await seedAccounts(b, account('A-1'));
    const { disputes } = b.open();
    await disputes.open({
      disputeId: 'D-9',
      accountId: 'A-1',
      conversationId: 'c-9',
      text: '我转了1300，身份证1101 0519 9001 0112 34，ssn 123456789，卡 6222020200112233445',
      createdAt: '2026-12-05T01:00:00.000Z',
      kind: 'payment_claim',
    });
    const [stored] = await disputes.listFor('A-1');
    expect(stored?.text).toContain('我转了1300');
    for (const clear of ['0519', '9001', '12345', '622202', '0112 34'])
      expect(stored?.text).not.toContain(clear);
  });

  it('refuses a dispute for an unknown account or with an id already used', async () => {
    await seedAccounts(b, account('A-1'));
    const { disputes } = b.open();
    const d = {
      disputeId: 'D-1',
      accountId: 'A-1',
      conversationId: undefined,
      text: 't',
      createdAt: '2026-12-05T01:00:00.000Z',
    };
    await disputes.open(d);
    await expect(disputes.open(d)).rejects.toThrow();
    await expect(disputes.open({ ...d, disputeId: 'D-2', accountId: 'nobody' })).rejects.toThrow();
    expect(await disputes.listFor('A-1')).toHaveLength(1);
  });

  it('keeps hostile text: quotes, SQL, emoji and a NUL do not fail the write', async () => {
    await seedAccounts(b, account('A-1'));
    const { disputes } = b.open();
    const text = `'); DELETE FROM disputes; -- "不是我" 😊 a\u0000b`;
    await disputes.open({
      disputeId: 'D-1',
      accountId: 'A-1',
      conversationId: undefined,
      text,
      createdAt: '2026-12-05T01:00:00.000Z',
    });
    const back = (await disputes.listFor('A-1'))[0]?.text;
    // SQLite keeps the NUL; PostgreSQL TEXT cannot, so it keeps U+FFFD in its place.
    expect(back).toBe(b.name === 'sqlite' ? text : text.replace('\u0000', '\uFFFD'));
  });
}
