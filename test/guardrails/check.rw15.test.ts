import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type Category, type GuardContext } from '../../src/guardrails/index.js';

/**
 * guardrw15's check set (issue 16, test/guardrails/labelled/check-rw15.{en,zh}.jsonl): the
 * sender's own call-back number, vague threats from the sender and harm to relatives, third
 * persons asked to relay or pay, callers naming no company while citing a debt or posing as
 * officers, a person's debt announced to others, published relief notices. Written by class and
 * measured once before the rule change (en 12/14, 4/11 false alarms; zh 10/12, 2/9) and once
 * after (en 14/14, 1/11; zh 12/12, 1/9), never fitted; a second English batch (an identity word
 * used with an insult, a masked slur) before its rule: 1/4, 0/2 false alarms; after: 4/4, 0/2. A report: it prints figures, not items.
 */
interface Row {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  context: GuardContext;
}

function figures(lang: 'en' | 'zh'): { caught: number; violating: number; flagged: number; lawful: number } {
  const rows = readFileSync(`test/guardrails/labelled/check-rw15.${lang}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const out = { caught: 0, violating: 0, flagged: 0, lawful: 0 };
  for (const r of rows) {
    const v = check(r.text, r.context);
    if (r.label === 'compliant') {
      out.lawful += 1;
      if (!v.allowed) out.flagged += 1;
    } else {
      out.violating += 1;
      if (v.violations.some((x) => x.category === r.category)) out.caught += 1;
    }
  }
  return out;
}

describe('check set check-rw15', () => {
  it('reports recall in the own category and false alarms per language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const f = figures(lang);
      console.log(
        `[own check set] ${lang}: ${f.caught}/${f.violating} caught, ${f.flagged}/${f.lawful} false alarms`,
      );
      expect(f.violating).toBeGreaterThan(0);
      expect(f.lawful).toBeGreaterThan(0);
    }
  }, 30_000);
});
