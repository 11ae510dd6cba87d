import type { Activity, CloudAdapter, InvokeResponse, TurnContext } from 'botbuilder';
import { createRequire } from 'node:module';

/** The part of a restify/express response the adapter writes to. */
export interface AdapterResponse {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
}

/**
 * botframework-connector's AuthenticationError, the very class botbuilder throws (resolved from
 * botbuilder's own location, so `instanceof` holds without a dependency of ours on it).
 */
const AuthenticationError = (() => {
  const fromHere = createRequire(import.meta.url);
  const fromBotbuilder = createRequire(fromHere.resolve('botbuilder'));
  return (fromBotbuilder('botframework-connector') as { AuthenticationError: abstract new () => Error })
    .AuthenticationError;
})();

/** CloudAdapterBase.processActivity: protected in the typings, the step `process` itself takes. */
interface Processing {
  processActivity(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined>;
}

/** botbuilder's validateAndFixActivity: the timestamps as Dates, the raw strings kept. */
function fixTimestamps(activity: Record<string, unknown>): void {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
}

/**
 * What `CloudAdapter.process(req, res, logic)` does for a POSTed activity (issue 19 item 5),
 * without its per-request work that the route has already done: it builds new zod schemas on
 * every request to check that the body is an object, the response and the logic are what they
 * are, and the Authorization header is a string. The same steps otherwise: the body must be an
 * object with a type (400), the timestamps are fixed as botbuilder fixes them, the activity runs
 * through `processActivity` (authentication, middleware, the bot), and the answer is the invoke
 * response's status and body (200 without one), 401 for an authentication error, 500 for any
 * other, with the error's message as the body.
 *
 *   await processPosted(app.cloudAdapter, req.body, req.headers.authorization, res, logic, onError);
 */
export async function processPosted(
  adapter: CloudAdapter,
  body: unknown,
  authorization: unknown,
  res: AdapterResponse,
  logic: (context: TurnContext) => Promise<void>,
  onError: (err: unknown) => void,
): Promise<void> {
  const end = (status: number, answer?: unknown): void => {
    res.status(status);
    if (answer) res.send(answer);
    res.end();
  };
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    end(400, '`req.body` not an object, make sure you are using middleware to parse incoming requests.');
    return;
  }
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string') throw new Error('validateAndFixActivity(): missing activity type.');
  fixTimestamps(activity);
  if (!activity.type) {
    end(400);
    return;
  }
  const header = authorization ?? '';
  if (typeof header !== 'string') throw new TypeError('the Authorization header is not a string');
  let answer: InvokeResponse | undefined;
  try {
    answer = await (adapter as unknown as Processing).processActivity(
      header,
      activity as unknown as Activity,
      logic,
    );
  } catch (err) {
    onError(err);
    end(
      err instanceof AuthenticationError ? 401 : 500,
      (err as { message?: unknown } | undefined)?.message ?? err,
    );
    return;
  }
  end(answer?.status ?? 200, answer?.body);
}
