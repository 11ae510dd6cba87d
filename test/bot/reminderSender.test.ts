import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { CollectionBot } from '../../src/bot/collectionBot.js';
import { ProactiveReminderSender } from '../../src/bot/reminderSender.js';
import type { ProactiveMessenger, ProactiveOutcome } from '../../src/channels/host.js';
import { ManualClock } from '../../src/core/clock.js';
import type { ReminderMessage } from '../../src/reminders/types.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteReminderDeliveryLog } from '../../src/store/reminderDeliveries.js';

const MESSAGE: ReminderMessage = {
  accountId: 'A-1001',
  kind: 'due+7',
  localDate: '2026-11-28',
  deliveryKey: 'reminder:A-1001:due+7:2026-11-28',
  conversationId: 'conv-1',
  channelId: 'directline',
  locale: 'zh-CN',
  firstReminder: false,
};

/** The channel: each call takes a moment (so two senders overlap) and answers from the script. */
class SlowChannel implements ProactiveMessenger {
  calls = 0;
  constructor(private readonly script: ProactiveOutcome[] = []) {}
  async continue(): Promise<ProactiveOutcome> {
    this.calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return this.script.shift() ?? { status: 'sent' };
  }
}

/** Two service instances on one database, each with its own connection and sender. */
function twoSenders(channel: SlowChannel) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reminder-sender-'));
  const clock = new ManualClock('2026-11-28T01:00:00Z');
  const bot = {} as CollectionBot; // never reached: the channel does not run the turn
  const logger = pino({ level: 'silent' });
  const sender = () =>
    new ProactiveReminderSender(
      new SqliteReminderDeliveryLog(openDatabase(dir)),
      clock,
      channel,
      bot,
      logger,
    );
  return [sender(), sender()] as const;
}

describe('the proactive reminder sender', () => {
  it('asks the channel once when two instances send the same reminder at the same moment', async () => {
    const channel = new SlowChannel();
    const [a, b] = twoSenders(channel);
    expect(await Promise.all([a.send(MESSAGE), b.send(MESSAGE), a.send(MESSAGE)])).toEqual([
      'sent',
      'sent',
      'sent',
    ]);
    expect(channel.calls).toBe(1);
  });

  it('lets a reminder that reached nobody go out on the next try, once', async () => {
    const channel = new SlowChannel([
      { status: 'failed', error: 'socket closed' },
      { status: 'no_conversation' },
    ]);
    const [a, b] = twoSenders(channel);
    expect(await a.send(MESSAGE)).toEqual({ failed: 'socket closed' });
    expect(await b.send(MESSAGE)).toBe('unreachable');
    expect(await Promise.all([a.send(MESSAGE), b.send(MESSAGE)])).toEqual(['sent', 'sent']);
    expect(channel.calls).toBe(3);
  });
});
