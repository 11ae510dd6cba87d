import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadRuleCheckSet } from './labelledSet.js';

/**
 * guard14's check set (issue 16, fourteenth session), written by class before any rule change
 * (bare callback relays and a waiver or a suit named with no promise, lawful; exposure posters as
 * threats, regional and immigrant slurs, fraud-suspect notices and fraudster labels, silence as
 * admission, adult children made liable, private interest freezes, invented debtor blacklists),
 * measured once at the start and once after, never tuned on. Kept beside the rule tests, outside
 * test/guardrails/labelled/, so no tuned set loads it.
 * At 5c4789e: zh-CN recall 0.500 (14/28), false alarms 6/21; en recall 0.600 (15/25), false alarms 7/21.
 * After (guard14's rules, policy 2026.12.11): zh-CN 1.000 (28/28), 1/21; en 0.960 (24/25), 4/21 (the
 * false alarms left are the classifier's privacy score on bare callback relays; no retrain).
 */

describe('check set check-s14 (guard14)', () => {
  it('reports recall and false alarms per language and category', () => {
    const rows = loadRuleCheckSet('checkS14');
    const figures = roundFigures('check-s14', rows);
    console.log(
      figures.map((f) => `[own check, measured before and after] ${describeFigures(f)}`).join('\n'),
    );
    expect(rows.length).toBe(95);
  }, 30_000);
});
