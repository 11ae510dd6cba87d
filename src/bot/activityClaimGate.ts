import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { SqliteActivityClaims } from '../store/activityClaims.js';
import { ActivityClaimGate } from './activityClaim.js';
import type { Backend } from './backendTypes.js';

/** What the gate is made of: the configuration, the clock, the backend's claims and a logger. */
export interface ClaimGateParts {
  config: Pick<
    Config,
    | 'linkSecret'
    | 'ACTIVITY_CLAIM_LEASE_SECONDS'
    | 'ACTIVITY_CLAIM_WAIT_MS'
    | 'ACTIVITY_CLAIM_RETENTION_HOURS'
  >;
  clock: Clock;
  backend: Pick<Backend, 'activityClaims' | 'db'>;
  logger: Pick<Logger, 'warn'>;
}

/**
 * The service's exactly-once gate for inbound activities (issue 19 exactonce), on the backend's
 * shared claims (SQLite on `db` when the backend names none), answers sealed under LINK_SECRET.
 *
 *   const once = activityClaimGate(app);
 */
export function activityClaimGate(app: ClaimGateParts): ActivityClaimGate {
  const { config } = app;
  return new ActivityClaimGate({
    claims: app.backend.activityClaims ?? new SqliteActivityClaims(app.backend.db),
    clock: app.clock,
    secret: config.linkSecret,
    leaseMs: config.ACTIVITY_CLAIM_LEASE_SECONDS * 1000,
    waitMs: config.ACTIVITY_CLAIM_WAIT_MS,
    retentionMs: config.ACTIVITY_CLAIM_RETENTION_HOURS * 3_600_000,
    onSweepError: (err) =>
      app.logger.warn({ err }, 'old activity claims could not be forgotten; retried later'),
  });
}
