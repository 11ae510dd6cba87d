import type { Activity } from 'botbuilder';
import type { Db } from '../../store/db.js';
import type {
  DirectLineConversation,
  DirectLineStore,
  SqliteDirectLineStore,
  StoredActivity,
} from './directLineStore.js';

/**
 * Direct Line's store with write-ahead for what people send: an activity from the person is
 * stored for the channel and committed to the transcript in ONE SQLite transaction, so the
 * channel never holds (or echoes, or acknowledges) a message the transcript lacks. When the
 * transcript cannot write, `record` throws and the activity is not stored either. The inner
 * store is the SQLite one on the same database: its synchronous `appendNow` runs inside the
 * transaction (nothing is awaited between the activity and its transcript record).
 */
export class WriteAheadDirectLineStore implements DirectLineStore {
  constructor(
    private readonly inner: SqliteDirectLineStore,
    private readonly db: Db,
    private readonly record: (activity: Partial<Activity>, person: { accountId?: string }) => void,
  ) {}

  async get(conversationId: string): Promise<DirectLineConversation | undefined> {
    return this.inner.get(conversationId);
  }

  async conversationForUser(userId: string, now: Date): Promise<DirectLineConversation> {
    return this.inner.conversationForUser(userId, now);
  }

  async markStarted(conversationId: string, now: Date, locale: string | undefined): Promise<boolean> {
    return this.inner.markStarted(conversationId, now, locale);
  }

  async append(
    conversationId: string,
    now: Date,
    build: (id: string, seq: number) => Partial<Activity>,
    person: { accountId?: string; audience?: string } = {},
  ): Promise<StoredActivity> {
    return this.db
      .transaction((): StoredActivity => {
        const stored = this.inner.appendNow(
          conversationId,
          now,
          build,
          person.audience !== undefined ? { audience: person.audience } : {},
        );
        if (stored.activity.from?.role === 'user') this.record(stored.activity, person);
        return stored;
      })
      .immediate();
  }

  async after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]> {
    return this.inner.after(conversationId, watermark, limit);
  }

  async latestWatermark(conversationId: string): Promise<number> {
    return this.inner.latestWatermark(conversationId);
  }
}
