import type { Response } from 'restify';
import { unavailableFrom } from '../channels/unavailable.js';
import {
  type ActivityClaimGate,
  type ActivityRef,
  type ClaimedAnswer,
  callerDigest,
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
    case 'run':
      return runHeld(entry, caller, res, options.onError, turn);
  }
}

async function runHeld(
  entry: { finish(answer: ClaimedAnswer): Promise<void>; abandon(): Promise<void> },
  caller: string | undefined,
  res: Response,
  onError: OnceOptions['onError'],
  turn: (res: Response) => Promise<void>,
): Promise<void> {
  const held = new HeldResponse();
  try {
    await turn(held.asResponse());
  } catch (err) {
    await entry.abandon().catch(() => undefined);
    throw err;
  }
  const answer: ClaimedAnswer = { status: held.status, body: held.body };
  if (held.status >= 200 && held.status < 300) {
    try {
      await entry.finish(caller !== undefined ? { ...answer, caller } : answer);
    } catch (err) {
      // The turn ran and its replies went out: answer it anyway (a repeat after the lease may run it again).
      onError(
        err,
        'the answer to an activity could not be recorded; a retry after the lease may run it again',
      );
    }
  } else {
    await entry.abandon().catch(() => undefined);
  }
  write(res, answer, held.headers);
}
