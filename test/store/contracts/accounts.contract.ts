import { expect, it } from 'vitest';
import { ANY_CHANNEL } from '../../../src/store/accounts.js';
import { account, type CoreBackend } from '../../support/coreStores.js';

const T0 = new Date('2026-12-05T01:00:00.000Z');

/** The contract of `AccountStore`, run against every backend. */
export function accountsContract(b: CoreBackend): void {
  it('reads back every field of what was loaded, by id and by channel user, money in integer cents', async () => {
    const { accounts } = b.open();
    const big = account('A-1', { balanceCents: 9_007_199_254_740_991, dueDate: '2026-02-28' });
    await accounts.upsertMany([big, account('A-2', { locale: 'en', currency: 'USD' })], T0);
    expect(await accounts.get('A-1')).toEqual(big);
    const a2 = account('A-2', { locale: 'en', currency: 'USD' });
    expect(await accounts.findByChannelUser('u-A-2', a2.channel)).toEqual(a2);
    expect(await accounts.findByChannelUser('u-A-2', ANY_CHANNEL)).toEqual(a2);
    expect(await accounts.get('nobody')).toBeUndefined();
    expect(await accounts.findByChannelUser('nobody', ANY_CHANNEL)).toBeUndefined();
    expect(typeof (await accounts.get('A-1'))?.balanceCents).toBe('number');
  });

  it('binds an account by channel and user id: the same user id on another channel finds nothing (sec19)', async () => {
    const { accounts } = b.open();
    const wechat = account('A-7', { channel: 'wechat', channelUserId: 'oSameId' });
    await accounts.upsertMany([wechat], T0);
    expect(await accounts.findByChannelUser('oSameId', 'wechat')).toEqual(wechat);
    expect(await accounts.findByChannelUser('oSameId', 'directline')).toBeUndefined();
    expect(await accounts.findByChannelUser('oSameId', 'msteams')).toBeUndefined();
    expect(await accounts.findByChannelUser('oSameId', '')).toBeUndefined();
  });

  it('updates an account loaded again, and the last occurrence of one given twice wins', async () => {
    const { accounts } = b.open();
    await accounts.upsertMany([account('A-1')], T0);
    await accounts.upsertMany(
      [account('A-1', { balanceCents: 1 }), account('A-1', { balanceCents: 2, status: 'paid' })],
      T0,
    );
    expect(await accounts.get('A-1')).toMatchObject({ balanceCents: 2, status: 'paid' });
    expect(await accounts.list()).toHaveLength(1);
  });

  it('lists accounts by id in byte order (upper case before lower, digits before letters)', async () => {
    const { accounts } = b.open();
    const ids = ['b-2', 'B-10', 'a-1', 'A-1', '9', '账户-1'];
    await accounts.upsertMany(
      ids.map((id) => account(id)),
      T0,
    );
    expect((await accounts.list()).map((a) => a.accountId)).toEqual([
      '9',
      'A-1',
      'B-10',
      'a-1',
      'b-2',
      '账户-1',
    ]);
  });

  it('loads a batch all or nothing: one bad row leaves every other account as it was', async () => {
    const { accounts } = b.open();
    await accounts.upsertMany([account('A-1')], T0);
    const clash = account('A-3', { channelUserId: 'u-A-1' });
    await expect(accounts.upsertMany([account('A-2'), clash], T0)).rejects.toThrow();
    expect((await accounts.list()).map((a) => a.accountId)).toEqual(['A-1']);
  });

  it('loads a thousand accounts in one call, and two loads at once leave each account whole', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => account(`M-${String(i).padStart(4, '0')}`));
    const [x, y] = [b.open(), b.open()];
    await Promise.all([
      x.accounts.upsertMany(
        many.map((a) => ({ ...a, holderName: 'X', balanceCents: 1 })),
        T0,
      ),
      y.accounts.upsertMany(
        [...many].reverse().map((a) => ({ ...a, holderName: 'Y', balanceCents: 2 })),
        T0,
      ),
    ]);
    const all = await x.accounts.list();
    expect(all).toHaveLength(1200);
    const pairs = new Set(all.map((a) => `${a.holderName}:${a.balanceCents}`));
    expect([...pairs].every((p) => p === 'X:1' || p === 'Y:2')).toBe(true);
  });

  it('keeps hostile text intact (quotes, emoji, SQL) and an empty batch is nothing', async () => {
    const { accounts } = b.open();
    const odd = account("O'1", { holderName: `Robert'); DROP TABLE accounts; -- 😊 "引号"` });
    await accounts.upsertMany([odd], T0);
    await accounts.upsertMany([], T0);
    expect(await accounts.get("O'1")).toEqual(odd);
  });
}
