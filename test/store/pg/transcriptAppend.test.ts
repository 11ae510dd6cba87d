import { describe, expect, it } from 'vitest';
import { statementName } from '../../../src/store/pg/pool.js';
import {
  BATCH_INSERT_SQL,
  KNOWN_HEAD_CLAIMED_SQL,
  KNOWN_HEAD_SQL,
} from '../../../src/store/pg/transcriptAppend.js';

describe('the transcript append statements', () => {
  // A statement with `r.*` was left unnamed, so PostgreSQL parsed and planned every append
  // (about 0.3 ms of server CPU each, twice a turn); named, it is planned once per connection.
  it('are prepared once per connection: named, no star in them', () => {
    for (const sql of [KNOWN_HEAD_SQL, KNOWN_HEAD_CLAIMED_SQL, BATCH_INSERT_SQL]) {
      expect(sql).not.toMatch(/\.\*|SELECT \*/);
      expect(statementName(sql, [1])).toMatch(/^ca_[0-9a-f]{20}$/);
    }
  });
});
