import { randomBytes } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ActivityHandler,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../../core/clock.js';
import { maskTextFields } from '../../core/pii.js';
import type { Account } from '../../store/accounts.js';
import { audienceOf, markVouchingAdapter, setChannelTurn, type ChannelTurn } from '../host.js';
import { heldDeliveryOf, offerHeldDelivery, type HeldDelivery } from '../heldDelivery.js';
import type { HeldDeliveryWriter } from './heldDeliveryWriter.js';
import type { DirectLineStore } from './directLineStore.js';
import type { StreamHub } from './streamHub.js';

export const DIRECTLINE_CHANNEL_ID = 'directline';
/** The bot's identity on this channel. */
export const BOT_ACCOUNT = { id: 'bot', name: 'bot', role: 'bot' } as const;

export interface DirectLineAdapterDeps {
  store: DirectLineStore;
  hub: StreamHub;
  clock: Clock;
  logger: Logger;
  bot: ActivityHandler;
  /** serviceUrl put on activities (the public base URL). */
  serviceUrl: string;
  /** The account a channel user id names: looked up once per turn, handed to the transcript and the bot. */
  identify?: (userId: string) => Promise<Account | undefined>;
  /**
   * Called with every inbound activity before its turn, with the account `identify` found
   * (saves the conversation reference); true when the reference was saved.
   */
  onInbound?: (activity: Partial<Activity>, account: Account | undefined) => Promise<boolean>;
  /**
   * Writes a proactive turn's held delivery (a reminder's key, transcript records and activities)
   * in one transaction (issue 19 remind23). Without one, no delivery is held on this adapter.
   */
  held?: HeldDeliveryWriter;
}

/** Whether an id is one of this conversation's stored activities (`<conversationId>|0000042`). */
function isStoredId(conversationId: string, id: string): boolean {
  return id.startsWith(`${conversationId}|`) && /^\d{7,}$/.test(id.slice(conversationId.length + 1));
}

export type TurnOutcome = { status: 'ok'; id: string } | { status: 'bot_error'; id: string; error: Error };

/**
 * The Bot Framework adapter behind the Direct Line endpoint, in process: a person's activity
 * is stored (and so echoed with its clientActivityID), the turn runs through the app's
 * middleware and bot, and whatever the bot sends is stored with the next watermark and pushed
 * to the conversation's socket. Typing goes to the socket only. Turns of one conversation run
 * one at a time, in arrival order.
 */
export class DirectLineAdapter extends BotAdapter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: DirectLineAdapterDeps) {
    super();
    markVouchingAdapter(this, DIRECTLINE_CHANNEL_ID);
  }

  /** Stores the person's activity, shows typing, and runs the bot's turn for it. */
  async receive(
    conversationId: string,
    userId: string,
    incoming: Partial<Activity>,
    sessionId?: string,
  ): Promise<TurnOutcome> {
    return this.serialize(conversationId, async () => {
      const now = this.deps.clock.now();
      const person = await this.identify(userId);
      let id = '';
      // Stored (and echoed) with full ID/card/phone numbers masked; the turn reads what was typed.
      const stored = await this.deps.store.append(
        conversationId,
        now,
        (assigned) =>
          maskTextFields({
            ...incoming,
            id: (id = assigned),
            channelId: DIRECTLINE_CHANNEL_ID,
            serviceUrl: this.deps.serviceUrl,
            conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
            from: { id: userId, name: incoming.from?.name ?? '', role: 'user' },
            recipient: { ...BOT_ACCOUNT },
            timestamp: now,
          }),
        {
          ...(person ? { accountId: person.value?.accountId } : {}),
          // What the person typed in one session (their answers to verification, too) is
          // echoed to that session only: a second link exchange must not read it.
          ...(sessionId !== undefined && sessionId !== '' ? { audience: sessionId } : {}),
        },
      );
      this.deps.hub.publish(conversationId, stored);
      const activity = { ...stored.activity, text: incoming.text } as Activity;
      if (String(activity.type) === 'message')
        this.deps.hub.sendTransient(conversationId, this.typing(conversationId, userId));
      try {
        await this.runTurn(activity, sessionId, person);
        return { status: 'ok', id };
      } catch (err) {
        return { status: 'bot_error', id, error: err instanceof Error ? err : new Error(String(err)) };
      }
    });
  }

  /** Tells the bot the conversation started (not stored: clients never see conversationUpdate). */
  async start(
    conversationId: string,
    userId: string,
    locale: string | undefined,
    sessionId?: string,
  ): Promise<void> {
    await this.serialize(conversationId, async () =>
      this.runTurn(
        {
          type: ActivityTypes.ConversationUpdate,
          id: `${conversationId}|start-${randomBytes(4).toString('hex')}`,
          channelId: DIRECTLINE_CHANNEL_ID,
          serviceUrl: this.deps.serviceUrl,
          conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
          from: { id: userId, name: '', role: 'user' },
          recipient: { ...BOT_ACCOUNT },
          membersAdded: [{ ...BOT_ACCOUNT }, { id: userId, name: '', role: 'user' }],
          timestamp: this.deps.clock.now(),
          locale,
        } as Activity,
        sessionId,
        await this.identify(userId),
      ),
    );
  }

  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const conversationId = activity.conversation?.id ?? context.activity.conversation?.id;
      if (!conversationId) throw new Error('directline: an outgoing activity has no conversation id');
      const type: string = activity.type ?? 'message';
      switch (type) {
        case 'delay':
          await new Promise((r) =>
            setTimeout(r, Math.min(typeof activity.value === 'number' ? activity.value : 1000, 10_000)),
          );
          responses.push({ id: '' });
          break;
        case 'invokeResponse':
          responses.push({ id: '' });
          break;
        case 'typing':
          this.deps.hub.sendTransient(
            conversationId,
            this.outgoing(
              activity,
              conversationId,
              activity.id ?? this.transientId(),
              await this.recipientOf(activity, conversationId),
            ),
          );
          responses.push({ id: '' });
          break;
        default: {
          // A held delivery is queued with its key and records once the turn is over.
          const held = heldDeliveryOf(context);
          if (held) held.activities.push(activity);
          responses.push({
            id: held ? (activity.id ?? '') : await this.storeOutgoing(activity, conversationId),
          });
        }
      }
    }
    return responses;
  }

  /** Stores the new version under the same id; Web Chat replaces the activity it already shows. */
  override async updateActivity(
    context: TurnContext,
    activity: Partial<Activity>,
  ): Promise<ResourceResponse | void> {
    const conversationId = activity.conversation?.id ?? context.activity.conversation?.id;
    if (!conversationId || !activity.id)
      throw new Error('directline: updateActivity needs a conversation and an activity id');
    return { id: await this.storeOutgoing(activity, conversationId, activity.id) };
  }

  override async deleteActivity(): Promise<void> {
    // History is what the person saw; the transcript keeps the record. Nothing is deleted.
    throw new Error('directline: deleting activities is not supported on this channel');
  }

  /** Runs `logic` in a proactive turn; what it sends is stored and pushed like any reply. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const conversationId = reference.conversation?.id;
    const conversation = conversationId ? await this.deps.store.get(conversationId) : undefined;
    if (!conversationId || !conversation) {
      throw new Error('directline: continueConversation for a conversation this channel does not know');
    }
    const activity = {
      type: ActivityTypes.Event,
      name: 'ContinueConversation',
      id: this.transientId(),
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: conversation.userId, name: '', role: 'user' },
      recipient: { ...BOT_ACCOUNT },
      locale: reference.locale ?? conversation.locale,
      timestamp: this.deps.clock.now(),
    } as Activity;
    // Not queued behind the conversation's turns: a turn may itself reach its own conversation.
    const context = new TurnContext(this, activity);
    if (this.deps.held) offerHeldDelivery(context);
    await this.runMiddleware(context, logic);
    const held = heldDeliveryOf(context);
    if (held && this.deps.held)
      await this.writeHeld(this.deps.held, conversationId, conversation.userId, held);
  }

  /**
   * Writes a held delivery in one transaction (key, transcript records, queued activities), then
   * hands what was queued to the sockets; a key already recorded writes and hands nothing.
   */
  private async writeHeld(
    writer: HeldDeliveryWriter,
    conversationId: string,
    userId: string,
    held: HeldDelivery,
  ): Promise<void> {
    const written = await writer.write({
      conversationId,
      deliveryKey: held.deliveryKey,
      now: this.deps.clock.now(),
      records: held.records,
      activities: held.activities.map((a) => {
        const audience = audienceOf(a);
        return {
          build: (id: string) => this.outgoing(a, conversationId, a.id ?? id, a.recipient?.id ?? userId),
          ...(audience !== undefined ? { audience } : {}),
        };
      }),
    });
    held.outcome = written === 'duplicate' ? 'duplicate' : 'delivered';
    if (written !== 'duplicate') for (const stored of written) this.deps.hub.publish(conversationId, stored);
  }

  /**
   * Runs the app's middleware and bot. A failure of the bot is answered by the adapter's turn-error
   * handler (the registry's: an apology) and still reported to the caller, so the client gets 502.
   */
  private async runTurn(
    activity: Activity,
    sessionId: string | undefined,
    person: { value: Account | undefined } | undefined,
  ): Promise<void> {
    const referenceSaved = (await this.deps.onInbound?.(activity, person?.value)) ?? false;
    const context = new TurnContext(this, activity);
    const facts: ChannelTurn = { referenceSaved };
    if (sessionId !== undefined) facts.sessionId = sessionId;
    if (person) facts.account = person;
    setChannelTurn(context, facts);
    let failed: Error | undefined;
    await this.runMiddleware(context, async (ctx) => {
      try {
        await this.deps.bot.run(ctx);
      } catch (err) {
        failed = err instanceof Error ? err : new Error(String(err));
        throw failed;
      }
    });
    if (failed) throw failed;
  }

  private async identify(userId: string): Promise<{ value: Account | undefined } | undefined> {
    return this.deps.identify ? { value: await this.deps.identify(userId) } : undefined;
  }

  /** Stored first, then handed to the sockets (what the person can see is always recorded). */
  private async storeOutgoing(
    activity: Partial<Activity>,
    conversationId: string,
    keepId?: string,
  ): Promise<string> {
    // A message the send path recorded keeps the id it was recorded under (transcript and channel
    // history cross-reference); anything else gets the store's id.
    const audience = audienceOf(activity);
    const userId = await this.recipientOf(activity, conversationId);
    const stored = await this.deps.store.append(
      conversationId,
      this.deps.clock.now(),
      (id) => this.outgoing(activity, conversationId, keepId ?? activity.id ?? id, userId),
      audience !== undefined ? { audience } : {},
    );
    this.deps.hub.publish(conversationId, stored);
    return stored.activity.id ?? '';
  }

  /** The person an outgoing activity is for: its recipient, or the conversation's user. */
  private async recipientOf(activity: Partial<Activity>, conversationId: string): Promise<string> {
    return activity.recipient?.id ?? (await this.deps.store.get(conversationId))?.userId ?? '';
  }

  private outgoing(
    activity: Partial<Activity>,
    conversationId: string,
    id: string,
    userId: string,
  ): Partial<Activity> {
    // Web Chat holds a reply up to 5 s waiting for the activity it replies to, so a reply to
    // something the client never sees (conversation start, a proactive turn) must not name it.
    const repliesToStored =
      activity.replyToId !== undefined && isStoredId(conversationId, activity.replyToId);
    return {
      ...activity,
      replyToId: repliesToStored ? activity.replyToId : undefined,
      id,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { ...BOT_ACCOUNT },
      recipient: { id: userId, name: activity.recipient?.name ?? '', role: 'user' },
      timestamp: this.deps.clock.now(),
    };
  }

  private typing(conversationId: string, userId: string): Partial<Activity> {
    return this.outgoing(
      { type: ActivityTypes.Typing, recipient: { id: userId, name: '' } },
      conversationId,
      this.transientId(),
      userId,
    );
  }

  private transientId(): string {
    return `t-${randomBytes(6).toString('hex')}`;
  }

  private serialize<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(conversationId, settled);
    void settled.then(() => {
      if (this.queues.get(conversationId) === settled) this.queues.delete(conversationId);
    });
    return next;
  }
}
