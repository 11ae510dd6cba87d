import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Act } from '../../core/act.js';
import { sendReply, type OutboundMeta } from '../../dialogs/outbound.js';
import type { DialogServices } from '../../dialogs/services.js';
import { judgeText } from '../../guardrails/index.js';
import type { GuardContext, MessageJudge, Verdict } from '../../guardrails/types.js';
import type { HandoffEntry, HandoffMessage, HandoffStore } from '../../handoff/index.js';
import type { ProactiveMessenger, ProactiveOutcome } from '../../channels/host.js';
import type { CheckFn } from '../middleware/guardedSend.js';
import type { TranscriptSink } from '../../channels/transcriptSink.js';
import { aimAtVerifiedSession, type VerifiedAudienceReader } from './verifiedAudience.js';

export const HANDOFF_TRACE_VALUE_TYPE = 'https://collections.example/trace/handoff/v1';

/** The steps of a handoff that the transcript records as `handoff.<step>` traces. */
export type HandoffStep =
  | 'queued'
  | 'callback_offered'
  | 'callback_requested'
  | 'message_left'
  | 'accepted'
  | 'blocked'
  | 'not_delivered'
  | 'released';

export interface RelayDeps {
  store: HandoffStore;
  services: Pick<DialogServices, 'responder' | 'clock' | 'logger' | 'turnDeadlineMs'>;
  transcript: TranscriptSink;
  proactive: ProactiveMessenger;
  check: CheckFn;
  serviceNumbers: string[];
  /** The bank's payment channel names and accounts (PAYMENT_CHANNELS), which agents may name. */
  paymentChannels?: string[];
  /** GUARDRAIL_MODEL_CHECK: the model judge, binding under `enforce` within the turn deadline. */
  judge?: MessageJudge;
  /**
   * The conversation's current verified session, read on the proactive turn: a message that may
   * carry verified detail goes to that session only (SECURITY.md). Without it (unit tests) a
   * proactive message goes to the whole conversation.
   */
  audience?: VerifiedAudienceReader;
}

/** Who a proactive turn's message goes to: everyone open, the verified session, or nobody verified. */
type Aim = 'everyone' | 'verified_session' | 'nobody_verified';

/** Why an agent's message with account detail was held back: nobody is verified now. */
export const NOT_VERIFIED_NOW =
  'the person is not verified in any open session now (never verified, or it lapsed): ask them to verify again before sharing account details';

export type AgentSendOutcome =
  | { status: 'sent'; message: HandoffMessage }
  | { status: 'blocked'; verdict: Verdict }
  | { status: 'not_delivered'; reason: string }
  /** It may carry account detail and nobody is verified now: held back, nothing was sent. */
  | { status: 'not_verified'; reason: string }
  /** The conversation was released or passed on while the text was being checked: nothing was sent. */
  | { status: 'closed' };

/**
 * Talks to the person of a handed-over conversation: the bot's handoff notes (worded from acts
 * like every bot reply) in the current turn or proactively, and the agent's own text —
 * checked by the guardrails first, then sent proactively on the person's channel through the
 * same guarded send path. Records what the person was sent in the handoff's message list and
 * each step in the transcript.
 */
export class HandoffRelay {
  constructor(private readonly deps: RelayDeps) {}

  /** Words `act` and sends it in this turn (the turn's middleware guards it). */
  async sayInTurn(context: TurnContext, entry: HandoffEntry, act: Act): Promise<void> {
    const reply = await this.word(entry, act);
    await sendReply(context, reply.activity, reply.meta);
    await this.remember(entry, reply.activity);
  }

  /**
   * Words `act` and sends it in a proactive turn on the person's own channel: worded as verified
   * (and then only to the verified session) while a verification is current, else unverified.
   */
  async sayProactively(entry: HandoffEntry, act: Act): Promise<ProactiveOutcome> {
    const said: { activity?: Partial<Activity> } = {};
    const outcome = await this.deps.proactive.continue(entry.conversationId, async (context) => {
      const aim = await this.aim(context, entry.verified);
      const reply = await this.word({ ...entry, verified: entry.verified && aim !== 'nobody_verified' }, act);
      await sendReply(context, reply.activity, reply.meta);
      said.activity = reply.activity;
    });
    if (outcome.status === 'sent' && said.activity) await this.remember(entry, said.activity);
    else
      this.deps.services.logger.warn(
        { conversationId: entry.conversationId, act: act.kind, outcome: outcome.status },
        'handoff: note not delivered',
      );
    return outcome;
  }

  /**
   * An agent's message: blocked text never leaves (the agent is told why); allowed text goes
   * to the person proactively, marked as agent text so the send path drops rather than
   * replaces it if its own check disagrees. Text judged as for a verified person reaches only
   * the session that verified; when no verification is current it goes to every session only if
   * it passes as unverified text (no account detail), else it is not delivered at all.
   */
  async sendAgentText(
    entry: HandoffEntry,
    agent: string,
    text: string,
    stillHeld?: () => Promise<boolean>,
  ): Promise<AgentSendOutcome> {
    const { verdict, context: guardContext } = await this.judge(text, this.guardContext(entry));
    if (!verdict.allowed) {
      this.trace(entry, 'blocked', { agent, text, verdict });
      return { status: 'blocked', verdict };
    }
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text,
      locale: entry.locale,
      inputHint: 'acceptingInput',
    };
    const meta: OutboundMeta = { source: 'agent', agent, onBlock: 'drop', guardContext };
    let delivered = false;
    let withheld = false;
    let closed = false;
    const outcome = await this.deps.proactive.continue(entry.conversationId, async (context) => {
      // staffsec20: access was checked when the request came, and the check (a model judge: seconds)
      // ran since; a release in between must not be followed by this text
      if (stillHeld && !(await stillHeld())) {
        closed = true;
        return;
      }
      let sendAs = meta;
      if ((await this.aim(context, guardContext.verified)) === 'nobody_verified') {
        const plain = this.guardContext({ ...entry, verified: false });
        withheld = !this.check(text, plain).allowed;
        if (withheld) return;
        sendAs = { ...meta, guardContext: plain };
      }
      delivered = (await sendReply(context, activity, sendAs)) !== undefined;
    });
    if (closed) {
      this.trace(entry, 'not_delivered', { agent, reason: 'released' });
      return { status: 'closed' };
    }
    if (withheld) {
      this.trace(entry, 'not_delivered', { agent, reason: 'not_verified_now' });
      return { status: 'not_verified', reason: NOT_VERIFIED_NOW };
    }
    if (outcome.status !== 'sent' || !delivered) {
      const reason =
        outcome.status === 'failed'
          ? outcome.error
          : outcome.status === 'sent'
            ? 'dropped by the send path'
            : outcome.status;
      this.trace(entry, 'not_delivered', { agent, reason });
      return { status: 'not_delivered', reason };
    }
    const message = await this.deps.store.appendMessage(
      entry.handoffId,
      'agent',
      text,
      this.deps.services.clock.now(),
      agent,
    );
    return { status: 'sent', message };
  }

  /**
   * What an agent's text may state: nothing about the account before verification; after it,
   * the account's facts and the offers the policy allows (never a waiver or discount).
   */
  guardContext(entry: HandoffEntry): GuardContext {
    return {
      locale: entry.locale,
      verified: entry.verified,
      // A human agent may truthfully say they are a person ("我是人工客服").
      speaker: 'agent',
      ...(entry.verified && entry.guard
        ? { facts: entry.guard.facts, authorised: entry.guard.authorised }
        : {}),
      serviceNumbers: this.deps.serviceNumbers,
      paymentChannels: this.deps.paymentChannels ?? [],
    };
  }

  /**
   * Points a proactive turn at the verified session when its message is worded as verified: the
   * turn takes that session, so the send path marks the message for it alone (`markAudience`).
   */
  private async aim(context: TurnContext, verified: boolean): Promise<Aim> {
    if (!verified || !this.deps.audience) return 'everyone';
    const audience = await aimAtVerifiedSession(context, this.deps.audience);
    if (audience.kind === 'nobody') return 'nobody_verified';
    if (audience.kind === 'conversation') return 'everyone';
    return 'verified_session';
  }

  /** Appends an activity the send path does not record (the handoff event) to the transcript. */
  record(activity: Partial<Activity>): void {
    try {
      this.deps.transcript.append({ ...activity, timestamp: this.deps.services.clock.now() });
    } catch (err) {
      this.deps.services.logger.warn({ err }, 'handoff: transcript append failed');
    }
  }

  /** Appends a `handoff.<step>` trace to the conversation's transcript. */
  trace(entry: HandoffEntry, step: HandoffStep, value: Record<string, unknown> = {}): void {
    try {
      this.deps.transcript.append({
        type: ActivityTypes.Trace,
        name: `handoff.${step}`,
        label: 'handoff',
        valueType: HANDOFF_TRACE_VALUE_TYPE,
        timestamp: this.deps.services.clock.now(),
        channelId: entry.channelId,
        conversation: { id: entry.conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'handoff', name: 'handoff', role: 'bot' },
        channelData: entry.accountId ? { accountId: entry.accountId } : undefined,
        value: { handoffId: entry.handoffId, reason: entry.reason, priority: entry.priority, ...value },
      });
    } catch (err) {
      this.deps.services.logger.warn({ err, step }, 'handoff: transcript trace failed');
    }
  }

  /** The local check, then (when configured) the model judge within the turn's deadline. */
  private async judge(
    text: string,
    context: GuardContext,
  ): Promise<{ verdict: Verdict; context: GuardContext }> {
    const judge = this.deps.judge;
    if (!judge) return { verdict: this.check(text, context), context };
    const rules = { name: 'rules', check: (t: string, c: GuardContext) => this.check(t, c) };
    const deadline = Date.now() + this.deps.services.turnDeadlineMs;
    return judgeText(text, context, [rules, judge.forReply({ deadline, trusted: [] })]);
  }

  private check(text: string, context: GuardContext): Verdict {
    try {
      return this.deps.check(text, context);
    } catch (err) {
      this.deps.services.logger.error({ err }, 'handoff: guardrail check failed; treating as blocked');
      return { allowed: false, status: 'error', violations: [], reason: 'the guardrail check failed' };
    }
  }

  private async word(
    entry: HandoffEntry,
    act: Act,
  ): Promise<{ activity: Partial<Activity>; meta: OutboundMeta }> {
    const reply = await this.deps.services.responder.respond(act, {
      locale: entry.locale,
      verified: entry.verified,
      deadline: Date.now() + this.deps.services.turnDeadlineMs,
    });
    return {
      activity: {
        type: ActivityTypes.Message,
        text: reply.text,
        locale: entry.locale,
        inputHint: 'acceptingInput',
      },
      meta: { source: 'bot', trace: reply.trace },
    };
  }

  private async remember(entry: HandoffEntry, activity: Partial<Activity>): Promise<void> {
    if (activity.text)
      await this.deps.store.appendMessage(
        entry.handoffId,
        'bot',
        activity.text,
        this.deps.services.clock.now(),
      );
  }
}
