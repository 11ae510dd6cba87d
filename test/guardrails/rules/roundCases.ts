import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';

/** A seen round's classes: what its rules must flag, let pass, and keep blocking. */
export interface RoundCases {
  /** Text, context, the category it must be flagged under. */
  violations: [string, GuardContext, string][];
  /** Lawful look-alikes no rule may flag (the classifier is left out: its weights change with every retrain). */
  lawful: [string, GuardContext][];
  /** Look-alikes that must stay blocked whatever flags them. */
  stillBlocked?: [string, GuardContext][];
}

/** The three checks every round's rule tests make, under one `describe`. */
export function describeRound(name: string, cases: RoundCases): void {
  describe(name, () => {
    it.each(cases.violations)('flags "%s" (%o) as %s', (text, context, category) => {
      const verdict = check(text, context);
      expect(verdict.violations.map((v) => v.category)).toContain(category);
    });

    it.each(cases.lawful)('no rule flags "%s" (%o)', (text, context) => {
      const verdict = check(text, context);
      expect(verdict.violations.map((v) => v.rule).filter((r) => !r.startsWith('classifier.'))).toEqual([]);
    });

    if (cases.stillBlocked && cases.stillBlocked.length > 0) {
      it.each(cases.stillBlocked)('still blocks "%s" (%o)', (text, context) => {
        expect(check(text, context).allowed).toBe(false);
      });
    }
  });
}
