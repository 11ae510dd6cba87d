import { type Db, prepared } from './db.js';

export type StaffLoginOutcome = 'ok' | 'failed' | 'throttled';

/** One staff sign-in or failed attempt (the password is never stored). */
export interface StaffLogin {
  at: string;
  name: string;
  address: string;
  /** `basic` (a tool with a name and password) or `session` (a console login). */
  via: 'basic' | 'session';
  outcome: StaffLoginOutcome;
}

/** Every staff sign-in and failure, for reviewers (newest first). */
export interface StaffLoginLog {
  record(entry: StaffLogin): Promise<void>;
  list(limit: number): Promise<StaffLogin[]>;
}

export class SqliteStaffLoginLog implements StaffLoginLog {
  constructor(private readonly db: Db) {}

  async record(entry: StaffLogin): Promise<void> {
    prepared(
      this.db,
      'INSERT INTO staff_logins (at, name, address, via, outcome) VALUES (?, ?, ?, ?, ?)',
    ).run(entry.at, entry.name.slice(0, 100), entry.address.slice(0, 100), entry.via, entry.outcome);
  }

  async list(limit: number): Promise<StaffLogin[]> {
    return prepared(
      this.db,
      'SELECT at, name, address, via, outcome FROM staff_logins ORDER BY id DESC LIMIT ?',
    ).all(Math.max(1, Math.min(limit, 1000))) as StaffLogin[];
  }
}
