import pg from 'pg';
import { afterAll } from 'vitest';
import { PgConversationLock } from '../../src/store/pg/conversationLock.js';
import type { PgPool } from '../../src/store/pg/pool.js';
import { PgStateStorage } from '../../src/store/pg/stateStorage.js';
import { PgTranscriptStore } from '../../src/store/pg/transcripts.js';
import type { PgSuite } from './postgres.js';

/** One service instance's turn plumbing on PostgreSQL: its turn lock, a stores pool, state and transcripts. */
export interface PgTurnNode {
  lock: PgConversationLock;
  pool: PgPool;
  state: PgStateStorage;
  transcripts: PgTranscriptStore;
}

/**
 * Makes "instances" on the suite's database as the service wires them (the turn lock taken with the
 * state read, 4 lock connections, a 3-connection stores pool, transcripts paged by 20 riding in the
 * turn); their locks are closed after the suite. Call it inside a describePg body.
 */
export function pgTurnNodes(db: PgSuite, waitMs = 3000): () => PgTurnNode {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });
  return () => {
    const lock = new PgConversationLock({ url: db.url, waitMs, connections: 4, serverLockAt: 'stateRead' });
    closers.push(() => lock.close());
    const pool = db.pool({ max: 3 });
    return {
      lock,
      pool,
      state: new PgStateStorage(pool, lock.sessions),
      transcripts: new PgTranscriptStore(pool, 20, lock.sessions),
    };
  };
}

/** The statement texts node-postgres sends while `work` runs (every query of every client), and its value. */
export async function sentWhile<T>(work: () => Promise<T>): Promise<{ texts: string[]; value: T }> {
  const texts: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back below, called with its own `this`
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const first = args[0];
    texts.push(typeof first === 'string' ? first : ((first as { text?: string }).text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { texts, value: await work() };
  } finally {
    pg.Client.prototype.query = original;
  }
}
