import { describe, expect, it } from 'vitest';
import { SLEEP_AND_SPARE } from '../../../../../../src/language/offline/care/rules/veiled/burden.js';
import { describeCare } from '../careCases.js';

/**
 * Being a burden: one's existence a trouble to others, the family better off or relieved without
 * me, not waking up to spare the others.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/veiled/burden.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: veiled/burden', {
  distress: [
    // distressRound19: round 19: distress by class, and its everyday twins › reads each class as distress
    '我消失了家里人反而能轻松一点',
    "they'd be relieved if I just vanished",
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › reads %s as distress
    '睡过去不醒就好了，省得拖累家里 哈哈',
  ],
  ordinary: [
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '我吃了84块钱的外卖，这个月真的没钱了',
  ],
});

// distressRound23.test.ts
describe('care round 23 (outside blind half classes, new phrasings)', () => {
  it('keeps a laugh from cancelling not waking up to spare the others', () => {
    expect(SLEEP_AND_SPARE.test('maybe ill nap and never wake up, one less problem lmao')).toBe(true);
    expect(SLEEP_AND_SPARE.test('going to sleep early tonight lol')).toBe(false);
  });
});
