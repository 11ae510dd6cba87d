/**
 * The HTTP edge to WeChat's server API: JSON over fetch with a timeout, WeChat's `errcode`
 * translated into values, retries with backoff on transient failures (errcode -1 "system busy",
 * HTTP 5xx, network errors and timeouts). Access tokens never appear in errors or logs.
 */

export type ApiResult =
  | { kind: 'ok'; body: Record<string, unknown> }
  | { kind: 'errcode'; errcode: number; errmsg: string }
  | { kind: 'transient'; detail: string }
  | { kind: 'http_error'; status: number };

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
    const name = error instanceof Error ? error.name : 'Error';
    return { kind: 'transient', detail: name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : `network error (${name})` };
  }
  if (response.status >= 500) return { kind: 'transient', detail: `HTTP ${response.status}` };
  if (!response.ok) return { kind: 'http_error', status: response.status };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { kind: 'transient', detail: 'response was not JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'transient', detail: 'response was not an object' };
  const record = body as Record<string, unknown>;
  const errcode = typeof record.errcode === 'number' ? record.errcode : 0;
  if (errcode === -1) return { kind: 'transient', detail: 'errcode -1 (system busy)' };
  if (errcode !== 0) return { kind: 'errcode', errcode, errmsg: typeof record.errmsg === 'string' ? record.errmsg : '' };
  return { kind: 'ok', body: record };
}

/** Calls until the outcome is not transient or the retries run out. */
export async function callWithRetries(
  baseUrl: string,
  spec: () => RequestSpec,
  timeoutMs: number,
  retry: RetryPolicy,
): Promise<ApiResult> {
  let result = await callOnce(baseUrl, spec(), timeoutMs);
  for (const delay of retry.delaysMs) {
    if (result.kind !== 'transient') return result;
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
 * POSTs `body` to `path` with an access token; on an invalid-token errcode, refreshes the token
 * and tries once more. A token that cannot be fetched comes back as a `transient` result.
 */
export async function postWithToken(tokens: TokenSource, api: ApiSettings, path: string, body: unknown): Promise<ApiResult> {
  const attempt = async (token: string): Promise<ApiResult> =>
    callWithRetries(api.baseUrl, () => ({ method: 'POST', path: `${path}?access_token=${encodeURIComponent(token)}`, body }), api.timeoutMs, api.retry);
  try {
    const token = await tokens.get();
    const first = await attempt(token);
    if (first.kind !== 'errcode' || !INVALID_TOKEN_CODES.has(first.errcode)) return first;
    return await attempt(await tokens.refreshAfterRejection(token));
  } catch (error) {
    if (error instanceof WeChatApiError) return { kind: 'transient', detail: error.message };
    throw error;
  }
}
