import type { StaffLogin, StaffLoginLog } from '../staffLogins.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgPool, pgQuery } from './pool.js';
import { isoText, pgText } from './text.js';

type Row = Omit<StaffLogin, 'at'> & { at: Date | string };

/**
 * Every staff sign-in and failure on PostgreSQL (`staff_logins`), from every instance, newest
 * first: the same records as `SqliteStaffLoginLog` (name and address cut at 100 characters, never
 * a password).
 */
export class PgStaffLoginLog implements AsyncOf<StaffLoginLog> {
  constructor(private readonly pool: PgPool) {}

  async record(entry: StaffLogin): Promise<void> {
    await pgQuery(
      this.pool,
      'record a staff sign-in',
      'INSERT INTO staff_logins (at, name, address, via, outcome) VALUES ($1, $2, $3, $4, $5)',
      [
        entry.at,
        pgText(entry.name.slice(0, 100)),
        pgText(entry.address.slice(0, 100)),
        entry.via,
        entry.outcome,
      ],
    );
  }

  async list(limit: number): Promise<StaffLogin[]> {
    const rows = await pgQuery<Row>(
      this.pool,
      'list staff sign-ins',
      'SELECT at, name, address, via, outcome FROM staff_logins ORDER BY id DESC LIMIT $1',
      [Math.max(1, Math.min(Number.isFinite(limit) ? Math.floor(limit) : 1, 1000))],
    );
    return rows.rows.map((r) => ({ ...r, at: isoText(r.at) }));
  }
}
