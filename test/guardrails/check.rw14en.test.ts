import { describe, expect, it } from 'vitest';
import { check, type Category } from '../../src/guardrails/index.js';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadRuleCheckSet } from './labelledSet.js';

/**
 * guardrw14en's check set (issue 16, test/guardrails/rules/checkRw14en.en.jsonl), English only:
 * pretext payment alerts that contradict the act's facts or invent a declined or booked payment
 * with a call-back number, exposure threats without threat words, masked profanity as a threat,
 * defamation to third parties, emergency-contact notices to an unverified recipient, time-barred
 * debt wording without the revival warning; lawful look-alikes (truthful notices the facts back,
 * consumer-rights explanations, debt advice, revival disclosures, fraud warnings). Written by class
 * before a rule change, measured once before and once after, never fitted.
 * Before (on 5c4789e, no rule changed): en recall 0.339 (21/62), false alarms 7/41; by category
 * threat 5/23, privacy 6/9, defamation 7/9, misrepresentation 3/21; also-categories 3/4.
 * After structurePretext.ts, rules/structRw14En*.ts and negationAdvice.ts (written from the helper's
 * own training lines, training/guardrails/rw14.en.yaml, not from this set): en recall 0.968 (60/62),
 * false alarms 4/41; threat 21/23, privacy 9/9, defamation 9/9, misrepresentation 21/21; also 4/4.
 * (The set was also run once midway, before the time-to-sue reading: 0.968, 5/41; nothing was
 * changed for its items.)
 */

describe('check set checkRw14en', () => {
  it('reports recall and false alarms by category, and the further categories items carry', () => {
    const rows = loadRuleCheckSet('checkRw14en');
    const figures = roundFigures('checkRw14en', rows).filter((f) => f.violating + f.compliant > 0);
    const withAlso = rows as readonly ((typeof rows)[number] & { also?: Category[] })[];
    let also = 0;
    let alsoCaught = 0;
    for (const r of withAlso) {
      const got = new Set(check(r.text, r.context).violations.map((v) => v.category));
      for (const a of r.also ?? []) {
        also += 1;
        if (got.has(a)) alsoCaught += 1;
      }
    }
    console.log(
      figures.map((f) => `[own check, measured before and after] ${describeFigures(f)}`).join('\n') +
        `\n    also-categories ${alsoCaught}/${also}`,
    );
    expect(rows.length).toBe(103);
  });
});
