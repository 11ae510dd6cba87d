import { DECLARATIONS } from './rules/index.js';
import type { Category, Severity } from './types.js';

/** A rule id as listed in POLICY.md. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
}

/** Every rule id the layer can report, sorted (the declarations: each id once). */
export const RULE_CATALOGUE: readonly RuleInfo[] = DECLARATIONS.map(({ id, category, severity }) => ({
  id,
  category,
  severity,
})).sort((a, b) => a.id.localeCompare(b.id));
