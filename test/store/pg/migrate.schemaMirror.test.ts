import { expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../src/store/db.js';
import { describePg } from '../../support/postgres.js';

/** Tables only PostgreSQL has (shared state that SQLite keeps elsewhere or creates on demand; the link secret is a DATA_DIR file there). */
const PG_ONLY = new Set(['broker_messages', 'wechat_nonces', 'shared_secrets']);

describePg('the PostgreSQL schema', (pg) => {
  it('has every SQLite table with the same columns, so a store can be ported column for column', async () => {
    const sqlite = openMemoryDatabase();
    const sqliteTables = (
      sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[]
    ).map((t) => t.name);
    const columnsOf = (table: string): string[] =>
      (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).sort();
    const rows = await pg
      .pool()
      .query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
      );
    const pgColumns = new Map<string, string[]>();
    for (const r of rows.rows)
      pgColumns.set(r.table_name, [...(pgColumns.get(r.table_name) ?? []), r.column_name]);
    const differences: string[] = [];
    for (const table of sqliteTables) {
      const theirs = pgColumns.get(table)?.sort();
      const ours = columnsOf(table);
      // SQLite's schema_migrations has no checksum column; PostgreSQL's records one.
      const expected = table === 'schema_migrations' ? [...ours, 'checksum'].sort() : ours;
      if (JSON.stringify(theirs) !== JSON.stringify(expected))
        differences.push(
          `${table}: SQLite ${expected.join(',')} / PostgreSQL ${theirs?.join(',') ?? 'missing'}`,
        );
    }
    expect(
      differences,
      'a SQLite migration changed the schema: add src/store/pg/migrations/NNN_*.sql mirroring it (README "PostgreSQL")',
    ).toEqual([]);
    const extra = [...pgColumns.keys()].filter((t) => !sqliteTables.includes(t) && !PG_ONLY.has(t));
    expect(extra).toEqual([]);
  });
});
