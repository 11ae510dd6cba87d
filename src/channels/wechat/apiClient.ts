/**
 * The HTTP edge to WeChat's server API: JSON over fetch with a timeout, WeChat's `errcode`
 * translated into values, retries with backoff on transient failures (errcode -1 "system busy",
 * HTTP 5xx, network errors and timeouts). Access tokens never appear in errors or logs.
 *
 * A transient failure says whether the request may have reached WeChat (`mayHaveArrived`): a
 * timeout or a reset once the connection was up, a 5xx, an unreadable 200 may each follow a
 * message WeChat took; a refused connection, a failed DNS lookup, errcode -1 (WeChat's own
 * "system busy, try again later") did not deliver anything. Which of them are retried depends on
 * the message (`Resend`): a proactive message is never posted again once it may have arrived.
 */

export type ApiResult =
  | { kind: 'ok'; body: Record<string, unknown> }
  | { kind: 'errcode'; errcode: number; errmsg: string }
  | { kind: 'transient'; detail: string; mayHaveArrived: boolean }
  | { kind: 'http_error'; status: number };

/**
 * When a transient failure is retried (issue 19 wechat24): `any_transient` for replies within a
 * live conversation (a repeated answer is better than silence to someone waiting for it),
 * `only_if_not_arrived` for proactive messages (a reminder must never reach a debtor twice).
 */
export type Resend = 'any_transient' | 'only_if_not_arrived';

/**
 * Network error codes (Node's fetch, in `error.cause.code`) raised before a connection existed,
 * so before any byte of the request was written.
 */
const NO_CONNECTION_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface RetryPolicy {
  /** Waits before each retry; its length is the number of retries. */
  delaysMs: readonly number[];
  /** Injected so tests do not wait. */
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  delaysMs: [200, 800, 2000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** WeChat's invalid or expired access-token codes: refresh the token and try once more. */
export const INVALID_TOKEN_CODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

/** Thrown only for what a caller cannot handle as a value (a token that cannot be fetched). */
export class WeChatApiError extends Error {
  constructor(
    readonly code: 'WECHAT_TOKEN_FAILED' | 'WECHAT_BAD_RESPONSE',
    message: string,
    readonly errcode?: number,
  ) {
    super(message);
    this.name = 'WeChatApiError';
  }
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/cgi-bin/message/custom/send?access_token=…`. */
  path: string;
  body?: unknown;
}

/** One HTTP call, its outcome as a value. */
export async function callOnce(baseUrl: string, spec: RequestSpec, timeoutMs: number): Promise<ApiResult> {
  let response: Response;
  try {
    response = await fetch(new URL(spec.path, `${baseUrl.replace(/\/+$/, '')}/`), {
      method: spec.method,
      headers: spec.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return networkFailure(error, timeoutMs);
  }
  if (response.status >= 500) return { kind: 'transient', detail: `HTTP ${response.status}`, mayHaveArrived: true };
  if (!response.ok) return { kind: 'http_error', status: response.status };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { kind: 'transient', detail: 'response was not JSON', mayHaveArrived: true };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { kind: 'transient', detail: 'response was not an object', mayHaveArrived: true };
  const record = body as Record<string, unknown>;
  const errcode = typeof record.errcode === 'number' ? record.errcode : 0;
  // WeChat's global return codes: -1 "系统繁忙，此时请开发者稍候再试" (busy, try again later).
  if (errcode === -1) return { kind: 'transient', detail: 'errcode -1 (system busy)', mayHaveArrived: false };
  if (errcode !== 0) return { kind: 'errcode', errcode, errmsg: typeof record.errmsg === 'string' ? record.errmsg : '' };
  return { kind: 'ok', body: record };
}

/** A fetch that threw: whether the request may have reached WeChat, from the error's cause. */
function networkFailure(error: unknown, timeoutMs: number): ApiResult {
  const name = error instanceof Error ? error.name : 'Error';
  // The timeout covers connecting, writing and waiting alike: it cannot tell them apart.
  if (name === 'TimeoutError') return { kind: 'transient', detail: `timeout after ${timeoutMs} ms`, mayHaveArrived: true };
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const before = code !== undefined && NO_CONNECTION_CODES.has(code);
  return { kind: 'transient', detail: `network error (${code ?? name})`, mayHaveArrived: !before };
}

/** Whether `result` is retried under `resend`. */
export function retriable(result: ApiResult, resend: Resend): boolean {
  if (result.kind !== 'transient') return false;
  return resend === 'any_transient' || !result.mayHaveArrived;
}

/** Calls until the outcome is not retriable under `resend` or the retries run out. */
export async function callWithRetries(
  baseUrl: string,
  spec: () => RequestSpec,
  timeoutMs: number,
  retry: RetryPolicy,
  resend: Resend = 'any_transient',
): Promise<ApiResult> {
  let result = await callOnce(baseUrl, spec(), timeoutMs);
  for (const delay of retry.delaysMs) {
    if (!retriable(result, resend)) return result;
    await retry.sleep(delay);
    result = await callOnce(baseUrl, spec(), timeoutMs);
  }
  return result;
}

/** What an authorised call needs: the tokens and the HTTP settings. */
export interface TokenSource {
  get(): Promise<string>;
  /** Called with the token WeChat just rejected; returns a fresh one. */
  refreshAfterRejection(rejected: string): Promise<string>;
}

export interface ApiSettings {
  baseUrl: string;
  timeoutMs: number;
  retry: RetryPolicy;
}

/**
 * POSTs `body` to `path` with an access token; on an invalid-token errcode (WeChat refused the
 * call), refreshes the token and tries once more. A token that cannot be fetched comes back as a `transient` result.
 */
export async function postWithToken(
  tokens: TokenSource,
  api: ApiSettings,
  path: string,
  body: unknown,
  resend: Resend = 'any_transient',
): Promise<ApiResult> {
  const attempt = async (token: string): Promise<ApiResult> =>
    callWithRetries(
      api.baseUrl,
      () => ({ method: 'POST', path: `${path}?access_token=${encodeURIComponent(token)}`, body }),
      api.timeoutMs,
      api.retry,
      resend,
    );
  try {
    const token = await tokens.get();
    const first = await attempt(token);
    if (first.kind !== 'errcode' || !INVALID_TOKEN_CODES.has(first.errcode)) return first;
    return await attempt(await tokens.refreshAfterRejection(token));
  } catch (error) {
    // No token: the message was never posted.
    if (error instanceof WeChatApiError) return { kind: 'transient', detail: error.message, mayHaveArrived: false };
    throw error;
  }
}
