import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runReviewCli } from '../../src/review/cli.js';
import { PgTranscriptStore } from '../../src/store/pg/transcripts.js';
import { describePg } from '../support/postgres.js';
import { sampleConversation } from './fixtures.js';

describePg('npm run review with DATABASE_URL', (pg) => {
  it('verifies and exports the transcript kept in PostgreSQL, not the empty SQLite file', async () => {
    const pool = pg.pool({ max: 2 });
    const store = new PgTranscriptStore(pool);
    for (const a of sampleConversation({ conversationId: 'pg-conv', accountId: 'ACC-1001' }))
      await store.append(a, {}, new Date('2026-11-20T03:00:00Z'));
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runReviewCli(args, {
        env: { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'review-pg-')), DATABASE_URL: pg.url },
        out: (l) => out.push(l),
        err: (l) => err.push(l),
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const verified = await run(['verify']);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^verified [1-9]\d* conversations, [1-9]\d* records: every chain holds/);
    const exported = await run(['export', 'pg-conv']);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('pg-conv');
  });
});
