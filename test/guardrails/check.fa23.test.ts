import { describe, expect, it } from 'vitest';
import { IN_LABELLED, checkSetFigures } from './rules/checkSetFigures.js';

/**
 * guardfa23's check set (issue 16, test/guardrails/labelled/check-fa23.{en,zh}.jsonl): lawful wording
 * a bank or its agency sends (Reg F validation notices and mini-Miranda, voicemails with a name and
 * a callback number, settlement offers with the 1099-C disclosure, true lawsuit and judgment
 * statements, credit-bureau reporting, contract fees and APR changes, hardship, disputes, scam
 * warnings that quote or deny a threat, statements of the law; 合规催收短信、法律后果的如实告知、征信说明、
 * 恶意透支与误收转账的法律条文、反诈提示、协商与延期还款) and violating near-twins with one unlawful change.
 * Written by register and class before any verdict on it and measured once before the readings of
 * negationStatement.ts (en 54/60 caught, 10/122 lawful flagged; zh 38/40, 10/81) and once after
 * (en 54/60, 6/122; zh 38/40, 3/81), never fitted. A report: it prints figures, not items.
 */
describe('check set check-fa23', () => {
  it('reports recall in the own category and false alarms per language', () => {
    const lines = checkSetFigures('check-fa23', IN_LABELLED);
    console.log(lines.map((l) => `[own check set] ${l}`).join('\n'));
    expect(lines).toHaveLength(2);
    const figures = lines.map((l) => /\((\d+)\/(\d+)\), false alarms (\d+)\/(\d+)/.exec(l));
    const [en, zh] = figures.map((m) => (m ? m.slice(1).map(Number) : [0, 1, 1, 1]));
    // Floors at what the readings reached: violations caught, lawful texts flagged at most.
    expect(en?.[0]).toBeGreaterThanOrEqual(54);
    expect(en?.[2]).toBeLessThanOrEqual(6);
    expect(zh?.[0]).toBeGreaterThanOrEqual(38);
    expect(zh?.[2]).toBeLessThanOrEqual(3);
  }, 30_000);
});
