import { expect, it } from 'vitest';
import { openPgBackendParts } from '../../src/bot/pgBackend.js';
import { ManualClock } from '../../src/core/clock.js';
import { StoreUnavailableError } from '../../src/store/storeErrors.js';
import { describePg } from '../support/postgres.js';
import { freePort } from '../support/service.js';

const settings = { PG_POOL_MAX: 4, TURN_LOCK_WAIT_MS: 2000, TURN_LOCK_CONNECTIONS: 2, linkSecret: 'pg-backend-test-secret' };

describePg('the PostgreSQL backend parts on one database', (pg) => {
  it('open on one pool with the migrations applied, and a Direct Line post is written ahead into the transcript', async () => {
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    const parts = await openPgBackendParts(
      { ...settings, DATABASE_URL: pg.url },
      { clock, log: () => undefined },
    );
    try {
      expect(parts.shared.schema).toMatch(/^\d{3}_/);
      expect(await parts.probe(clock.now())).toEqual({ status: 'ok' });
      const conversation = await parts.directLine.conversationForUser('u-1', clock.now());
      const stored = await parts.directLine.append(
        conversation.conversationId,
        clock.now(),
        (id) => ({
          id,
          type: 'message',
          text: '你好',
          conversation: {
            id: conversation.conversationId,
            isGroup: false,
            conversationType: 'personal',
            name: '',
          },
          from: { id: 'u-1', name: '', role: 'user' },
        }),
        { accountId: 'A-1' },
      );
      const records = await parts.shared.pool.query<{ activity_id: string; account_id: string }>(
        'SELECT activity_id, account_id FROM transcript_records WHERE conversation_id = $1',
        [conversation.conversationId],
      );
      expect(records.rows).toEqual([{ activity_id: stored.activity.id, account_id: 'A-1' }]);
      await expect(
        parts.turnLock.run(conversation.conversationId, () => Promise.resolve('ran')),
      ).resolves.toBe('ran');
    } finally {
      await parts.close();
    }
  });

  it('rejects with store_unavailable when nothing listens at DATABASE_URL, leaving nothing open', async () => {
    const url = `postgresql://app:hunter2@127.0.0.1:${await freePort()}/c`;
    const error = await openPgBackendParts(
      { ...settings, DATABASE_URL: url },
      { clock: new ManualClock('2026-11-28T02:00:00Z'), log: () => undefined },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String((error as Error).message)).not.toContain('hunter2');
  });
});
