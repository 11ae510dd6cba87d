import type { Activity } from 'botbuilder';
import type { Db } from '../../store/db.js';
import { recordDeliveredNow } from '../../store/reminderDeliveries.js';
import type { AppendMeta } from '../../store/transcripts/types.js';
import type { SqliteDirectLineStore, StoredActivity } from './directLineStore.js';

/** One activity of a held delivery: built once its id and watermark are known. */
export interface HeldActivity {
  build: (id: string, seq: number) => Partial<Activity>;
  audience?: string;
}

/** A held delivery as the adapter hands it to be written (see channels/heldDelivery.ts). */
export interface HeldWrite {
  conversationId: string;
  deliveryKey: string;
  now: Date;
  records: readonly { activity: Partial<Activity>; meta?: AppendMeta }[];
  activities: readonly HeldActivity[];
}

/**
 * Writes a held Direct Line delivery in ONE transaction: the delivery key (`delivered`), the
 * queued activities and their transcript records. `duplicate` (nothing written) when the key was
 * already recorded: the reminder went out before. A crash before the commit leaves nothing, so
 * the reminder taken over after its lease is sent, and sent once.
 */
export interface HeldDeliveryWriter {
  write(held: HeldWrite): Promise<StoredActivity[] | 'duplicate'>;
}

/**
 * The SQLite writer, on the database that holds the Direct Line tables, the transcript and the
 * delivery log (`commitNow` writes the transcript inside the caller's transaction).
 */
export class SqliteHeldDeliveryWriter implements HeldDeliveryWriter {
  constructor(
    private readonly db: Db,
    private readonly store: SqliteDirectLineStore,
    private readonly commitNow: (items: HeldWrite['records']) => void,
  ) {}

  async write(held: HeldWrite): Promise<StoredActivity[] | 'duplicate'> {
    return this.db
      .transaction((): StoredActivity[] | 'duplicate' => {
        if (!recordDeliveredNow(this.db, held.deliveryKey, held.conversationId, held.now)) return 'duplicate';
        const stored = held.activities.map((a) =>
          this.store.appendNow(
            held.conversationId,
            held.now,
            a.build,
            a.audience !== undefined ? { audience: a.audience } : {},
          ),
        );
        if (held.records.length > 0) this.commitNow(held.records);
        return stored;
      })
      .immediate();
  }
}
