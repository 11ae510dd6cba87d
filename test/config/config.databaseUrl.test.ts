import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'cfg-db-'));

describe('DATABASE_URL', () => {
  it('is absent by default (SQLite under DATA_DIR), also when empty', () => {
    expect(loadConfig({ DATA_DIR: tmp() }).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATA_DIR: tmp(), DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });

  it('takes postgres:// and postgresql:// URLs', () => {
    for (const url of ['postgres://app:pw@db:5432/c', 'postgresql://app@10.0.0.5/c?sslmode=verify-full']) {
      expect(loadConfig({ DATA_DIR: tmp(), DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it('names DATABASE_URL for anything else and never repeats the password', () => {
    for (const bad of [
      'mysql://app:hunter2@db/c',
      'db:5432',
      'postgres://',
      'sqlite:///data/x.db',
      'hunter2',
    ]) {
      let message = '';
      try {
        loadConfig({ DATA_DIR: tmp(), DATABASE_URL: bad });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, bad).toMatch(/^Invalid configuration: DATABASE_URL: /);
      expect(message).not.toContain('hunter2');
    }
  });
});
