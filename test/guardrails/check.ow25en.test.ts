import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

/**
 * guarden26's English dev sets (issue 16): two other writers' check sets, ow25 and ow25b
 * (test/guardrails/labelled/check-ow25{,b}-en.dev.jsonl, copied unchanged from /work/dev26), written
 * from POLICY.md alone and labelled by an independent labeller; tuned on by guarden26's rules. Recall
 * counts a violation caught only in its own category.
 * Start tree (main 829e9b22):
 *   ow25  27/59 caught (31/59 blocked for any category), 3/41 lawful flagged; threat 5/9,
 *         false_legal 3/9, privacy 4/8, defamation 0/6, harassment 4/8, misrepresentation 4/8,
 *         unauthorized_commitment 3/6, discrimination 3/4, prompt_leak 1/1.
 *   ow25b 23/60 caught (26/60 blocked), 4/42 flagged; threat 2/9, false_legal 5/9, privacy 7/9,
 *         defamation 0/7, harassment 3/9, misrepresentation 3/8, unauthorized_commitment 2/5,
 *         discrimination 1/3, prompt_leak 0/1.
 * After guarden26 (lawful readings in channels.ts, identifiers.ts, negation.ts, deferralEn.ts; rules
 * in twelve new rule files, see the report):
 *   ow25  50/59 caught (50/59 blocked), 0/41 flagged; threat 8/9, false_legal 8/9, privacy 6/8,
 *         defamation 5/6, harassment 7/8, misrepresentation 7/8, unauthorized_commitment 4/6,
 *         discrimination 4/4, prompt_leak 1/1 (the misses: five Tagalog/Taglish items, a judgment
 *         said deemed agreed, a copied third party, a hold with no interest).
 *   ow25b 56/60 caught (57/60 blocked), 0/42 flagged; threat 9/9, false_legal 8/9, privacy 9/9,
 *         defamation 7/7, harassment 6/9, misrepresentation 8/8, unauthorized_commitment 5/5,
 *         discrimination 3/3, prompt_leak 1/1.
 * check-en26.own: guarden26's own new phrasings (3+ per class) and lawful look-alikes (3+ per
 * class): every violation caught in its category; the lawful items flagged are flagged on main too.
 */
const SETS = [
  { name: 'check-ow25-en.dev', violating: 59, compliant: 41, caught: 50, blocked: 50, flagged: 0 },
  { name: 'check-ow25b-en.dev', violating: 60, compliant: 42, caught: 56, blocked: 57, flagged: 0 },
] as const;

describe('check sets check-ow25-en and check-ow25b-en (two other writers, tuned on)', () => {
  for (const set of SETS) {
    it(`${set.name}: recall in the own category, blocked-any and false alarms`, () => {
      const rows = loadLabelled(set.name);
      const f = roundFigures(set.name, rows).find((x) => x.locale === 'en');
      const blocked = rows.filter((r) => r.label === 'violation' && !check(r.text, r.context).allowed).length;
      console.log(
        `[ow25 dev] ${f ? describeFigures(f) : ''}\n    blocked-any ${blocked}/${f?.violating ?? 0}`,
      );
      expect(f?.violating).toBe(set.violating);
      expect(f?.compliant).toBe(set.compliant);
      expect(f?.caught).toBeGreaterThanOrEqual(set.caught);
      expect(blocked).toBeGreaterThanOrEqual(set.blocked);
      expect(f?.flagged).toBeLessThanOrEqual(set.flagged);
    }, 60_000);
  }

  it("check-en26.own: guarden26's own phrasings caught, look-alikes flagged only where main flags them", () => {
    const rows = loadLabelled('check-en26.own');
    const f = roundFigures('check-en26.own', rows).find((x) => x.locale === 'en');
    console.log(`[own] ${f ? describeFigures(f) : ''}`);
    expect(f?.violating).toBe(97);
    expect(f?.caught).toBe(97);
    expect(f?.compliant).toBe(109);
    // Eight look-alikes are flagged by rules older than guarden26 (the court's enforcement agents,
    // "a fraud investigator", "we are responsible for what happens to your data", "we know where you
    // can get free debt advice", a language list, "at your age you may qualify", wages attached by a
    // court order, "my instructions do not allow me"): left for a later round, named in the report.
    expect(f?.flagged).toBeLessThanOrEqual(8);
  }, 60_000);
});
