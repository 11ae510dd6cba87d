import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  ShowTypingMiddleware,
  type Middleware,
} from 'botbuilder';
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
import { openDatabase } from '../store/db.js';
import { seedDemoAccounts } from '../store/demoAccounts.js';
import { createSqliteStores } from '../store/stores.js';
import type { AppContext } from './appContext.js';
import { cloudChannel, MapChannelRegistry, StoredProactiveMessenger } from './channelRegistry.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { GuardedSendMiddleware } from './middleware/guardedSend.js';
import { SqliteStorage } from './sqliteStorage.js';
import type { TranscriptSink } from './transcriptSink.js';
import { SqliteTranscriptStore, TranscriptWriter } from '../store/transcripts/index.js';
import { TranscriptMiddleware } from './middleware/transcriptMiddleware.js';
import { createAuth, type Auth } from './auth/index.js';
import { createHandoff, type Handoff } from './handoff/index.js';
import { createReminderService } from '../reminders/index.js';
import type { ReminderService } from '../reminders/service.js';
import { ProactiveReminderSender } from './reminderSender.js';
// issue 21: metrics
import { collectFromStores, createMetrics, meteredTranscript, type Metrics } from '../metrics/index.js';
import { TurnMetricsMiddleware } from './middleware/turnMetrics.js';
import { QueueFollowUpEscalator } from '../payments/queueEscalator.js';

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  responder?: Responder;
  understander?: Understander;
  transcript?: TranscriptSink;
}

export type ModelStatus =
  | { mode: 'offline' }
  | { mode: 'model'; model: string; state: 'ok' }
  | { mode: 'model'; model: string; state: 'degraded'; reason: string; since: string };

export interface App extends AppContext {
  cloudAdapter: CloudAdapter;
  /** Reviewer and agent credentials, sessions and role checks. */
  auth: Auth;
  handoff: Handoff;
  /** Proactive reminders under the contact rules; `start()` runs them on the service's clock. */
  reminders: ReminderService;
  transcriptStore: SqliteTranscriptStore;
  /** Lines printed at start (e.g. the demo chat links). Channels may add to it. */
  startupNotes(): string[];
  notes: string[];
  /** Whether replies are worded by a model, and whether it is answering (for /healthz). */
  modelStatus(): ModelStatus;
  transcript: TranscriptSink;
  services: DialogServices;
  /** Prometheus metrics on this app's own registry (served at /metrics). */
  metrics: Metrics;
  /** Registers work to finish before the database closes (channels, writers, timers). */
  onClose(fn: () => Promise<void> | void): void;
  close(): Promise<void>;
}


function cloudAdapterFor(config: Config): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  return new CloudAdapter(auth);
}

/**
 * Builds the running service's parts: storage, policy, language, dialogs, the guarded send
 * path and the channel registry. Channels and consoles are mounted by `createServer`.
 */
export function createApp(config: Config, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const db = openDatabase(config.dataDir);
  const stores = createSqliteStores(db);
  if (config.SEED_DEMO) seedDemoAccounts(stores.accounts, clock.now());
  const transcriptStore = new SqliteTranscriptStore(db);
  const writer = new TranscriptWriter({
    store: transcriptStore,
    clock,
    onFailure: (f) => {
      if (f.kind === 'recovered') logger.info({ transcript: f }, 'transcript write recovered');
      else logger.error({ transcript: f }, 'transcript write failed; will retry');
    },
  });
  const metrics = createMetrics();
  const transcript: TranscriptSink = meteredTranscript(options.transcript ?? writer, metrics);
  metrics.sample('transcript', metrics.transcriptBacklog, () => writer.pending);
  collectFromStores(metrics, db, clock);
  const accountOf = (conversationId: string): string | undefined => stores.conversations.accountOf(conversationId);
  const auth = createAuth({ config, clock });
  const bank = bankWording(config);

  // Offline rules and templates without OPENAI_API_KEY; the model (still guarded) with it.
  const language = createLanguage(config, logger, { clock });
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
    },
    turnDeadlineMs: config.TURN_DEADLINE_MS,
  };
  const conversationState = new ConversationState(new SqliteStorage(db));
  const bot = new CollectionBot({
    conversationState,
    services,
    transcript,
    scanInbound,
    serviceNumbers: bank.serviceNumbers,
    paymentChannels: paymentChannelTerms(config.PAYMENT_CHANNELS),
  });
  const middleware: Middleware[] = [
    new TurnMetricsMiddleware(metrics),
    new TranscriptMiddleware({
      writer: transcript,
      clock,
      accountOf,
      onError: (err) => logger.error({ err }, 'inbound transcript logging failed'),
    }),
    new GuardedSendMiddleware({
      clock,
      accountOf,
      check,
      safeMessage,
      transcript,
      logger,
      serviceNumbers: bank.serviceNumbers,
      paymentChannels: paymentChannelTerms(config.PAYMENT_CHANNELS),
    }),
  ];
  const cloudAdapter = cloudAdapterFor(config);
  cloudAdapter.onTurnError = async (context, error) => {
    logger.error({ err: error, conversationId: context.activity.conversation?.id }, 'turn failed');
    const locale = context.activity.locale?.startsWith('en') ? 'en' : 'zh-CN';
    await context.sendActivity(safeMessage(locale)).catch(() => undefined);
  };
  const notes: string[] = [];
  const closers: (() => Promise<void> | void)[] = [];
  const channels = new MapChannelRegistry(cloudChannel(cloudAdapter, config.MicrosoftAppId));
  const proactive = new StoredProactiveMessenger(stores.conversations, channels);
  // Escalation to people: queued handoffs hold the conversation (the router relays the person's
  // words to the agent instead of running the bot). Order: transcript in, guarded send, router, typing.
  const handoff = createHandoff({ config, clock, logger, db, transcript, proactive, services }, { auth });
  services.escalator = handoff.escalator;
  middleware.push(handoff.router, new ShowTypingMiddleware(600, 2000));
  cloudAdapter.use(...middleware);
  const reminders = createReminderService({
    db,
    stores,
    config,
    clock,
    logger,
    isHandledByHuman: (accountId) => handoff.isHandledByHuman(accountId),
    sender: new ProactiveReminderSender(db, proactive, bot, logger),
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
    middleware,
    channels,
    proactive,
    cloudAdapter,
    auth,
    handoff,
    reminders,
    transcriptStore,
    modelStatus: () => language.health.status(),
    notes,
    startupNotes: () => notes,
    transcript,
    services,
    metrics,
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
      await writer.flush(5000).catch((err: unknown) => logger.error({ err }, 'transcript records still pending at shutdown'));
      if (db.open) db.close();
    },
  };
}
