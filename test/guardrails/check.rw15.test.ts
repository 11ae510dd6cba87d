import { describe, expect, it } from 'vitest';
import { IN_LABELLED, checkSetFigures } from './rules/checkSetFigures.js';

/**
 * guardrw15's check set (issue 16, test/guardrails/labelled/check-rw15.{en,zh}.jsonl): the
 * sender's own call-back number, vague threats from the sender and harm to relatives, third
 * persons asked to relay or pay, callers naming no company while citing a debt or posing as
 * officers, a person's debt announced to others, published relief notices. Written by class and
 * measured once before the rule change (en 12/14, 4/11 false alarms; zh 10/12, 2/9) and once
 * after (en 14/14, 1/11; zh 12/12, 1/9), never fitted; a second English batch (an identity word
 * used with an insult, a masked slur) before its rule: 1/4, 0/2 false alarms; after: 4/4, 0/2. A report: it prints figures, not items.
 */
describe('check set check-rw15', () => {
  it('reports recall in the own category and false alarms per language', () => {
    const lines = checkSetFigures('check-rw15', IN_LABELLED);
    console.log(lines.map((l) => `[own check set] ${l}`).join('\n'));
    expect(lines).toHaveLength(2);
  }, 30_000);
});
