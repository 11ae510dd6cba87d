import { LEXICON_RULES, PATTERN_RULES } from './rules/index.js';
import type { Category, Severity } from './types.js';

/** A rule id as listed in POLICY.md. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
}

/** Rules implemented by detectors rather than by the rule tables. */
const DETECTOR_RULES: RuleInfo[] = [
  { id: 'privacy.id_number', category: 'privacy', severity: 'critical' },
  { id: 'privacy.card_number', category: 'privacy', severity: 'critical' },
  { id: 'privacy.ssn', category: 'privacy', severity: 'critical' },
  { id: 'privacy.phone', category: 'privacy', severity: 'critical' },
  { id: 'privacy.unverified_disclosure', category: 'privacy', severity: 'critical' },
  { id: 'misrepresentation.amount', category: 'misrepresentation', severity: 'high' },
  { id: 'misrepresentation.days_past_due', category: 'misrepresentation', severity: 'high' },
  { id: 'misrepresentation.card_digits', category: 'misrepresentation', severity: 'high' },
  { id: 'misrepresentation.date', category: 'misrepresentation', severity: 'high' },
  { id: 'misrepresentation.payment_channel', category: 'misrepresentation', severity: 'critical' },
  { id: 'prompt_leak.secret', category: 'prompt_leak', severity: 'high' },
];

function catalogue(): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  for (const r of [...LEXICON_RULES, ...PATTERN_RULES, ...DETECTOR_RULES]) {
    if (!byId.has(r.id)) byId.set(r.id, { id: r.id, category: r.category, severity: r.severity });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Every rule id the layer can report, sorted. */
export const RULE_CATALOGUE: readonly RuleInfo[] = catalogue();
