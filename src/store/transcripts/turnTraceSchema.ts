import { z } from 'zod';

/**
 * The reply trace's value as a schema: the reference for what a reader of it gets (see
 * turnTrace.ts). Read leniently (flat verdicts, drafts as strings, 'sent' instead of 'wording'
 * are accepted). turnTraceRead.ts reads a well-formed value without it (the hot path) and falls
 * back to it for anything else, so both always agree.
 */
const violationSchema = z.looseObject({
  category: z.string().optional(),
  rule: z.string().optional(),
  severity: z.string().optional(),
  evidence: z.string().optional(),
});

const verdictSchema = z.looseObject({
  allowed: z.boolean().optional(),
  status: z.string().optional(),
  violations: z.array(violationSchema).optional().catch(undefined),
  reason: z.string().optional(),
});

/**
 * A verdict entry: flat, or `{ source, verdict }`. A flat entry whose fields have the wrong types
 * reads as a verdict that says nothing (so: blocked, the cautious reading), never as a throw.
 */
const verdictEntrySchema = z
  .looseObject({ source: z.string().optional(), verdict: verdictSchema.optional() })
  .transform((e) => {
    const v = e.verdict ?? verdictSchema.safeParse(e).data ?? {};
    return {
      source: e.source,
      allowed: v.allowed ?? v.status === 'allowed',
      status: v.status ?? (v.allowed ? 'allowed' : 'blocked'),
      violations: v.violations ?? [],
      reason: v.reason,
    };
  });

const draftSchema = z.union([
  z.string().transform((text) => ({
    source: undefined,
    text,
    status: undefined,
    violations: [] as TraceViolation[],
  })),
  z
    .looseObject({
      source: z.string().optional(),
      text: z.string(),
      verdict: verdictSchema.optional(),
      violations: z.array(violationSchema).optional(),
    })
    .transform((d) => ({
      source: d.source,
      text: d.text,
      status: d.verdict?.status,
      violations: d.violations ?? d.verdict?.violations ?? [],
    })),
]);

export const traceValueSchema = z
  .looseObject({
    messageId: z.string().optional(),
    source: z.string().optional(),
    agent: z.string().optional(),
    act: z.looseObject({ kind: z.string() }).optional().catch(undefined),
    facts: z.record(z.string(), z.unknown()).optional().catch(undefined),
    verified: z.boolean().optional().catch(undefined),
    locale: z.string().optional().catch(undefined),
    template: z.unknown().optional(),
    wording: z.string().optional().catch(undefined),
    sent: z.string().optional().catch(undefined),
    sendPath: z.string().optional().catch(undefined),
    model: z.unknown().optional(),
    prompt: z.unknown().optional(),
    accountId: z.string().optional().catch(undefined),
    verdicts: z.array(verdictEntrySchema).catch([]).default([]),
    blockedDrafts: z.array(draftSchema).catch([]).default([]),
  })
  .transform(({ wording, sent, ...rest }) => ({ ...rest, sent: wording ?? sent }));

export type TraceViolation = z.infer<typeof violationSchema>;
export type TraceVerdict = z.infer<typeof verdictEntrySchema>;
export type TraceDraft = z.infer<typeof draftSchema>;
export type TurnTrace = z.infer<typeof traceValueSchema>;
