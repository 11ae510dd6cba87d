/**
 * 5-fold cross-validation of the learned distress scorer on the own data (every training
 * phrasing of distressTraining*.ts and the own sets ownSet7.ts and ownSet8.ts, pooled): each fold's scorer is
 * trained on the other four and scores its own fold. Prints recall and false alarms of the scorer
 * alone and combined with the rules, and the threshold that keeps out-of-fold false alarms on the
 * hard negatives at or under 1 %. Run: `npx tsx test/language/offline/care/kfoldCare.ts`.
 */
import { assessCareWith } from '../../../../src/language/offline/care/index.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import {
  DISTRESS_THRESHOLD,
  scoreWith,
  trainDistressModel,
  TRAINING,
} from '../../../../src/language/offline/care/distressModel.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from './ownSet7.js';
import { OWN8_DISTRESS, OWN8_ORDINARY } from './ownSet8.js';

const K = 5;
interface Item {
  text: string;
  y: 0 | 1;
  own7: boolean;
  fold: number;
  score: number;
  combined: boolean;
}

const items: Item[] = [
  ...TRAINING.positive.map((text) => ({ text, y: 1 as const, own7: false })),
  ...OWN7_DISTRESS.map((text) => ({ text, y: 1 as const, own7: true })),
  ...OWN8_DISTRESS.map((text) => ({ text, y: 1 as const, own7: true })),
  ...TRAINING.negative.map((text) => ({ text, y: 0 as const, own7: false })),
  ...OWN7_ORDINARY.map((text) => ({ text, y: 0 as const, own7: true })),
  ...OWN8_ORDINARY.map((text) => ({ text, y: 0 as const, own7: true })),
].map((it, i) => ({ ...it, fold: (i * 7919) % K, score: 0, combined: false }));

for (let fold = 0; fold < K; fold += 1) {
  const train = items.filter((it) => it.fold !== fold);
  const m = trainDistressModel(
    train.filter((it) => it.y === 1).map((it) => it.text),
    train.filter((it) => it.y === 0).map((it) => it.text),
  );
  const scorer = (compact: string): number => scoreWith(m, compact);
  for (const it of items.filter((x) => x.fold === fold)) {
    it.score = scorer(careText(it.text).compact);
    it.combined = assessCareWith(it.text, scorer).distress;
  }
}

const negScores = items
  .filter((it) => it.y === 0)
  .map((it) => it.score)
  .sort((a, b) => b - a);
const allowed = Math.floor(negScores.length * 0.01);
const fitted = (negScores[allowed] ?? 0) + 0.01;
console.log(
  `fitted threshold (≤ 1 % out-of-fold false alarms on ${negScores.length} hard negatives): ${fitted.toFixed(2)}; in use: ${DISTRESS_THRESHOLD}; ` +
    `scorer alone at the fitted threshold: recall ${items.filter((it) => it.y === 1 && it.score >= fitted).length}/${items.filter((it) => it.y === 1).length}`,
);

function pct(n: number, of: number): string {
  return `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;
}

function report(name: string, subset: readonly Item[]): void {
  const pos = subset.filter((it) => it.y === 1);
  const neg = subset.filter((it) => it.y === 0);
  const alone = (it: Item): boolean => it.score >= DISTRESS_THRESHOLD;
  console.log(
    `${name}: scorer alone recall ${pct(pos.filter(alone).length, pos.length)}, false alarms ${pct(neg.filter(alone).length, neg.length)}; ` +
      `rules + scorer recall ${pct(pos.filter((it) => it.combined).length, pos.length)}, false alarms ${pct(neg.filter((it) => it.combined).length, neg.length)}`,
  );
}

report(`${K}-fold, all own data`, items);
report(
  `${K}-fold, own sets 7 and 8 part`,
  items.filter((it) => it.own7),
);
report(
  `${K}-fold, training phrasings part`,
  items.filter((it) => !it.own7),
);
if (process.argv.includes('-v')) {
  for (const it of items.filter((x) => x.own7 && x.y === 1 && !x.combined))
    console.log(`  missed ${it.score.toFixed(2)} ${it.text}`);
  for (const it of items.filter((x) => x.y === 0 && x.combined))
    console.log(`  ALARM ${it.score.toFixed(2)} ${it.text}`);
}
