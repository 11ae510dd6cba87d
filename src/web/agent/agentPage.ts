import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { HANDOFF_OUTCOMES } from '../../prompts/outcomes.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const ASSETS: Record<string, { file: string; type: string }> = {
  '/agent/agent.js': { file: 'agent.js', type: 'text/javascript; charset=utf-8' },
  '/agent/agent.css': { file: 'agent.css', type: 'text/css; charset=utf-8' },
  '/agent/payments.js': { file: 'payments.js', type: 'text/javascript; charset=utf-8' },
};

/**
 * The agent console at /agent: sign in, the queue with reasons and waiting times, the
 * conversation with its summary, a reply box that shows guardrail blocks, release with an
 * outcome. Plain HTML and JS on the agent API (no build step).
 *
 *   mountAgentConsole(server);
 */
export function mountAgentConsole(server: Server): void {
  for (const route of ['/agent', '/agent/']) {
    server.get(route, async (_req: Request, res: Response) => {
      const html = (await readFile(path.join(HERE, 'agent.html'), 'utf8')).replace(
        '__CONFIG__',
        JSON.stringify({ outcomes: HANDOFF_OUTCOMES }).replace(/</g, '\\u003c'),
      );
      send(res, 'text/html; charset=utf-8', html);
    });
  }
  for (const [route, asset] of Object.entries(ASSETS)) {
    server.get(route, async (_req: Request, res: Response) =>
      send(res, asset.type, await readFile(path.join(HERE, asset.file))),
    );
  }
}

function send(res: Response, type: string, body: string | Buffer): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': CSP,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
