import { classifyModelError, isRetryable, type ClassifiedError } from './modelErrors.js';

/** How long one model call may take, and how often it may be retried, within a turn. */
export interface CallBudget {
  /** Absolute ms since epoch by which the call must have settled (the reply still needs a little time after). */
  deadline: number;
  /** Per-call timeout (MODEL_TIMEOUT_MS). */
  timeoutMs: number;
  /** Further attempts after a retryable failure (MODEL_MAX_RETRIES), only when they fit before the deadline. */
  maxRetries: number;
  /** Below this much time left, an attempt is not started. */
  minAttemptMs?: number;
}

export type CallOutcome<T> =
  | { ok: true; value: T; latencyMs: number; attempts: number }
  | { ok: false; error: ClassifiedError; latencyMs: number; attempts: number };

const DEFAULT_MIN_ATTEMPT_MS = 50;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Backoff when the server gives no Retry-After: 100 ms, 200 ms, … with jitter. */
function backoffMs(attempt: number): number {
  return Math.round(100 * 2 ** attempt * (0.75 + Math.random() * 0.5));
}

class DeadlineAbort extends Error {
  override readonly name = 'AbortError';
}

/** One attempt: the call raced against its own timer, so a client that ignores the signal cannot hold the turn. */
async function attemptOnce<T>(run: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DeadlineAbort(`no answer within ${timeoutMs} ms`));
      reject(new DeadlineAbort(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls the model within the turn's budget: each attempt gets min(timeout, time left); a
 * retryable failure (429, 5xx, connection, timeout) is retried only when the wait (Retry-After,
 * or a short backoff) still leaves time for an attempt before the deadline — a 429 asking for
 * 30 s gives up at once instead of waiting. Never throws: the outcome says why it failed.
 *
 *   const out = await callWithinDeadline((signal) => model.invoke(messages, { signal }), budget);
 *   if (!out.ok) useTemplate(out.error.reason);
 */
export async function callWithinDeadline<T>(
  run: (signal: AbortSignal) => Promise<T>,
  budget: CallBudget,
): Promise<CallOutcome<T>> {
  const started = performance.now();
  const minAttempt = budget.minAttemptMs ?? DEFAULT_MIN_ATTEMPT_MS;
  let attempts = 0;
  let last: ClassifiedError = { reason: 'no_time', detail: 'no time left before the turn deadline' };
  while (attempts <= budget.maxRetries) {
    const left = budget.deadline - Date.now();
    if (left < minAttempt) break;
    attempts++;
    try {
      const value = await attemptOnce(run, Math.min(budget.timeoutMs, left));
      return { ok: true, value, latencyMs: performance.now() - started, attempts };
    } catch (error) {
      last = classifyModelError(error, error instanceof DeadlineAbort);
    }
    if (!isRetryable(last.reason) || attempts > budget.maxRetries) break;
    const wait = last.retryAfterMs ?? backoffMs(attempts - 1);
    if (Date.now() + wait + minAttempt > budget.deadline) break;
    await sleep(wait);
  }
  if (attempts > 0 && last.reason === 'no_time') last = { reason: 'timeout', detail: 'deadline reached' };
  return { ok: false, error: last, latencyMs: performance.now() - started, attempts };
}
