import type { Expect, Scenario } from './scenario.js';
import type { AccountView, ReplyTrace, StoreView, Target } from './target.js';

/** One inbound message and everything the bench saw in answer to it. */
export interface PlayedTurn {
  index: number;
  /** 0 for the first conversation, 1 after the first `newConversation`, ... */
  conversation: number;
  say: string;
  expect: Expect;
  status: number;
  texts: string[];
  /** The reply bundle's texts joined, for content checks. */
  text: string;
  traces: ReplyTrace[] | undefined;
  storesBefore: StoreView | undefined;
  storesAfter: StoreView | undefined;
}

export interface Played {
  scenario: Scenario;
  mode: Target['mode'];
  account: AccountView | undefined;
  turns: PlayedTurn[];
  /** Set when the scenario could not be played to the end (the service failed to answer). */
  error?: string;
}

/** Plays one scenario against the target: a fresh conversation id per conversation. */
export async function play(
  target: Target,
  scenario: Scenario,
  index: number,
  runId: string,
): Promise<Played> {
  const { userId, account } = await target.prepare(scenario, index);
  const turns: PlayedTurn[] = [];
  const conversationIds: string[] = [];
  let conversation = -1;
  const newConversation = (): void => {
    conversation += 1;
    conversationIds.push(`sim-${runId}-${scenario.id}-${conversation}`);
  };
  newConversation();
  const storesNow = async () => (account ? target.stores(account.accountId, conversationIds) : undefined);
  let error: string | undefined;
  for (const [i, turn] of scenario.turns.entries()) {
    if (turn.newConversation && i > 0) newConversation();
    const conversationId = conversationIds[conversation] ?? '';
    const storesBefore = await storesNow();
    let sent: { status: number; texts: string[] };
    try {
      sent = await target.send(conversationId, userId, scenario.locale, turn.say, turn.attachment);
    } catch (err) {
      error = `turn ${i + 1}: ${(err as Error).message}`;
      sent = { status: 0, texts: [] };
    }
    turns.push({
      index: i,
      conversation,
      say: turn.say,
      expect: turn.expect,
      status: sent.status,
      texts: sent.texts,
      text: sent.texts.join('\n'),
      traces: undefined,
      storesBefore,
      storesAfter: await storesNow(),
    });
    if (error) break;
  }
  await attachTraces(target, turns, conversationIds, userId);
  return { scenario, mode: target.mode, account, turns, ...(error ? { error } : {}) };
}

async function attachTraces(
  target: Target,
  turns: PlayedTurn[],
  conversationIds: readonly string[],
  userId: string,
): Promise<void> {
  for (const [c, conversationId] of conversationIds.entries()) {
    const mine = turns.filter((t) => t.conversation === c);
    const groups = await target.traces(conversationId, userId, mine.length);
    if (!groups) continue;
    mine.forEach((t, k) => {
      t.traces = groups[k] ?? [];
    });
  }
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of results. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
