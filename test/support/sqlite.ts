import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, openMemoryDatabase, type Db } from '../../src/store/db.js';

/**
 * Migrated SQLite databases without running every migration each time: the schema is migrated
 * once per test worker, then copied (an in-memory image, or a file in a fresh data directory).
 */
let memoryImage: Buffer | undefined;
let fileImage: string | undefined;

/** A fresh in-memory database with the full schema, as `openMemoryDatabase()` gives. */
export function migratedMemoryDatabase(): Db {
  if (!memoryImage) {
    const db = openMemoryDatabase();
    memoryImage = db.serialize();
    db.close();
  }
  const db = new Database(memoryImage);
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * A fresh data directory holding an already migrated `collections.db` (mode 0600, as the
 * service creates it), for an app or a store opened with `openDatabase(dir)`.
 */
export function migratedDataDir(prefix = 'collections-'): string {
  if (!fileImage) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'collections-template-'));
    const db = openDatabase(dir);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    fileImage = path.join(dir, 'collections.db');
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = path.join(dir, 'collections.db');
  copyFileSync(fileImage, file);
  chmodSync(file, 0o600);
  return dir;
}
