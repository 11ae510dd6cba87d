import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createApp } from '../../src/bot/app.js';
import { openPgBackendParts } from '../../src/bot/pgBackend.js';
import { postgresBackend } from '../../src/bot/postgresBackend.js';
import { PgWeChatInbound } from '../../src/channels/wechat/pgInbound.js';
import { ManualClock } from '../../src/core/clock.js';
import { PgTranscriptStore } from '../../src/store/pg/transcripts.js';
import { Chat } from '../support/chat.js';
import { describePg } from '../support/postgres.js';
import { testConfig } from '../support/testApp.js';

describePg('the service on the whole PostgreSQL backend', (pg) => {
  it('records a turn in PostgreSQL, where the transcript readers find it, and probes the database there', async () => {
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    const url = new URL(pg.url);
    url.password = 'hunter2'; // trust auth ignores it; it must never show
    const config = { ...testConfig({ SEED_DEMO: 'true' }), DATABASE_URL: url.toString(), PG_POOL_MAX: 4 };
    const parts = await openPgBackendParts(config, { clock, log: () => undefined });
    const backend = await postgresBackend(parts, config, { clock, logger: pino({ level: 'silent' }) });
    const app = createApp(config, { clock, logger: pino({ level: 'silent' }), backend });
    try {
      expect(backend.kind).toBe('postgres');
      expect(backend.transcripts).toBeInstanceOf(PgTranscriptStore);
      expect(backend.wechatInbound).toBeInstanceOf(PgWeChatInbound);
      expect(backend.describe).not.toContain('hunter2');
      const seen = await new Chat(app, 'demo-zh').say('你好');
      expect(seen.length).toBeGreaterThan(0);
      await app.transcriptWriter.flush(2000);
      const ids = await app.transcriptStore.listConversationIds();
      expect(ids.length).toBeGreaterThan(0);
      const roles = (await app.transcriptStore.getRecords(ids[0]!)).map((r) => r.role);
      expect(roles).toContain('user');
      expect(roles).toContain('bot');
      const inPg = await parts.shared.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM transcript_records',
      );
      expect(inPg.rows[0]!.n).toBe(roles.length);
      expect(await backend.probe(clock.now())).toEqual({ status: 'ok' });
      expect(() => backend.probeWriteNow(clock.now())).not.toThrow();
    } finally {
      await app.close();
    }
  });
});
