import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openMemoryDatabase, type Db } from '../../src/store/db.js';
import { startWalCheckpointer } from '../../src/store/walCheckpointer.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fileDb(): { db: Db; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wal-ckpt-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  dbs.push(db);
  return { db, file: db.name };
}

function writeRows(db: Db, count: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS ckpt_probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO ckpt_probe (body) VALUES (?)');
  for (let i = 0; i < count; i++) insert.run(`行 ${i} `.repeat(40));
}

async function until(condition: () => boolean, limitMs = 5000): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe('the WAL checkpointer', () => {
  it("leaves the service's connection only a backstop: its commits no longer checkpoint at 1,000 pages", async () => {
    const { db, file } = fileDb();
    const checkpointer = startWalCheckpointer(db, { intervalMs: 60_000, startDelayMs: 0 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    const before = statSync(file).size;
    writeRows(db, 1500); // far past the 1,000 pages SQLite would checkpoint at inside a commit
    expect(statSync(file).size).toBe(before);
    await checkpointer.stop();
  });

  it('copies committed pages into the database file from its own thread', async () => {
    const { db, file } = fileDb();
    const checkpointer = startWalCheckpointer(db, { intervalMs: 20, startDelayMs: 0 });
    const before = statSync(file).size;
    writeRows(db, 1500);
    expect(await until(() => statSync(file).size > before + 500_000)).toBe(true);
    await checkpointer.stop();
    expect(db.prepare('SELECT COUNT(*) AS n FROM ckpt_probe').get()).toEqual({ n: 1500 });
  });

  it('stops cleanly, and the service connection then closes and reopens with every row', async () => {
    const { db, file } = fileDb();
    const checkpointer = startWalCheckpointer(db, { intervalMs: 10, startDelayMs: 0 });
    writeRows(db, 200);
    await checkpointer.stop();
    await checkpointer.stop();
    db.close();
    const again = openDatabase(path.dirname(file));
    dbs.push(again);
    expect(again.prepare('SELECT COUNT(*) AS n FROM ckpt_probe').get()).toEqual({ n: 200 });
  });

  it('does nothing for an in-memory database', async () => {
    const db = openMemoryDatabase();
    dbs.push(db);
    const checkpointer = startWalCheckpointer(db);
    await checkpointer.stop();
    expect(db.open).toBe(true);
  });
});
