import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

/**
 * guarden24's English check sets (issue 16, test/guardrails/labelled/check-en24.{dev,blind}.jsonl),
 * written 2026-12-07 11:20–11:50 UTC by register and class before any rule was read and before any
 * verdict on them: lawful collection writing (Reg F notices, limited-content voicemails, location
 * calls, credit reporting, lawful suit and time-barred statements, settlements, own payment links,
 * UK/AU/CA arrears letters, hardship, disputes) and violations by class (masked profanity, threats
 * with no threat word, third-party notices as requests, legal jargon, credit repair, facts
 * contradicted). Dev was tuned on: 100/123 caught, 6/158 lawful flagged before (main 554030f),
 * 123/123 and 2/158 after (both of the 2 by the classifier). Blind was measured once at the start
 * and once at the end, never tuned on: 54/60 and 5/70 before, 54/60 and 4/70 after. A report: it
 * prints figures, not items.
 */
describe('check sets check-en24', () => {
  it('reports recall in the own category and false alarms (dev floors, blind printed)', () => {
    const dev = roundFigures('check-en24.dev', loadLabelled('check-en24.dev')).find((f) => f.locale === 'en');
    const blind = roundFigures('check-en24.blind', loadLabelled('check-en24.blind')).find((f) => f.locale === 'en');
    console.log([dev, blind].map((f) => (f ? `[own check set] ${describeFigures(f)}` : '')).join('\n'));
    expect(dev?.violating).toBe(123);
    expect(dev?.compliant).toBe(158);
    expect(blind?.violating).toBe(60);
    expect(blind?.compliant).toBe(70);
    // Floors at what the rules reached on dev, with room for a retrained classifier's opinion.
    expect(dev?.caught).toBeGreaterThanOrEqual(121);
    expect(dev?.flagged).toBeLessThanOrEqual(4);
  }, 60_000);
});
