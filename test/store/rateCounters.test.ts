import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { PgRateCounters } from '../../src/store/pg/rateCounters.js';
import { SqliteRateCounters } from '../../src/store/rateCounters.js';
import { describePg } from '../support/postgres.js';
import { rateCountersContract } from './contracts/rateCounters.contract.js';

describe('shared rate-limit and sign-in counters on SQLite (the contract)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counters-contract-'));
  rateCountersContract(() => new SqliteRateCounters(openDatabase(dir)));
});

describePg('shared rate-limit and sign-in counters on PostgreSQL (the contract)', (pg) => {
  rateCountersContract(() => new PgRateCounters(pg.pool({ max: 3 })));
});
