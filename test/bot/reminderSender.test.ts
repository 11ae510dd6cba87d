import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { CollectionBot } from '../../src/bot/collectionBot.js';
import { ProactiveReminderSender } from '../../src/bot/reminderSender.js';
import type { ProactiveMessenger, ProactiveOutcome } from '../../src/channels/host.js';
import { heldDeliveryOf, offerHeldDelivery } from '../../src/channels/heldDelivery.js';
import { ManualClock } from '../../src/core/clock.js';
import type { ReminderMessage } from '../../src/reminders/types.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteReminderDeliveryLog } from '../../src/store/reminderDeliveries.js';

const LATER = new Date('2100-01-01T00:00:00Z');

const MESSAGE: ReminderMessage = {
  accountId: 'A-1001',
  kind: 'due+7',
  localDate: '2026-11-28',
  deliveryKey: 'reminder:A-1001:due+7:2026-11-28',
  conversationId: 'conv-1',
  channelId: 'wechat',
  locale: 'zh-CN',
  firstReminder: false,
};

type Step =
  | 'take'
  | 'refuse'
  | 'hang'
  | 'take-then-fail'
  | 'no_conversation'
  /** Took it, then its answer was lost (WeChat: a timeout after the request was written). */
  | 'take-then-unknown'
  /** Collected the turn's message, then could not post it (WeChat: window closed, no template). */
  | 'collect-then-refuse';

/**
 * An external channel (WeChat's customer-service API: no idempotency key) behind the proactive
 * path: each send takes a moment (so two senders overlap) and answers from the script; what it
 * took is what the person received. `hang` never answers (the process dies mid-send).
 */
class ExternalChannel extends BotAdapter implements ProactiveMessenger {
  readonly received: string[] = [];
  asked = 0;
  private step: Step = 'take';
  constructor(private readonly script: Step[] = []) {
    super();
  }

  async continue(
    conversationId: string,
    logic: (c: TurnContext) => Promise<void>,
  ): Promise<ProactiveOutcome> {
    const step = this.script.shift() ?? 'take';
    if (step === 'no_conversation') return { status: 'no_conversation' };
    this.step = step;
    const context = new TurnContext(this, {
      type: 'event',
      name: 'ContinueConversation',
      channelId: 'wechat',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    });
    try {
      await this.runMiddleware(context, logic);
      if (step === 'take-then-fail') throw new Error('state not saved');
      if (step === 'take-then-unknown')
        return { status: 'failed', error: 'timeout after 5000 ms', arrival: 'unknown' };
      if (step === 'collect-then-refuse')
        return { status: 'failed', error: 'not sent: outside_window_no_template', arrival: 'none' };
      return { status: 'sent' };
    } catch (err) {
      return { status: 'failed', error: (err as Error).message };
    }
  }

  override async sendActivities(
    _c: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    this.asked += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.step === 'hang') await new Promise(() => undefined);
    if (this.step === 'refuse') throw new Error('errcode 45015: response out of time limit');
    if (this.step === 'collect-then-refuse') return activities.map(() => ({ id: '' }));
    this.received.push(...activities.map((a) => a.text ?? ''));
    return activities.map(() => ({ id: '' }));
  }

  override async updateActivity(): Promise<void> {}
  override async deleteActivity(): Promise<void> {}
  override async continueConversation(_r: Partial<ConversationReference>): Promise<void> {}
}

/** The bot's reminder turn, reduced to its one message. */
const bot = {
  remind: async (context: TurnContext) => {
    await context.sendActivity('您好，这里是示例银行信用卡中心。');
  },
} as unknown as CollectionBot;

/** Senders of service instances on one database file (a restart is a new one on the same file). */
function instances(channel: ProactiveMessenger) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reminder-sender-'));
  const clock = new ManualClock('2026-11-28T01:00:00Z');
  const logged: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) });
  const log = () => new SqliteReminderDeliveryLog(openDatabase(dir));
  const sender = () => new ProactiveReminderSender(log(), clock, channel, bot, logger);
  return { sender, log, logged };
}

describe('the proactive reminder sender on an external channel (at most once)', () => {
  it('asks the channel once when two instances send the same reminder at the same moment', async () => {
    const channel = new ExternalChannel();
    const { sender } = instances(channel);
    const [a, b] = [sender(), sender()];
    expect(await Promise.all([a.send(MESSAGE), b.send(MESSAGE), a.send(MESSAGE)])).toEqual([
      'sent',
      'unknown', // b found a's send under way: it does not know its outcome and sends nothing
      'unknown',
    ]);
    expect(channel.received).toHaveLength(1);
    expect(await a.send(MESSAGE)).toBe('sent'); // settled since: delivered
    expect(channel.received).toHaveLength(1);
  });

  it('lets a reminder that reached nobody go out on the next try, once', async () => {
    const channel = new ExternalChannel(['refuse', 'no_conversation']);
    const { sender } = instances(channel);
    const [a, b] = [sender(), sender()];
    expect(await a.send(MESSAGE)).toEqual({ failed: 'errcode 45015: response out of time limit' });
    expect(await b.send(MESSAGE)).toBe('unreachable');
    expect(await a.send(MESSAGE)).toBe('sent');
    expect(await b.send(MESSAGE)).toBe('sent');
    expect(channel.received).toHaveLength(1);
  });

  it('after a restart mid-send never sends again, answers unknown and shows the key, not the person', async () => {
    const channel = new ExternalChannel(['hang']);
    const { sender, log, logged } = instances(channel);
    void sender().send(MESSAGE); // the process dies while the channel has it
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(channel.asked).toBe(1);
    const restarted = sender();
    expect(await restarted.send(MESSAGE)).toBe('unknown');
    expect(await restarted.send(MESSAGE)).toBe('unknown');
    expect(channel.asked).toBe(1);
    expect((await log().unsettled(10, LATER)).map((u) => [u.deliveryKey, u.channelId, u.state])).toEqual([
      [MESSAGE.deliveryKey, 'wechat', 'unconfirmed'],
    ]);
    const line = logged.find((l) => l.includes('unknown outcome')) ?? '';
    expect(JSON.parse(line)).toMatchObject({ deliveryKey: MESSAGE.deliveryKey, channelId: 'wechat' });
    expect(line).not.toContain('示例银行');
  });

  it('counts a turn that failed after the channel took the message as sent, never to be repeated', async () => {
    const channel = new ExternalChannel(['take-then-fail']);
    const { sender, log } = instances(channel);
    expect(await sender().send(MESSAGE)).toBe('sent');
    expect(await sender().send(MESSAGE)).toBe('sent');
    expect(channel.received).toHaveLength(1);
    expect(await log().unsettled(10, LATER)).toEqual([]);
  });

  it('marks a send the channel may have taken unconfirmed and never sends it again (wechat24)', async () => {
    const channel = new ExternalChannel(['take-then-unknown']);
    const { sender, log, logged } = instances(channel);
    expect(await sender().send(MESSAGE)).toBe('unknown');
    expect(await sender().send(MESSAGE)).toBe('unknown');
    expect(channel.received).toHaveLength(1);
    expect(channel.asked).toBe(1);
    const [unsettled] = await log().unsettled(10, new Date(0)); // not past a lease: listed as unconfirmed
    expect(unsettled).toMatchObject({ deliveryKey: MESSAGE.deliveryKey, state: 'unconfirmed' });
    const line = logged.find((l) => l.includes('may have taken it')) ?? '';
    expect(JSON.parse(line)).toMatchObject({
      deliveryKey: MESSAGE.deliveryKey,
      detail: 'timeout after 5000 ms',
    });
    expect(line).not.toContain('示例银行');
  });

  it('never marks sent what the channel collected and then said it did not post (wechat24)', async () => {
    const channel = new ExternalChannel(['collect-then-refuse']);
    const { sender, log } = instances(channel);
    expect(await sender().send(MESSAGE)).toEqual({ failed: 'not sent: outside_window_no_template' });
    expect(channel.received).toHaveLength(0);
    expect(await log().begin(MESSAGE.deliveryKey, 'conv-1', 'wechat', new Date())).toBe('fresh');
  });
});

/**
 * A channel that holds its delivery (as the Direct Line adapter does): the turn's activities are
 * kept, then written with their key after the turn, or not at all when the key was written before.
 */
class HoldingChannel extends ExternalChannel {
  readonly written = new Set<string>();
  override async continue(id: string, logic: (c: TurnContext) => Promise<void>): Promise<ProactiveOutcome> {
    return super.continue(id, async (context) => {
      offerHeldDelivery(context);
      await logic(context);
      const held = heldDeliveryOf(context);
      if (!held) return;
      held.outcome = this.written.has(held.deliveryKey) ? 'duplicate' : 'delivered';
      if (held.outcome === 'delivered') this.received.push(...held.activities.map((a) => a.text ?? ''));
      this.written.add(held.deliveryKey);
    });
  }

  override async sendActivities(
    c: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const held = heldDeliveryOf(c);
    if (!held) return super.sendActivities(c, activities);
    held.activities.push(...activities);
    return activities.map(() => ({ id: '' }));
  }
}

describe('the proactive reminder sender on a channel that holds its delivery (Direct Line)', () => {
  it('leaves the key to the channel’s transaction and answers sent for a key written before', async () => {
    const channel = new HoldingChannel();
    const { sender, log } = instances(channel);
    expect(await sender().send({ ...MESSAGE, channelId: 'directline' })).toBe('sent');
    expect(await sender().send({ ...MESSAGE, channelId: 'directline' })).toBe('sent');
    expect(channel.received).toEqual(['您好，这里是示例银行信用卡中心。']);
    expect(channel.asked).toBe(0); // held: nothing went to the channel one by one
    expect(await log().begin(MESSAGE.deliveryKey, 'conv-1', 'directline', new Date())).toBe('fresh');
  });
});
