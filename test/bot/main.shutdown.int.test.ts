import { describe, expect, it } from 'vitest';
import { sqliteTranscriptsOf, createTestApp } from '../support/testApp.js';

describe('shutdown with a transcript backlog', () => {
  it('says how many records are at risk when storage cannot take them in time', async () => {
    const app = createTestApp({ SHUTDOWN_GRACE_MS: '200' });
    sqliteTranscriptsOf(app).appendAllNow = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    for (const n of [1, 2, 3])
      app.transcript.append({
        type: 'trace',
        name: `t${n}`,
        conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
      });
    expect(await app.close()).toBe(3);
  });

  it('reports nothing at risk when everything reached the disk', async () => {
    const app = createTestApp({ SHUTDOWN_GRACE_MS: '200' });
    app.transcript.append({
      type: 'trace',
      name: 't',
      conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
    });
    expect(await app.close()).toBe(0);
    const { openDatabase } = await import('../../src/store/db.js');
    const db = openDatabase(app.config.dataDir);
    expect(db.prepare('SELECT COUNT(*) AS n FROM transcript_records').get()).toEqual({ n: 1 });
    db.close();
  });
});
