import { randomUUID } from 'node:crypto';
import { HANDOFF_PRIORITY, type HandoffStore } from '../handoff/index.js';
import type { Stores } from '../store/stores.js';
import type { FollowUpEscalator } from './followUp.js';

/**
 * Follow-up escalations into the agents' queue: the account's most recent conversation is queued
 * (unverified: the agent verifies the person before discussing the account) with the summary,
 * and the escalation is recorded. `no_conversation` when the person never wrote to us.
 *
 *   createReminderService({ ..., followUp: new QueueFollowUpEscalator(handoff.store, stores) });
 */
export class QueueFollowUpEscalator implements FollowUpEscalator {
  constructor(
    private readonly queue: HandoffStore,
    private readonly stores: Pick<Stores, 'conversations' | 'escalations' | 'accounts'>,
  ) {}

  async escalate(
    accountId: string,
    reason: 'impasse' | 'distress',
    summary: string,
    now: Date,
  ): Promise<'queued' | 'no_conversation'> {
    const conversation = await this.stores.conversations.latestForAccount(accountId);
    if (!conversation) return 'no_conversation';
    const priority = HANDOFF_PRIORITY[reason];
    const text = `${accountId} · follow-up · ${summary}`;
    const queued = await this.queue.enqueue(
      {
        conversationId: conversation.conversationId,
        channelId: conversation.channelId,
        accountId,
        reason,
        priority,
        summary: text,
        locale: (await this.stores.accounts.get(accountId))?.locale ?? 'zh-CN',
        verified: false,
        guard: undefined,
      },
      now,
    );
    if (queued.status === 'queued') {
      await this.stores.escalations.record({
        escalationId: `E-${randomUUID().slice(0, 8).toUpperCase()}`,
        conversationId: conversation.conversationId,
        accountId,
        reason,
        priority,
        summary: text,
        createdAt: now.toISOString(),
      });
    }
    return 'queued';
  }
}
