import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { outboundParts, renderTurn, WECHAT_CHANNEL_ID, type OutboundParts } from './activity.js';
import { markVouchingAdapter } from '../host.js';

const OUTBOX = Symbol('wechat.outbox');

/** A turn's outbound texts, collected so they can be merged into as few WeChat messages as possible. */
export interface Outbox {
  parts: OutboundParts[];
  closed: boolean;
}

/** What the adapter does with a proactive turn's texts (the 48-hour rule lives behind it). */
export type ProactiveDelivery = (reference: Partial<ConversationReference>, texts: string[]) => Promise<void>;

/**
 * The Bot Framework adapter for WeChat Official Accounts. WeChat wants an answer to its callback
 * within 5 seconds and takes replies through the customer-service API, so sends are collected
 * per turn (`runTurn` returns them) and delivered by the channel afterwards. Middleware added
 * with `use` runs on every turn, inbound and proactive.
 *
 *   const adapter = new WeChatAdapter(deliverProactive, onLateSend);
 *   app.channels.register(WECHAT_CHANNEL_ID, channel); // the registry adds the middleware
 *   const texts = await adapter.runTurn(activity, (ctx) => app.bot.run(ctx));
 */
export class WeChatAdapter extends BotAdapter {
  constructor(
    private readonly deliverProactive: ProactiveDelivery,
    private readonly onLateSend: (context: TurnContext, count: number) => void,
  ) {
    super();
    markVouchingAdapter(this, WECHAT_CHANNEL_ID);
  }

  /** Runs one turn through the middleware and `logic`; resolves to the texts it sent, in order (see renderTurn). */
  async runTurn(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<string[]> {
    const context = new TurnContext(this, activity);
    const outbox: Outbox = { parts: [], closed: false };
    context.turnState.set(OUTBOX, outbox);
    try {
      await this.runMiddleware(context, logic);
    } finally {
      outbox.closed = true;
    }
    return renderTurn(outbox.parts);
  }

  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get<Outbox | undefined>(OUTBOX);
    if (!outbox)
      throw new Error('WeChatAdapter sends only inside its own turns (runTurn or continueConversation)');
    const responses: ResourceResponse[] = [];
    let late = 0;
    for (const activity of activities) {
      // Typing indicators and delays have no WeChat equivalent worth the customer-service quota.
      if (activity.type === ActivityTypes.Message) {
        const parts = outboundParts(activity);
        const empty = parts.text === '' && parts.replyLine === undefined;
        if (!empty && outbox.closed) late++;
        else if (!empty) outbox.parts.push(parts);
      }
      responses.push({ id: activity.id ?? randomUUID() });
    }
    if (late > 0) this.onLateSend(context, late);
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('WeChat cannot edit a message once sent');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('WeChat cannot delete a message once sent');
  }

  /**
   * A proactive turn: runs `logic` with the middleware, then delivers what it sent under the
   * 48-hour rule (customer-service message, else template, else nothing). Rejects with a
   * WeChatDeliveryError when nothing could be delivered, so the caller's outcome says so.
   */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation', id: randomUUID() },
      reference,
      true,
    );
    const texts = await this.runTurn(activity, logic);
    await this.deliverProactive(reference, texts);
  }
}
