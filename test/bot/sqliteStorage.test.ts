import { describe, expect, it } from 'vitest';
import { ETagConflictError, SqliteStorage } from '../../src/bot/sqliteStorage.js';
import { ManualClock, systemClock } from '../../src/core/clock.js';
import { openMemoryDatabase } from '../../src/store/db.js';

describe('SqliteStorage (botbuilder Storage contract)', () => {
  it('reads back what it wrote, with a fresh eTag', async () => {
    const storage = new SqliteStorage(openMemoryDatabase(), systemClock);
    await storage.write({ a: { n: 1 } });
    const items = await storage.read(['a', 'missing']);
    expect(items.a).toMatchObject({ n: 1 });
    expect(typeof items.a?.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  it('reads an item as its stored JSON with the eTag as its last key, whatever shape was stored', async () => {
    const db = openMemoryDatabase();
    const storage = new SqliteStorage(db, systemClock);
    await storage.write({ a: { z: 1, b: { c: [1, 2] }, __hist: ['x'] } });
    const insert = db.prepare("INSERT INTO bot_state (key, etag, value, updated_at) VALUES (?, 'e1', ?, '')");
    insert.run('list', '[1,2]');
    insert.run('proto', '{"__proto__":{"p":1},"n":1}');
    const items = await storage.read(['a', 'list', 'proto']);
    expect(Object.keys(items.a as object)).toEqual(['z', 'b', '__hist', 'eTag']);
    expect(items.a).toEqual({
      z: 1,
      b: { c: [1, 2] },
      __hist: ['x'],
      eTag: (items.a as { eTag: string }).eTag,
    });
    expect(items.list).toEqual({ 0: 1, 1: 2, eTag: 'e1' });
    expect(Object.getPrototypeOf(items.proto)).toBe(Object.prototype);
    expect(JSON.stringify(items.proto)).toBe('{"__proto__":{"p":1},"n":1,"eTag":"e1"}');
  });

  it('refuses a stale write with the eTag conflict error', async () => {
    const storage = new SqliteStorage(openMemoryDatabase(), systemClock);
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(['a'])).a as { eTag: string; n: number };
    await storage.write({ a: { ...first, n: 2 } });
    await expect(storage.write({ a: { ...first, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['a'])).a).toMatchObject({ n: 2 });
  });

  it('overwrites with eTag "*" or without an eTag', async () => {
    const storage = new SqliteStorage(openMemoryDatabase(), systemClock);
    await storage.write({ a: { n: 1 } });
    await storage.write({ a: { n: 2, eTag: '*' } });
    await storage.write({ a: { n: 3 } });
    expect((await storage.read(['a'])).a).toMatchObject({ n: 3 });
  });

  it('writes nothing of a batch when one item conflicts', async () => {
    const storage = new SqliteStorage(openMemoryDatabase(), systemClock);
    await storage.write({ a: { n: 1 } });
    await expect(storage.write({ b: { n: 1 }, a: { n: 2, eTag: 'stale' } })).rejects.toThrow(/eTag/);
    expect((await storage.read(['b'])).b).toBeUndefined();
  });

  it('deletes', async () => {
    const storage = new SqliteStorage(openMemoryDatabase(), systemClock);
    await storage.write({ a: { n: 1 } });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });

  it('stamps what it writes with the injected clock', async () => {
    const db = openMemoryDatabase();
    const storage = new SqliteStorage(db, new ManualClock('2026-12-01T09:30:00Z'));
    await storage.write({ k: { n: 1 } });
    const row = db.prepare('SELECT updated_at FROM bot_state WHERE key = ?').get('k');
    expect(row).toEqual({ updated_at: '2026-12-01T09:30:00.000Z' });
  });
});
