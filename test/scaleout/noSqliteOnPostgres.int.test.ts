import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createApp } from '../../src/bot/app.js';
import { openPgBackendParts } from '../../src/bot/pgBackend.js';
import { postgresBackend } from '../../src/bot/postgresBackend.js';
import { loadConfig } from '../../src/config/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { SqliteOnPostgresError } from '../../src/store/pg/noSqlite.js';
import { Chat } from '../support/chat.js';
import { describePg } from '../support/postgres.js';

describePg('the service on PostgreSQL keeps nothing in a local SQLite file (issue 19)', (pg) => {
  it('creates no SQLite file under DATA_DIR through turns, and App.db refuses any use by name', async () => {
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'no-sqlite-on-pg-'));
    const config = {
      ...loadConfig({
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        REMINDERS_ENABLED: 'false',
        SEED_DEMO: 'true',
      }),
      DATABASE_URL: pg.url,
      PG_POOL_MAX: 4,
    };
    const parts = await openPgBackendParts(config, { clock, log: () => undefined });
    const backend = await postgresBackend(parts, config, { clock, logger: pino({ level: 'silent' }) });
    const app = createApp(config, { clock, logger: pino({ level: 'silent' }), backend });
    try {
      const chat = new Chat(app, 'demo-zh');
      expect((await chat.say('你好')).length).toBeGreaterThan(0);
      expect((await chat.say('我身份证后四位是1234')).length).toBeGreaterThan(0);
      await app.transcriptWriter.flush(2000);
      expect(readdirSync(dataDir).filter((f) => f.includes('.db'))).toEqual([]);
      expect(() => app.db.prepare('SELECT 1')).toThrow(SqliteOnPostgresError);
      expect(() => app.db.exec('DELETE FROM bot_state')).toThrow(/sqlite_on_postgres: .*App\.db\.exec/);
      const turns = await parts.shared.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM bot_state');
      expect(turns.rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
    expect(readdirSync(dataDir).filter((f) => f.includes('.db'))).toEqual([]);
  });
});
