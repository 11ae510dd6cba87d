import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadRuleCheckSet } from './labelledSet.js';

/**
 * guard13's check set (issue 16, thirteenth session), written by class before any rule change
 * (the bank's lawful wording misread in Chinese; English credit-report misrepresentation; contact
 * by clock and count), measured once at the start and once after, never tuned on. Kept beside the
 * rule tests, outside test/guardrails/labelled/, so no tuned set loads it.
 * At 1e5b7ec: zh-CN recall 0.875 (14/16), false alarms 6/43; en recall 0.367 (11/30), blocked any
 * 16/30, false alarms 4/30. After (7255645): zh-CN 0.875 (14/16), 1/43; en 0.800 (24/30), blocked
 * any 27/30, 3/30.
 */

describe('check set check-s13 (guard13)', () => {
  it('reports recall and false alarms per language and category', () => {
    const rows = loadRuleCheckSet('checkS13');
    const figures = roundFigures('check-s13', rows);
    console.log(
      figures.map((f) => `[own check, measured before and after] ${describeFigures(f)}`).join('\n'),
    );
    expect(rows.length).toBe(119);
  }, 30_000);
});
