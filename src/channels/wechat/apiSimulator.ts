import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The WeChat API simulator (a product feature: `npm run wechat:simulate` serves it so a bank can
 * try the WeChat channel without a WeChat account; tests start it too). A local stand-in for
 * api.weixin.qq.com: issues access tokens
 * (/cgi-bin/token, /cgi-bin/stable_token), records customer-service and template messages, and
 * can be scripted to fail or to expire tokens. Listens on 127.0.0.1, port 0 by default.
 *
 *   const wechat = await WeChatApiSimulator.start({ appId: 'wx1', appSecret: 's' });
 *   // WECHAT_API_BASE_URL = wechat.baseUrl
 *   wechat.failNext('/cgi-bin/message/custom/send', { status: 502 });
 *   await wechat.waitForMessages(1);
 *   wechat.messages[0]; // { touser: 'demo-zh', content: '…' }
 *   await wechat.close();
 */
export type SimulatedFailure =
  | { status: number }
  | { errcode: number; errmsg?: string }
  | { drop: true }
  /**
   * WeChat took the customer-service message (the person has it), then the answer was lost: a
   * 5xx from a gateway, a reset, or no answer for `delayMs` (the client's timeout runs out).
   */
  | { taken: 'status'; status: number }
  | { taken: 'drop' }
  | { taken: 'delay'; delayMs: number };

export interface SimulatedCustomMessage {
  touser: string;
  content: string;
}
export interface SimulatedTemplateMessage {
  touser: string;
  templateId: string;
  data: Record<string, { value: string }>;
}

export interface WeChatApiSimulatorOptions {
  appId: string;
  appSecret: string;
  /** expires_in of issued tokens, in seconds. */
  expiresIn?: number;
  host?: string;
  port?: number;
}

const TEXT_LIMIT_BYTES = 2048;

export class WeChatApiSimulator {
  readonly messages: SimulatedCustomMessage[] = [];
  readonly templates: SimulatedTemplateMessage[] = [];
  /** Each request's method and path, with the access token removed. */
  readonly requests: { method: string; path: string }[] = [];
  tokenFetches = 0;
  private readonly valid = new Map<string, 'valid' | 'expired' | 'invalid'>();
  private current: string | undefined;
  private counter = 0;
  private readonly scripts = new Map<string, SimulatedFailure[]>();
  private waiters: (() => void)[] = [];
  private holding = false;
  /** Customer-service sends taken while `hold()` is on, their answers held back. */
  readonly held: { touser: string; answer: (failure?: SimulatedFailure) => void }[] = [];

  private constructor(
    private readonly server: Server,
    private readonly options: WeChatApiSimulatorOptions,
  ) {}

  static async start(options: WeChatApiSimulatorOptions): Promise<WeChatApiSimulator> {
    const server = createServer();
    const fake = new WeChatApiSimulator(server, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      fake.handle(req, res).catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://${this.options.host ?? '127.0.0.1'}:${port}`;
  }

  /** The next calls to `path` fail as scripted, in order, before it behaves normally again. */
  failNext(path: string, ...failures: SimulatedFailure[]): void {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...failures]);
  }

  /**
   * From now on every customer-service message is taken (recorded in `messages`: the person has
   * it) and its answer held back until `answerHeld` — a request in flight at a known moment.
   */
  hold(): void {
    this.holding = true;
  }

  /** Answers every held send (`ok`, or as `failure` says) and stops holding. */
  answerHeld(failure?: SimulatedFailure): void {
    this.holding = false;
    for (const h of this.held.splice(0)) h.answer(failure);
  }

  /** Every token issued so far is now expired (errcode 42001 on use). */
  expireTokens(): void {
    for (const token of this.valid.keys()) this.valid.set(token, 'expired');
    this.current = undefined;
  }

  /** Every token issued so far is now invalid (errcode 40001 on use), as after a refresh elsewhere. */
  invalidateTokens(): void {
    for (const token of this.valid.keys()) this.valid.set(token, 'invalid');
    this.current = undefined;
  }

  /** Resolves once at least `count` customer-service messages arrived; rejects after `timeoutMs`. */
  async waitForMessages(count: number, timeoutMs = 5000): Promise<SimulatedCustomMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake WeChat got ${this.messages.length} of ${count} messages: ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages.slice(0, count);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = new URLSearchParams(url.searchParams);
    const token = url.searchParams.get('access_token');
    url.searchParams.delete('access_token');
    url.searchParams.delete('secret');
    this.requests.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}` });
    const body = await readJson(req);
    const failure = this.scripts.get(url.pathname)?.shift();
    if (failure && !('taken' in failure)) return respondFailure(res, failure);
    if ((failure || this.holding) && `${req.method} ${url.pathname}` === 'POST /cgi-bin/message/custom/send')
      return this.authorised(res, token, () => this.takeAndHold(res, body, failure));
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /cgi-bin/token':
        return this.issue(res, query.get('appid') ?? undefined, query.get('secret') ?? undefined, false);
      case 'POST /cgi-bin/stable_token':
        return this.issue(res, str(body.appid), str(body.secret), body.force_refresh === true);
      case 'POST /cgi-bin/message/custom/send':
        return this.authorised(res, token, () => this.custom(res, body));
      case 'POST /cgi-bin/message/template/send':
        return this.authorised(res, token, () => this.template(res, body));
      default:
        return json(res, 404, { errcode: 404, errmsg: 'not found' });
    }
  }

  private issue(res: ServerResponse, appId: string | undefined, secret: string | undefined, force: boolean): void {
    if (appId !== this.options.appId) return json(res, 200, { errcode: 40013, errmsg: 'invalid appid' });
    if (secret !== this.options.appSecret) return json(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' });
    this.tokenFetches++;
    if (force || this.current === undefined) {
      if (force && this.current) this.valid.set(this.current, 'invalid');
      this.current = `fake-token-${++this.counter}`;
      this.valid.set(this.current, 'valid');
    }
    json(res, 200, { access_token: this.current, expires_in: this.options.expiresIn ?? 7200 });
  }

  private authorised(res: ServerResponse, token: string | null, then: () => void): void {
    const state = token ? this.valid.get(token) : undefined;
    if (state === 'valid') return then();
    if (state === 'expired') return json(res, 200, { errcode: 42001, errmsg: 'access_token expired' });
    json(res, 200, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
  }

  private custom(res: ServerResponse, body: Record<string, unknown>): void {
    const text = body.text as { content?: unknown } | undefined;
    if (typeof text?.content === 'string' && Buffer.byteLength(text.content, 'utf8') > TEXT_LIMIT_BYTES)
      return json(res, 200, { errcode: 45002, errmsg: 'content size out of limit' });
    if (!this.take(body)) return json(res, 200, { errcode: 44002, errmsg: 'empty post data' });
    json(res, 200, { errcode: 0, errmsg: 'ok' });
  }

  /** Takes the message, then answers as `failure` says, or holds the answer (`hold`). */
  private takeAndHold(res: ServerResponse, body: Record<string, unknown>, failure: SimulatedFailure | undefined): void {
    if (!this.take(body)) return json(res, 200, { errcode: 44002, errmsg: 'empty post data' });
    if (failure) return respondTaken(res, failure);
    const answer = (later?: SimulatedFailure) => (later ? respondTaken(res, later) : json(res, 200, { errcode: 0, errmsg: 'ok' }));
    this.held.push({ touser: str(body.touser) ?? '', answer });
  }

  /** Records a well-formed text message as delivered to the person; false when it is not one. */
  private take(body: Record<string, unknown>): boolean {
    const text = body.text as { content?: unknown } | undefined;
    const touser = str(body.touser);
    if (!touser || body.msgtype !== 'text' || typeof text?.content !== 'string') return false;
    this.messages.push({ touser, content: text.content });
    for (const wake of this.waiters.splice(0)) wake();
    return true;
  }

  private template(res: ServerResponse, body: Record<string, unknown>): void {
    const touser = str(body.touser);
    const templateId = str(body.template_id);
    if (!touser || !templateId || typeof body.data !== 'object' || body.data === null) return json(res, 200, { errcode: 47001, errmsg: 'data format error' });
    this.templates.push({ touser, templateId, data: body.data as Record<string, { value: string }> });
    json(res, 200, { errcode: 0, errmsg: 'ok', msgid: 200000 + this.templates.length });
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function respondTaken(res: ServerResponse, failure: SimulatedFailure): void {
  if (!('taken' in failure)) return respondFailure(res, failure);
  if (failure.taken === 'drop') return void res.destroy();
  if (failure.taken === 'status') return json(res, failure.status, { message: 'scripted failure after delivery' });
  setTimeout(() => json(res, 200, { errcode: 0, errmsg: 'ok' }), failure.delayMs).unref();
}

function respondFailure(res: ServerResponse, failure: SimulatedFailure): void {
  if ('taken' in failure) return respondTaken(res, failure);
  if ('drop' in failure) return void res.destroy();
  if ('status' in failure) return json(res, failure.status, { message: 'scripted failure' });
  json(res, 200, { errcode: failure.errcode, errmsg: failure.errmsg ?? 'scripted failure' });
}
