import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountStoreFor } from '../../src/store/accountStoreFor.js';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '../../src/store/demoAccounts.js';
import { describePg } from '../support/postgres.js';

const now = new Date('2026-12-05T08:00:00Z');
const demo = DEMO_ACCOUNTS[0];

describe('accountStoreFor on SQLite (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'accounts-for-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('opens the accounts under DATA_DIR, and a second opening sees what the first wrote', async () => {
    const first = accountStoreFor({ DATABASE_URL: undefined, dataDir });
    await seedDemoAccounts(first.store, now);
    await first.close();
    const second = accountStoreFor({ DATABASE_URL: undefined, dataDir });
    expect((await second.store.list()).length).toBe(DEMO_ACCOUNTS.length);
    await second.close();
  });
});

describePg('accountStoreFor on PostgreSQL (DATABASE_URL)', (pg) => {
  it('reads the service database, not a SQLite file', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'accounts-for-pg-'));
    try {
      const writer = accountStoreFor({ DATABASE_URL: pg.url, dataDir });
      await seedDemoAccounts(writer.store, now);
      await writer.close();
      const reader = accountStoreFor({ DATABASE_URL: pg.url, dataDir });
      const found = demo ? await reader.store.findByChannelUser(demo.channelUserId, demo.channel) : undefined;
      expect(found?.accountId).toBe(demo?.accountId);
      await reader.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
