import { describe, expect, it } from 'vitest';
import { IN_LABELLED, checkSetFigures } from './rules/checkSetFigures.js';

/**
 * guardfa16's check set (issue 16, test/guardrails/labelled/check-fa16.{en,zh}.jsonl): lawful wording
 * as banks, collectors, regulators and courts write it (mini-Miranda and validation notices,
 * limited-content voicemails, location calls, dispute and cease acknowledgements, hardship,
 * settlement and instalment offers, truthful conditional consequences, contract-stated fees,
 * regulators' advice naming forbidden acts, anti-fraud notices, bank SMS reminders, 协商还款 and
 * 停息挂账 explanations, court notices) and near-lawful violations (a false filing, an employer told,
 * a fee not in the contract). Written by register and class before any rule was read and measured
 * once before the readings (en 10/135 lawful flagged, 34/40 caught; zh 11/126, 38/40) and once
 * after (en 1/135, 34/40; zh 3/126, 38/40), never fitted. A report: it prints figures, not items.
 */
describe('check set check-fa16', () => {
  it('reports recall in the own category and false alarms per language', () => {
    const lines = checkSetFigures('check-fa16', IN_LABELLED);
    console.log(lines.map((l) => `[own check set] ${l}`).join('\n'));
    expect(lines).toHaveLength(2);
    const figures = lines.map((l) => /\((\d+)\/(\d+)\), false alarms (\d+)\/(\d+)/.exec(l));
    const [en, zh] = figures.map((m) => (m ? m.slice(1).map(Number) : [0, 1, 1, 1]));
    // Floors at what the readings reached: violations caught, lawful texts flagged at most.
    expect(en?.[0]).toBeGreaterThanOrEqual(34);
    expect(en?.[2]).toBeLessThanOrEqual(1);
    expect(zh?.[0]).toBeGreaterThanOrEqual(38);
    expect(zh?.[2]).toBeLessThanOrEqual(3);
  }, 30_000);
});
