import { describeCheckSet } from './checkSetFigures.js';

/**
 * Own check set S13 (check-s13.json, issue 14): the classes named from the wording of round S13
 * half a's misses (dialect — Cantonese, Sichuanese, north-eastern, Taiwanese Mandarin, Nigerian
 * pidgin, Indian and Scots English; a threat to go off an everyday high place on one's route if
 * the chase goes on; a means by transport, a train, a lorry, the wheel; a note written and a
 * question about the card for the family who will close it) and two neighbouring classes the
 * writer did not cover (poison at hand, pesticide, bleach, an overdose told; ending weighed
 * against paying), written in new phrasings before a rule changed, six distress and six hard near
 * misses per class. Measured once at the start commit 1e5b7ec: zh 26/36, en 20/36 caught; false
 * alarms zh 2/36, en 1/36. Once in between (after the round-21 rules, before the retrain on
 * training/care/*-s13.tsv) and once after it, the same figures: zh 31/36, en 33/36; false alarms
 * zh 2/36, en 1/36. Never fitted. The floor is the final figure less one for the scorer's drift.
 */
describeCheckSet({
  name: 'S13',
  file: 'check-s13.json',
  size: { distress: 36, ordinary: 36 },
  floor: { zh: 30, en: 32, alarms: 2 },
});
