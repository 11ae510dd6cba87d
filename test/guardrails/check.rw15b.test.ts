import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type Category, type GuardContext } from '../../src/guardrails/index.js';

/**
 * guardrw15b's check set (issue 16, test/guardrails/labelled/check-rw15b.{en,zh}.jsonl): the
 * classes the fifteenth session's blind sets showed (insults with a debt word and about the
 * parents, Cantonese veiled threats, a debt posted or published, 父债子偿 to a relative, the
 * workplace told; implied jail, innuendo about a relative, dashed profanity, veiled enforcement,
 * invented garnishment, a pending suit, a colleague told of a debt; amount templates, relief and
 * scam notices, wrong-number checks, placement notices). Written by class and measured once before
 * the rule change (en 5/18, 0/6 false alarms; zh 7/19, 1/10) and once after (en 18/18, 0/6; zh
 * 19/19, 0/10), never fitted. A report: it prints figures, not items.
 */
interface Row {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  context: GuardContext;
}

function figures(lang: 'en' | 'zh'): { caught: number; violating: number; flagged: number; lawful: number } {
  const rows = readFileSync(`test/guardrails/labelled/check-rw15b.${lang}.jsonl`, 'utf8')
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

describe('check set check-rw15b', () => {
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
