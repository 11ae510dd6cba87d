/**
 * The validation split of round S10 (not a blind set): how well the care check carries to wording
 * its scorer never saw. The scorer is trained on every training item except the classes named
 * (default: the `s10-*` classes of training/care/*-s10.tsv, written by warning-sign concept), its
 * mix and bar fitted by 5-fold on what it is trained on, and the whole check (rules + that scorer)
 * is run on the items left out: distress caught and false alarms on their hard negatives, by
 * language and by class. Feature and setting choices of round S10 were compared on this, never on
 * own blind S10. Run: `npx tsx test/language/offline/care/learnedTransfer.ts [class-prefix] [-v]`
 */
import { assessCareWith } from '../../../../src/language/offline/care/index.js';
import { careTrainingItems } from '../../../../src/language/offline/care/learnedData.js';
import {
  fit,
  kfold,
  LEARNED_DEFAULTS,
  mixOf,
  scorerOf,
  vectorise,
} from '../../../../src/language/offline/care/learnedTrain.js';
import { DISTRESS_THRESHOLD } from '../../../../src/language/offline/care/distressModel.js';

const prefix = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 's10-';
/** Settings to compare (`--nbShare=0.3 --l2=0.003`), the committed ones by default. */
const o = { ...LEARNED_DEFAULTS };
for (const a of process.argv.slice(2)) {
  const m = /^--(\w+)=([\d.e-]+)$/.exec(a);
  if (m?.[1] && m[1] in o) Object.assign(o, { [m[1]]: Number(m[2]) });
}
const verbose = process.argv.includes('-v');
const items = careTrainingItems();
const held = items.filter((it) => it.cls.startsWith(prefix));
const kept = items.filter((it) => !it.cls.startsWith(prefix));
const rows = vectorise(kept);
const scorer = scorerOf(fit(rows, o), mixOf(kfold(rows, o), rows, o));
const judged = held.map((it) => {
  const a = assessCareWith(it.text, (c) => scorer.score(c));
  return { it, care: a.distress, alone: a.score >= DISTRESS_THRESHOLD, heard: a.distress || a.concern };
});

function line(name: string, pick: (j: (typeof judged)[number]) => boolean): void {
  const of = judged.filter(pick);
  const pos = of.filter((j) => j.it.y === 1);
  const neg = of.filter((j) => j.it.y === 0);
  const n = <T>(xs: T[], f: (x: T) => boolean): number => xs.filter(f).length;
  console.log(
    `${name}: whole check ${n(pos, (j) => j.care)}/${pos.length} (scorer alone ${n(pos, (j) => j.alone)}, heard ${n(pos, (j) => j.heard)}), ` +
      `false alarms ${n(neg, (j) => j.care)}/${neg.length} (scorer alone ${n(neg, (j) => j.alone)})`,
  );
}
console.log(`trained on ${kept.length} items, validated on ${held.length} (classes ${prefix}*)`);
line('all', () => true);
line('zh', (j) => j.it.lang === 'zh');
line('en', (j) => j.it.lang === 'en');
const classes = [...new Set(held.map((it) => it.cls))].sort();
console.log(
  classes
    .map((c) => {
      const pos = judged.filter((j) => j.it.cls === c && j.it.y === 1);
      const neg = judged.filter((j) => j.it.cls === c && j.it.y === 0);
      return `${c} ${pos.filter((j) => j.care).length}/${pos.length} (fa ${neg.filter((j) => j.care).length})`;
    })
    .join(', '),
);
if (verbose)
  for (const j of judged) {
    if (j.it.y === 1 && !j.care) console.log(`  missed [${j.it.cls}] ${j.it.text}`);
    if (j.it.y === 0 && j.care) console.log(`  ALARM [${j.it.cls}] ${j.it.text}`);
  }
