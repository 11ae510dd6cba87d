import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { type ActivityClaimGate, claimGateFor } from '../store/activityClaimGate.js';
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
 * The service's exactly-once gate for /api/messages (issue 19 exactonce), on the backend's shared
 * claims (SQLite on `db` when the backend names none), answers sealed under LINK_SECRET.
 *
 *   const once = activityClaimGate(app);
 */
export function activityClaimGate(app: ClaimGateParts): ActivityClaimGate {
  return claimGateFor(
    app.config,
    app.clock,
    { claims: app.backend.activityClaims, db: app.backend.db },
    (err) => app.logger.warn({ err }, 'old activity claims could not be forgotten; retried later'),
  );
}
