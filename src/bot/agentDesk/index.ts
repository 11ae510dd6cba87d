import { registerAgentCommitments } from '../../review/payments.js';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Clock } from '../../core/clock.js';
import { RecordingEscalator } from '../../dialogs/recordingEscalator.js';
import type { DialogServices, Escalator } from '../../dialogs/services.js';
import { check as guardrailCheck } from '../../guardrails/index.js';
import type { MessageJudge } from '../../guardrails/types.js';
import { paymentChannelTerms } from '../../language/templateResponder.js';
import { parseAgentHours, SqliteHandoffStore, type HandoffStore } from '../../handoff/index.js';
import { type CaseStores, sqliteCaseStores } from '../../store/caseFiles.js';
import type { Db } from '../../store/db.js';
import { SqliteStaffLoginLog } from '../../store/staffLogins.js';
import { mountAgentConsole } from '../../web/agent/agentPage.js';
import type { ProactiveMessenger } from '../../channels/host.js';
import { createAuth, type Auth } from '../../auth/auth.js';
import type { Config } from '../../config/config.js';
import type { CheckFn } from '../middleware/guardedSend.js';
import type { TranscriptSink } from '../../channels/transcriptSink.js';
import { mountAgentApi } from './agentRoutes.js';
import type { VerifiedAudienceReader } from './verifiedAudience.js';
import { HandoffDesk } from './handoffDesk.js';
import { HandoffEscalator } from './handoffEscalator.js';
import { HandoffRouter } from './handoffRouter.js';
import { HandoffRelay } from './relay.js';
import { SqliteTranscriptStore } from '../../store/transcripts/index.js';
import { transcriptReader, type TranscriptPages, type TranscriptReader } from './transcriptReader.js';

export { HandoffDesk } from './handoffDesk.js';
export { HandoffEscalator, HANDOFF_INITIATE, TRANSCRIPT_CONTENT_TYPE } from './handoffEscalator.js';
export { HandoffRouter } from './handoffRouter.js';
export { HandoffRelay, HANDOFF_TRACE_VALUE_TYPE, type AgentSendOutcome, type HandoffStep } from './relay.js';
export { AGENT_API, mountAgentApi } from './agentRoutes.js';
export { transcriptReader, type TranscriptReader } from './transcriptReader.js';
export {
  aimAtVerifiedSession,
  audienceOf,
  verifiedAudienceReader,
  type VerifiedAudience,
  type VerifiedAudienceReader,
} from './verifiedAudience.js';

/** What the handoff needs from the running service (the App has all of it). */
export interface HandoffHost {
  config: Pick<
    Config,
    | 'AGENT_HOURS'
    | 'HANDOFF_CALLBACK_AFTER_SECONDS'
    | 'BANK_SERVICE_NUMBERS'
    | 'REVIEWER_USERS'
    | 'AGENT_USERS'
    | 'publicUrl'
    | 'PAYMENT_CHANNELS'
  >;
  clock: Clock;
  logger: Logger;
  db: Db;
  transcript: TranscriptSink;
  proactive: ProactiveMessenger;
  /** Read when a conversation is escalated, so the App may finish building it after this call. */
  services: DialogServices;
}

export interface HandoffOptions {
  /** The service's shared Auth (one login store for the review and agent consoles). */
  auth?: Auth;
  store?: HandoffStore;
  check?: CheckFn;
  /** GUARDRAIL_MODEL_CHECK: the model judge for agents' messages (binding under `enforce`). */
  judge?: MessageJudge;
  readTranscript?: TranscriptReader;
  /** Where the handoff event's transcript is read when the sink keeps no records (default: SQLite on `host.db`). */
  transcripts?: TranscriptPages;
  /** What the agent's payments view reads (default: the case stores on `host.db`). */
  cases?: CaseStores;
  /** The conversation's current verified session on a proactive turn (SECURITY.md): see HandoffRelay. */
  audience?: VerifiedAudienceReader;
  /** How often queued people are checked for a due callback offer (default: a quarter of the wait, 1–15 s). */
  sweepMs?: number;
}

/** The running handoff: its parts for createApp, and its HTTP side for the server. */
export interface Handoff {
  /**
   * Replaces RecordingEscalator in `services.escalator`. Without AGENT_USERS there is nobody
   * to hand over to: escalations are only recorded, and the bot keeps answering.
   */
  escalator: Escalator;
  /** Middleware: its place in the one list is written in bot/pipeline.ts. */
  router: HandoffRouter;
  desk: HandoffDesk;
  store: HandoffStore;
  /** Whether a human has or is about to take the account's conversation (for reminders: hold off). */
  isHandledByHuman(accountId: string): Promise<boolean>;
  /** Offers the callback to everyone who waited too long; the mounted service runs it on a timer. */
  sweep(): Promise<number>;
  /**
   * Mounts the agent API and the console at /agent, and starts the callback timer. `overrides`
   * replace the options' auth and sweep interval (tests use a cheap password hash).
   */
  mount(server: Server, overrides?: { auth?: Auth; sweepMs?: number }): void;
  /** Stops the callback timer (also stopped when the server closes). */
  stop(): void;
}

/**
 * Builds the handoff for a service. Parses AGENT_HOURS (throws AgentHoursError saying how to
 * fix it). Conversations are handed over only when AGENT_USERS names at least one agent.
 *
 *   const handoff = createHandoff(host, { auth });   // createApp does this once
 *   services.escalator = handoff.escalator;
 *   turnPipeline({ ..., handoffRouter: handoff.router, ... }); // bot/pipeline.ts
 *   handoff.mount(server); // the agent API and console (see `mounts.ts`)
 */
export function createHandoff(host: HandoffHost, options: HandoffOptions = {}): Handoff {
  const hours = parseAgentHours(host.config.AGENT_HOURS);
  const store = options.store ?? new SqliteHandoffStore(host.db);
  const services = (): DialogServices => host.services;
  const relay = new HandoffRelay({
    store,
    services: {
      get responder() {
        return services().responder;
      },
      get turnDeadlineMs() {
        return services().turnDeadlineMs;
      },
      clock: host.clock,
      logger: host.logger,
    },
    transcript: host.transcript,
    proactive: host.proactive,
    check: options.check ?? guardrailCheck,
    serviceNumbers: host.config.BANK_SERVICE_NUMBERS,
    // issue 16: agents may name the bank's own payment channels, and only those
    paymentChannels: paymentChannelTerms(host.config.PAYMENT_CHANNELS),
    ...(options.judge ? { judge: options.judge } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  });
  const callbackAfterSeconds = host.config.HANDOFF_CALLBACK_AFTER_SECONDS;
  const desk = new HandoffDesk({
    store,
    relay,
    clock: host.clock,
    logger: host.logger,
    hours,
    callbackAfterSeconds,
  });
  const escalator: Escalator =
    host.config.AGENT_USERS.length > 0
      ? new HandoffEscalator({
          desk,
          services,
          readTranscript:
            options.readTranscript ??
            transcriptReader(host.transcript, options.transcripts ?? new SqliteTranscriptStore(host.db, 100)),
        })
      : new RecordingEscalator(services);
  const router = new HandoffRouter({ desk });

  let timer: NodeJS.Timeout | undefined;
  let sweeping = false;
  const sweep = async (): Promise<number> => {
    if (sweeping) return 0;
    sweeping = true;
    try {
      return await desk.offerDueCallbacks();
    } finally {
      sweeping = false;
    }
  };
  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const handoff: Handoff = {
    escalator,
    router,
    desk,
    store,
    sweep,
    stop,
    isHandledByHuman: async (accountId) => (await store.openForAccount(accountId)) !== undefined,
    mount: (server, overrides = {}) => {
      const auth =
        overrides.auth ??
        options.auth ??
        createAuth({ config: host.config, clock: host.clock, loginLog: new SqliteStaffLoginLog(host.db) });
      mountAgentApi(server, desk, auth);
      mountAgentConsole(server);
      registerAgentCommitments(server, {
        cases: options.cases ?? sqliteCaseStores(host.db),
        auth,
        handoffs: store,
      }); // issue 17: payments beside the conversation
      const every =
        overrides.sweepMs ?? options.sweepMs ?? Math.max(1000, Math.min(15_000, callbackAfterSeconds * 250));
      stop();
      timer = setInterval(() => {
        sweep().catch((err: unknown) => host.logger.error({ err }, 'handoff: callback sweep failed'));
      }, every);
      timer.unref();
      server.server.once('close', stop);
    },
  };
  return handoff;
}

/** Mounts the agent API and console for the handoff createApp built. */
