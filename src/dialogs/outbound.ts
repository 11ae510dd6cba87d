import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import type { GuardContext } from '../guardrails/types.js';
import type { ReplyTrace } from '../language/responder.js';

/**
 * What a reply carries to the guarded send path besides its text: who produced it, the act
 * trace, the guard context to check it with, what to do when it is blocked. It never leaves the
 * process: it rides on the activity under a private symbol (copied by botbuilder's own
 * `{...activity}`, invisible to JSON), and the send path takes it off before anything is
 * recorded or delivered.
 */
export interface OutboundMeta {
  /** Who produced the text. */
  source: 'bot' | 'agent' | 'reminder' | 'system';
  /** For bot replies: the act, its facts, the drafts and verdicts. */
  trace?: ReplyTrace;
  /** The guard context to check with, when not the turn's default. */
  guardContext?: GuardContext;
  /** What to do when the last-line check blocks the text: send the safe message, or drop it. */
  onBlock?: 'safe_message' | 'drop';
  /** The agent's name, for agent messages. */
  agent?: string;
}

const META: unique symbol = Symbol('collections.replyMeta');

type WithMeta = Partial<Activity> & { [META]?: OutboundMeta };

/**
 * The one way a reply with meta leaves: bot replies (`say`), handoff notes and agents' text.
 * Resolves undefined when the send path dropped it (a blocked agent message).
 *
 *   await sendReply(context, { type: 'message', text }, { source: 'agent', agent, onBlock: 'drop' });
 */
export async function sendReply(
  context: TurnContext,
  activity: Partial<Activity>,
  meta: OutboundMeta,
): Promise<ResourceResponse | undefined> {
  const carrying: WithMeta = { ...activity, [META]: meta };
  return context.sendActivity(carrying);
}

/** Reads and removes a reply's meta (the send path calls this once per outbound activity). */
export function takeReplyMeta(activity: Partial<Activity>): OutboundMeta | undefined {
  const carrying = activity as WithMeta;
  const meta = carrying[META];
  delete carrying[META];
  return meta;
}
