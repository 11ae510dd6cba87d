import { expect, it } from 'vitest';
import { LINK_SECRET_NAME, sharedSecret } from '../../../src/store/pg/sharedSecrets.js';
import { describePg } from '../../support/postgres.js';

describePg('a secret shared by every instance on one database (scalesec22)', (pg) => {
  it('eight instances asking at the same moment on a fresh database all get the one value stored', async () => {
    const pools = Array.from({ length: 8 }, () => pg.pool({ max: 1 }));
    const got = await Promise.all(pools.map((pool) => sharedSecret(pool, LINK_SECRET_NAME)));
    expect(new Set(got).size).toBe(1);
    expect(got[0]).toMatch(/^[0-9a-f]{64}$/);
    const rows = await pools[0]!.query<{ value: string }>('SELECT value FROM shared_secrets');
    expect(rows.rows).toEqual([{ value: got[0] }]);
    // read at the next start, not made again; another name is another secret
    expect(await sharedSecret(pools[1]!, LINK_SECRET_NAME)).toBe(got[0]);
    expect(await sharedSecret(pools[2]!, 'other')).not.toBe(got[0]);
  });

  it('refuses a stored secret shorter than 32 characters instead of keying links with it', async () => {
    const pool = pg.pool({ max: 1 });
    await pool.query("INSERT INTO shared_secrets (name, value) VALUES ('short-one', 'abc')");
    await expect(sharedSecret(pool, 'short-one')).rejects.toThrow(/short-one in shared_secrets is 3 characters/);
  });
});
