import { traceBlocked, turnTraceOf } from './turnTrace.js';
import type {
  AppendMeta,
  TranscriptActivity,
  TranscriptFlag,
  TranscriptOutcome,
  TranscriptRole,
} from './types.js';

/**
 * What the review list filters on, derived from an activity when it is stored. These columns
 * sit beside the hashed activity; the activity itself stays the record of truth.
 */

/** Who produced an outbound message, as the send path marks it in channelData.source. */
const SOURCE_ROLES: Readonly<Record<string, TranscriptRole>> = {
  bot: 'bot',
  reminder: 'bot',
  system: 'bot',
  agent: 'agent',
};

/**
 * user | bot | agent | system (traces, events such as 'handoff.*', conversation updates).
 * Outbound messages are known by from.role, or by the send path's channelData.source.
 */
export function roleOf(activity: TranscriptActivity): TranscriptRole {
  const role = activity.from?.role;
  const source = activity.channelData?.['source'];
  if (activity.type === 'trace') return 'system';
  if (
    activity.type === 'event' &&
    typeof activity.name === 'string' &&
    activity.name.startsWith('handoff.')
  ) {
    return role === 'agent' || source === 'agent' ? 'agent' : 'system';
  }
  if (role === 'bot' || role === 'skill') return source === 'agent' ? 'agent' : 'bot';
  if (role === 'agent') return 'agent';
  if (typeof source === 'string' && SOURCE_ROLES[source]) return SOURCE_ROLES[source];
  if (activity.type === 'conversationUpdate' || activity.type === 'installationUpdate') return 'system';
  return 'user';
}

const OUTCOME_BY_ACT: Readonly<Record<string, TranscriptOutcome>> = {
  plan_agreed: 'plan_agreed',
  plan_declined: 'no_agreement',
  plan_impasse: 'no_agreement',
  dispute_recorded: 'dispute',
  cease_contact_confirmed: 'opted_out',
  human_requested: 'handoff',
  handoff_queued: 'handoff',
  handoff_accepted: 'handoff',
  distress_support: 'distress',
  third_party: 'third_party',
  verification_locked: 'verification_locked',
};

const ESCALATION_ACTS = new Set([
  'human_requested',
  'handoff_queued',
  'handoff_accepted',
  'distress_support',
]);

function isHandoffEvent(activity: TranscriptActivity): boolean {
  return (
    activity.type === 'event' && typeof activity.name === 'string' && activity.name.startsWith('handoff.')
  );
}

/** The outcome this activity decides, if any (the latest one wins for the conversation). */
export function outcomeOf(
  activity: TranscriptActivity,
  trace = turnTraceOf(activity),
): TranscriptOutcome | undefined {
  const act = trace?.act;
  if (act) return OUTCOME_BY_ACT[act.kind];
  if (isHandoffEvent(activity) && activity.name !== 'handoff.returned') return 'handoff';
  return undefined;
}

/** Flags this activity raises, plus any the caller gave in `meta.flags`. */
export function flagsOf(
  activity: TranscriptActivity,
  meta: AppendMeta = {},
  trace = turnTraceOf(activity),
): TranscriptFlag[] {
  const flags = new Set<TranscriptFlag>(meta.flags ?? []);
  const act = trace?.act;
  if (trace && traceBlocked(trace)) flags.add('blocked');
  if (isHandoffEvent(activity) || (act && ESCALATION_ACTS.has(act.kind))) flags.add('escalated');
  const pausedFor = act?.kind === 'collection_paused' ? act['reason'] : undefined;
  if (act?.kind === 'dispute_recorded' || pausedFor === 'dispute') flags.add('disputed');
  if (act?.kind === 'cease_contact_confirmed' || pausedFor === 'cease_contact') flags.add('optedOut');
  return [...flags];
}

function stringAt(value: unknown, ...keys: string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current !== '' ? current : undefined;
}

/**
 * The account an activity is about, when it says: meta.accountId, channelData.accountId,
 * the trace's value.accountId, or the act's account facts.
 */
export function accountIdOf(
  activity: TranscriptActivity,
  meta: AppendMeta = {},
  trace = turnTraceOf(activity),
): string | undefined {
  return (
    meta.accountId ??
    stringAt(activity.channelData, 'accountId') ??
    trace?.accountId ??
    stringAt(trace?.facts, 'accountId') ??
    stringAt(trace?.act, 'account', 'accountId')
  );
}
