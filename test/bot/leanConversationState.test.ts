import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { LeanConversationState } from '../../src/bot/leanConversationState.js';
import { SqliteStorage } from '../../src/bot/sqliteStorage.js';
import { systemClock } from '../../src/core/clock.js';
import { openMemoryDatabase } from '../../src/store/db.js';

/** MemoryStorage that counts writes and can hold one write until released. */
class CountingStorage extends MemoryStorage {
  writes: StoreItems[] = [];
  hold: Promise<void> | undefined;

  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    if (this.hold) await this.hold;
    await super.write(changes);
  }
}

function turn(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' },
    from: { id: 'u1', name: 'u' },
    text: 'hi',
  });
}

describe('conversation state with the cheaper change check', () => {
  it('writes a changed state once and an unchanged one never', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const counter = state.createProperty<{ n: number }>('counter');

    const first = turn();
    (await counter.get(first, { n: 0 })).n = 1;
    await state.saveChanges(first);
    await state.saveChanges(first);
    expect(storage.writes).toHaveLength(1);

    const second = turn();
    expect((await counter.get(second))?.n).toBe(1);
    await state.saveChanges(second);
    expect(storage.writes).toHaveLength(1);
    await state.saveChanges(second, true);
    expect(storage.writes).toHaveLength(2);
  });

  it('does not take a change made while the write was in flight as saved', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const counter = state.createProperty<{ n: number }>('counter');
    const context = turn();
    const value = await counter.get(context, { n: 0 });
    value.n = 1;
    let release = (): void => {};
    storage.hold = new Promise((resolve) => (release = resolve));
    const saving = state.saveChanges(context);
    value.n = 2;
    release();
    await saving;
    storage.hold = undefined;
    await state.saveChanges(context);

    expect(storage.writes).toHaveLength(2);
    expect((await counter.get(turn()))?.n).toBe(2);
  });

  it('keeps clear, delete, get and a forced reload working as botbuilder has them', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const counter = state.createProperty<{ n: number }>('counter');
    const context = turn();
    (await counter.get(context, { n: 0 })).n = 5;
    await state.saveChanges(context);
    expect(state.get(context)).toMatchObject({ counter: { n: 5 } });

    await state.clear(context);
    await state.saveChanges(context);
    expect(storage.writes).toHaveLength(2);
    expect(await counter.get(turn())).toBeUndefined();

    const other = turn();
    (await counter.get(other, { n: 0 })).n = 7;
    await state.saveChanges(other);
    await state.load(context, true);
    expect((await counter.get(context))?.n).toBe(7);

    await state.delete(context);
    expect(state.get(context)).toBeUndefined();
    expect(await counter.get(turn())).toBeUndefined();
  });

  it('still notices a change JSON cannot write (a cycle) and hands it to the storage, which refuses it', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const context = turn();
    const loaded = await state.load(context);
    const node: Record<string, unknown> = { name: 'a' };
    node.self = node;
    loaded.graph = node;
    await expect(state.saveChanges(context)).rejects.toThrow();
    expect(storage.writes).toHaveLength(0);
  });

  it('on SQLite, stores the JSON it judged, skips an unchanged turn, and writes a later change next time', async () => {
    const db = openMemoryDatabase();
    const state = new LeanConversationState(new SqliteStorage(db, systemClock));
    const counter = state.createProperty<{ n: number; note?: string }>('counter');
    const row = (): { etag: string; value: string } =>
      db.prepare('SELECT etag, value FROM bot_state').get() as { etag: string; value: string };

    const first = turn();
    const value = await counter.get(first, { n: 0 });
    value.n = 1;
    const saving = state.saveChanges(first);
    value.note = 'changed before the group was written';
    await saving;
    expect(JSON.parse(row().value)).toEqual({ counter: { n: 1 } });
    await state.saveChanges(first);
    expect(JSON.parse(row().value)).toEqual({
      counter: { n: 1, note: 'changed before the group was written' },
    });

    const etag = row().etag;
    const second = turn();
    expect(await counter.get(second)).toEqual({ n: 1, note: 'changed before the group was written' });
    await state.saveChanges(second);
    expect(row().etag).toBe(etag);
  });

  it('writes an item read from SQLite and changed by another writer as it is now, not as read', async () => {
    const storage = new SqliteStorage(openMemoryDatabase(), systemClock);
    await storage.write({ k: { counter: { n: 1 } } });
    const read = await storage.read(['k']);
    const item = read.k as { counter: { n: number } };
    item.counter.n = 2;
    await storage.write({ k: item });
    expect((await storage.read(['k'])).k).toMatchObject({ counter: { n: 2 } });
  });
});
