import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { runRemindersCli } from '../../src/reminders/cli.js';
import { runImport } from '../../src/reminders/importCli.js';
import { OVERDUE_HEADER } from '../../src/reminders/overdueFile.js';
import { PgAccountStore } from '../../src/store/pg/accounts.js';
import { describePg } from '../support/postgres.js';

afterEach(() => vi.unstubAllEnvs());

describePg('npm run import with DATABASE_URL', (pg) => {
  it('loads the accounts into PostgreSQL, where every instance and `npm run reminders` read them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-pg-'));
    vi.stubEnv('DATA_DIR', path.join(dir, 'data'));
    vi.stubEnv('DATABASE_URL', pg.url);
    const file = path.join(dir, 'overdue.csv');
    writeFileSync(
      file,
      [
        OVERDUE_HEADER.join(','),
        'S-9,"Zhang, Wei",zh-CN,Asia/Shanghai,directline,zhang-wei-9,1234,6789,"12,345.67",1234.57,2026-11-21,7,CNY',
      ].join('\n'),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImport([file], { out: (l) => void out.push(l), err: (l) => void err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const account = await new PgAccountStore(pg.pool({ max: 1 })).get('S-9');
    expect(account?.balanceCents).toBe(1_234_567);
    const due: string[] = [];
    const io = { out: (l: string) => void due.push(l), err: (l: string) => void err.push(l) };
    expect(await runRemindersCli(['due', '--now', '2026-11-28T02:00:00Z', '--explain', '--json'], io)).toBe(
      0,
    );
    expect(err).toEqual([]);
    expect(due.join('\n')).toContain('S-9');
  });
});
