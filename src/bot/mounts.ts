import { chatLink, registerDirectLine } from '../channels/directline/index.js';
import { registerWeChat } from '../channels/wechat/index.js';
import { registerReview } from '../review/api.js';
import { DEMO_ACCOUNTS } from '../store/demoAccounts.js';
import { whenIdleOf } from './activityClaimGate.js';
import type { Mount } from './server.js';
import { registerMetrics } from '../metrics/index.js';
import { registerInsights } from '../insights/index.js';
import { registerPaymentsWebhook } from '../payments/webhook.js';
import { registerCommitmentViews } from '../review/payments.js';

/** Web chat (Direct Line 3.0 + the Web Chat page) and its demo links printed at start. */
const directLine: Mount = (server, app) => {
  // issue 19: the rate counters and the broker come from the backend (shared on PostgreSQL)
  const channel = registerDirectLine(server, app, {
    counters: app.backend.counters,
    broker: app.backend.broker,
    ...(app.backend.directLine ? { store: app.backend.directLine } : {}),
    ...(app.backend.directLineHeld ? { held: app.backend.directLineHeld } : {}), // issue 19 remind23
    ...(app.backend.activityClaims ? { claims: app.backend.activityClaims } : {}), // issue 19 exactonce
    whenIdle: whenIdleOf(app.backend.turnLock), // claim24: a takeover waits for a claimant still running
  });
  app.onClose(() => channel.close());
  app.metrics.sample('directline', app.metrics.directLineSockets, () => channel.openStreams());
  // Links only for the demo accounts while the demo seed is on: a link in a log is a way into
  // someone's chat. Real people get theirs from `npm run --silent link -- <user>` (issue 12).
  const demo = new Set(DEMO_ACCOUNTS.map((a) => a.channelUserId));
  if (!app.config.SEED_DEMO) return;
  // The notes are printed once the server listens and this lookup has answered (on PostgreSQL it
  // used to answer after they were printed, and no link was shown).
  const listed = app.stores.accounts
    .list()
    .then((accounts) => {
      const shown = accounts.filter(
        (a) => a.channel === app.config.SEED_DEMO_CHANNEL && demo.has(a.channelUserId),
      );
      for (const account of shown) {
        app.notes.push(
          `chat link for ${account.channelUserId}: ${chatLink(account.channelUserId, app.clock, app.config)}`,
        );
      }
    })
    .catch((err: unknown) => app.logger.error({ err }, 'demo chat links not listed'));
  app.pendingNotes.push(listed);
};

/** WeChat Official Account webhook; does nothing while WECHAT_* are unset. */
const weChat: Mount = (server, app) => {
  registerWeChat(server, app, {}, app.backend.wechatInbound);
};

/** The compliance review API and console at /review (REVIEWER_USERS sign in). */
const review: Mount = (server, app) => {
  registerReview(server, {
    config: app.config,
    clock: app.clock,
    logger: app.logger,
    db: app.db,
    auth: app.auth,
    store: app.transcriptStore,
    reveals: app.backend.reveals,
  });
  app.auth.mountLoginLog(server, '/api/review/logins'); // staff sign-ins and failures (issue 12)
};

/** issue 21: GET /metrics (METRICS_TOKEN or loopback) and the /insights dashboard (reviewers). */
const operations: Mount = (server, app) => {
  registerMetrics(server, app.metrics, { token: app.config.METRICS_TOKEN });
  registerInsights(server, {
    db: app.db,
    ...(app.backend.insights ? { store: app.backend.insights } : {}),
    auth: app.auth,
    clock: app.clock,
    logger: app.logger,
  });
};

/** The core banking system's payments feed (issue 17); 503 while PAYMENTS_WEBHOOK_SECRET is unset. */
const payments: Mount = (server, app) => {
  registerPaymentsWebhook(server, {
    secret: app.config.PAYMENTS_WEBHOOK_SECRET,
    store: app.stores.payments,
    clock: app.clock,
    logger: app.logger,
    maxBodyBytes: app.config.MAX_BODY_BYTES,
    requireTimestamp: app.config.PAYMENTS_WEBHOOK_REQUIRE_TIMESTAMP,
    toleranceSeconds: app.config.PAYMENTS_WEBHOOK_TOLERANCE_SECONDS,
  });
  registerCommitmentViews(server, { cases: app.backend.cases, auth: app.auth });
};

/** Escalations to people: the agent API and console at /agent (AGENT_USERS sign in). */
const mountHandoff: Mount = (server, app) => {
  app.handoff.mount(server);
};

/** The channels and consoles the service mounts, in order. */
export const mounts: Mount[] = [directLine, weChat, review, mountHandoff, payments, operations];
