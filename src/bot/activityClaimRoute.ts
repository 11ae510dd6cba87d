import type { Response } from 'restify';
import { unavailableFrom } from '../channels/unavailable.js';
import type { TranscriptRecord } from '../store/transcripts/types.js';
import {
  type ActivityClaimGate,
  type ActivityRef,
  type ClaimEntry,
  type ClaimedAnswer,
  callerDigest,
  ClaimTakenOverError,
} from '../store/activityClaimGate.js';

/** The channel, conversation and id of a posted activity; undefined without a usable id (runs as before). */
export function activityRefOf(body: unknown): ActivityRef | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const a = body as { id?: unknown; channelId?: unknown; conversation?: { id?: unknown } };
  if (typeof a.id !== 'string' || a.id === '') return undefined;
  const conversationId = a.conversation?.id;
  if (typeof conversationId !== 'string') return undefined;
  return {
    channelId: typeof a.channelId === 'string' ? a.channelId : '',
    conversationId,
    activityId: a.id,
  };
}

export interface OnceOptions {
  /** The endpoint authenticates callers (MicrosoftAppId): a replay's body goes only to the first caller. */
  authenticated: boolean;
  onError: (err: unknown, message: string) => void;
  /**
   * For an activity whose first claimant died (lease run out): the answer its turn already gave, if
   * it got as far as replying (then the turn is not run again), else undefined.
   */
  recover?: (ref: ActivityRef, body: unknown) => Promise<ClaimedAnswer | undefined>;
  /**
   * Checks the caller's Authorization before the activity is claimed (rejects when it is not
   * valid), so a forged post never creates a claim (issue 19, pgturn). The turn checks it again.
   */
  authenticate?: (body: unknown, authorization: unknown) => Promise<void>;
}

/** What a turn wrote to its response, held back until its answer is recorded. */
class HeldResponse {
  status = 200;
  body: unknown;
  readonly headers: [string, string][] = [];
  headersSent = false;

  asResponse(): Response {
    const held = {
      status: (code: number) => {
        this.status = code;
        return held;
      },
      header: (name: string, value: string) => {
        this.headers.push([name, value]);
        return held;
      },
      send: (body?: unknown) => {
        this.body = body;
        this.headersSent = true;
        return held;
      },
      json: (body?: unknown) => held.send(body),
      end: () => {
        this.headersSent = true;
        return held;
      },
    };
    Object.defineProperty(held, 'headersSent', { get: () => this.headersSent });
    return held as unknown as Response;
  }
}

function write(res: Response, answer: ClaimedAnswer, headers: [string, string][] = []): void {
  for (const [name, value] of headers) res.header(name, value);
  res.status(answer.status);
  if (answer.body !== undefined && answer.body !== '') res.send(answer.body);
  else res.end();
}

function refuse(res: Response, status: number, code: string, message: string, retryAfter?: number): void {
  if (retryAfter !== undefined) res.header('Retry-After', String(retryAfter));
  res.status(status);
  res.json({ error: { code, message } });
}

/**
 * Runs `turn` at most once per posted activity id (issue 19): the first arrival runs it on a held
 * response, records a 2xx answer, then answers; a repeat gets that answer replayed (a body only to
 * the same Authorization as the first when `authenticated`), or 409 ActivityInProgress with
 * Retry-After while the first is still running. A turn that failed (non-2xx) releases its claim so
 * the channel's retry runs it. Activities without an id run `turn` on `res` directly.
 */
export async function answerOnce(
  gate: ActivityClaimGate,
  req: { body?: unknown; headers: { authorization?: unknown } },
  res: Response,
  options: OnceOptions,
  turn: (res: Response) => Promise<void>,
): Promise<void> {
  const ref = activityRefOf(req.body);
  if (!ref) return turn(res);
  if (options.authenticate) {
    try {
      await options.authenticate(req.body, req.headers.authorization);
    } catch {
      refuse(
        res,
        401,
        'Unauthorized',
        'the Authorization header is missing or not valid for this bot; send a Bot Framework token issued for its MicrosoftAppId',
      );
      return;
    }
  }
  const caller = options.authenticated ? callerDigest(req.headers.authorization) : undefined;
  let entry;
  try {
    entry = await gate.enter(ref);
  } catch (err) {
    const u = unavailableFrom(err);
    if (!u) throw err;
    refuse(res, 503, u.code, u.message, u.retryAfterSeconds);
    return;
  }
  try {
    await answerEntry(entry, caller, ref, req.body, res, options, turn);
  } catch (err) {
    // The database went away while the claim was settled (a restart mid-turn, scalesec21): the
    // house 503, never restify's bare 500 naming the error.
    const u = unavailableFrom(err);
    if (!u || res.headersSent) throw err;
    options.onError(err, 'the claim of an activity could not be settled; answered 503');
    refuse(res, 503, u.code, u.message, u.retryAfterSeconds);
  }
}

/** Answers an arrival as its claim says: replay, refuse, or run the turn (and follow a claim lost meanwhile). */
async function answerEntry(
  entry: ClaimEntry,
  caller: string | undefined,
  ref: ActivityRef,
  body: unknown,
  res: Response,
  options: OnceOptions,
  turn: (res: Response) => Promise<void>,
): Promise<void> {
  switch (entry.kind) {
    case 'replay': {
      const { status, body } = entry.answer;
      write(res, entry.answer.caller === caller ? { status, body } : { status });
      return;
    }
    case 'busy':
      refuse(
        res,
        409,
        'ActivityInProgress',
        'this activity is still being answered; send it again in a moment to receive the same answer',
        entry.retryAfterSeconds,
      );
      return;
    case 'unreadable':
      refuse(
        res,
        409,
        'ActivityAlreadyAnswered',
        'this activity was answered already and is not run again; its answer cannot be read by this instance (check that every instance has the same LINK_SECRET)',
      );
      return;
    case 'run': {
      if (entry.takenOver && options.recover && (await recovered(entry, ref, body, res, options))) return;
      const next = await runHeld(entry, caller, res, options.onError, turn);
      if (next) return answerEntry(next, caller, ref, body, res, options, turn);
    }
  }
}

/** Answers with what a dead claimant's turn already replied, when it did (and records it); true then. */
async function recovered(
  entry: { finish(answer: ClaimedAnswer): Promise<void>; abandon(): Promise<void> },
  ref: ActivityRef,
  body: unknown,
  res: Response,
  options: OnceOptions,
): Promise<boolean> {
  let answer: ClaimedAnswer | undefined;
  try {
    answer = await options.recover?.(ref, body);
  } catch (err) {
    await entry.abandon().catch(() => undefined);
    options.onError(
      err,
      'what an interrupted turn replied could not be read; the activity is refused for now',
    );
    refuse(
      res,
      503,
      'ActivityRecoveryFailed',
      'this activity cannot be answered right now; send it again shortly',
      5,
    );
    return true;
  }
  if (!answer) return false;
  await entry
    .finish(answer)
    .catch((err: unknown) => options.onError(err, 'a recovered answer could not be recorded'));
  write(res, answer);
  return true;
}

/** The parts of a recorded reply a channel is given again (never channelData: it may carry internal traces). */
const REPLAYED = [
  'type',
  'id',
  'timestamp',
  'channelId',
  'serviceUrl',
  'conversation',
  'from',
  'recipient',
  'text',
  'locale',
  'inputHint',
  'suggestedActions',
  'attachments',
  'replyToId',
];

/**
 * `recover` over the compliance transcript: the message replies recorded for the activity (their
 * `replyToId`), as the turn sent them (ID/card/phone numbers masked as the transcript keeps them):
 * in the body for `expectReplies`, nothing re-sent otherwise. Undefined when there are none.
 */
export function repliesRecorded(transcripts: {
  getRecords(conversationId: string): Promise<TranscriptRecord[]>;
}): NonNullable<OnceOptions['recover']> {
  return async (ref, body) => {
    const records = await transcripts.getRecords(ref.conversationId);
    const replies = records
      .map((r) => r.activity)
      .filter((a) => a.type === 'message' && a.replyToId === ref.activityId && a.channelId === ref.channelId);
    if (replies.length === 0) return undefined;
    const expectReplies = (body as { deliveryMode?: unknown } | undefined)?.deliveryMode === 'expectReplies';
    if (!expectReplies) return { status: 200 };
    const activities = replies.map((a) =>
      Object.fromEntries(REPLAYED.filter((k) => k in a).map((k) => [k, a[k]])),
    );
    return { status: 200, body: { activities } };
  };
}

/**
 * Runs the turn on a held response and answers it; returns what to do instead when the claim
 * turned out to be another arrival's (the turn wrote nothing and its answer is dropped).
 */
async function runHeld(
  entry: ClaimEntry & { kind: 'run' },
  caller: string | undefined,
  res: Response,
  onError: OnceOptions['onError'],
  turn: (res: Response) => Promise<void>,
): Promise<ClaimEntry | undefined> {
  const held = new HeldResponse();
  try {
    const run = await entry.within(() => turn(held.asResponse()));
    if (!run.ran) return run.entry;
  } catch (err) {
    await entry.abandon().catch(() => undefined);
    throw err;
  }
  const answer: ClaimedAnswer = { status: held.status, body: held.body };
  if (held.status >= 200 && held.status < 300) {
    try {
      await entry.finish(caller !== undefined ? { ...answer, caller } : answer);
    } catch (err) {
      // The turn ran and its replies went out: answer it anyway (a repeat after the lease may run it
      // again). Taken over (claim24): its replies are recorded, and the retry that took the claim
      // waited for this turn and answers with them; this answer carries the same replies.
      onError(
        err,
        err instanceof ClaimTakenOverError
          ? 'the claim of an activity was taken over by a retry while its turn ran; the retry answers with its recorded replies'
          : 'the answer to an activity could not be recorded; a retry after the lease may run it again',
      );
    }
  } else {
    await entry.abandon().catch(() => undefined);
  }
  write(res, answer, held.headers);
  return undefined;
}
