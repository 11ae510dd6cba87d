import { describe, expect, it } from 'vitest';
import { PATTERN_RULES } from '../../src/guardrails/rules/index.js';
import { STRUCTURAL_CHECKS } from '../../src/guardrails/structure.js';
import { wake } from '../../src/guardrails/wake.js';
import { WordScanner } from '../../src/guardrails/wordScanner.js';
import { corpusTexts } from './corpusTexts.js';

/** The two automata wake.ts joins, as the engine and the structural checks built them before. */
const TRIGGERS = new WordScanner<number>(
  PATTERN_RULES.flatMap((rule, index) => rule.triggers.map((t) => [t, index] as const)),
);
const GATES = new WordScanner<number>(
  STRUCTURAL_CHECKS.flatMap((c, i) => c.gate.map((w) => [w, i] as const)),
);

/** What differs between wake() and the two automata apart on one text, or '' when nothing. */
function difference(text: string): string {
  const from = new Int32Array(PATTERN_RULES.length).fill(-1);
  const to = new Int32Array(PATTERN_RULES.length);
  const checks = new Uint8Array(STRUCTURAL_CHECKS.length);
  TRIGGERS.scan(text, (index, start, end) => {
    if ((from[index] as number) < 0) from[index] = start;
    to[index] = end;
  });
  GATES.scan(text, (index) => (checks[index] = 1));
  const got = wake(text);
  for (let i = 0; i < from.length; i++) {
    if (got.windowFrom[i] !== from[i]) return `rule ${i} from ${got.windowFrom[i]} ≠ ${from[i]}`;
    // A rule not woken keeps a stale end: only woken rules' ends are read.
    if ((from[i] as number) >= 0 && got.windowTo[i] !== to[i])
      return `rule ${i} to ${got.windowTo[i]} ≠ ${to[i]}`;
  }
  for (let i = 0; i < checks.length; i++) if (got.checks[i] !== checks[i]) return `check ${i}`;
  return got.anyCheck === checks.includes(1) ? '' : 'anyCheck';
}

describe('wake: one automaton for trigger and gate words', () => {
  it(
    'wakes the same rules with the same windows, and the same checks, on every corpus text',
    { timeout: 120_000 },
    () => {
      const texts = corpusTexts();
      expect(texts.length).toBeGreaterThan(10_000);
      const wrong = texts.map((t) => [t, difference(t)]).filter(([, d]) => d !== '');
      expect(wrong.slice(0, 3)).toEqual([]);
      // The corpus exercises both kinds: many texts wake some check, and the windows of several rules.
      expect(texts.filter((t) => wake(t).anyCheck).length).toBeGreaterThan(texts.length / 4);
    },
  );

  it('answers a text read twice from memory, and a different text anew', () => {
    const a = wake('我们会通知你的家人和单位');
    const firstFrom = [...a.windowFrom];
    expect(firstFrom.some((f) => f >= 0)).toBe(true);
    expect([...wake('我们会通知你的家人和单位').windowFrom]).toEqual(firstFrom);
    expect([...wake('12345').windowFrom].every((f) => f < 0)).toBe(true);
  });
});
