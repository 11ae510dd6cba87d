import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from 'pino';
import { systemClock, type Clock } from '../core/clock.js';
import { CollectionBot } from './collectionBot.js';
import { RecordingEscalator, type DialogServices } from '../dialogs/index.js';
import { check, scanInbound } from '../guardrails/index.js';
import { createLanguage } from '../language/model/index.js';
import { bankWording, paymentChannelTerms } from '../language/templateResponder.js';

export { bankWording };
import type { Responder } from '../language/responder.js';
import type { Understander } from '../language/understander.js';
import { ConfiguredRepaymentPolicy, policySettingsFromConfig } from '../policy/index.js';
import { safeMessage } from '../prompts/index.js';
import type { AppContext } from '../channels/host.js';
import { cloudChannel, GuardedChannelRegistry, StoredProactiveMessenger } from './channelRegistry.js';
import { turnErrorHandler, turnPipeline } from './pipeline.js';
import type { Config } from '../config/config.js';
import { serviceHoursFrom } from '../config/serviceHours.js';
import { createLogger } from './logger.js';
import { GuardedSendMiddleware } from './middleware/guardedSend.js';
import { cachedCheck } from './middleware/verdictCache.js';
import { reusedClients } from './reusedClients.js';
import type { TranscriptSink } from '../channels/transcriptSink.js';
import { TranscriptWriter } from '../store/transcripts/index.js';
import type { TranscriptReader, TranscriptRetention } from '../store/transcripts/split.js';
import { TranscriptMiddleware } from './middleware/transcriptMiddleware.js';
import { TypingIndicator } from './middleware/typingIndicator.js';
import { createAuth, type Auth } from '../auth/index.js';
import { createHandoff, verifiedAudienceReader, type Handoff } from './agentDesk/index.js';
import { createReminderService } from '../reminders/index.js';
import type { ReminderService } from '../reminders/service.js';
import { ProactiveReminderSender } from './reminderSender.js';
// issue 21: metrics
import {
  collectFromStores,
  createMetrics,
  meteredTranscript,
  modelResultLabel,
  type Metrics,
} from '../metrics/index.js';
import { TurnMetricsMiddleware } from './middleware/turnMetrics.js';
import { QueueFollowUpEscalator } from '../payments/queueEscalator.js';
import { caseHistory } from '../payments/history.js';
import { ProcessStatus } from './processStatus.js';
import { openSqliteBackend, type Backend } from './backend.js';
import { LeanConversationState } from './leanConversationState.js';

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  responder?: Responder;
  understander?: Understander;
  transcript?: TranscriptSink;
  /** Where the state lives (default: SQLite under DATA_DIR); `openBackend` in pgBackend.ts chooses. */
  backend?: Backend;
}

export type ModelStatus =
  | { mode: 'offline' }
  | { mode: 'model'; model: string; state: 'ok' }
  | { mode: 'model'; model: string; state: 'degraded'; reason: string; since: string };

export interface App extends AppContext {
  /** The registry: `register` (or `guard`, for an adapter not reached by id) is what guards an adapter. */
  channels: GuardedChannelRegistry;
  cloudAdapter: CloudAdapter;
  /** Reviewer and agent credentials, sessions and role checks. */
  auth: Auth;
  handoff: Handoff;
  /** Proactive reminders under the contact rules; `start()` runs them on the service's clock. */
  reminders: ReminderService;
  /** The transcript as review, the agent desk and retention see it (the backend's store). */
  transcriptStore: TranscriptReader & TranscriptRetention;
  /** The write-ahead writer behind `transcript` (backlog and failures for /healthz). */
  transcriptWriter: TranscriptWriter;
  /** Lines printed at start (e.g. the demo chat links). Channels may add to it. */
  startupNotes(): string[];
  notes: string[];
  /** Lookups still adding to `notes` (the demo links read the accounts): printed once they settle. */
  pendingNotes: Promise<unknown>[];
  /** Whether replies are worded by a model, and whether it is answering (for /healthz). */
  modelStatus(): ModelStatus;
  transcript: TranscriptSink;
  services: DialogServices;
  /** Prometheus metrics on this app's own registry (served at /metrics). */
  metrics: Metrics;
  /** Registers work to finish before the database closes (channels, writers, timers). */
  onClose(fn: () => Promise<void> | void): void;
  /** Closes everything; resolves with how many transcript records are still at risk (0: durable). */
  close(): Promise<number>;
  /** Unhandled rejections survived, supervisor restarts, shutdown under way (for /healthz). */
  processStatus: ProcessStatus;
  /** Every store the service keeps, on one backend (issue 19). */
  backend: Backend;
}

function cloudAdapterFor(config: Config): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  // issue 19 item 5: the outbound clients are built once, not on every inbound activity
  return new CloudAdapter(reusedClients(auth).auth);
}

/**
 * Builds the running service's parts: storage, policy, language, dialogs, the guarded send
 * path and the channel registry. Channels and consoles are mounted by `createServer`.
 */
export function createApp(given: Config, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(given.LOG_LEVEL);
  // issue 19: one place builds every store (SQLite by default, PostgreSQL with DATABASE_URL)
  const backend = options.backend ?? openSqliteBackend(given, { clock, logger });
  // scalesec22: on PostgreSQL without LINK_SECRET the link secret is the database's, shared by every instance
  const config = backend.linkSecret === undefined ? given : { ...given, linkSecret: backend.linkSecret };
  const { db, stores } = backend;
  const transcriptStore = backend.transcripts;
  const metrics = createMetrics();
  const writer = new TranscriptWriter({
    store: transcriptStore,
    clock,
    onFailure: (f) => {
      if (f.kind === 'recovered') logger.info({ transcript: f }, 'transcript write recovered');
      else if (f.kind === 'retrying') logger.error({ transcript: f }, 'transcript write failed; will retry');
      else if (f.kind === 'refused') {
        // claim24: one record the store refused (its code and constraint only, no value); its turn
        // failed, the instance's other conversations go on.
        metrics.transcriptRefused.inc({ kind: f.refusal, stage: f.stage });
        logger.error({ transcript: f }, 'transcript record refused by the store; only its own turn failed');
      } else logger.error({ transcript: f }, 'transcript record cannot be stored as given');
    },
  });
  const transcript: TranscriptSink = meteredTranscript(options.transcript ?? writer, metrics);
  metrics.sample('transcript', metrics.transcriptBacklog, () => writer.pending);
  collectFromStores(metrics, backend.operationalCounts, clock);
  const accountOf = (conversationId: string): Promise<string | undefined> =>
    stores.conversations.accountOf(conversationId);
  const auth = createAuth({
    config,
    clock,
    loginLog: backend.staffLogins,
    // issue 19: shared by every instance on PostgreSQL; in this process otherwise
    ...(backend.consoleSessions ? { sessionStore: backend.consoleSessions } : {}),
    ...(backend.signInThrottle ? { signInThrottle: backend.signInThrottle } : {}),
  });
  const bank = bankWording(config);

  // Offline rules and templates without OPENAI_API_KEY; the model (still guarded) with it.
  const language = createLanguage(config, logger, { clock });
  // Understanding and judge calls are counted as the model health sees them; wording calls are
  // counted from the reply traces (purpose "respond"), so they are not counted twice.
  language.health.observe((purpose, result) => {
    if (purpose !== 'wording')
      metrics.modelCalls.inc({ purpose, result: modelResultLabel(result === 'ok' ? undefined : result) });
  });
  const services: DialogServices = {
    stores,
    policy: new ConfiguredRepaymentPolicy(policySettingsFromConfig(config)),
    responder: options.responder ?? language.responder,
    understander: options.understander ?? language.understander,
    escalator: new RecordingEscalator(() => services),
    clock,
    logger,
    settings: {
      maxVerifyAttempts: config.VERIFY_MAX_ATTEMPTS,
      lockMinutes: config.VERIFY_LOCK_MINUTES,
      humanEtaMinutes: 10,
      crisisLine: bank.crisisLine,
      maxGuardFallbacks: 3,
      paymentChannels: config.PAYMENT_CHANNELS,
      defaultJurisdiction: config.DEFAULT_JURISDICTION,
      serviceHours: serviceHoursFrom(config.SERVICE_HOURS, config.AGENT_HOURS),
    },
    turnDeadlineMs: config.TURN_DEADLINE_MS,
  };
  // issue 19 item 5: the state's change check by its JSON, not botbuilder's hash three times a turn
  const conversationState = new LeanConversationState(backend.state);
  const bot = new CollectionBot({
    conversationState,
    services,
    transcript,
    scanInbound,
    serviceNumbers: bank.serviceNumbers,
    verifiedSessionMinutes: config.VERIFIED_SESSION_MINUTES,
    paymentChannels: paymentChannelTerms(config.PAYMENT_CHANNELS),
    turnLock: backend.turnLock,
  });
  const turnScope = backend.turnLock.hold?.bind(backend.turnLock);
  const transcriptIn = new TranscriptMiddleware({
    writer: transcript,
    clock,
    accountOf,
    onError: (err) => logger.error({ err }, 'inbound message not recorded; the turn is refused'),
    // issue 19 pg15: on PostgreSQL the inbound record's write-ahead tries the turn lock with it
    ...(turnScope ? { turnScope } : {}),
  });
  const guardedSend = new GuardedSendMiddleware({
    clock,
    accountOf,
    // issue 19 item 5: fixed texts are checked once, not on every turn (the rules are pure)
    check: cachedCheck(check),
    safeMessage,
    transcript,
    logger,
    serviceNumbers: bank.serviceNumbers,
    paymentChannels: paymentChannelTerms(config.PAYMENT_CHANNELS),
  });
  const notes: string[] = [];
  const closers: (() => Promise<void> | void)[] = [];
  // Every adapter is guarded by being registered: the registry applies the one middleware list
  // (bot/pipeline.ts) and the one turn-error handler.
  const channels = new GuardedChannelRegistry(turnErrorHandler({ logger, safeMessage }));
  const proactive = new StoredProactiveMessenger(stores.conversations, channels);
  // Escalation to people: queued handoffs hold the conversation (the router relays the person's
  // words to the agent instead of running the bot).
  // SECURITY.md: proactive messages worded as verified reach only the session that verified
  const verifiedAudience = verifiedAudienceReader(conversationState, config.VERIFIED_SESSION_MINUTES, clock);
  const handoff = createHandoff(
    { config, clock, logger, db, transcript, proactive, services },
    // issue 16: GUARDRAIL_MODEL_CHECK judges agents' messages too
    {
      auth,
      store: backend.handoffStore,
      // issue 19: the handoff event's history comes from the backend's transcript
      transcripts: transcriptStore,
      cases: backend.cases,
      ...(language.judge ? { judge: language.judge } : {}),
      // SECURITY.md: an agent's verified message reaches only the session that verified
      audience: verifiedAudience,
    },
  );
  services.escalator = handoff.escalator;
  const cloudAdapter = cloudAdapterFor(config);
  channels.seal(
    turnPipeline({
      metrics: new TurnMetricsMiddleware(metrics),
      transcriptIn,
      guardedSend,
      handoffRouter: handoff.router,
      typing: new TypingIndicator({ logger, delayMs: 600, periodMs: 2000 }),
    }),
    cloudChannel(cloudAdapter, config.MicrosoftAppId),
  );
  const reminders = createReminderService({
    db,
    stores,
    store: backend.reminders,
    followUps: {
      followUps: backend.followUps,
      history: (accountId) => caseHistory(backend.cases, accountId),
    },
    config,
    clock,
    logger,
    isHandledByHuman: (accountId) => handoff.isHandledByHuman(accountId),
    sender: new ProactiveReminderSender(
      backend.reminderDeliveries,
      clock,
      proactive,
      bot,
      logger,
      verifiedAudience,
    ),
    // issue 17: two missed commitments in a row, or a care flag, put the case in the agents' queue
    followUp: new QueueFollowUpEscalator(handoff.store, stores),
  });
  return {
    config,
    clock,
    logger,
    db,
    stores,
    bot,
    channels,
    proactive,
    cloudAdapter,
    auth,
    handoff,
    reminders,
    transcriptStore,
    transcriptWriter: writer,
    modelStatus: () => language.health.status(),
    notes,
    pendingNotes: [],
    startupNotes: () => notes,
    transcript,
    services,
    metrics,
    processStatus: new ProcessStatus(),
    backend,
    onClose: (fn) => {
      closers.push(fn);
    },
    close: async () => {
      handoff.stop();
      await reminders.stop();
      for (const fn of closers.reverse()) {
        try {
          await fn();
        } catch (err) {
          logger.error({ err }, 'shutdown step failed');
        }
      }
      let atRisk = 0;
      await writer.flush(config.SHUTDOWN_GRACE_MS).catch((err: unknown) => {
        atRisk = writer.pending;
        logger.error({ err, atRisk }, 'transcript records still pending at shutdown');
      });
      await backend.close();
      return atRisk;
    },
  };
}
