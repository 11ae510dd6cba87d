import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  migratePg,
  MigrationChangedError,
  PG_MIGRATIONS_DIR,
  schemaVersion,
} from '../../../src/store/pg/migrate.js';
import { LATEST_PG_MIGRATION, shippedPgMigrations } from '../../support/pgMigrations.js';
import { describePg } from '../../support/postgres.js';

describePg(
  'PostgreSQL migrations',
  (pg) => {
    it('apply every migration once, in order, and record each with its checksum', async () => {
      const pool = pg.pool();
      expect(await schemaVersion(pool)).toBeUndefined();
      const first = await migratePg(pool);
      expect(first.applied).toEqual(shippedPgMigrations());
      expect(first.applied.slice(0, 3)).toEqual([
        '001_schema',
        '002_shared_state',
        '003_directline_audience',
      ]);
      expect(await schemaVersion(pool)).toBe(LATEST_PG_MIGRATION);
      const again = await migratePg(pool);
      expect(again.applied).toEqual([]);
      const tables = await pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.rows[0]?.n).toBeGreaterThanOrEqual(30);
    });

    it('let two instances that start at once migrate without a race: the schema is applied exactly once', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pgmig-'));
      // A slow migration widens the window a race would need.
      writeFileSync(
        path.join(dir, '001_slow.sql'),
        'SELECT pg_sleep(0.3); CREATE TABLE raced (id INT PRIMARY KEY);',
      );
      const a = pg.pool({ max: 1 });
      const b = pg.pool({ max: 1 });
      const results = await Promise.all([migratePg(a, dir), migratePg(b, dir), migratePg(a, dir)]);
      expect(results.map((r) => r.applied).flat()).toEqual(['001_slow']);
      const rows = await a.query("SELECT id FROM schema_migrations WHERE id = '001_slow'");
      expect(rows.rowCount).toBe(1);
    });

    it('leave the schema as it was when a migration fails half way', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pgmig-'));
      writeFileSync(path.join(dir, '001_ok.sql'), 'CREATE TABLE half_a (id INT);');
      writeFileSync(
        path.join(dir, '002_bad.sql'),
        'CREATE TABLE half_b (id INT); SELECT * FROM no_such_table;',
      );
      const pool = pg.pool();
      await expect(migratePg(pool, dir)).rejects.toThrow(/no_such_table/);
      const t = await pool.query("SELECT to_regclass('half_a') AS a, to_regclass('half_b') AS b");
      expect(t.rows[0]).toEqual({ a: null, b: null });
    });

    it('refuse to run when an applied migration file was edited since', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pgmig-'));
      writeFileSync(path.join(dir, '001_edit.sql'), 'CREATE TABLE edited (id INT);');
      const pool = pg.pool();
      await migratePg(pool, dir);
      writeFileSync(path.join(dir, '001_edit.sql'), 'CREATE TABLE edited (id INT, extra TEXT);');
      await expect(migratePg(pool, dir)).rejects.toBeInstanceOf(MigrationChangedError);
    });
  },
  { migrated: false },
);

describe('PostgreSQL migration files', () => {
  it('are numbered NNN_name.sql', async () => {
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(PG_MIGRATIONS_DIR)) expect(f).toMatch(/^\d{3}_[\w-]+\.sql$/);
  });
});
