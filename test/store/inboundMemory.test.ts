import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { SqliteInboundMemory } from '../../src/store/inboundMemory.js';
import { PgInboundMemory } from '../../src/store/pg/inboundMemory.js';
import { describePg } from '../support/postgres.js';
import { inboundMemoryContract } from './contracts/inboundMemory.contract.js';

describe('inbound dedupe and nonce memory on SQLite (the contract)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'inbound-contract-'));
  inboundMemoryContract(() => new SqliteInboundMemory(openDatabase(dir)));
});

describePg('inbound dedupe and nonce memory on PostgreSQL (the contract)', (pg) => {
  inboundMemoryContract(() => new PgInboundMemory(pg.pool({ max: 2 })));
});
