import type { StaffLogin, StaffLoginLog } from '../../src/store/staffLogins.js';

/** Staff sign-ins kept in memory, for tests that build an `Auth` without a database. */
export class MemoryStaffLoginLog implements StaffLoginLog {
  readonly entries: StaffLogin[] = [];

  async record(entry: StaffLogin): Promise<void> {
    this.entries.push(entry);
    if (this.entries.length > 10_000) this.entries.shift();
  }

  async list(limit: number): Promise<StaffLogin[]> {
    return this.entries.slice(-limit).reverse();
  }
}
