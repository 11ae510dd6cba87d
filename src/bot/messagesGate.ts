import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import type { Config } from '../config/config.js';
import type { RateCounters } from '../store/rateCounters.js';
import { SharedRateLimiter } from '../store/sharedLimits.js';

export type GateVerdict =
  | { status: 'pass' }
  | {
      status: 'refused';
      httpStatus: 400 | 401 | 429;
      code: string;
      message: string;
      retryAfterSeconds?: number;
    };

/** What the gate reads of a request: the peer address and the activity's sender and serviceUrl. */
export interface GateRequest {
  remoteAddress: string | undefined;
  channelId?: string;
  fromId: string;
  serviceUrl?: string;
}

type GateConfig = Pick<
  Config,
  | 'MicrosoftAppId'
  | 'ALLOW_ANONYMOUS'
  | 'SERVICE_URL_ALLOWLIST'
  | 'MESSAGES_RATE_PER_SENDER_PER_MINUTE'
  | 'MESSAGES_RATE_GLOBAL_PER_MINUTE'
>;

/** The Bot Framework service hosts replies may be posted to when the endpoint is authenticated. */
export const BOT_FRAMEWORK_SERVICE_URLS = [
  'https://smba.trafficmanager.net/',
  'https://*.botframework.com/',
  'https://*.botframework.azure.us/',
  'https://*.botframework.us/',
  'https://*.trafficmanager.net/',
];
const LOOPBACK_SERVICE_URLS = [
  'http://localhost',
  'https://localhost',
  'http://127.0.0.1',
  'https://127.0.0.1',
  'http://[::1]',
  'https://[::1]',
];

/** Whether a peer address is this machine (IPv4 127/8, IPv6 ::1, or IPv4-mapped loopback). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** One allow-list entry, parsed once (the gate checks every request against the same list). */
interface AllowEntry {
  protocol: string;
  /** The host, or for a `*.` entry the domain its subdomains end with. */
  host: string;
  wildcard: boolean;
  port: string;
  pathname: string;
}

function parseAllowList(allowList: string[]): AllowEntry[] {
  const entries: AllowEntry[] = [];
  for (const entry of allowList) {
    const wildcard = entry.includes('://*.');
    let allowed: URL;
    try {
      allowed = new URL(entry.replace('://*.', '://wildcard.'));
    } catch {
      continue;
    }
    const host = wildcard ? allowed.hostname.replace(/^wildcard\./, '') : allowed.hostname;
    entries.push({
      protocol: allowed.protocol,
      host,
      wildcard,
      port: allowed.port,
      pathname: allowed.pathname,
    });
  }
  return entries;
}

function allowedBy(serviceUrl: string, entries: AllowEntry[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return entries.some((e) => {
    if (e.protocol !== url.protocol) return false;
    const hostOk = e.wildcard ? host.endsWith(`.${e.host}`) : host === e.host;
    const portOk = e.port === '' ? true : e.port === url.port;
    return hostOk && portOk && url.pathname.startsWith(e.pathname);
  });
}

/** Whether `serviceUrl` matches one allow-list entry: same scheme and host (`*.` for subdomains), path prefix; any port on loopback entries without one. */
export function serviceUrlAllowed(serviceUrl: string, allowList: string[]): boolean {
  return allowedBy(serviceUrl, parseAllowList(allowList));
}

/**
 * The checks `/api/messages` makes before any turn runs: anonymous callers (no MicrosoftAppId)
 * only from loopback unless ALLOW_ANONYMOUS; the activity's serviceUrl on the allow-list (the
 * service POSTs replies there); a per-sender, a per-address and a global rate limit, counted in
 * the backend's shared counters (issue 19: every instance on one database shares them).
 *
 *   const gate = new MessagesGate(config, clock, logger, backend.counters);
 *   const verdict = await gate.check({ remoteAddress, fromId, serviceUrl }); // pass | refused (4xx)
 */
export class MessagesGate {
  private readonly anonymous: boolean;
  private readonly allowList: AllowEntry[];
  private readonly perSender: SharedRateLimiter;
  private readonly perAddress: SharedRateLimiter;
  private readonly global: SharedRateLimiter;

  constructor(
    private readonly config: GateConfig,
    clock: Clock,
    logger: Pick<Logger, 'warn'>,
    counters: RateCounters,
  ) {
    this.anonymous = !config.MicrosoftAppId;
    const configured = (config.SERVICE_URL_ALLOWLIST ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    this.allowList = parseAllowList(
      configured.length > 0
        ? configured
        : this.anonymous
          ? LOOPBACK_SERVICE_URLS
          : BOT_FRAMEWORK_SERVICE_URLS,
    );
    this.perSender = new SharedRateLimiter(counters, clock, config.MESSAGES_RATE_PER_SENDER_PER_MINUTE);
    this.perAddress = new SharedRateLimiter(counters, clock, config.MESSAGES_RATE_PER_SENDER_PER_MINUTE * 4);
    this.global = new SharedRateLimiter(counters, clock, config.MESSAGES_RATE_GLOBAL_PER_MINUTE);
    if (this.anonymous && config.ALLOW_ANONYMOUS) {
      logger.warn(
        'ALLOW_ANONYMOUS=true: /api/messages accepts unauthenticated activities from any address; never in production',
      );
    }
  }

  /** Rejects with StoreUnavailableError when the shared counters cannot be reached (the caller answers 503). */
  async check(req: GateRequest): Promise<GateVerdict> {
    if (this.anonymous && !this.config.ALLOW_ANONYMOUS && !isLoopback(req.remoteAddress)) {
      return refuse(
        401,
        'AnonymousNotAllowed',
        'this endpoint accepts unauthenticated activities only from this machine; set MicrosoftAppId (or ALLOW_ANONYMOUS=true for a test network)',
      );
    }
    if (req.serviceUrl !== undefined && !allowedBy(req.serviceUrl, this.allowList)) {
      return refuse(
        400,
        'ServiceUrlNotAllowed',
        'the activity names a serviceUrl outside SERVICE_URL_ALLOWLIST; replies are sent only to allowed hosts',
      );
    }
    // issue 19 item 5: the three limits counted in one transaction (one write per request)
    const decision = await SharedRateLimiter.takeEach([
      [this.global, 'msg:all'],
      [this.perAddress, `msg:addr:${req.remoteAddress ?? ''}`],
      [this.perSender, `msg:from:${req.channelId ?? ''}:${req.fromId}`],
    ]);
    if (decision.status === 'limited') {
      return {
        status: 'refused',
        httpStatus: 429,
        code: 'TooManyRequests',
        message: 'too many messages; wait and try again',
        retryAfterSeconds: decision.retryAfterSeconds,
      };
    }
    return { status: 'pass' };
  }
}

function refuse(httpStatus: 400 | 401 | 429, code: string, message: string): GateVerdict {
  return { status: 'refused', httpStatus, code, message };
}
