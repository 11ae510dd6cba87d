import { maskPii } from '../core/pii.js';
import { normaliseLocale } from '../core/locale.js';
import type { GuardContext, GuardrailCheck } from '../guardrails/types.js';
import type { TranscriptStore } from '../store/transcripts/types.js';
import { buildSteps, type ReviewStep } from './transcriptView.js';

/** Acts that are only ever sent to a verified holder (used when an old trace lacks `verified`). */
const VERIFIED_ACTS = new Set([
  'verified',
  'account_summary',
  'consequences',
  'ask_affordability',
  'plan_offers',
  'plan_confirm',
  'plan_agreed',
  'plan_declined',
  'plan_impasse',
  'waiver_refused',
  'dispute_recorded',
]);

export interface RescanFinding {
  conversationId: string;
  seq: number;
  timestamp: string;
  role: 'bot' | 'agent';
  status: string;
  violations: { category: string; rule: string }[];
  /** The message, masked. */
  text: string;
}

export interface RescanReport {
  conversations: number;
  scanned: number;
  findings: RescanFinding[];
}

export interface RescanOptions {
  /** Only messages at or after this instant. */
  since?: Date;
  /** The bank's service numbers, which a message may name. */
  serviceNumbers?: string[];
}

/** The guard context a message was sent under, from its trace. */
export function contextFor(step: ReviewStep, serviceNumbers: string[] = []): GuardContext {
  const trace = step.trace;
  const verified = trace?.verified ?? (trace?.act ? VERIFIED_ACTS.has(trace.act.kind) : false);
  const context: GuardContext = { locale: normaliseLocale(trace?.locale), verified, serviceNumbers };
  if (trace?.facts) context.facts = trace.facts;
  return context;
}

/**
 * Runs today's guardrails over stored bot and agent messages and reports those that would now
 * be blocked, with reason codes: how a rule change would have judged history.
 *
 *   const report = await rescan(store, check, { since: new Date('2026-11-01') });
 */
export async function rescan(
  store: TranscriptStore,
  check: GuardrailCheck['check'],
  options: RescanOptions = {},
): Promise<RescanReport> {
  const since = options.since?.toISOString() ?? '';
  const report: RescanReport = { conversations: 0, scanned: 0, findings: [] };
  for (const conversationId of await store.listConversationIds()) {
    const summary = await store.getSummary(conversationId);
    if (summary && summary.lastAt < since) continue;
    report.conversations += 1;
    for (const step of buildSteps(await store.getRecords(conversationId))) {
      if (step.type !== 'message' || (step.role !== 'bot' && step.role !== 'agent') || step.timestamp < since)
        continue;
      if (!step.text) continue;
      report.scanned += 1;
      const verdict = await check(step.text, contextFor(step, options.serviceNumbers));
      if (verdict.allowed) continue;
      report.findings.push({
        conversationId,
        seq: step.seq,
        timestamp: step.timestamp,
        role: step.role,
        status: verdict.status,
        violations: verdict.violations.map((v) => ({ category: v.category, rule: v.rule })),
        text: maskPii(step.text),
      });
    }
  }
  return report;
}
