import { expect, it } from 'vitest';
import type { CoreBackend } from '../../support/coreStores.js';

const at = (minute: number): Date => new Date(Date.parse('2026-12-05T01:00:00.000Z') + minute * 60_000);

const ref = (
  conversationId: string,
  over: { channelId?: string; accountId?: string; serviceUrl?: string } = {},
) => ({
  conversationId,
  channelId: over.channelId ?? 'directline',
  userId: `u-${conversationId}`,
  accountId: over.accountId,
  reference: {
    conversation: { id: conversationId },
    serviceUrl: over.serviceUrl ?? 'https://dl.example/',
    user: { id: `u-${conversationId}`, name: '韩梅梅 "Meimei"' },
  },
});

/** The contract of `ConversationRefStore`, run against every backend. */
export function conversationRefsContract(b: CoreBackend): void {
  it('saves a reference and reads it back whole, with when the person last wrote', async () => {
    const { conversations } = b.open();
    await conversations.save(ref('c-1', { accountId: 'A-1' }), at(0), true);
    expect(await conversations.get('c-1')).toEqual({
      ...ref('c-1', { accountId: 'A-1' }),
      lastInboundAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
    });
    expect(await conversations.accountOf('c-1')).toBe('A-1');
    expect(await conversations.get('c-404')).toBeUndefined();
    expect(await conversations.accountOf('c-404')).toBeUndefined();
    await conversations.save(ref('c-2'), at(1), false);
    expect(await conversations.get('c-2')).toMatchObject({ lastInboundAt: undefined, accountId: undefined });
    expect(await conversations.accountOf('c-2')).toBeUndefined();
  });

  it('moves the last-inbound time only when the person writes, and keeps it through an outbound save', async () => {
    const { conversations } = b.open();
    await conversations.save(ref('c-1'), at(0), true);
    await conversations.save(ref('c-1'), at(5), true);
    expect(await conversations.get('c-1')).toMatchObject({
      lastInboundAt: at(5).toISOString(),
      updatedAt: at(5).toISOString(),
    });
    await conversations.save(ref('c-1', { serviceUrl: 'https://other/', accountId: 'A-1' }), at(6), false);
    expect(await conversations.get('c-1')).toMatchObject({
      lastInboundAt: at(5).toISOString(),
      updatedAt: at(6).toISOString(),
      accountId: 'A-1',
      reference: { serviceUrl: 'https://other/' },
    });
    // The same reference saved again with nothing new from the person is not a write.
    await conversations.save(ref('c-1', { serviceUrl: 'https://other/', accountId: 'A-1' }), at(8), false);
    expect((await conversations.get('c-1'))?.updatedAt).toBe(at(6).toISOString());
  });

  // Several instances share one database only on PostgreSQL. The SQLite store remembers its own
  // last write per conversation and skips an unchanged one, so a second store object on the same
  // file would keep the other's reference here (one process per SQLite file, so never in service).
  it.skipIf(b.name === 'sqlite')(
    'takes a reference another instance changed meanwhile, even when this one saved it before',
    async () => {
      const [x, y] = [b.open().conversations, b.open().conversations];
      await x.save(ref('c-1', { accountId: 'A-1' }), at(0), true);
      await y.save(ref('c-1', { accountId: 'A-2', serviceUrl: 'https://y/' }), at(1), true);
      await x.save(ref('c-1', { accountId: 'A-1' }), at(2), false);
      expect(await y.get('c-1')).toMatchObject({
        accountId: 'A-1',
        reference: { serviceUrl: 'https://dl.example/' },
      });
    },
  );

  it("finds the account's most recently used conversation, optionally on one channel", async () => {
    const { conversations } = b.open();
    await conversations.save(ref('c-wx', { accountId: 'A-1', channelId: 'wechat' }), at(0), true);
    await conversations.save(ref('c-dl', { accountId: 'A-1' }), at(3), true);
    await conversations.save(ref('c-other', { accountId: 'A-2' }), at(9), true);
    expect((await conversations.latestForAccount('A-1'))?.conversationId).toBe('c-dl');
    expect((await conversations.latestForAccount('A-1', 'wechat'))?.conversationId).toBe('c-wx');
    expect((await conversations.latestForAccount('A-1', ''))?.conversationId).toBe('c-dl');
    expect(await conversations.latestForAccount('A-1', 'sms')).toBeUndefined();
    expect(await conversations.latestForAccount('A-9')).toBeUndefined();
    await conversations.save(ref('c-wx', { accountId: 'A-1', channelId: 'wechat' }), at(10), true);
    expect((await conversations.latestForAccount('A-1'))?.conversationId).toBe('c-wx');
  });

  it('keeps a hostile reference intact (NUL inside JSON strings, deep nesting, quotes)', async () => {
    const { conversations } = b.open();
    let deep: Record<string, unknown> = { end: 'a\u0000b' };
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const r = { ...ref("c-'1"), reference: { deep, q: `'"\\ 😊` } };
    await conversations.save(r, at(0), false);
    expect((await conversations.get("c-'1"))?.reference).toEqual(r.reference);
  });

  it('writes a reference again when another writer changed the row since this store last wrote it (no stale memory)', async () => {
    const mine = b.open().conversations;
    const other = b.open().conversations;
    const first = ref('c-stale', { accountId: 'A-1', serviceUrl: 'https://first.example/' });
    await mine.save(first, at(0), true);
    await other.save(ref('c-stale', { accountId: 'A-2', serviceUrl: 'https://other.example/' }), at(1), true);
    await mine.save(first, at(2), false);
    expect(await other.get('c-stale')).toMatchObject({ accountId: 'A-1', reference: first.reference });
    await other.save(ref('c-stale', { accountId: 'A-2' }), at(3), false);
    await mine.save(first, at(4), true);
    expect(await other.get('c-stale')).toMatchObject({
      accountId: 'A-1',
      reference: first.reference,
      lastInboundAt: at(4).toISOString(),
    });
  });
}
