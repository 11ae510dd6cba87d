import type { HandoffReason } from '../core/act.js';
import type { Locale } from '../core/locale.js';
import type { AuthorisedOffer, GuardFacts } from '../guardrails/types.js';

/** queued: waiting for an agent; accepted: an agent holds it; released: back with the bot. */
export type HandoffStatus = 'queued' | 'accepted' | 'released';

/** The callback offer made when nobody accepts in time or outside agent hours, and its answer. */
export type CallbackState = 'none' | 'offered' | 'requested' | 'message_left';

/** What an agent may state to a verified person: the account's facts and the offers the policy allows. */
export interface AgentGuard {
  facts: GuardFacts;
  authorised: AuthorisedOffer[];
}

/** One escalation that reached the agent queue. */
export interface HandoffEntry {
  handoffId: string;
  /** The Bot Framework conversation id (the `{id}` of the agent API). */
  conversationId: string;
  channelId: string;
  accountId: string | undefined;
  reason: HandoffReason;
  /** Lower is more urgent: distress is 0. */
  priority: number;
  /** For the agent: account, verified or not, what was offered, what the person said (masked). */
  summary: string;
  locale: Locale;
  /** Whether the person had proven they are the holder when the bot handed over. */
  verified: boolean;
  /** What an agent's message may state (amounts, dates, offers), when verified. */
  guard: AgentGuard | undefined;
  status: HandoffStatus;
  agent: string | undefined;
  queuedAt: string;
  acceptedAt: string | undefined;
  releasedAt: string | undefined;
  outcome: string | undefined;
  callback: CallbackState;
  callbackAt: string | undefined;
}

export type NewHandoff = Pick<
  HandoffEntry,
  | 'conversationId'
  | 'channelId'
  | 'accountId'
  | 'reason'
  | 'priority'
  | 'summary'
  | 'locale'
  | 'verified'
  | 'guard'
>;

export type MessageSender = 'person' | 'agent' | 'bot';

/** A message relayed while a conversation is held, as the agent API lists it. */
export interface HandoffMessage {
  id: string;
  /** Position in the handoff's message list; the API's cursor. */
  seq: number;
  from: MessageSender;
  /** The agent's name, for agent messages. */
  agent: string | undefined;
  text: string;
  timestamp: string;
}

export type EnqueueOutcome =
  | { status: 'queued'; entry: HandoffEntry }
  /** The conversation already waits for or is held by an agent (a more urgent reason raises it). */
  | { status: 'already_open'; entry: HandoffEntry };

export type AcceptOutcome =
  | { status: 'accepted'; entry: HandoffEntry }
  | { status: 'already_yours'; entry: HandoffEntry }
  | { status: 'held_by_other' }
  | { status: 'not_queued' };

export type ReleaseOutcome =
  { status: 'released'; entry: HandoffEntry } | { status: 'not_holder' } | { status: 'not_open' };

/** Whether an agent may read and write a conversation: only the one who accepted it. */
export type AccessOutcome =
  { status: 'ok'; entry: HandoffEntry } | { status: 'not_holder' } | { status: 'not_open' };

/**
 * The handoff queue and the messages relayed while a conversation is held. Every state change
 * is one atomic statement or transaction inside ONE method (never a read in one call and a write
 * in the next), so two agents (or two processes) racing to accept the same conversation get one
 * `accepted` and one `held_by_other`, and two enqueues for one conversation leave one open handoff.
 *
 *   const { entry } = await store.enqueue({ conversationId, reason: 'distress', priority: 0, ... }, now);
 *   await store.accept(entry.conversationId, 'alice', now); // { status: 'accepted', entry }
 */
export interface HandoffStore {
  enqueue(handoff: NewHandoff, now: Date): Promise<EnqueueOutcome>;
  /** The conversation's queued or accepted handoff. */
  open(conversationId: string): Promise<HandoffEntry | undefined>;
  /** An account's queued or accepted handoff, on any of its conversations (reminders hold off meanwhile). */
  openForAccount(accountId: string): Promise<HandoffEntry | undefined>;
  /** Waiting conversations, most urgent first, then longest waiting. */
  queued(): Promise<HandoffEntry[]>;
  /** Conversations an agent holds. */
  heldBy(agent: string): Promise<HandoffEntry[]>;
  accept(conversationId: string, agent: string, now: Date): Promise<AcceptOutcome>;
  release(conversationId: string, agent: string, outcome: string, now: Date): Promise<ReleaseOutcome>;
  access(conversationId: string, agent: string): Promise<AccessOutcome>;
  /** Moves the callback answer on: none → offered → requested | message_left. False if it was not due. */
  setCallback(handoffId: string, from: CallbackState, to: CallbackState, now: Date): Promise<boolean>;
  /** Queued handoffs not yet offered a callback that have waited at least `waitedSeconds`. */
  dueForCallbackOffer(now: Date, waitedSeconds: number): Promise<HandoffEntry[]>;
  appendMessage(
    handoffId: string,
    from: MessageSender,
    text: string,
    now: Date,
    agent?: string,
  ): Promise<HandoffMessage>;
  /** Messages after `afterSeq` (0: from the start), oldest first, at most `limit`. */
  messages(handoffId: string, afterSeq: number, limit: number): Promise<HandoffMessage[]>;
}
