import { checkContact, localClock, type LocalClock } from '../policy/contactRules.js';
import type {
  ClaimCheck,
  ClaimOutcome,
  ReminderCandidate,
  ReminderKey,
  ReminderRecord,
} from '../store/reminders.js';
import { countWindow, scheduleFacts, selectReminders, type SelectionContext } from './selection.js';
import { dayIndex, remindersOn, type ScheduledReminder } from './schedule.js';
import {
  deliveryKey,
  type DispatchOptions,
  type DispatchResult,
  type ReminderDecision,
  type ReminderSender,
  type SendOutcome,
} from './types.js';

export interface DispatcherContext extends SelectionContext {
  /** Undefined in a process that cannot deliver (the command line): claims are queued instead. */
  sender: ReminderSender | undefined;
  options: DispatchOptions;
}

/**
 * Claims and sends every reminder due at `now`. Each claim re-checks the rules on fresh facts
 * inside one immediate transaction and inserts the (account, kind, day) row, so two processes
 * never both send one and the caps hold across them.
 */
export async function dispatchDue(ctx: DispatcherContext, now: Date): Promise<DispatchResult[]> {
  const due = (await selectReminders(ctx, now, true)).filter((d) => d.outcome.due);
  return pool(due, ctx.options.concurrency, (d) => dispatchOne(ctx, d, now));
}

async function dispatchOne(ctx: DispatcherContext, d: ReminderDecision, now: Date): Promise<DispatchResult> {
  const result = (outcome: DispatchResult['outcome'], detail?: string): DispatchResult => ({
    account: d.key.accountId,
    kind: d.key.kind,
    localDate: d.key.localDate,
    channel: d.channel,
    outcome,
    ...(detail === undefined ? {} : { detail }),
  });
  if (!d.reachable) return result('unreachable', 'no stored conversation');
  const human = await humanCheckFor(ctx, d.key.accountId);
  const claimed = await ctx.store.claim(
    {
      key: d.key,
      window: countWindow(d.key.localDate),
      as: ctx.sender ? 'sending' : 'queued',
      now,
      leaseUntil: new Date(now.getTime() + ctx.options.leaseMs),
      maxAttempts: ctx.options.maxAttempts,
      ...(d.reminder.instalment ? { detail: JSON.stringify(d.reminder.instalment) } : {}),
    },
    stillScheduled(ctx, d.key, fullCheck(ctx, localClock(now, d.candidate.account.timeZone), human)),
  );
  const early = notClaimed(claimed);
  if (early) return result(early.outcome, early.detail);
  if (claimed.status !== 'claimed') return result('held');
  if (!ctx.sender) return result('queued');
  const sent = await deliver(ctx, ctx.sender, d.key, d.reminder, claimed.candidate, now);
  return result(sent.outcome, sent.detail);
}

function notClaimed(c: ClaimOutcome): { outcome: DispatchResult['outcome']; detail?: string } | undefined {
  switch (c.status) {
    case 'claimed':
      return undefined;
    case 'held':
      return { outcome: 'held', detail: c.rule };
    case 'recorded':
      return { outcome: 'taken', detail: c.recorded };
    case 'no_account':
      return { outcome: 'held', detail: 'no_account' };
  }
}

/** Whether a human handles the account, as a claim check reads it. */
export type HumanCheck = (c: ReminderCandidate) => boolean;

/**
 * The injected handoff check, read (asynchronously) just before the claim, since the claim's check
 * runs inside one synchronous transaction; without one, the accepted escalation read inside the claim.
 */
export async function humanCheckFor(ctx: SelectionContext, accountId: string): Promise<HumanCheck> {
  if (!ctx.isHandledByHuman) return (c) => c.acceptedEscalation;
  const handled = await ctx.isHandledByHuman(accountId);
  return () => handled;
}

/** Every contact rule, on the facts read inside the claim. */
export function fullCheck(ctx: SelectionContext, at: LocalClock, human: HumanCheck): ClaimCheck {
  return (c) =>
    c.careFlag
      ? { allowed: false, rule: 'care_flag' }
      : checkContact(ctx.rules, factsOf(c, human(c), c.contactsToday, c.contactsLast7Days), at);
}

/** The state rules and quiet hours only: a claim being taken over already counts in the caps. */
export function stateCheck(ctx: SelectionContext, at: LocalClock, human: HumanCheck): ClaimCheck {
  return (c) =>
    c.careFlag
      ? { allowed: false, rule: 'care_flag' }
      : checkContact(ctx.rules, factsOf(c, human(c), 0, 0), at);
}

/**
 * `check`, after making sure the reminder is still on the account's schedule with the facts read
 * inside the claim: a payment that arrived since selection (instalment paid, promise kept) holds it.
 */
function stillScheduled(ctx: SelectionContext, key: ReminderKey, check: ClaimCheck): ClaimCheck {
  return (c) => {
    const now = remindersOn(dayIndex(ctx.schedule, key.localDate), scheduleFacts(c));
    if (!now.some((r) => r.kind === key.kind)) return { allowed: false, rule: 'paid_since_selection' };
    return check(c);
  };
}

function factsOf(c: ReminderCandidate, handledByHuman: boolean, today: number, week: number) {
  return {
    status: c.account.status,
    balanceCents: c.account.balanceCents,
    ceased: c.ceased,
    channel: c.conversation?.channelId ?? c.account.channel,
    restrictions: c.restrictions ?? [],
    disputeOpen: c.disputeOpen,
    handledByHuman,
    contactsToday: today,
    contactsLast7Days: week,
  };
}

/** The reason of a reminder recorded `unconfirmed` because its send's outcome is unknown. */
export const SEND_OUTCOME_UNKNOWN = 'send_outcome_unknown';

/**
 * Sends a reminder this process holds as `sending` and records the answer. A throw or a refusal
 * is `failed` (known not delivered: retried the same day up to maxAttempts); no answer within
 * sendTimeoutMs leaves the claim in flight, to be delivered again under the same key once its
 * lease runs out.
 */
export async function deliver(
  ctx: DispatcherContext,
  sender: ReminderSender,
  key: ReminderKey,
  reminder: ScheduledReminder,
  candidate: ReminderCandidate,
  now: Date,
): Promise<{ outcome: DispatchResult['outcome']; detail?: string }> {
  const conversation = candidate.conversation;
  if (!conversation) {
    await ctx.store.complete(key, 'unreachable', 'no stored conversation', now);
    return { outcome: 'unreachable', detail: 'no stored conversation' };
  }
  const answer = await sendWithin(
    sender,
    {
      ...key,
      deliveryKey: deliveryKey(key),
      conversationId: conversation.conversationId,
      channelId: conversation.channelId,
      locale: candidate.account.locale,
      firstReminder: !candidate.everSent,
      ...(reminder.instalment ? { instalment: reminder.instalment } : {}),
    },
    ctx.options.sendTimeoutMs,
  );
  if (answer === 'timeout') return { outcome: 'in_flight', detail: 'no answer from the channel in time' };
  if (answer === 'unknown') {
    await ctx.store.complete(key, 'unconfirmed', SEND_OUTCOME_UNKNOWN, now);
    return { outcome: 'unconfirmed', detail: SEND_OUTCOME_UNKNOWN };
  }
  if (answer === 'sent' || answer === 'unreachable') {
    await ctx.store.complete(key, answer, undefined, now);
    return { outcome: answer };
  }
  await ctx.store.complete(key, 'failed', answer.failed, now);
  return { outcome: 'failed', detail: answer.failed };
}

async function sendWithin(
  sender: ReminderSender,
  message: Parameters<ReminderSender['send']>[0],
  timeoutMs: number,
): Promise<SendOutcome | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([
      sender.send(message).catch((e: unknown) => ({ failed: e instanceof Error ? e.message : String(e) })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Pending rows: `queued` claims (delivered only by a process with a sender) and `sending` claims
 * whose lease ran out (a crash between claim and send, or after send and before the mark). On
 * their day, inside the window and with the state rules still holding, they are taken over and
 * sent again under the same delivery key; once their day is over they are closed, never sent late.
 */
export async function resumePending(ctx: DispatcherContext, now: Date): Promise<DispatchResult[]> {
  const work: ReminderRecord[] = [];
  const results: DispatchResult[] = [];
  for (const rec of await ctx.store.pending(now)) {
    const at = localClock(now, rec.timeZone);
    const over =
      rec.localDate < at.date || (rec.localDate === at.date && at.minute >= ctx.rules.windowEndMinute);
    if (over) {
      const closed =
        rec.status === 'queued'
          ? await ctx.store.close(rec, 'queued', 'skipped', 'day_over_in_queue', now)
          : await ctx.store.close(rec, 'sending', 'unconfirmed', 'lease_expired_after_day', now);
      if (closed) results.push(pendingResult(rec, 'expired', rec.status));
    } else if (rec.localDate === at.date && at.minute >= ctx.rules.windowStartMinute && ctx.sender) {
      work.push(rec);
    }
  }
  const sender = ctx.sender;
  if (!sender) return results;
  const resumed = await pool(work, ctx.options.concurrency, (rec) => resumeOne(ctx, sender, rec, now));
  return [...results, ...resumed];
}

async function resumeOne(
  ctx: DispatcherContext,
  sender: ReminderSender,
  rec: ReminderRecord,
  now: Date,
): Promise<DispatchResult> {
  const at = localClock(now, rec.timeZone);
  const leaseUntil = new Date(now.getTime() + ctx.options.leaseMs);
  const human = await humanCheckFor(ctx, rec.accountId);
  const taken = await ctx.store.takeOver(
    rec,
    countWindow(rec.localDate),
    now,
    leaseUntil,
    stillScheduled(ctx, rec, stateCheck(ctx, at, human)),
  );
  if (taken.status === 'held') {
    // Someone asked to stop (or a dispute opened) since the claim: never send it.
    const to = rec.status === 'queued' ? 'skipped' : 'unconfirmed';
    await ctx.store.close(rec, rec.status === 'queued' ? 'queued' : 'sending', to, taken.rule, now);
    return pendingResult(rec, 'held', taken.rule);
  }
  const early = notClaimed(taken);
  if (early) return pendingResult(rec, early.outcome, early.detail);
  if (taken.status !== 'claimed') return pendingResult(rec, 'held');
  const reminder: ScheduledReminder = {
    kind: rec.kind,
    ...(rec.detail
      ? { instalment: JSON.parse(rec.detail) as NonNullable<ScheduledReminder['instalment']> }
      : {}),
  };
  // A resend goes to the conversation of the first attempt, where the delivery key can dedupe it.
  const candidate =
    rec.status === 'sending' && rec.conversationId && rec.channelId
      ? { ...taken.candidate, conversation: { conversationId: rec.conversationId, channelId: rec.channelId } }
      : taken.candidate;
  const sent = await deliver(ctx, sender, rec, reminder, candidate, now);
  return pendingResult(rec, sent.outcome, sent.detail);
}

function pendingResult(
  rec: ReminderRecord,
  outcome: DispatchResult['outcome'],
  detail?: string,
): DispatchResult {
  return {
    account: rec.accountId,
    kind: rec.kind,
    localDate: rec.localDate,
    channel: rec.channelId ?? '',
    outcome,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the input order in the output. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
