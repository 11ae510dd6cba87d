import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { Auth } from '../auth/index.js';
import type { Clock } from '../core/clock.js';
import type { Db } from '../store/db.js';
import { SqliteInsightsStore, type InsightsStore } from '../store/insights.js';
import { toCsv } from './csv.js';
import { buildInsights, TABLES, type Insights, type TableName } from './insights.js';
import { parseScope } from './query.js';

export interface InsightsDeps {
  db: Db;
  /** Where the figures are read; by default the SQLite queries on `db`. */
  store?: InsightsStore;
  /** The service's shared Auth: reviewers (compliance and managers) sign in once for /review and /insights. */
  auth: Auth;
  clock: Clock;
  logger: { error(obj: object, msg: string): void };
}

const WEB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'insights');
const CHART_JS = path.join(
  path.dirname(createRequire(import.meta.url).resolve('chart.js')),
  'chart.umd.min.js',
);
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const STATIC: Record<string, { file: string; type: string }> = {
  '/insights': { file: path.join(WEB_DIR, 'index.html'), type: HTML },
  '/insights/': { file: path.join(WEB_DIR, 'index.html'), type: HTML },
  '/insights/insights.js': { file: path.join(WEB_DIR, 'insights.js'), type: JS },
  '/insights/charts.js': { file: path.join(WEB_DIR, 'charts.js'), type: JS },
  '/insights/i18n.js': { file: path.join(WEB_DIR, 'i18n.js'), type: JS },
  '/insights/insights.css': { file: path.join(WEB_DIR, 'insights.css'), type: 'text/css; charset=utf-8' },
  '/insights/chart.umd.min.js': { file: CHART_JS, type: JS },
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Answers for the same filters within this time are served from memory (figures move slowly). */
const CACHE_MS = 30_000;
const CACHE_ENTRIES = 50;

function sendError(res: Response, status: number, code: string, message: string): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

function query(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

/**
 * The operations dashboard for managers and compliance (reviewer role):
 *   GET /insights                       the page (sign-in through /api/review/session)
 *   GET /api/insights?from&to&channel&locale&portfolio   every figure as tables (JSON)
 *   GET /api/insights/csv/{table}?…     one table as CSV (funnel, commitments, care, escalations,
 *                                       guardrailCategories, guardrailSources)
 *
 *   registerInsights(server, { db, auth, clock, logger });
 */
export function registerInsights(server: Server, deps: InsightsDeps): void {
  const reviewer = deps.auth.requireRole('reviewer');
  // Several managers opening the same view cost one computation, not one each: the cache keeps
  // the computation itself, so a request arriving while it runs waits for the same answer.
  const cache = new Map<string, { at: number; insights: Promise<Insights> }>();
  const store = deps.store ?? new SqliteInsightsStore(deps.db);
  const compute = async (req: Request, res: Response): Promise<Insights | undefined> => {
    const now = deps.clock.now();
    const parsed = parseScope(query(req), now);
    if (!parsed.ok) {
      sendError(res, 400, 'BadQuery', parsed.message);
      return undefined;
    }
    const key = JSON.stringify(parsed.scope);
    const hit = cache.get(key);
    const running =
      hit && now.getTime() - hit.at < CACHE_MS ? hit.insights : buildInsights(store, parsed.scope);
    if (running !== hit?.insights) {
      cache.delete(key);
      cache.set(key, { at: now.getTime(), insights: running });
      if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value ?? '');
    }
    try {
      return await running;
    } catch (err) {
      if (cache.get(key)?.insights === running) cache.delete(key);
      deps.logger.error({ err }, 'insights query failed');
      sendError(
        res,
        503,
        'InsightsUnavailable',
        'the figures could not be read from storage; try again shortly',
      );
      return undefined;
    }
  };

  server.get('/api/insights', reviewer, async (req: Request, res: Response) => {
    const insights = await compute(req, res);
    if (!insights) return;
    res.header('Cache-Control', 'no-store');
    res.send(200, insights);
  });

  server.get('/api/insights/csv/:table', reviewer, async (req: Request, res: Response) => {
    const name = String(req.params.table ?? '');
    if (!(TABLES as readonly string[]).includes(name))
      return sendError(res, 404, 'NotFound', `no table ${name.slice(0, 40)}; one of ${TABLES.join(', ')}`);
    const insights = await compute(req, res);
    if (!insights) return;
    const { from, to } = insights.scope;
    const body = Buffer.from(toCsv(insights.tables[name as TableName]), 'utf8');
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': body.length,
      'Content-Disposition': `attachment; filename="insights-${name}-${from.slice(0, 10)}-${to.slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  });

  for (const [route, asset] of Object.entries(STATIC)) {
    server.get(route, async (_req: Request, res: Response) => {
      const body = await readFile(asset.file);
      res.writeHead(200, {
        'Content-Type': asset.type,
        'Content-Length': body.length,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    });
  }
}
