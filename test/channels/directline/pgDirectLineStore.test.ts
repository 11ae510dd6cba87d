import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteDirectLineStore } from '../../../src/channels/directline/directLineStore.js';
import { PgDirectLineStore } from '../../../src/channels/directline/pgDirectLineStore.js';
import { openDatabase } from '../../../src/store/db.js';
import { createPgPool } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { toPlainActivity } from '../../../src/store/transcripts/chain.js';
import { asyncView } from '../../support/asyncView.js';
import { describePg } from '../../support/postgres.js';
import { directLineStoreContract } from './directLineStore.contract.js';

const T0 = new Date('2026-12-05T03:00:00.000Z');

describe('the Direct Line store on SQLite (the contract)', () => {
  let dir = '';
  directLineStoreContract({
    reset: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'directline-contract-'));
    },
    open: () => asyncView(new SqliteDirectLineStore(openDatabase(dir))),
  });
});

describePg('the Direct Line store on PostgreSQL (the contract)', (pg) => {
  directLineStoreContract({
    reset: async () => {
      await pg.pool({ max: 1 }).query('TRUNCATE directline_activities, directline_conversations');
    },
    open: () => new PgDirectLineStore(pg.pool({ max: 3 })),
  });
});

describePg('the Direct Line store on PostgreSQL with the transcript written ahead', (pg) => {
  it('records what a person sends in the same transaction, and stores neither when the transcript refuses', async () => {
    const pool = pg.pool();
    const transcripts = new PgTranscriptStore(pool);
    const store = new PgDirectLineStore(pool, async (client, activity, person) => {
      await transcripts.appendAllIn(client, [{ activity: toPlainActivity(activity), meta: person }], T0);
    });
    const c = (await store.conversationForUser('dl_u', T0)).conversationId;
    const sent =
      (text: string, conversationId = c) =>
      (id: string) => ({
        type: 'message' as const,
        id,
        text,
        channelId: 'directline',
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'dl_u', name: 'u', role: 'user' },
      });
    await store.append(c, T0, sent('我这个月工资晚发，能晚几天还吗？'), { accountId: 'ACC-1' });
    await store.append(c, T0, (id) => ({
      ...sent('bot')(id),
      from: { id: 'bot', name: 'bot', role: 'bot' },
    }));
    const records = await transcripts.getRecords(c);
    expect(records.map((r) => [r.activity.text, r.accountId])).toEqual([
      ['我这个月工资晚发，能晚几天还吗？', 'ACC-1'],
    ]);
    // An activity the transcript cannot chain (no conversation id) is not stored for the channel either.
    await expect(
      store.append(c, T0, (id) => ({ ...sent('lost')(id), conversation: undefined })),
    ).rejects.toThrow(/conversation\.id/);
    expect(await store.latestWatermark(c)).toBe(2);
  });
});

describe('the Direct Line store on an unreachable PostgreSQL', () => {
  it('answers store_unavailable for reads and appends, never a crash', async () => {
    const pool = createPgPool({ url: 'postgresql://u:pw@127.0.0.1:1/x', connectTimeoutMs: 300 });
    const store = new PgDirectLineStore(pool);
    await expect(store.conversationForUser('dl_u', T0)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.append('dl-x', T0, (id) => ({ type: 'message', id }))).rejects.toMatchObject({
      code: 'store_unavailable',
    });
    await expect(store.after('dl-x', 0, 10)).rejects.toMatchObject({ code: 'store_unavailable' });
    await pool.end();
  });
});
