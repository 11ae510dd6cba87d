import type { Scenario } from './scenario.js';

/** When the in-process service thinks it is: a Saturday morning in Shanghai (Friday evening in New York). */
export const SIMULATED_NOW = '2026-11-28T02:00:00Z';

/** What the bench knows about the account a scenario talks as (major facts, in cents). */
export interface AccountView {
  accountId: string;
  currency: 'CNY' | 'USD';
  balanceCents: number;
  minimumDueCents: number;
  idLast4: string;
  cardLast4: string;
  dueDate: string;
  daysPastDue: number;
}

/** The send path's record of one bot message: the act it carried and the facts it was checked against. */
export interface ReplyTrace {
  act?: { kind: string; [key: string]: unknown };
  facts?: Record<string, unknown>;
  verified?: boolean;
}

/** What the stores show after a turn (in-process only). */
export interface StoreView {
  disputes: number;
  ceased: boolean;
  escalations: string[];
  activePlan: boolean;
}

export interface SentTurn {
  status: number;
  texts: string[];
}

/** A bot to talk to: the in-process service, or a running one at a URL. */
export interface Target {
  /** `in-process` can read traces and stores; `remote` sees only replies. */
  readonly mode: 'in-process' | 'remote';
  /** Binds the scenario to a channel user id (a fresh copy of its account where the target can). */
  prepare(scenario: Scenario, index: number): Promise<{ userId: string; account: AccountView | undefined }>;
  send(
    conversationId: string,
    userId: string,
    locale: string,
    text: string,
    attachment?: string,
  ): Promise<SentTurn>;
  /** Per inbound message of the conversation, the traces of the replies to it (in-process only). */
  traces(conversationId: string, userId: string, inbound: number): Promise<ReplyTrace[][] | undefined>;
  stores(accountId: string, conversationIds: readonly string[]): Promise<StoreView | undefined>;
  close(): Promise<void>;
}

let sequence = 0;

/** One message activity with `deliveryMode: expectReplies`; the reply texts in order. */
export async function postMessage(
  url: string,
  conversationId: string,
  userId: string,
  locale: string,
  text: string,
  attachment?: string,
): Promise<SentTurn> {
  sequence += 1;
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `sim-${process.pid}-${sequence}`,
      channelId: 'simulate',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      locale,
      conversation: { id: conversationId },
      from: { id: userId, name: userId },
      recipient: { id: 'bot', name: 'bot' },
      text,
      ...(attachment
        ? {
            attachments: [
              { contentType: attachment, contentUrl: 'http://127.0.0.1:9/attachment', name: 'attachment' },
            ],
          }
        : {}),
    }),
  });
  if (res.status !== 200) {
    await res.body?.cancel();
    return { status: res.status, texts: [] };
  }
  const body = (await res.json()) as {
    activities?: { type?: string; text?: string; attachments?: unknown[] }[];
  };
  const texts = (body.activities ?? [])
    .filter((a) => a.type === 'message')
    .map((a) => (a.text ?? '').trim() || (a.attachments?.length ? '[attachment]' : ''));
  return { status: res.status, texts };
}
