import { maskPii } from '../../core/pii.js';

/**
 * Why a model call gave no usable answer. Every one of them ends in the offline path for that
 * message (rules for understanding, the act's template for wording); none reaches the person.
 */
export type ModelFailure =
  /** The per-call timeout or the turn deadline came first. */
  | 'timeout'
  /** Too little of the turn was left to ask the model at all. */
  | 'no_time'
  /** 429: the Retry-After falls past the deadline, or the retries are used up. */
  | 'rate_limited'
  /** 5xx from the server. */
  | 'server_error'
  /** 401/403: the key is wrong or lacks access. */
  | 'auth'
  /** Any other 4xx (unknown model, bad request). */
  | 'bad_request'
  /** Refused, reset, or the response cut off mid-way. */
  | 'connection'
  /** The answer could not be parsed, or did not match the schema. */
  | 'malformed'
  /** The answer had no text. */
  | 'empty'
  /** Asked for a tool call, the server answered without one (or refused tools). */
  | 'no_tools'
  /** A wording draft came back but broke the draft checks (a dropped amount, the wrong language). */
  | 'rejected'
  | 'error';

export interface ClassifiedError {
  reason: ModelFailure;
  status?: number;
  /** From Retry-After / retry-after-ms on a 429 or 503, in ms. */
  retryAfterMs?: number;
  /** Short, PII-masked description for logs and traces. */
  detail: string;
}

/** Whether asking again may help (the caller still checks the deadline first). */
export function isRetryable(reason: ModelFailure): boolean {
  return (
    reason === 'rate_limited' || reason === 'server_error' || reason === 'connection' || reason === 'timeout'
  );
}

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null && key in error
    ? (error as Record<string, unknown>)[key]
    : undefined;
}

function text(error: unknown, key: string): string {
  const value = field(error, key);
  return typeof value === 'string' ? value : '';
}

function header(error: unknown, name: string): string | undefined {
  const headers = field(error, 'headers');
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (typeof headers === 'object' && headers !== null) {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Retry-After as ms: "retry-after-ms", or "retry-after" in seconds or as an HTTP date. */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  const ms = Number(header(error, 'retry-after-ms'));
  if (header(error, 'retry-after-ms') !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header(error, 'retry-after');
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = field(e, 'cause'), depth++) {
    const code = field(e, 'code');
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return code;
  }
  return undefined;
}

function reasonOf(error: unknown, status: number | undefined, aborted: boolean): ModelFailure {
  const name = text(error, 'name');
  const message = text(error, 'message');
  if (aborted || name === 'TimeoutError' || name === 'AbortError' || name === 'APIConnectionTimeoutError')
    return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status !== undefined && status >= 500) return 'server_error';
  if (status === 401 || status === 403) return 'auth';
  if (status !== undefined && status >= 400) return 'bad_request';
  if (
    error instanceof SyntaxError ||
    /OutputParser|ZodError|JSON/i.test(name) ||
    /JSON|parse/i.test(message)
  ) {
    return 'malformed';
  }
  if (
    name === 'APIConnectionError' ||
    causeCode(error) !== undefined ||
    /terminated|socket|ECONNRESET|fetch failed/i.test(message)
  ) {
    return 'connection';
  }
  return 'error';
}

/**
 * Translates whatever the client threw (openai's APIError, langchain's wrapped errors, a fake
 * model's Error, our own abort) into a ModelFailure. `aborted`: our deadline signal fired.
 */
export function classifyModelError(error: unknown, aborted = false): ClassifiedError {
  const rawStatus = field(error, 'status');
  const status = typeof rawStatus === 'number' ? rawStatus : undefined;
  const reason = reasonOf(error, status, aborted);
  const wait = status === 429 || status === 503 ? retryAfterMs(error) : undefined;
  const name = text(error, 'name') || 'Error';
  const message = maskPii(text(error, 'message')).replace(/\s+/g, ' ').slice(0, 160);
  return {
    reason,
    ...(status !== undefined ? { status } : {}),
    ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    detail: `${name}${status !== undefined ? ` ${status}` : ''}: ${message}`,
  };
}
