import { createHash } from 'node:crypto';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { withArrival, type AppContext, type ChannelAdapter } from '../host.js';
import { sharedAccessTokens, type AccessTokenProvider } from './accessToken.js';
import { conversationIdFor, openidOf, toActivity } from './activity.js';
import { WeChatAdapter } from './adapter.js';
import type { ApiSettings } from './apiClient.js';
import { CustomerServiceClient, mergeReplies, REPLY_QUOTA } from './customerService.js';
import type { InboundMessage } from './inbound.js';
import { SqliteWeChatInbound, type WeChatInbound } from './inboundRecord.js';
import { ProactiveSender, type WeChatProactiveOutcome } from './proactive.js';
import type { WeChatSettings } from './settings.js';
import { TemplateMessageClient } from './templateMessage.js';

/**
 * A proactive turn whose messages WeChat did not confirm; `outcome` says why, `arrival` whether
 * any of it may have reached the person (`unknown`: not to be sent again, see host.ts).
 */
export class WeChatDeliveryError extends Error {
  readonly code = 'WECHAT_NOT_DELIVERED';
  readonly arrival: 'none' | 'unknown';
  constructor(readonly outcome: Exclude<WeChatProactiveOutcome, { status: 'sent' }>) {
    super(
      outcome.status === 'failed'
        ? `WeChat ${outcome.via} send failed: ${outcome.detail}`
        : `WeChat message not sent: ${outcome.reason}`,
    );
    this.name = 'WeChatDeliveryError';
    this.arrival = outcome.status === 'failed' && outcome.mayHaveArrived ? 'unknown' : 'none';
  }
}

export type AcceptOutcome = 'queued' | 'duplicate' | 'ignored' | 'unrecorded';

/** Enough of an openid to tell people apart in logs, not enough to address them. */
const userRef = (openid: string): string => `${openid.slice(0, 6)}…`;

/**
 * The running WeChat channel: turns for accepted callbacks (one at a time per person, in
 * arrival order), replies through the customer-service API, proactive sends under the 48-hour
 * rule. Registered in `app.channels` as 'wechat', which gives its adapter the service's
 * middleware and turn-error handler. Nothing reaches WeChat except what a turn of that adapter
 * sent, so every text has passed the guarded send path.
 */
export class WeChatChannel implements ChannelAdapter {
  readonly adapter: WeChatAdapter;
  readonly tokens: AccessTokenProvider;
  readonly mode: 'plaintext' | 'secure';
  private readonly customerService: CustomerServiceClient;
  private readonly proactiveSender: ProactiveSender;
  private readonly inbound: WeChatInbound;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly logger: Logger;

  constructor(
    private readonly app: AppContext,
    readonly settings: WeChatSettings,
    inbound?: WeChatInbound,
  ) {
    this.logger = app.logger.child({ channel: 'wechat' });
    this.mode = settings.aesKey ? 'secure' : 'plaintext';
    const api: ApiSettings = {
      baseUrl: settings.apiBaseUrl,
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
    };
    this.tokens = sharedAccessTokens(
      { ...api, appId: settings.appId, appSecret: settings.appSecret, endpoint: settings.tokenEndpoint },
      app.clock,
    );
    this.customerService = new CustomerServiceClient(this.tokens, api);
    this.proactiveSender = new ProactiveSender(
      this.customerService,
      new TemplateMessageClient(this.tokens, api),
      settings.template,
    );
    this.inbound = inbound ?? new SqliteWeChatInbound(app.db, app.transcript);
    this.adapter = new WeChatAdapter(
      (reference, texts) => this.deliverProactive(reference, texts),
      (context, count) =>
        this.logger.warn(
          { conversationId: context.activity.conversation?.id, count },
          'message sent after its turn ended was not delivered',
        ),
    );
  }

  /**
   * Takes an authenticated callback. A repeat (WeChat retries when it did not hear back in
   * time) is 'duplicate'; a message type the bot does not handle is 'ignored'; otherwise the
   * turn is queued and runs after the webhook has answered. The turn takes its place in the
   * person's queue at once, so turns run in arrival order even while the recording is awaited.
   */
  async accept(message: InboundMessage, dedupeKey: string): Promise<AcceptOutcome> {
    if (message.kind === 'ignored') {
      this.logger.debug({ msgType: message.msgType }, 'WeChat message type not handled');
      return 'ignored';
    }
    // Write-ahead: the message is in the transcript before WeChat hears `success`, in the same
    // transaction as the dedupe mark (a failed commit leaves WeChat free to retry it).
    const activity = toActivity(message, this.settings.apiBaseUrl);
    const recorded = this.record(message.openid, dedupeKey, activity);
    void this.serial(message.openid, async () => {
      if ((await recorded) !== 'queued') return;
      // Yield to I/O first, so the webhook's `success` goes out before the turn starts working.
      await new Promise((resolve) => setImmediate(resolve));
      await this.runInbound(message, activity);
    });
    return recorded;
  }

  private async record(
    openid: string,
    dedupeKey: string,
    activity: Partial<Activity>,
  ): Promise<'queued' | 'duplicate' | 'unrecorded'> {
    try {
      if (!(await this.inbound.record(dedupeKey, activity, this.app.clock.now()))) return 'duplicate';
      // Recorded in the inbound store's own transaction: the turn must not record it again.
      this.app.transcript.markCommitted?.(activity);
      return 'queued';
    } catch (err) {
      this.logger.error({ err, user: userRef(openid) }, 'WeChat message not recorded; WeChat will retry');
      return 'unrecorded';
    }
  }

  /**
   * Whether a signed URL's (timestamp, nonce) is used for the first time, or again with the
   * very same body (WeChat's own retry). The same nonce with another body is a replay: the
   * plaintext-mode signature covers the URL only. Remembered in the database, so every process
   * on it agrees, for longer than the timestamp window.
   */
  async nonceFresh(timestamp: string, nonce: string, body: Buffer): Promise<boolean> {
    const now = this.app.clock.now();
    const digest = createHash('sha256').update(body).digest('base64url');
    return this.inbound.claimNonce(`nonce:${timestamp}:${nonce}`, digest, now);
  }

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const openid = openidOf(reference);
    if (!openid) throw new Error('not a WeChat conversation reference (no user id)');
    await this.serial(openid, () => this.adapter.continueConversation(reference, logic));
  }

  /** Resolves when every queued turn has finished (tests, graceful shutdown). */
  async whenIdle(): Promise<void> {
    while (this.queues.size > 0) await Promise.allSettled([...this.queues.values()]);
  }

  private serial<T>(openid: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(openid) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(openid, settled);
    void settled.then(() => {
      if (this.queues.get(openid) === settled) this.queues.delete(openid);
    });
    return run;
  }

  private async runInbound(
    message: Extract<InboundMessage, { kind: 'text' | 'event' }>,
    activity: Partial<Activity>,
  ): Promise<void> {
    try {
      const texts = await this.adapter.runTurn(activity, (context) => this.app.bot.run(context));
      if (message.kind === 'event' && message.event === 'unsubscribe') {
        if (texts.length > 0)
          this.logger.info(
            { user: userRef(message.openid), count: texts.length },
            'replies to an unsubscribe are not sent',
          );
        return;
      }
      const quota = message.kind === 'event' ? REPLY_QUOTA.subscribe : REPLY_QUOTA.message;
      const { messages, dropped } = mergeReplies(texts, quota);
      if (dropped > 0)
        this.logger.warn(
          { user: userRef(message.openid), dropped },
          'replies beyond the customer-service quota were dropped',
        );
      if (messages.length === 0) return;
      const outcome = await this.customerService.sendTexts(message.openid, messages);
      const level = outcome.status === 'sent' ? 'info' : 'warn';
      this.logger[level]({ user: userRef(message.openid), outcome }, 'WeChat replies delivered');
    } catch (err) {
      this.logger.error({ err, user: userRef(message.openid) }, 'WeChat inbound turn failed');
    }
  }

  private async deliverProactive(reference: Partial<ConversationReference>, texts: string[]): Promise<void> {
    const openid = openidOf(reference) ?? '';
    const conversationId = reference.conversation?.id ?? conversationIdFor(openid);
    // Nothing is posted before this lookup: its failure reached nobody.
    const stored = await this.app.stores.conversations.get(conversationId).catch((err: unknown) => {
      throw withArrival(err, 'none');
    });
    const last = stored?.lastInboundAt;
    // Only the texts of a proactive turn of this adapter arrive here: they passed the send path.
    // A failure the sender did not turn into an outcome may have come after a POST.
    const outcome = await this.proactiveSender
      .send(openid, texts, last ? new Date(last) : undefined, this.app.clock.now())
      .catch((err: unknown) => {
        throw withArrival(err, 'unknown');
      });
    this.logger.info({ user: userRef(openid), outcome }, 'WeChat proactive delivery');
    if (outcome.status === 'sent' || (outcome.status === 'not_sent' && outcome.reason === 'nothing_to_send'))
      return;
    throw new WeChatDeliveryError(outcome);
  }
}
