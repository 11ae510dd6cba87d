import { z } from 'zod';
import type { InsightsScope } from '../store/insights.js';

/** The longest range one request may ask for (a year and a bit). */
export const MAX_RANGE_DAYS = 400;
const DAY_MS = 86_400_000;
/** Ranges longer than this are drawn per month instead of per day. */
const DAILY_UP_TO_DAYS = 92;

/** Portfolio filter value for accounts not assigned to any portfolio. */
export const NO_PORTFOLIO = '(none)';
export const LOCALES = ['zh-CN', 'en'] as const;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      message: 'not a calendar date',
    },
  )
  .optional()
  .or(z.literal('').transform(() => undefined));

const text = z
  .string()
  .trim()
  .max(100)
  .regex(/^[\p{L}\p{N} ._()-]*$/u, 'letters, digits, spaces and . _ - ( ) only')
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z.object({
  from: day,
  to: day,
  channel: text,
  locale: z
    .enum(LOCALES)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  portfolio: text,
});

export type ScopeOutcome = { ok: true; scope: InsightsScope } | { ok: false; message: string };

/**
 * Dashboard filters from the query string: from, to (YYYY-MM-DD, inclusive UTC days; default the
 * last 30 days to `today`), channel, locale (zh-CN, en), portfolio ('(none)' = unassigned).
 *
 *   parseScope(new URLSearchParams('from=2026-11-01&to=2026-11-30&locale=en'), new Date())
 */
export function parseScope(query: URLSearchParams, now: Date): ScopeOutcome {
  const raw: Record<string, string> = {};
  for (const key of ['from', 'to', 'channel', 'locale', 'portfolio']) {
    const values = query.getAll(key);
    if (values.length > 1) return { ok: false, message: `${key}: give it once` };
    if (values[0] !== undefined) raw[key] = values[0];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${String(issue?.path[0] ?? 'query')}: ${issue?.message ?? 'invalid'}` };
  }
  const q = parsed.data;
  const today = now.toISOString().slice(0, 10);
  const toMs = Date.parse(`${q.to ?? today}T00:00:00Z`) + DAY_MS;
  const fromMs = q.from ? Date.parse(`${q.from}T00:00:00Z`) : toMs - 30 * DAY_MS;
  if (fromMs >= toMs) return { ok: false, message: 'from: must be on or before to' };
  const days = (toMs - fromMs) / DAY_MS;
  if (days > MAX_RANGE_DAYS) return { ok: false, message: `to: at most ${MAX_RANGE_DAYS} days from from` };
  const scope: InsightsScope = {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    bucket: days > DAILY_UP_TO_DAYS ? 'month' : 'day',
  };
  if (q.channel) scope.channel = q.channel;
  if (q.locale) scope.locale = q.locale;
  if (q.portfolio) scope.portfolio = q.portfolio === NO_PORTFOLIO ? null : q.portfolio;
  return { ok: true, scope };
}
