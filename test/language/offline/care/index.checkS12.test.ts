import { describeCheckSet } from './checkSetFigures.js';

/**
 * Own check set S12 (check-s12.json, issue 14): the classes named from the wording of round S12
 * half a's misses, written in new phrasings before a rule changed, with hard near misses per
 * class. Measured once at the start commit cb26621 (zh 23/32, en 26/32 caught; false alarms zh
 * 4/40, en 3/40) and after round 19 and the retrained scorer (zh 31/32, en 31/32; false alarms
 * 0/40 each); never fitted. A later fix for half a's last miss (a generic 人 followed by the
 * family who would pay, distressOrdinaryUse.ts) moved zh to 32/32, seen here. The floor is the
 * final figure less one for the scorer's drift.
 */
describeCheckSet({
  name: 'S12',
  file: 'check-s12.json',
  size: { distress: 32, ordinary: 40 },
  floor: { zh: 31, en: 30, alarms: 1 },
});
