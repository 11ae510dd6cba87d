import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { openMemoryDatabase } from '../../../src/store/db.js';
import { TranscriptError, TranscriptUnavailableError } from '../../../src/store/transcripts/errors.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import type { AppendMeta, TranscriptActivity } from '../../../src/store/transcripts/types.js';
import { TranscriptWriter, type TranscriptAppender } from '../../../src/store/transcripts/writer.js';

const say = (text: string, conversationId = 'c1'): TranscriptActivity => ({
  type: 'message',
  conversation: { id: conversationId },
  channelId: 'directline',
  from: { id: 'u', role: 'user' },
  text,
});

type Items = readonly { activity: TranscriptActivity; meta: AppendMeta }[];

/**
 * An asynchronous store (as PostgreSQL is) over SQLite: each write takes a few event-loop turns,
 * can be told to fail, and remembers how many writes overlapped.
 */
function slowStore(): {
  store: TranscriptAppender;
  sqlite: SqliteTranscriptStore;
  failNext: (n: number) => void;
  maxInFlight: () => number;
} {
  const sqlite = new SqliteTranscriptStore(openMemoryDatabase());
  let inFlight = 0;
  let max = 0;
  let failing = 0;
  const store: TranscriptAppender = {
    async appendAll(items: Items, at: Date) {
      inFlight += 1;
      max = Math.max(max, inFlight);
      try {
        for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
        if (failing > 0) {
          failing -= 1;
          throw new Error('connection terminated');
        }
        return sqlite.appendAllNow(items, at);
      } finally {
        inFlight -= 1;
      }
    },
  };
  return { store, sqlite, failNext: (n) => void (failing = n), maxInFlight: () => max };
}

describe('TranscriptWriter over an asynchronous store', () => {
  it('writes commits made at once one after another, in call order, traces riding along', async () => {
    const { store, sqlite, maxInFlight } = slowStore();
    const writer = new TranscriptWriter({ store, clock: new ManualClock(0), onFailure: () => undefined });
    const commits: Promise<void>[] = [];
    for (let n = 1; n <= 10; n++) {
      writer.append({ type: 'trace', name: `t${n}`, conversation: { id: 'c1' } });
      commits.push(writer.commit([{ activity: say(`第${n}条`) }]));
    }
    await Promise.all(commits);
    await writer.flush(2000);
    expect(maxInFlight()).toBe(1);
    const records = await sqlite.getRecords('c1');
    const messages = records.filter((r) => r.type === 'message').map((r) => r.activity.text);
    expect(messages).toEqual(Array.from({ length: 10 }, (_, i) => `第${i + 1}条`));
    expect(records).toHaveLength(20);
    records.forEach((r, i) => expect(r.seq).toBe(i + 1));
  });

  it('rejects a commit the store could not write, keeps queued traces, and writes them once it can', async () => {
    const { store, sqlite, failNext } = slowStore();
    const writer = new TranscriptWriter({
      store,
      clock: new ManualClock(0),
      onFailure: () => undefined,
      retryBaseMs: 5,
      retryMaxMs: 10,
    });
    writer.append({ type: 'trace', name: 'queued', conversation: { id: 'c1' } });
    failNext(2);
    await expect(writer.commit([{ activity: say('没写上') }])).rejects.toBeInstanceOf(
      TranscriptUnavailableError,
    );
    expect(writer.health()).toMatchObject({ failing: true, backlog: 1 });
    expect(() => writer.commitNow([{ activity: say('同步') }])).toThrow(TranscriptUnavailableError);
    await writer.flush(2000);
    await writer.commit([{ activity: say('写上了') }]);
    const records = await sqlite.getRecords('c1');
    expect(records.map((r) => r.activity.text ?? r.activity.name)).toEqual(['queued', '写上了']);
    expect(writer.health()).toMatchObject({ failing: false, backlog: 0 });
  });
});

describe('TranscriptWriter over SQLite', () => {
  it('writes the commits of one event-loop turn in one transaction, on disk when each resolves', async () => {
    const db = openMemoryDatabase();
    const sqlite = new SqliteTranscriptStore(db);
    const writer = new TranscriptWriter({
      store: sqlite,
      clock: new ManualClock(0),
      onFailure: () => undefined,
    });
    let transactions = 0;
    const appendAllNow = sqlite.appendAllNow.bind(sqlite);
    sqlite.appendAllNow = (items, at) => {
      transactions += 1;
      return appendAllNow(items, at);
    };
    const pending = writer.commit([{ activity: say('一') }]);
    const other = writer.commit([{ activity: say('别的会话', 'c2') }]);
    expect(writer.pending).toBe(2);
    await pending;
    expect(db.prepare('SELECT count(*) AS n FROM transcript_records').get()).toEqual({ n: 2 });
    await other;
    expect(transactions).toBe(1);
    db.transaction(() => writer.commitNow([{ activity: say('二') }])).immediate();
    expect(() =>
      db
        .transaction(() => {
          writer.commitNow([{ activity: say('回滚') }]);
          throw new Error('the channel failed to store it');
        })
        .immediate(),
    ).toThrow('the channel failed');
    expect((await sqlite.getRecords('c1')).map((r) => r.activity.text)).toEqual(['一', '二']);
  });

  it('fails only the commit of a group that cannot be stored; the others of its turn are written', async () => {
    const sqlite = new SqliteTranscriptStore(openMemoryDatabase());
    const store: TranscriptAppender = {
      appendAll: (items, at) => sqlite.appendAll(items, at),
      appendAllNow: (items, at) => {
        if (items.some((i) => i.activity.text === '存不下'))
          throw new TranscriptError('this record cannot be stored');
        return sqlite.appendAllNow(items, at);
      },
    };
    const writer = new TranscriptWriter({ store, clock: new ManualClock(0), onFailure: () => undefined });
    const outcomes = await Promise.allSettled([
      writer.commit([{ activity: say('前') }]),
      writer.commit([{ activity: say('存不下', 'c2') }]),
      writer.commit([{ activity: say('后') }]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await sqlite.getRecords('c1')).map((r) => r.activity.text)).toEqual(['前', '后']);
    expect(await sqlite.getRecords('c2')).toEqual([]);
  });
});
