import type pg from 'pg';
import type { Step } from './pipeline.js';

/**
 * A write that rides in the turn's transaction (`addLate`), built when that is sent. Told how it
 * went exactly once: `committed`, or `writeAlone` (it could not ride and wrote itself), or `lost`.
 */
export interface LateWrite {
  /** The statement, built now; undefined when it must be written on its own. */
  step(): Step | undefined;
  /** Whether `err` (of the transaction it rode in) says it cannot ride: it is then written alone. */
  movable(err: unknown): boolean;
  /** Writes it outside the turn's transaction (durable when this resolves), and tells its callers. */
  writeAlone(): Promise<void>;
  committed(result: pg.QueryResult): void;
  lost(error: unknown): void;
}
