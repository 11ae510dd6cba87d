import type { Activity } from 'botbuilder';
import type { Db } from '../../store/db.js';
import type { DirectLineConversation, DirectLineStore, StoredActivity } from './directLineStore.js';

/**
 * Direct Line's store with write-ahead for what people send: an activity from the person is
 * stored for the channel and committed to the transcript in ONE SQLite transaction, so the
 * channel never holds (or echoes, or acknowledges) a message the transcript lacks. When the
 * transcript cannot write, `record` throws and the activity is not stored either.
 */
export class WriteAheadDirectLineStore implements DirectLineStore {
  constructor(
    private readonly inner: DirectLineStore,
    private readonly db: Db,
    private readonly record: (activity: Partial<Activity>, person: { accountId?: string }) => void,
  ) {}

  get(conversationId: string): DirectLineConversation | undefined {
    return this.inner.get(conversationId);
  }

  conversationForUser(userId: string, now: Date): DirectLineConversation {
    return this.inner.conversationForUser(userId, now);
  }

  markStarted(conversationId: string, now: Date, locale: string | undefined): boolean {
    return this.inner.markStarted(conversationId, now, locale);
  }

  append(
    conversationId: string,
    now: Date,
    build: (id: string, seq: number) => Partial<Activity>,
    person: { accountId?: string; audience?: string } = {},
  ): StoredActivity {
    return this.db
      .transaction((): StoredActivity => {
        const stored = this.inner.append(
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

  after(conversationId: string, watermark: number, limit: number): StoredActivity[] {
    return this.inner.after(conversationId, watermark, limit);
  }

  latestWatermark(conversationId: string): number {
    return this.inner.latestWatermark(conversationId);
  }
}
