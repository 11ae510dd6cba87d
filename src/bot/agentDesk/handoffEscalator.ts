import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { HandoffReason } from '../../core/act.js';
import { localDate } from '../../core/dates.js';
import type { CaseState } from '../../dialogs/caseState.js';
import { accountFacts } from '../../dialogs/negotiationDialog.js';
import type { DialogServices, Escalator } from '../../dialogs/services.js';
import { turnAccount } from '../../dialogs/turn.js';
import type { GuardFacts } from '../../guardrails/types.js';
import {
  HANDOFF_PRIORITY,
  handoffSummary,
  type AgentGuard,
  type EnqueueOutcome,
  type HandoffEntry,
} from '../../handoff/index.js';
import { authorisedOffersFor, guardFactsFor } from '../../language/actFacts.js';
import type { Account } from '../../store/accounts.js';
import type { HandoffDesk } from './handoffDesk.js';
import type { TranscriptReader } from './transcriptReader.js';

/** Bot Framework's handoff protocol: the event a bot sends to hand a conversation to people. */
export const HANDOFF_INITIATE = 'handoff.initiate';
export const TRANSCRIPT_CONTENT_TYPE = 'application/vnd.microsoft.transcript';

export interface EscalatorDeps {
  desk: HandoffDesk;
  services: () => DialogServices;
  readTranscript: TranscriptReader;
}

/**
 * Hands a conversation to human agents: records the escalation, queues it with its reason,
 * priority (distress first) and a masked summary, tells the person what happens and roughly
 * when, and sends the Bot Framework `handoff.initiate` event with the transcript attached.
 * Outside agent hours the callback offer follows at once. While queued or accepted the
 * HandoffRouter holds the conversation, so the bot does not answer.
 */
export class HandoffEscalator implements Escalator {
  constructor(private readonly deps: EscalatorDeps) {}

  async escalate(context: TurnContext, state: CaseState, reason: HandoffReason, note: string): Promise<void> {
    if (!context.activity.conversation?.id) return;
    if (!state.escalated.includes(reason)) state.escalated.push(reason);
    const queued = await this.enqueue(context, state, reason, note);
    if (queued.status === 'already_open') return;
    await this.announce(context, queued.entry);
  }

  /** Queues the conversation (or raises its priority) and records the escalation. */
  private async enqueue(
    context: TurnContext,
    state: CaseState,
    reason: HandoffReason,
    note: string,
  ): Promise<EnqueueOutcome> {
    const s = this.deps.services();
    const { store } = this.deps.desk;
    const conversationId = context.activity.conversation.id;
    const account = turnAccount(context);
    const priority = HANDOFF_PRIORITY[reason];
    const person = context.activity.type === 'message' ? (context.activity.text ?? '').trim() : '';
    const n = state.negotiation;
    const summary = handoffSummary({
      accountId: account?.accountId,
      verified: state.verified,
      reason,
      note,
      offers: n.offers,
      agreedPlanId: n.agreedPlanId,
      lastMessage: person,
    });
    const guard = state.verified && account ? this.agentGuard(account, state) : undefined;
    const { locale, verified } = state;
    const channelId = context.activity.channelId;
    const queued = await store.enqueue(
      {
        conversationId,
        channelId,
        accountId: account?.accountId,
        reason,
        priority,
        summary,
        locale,
        verified,
        guard,
      },
      s.clock.now(),
    );
    if (queued.status === 'already_open') return queued;
    const createdAt = s.clock.now().toISOString();
    await s.stores.escalations.record({
      escalationId: `E-${randomUUID().slice(0, 8).toUpperCase()}`,
      conversationId,
      accountId: account?.accountId,
      reason,
      priority,
      summary,
      createdAt,
    });
    s.logger.info({ conversationId, reason, priority }, 'handoff queued');
    if (person) await store.appendMessage(queued.entry.handoffId, 'person', person, s.clock.now());
    return queued;
  }

  /** Tells the person what happens and roughly when, sends handoff.initiate, and records it. */
  private async announce(context: TurnContext, entry: HandoffEntry): Promise<void> {
    const s = this.deps.services();
    const { desk } = this.deps;
    const onDuty = desk.onDuty();
    const etaMinutes = onDuty ? s.settings.humanEtaMinutes : 0;
    await desk.relay.sayInTurn(context, entry, { kind: 'handoff_queued', reason: entry.reason, etaMinutes });
    await context.sendActivity(await this.initiateEvent(context, entry));
    desk.relay.trace(entry, 'queued', {
      summary: entry.summary,
      onDuty,
      etaMinutes,
      verified: entry.verified,
    });
    if (!onDuty && (await desk.store.setCallback(entry.handoffId, 'none', 'offered', s.clock.now()))) {
      desk.relay.trace(entry, 'callback_offered', { onDuty });
      await desk.relay.sayInTurn(context, entry, { kind: 'handoff_callback_offer' });
    }
  }

  /** The Bot Framework handoff event: summary, reason, priority, and the transcript so far. */
  private async initiateEvent(context: TurnContext, entry: HandoffEntry): Promise<Partial<Activity>> {
    let activities: unknown[] = [];
    try {
      activities = await this.deps.readTranscript(entry.channelId, entry.conversationId);
    } catch (err) {
      this.deps
        .services()
        .logger.warn({ err }, 'handoff: could not read the transcript for handoff.initiate');
    }
    const event: Partial<Activity> = {
      type: ActivityTypes.Event,
      name: HANDOFF_INITIATE,
      value: { summary: entry.summary, reason: entry.reason, priority: entry.priority },
      attachments: [{ contentType: TRANSCRIPT_CONTENT_TYPE, content: activities }],
    };
    // The transcript records the event too (the send path records only messages), without
    // the attachment: the transcript is already there.
    this.deps.desk.relay.record({
      ...event,
      attachments: [{ contentType: TRANSCRIPT_CONTENT_TYPE, content: { activities: activities.length } }],
      channelId: context.activity.channelId,
      conversation: context.activity.conversation,
      from: context.activity.recipient,
      recipient: context.activity.from,
    });
    return event;
  }

  /**
   * What an agent may state to a verified person: the account, the consequences, and the
   * offers made or allowed by the policy for this account (their amounts, dates and kinds).
   */
  private agentGuard(account: Account, state: CaseState): AgentGuard {
    const s = this.deps.services();
    const facts = accountFacts(account);
    const today = localDate(s.clock.now(), account.timeZone);
    const offers = [...state.negotiation.offers, ...s.policy.offers(facts, {}, today).offers];
    const parts: GuardFacts[] = [
      guardFactsFor({ kind: 'account_summary', account: facts }),
      guardFactsFor({ kind: 'consequences', ...s.policy.consequences(facts, today) }),
    ];
    if (offers.length > 0)
      parts.push(guardFactsFor({ kind: 'plan_offers', currency: facts.currency, offers, fits: true }));
    return {
      facts: mergeFacts(parts),
      authorised: authorisedOffersFor({ kind: 'plan_offers', currency: facts.currency, offers, fits: true }),
    };
  }
}

function mergeFacts(parts: GuardFacts[]): GuardFacts {
  const merged: GuardFacts = { amountsCents: [], dates: [] };
  for (const p of parts) {
    merged.currency ??= p.currency;
    merged.balanceCents ??= p.balanceCents;
    merged.minimumDueCents ??= p.minimumDueCents;
    merged.daysPastDue ??= p.daysPastDue;
    merged.cardLast4 ??= p.cardLast4;
    merged.amountsCents = [...new Set([...(merged.amountsCents ?? []), ...(p.amountsCents ?? [])])];
    merged.dates = [...new Set([...(merged.dates ?? []), ...(p.dates ?? [])])];
  }
  return merged;
}
