import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

/**
 * guardrw12's check set (issue 16): real collectors' register written by class (crude WeChat and
 * SMS speech, sarcasm carrying threats, 【brand】 templates, relatives phoned "to help", children
 * and homes named as menace, fake agencies, sneering, masked profanity) and lawful bank wording.
 * Written and measured once before any rule change (cb26621): zh-CN recall 0.833 (55/66), false
 * alarms 0/42; en 0.758 (50/66), 0/42. Its misses were then read to choose the classes, so the
 * figures after (rules/structRegister12*.ts, a02f493: zh-CN 1.000 (66/66), 0/42; en 1.000
 * (66/66), 0/42) are seen figures, not evidence of generalisation.
 */
describe('check set check-rw12', () => {
  it('reports recall and false alarms per language and category', () => {
    const figures = roundFigures('check-rw12', loadLabelled('check-rw12'));
    console.log(figures.map((f) => `[seen, own] ${describeFigures(f)}`).join('\n'));
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBe(216);
  });
});
