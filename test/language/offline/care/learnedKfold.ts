/**
 * Figures of the learned distress scorer (learnedModel.ts), for training/care/DATA.md:
 * 1. 5-fold cross-validation over its training items (training/care/*.tsv and the lists of
 *    distressTraining*.ts): each fold's models are trained on the other four; the mix and the
 *    threshold are fitted on the pooled out-of-fold scores (at most 1 % false alarms). Recall and
 *    false alarms of the scorer alone and of the whole care check (rules + that fold's scorer),
 *    with check-ins, by language and by class.
 * 2. The committed model on every set in this folder, none of them trained on: the own sets
 *    (the rules were tuned on them) and the seen outside rounds 1-8 (rounds 7 and 8 were run once
 *    for this model: seen, not trained on, not tuned on).
 * Run: `npx tsx test/language/offline/care/learnedKfold.ts` (`-v` lists the misses by class,
 * `--kfold-only` stops after part 1).
 */
import { assessCare, assessCareWith } from '../../../../src/language/offline/care/index.js';
import { careTrainingItems } from '../../../../src/language/offline/care/learnedData.js';
import { learnedScorer } from '../../../../src/language/offline/care/learnedModel.js';
import {
  fit,
  fitThreshold,
  LEARNED_DEFAULTS,
  mixedScores,
  mixOf,
  scorerOf,
  vectorise,
} from '../../../../src/language/offline/care/learnedTrain.js';
import type { LearnedScorer } from '../../../../src/language/offline/care/learnedModel.js';
import { DISTRESS_THRESHOLD } from '../../../../src/language/offline/care/distressModel.js';
import { CARE_SETS } from './careSets.js';

const verbose = process.argv.includes('-v');
const pct = (n: number, of: number): string => `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;

const items = careTrainingItems();
const rows = vectorise(items);
const K = LEARNED_DEFAULTS.folds;
const fits = Array.from({ length: K }, (_, k) => fit(rows.filter((r) => r.fold !== k)));
const oof = { lr: new Float64Array(rows.length), nb: new Float64Array(rows.length) };
rows.forEach((r, i) => {
  const p = scorerOf(fits[r.fold] ?? fits[0]!).partsOf(r.f);
  oof.lr[i] = p.lr;
  oof.nb[i] = p.nb;
});
const mix = mixOf(oof, rows);
/** Recall of one out-of-fold score at its own bar for at most 1 % false alarms (an ablation). */
function atOnePercent(name: string, scores: Float64Array): void {
  const bar = fitThreshold(scores, rows, LEARNED_DEFAULTS.falseAlarm);
  const pos = rows.map((_, i) => i).filter((i) => rows[i]?.y === 1);
  const neg = rows.map((_, i) => i).filter((i) => rows[i]?.y === 0);
  const hit = (xs: number[]): number => xs.filter((i) => (scores[i] ?? -Infinity) >= bar).length;
  console.log(
    `${name} alone at its 1 % bar: ${pct(hit(pos), pos.length)}, false alarms ${pct(hit(neg), neg.length)}`,
  );
}
atOnePercent('logistic regression', oof.lr);
atOnePercent('naive Bayes', oof.nb);
atOnePercent('mix (the scorer)', mixedScores(oof, mix));
const scorers: LearnedScorer[] = fits.map((f) => scorerOf(f, mix));

interface Result {
  alone: boolean;
  care: boolean;
  heard: boolean;
}
const results: Result[] = items.map((it, i) => {
  const scorer = scorers[rows[i]?.fold ?? 0] as LearnedScorer;
  const a = assessCareWith(it.text, (compact) => scorer.score(compact));
  return {
    alone: scorer.scoreOf(rows[i]?.f ?? new Int32Array()) >= DISTRESS_THRESHOLD,
    care: a.distress,
    heard: a.distress || a.concern,
  };
});

console.log(`mix fitted on the out-of-fold scores: ${JSON.stringify(mix)}`);
function line(name: string, pick: (i: number) => boolean): void {
  const pos = items.map((_, i) => i).filter((i) => pick(i) && items[i]?.y === 1);
  const neg = items.map((_, i) => i).filter((i) => pick(i) && items[i]?.y === 0);
  const n = (xs: number[], f: (r: Result) => boolean): number =>
    xs.filter((i) => f(results[i] as Result)).length;
  console.log(
    `${name}: scorer alone ${pct(
      n(pos, (r) => r.alone),
      pos.length,
    )}, false alarms ${pct(
      n(neg, (r) => r.alone),
      neg.length,
    )}; ` +
      `rules + scorer ${pct(
        n(pos, (r) => r.care),
        pos.length,
      )} (with check-ins ${n(pos, (r) => r.heard)}), ` +
      `false alarms ${pct(
        n(neg, (r) => r.care),
        neg.length,
      )}, check-ins on ordinary ${n(neg, (r) => r.heard && !r.care)}`,
  );
}
line(`${K}-fold, all training items`, () => true);
line(`${K}-fold, zh`, (i) => items[i]?.lang === 'zh');
line(`${K}-fold, en`, (i) => items[i]?.lang === 'en');
line(`${K}-fold, training/care/*.tsv only`, (i) => items[i]?.cls !== 'legacy');
line(`${K}-fold, older lists only`, (i) => items[i]?.cls === 'legacy');
{
  const faint = items.map((_, i) => i).filter((i) => items[i]?.y === 0.5);
  console.log(
    `${K}-fold, faint signs (concern items): crisis reply ${faint.filter((i) => results[i]?.care).length}/${faint.length}, ` +
      `check-in ${faint.filter((i) => results[i]?.heard && !results[i]?.care).length}/${faint.length}`,
  );
}
const classes = [...new Set(items.filter((it) => it.y === 1).map((it) => it.cls))].sort();
console.log(
  'rules + scorer by distress class: ' +
    classes
      .map((c) => {
        const of = items.map((_, i) => i).filter((i) => items[i]?.cls === c && items[i]?.y === 1);
        return `${c} ${of.filter((i) => results[i]?.care).length}/${of.length}`;
      })
      .join(', '),
);
if (verbose) {
  items.forEach((it, i) => {
    if (it.y === 1 && !results[i]?.care) console.log(`  missed [${it.cls}] ${it.text}`);
    if (it.y === 0 && results[i]?.care) console.log(`  ALARM [${it.cls}] ${it.text}`);
  });
}

if (process.argv.includes('--kfold-only')) process.exit(0);
const committed = learnedScorer();
if (!committed) throw new Error('learnedWeights.json/.bin missing: run npm run care:train');
console.log(`committed model ${committed.file.version}: mix ${JSON.stringify(committed.file.mix)}`);
for (const set of CARE_SETS) {
  const alone = (t: string): boolean => assessCare(t).score >= DISTRESS_THRESHOLD;
  const caught = set.distress.filter((t) => assessCare(t).distress);
  const heard = set.distress.filter((t) => assessCare(t).distress || assessCare(t).concern);
  const alarms = set.ordinary.filter((t) => assessCare(t).distress);
  const checkIns = set.ordinary.filter((t) => !assessCare(t).distress && assessCare(t).concern);
  console.log(
    `${set.name}: distress ${caught.length}/${set.distress.length} (scorer alone ${set.distress.filter(alone).length}, with check-ins ${heard.length}); ` +
      `false alarms ${alarms.length}/${set.ordinary.length} (scorer alone ${set.ordinary.filter(alone).length}), check-ins ${checkIns.length}`,
  );
  if (verbose) for (const t of alarms) console.log(`   ALARM ${t}`);
}
