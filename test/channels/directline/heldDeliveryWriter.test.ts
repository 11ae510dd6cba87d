import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { SqliteDirectLineStore } from '../../../src/channels/directline/directLineStore.js';
import {
  SqliteHeldDeliveryWriter,
  type HeldDeliveryWriter,
  type HeldWrite,
} from '../../../src/channels/directline/heldDeliveryWriter.js';
import { PgDirectLineStore } from '../../../src/channels/directline/pgDirectLineStore.js';
import { PgHeldDeliveryWriter } from '../../../src/channels/directline/pgHeldDeliveryWriter.js';
import { openMemoryDatabase } from '../../../src/store/db.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { SqliteTranscriptStore, toPlainActivity } from '../../../src/store/transcripts/index.js';
import { describePg } from '../../support/postgres.js';

const NOW = new Date('2026-12-07T02:00:00.000Z');

/** What the database holds of one conversation's delivery: keys, queued activities, transcript records. */
interface Held {
  keys: string[];
  queued: string[];
  transcribed: string[];
}

interface Harness {
  /** A fresh conversation; `failTranscript` makes the writer's transcript step throw. */
  open(failTranscript?: boolean): Promise<{ writer: HeldDeliveryWriter; conversationId: string }>;
  read(conversationId: string): Promise<Held>;
}

const reminder = (conversationId: string, key: string, text: string): HeldWrite => {
  const message: Partial<Activity> = {
    type: 'message',
    id: `m-${text}`,
    text,
    from: { id: 'bot', name: 'bot', role: 'bot' },
  };
  return {
    conversationId,
    deliveryKey: key,
    now: NOW,
    records: [
      {
        activity: {
          ...message,
          conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
          channelId: 'directline',
        },
      },
    ],
    activities: [
      {
        build: (id) => ({
          ...message,
          id: message.id ?? id,
          conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        }),
      },
    ],
  };
};

/** The held delivery's contract, run against both writers. */
function heldDeliveryContract(h: Harness): void {
  it('writes the key, the queued activity and its transcript record together, and a second time nothing', async () => {
    const { writer, conversationId } = await h.open();
    const first = await writer.write(reminder(conversationId, `k-${conversationId}`, 'first'));
    expect(first === 'duplicate' ? [] : first.map((s) => [s.seq, s.activity.text])).toEqual([[1, 'first']]);
    expect(await writer.write(reminder(conversationId, `k-${conversationId}`, 'again'))).toBe('duplicate');
    expect(await h.read(conversationId)).toEqual({
      keys: [`k-${conversationId}`],
      queued: ['m-first'],
      transcribed: ['m-first'],
    });
  });

  it('leaves nothing when the transaction fails after the key and the activity (a crash mid-write)', async () => {
    const { writer, conversationId } = await h.open(true);
    await expect(writer.write(reminder(conversationId, `k-${conversationId}`, 'lost'))).rejects.toThrow(
      /transcript down/,
    );
    expect(await h.read(conversationId)).toEqual({ keys: [], queued: [], transcribed: [] });
  });
}

describe('a held Direct Line delivery on SQLite', () => {
  const db = openMemoryDatabase();
  const dl = new SqliteDirectLineStore(db);
  const transcripts = new SqliteTranscriptStore(db);
  let users = 0;
  heldDeliveryContract({
    async open(failTranscript = false) {
      const { conversationId } = await dl.conversationForUser(`user-${++users}`, NOW);
      const writer = new SqliteHeldDeliveryWriter(db, dl, (items) => {
        if (failTranscript) throw new Error('transcript down');
        transcripts.appendAllNow(
          items.map((i) => ({ activity: toPlainActivity(i.activity), meta: i.meta ?? {} })),
          NOW,
        );
      });
      return { writer, conversationId };
    },
    async read(conversationId) {
      const all = (sql: string) => (db.prepare(sql).all(conversationId) as { v: string }[]).map((r) => r.v);
      return {
        keys: all('SELECT delivery_key AS v FROM reminder_deliveries WHERE conversation_id = ?'),
        queued: all(
          "SELECT json_extract(activity, '$.id') AS v FROM directline_activities WHERE conversation_id = ?",
        ),
        transcribed: all(
          "SELECT activity_id AS v FROM transcript_records WHERE conversation_id = ? AND type = 'message'",
        ),
      };
    },
  });
});

describePg('a held Direct Line delivery on PostgreSQL', (pg) => {
  let users = 0;
  heldDeliveryContract({
    async open(failTranscript = false) {
      const pool = pg.pool({ max: 2 });
      const { conversationId } = await new PgDirectLineStore(pool).conversationForUser(
        `user-${++users}`,
        NOW,
      );
      const transcripts = new PgTranscriptStore(pool);
      const writer = new PgHeldDeliveryWriter(
        pool,
        failTranscript
          ? {
              appendAllIn: () => Promise.reject(new Error('transcript down')),
            }
          : transcripts,
      );
      return { writer, conversationId };
    },
    async read(conversationId) {
      const pool = pg.pool({ max: 1 });
      const all = async (sql: string) =>
        (await pool.query<{ v: string }>(sql, [conversationId])).rows.map((r) => r.v);
      return {
        keys: await all('SELECT delivery_key AS v FROM reminder_deliveries WHERE conversation_id = $1'),
        queued: await all(
          "SELECT activity::jsonb ->> 'id' AS v FROM directline_activities WHERE conversation_id = $1",
        ),
        transcribed: await all(
          "SELECT activity_id AS v FROM transcript_records WHERE conversation_id = $1 AND type = 'message'",
        ),
      };
    },
  });
});
