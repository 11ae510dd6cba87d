import { z } from 'zod';
import {
  ALL_FLAGS,
  OUTCOMES,
  type ConversationFilter,
  type TranscriptFlag,
} from '../store/transcripts/types.js';

/**
 * Query parameters of GET /api/review/conversations:
 * from, to (YYYY-MM-DD, inclusive days in UTC, or ISO instants), account, channel, outcome,
 * blocked, escalated, disputed, optedOut (true/false), limit, continuationToken.
 */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1' || v === 'yes'));

const dateOrInstant = (endOfDay: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
        const t = Date.parse(`${v}T00:00:00Z`);
        if (!Number.isNaN(t)) return new Date(t + (endOfDay ? 86_400_000 : 0)).toISOString();
      } else if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) {
        return new Date(v).toISOString();
      }
      ctx.addIssue({ code: 'custom', message: 'expected YYYY-MM-DD or an ISO-8601 instant' });
      return z.NEVER;
    });

const text = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const querySchema = z.object({
  from: dateOrInstant(false),
  to: dateOrInstant(true),
  account: text,
  channel: text,
  outcome: z
    .enum(OUTCOMES as [string, ...string[]])
    .or(z.literal(''))
    .optional()
    .transform((v) => (v === '' ? undefined : OUTCOMES.find((o) => o === v))),
  blocked: flag,
  escalated: flag,
  disputed: flag,
  optedOut: flag,
  limit: z.coerce.number().int().min(1).max(500).optional(),
  continuationToken: text,
});

export type QueryOutcome = { ok: true; filter: ConversationFilter } | { ok: false; message: string };

/** Parses the list filters; a bad value is named in the message. */
export function parseListQuery(params: URLSearchParams): QueryOutcome {
  const raw: Record<string, string> = {};
  for (const [k, v] of params) raw[k] = v;
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${String(issue?.path[0] ?? 'query')}: ${issue?.message ?? 'invalid'}` };
  }
  const q = parsed.data;
  const flags: Partial<Record<TranscriptFlag, boolean>> = {};
  for (const f of ALL_FLAGS) if (q[f] !== undefined) flags[f] = q[f];
  const filter: ConversationFilter = { flags };
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  if (q.account) filter.account = q.account;
  if (q.channel) filter.channel = q.channel;
  if (q.outcome) filter.outcome = q.outcome;
  if (q.limit) filter.limit = q.limit;
  if (q.continuationToken) filter.continuationToken = q.continuationToken;
  return { ok: true, filter };
}
