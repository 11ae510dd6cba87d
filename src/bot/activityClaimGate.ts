import type { Activity, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { type ActivityClaimGate, claimGateFor } from '../store/activityClaimGate.js';
import type { ConversationLock } from '../store/conversationLock.js';
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
  backend: Pick<Backend, 'activityClaims' | 'db' | 'turnLock'>;
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
    {
      claims: app.backend.activityClaims,
      db: app.backend.db,
      whenIdle: whenIdleOf(app.backend.turnLock),
      onIdleWaitError: (err) =>
        app.logger.warn(
          { err },
          'a takeover of a lapsed activity claim could not wait for the running turn; answered busy',
        ),
    },
    (err) => app.logger.warn({ err }, 'old activity claims could not be forgotten; retried later'),
  );
}

/**
 * The turn lock's `whenIdle` (claim24: a takeover waits for a first claimant still running), or
 * for a lock without one, an empty `run` of the conversation.
 */
export function whenIdleOf(lock: ConversationLock): (conversationId: string) => Promise<void> {
  return (conversationId) =>
    lock.whenIdle ? lock.whenIdle(conversationId) : lock.run(conversationId, async () => undefined);
}

/** CloudAdapterBase's own authentication (protected in the typings): the check its turn makes first. */
interface WithAuthentication {
  botFrameworkAuthentication: {
    authenticateRequest(activity: Activity, authHeader: string): Promise<unknown>;
  };
}

/**
 * The Bot Framework check of a posted activity's Authorization, made before its claim (issue 19,
 * pgturn): rejects on a missing, forged or expired token, as the adapter's turn would.
 *
 *   const onceOptions = { ..., authenticate: authenticateBeforeClaim(app.cloudAdapter) };
 */
export function authenticateBeforeClaim(
  adapter: CloudAdapter,
): (body: unknown, authorization: unknown) => Promise<void> {
  const auth = (adapter as unknown as WithAuthentication).botFrameworkAuthentication;
  return async (body, authorization) => {
    await auth.authenticateRequest(body as Activity, typeof authorization === 'string' ? authorization : '');
  };
}
