import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify from 'restify';
import { createAuth, type Auth } from '../../src/auth/auth.js';
import { ManualClock } from '../../src/core/clock.js';
import { registerReview } from '../../src/review/api.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../src/store/transcripts/types.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

export const REVIEWER = { name: 'alice', password: 'review-pass-1' };
export const AGENT = { name: 'bob', password: 'agent-pass-2' };

export interface ReviewServer {
  url: string;
  dir: string;
  db: Db;
  store: SqliteTranscriptStore;
  clock: ManualClock;
  auth: Auth;
  logs: { msg: string; obj: object }[];
  seed(activities: TranscriptActivity[]): Promise<void>;
  close(): Promise<void>;
}

/** A real restify server on 127.0.0.1:0 with only the review routes, over a SQLite file in a temp dir. */
export async function startReviewServer(): Promise<ReviewServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'review-'));
  const db = openDatabase(dir);
  const store = new SqliteTranscriptStore(db);
  const clock = new ManualClock('2026-11-21T09:00:00.000Z');
  const config = { REVIEWER_USERS: [REVIEWER], AGENT_USERS: [AGENT], publicUrl: 'http://127.0.0.1' };
  const auth = createAuth({
    config,
    clock,
    scryptCost: 1024,
    loginLog: new MemoryStaffLoginLog(),
    sessionTtlMs: 60 * 60_000,
  });
  const logs: { msg: string; obj: object }[] = [];
  const logger = {
    info: (obj: object, msg: string) => logs.push({ obj, msg }),
    error: (obj: object, msg: string) => logs.push({ obj, msg }),
  };
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerReview(server, { config, clock, logger, db, auth });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    dir,
    db,
    store,
    clock,
    auth,
    logs,
    seed: async (activities) => {
      for (const a of activities) await store.append(a, {}, clock.now());
    },
    close: async () => {
      server.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function basic(user: { name: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;
}
