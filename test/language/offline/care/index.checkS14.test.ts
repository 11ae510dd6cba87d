import { describeCheckSet } from './checkSetFigures.js';

/**
 * Own check set S14 (check-s14.json, issue 14): the classes named from the wording of round S14
 * half a's misses (self-harm told as the only relief from the debt; a means at hand and the
 * decision not yet made, in traditional characters too; going to a parent or partner who died;
 * words of ending in pinyin or in internet codes; a method set up and told obliquely, an engine in
 * a closed garage, gas, a hose; a lethal dose or a height looked up; becoming one of the numbers
 * of those who died over debt), written in new phrasings before a rule changed: three distress
 * and three hard near misses per class and language. Measured once at the start (main 5c4789e):
 * zh 17/21, en 16/21 caught; false alarms zh 0/21, en 1/21 (codedWords). Once after the round-22
 * rules (through the care test run): zh 21/21, en 21/21; false alarms zh 0/21, en 1/21. Never
 * fitted. The floor is the final figure less one for the scorer's drift.
 */
describeCheckSet({
  name: 'S14',
  file: 'check-s14.json',
  size: { distress: 21, ordinary: 21 },
  floor: { zh: 20, en: 20, alarms: 1 },
});
