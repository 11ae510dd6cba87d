import type { ActivityClaims } from '../../store/activityClaims.js';
import { claimGateFor } from '../../store/activityClaimGate.js';
import { TurnContext, type Activity } from 'botbuilder';
import type { Server } from 'restify';
import type { AppContext, ChannelAdapter } from '../host.js';
import { ANY_CHANNEL, type Account } from '../../store/accounts.js';
import { mountChatPage } from '../../web/chat/chatPage.js';
import { verifyLinkToken } from './linkToken.js';
import { DIRECTLINE_CHANNEL_ID, DirectLineAdapter } from './directLineAdapter.js';
import { DirectLineRoutes } from './directLineRoutes.js';
import { SqliteDirectLineStore, type DirectLineStore } from './directLineStore.js';
import { DirectLineTokens } from './directLineToken.js';
import { SqliteRateCounters, type RateCounters } from '../../store/rateCounters.js';
import { SharedRateLimiter } from '../../store/sharedLimits.js';
import type { ConversationBroker } from './conversationBroker.js';
import { StreamHub } from './streamHub.js';
import { WriteAheadDirectLineStore } from './writeAheadStore.js';
import { SqliteHeldDeliveryWriter, type HeldDeliveryWriter } from './heldDeliveryWriter.js';

export { chatLink, createLinkToken, verifyLinkToken, type LinkTokenOutcome } from './linkToken.js';
export { DirectLineAdapter, DIRECTLINE_CHANNEL_ID, BOT_ACCOUNT } from './directLineAdapter.js';
export { SqliteDirectLineStore, type DirectLineStore, type StoredActivity } from './directLineStore.js';
export { DirectLineTokens } from './directLineToken.js';
export { DIRECTLINE_BASE } from './directLineRoutes.js';
export {
  LocalConversationBroker,
  type ConversationBroker,
  type ConversationFrame,
} from './conversationBroker.js';

export interface DirectLineOptions {
  /** Keep-alive frame interval (default 20 s). */
  keepAliveMs?: number;
  /** How often open sockets pick up activities stored by other processes (default 1 s). */
  tailMs?: number;
  /** Activities per GET /activities page and per replay frame (default 100). */
  pageSize?: number;
  /** How long a streamUrl may be used to connect (default 300 s). */
  streamTokenTtlSeconds?: number;
  /** Open WebSocket streams one conversation may hold (tabs, devices; default 8, a newer one closes the oldest). */
  maxStreamsPerConversation?: number;
  /** Bytes a stream may leave unread before it is sent nothing more until it reads (default 4 MiB). */
  maxBufferedBytes?: number;
  /**
   * Carries activities to every instance holding a socket of the conversation (default: this
   * process only; `PgConversationBroker` spans instances on one PostgreSQL).
   */
  broker?: ConversationBroker;
  /**
   * Where DIRECTLINE_RATE_PER_MINUTE is counted (issue 19): the backend's shared counters, so
   * every instance on one database counts the same requests (default: the app's SQLite file).
   */
  counters?: RateCounters;
  /**
   * The conversations and activities (issue 19: `PgDirectLineStore`, with its write-ahead into the
   * PostgreSQL transcript). Default: SQLite on `app.db`, written ahead into `app.transcript` in
   * one transaction.
   */
  store?: DirectLineStore;
  /**
   * issue 19 exactonce: where a post's clientActivityID is claimed (the backend's shared claims on
   * PostgreSQL). Default: SQLite on `app.db`.
   */
  claims?: ActivityClaims;
  /** claim24: resolves once no turn of the conversation runs (the turn lock's); a takeover waits for it. */
  whenIdle?: (conversationId: string) => Promise<void>;
  /**
   * issue 19 remind23: writes a reminder's delivery (key, transcript records, activities) in one
   * transaction (`PgHeldDeliveryWriter` beside `PgDirectLineStore`). Default: SQLite on `app.db`
   * when `store` is the default too; otherwise none (reminders then go out at most once).
   */
  held?: HeldDeliveryWriter;
}

/** The running Direct Line channel: its adapter (registered as 'directline') and a shutdown. */
export interface DirectLineChannel extends ChannelAdapter {
  adapter: DirectLineAdapter;
  store: DirectLineStore;
  /** Open WebSocket streams. */
  openStreams(): number;
  /** Closes the sockets and timers; call before closing the HTTP server. */
  close(): Promise<void>;
}

/**
 * Serves Direct Line 3.0 at /v3/directline (REST and the WebSocket stream on `server.server`)
 * and the web chat page at /chat, runs `app.bot` in process, and registers the channel as
 * 'directline' in `app.channels` (which gives the adapter the service's middleware and error
 * handler) so proactive messages (reminders, agents) reach the page's stream and polls. Each
 * turn looks the person's account up once and saves the conversation reference once; the bot
 * reuses both.
 *
 *   const directLine = registerDirectLine(server, app);
 *   ... on shutdown: await directLine.close(); server.close();
 */
export function registerDirectLine(
  server: Server,
  app: AppContext,
  options: DirectLineOptions = {},
): DirectLineChannel {
  const pageSize = options.pageSize ?? 100;
  const sqlite = options.store ? undefined : new SqliteDirectLineStore(app.db);
  const store =
    options.store ??
    new WriteAheadDirectLineStore(sqlite ?? new SqliteDirectLineStore(app.db), app.db, (activity, person) => {
      app.transcript.commitNow([{ activity, meta: person.accountId ? { accountId: person.accountId } : {} }]);
    });
  const held =
    options.held ??
    (sqlite
      ? new SqliteHeldDeliveryWriter(app.db, sqlite, (items) => app.transcript.commitNow(items))
      : undefined);
  const hub = new StreamHub(store, app.logger, {
    keepAliveMs: options.keepAliveMs ?? 20_000,
    tailMs: options.tailMs ?? 1000,
    frameSize: pageSize,
    maxStreamsPerConversation: options.maxStreamsPerConversation,
    maxBufferedBytes: options.maxBufferedBytes,
    broker: options.broker,
  });
  const adapter = new DirectLineAdapter({
    store,
    hub,
    clock: app.clock,
    logger: app.logger,
    bot: app.bot,
    serviceUrl: app.config.publicUrl,
    identify: (userId) => app.stores.accounts.findByChannelUser(userId, ANY_CHANNEL),
    onInbound: (activity, account) => saveReference(app, activity, account),
    ...(held ? { held } : {}),
  });
  const tokens = new DirectLineTokens(app.config, options.streamTokenTtlSeconds ?? 300);
  const limiter = new SharedRateLimiter(
    options.counters ?? new SqliteRateCounters(app.db),
    app.clock,
    app.config.DIRECTLINE_RATE_PER_MINUTE,
  );
  const routes = new DirectLineRoutes({
    config: app.config,
    clock: app.clock,
    logger: app.logger,
    store,
    tokens,
    adapter,
    limiter,
    pageSize,
    once: claimGateFor(
      app.config,
      app.clock,
      {
        claims: options.claims,
        db: app.db,
        ...(options.whenIdle ? { whenIdle: options.whenIdle } : {}),
        onIdleWaitError: (err) =>
          app.logger.warn(
            { err },
            'directline: a takeover could not wait for the running turn; answered busy',
          ),
      },
      (err) =>
        app.logger.warn({ err }, 'directline: old activity claims could not be forgotten; retried later'),
    ),
  });
  routes.mount(server);
  hub.attach(server.server, (conversationId, url) => routes.authorizeStream(conversationId, url));
  mountChatPage(server, {
    verifyLink: (token) => verifyLinkToken(token, app.clock, app.config),
    config: app.config,
    clock: app.clock,
    logger: app.logger,
    accounts: app.stores.accounts,
  });

  const channel: DirectLineChannel = {
    adapter,
    store,
    continueConversation: (reference, logic) => adapter.continueConversation(reference, logic),
    openStreams: () => hub.size,
    close: () => hub.close(),
  };
  app.channels.register(DIRECTLINE_CHANNEL_ID, channel);
  return channel;
}

/** Keeps the conversation reference so reminders and agents can reach the person later; true when saved. */
async function saveReference(
  app: AppContext,
  activity: Partial<Activity>,
  account: Account | undefined,
): Promise<boolean> {
  const conversationId = activity.conversation?.id;
  const userId = activity.from?.id;
  if (!conversationId || !userId) return false;
  try {
    await app.stores.conversations.save(
      {
        conversationId,
        channelId: DIRECTLINE_CHANNEL_ID,
        userId,
        accountId: account?.accountId,
        reference: { ...TurnContext.getConversationReference(activity) },
      },
      app.clock.now(),
      activity.type === 'message',
    );
    return true;
  } catch (err) {
    // Best effort: a failed save must not fail the person's turn (the bot tries again).
    app.logger.warn({ err }, 'directline: could not save the conversation reference');
    return false;
  }
}
