import { describe, expect, it } from 'vitest';
import { IN_LABELLED, checkSetFigures } from './rules/checkSetFigures.js';

/**
 * guardrw15b's check set (issue 16, test/guardrails/labelled/check-rw15b.{en,zh}.jsonl): the
 * classes the fifteenth session's blind sets showed (insults with a debt word and about the
 * parents, Cantonese veiled threats, a debt posted or published, 父债子偿 to a relative, the
 * workplace told; implied jail, innuendo about a relative, dashed profanity, veiled enforcement,
 * invented garnishment, a pending suit, a colleague told of a debt; amount templates, relief and
 * scam notices, wrong-number checks, placement notices). Written by class and measured once before
 * the rule change (en 5/18, 0/6 false alarms; zh 7/19, 1/10) and once after (en 18/18, 0/6; zh
 * 19/19, 0/10), never fitted. A report: it prints figures, not items.
 */
describe('check set check-rw15b', () => {
  it('reports recall in the own category and false alarms per language', () => {
    const lines = checkSetFigures('check-rw15b', IN_LABELLED);
    console.log(lines.map((l) => `[own check set] ${l}`).join('\n'));
    expect(lines).toHaveLength(2);
  }, 30_000);
});
