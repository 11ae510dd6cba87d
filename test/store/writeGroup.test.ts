import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../src/store/db.js';
import { SqliteWriteGroup } from '../../src/store/writeGroup.js';

function table() {
  const db = openMemoryDatabase();
  db.exec('CREATE TABLE notes (k TEXT PRIMARY KEY, v TEXT)');
  const put = db.prepare('INSERT INTO notes (k, v) VALUES (?, ?)');
  const all = (): unknown[] => db.prepare('SELECT k, v FROM notes ORDER BY k').all();
  return { db, put, all };
}

describe('the SQLite write group', () => {
  it('writes the writes of one event-loop turn in one transaction, each settled after it committed', async () => {
    const { db, put, all } = table();
    const group = new SqliteWriteGroup(db);
    const a = group.run(() => put.run('甲', '一').changes);
    const b = group.run(() => put.run('乙', '二').changes);
    expect(all()).toEqual([]);
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(all()).toEqual([
      { k: '乙', v: '二' },
      { k: '甲', v: '一' },
    ]);
  });

  it('undoes and rejects only the write that threw; the others of its turn are kept', async () => {
    const { db, put, all } = table();
    const group = new SqliteWriteGroup(db);
    const outcomes = await Promise.allSettled([
      group.run(() => put.run('a', '1')),
      group.run(() => {
        put.run('b', '2');
        throw new Error('eTag conflict');
      }),
      group.run(() => put.run('c', '3')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(all()).toEqual([
      { k: 'a', v: '1' },
      { k: 'c', v: '3' },
    ]);
  });

  it('runs an atomic write without a savepoint of its own, and it still fails alone', async () => {
    const { db, put, all } = table();
    const group = new SqliteWriteGroup(db);
    // A statement that fails (the key exists) and a transaction function that throws after its
    // first insert: neither leaves anything, the writes around them stand.
    const both = db.transaction(() => {
      put.run('d', '4');
      throw new Error('eTag conflict');
    });
    const outcomes = await Promise.allSettled([
      group.run(() => put.run('a', '1'), { atomic: true }),
      group.run(() => put.run('a', 'again'), { atomic: true }),
      group.run(() => both(), { atomic: true }),
      group.run(() => put.run('c', '3'), { atomic: true }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(all()).toEqual([
      { k: 'a', v: '1' },
      { k: 'c', v: '3' },
    ]);
  });

  it('writes at once when more writes wait than its bound, and at once inside a caller’s transaction', async () => {
    const { db, put, all } = table();
    const group = new SqliteWriteGroup(db, 3);
    const writes = ['1', '2', '3'].map((k) => group.run(() => put.run(k, k)));
    expect(all()).toHaveLength(3);
    await Promise.all(writes);
    db.transaction(() => void group.run(() => put.run('4', '4')))();
    expect(all()).toHaveLength(4);
  });

  it('rejects every write of the turn when the transaction cannot be written', async () => {
    const { db, put } = table();
    const group = new SqliteWriteGroup(db);
    const write = group.run(() => put.run('x', 'y'));
    db.close();
    await expect(write).rejects.toThrow(/not open/);
  });
});
