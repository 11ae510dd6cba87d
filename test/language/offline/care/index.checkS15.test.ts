import { describeCheckSet } from './checkSetFigures.js';

/**
 * Own check set S15 (check-s15.json, issue 14): the classes named from an outside round's blind
 * half (measured, now closed): not being here after tonight and the debt chasing the family
 * (Cantonese too); life insurance if one's own death looks like an accident; going to sleep and
 * not waking up to spare everyone, said with lol or 🙃; 逼死人 said of a fee with a complaint; an
 * idiom of annoyance about calls. Five distress and five hard near misses per class and
 * language, written before a rule changed. Measured once at the start (main 5fbff73): zh 17/25,
 * en 14/25 caught; false alarms zh 5/25, en 2/25. Once after the round-23 rules: zh 25/25, en
 * 22/25; false alarms zh 0/25, en 1/25. Honestly told: the first run after the rules (zh 22/25,
 * en 21/25) led to three fixes seen on this set (Cantonese 唔喺度 normalised to 不在这里, 身故险
 * read as insurance, the insurance class read as `indirect` so "accident" is not explained away),
 * so the final figures are partly fitted; a fresh set measures the classes next round. The floor
 * is the final figure less one for the scorer's drift.
 */
describeCheckSet({
  name: 'S15',
  file: 'check-s15.json',
  size: { distress: 25, ordinary: 25 },
  floor: { zh: 24, en: 21, alarms: 2 },
});
