import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PgHandoffStore } from '../../src/handoff/pgHandoffStore.js';
import { SqliteHandoffStore } from '../../src/handoff/sqliteHandoffStore.js';
import { openDatabase } from '../../src/store/db.js';
import { createPgPool } from '../../src/store/pg/pool.js';
import { StoreUnavailableError } from '../../src/store/storeErrors.js';
import { asyncView } from '../support/asyncView.js';
import { describePg } from '../support/postgres.js';
import { handoffStoreContract } from './handoffStore.contract.js';

describe('the handoff queue on SQLite (the contract)', () => {
  let dir = '';
  handoffStoreContract({
    reset: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'handoff-contract-'));
    },
    open: () => asyncView(new SqliteHandoffStore(openDatabase(dir))),
  });
});

describePg('the handoff queue on PostgreSQL (the contract)', (pg) => {
  handoffStoreContract({
    reset: async () => {
      await pg.pool({ max: 1 }).query('TRUNCATE handoff_messages, handoffs RESTART IDENTITY');
    },
    open: () => new PgHandoffStore(pg.pool({ max: 3 })),
  });
});

describe('the handoff queue on an unreachable PostgreSQL', () => {
  it('answers store_unavailable instead of crashing', async () => {
    const pool = createPgPool({ url: 'postgresql://u:pw@127.0.0.1:1/x', connectTimeoutMs: 500 });
    const store = new PgHandoffStore(pool);
    await expect(store.queued()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.appendMessage('H-1', 'person', 'hi', new Date())).rejects.toMatchObject({
      code: 'store_unavailable',
    });
    await pool.end();
  });
});
