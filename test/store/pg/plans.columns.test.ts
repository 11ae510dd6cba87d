import { expect, it } from 'vitest';
import { HANDOFF_COLUMNS } from '../../../src/handoff/pgHandoffStore.js';
import { PLANS_SELECT } from '../../../src/store/pg/plans.js';
import { describePg } from '../../support/postgres.js';

/** Statements every turn makes name their columns (so they are prepared); a new column must be added to them. */
describePg('per-turn reads name every column of their table', (pg) => {
  const columns = async (table: string): Promise<string[]> =>
    (
      await pg
        .pool()
        .query<{ c: string }>(
          'SELECT column_name AS c FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
          [table],
        )
    ).rows.map((r) => r.c);

  it('handoffs: HANDOFF_COLUMNS is every column, in order', async () => {
    expect(HANDOFF_COLUMNS.split(',').map((c) => c.trim())).toEqual(await columns('handoffs'));
  });

  it('plans: PLANS_SELECT reads every column', async () => {
    const named = [...PLANS_SELECT.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]);
    for (const column of await columns('plans')) expect(named, column).toContain(column);
  });
});
