import { describeCheckSet } from './checkSetFigures.js';

/**
 * Own check set S16 (check-s16.json, issue 14): the classes named from outside round S15 half a's
 * misses and the known leftovers: a means put away at hand with a plea to stop calling a relative;
 * threatened by a partner over the debt and hiding; a cut bleeding now, told in fragments; at a
 * bridge, a river or a roof told as a scene with a reproach at the callers; "by the time you read
 * this"; an apology passed on to a relative, with "I'm done"; death preferred to the debt itself.
 * Three distress and three hard near misses per class and language, in new wording (Cantonese,
 * traditional characters, pinyin, an older person's formal letter, chat spelling), written before
 * a rule changed. Measured once at the start (84eb120): zh 12/21, en 13/21 caught; false alarms
 * zh 1/21, en 0/21. Once after the round-24 rules: zh 21/21, en 21/21; false alarms zh 0/21, en
 * 0/21. One change came after that run and was seen on this set: the threat "gonna kill me" is no
 * longer read when followed by "when he sees" (it set a near miss's check-in going, not a
 * verdict). The floor is the final figure less one for the scorer's drift.
 */
describeCheckSet({
  name: 'S16',
  file: 'check-s16.json',
  size: { distress: 21, ordinary: 21 },
  floor: { zh: 20, en: 20, alarms: 1 },
});
