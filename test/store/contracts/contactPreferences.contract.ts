import { expect, it } from 'vitest';
import { account, type CoreBackend, seedAccounts } from '../../support/coreStores.js';

const T1 = new Date('2026-12-05T01:00:00.000Z');
const T2 = new Date('2026-12-05T02:00:00.000Z');

/** The contract of `ContactPreferenceStore`, run against every backend. */
export function contactPreferencesContract(b: CoreBackend): void {
  it('honours a cease-contact request for the account from then on, and a repeat changes nothing', async () => {
    await seedAccounts(b, account('A-1'), account('A-2'));
    const { contacts } = b.open();
    expect(await contacts.hasCeased('A-1')).toBe(false);
    await contacts.ceaseContact('A-1', 'message:别再联系我', T1);
    await contacts.ceaseContact('A-1', 'wechat:unsubscribe', T2);
    expect(await contacts.hasCeased('A-1')).toBe(true);
    expect(await contacts.hasCeased('A-2')).toBe(false);
    expect(await contacts.hasCeased('nobody')).toBe(false);
  });

  it('ceases one channel address only, never the account or its other addresses', async () => {
    await seedAccounts(b, account('A-1'));
    const { contacts } = b.open();
    await contacts.ceaseAddress({ channelId: 'wechat', userId: 'openid-1' }, 'STOP', T1);
    await contacts.ceaseAddress({ channelId: 'wechat', userId: 'openid-1', accountId: 'A-1' }, 'STOP', T2);
    expect(await contacts.hasCeasedAddress('wechat', 'openid-1')).toBe(true);
    expect(await contacts.hasCeasedAddress('directline', 'openid-1')).toBe(false);
    expect(await contacts.hasCeasedAddress('wechat', 'openid-2')).toBe(false);
    expect(await contacts.hasCeased('A-1')).toBe(false);
  });

  it('takes the same request from several instances at once without an error', async () => {
    await seedAccounts(b, account('A-1'));
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => {
        const { contacts } = b.open();
        return Promise.all([
          contacts.ceaseContact('A-1', `s${i}`, T1),
          contacts.ceaseAddress({ channelId: 'wechat', userId: 'o-1' }, `s${i}`, T1),
        ]);
      }),
    );
    const { contacts } = b.open();
    expect([await contacts.hasCeased('A-1'), await contacts.hasCeasedAddress('wechat', 'o-1')]).toEqual([
      true,
      true,
    ]);
  });

  it('keeps a workplace restriction per account, apart from a cease, and a repeat changes nothing', async () => {
    await seedAccounts(b, account('A-1'), account('A-2'));
    const { contacts } = b.open();
    expect(await contacts.restrictionsOf('A-1')).toEqual([]);
    await contacts.restrictContact('A-1', 'workplace', 'chat:别往我单位打电话', T1);
    await contacts.restrictContact('A-1', 'workplace', 'chat:dont call my job', T2);
    expect(await contacts.restrictionsOf('A-1')).toEqual(['workplace']);
    expect(await contacts.restrictionsOf('A-2')).toEqual([]);
    expect(await contacts.hasCeased('A-1')).toBe(false);
  });
}
