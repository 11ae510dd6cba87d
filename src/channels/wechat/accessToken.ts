import type { Clock } from '../../core/clock.js';
import {
  callWithRetries,
  type ApiResult,
  type ApiSettings,
  type RequestSpec,
  type TokenSource,
  WeChatApiError,
} from './apiClient.js';

export interface AccessTokenSettings extends ApiSettings {
  appId: string;
  appSecret: string;
  /**
   * `stable_token` (POST /cgi-bin/stable_token, WeChat's recommendation: isolated from other
   * callers of /cgi-bin/token) or `token` (GET /cgi-bin/token, the classic endpoint).
   */
  endpoint: 'stable_token' | 'token';
}

/** Refresh this long before WeChat's stated expiry (WeChat overlaps old and new tokens for 5 minutes). */
const EARLY_REFRESH_MS = 5 * 60_000;

interface Cached {
  token: string;
  refreshAt: number;
}

/**
 * Access tokens for one app id: cached until shortly before expiry, fetched once however many
 * callers ask at the same moment (single flight), and refreshed when WeChat rejects one
 * (errcode 40001, 40014, 42001).
 *
 *   const tokens = sharedAccessTokens(settings, clock);
 *   const token = await tokens.get();
 */
export class AccessTokenProvider implements TokenSource {
  private cached: Cached | undefined;
  private inflight: Promise<string> | undefined;
  /** How many times a token was fetched from WeChat (for tests and the health page). */
  fetches = 0;

  constructor(
    private readonly settings: AccessTokenSettings,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<string> {
    const cached = this.cached;
    if (cached && this.clock.now().getTime() < cached.refreshAt) return cached.token;
    return this.fetchOnce(false);
  }

  async refreshAfterRejection(rejected: string): Promise<string> {
    // Another caller may already have replaced the rejected token.
    if (this.cached && this.cached.token !== rejected && this.clock.now().getTime() < this.cached.refreshAt) {
      return this.cached.token;
    }
    if (this.cached?.token === rejected) this.cached = undefined;
    const fresh = await this.fetchOnce(false);
    // stable_token in normal mode may hand back the same (now invalid) token; force a new one.
    if (fresh === rejected && this.settings.endpoint === 'stable_token') {
      this.cached = undefined;
      return this.fetchOnce(true);
    }
    return fresh;
  }

  private fetchOnce(force: boolean): Promise<string> {
    this.inflight ??= this.fetch(force).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetch(force: boolean): Promise<string> {
    this.fetches++;
    const result = await callWithRetries(
      this.settings.baseUrl,
      () => this.request(force),
      this.settings.timeoutMs,
      this.settings.retry,
    );
    const { token, expiresInSeconds } = tokenFrom(result);
    const lifetime = expiresInSeconds * 1000;
    const margin = Math.min(EARLY_REFRESH_MS, lifetime / 2);
    this.cached = { token, refreshAt: this.clock.now().getTime() + lifetime - margin };
    return token;
  }

  private request(force: boolean): RequestSpec {
    const { appId, appSecret } = this.settings;
    if (this.settings.endpoint === 'token') {
      const query = new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret: appSecret });
      return { method: 'GET', path: `/cgi-bin/token?${query.toString()}` };
    }
    return {
      method: 'POST',
      path: '/cgi-bin/stable_token',
      body: { grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: force },
    };
  }
}

function tokenFrom(result: ApiResult): { token: string; expiresInSeconds: number } {
  switch (result.kind) {
    case 'ok': {
      const token = result.body.access_token;
      const expires = result.body.expires_in;
      if (typeof token !== 'string' || token === '' || typeof expires !== 'number' || expires <= 0) {
        throw new WeChatApiError('WECHAT_BAD_RESPONSE', 'WeChat returned no access_token/expires_in');
      }
      return { token, expiresInSeconds: expires };
    }
    case 'errcode':
      throw new WeChatApiError(
        'WECHAT_TOKEN_FAILED',
        `WeChat refused the access-token request (errcode ${result.errcode}: ${result.errmsg}); check WECHAT_APP_ID, WECHAT_APP_SECRET and the IP allow-list`,
        result.errcode,
      );
    case 'transient':
      throw new WeChatApiError(
        'WECHAT_TOKEN_FAILED',
        `could not reach WeChat for an access token (${result.detail})`,
      );
    case 'http_error':
      throw new WeChatApiError(
        'WECHAT_TOKEN_FAILED',
        `WeChat answered HTTP ${result.status} to the access-token request; check WECHAT_API_BASE_URL`,
      );
  }
}

const shared = new Map<string, AccessTokenProvider>();

/** The one provider per (API base URL, app id) in this process, so every sender shares one cache. */
export function sharedAccessTokens(settings: AccessTokenSettings, clock: Clock): AccessTokenProvider {
  const key = `${settings.baseUrl}|${settings.appId}`;
  let provider = shared.get(key);
  if (!provider) {
    provider = new AccessTokenProvider(settings, clock);
    shared.set(key, provider);
  }
  return provider;
}
