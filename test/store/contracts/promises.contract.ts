import { expect, it } from 'vitest';
import type { NewPromise } from '../../../src/store/promises.js';
import { account, type CoreBackend, seedAccounts } from '../../support/coreStores.js';

export function promise(
  promiseId: string,
  accountId: string,
  createdAt: string,
  over: Partial<NewPromise> = {},
) {
  return {
    promiseId,
    accountId,
    conversationId: `conv-${promiseId}`,
    amountCents: 321_000,
    currency: 'CNY',
    dueDate: '2026-12-15',
    words: '15号发工资全还',
    createdAt,
    ...over,
  } satisfies NewPromise;
}

/** The contract of `PromiseStore`, run against every backend. */
export function promisesContract(b: CoreBackend): void {
  it('records a promise and reads it back, active, by id and by account', async () => {
    await seedAccounts(b, account('A-1'));
    const { promises } = b.open();
    await promises.record(promise('PR-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    const stored = {
      ...promise('PR-1', 'A-1', '2026-12-05T01:00:00.000Z'),
      paidCents: 0,
      status: 'active',
      settledAt: undefined,
    };
    expect(await promises.get('PR-1')).toEqual(stored);
    expect(await promises.activeFor('A-1')).toEqual(stored);
    expect(await promises.listFor('A-1')).toEqual([stored]);
    expect(await promises.get('PR-9')).toBeUndefined();
    expect(await promises.activeFor('A-2')).toBeUndefined();
    expect(await promises.eventsFor('A-1')).toEqual([
      {
        subjectKind: 'promise',
        subjectId: 'PR-1',
        fromStatus: undefined,
        toStatus: 'active',
        cause: 'conversation:conv-PR-1',
        at: '2026-12-05T01:00:00.000Z',
      },
    ]);
  });

  it("supersedes the earlier active promise, settling it at the new one's time, with its event", async () => {
    await seedAccounts(b, account('A-1'), account('A-2'));
    const { promises } = b.open();
    await promises.record(promise('PR-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await promises.record(promise('PR-x', 'A-2', '2026-12-05T01:30:00.000Z'));
    await promises.record(promise('PR-2', 'A-1', '2026-12-05T02:00:00.000Z', { conversationId: undefined }));
    expect(await promises.get('PR-1')).toMatchObject({
      status: 'superseded',
      settledAt: '2026-12-05T02:00:00.000Z',
    });
    expect((await promises.activeFor('A-1'))?.promiseId).toBe('PR-2');
    expect((await promises.activeFor('A-2'))?.promiseId).toBe('PR-x');
    expect(
      (await promises.eventsFor('A-1')).map((e) => [e.subjectId, e.fromStatus, e.toStatus, e.cause]),
    ).toEqual([
      ['PR-1', undefined, 'active', 'conversation:conv-PR-1'],
      ['PR-1', 'active', 'superseded', 'superseded:PR-2'],
      ['PR-2', undefined, 'active', 'conversation:none'],
    ]);
  });

  it('supersedes a promise exactly once when several instances record promises for one account at once', async () => {
    await seedAccounts(b, account('A-1'));
    const ids = Array.from({ length: 8 }, (_, i) => `C-${i}`);
    await Promise.all(
      ids.map((id, i) => b.open().promises.record(promise(id, 'A-1', `2026-12-05T01:00:0${i}.000Z`))),
    );
    const { promises } = b.open();
    const all = await promises.listFor('A-1');
    expect(all.map((p) => p.status).filter((s) => s === 'active')).toHaveLength(1);
    const events = await promises.eventsFor('A-1');
    const superseded = events.filter((e) => e.toStatus === 'superseded').map((e) => e.subjectId);
    expect(superseded).toHaveLength(7);
    expect(new Set(superseded).size).toBe(7);
    expect(events.filter((e) => e.toStatus === 'active')).toHaveLength(8);
  });

  it('keeps what the person said as given (quotes, emoji, 4 KB), and refuses a zero amount', async () => {
    await seedAccounts(b, account('A-1'));
    const { promises } = b.open();
    const words = `"下周一"还 '一半' 😊 ${'很'.repeat(4000)}`;
    await promises.record(promise('PR-1', 'A-1', '2026-12-05T01:00:00.000Z', { words }));
    expect((await promises.get('PR-1'))?.words).toBe(words);
    await expect(
      promises.record(promise('PR-0', 'A-1', '2026-12-05T02:00:00.000Z', { amountCents: 0 })),
    ).rejects.toThrow();
    expect((await promises.activeFor('A-1'))?.promiseId).toBe('PR-1');
  });
}
