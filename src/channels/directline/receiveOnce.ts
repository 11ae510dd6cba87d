import type { Logger } from 'pino';
import type { ActivityClaimGate, ClaimEntry } from '../../store/activityClaimGate.js';
import { DirectLineHttpError } from './httpErrors.js';
import type { DirectLineStore } from './directLineStore.js';
import type { ParsedIncoming } from './incomingActivity.js';

/** Web Chat's own id for a posted activity (its retries carry the same), when it is a plain string. */
export function clientActivityIdOf(activity: ParsedIncoming['activity']): string | undefined {
  const id = (activity.channelData as Record<string, unknown> | undefined)?.clientActivityID;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * issue 19 exactonce: a post carrying the client's own activity id (Web Chat's
 * channelData.clientActivityID, the pseudo id Direct Line's maintainers advise bots to dedupe on)
 * runs its turn once; a retry of it (a double click, a resend after a timeout, on any instance) is
 * answered with the first post's stored id and runs nothing, or 409 ActivityInProgress with
 * Retry-After while the first is still running. A post without one runs `receive` as before.
 *
 *   const id = await receiveOnce(gate, conversationId, activity, () => receiveAndAcknowledge(), logger);
 */
export async function receiveOnce(
  once: Pick<ActivityClaimGate, 'enter'>,
  conversationId: string,
  activity: ParsedIncoming['activity'],
  receive: () => Promise<string>,
  logger: Pick<Logger, 'error'>,
  store?: Pick<DirectLineStore, 'after'>,
): Promise<string> {
  const clientId = clientActivityIdOf(activity);
  if (clientId === undefined) return receive();
  const entry = await once.enter({
    channelId: 'directline',
    conversationId,
    activityId: `client:${clientId}`,
  });
  return answered(entry, conversationId, clientId, receive, logger, store);
}

/** The stored id an arrival is answered with, as its claim says (issue 19: a claim lost mid-turn is followed). */
async function answered(
  entry: ClaimEntry,
  conversationId: string,
  clientId: string,
  receive: () => Promise<string>,
  logger: Pick<Logger, 'error'>,
  store?: Pick<DirectLineStore, 'after'>,
): Promise<string> {
  switch (entry.kind) {
    case 'replay': {
      const body = entry.answer.body as { id?: unknown } | undefined;
      return typeof body?.id === 'string' ? body.id : '';
    }
    case 'busy':
      throw new DirectLineHttpError(
        409,
        'ActivityInProgress',
        'This message is still being answered; send it again in a moment.',
        { 'Retry-After': String(entry.retryAfterSeconds) },
      );
    case 'unreadable':
      throw new DirectLineHttpError(409, 'ActivityAlreadyAnswered', 'This message was answered already.');
    case 'run':
      break;
  }
  // The first claimant died (its lease ran out): if its turn got as far as replying, answer with
  // the message it stored and run nothing again.
  const replied = entry.takenOver && store ? await repliedTo(store, conversationId, clientId) : undefined;
  if (replied !== undefined) {
    await entry.finish({ status: 200, body: { id: replied } }).catch((err: unknown) => {
      logger.error({ err }, 'directline: a recovered answer could not be recorded');
    });
    return replied;
  }
  let id: string;
  try {
    const run = await entry.within(receive);
    if (!run.ran) return answered(run.entry, conversationId, clientId, receive, logger, store);
    id = run.value;
  } catch (err) {
    await entry.abandon().catch(() => undefined);
    throw err;
  }
  await entry.finish({ status: 200, body: { id } }).catch((err: unknown) => {
    logger.error({ err }, 'directline: the answer to a message could not be recorded');
  });
  return id;
}

/** The stored id of the person's message with this clientActivityID, when the bot has replied to it. */
async function repliedTo(
  store: Pick<DirectLineStore, 'after'>,
  conversationId: string,
  clientId: string,
): Promise<string | undefined> {
  let inbound: string | undefined;
  for (let watermark = 0; ;) {
    const page = await store.after(conversationId, watermark, 500);
    if (page.length === 0) return undefined;
    for (const { activity } of page) {
      const data = activity.channelData as Record<string, unknown> | undefined;
      if (inbound === undefined && activity.from?.role === 'user' && data?.clientActivityID === clientId)
        inbound = activity.id;
      else if (inbound !== undefined && activity.replyToId === inbound) return inbound;
    }
    watermark = page[page.length - 1]!.seq;
  }
}
