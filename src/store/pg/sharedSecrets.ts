import { randomBytes } from 'node:crypto';
import { shortSecretReason } from '../../config/secretLength.js';
import { pgQuery, type PgPool } from './pool.js';

/** The name of the secret chat links, Direct Line tokens, relay seals and sealed answers derive from. */
export const LINK_SECRET_NAME = 'link-secret';

/**
 * A secret every instance on this database shares (migration 010 `shared_secrets`): the stored
 * value, or a new one (32 random bytes, hex) stored by this call when none is there yet. Two
 * instances starting at the same moment agree on one value: the insert does nothing when the row
 * exists or appears meanwhile (it waits for the other's commit), and the second statement, with a
 * fresh snapshot, reads the row that won. Never logged; callers say only where it came from.
 *
 *   const secret = await sharedSecret(pool, LINK_SECRET_NAME);
 */
export async function sharedSecret(pool: PgPool, name: string): Promise<string> {
  const inserted = await pgQuery<{ value: string }>(
    pool,
    'store a shared secret',
    'INSERT INTO shared_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value',
    [name, randomBytes(32).toString('hex')],
  );
  const mine = inserted.rows[0]?.value;
  if (mine !== undefined) return mine;
  const stored = await pgQuery<{ value: string }>(
    pool,
    'read a shared secret',
    'SELECT value FROM shared_secrets WHERE name = $1',
    [name],
  );
  const value = stored.rows[0]?.value;
  if (value === undefined || value.length === 0) throw new Error(`shared secret ${name} is missing or empty`);
  const reason = shortSecretReason(value);
  if (reason) throw new Error(`shared secret ${name} in shared_secrets ${reason}; replace it or set LINK_SECRET`);
  return value;
}
