import { describe, expect, it } from 'vitest';
import { checkSetFigures } from './rules/checkSetFigures.js';

/**
 * guardrw14c's check set (issue 16, test/guardrails/rules/checkRw14c.{en,zh}.jsonl): conditional
 * threats whose condition carries a negation (不还就…, "if you don't pay…"), violence and exposure
 * against neighbours and third persons, sexual harassment to settle a debt, suicide taunts, curses
 * on the family, and lawful near misses (general rules and hardship notices, fraud warnings quoting
 * threats, late fees). Written and measured once before a rule change and once after, never fitted.
 */
describe('check set checkRw14c', () => {
  it('reports recall and false alarms per language and category', () => {
    const lines = checkSetFigures('checkRw14c');
    console.log(lines.map((l) => `[own check set] ${l}`).join('\n'));
    expect(lines).toHaveLength(2);
  }, 30_000);
});
