import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { SqliteStorage } from '../../src/bot/sqliteStorage.js';
import { openDatabase } from '../../src/store/db.js';
import { PgStateStorage } from '../../src/store/pg/stateStorage.js';
import { describePg } from '../support/postgres.js';
import { stateStorageContract } from './contracts/stateStorage.contract.js';
import { systemClock } from '../../src/core/clock.js';

describe('conversation state on SQLite (the contract)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'state-contract-'));
  // Each instance opens its own connection to the same file, as separate processes would.
  stateStorageContract(() => new SqliteStorage(openDatabase(dir), systemClock));
});

describePg('conversation state on PostgreSQL (the contract)', (pg) => {
  stateStorageContract(() => new PgStateStorage(pg.pool({ max: 2 })));
});
