import { careText } from './careNormalise.js';
import { careFeatures as features } from './learnedFeatures.js';
import { LEARNED_BAR, learnedScorer } from './learnedModel.js';
import { DISTRESS_NEGATIVE, DISTRESS_POSITIVE } from './distressTraining.js';
import { CLASS_NEGATIVE, CLASS_POSITIVE } from './distressTrainingClasses.js';
import { MORE_NEGATIVE, MORE_POSITIVE } from './distressTrainingMore.js';
import { STYLE_NEGATIVE, STYLE_POSITIVE } from './distressTrainingStyles.js';
import { REGISTER_NEGATIVE, REGISTER_POSITIVE } from './distressTrainingRegisters.js';
import { TALK_NEGATIVE } from './distressTrainingTalk.js';
import { ENDING_NEGATIVE, ENDING_POSITIVE } from './distressTrainingEndings.js';

/**
 * The distress score the care check reads (`distressScore`), and the naive Bayes that stands in
 * when the committed learned scorer (learnedModel.ts) cannot be loaded: multinomial, over
 * character n-grams and word classes (learnedFeatures.ts), trained on first use from the phrasings
 * in distressTraining*.ts.
 *
 *   distressScore('没人会在乎我是死是活') // > DISTRESS_THRESHOLD
 */

const ALPHA = 0.5;
/**
 * The decision bar on the care scale: the learned scorer's threshold fitted by 5-fold
 * cross-validation for at most 1 % out-of-fold false alarms on the ordinary items (its report in
 * learnedWeights.json; training/care/DATA.md). Rules in index.ts double it after hardship words
 * and treble it after negated words.
 */
export const DISTRESS_THRESHOLD = LEARNED_BAR;
/**
 * The concern band: below the decision threshold, a gentle check-in. Set above ordinary talk
 * that the word classes lift a little ("the weather has been odd lately" scores 1.6). Very short
 * messages ("算了", "唉") give the scorer too little to go on, so the band needs at least
 * CONCERN_MIN_FEATURES features.
 */
export const CONCERN_THRESHOLD = 1.7;
export const CONCERN_MIN_FEATURES = 6;

/** The features of one message: n-grams and word classes (see learnedFeatures.ts). */
export { careFeatures as features } from './learnedFeatures.js';

export interface Model {
  logRatio: Map<string, number>;
  prior: number;
}

function count(texts: readonly string[]): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of texts) {
    for (const f of features(careText(t).compact)) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      total += 1;
    }
  }
  return { counts, total };
}

/** Trains the scorer on two lists (exported for the k-fold run). */
export function trainDistressModel(positive: readonly string[], negative: readonly string[]): Model {
  const pos = count(positive);
  const neg = count(negative);
  const vocab = new Set([...pos.counts.keys(), ...neg.counts.keys()]);
  const posDen = pos.total + ALPHA * (vocab.size + 1);
  const negDen = neg.total + ALPHA * (vocab.size + 1);
  const logRatio = new Map<string, number>();
  for (const f of vocab) {
    const p = ((pos.counts.get(f) ?? 0) + ALPHA) / posDen;
    const n = ((neg.counts.get(f) ?? 0) + ALPHA) / negDen;
    logRatio.set(f, Math.log(p / n));
  }
  return { logRatio, prior: Math.log(positive.length / negative.length) };
}

/** Every training phrasing: positives and hard negatives. */
export const TRAINING = {
  positive: [
    ...DISTRESS_POSITIVE,
    ...MORE_POSITIVE,
    ...STYLE_POSITIVE,
    ...REGISTER_POSITIVE,
    ...CLASS_POSITIVE,
    ...ENDING_POSITIVE,
  ],
  negative: [
    ...DISTRESS_NEGATIVE,
    ...MORE_NEGATIVE,
    ...STYLE_NEGATIVE,
    ...TALK_NEGATIVE,
    ...REGISTER_NEGATIVE,
    ...CLASS_NEGATIVE,
    ...ENDING_NEGATIVE,
  ],
} as const;

let model: Model | undefined;

/**
 * The distress score of one compact care text (see `careText`): the committed learned scorer
 * (learnedModel.ts: logistic regression and naive Bayes over hashed n-grams and word classes,
 * trained by `npm run care:train` on training/care/ and the lists here), on a scale where
 * DISTRESS_THRESHOLD is its fitted bar. When its files are missing, the naive Bayes below,
 * trained on first use from these lists, stands in (the same scale only roughly).
 */
export function distressScore(compact: string): number {
  const learned = learnedScorer();
  if (learned) return learned.score(compact);
  model ??= trainDistressModel(TRAINING.positive, TRAINING.negative);
  return scoreWith(model, compact);
}

/** The score of one compact text under a given model. */
export function scoreWith(m: Model, compact: string): number {
  const known = features(compact).filter((f) => m.logRatio.has(f));
  if (known.length === 0) return -Infinity;
  let sum = 0;
  for (const f of known) sum += m.logRatio.get(f) ?? 0;
  return (sum + m.prior) / Math.sqrt(known.length);
}
