import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { LATEST_PG_MIGRATION, shippedPgMigrations } from '../../support/pgMigrations.js';
import { describePg } from '../../support/postgres.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function cli(args: string[], databaseUrl: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/store/pg/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, out };
}

describePg(
  'npm run pg:migrate from two processes at once',
  (pg) => {
    it('applies each migration exactly once; the second process finds them applied', async () => {
      const [a, b] = await Promise.all([cli(['migrate'], pg.url), cli(['migrate'], pg.url)]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const outputs = [a.out, b.out].join('\n');
      expect(outputs.split(`applied ${shippedPgMigrations().join(', ')}`)).toHaveLength(2);
      expect(outputs).toContain(`already up to date; schema ${LATEST_PG_MIGRATION}`);
      const rows = await pg.pool().query('SELECT id FROM schema_migrations ORDER BY id');
      expect(rows.rows.map((r: { id: string }) => r.id)).toEqual(shippedPgMigrations());
      const status = await cli(['status'], pg.url);
      expect(status.out).toContain(`: schema ${LATEST_PG_MIGRATION}`);
    });

    it('says which variable is wrong, without the password', async () => {
      const bad = await cli(['migrate'], 'mysql://u:hunter2@x/y');
      expect(bad.code).toBe(2);
      expect(bad.out).toMatch(/DATABASE_URL: expected a URL like postgresql:/);
      expect(bad.out).not.toContain('hunter2');
    });
  },
  { migrated: false },
);
