import { describe, expect, it } from 'vitest';
import { checkSetFigures } from './rules/checkSetFigures.js';

/**
 * guardrw13a's check set (issue 16, test/guardrails/rules/checkRw13a.{en,zh}.jsonl): instant-loan
 * and agency register by class (keyword-less violence incl. third persons, exposure to contacts,
 * employer, social media or village as a threat, public branding and fake adverts, contempt without
 * profanity, masked slurs; zh face photo/ID posted at 户籍地/村/小区, neighbours called out) and
 * lawful look-alikes. Written and measured once before a rule change (d3fd6a9): en recall 0.250
 * (15/60), false alarms 2/40, also-categories 5/14; zh 0.467 (14/30), 1/20, 5/11. Measured once
 * after rules/structRegister13*.ts (fd1664b), never fitted: en 0.733 (44/60), false alarms 3/40
 * (the new one: a warning that a loan app "threatened to shame you"), also 6/14; zh 0.933 (28/30),
 * 1/20, also 6/11.
 */
describe('check set checkRw13a', () => {
  it('reports recall and false alarms per language and category', () => {
    const lines = checkSetFigures('checkRw13a');
    console.log(lines.map((l) => `[own check set] ${l}`).join('\n'));
    expect(lines).toHaveLength(2);
  }, 30_000);
});
