import { AsyncLocalStorage } from 'node:async_hooks';
import { LearnedReads } from './turnReadAhead.js';
import type { PgTurnSession } from './turnSession.js';

/** Where the stores find the turn session of the code running now (set by PgConversationLock). */
export class PgTurnSessions {
  private readonly storage = new AsyncLocalStorage<PgTurnSession>();
  /** What each conversation's last turn read here, asked ahead by its next turn. */
  readonly learned = new LearnedReads();

  /** The running turn's session, if the caller runs inside one that can still carry statements. */
  current(): PgTurnSession | undefined {
    const session = this.storage.getStore();
    return session?.usable ? session : undefined;
  }

  run<T>(session: PgTurnSession, fn: () => Promise<T>): Promise<T> {
    return this.storage.run(session, fn);
  }
}
