import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadRuleCheckSet } from './labelledSet.js';

/**
 * guard15's check set (issue 16, fifteenth session), written by class before a rule change:
 * fraud and thief labels aimed at the debtor (Mandarin and Cantonese), invented police,
 * exit-entry or transport-system consequences of an overdue record, lawful bare callback requests
 * with a service number, lawful Taiwan and Hong Kong notices in traditional characters, veiled
 * physical threats and arrest or prosecution threats in texting register, promises to delete
 * accurate credit-bureau history. Measured once at the start and once after, never tuned on; kept
 * beside the rule tests, outside test/guardrails/labelled/, so no tuned set loads it.
 * At 84eb120: zh-CN recall 0.667 (10/15), false alarms 2/17; en recall 0.500 (9/18), false alarms 0/9.
 * After (guard15's rules, policy 2026.12.12): zh-CN 1.000 (15/15), 2/17; en 1.000 (18/18), 0/9.
 */

describe('check set check-g15 (guard15)', () => {
  it('reports recall and false alarms per language and category', () => {
    const rows = loadRuleCheckSet('checkG15');
    const figures = roundFigures('check-g15', rows);
    console.log(
      figures.map((f) => `[own check, measured before and after] ${describeFigures(f)}`).join('\n'),
    );
    expect(rows.length).toBe(59);
  }, 30_000);
});
