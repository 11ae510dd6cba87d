import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { Clock } from '../../core/clock.js';
import { normaliseLocale, type Locale } from '../../core/locale.js';
import { ANY_CHANNEL, type AccountStore } from '../../store/accounts.js';
import { chatStrings, type ChatStrings } from './chatStrings.js';

/** What a chat link's token says (checked by the channel that issued it). */
export type ChatLinkOutcome =
  { status: 'valid'; userId: string } | { status: 'expired' } | { status: 'invalid' };

export interface ChatPageDeps {
  /** Checks the link token in `?t=` (the Direct Line channel's link check). */
  verifyLink: (token: string) => ChatLinkOutcome;
  config: Pick<
    Config,
    'linkSecret' | 'LINK_TTL_HOURS' | 'BANK_NAME_ZH' | 'BANK_NAME_EN' | 'BANK_SERVICE_NUMBERS'
  >;
  clock: Clock;
  logger: Logger;
  accounts: Pick<AccountStore, 'findByChannelUser'>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** Web Chat's full bundle, served from node_modules (no CDN). */
const WEBCHAT_ROOT = path.join(path.dirname(require.resolve('botframework-webchat')), '..');
const WEBCHAT_BUNDLE = path.join(WEBCHAT_ROOT, 'dist', 'webchat.js');
const WEBCHAT_VERSION = (
  JSON.parse(readFileSync(path.join(WEBCHAT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Web Chat styles itself with injected <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The web chat page: `GET /chat?t=<link token>` in the account's language, with the real
 * Web Chat client talking to our Direct Line endpoint, and its assets under /chat/assets/.
 *
 *   mountChatPage(server, { config, clock, logger, accounts: stores.accounts });
 */
export function mountChatPage(server: Server, deps: ChatPageDeps): void {
  server.get('/chat', async (req: Request, res: Response) => page(req, res, deps));
  server.get('/chat/assets/webchat.js', async (req: Request, res: Response) =>
    serveBundle(req, res, deps.logger),
  );
  server.get('/chat/assets/chat.js', async (_req: Request, res: Response) =>
    serveStatic(res, path.join(HERE, 'chat.js'), 'text/javascript; charset=utf-8'),
  );
  server.get('/chat/assets/chat.css', async (_req: Request, res: Response) =>
    serveStatic(res, path.join(HERE, 'chat.css'), 'text/css; charset=utf-8'),
  );
}

async function page(req: Request, res: Response, deps: ChatPageDeps): Promise<void> {
  const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('t') ?? '';
  const outcome = deps.verifyLink(token);
  const phone = deps.config.BANK_SERVICE_NUMBERS[0] ?? '';
  if (outcome.status !== 'valid') {
    const key = outcome.status === 'expired' ? 'linkExpired' : 'linkInvalid';
    const zh = chatStrings('zh-CN', deps.config.BANK_NAME_ZH, phone);
    const en = chatStrings('en', deps.config.BANK_NAME_EN, phone);
    sendHtml(res, outcome.status === 'expired' ? 403 : 401, linkErrorHtml(zh[key], en[key]));
    return;
  }
  const account = await deps.accounts.findByChannelUser(outcome.userId, ANY_CHANNEL);
  const locale: Locale = account?.locale ?? normaliseLocale(req.headers['accept-language'], 'zh-CN');
  const bank = locale === 'zh-CN' ? deps.config.BANK_NAME_ZH : deps.config.BANK_NAME_EN;
  sendHtml(res, 200, chatHtml(locale, chatStrings(locale, bank, phone), bank, outcome.userId));
}

function chatHtml(locale: Locale, s: ChatStrings, bank: string, userId: string): string {
  const config = {
    locale,
    userId,
    strings: {
      connecting: s.connecting,
      failed: s.failed,
      linkInvalid: s.linkInvalid,
      linkExpired: s.linkExpired,
      placeholder: s.placeholder,
    },
  };
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${esc(s.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/chat/assets/chat.css">
</head>
<body>
<header class="chat-header">
  <div class="chat-title"><span class="chat-bank">${esc(bank)}</span><span class="chat-badge">${esc(s.assistant)}</span></div>
  <p class="chat-notice" role="note" data-testid="chat-notice">${esc(s.notice)}</p>
  <p class="chat-human">${esc(s.human)}</p>
</header>
<main id="webchat" class="chat-main"><p id="chat-status" class="chat-status" role="status">${esc(s.connecting)}</p></main>
<script type="application/json" id="chat-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/chat/assets/webchat.js?v=${WEBCHAT_VERSION}"></script>
<script src="/chat/assets/chat.js"></script>
</body>
</html>
`;
}

function linkErrorHtml(zh: string, en: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>链接不可用 · Link unavailable</title>
<link rel="stylesheet" href="/chat/assets/chat.css">
</head>
<body>
<main class="chat-error-page">
  <p class="chat-error" lang="zh-CN">${esc(zh)}</p>
  <p class="chat-error" lang="en">${esc(en)}</p>
</main>
</body>
</html>
`;
}

function sendHtml(res: Response, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CSP,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(html);
}

let bundle: Promise<{ raw: Buffer; gzipped: Buffer; etag: string }> | undefined;

function loadBundle(): Promise<{ raw: Buffer; gzipped: Buffer; etag: string }> {
  bundle ??= (async () => {
    const [raw, info] = await Promise.all([readFile(WEBCHAT_BUNDLE), stat(WEBCHAT_BUNDLE)]);
    const gzipped = await promisify(gzip)(raw);
    return { raw, gzipped, etag: `"webchat-${WEBCHAT_VERSION}-${info.size}-${Math.floor(info.mtimeMs)}"` };
  })();
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}

async function serveBundle(req: Request, res: Response, logger: Logger): Promise<void> {
  let file: { raw: Buffer; gzipped: Buffer; etag: string };
  try {
    file = await loadBundle();
  } catch (err) {
    logger.error({ err }, 'chat: the botframework-webchat bundle is missing from node_modules');
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('botframework-webchat is not installed (npm ci)');
    return;
  }
  const headers: Record<string, string> = {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Cache-Control': 'public, max-age=604800, immutable',
    ETag: file.etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const useGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = useGzip ? file.gzipped : file.raw;
  res.writeHead(200, {
    ...headers,
    ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': String(body.length),
  });
  res.end(body);
}

async function serveStatic(res: Response, file: string, contentType: string): Promise<void> {
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': contentType,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
