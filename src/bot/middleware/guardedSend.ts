import {
  ActivityTypes,
  DeliveryModes,
  type Activity,
  type ChannelAccount,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../../core/clock.js';
import type { Locale } from '../../core/locale.js';
import { normaliseLocale } from '../../core/locale.js';
import { takeReplyMeta, type OutboundMeta } from '../../dialogs/outbound.js';
import { findTurn } from '../../dialogs/turn.js';
import type { GuardContext, Verdict } from '../../guardrails/types.js';
import type { TranscriptSink } from '../../channels/transcriptSink.js';
import { channelTurnOf, markAudience } from '../../channels/host.js';
import { heldDeliveryOf } from '../../channels/heldDelivery.js';
import { boundedActivity } from '../../store/transcripts/index.js';

export type CheckFn = (text: string, context: GuardContext) => Verdict;

export interface GuardedSendDeps {
  check: CheckFn;
  safeMessage: (locale: Locale) => string;
  transcript: TranscriptSink;
  logger: Logger;
  serviceNumbers: string[];
  /** The bank's payment channel names and accounts (PAYMENT_CHANNELS), which any message may name. */
  paymentChannels?: string[];
  clock: Clock;
  /** The account a conversation is bound to, for the transcript's filters. */
  accountOf?: (conversationId: string) => Promise<string | undefined>;
  /** Told when the last line of defence stopped a message (for alerts and escalation). */
  onBlocked?: (context: TurnContext, meta: OutboundMeta | undefined, verdict: Verdict) => void;
}

export const TRACE_VALUE_TYPE = 'https://collections.example/trace/reply/v1';

/**
 * The send path: every outbound message activity — dialog, model, template, agent, proactive
 * reminder — is checked by the guardrails here, whatever produced it. A blocked message never
 * leaves: it is replaced by the fixed safe message (or dropped, for agent text the agent must
 * rephrase). Each message is recorded in the transcript with a trace of its act, verdicts and
 * any blocked draft. The channel registry puts it on every adapter (bot/pipeline.ts).
 *
 * It reads two contracts only: a reply's meta (`takeReplyMeta`, put there by `sendReply`) and
 * the turn's seam (`findTurn`: the account and the default guard context). Proactive turns of
 * agents and reminders without a Turn fall back to the conversation's account and an
 * unverified guard context.
 */
export class GuardedSendMiddleware implements Middleware {
  constructor(private readonly deps: GuardedSendDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, sendNext) => {
      const records: Partial<Activity>[] = [];
      for (let i = activities.length - 1; i >= 0; i--) {
        const activity = activities[i];
        if (!activity) continue;
        const guarded = this.guard(ctx, activity, await this.accountOf(ctx, activity));
        records.unshift(...guarded.records);
        if (!guarded.keep) activities.splice(i, 1);
      }
      // Write-ahead: the messages and their traces are on disk, in one transaction, before the
      // channel gets them. When they cannot be recorded this throws and nothing is sent.
      // Bounded here, once: the writer keeps the copy and the metrics and the store read each
      // trace of it once (the same plain JSON the writer would have made).
      // Replies given only with the turn's answer (expectReplies) may instead ride in the turn's
      // own transaction with its state (PostgreSQL): none is given if that does not commit.
      if (records.length > 0) {
        const items = records.map((activity) => ({
          activity: boundedActivity(activity) as Partial<Activity>,
        }));
        const kept = [...activities];
        // A held delivery (a reminder on Direct Line) commits them with its key and its queued
        // activities in one transaction once the turn is over (channels/heldDelivery.ts).
        const held = heldDeliveryOf(ctx);
        const withTurn =
          held !== undefined ||
          (ctx.activity?.deliveryMode === DeliveryModes.ExpectReplies &&
            this.deps.transcript.commitWithTurn?.(items, () => unbuffer(ctx, kept)) === true);
        held?.records.push(...items);
        if (!withTurn) await this.deps.transcript.commit(items);
      }
      if (activities.length === 0) return [];
      return sendNext();
    });
    await next();
  }

  /** Guards one activity in place. False when it must not be sent at all. */
  private async accountOf(context: TurnContext, activity: Partial<Activity>): Promise<string | undefined> {
    const fromTurn = findTurn(context)?.accountId;
    const id = activity.conversation?.id;
    return fromTurn ?? (id ? await this.deps.accountOf?.(id) : undefined);
  }

  private guard(
    context: TurnContext,
    activity: Partial<Activity>,
    accountId: string | undefined,
  ): { keep: boolean; records: Partial<Activity>[] } {
    const meta = takeReplyMeta(activity);
    if (activity.type !== ActivityTypes.Message) return { keep: true, records: [] };
    activity.id ??= randomUUID();
    activity.timestamp ??= this.deps.clock.now();
    const guardContext = meta?.trace?.guardContext ?? meta?.guardContext ?? this.defaults(context, activity);
    const text = outboundText(activity);
    const verdict = this.safeCheck(text, guardContext);
    let sent: 'as_is' | 'safe_message' | 'dropped' = 'as_is';
    if (!verdict.allowed) {
      this.deps.onBlocked?.(context, meta, verdict);
      this.deps.logger.warn(
        {
          conversationId: activity.conversation?.id,
          status: verdict.status,
          rules: verdict.violations.map((v) => v.rule),
        },
        'send path blocked an outbound message',
      );
      if (meta?.onBlock === 'drop') {
        sent = 'dropped';
      } else {
        sent = 'safe_message';
        activity.text = this.deps.safeMessage(guardContext.locale);
        activity.suggestedActions = undefined;
        activity.attachments = undefined;
        activity.speak = undefined;
      }
    }
    // A reply that carries verified detail is for the session that verified (Direct Line: not for
    // another link exchange open on the same conversation).
    const session = channelTurnOf(context).sessionId;
    if (guardContext.verified && session !== undefined) markAudience(activity, session);
    const records = this.record(activity, meta, guardContext, text, verdict, sent, accountId);
    return { keep: sent !== 'dropped', records };
  }

  private safeCheck(text: string, guardContext: GuardContext): Verdict {
    try {
      return this.deps.check(text, guardContext);
    } catch (err) {
      this.deps.logger.error({ err }, 'guardrail check failed; treating as blocked');
      return { allowed: false, status: 'error', violations: [], reason: (err as Error).message };
    }
  }

  private defaults(context: TurnContext, activity: Partial<Activity>): GuardContext {
    return (
      findTurn(context)?.guardContext() ?? {
        locale: normaliseLocale(activity.locale ?? context.activity?.locale),
        verified: false,
        serviceNumbers: this.deps.serviceNumbers,
        paymentChannels: this.deps.paymentChannels ?? [],
      }
    );
  }

  private record(
    activity: Partial<Activity>,
    meta: OutboundMeta | undefined,
    guardContext: GuardContext,
    checkedText: string,
    verdict: Verdict,
    sent: 'as_is' | 'safe_message' | 'dropped',
    accountId: string | undefined,
  ): Partial<Activity>[] {
    const records: Partial<Activity>[] = [];
    const source = meta?.source ?? 'system';
    const role = source === 'agent' ? 'agent' : 'bot';
    const from: ChannelAccount = { ...(activity.from ?? { id: 'bot', name: 'bot' }), role };
    if (sent !== 'dropped') {
      records.push({
        ...activity,
        from,
        channelData: {
          ...((activity.channelData as object | undefined) ?? {}),
          source,
          agent: meta?.agent,
          accountId,
        },
      });
    }
    const trace = meta?.trace;
    const blockedDrafts = [
      ...(trace?.attempts
        .filter((a) => !a.verdict.allowed)
        .map((a) => ({ source: a.source, text: a.text, verdict: a.verdict })) ?? []),
      ...(verdict.allowed ? [] : [{ source: `${source}:send-path`, text: checkedText, verdict }]),
    ];
    records.push({
      type: 'trace',
      name: 'collections.reply',
      label: 'guardrail',
      valueType: TRACE_VALUE_TYPE,
      timestamp: this.deps.clock.now(),
      channelId: activity.channelId,
      conversation: activity.conversation,
      from,
      recipient: activity.recipient,
      replyToId: activity.id,
      value: {
        messageId: activity.id,
        accountId,
        source,
        agent: meta?.agent,
        act: trace?.act,
        facts: guardContext.facts,
        verified: guardContext.verified,
        locale: guardContext.locale,
        template: trace?.template,
        wording: trace?.sent ?? (source === 'bot' ? undefined : source),
        model: trace?.model,
        verdicts: [
          ...(trace?.attempts.map((a) => ({ source: a.source, verdict: a.verdict })) ?? []),
          { source: 'send-path', verdict },
        ],
        blockedDrafts,
        sendPath: sent,
        latencyMs: trace?.latencyMs,
      },
    });
    return records;
  }
}

/** Takes activities whose records were lost back out of the turn's buffered answer (in place). */
function unbuffer(context: TurnContext, activities: readonly Partial<Activity>[]): void {
  const lost = new Set<object>(activities);
  const buffer = context.bufferedReplyActivities;
  for (let i = buffer.length - 1; i >= 0; i--) if (lost.has(buffer[i]!)) buffer.splice(i, 1);
}

/** The text a person would see: the message text plus any suggested-action labels. */
function outboundText(activity: Partial<Activity>): string {
  const labels =
    activity.suggestedActions?.actions.map(
      (a) => `${a.title ?? ''} ${typeof a.value === 'string' ? a.value : ''}`,
    ) ?? [];
  return [activity.text ?? '', ...labels].filter(Boolean).join('\n');
}
