import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEARNED_BUCKETS, learnedFeatures } from './learnedFeatures.js';

/**
 * The learned distress scorer as committed: two linear models over the same hashed features
 * (learnedFeatures.ts), an L2-regularised logistic regression and a multinomial naive Bayes,
 * averaged after scaling each by the spread of its out-of-fold scores. Trained by
 * `npm run care:train` (learnedTrain.ts) on `training/care/*.tsv` and `distressTraining*.ts`.
 * `learnedWeights.json` holds the biases, scales, the mix and the threshold fitted for at most
 * 1 % out-of-fold false alarms; `learnedWeights.bin` the int8 weights of each model and a bitmap
 * of the features seen in training. Deterministic: same data and seed, same bytes, same scores.
 *
 * Scores are on the care scale: `LEARNED_BAR` (2.8) is the fitted threshold, one unit is one
 * spread of the naive Bayes scores, and a message with no known feature scores -Infinity.
 *
 *   learnedScorer()?.score(careText('药已经攒够了，这周以后不用再打了').compact) // >= LEARNED_BAR
 */
export const LEARNED_BAR = 2.8;

export interface LearnedMix {
  /** Share of the naive Bayes score in the average (the rest is the logistic regression's). */
  nbShare: number;
  /** Spreads (standard deviations) of the out-of-fold scores of each model. */
  lrSpread: number;
  nbSpread: number;
  /** The mixed score with at most 1 % out-of-fold false alarms on the ordinary items. */
  threshold: number;
}

export interface LearnedFile {
  version: string;
  buckets: number;
  lr: { bias: number; scale: number };
  nb: { prior: number; scale: number };
  mix: LearnedMix;
  /** Figures written by the trainer (counts, k-fold recall and false alarms). */
  report: Record<string, unknown>;
}

/** The weights of one scorer: int8 when loaded, float while training. */
export interface LearnedWeights {
  lr: ArrayLike<number>;
  nb: ArrayLike<number>;
  /** One bit per bucket: the feature was seen in training (naive Bayes ignores the others). */
  known: Uint8Array;
}

export const LEARNED_JSON = join(dirname(fileURLToPath(import.meta.url)), 'learnedWeights.json');
export const LEARNED_BIN = LEARNED_JSON.replace(/\.json$/, '.bin');
const BITMAP = LEARNED_BUCKETS / 8;

export class LearnedScorer {
  constructor(
    readonly file: LearnedFile,
    private readonly w: LearnedWeights,
  ) {}

  /** Reads the committed files; throws when they are missing or do not match this build. */
  static load(json = LEARNED_JSON, bin = LEARNED_BIN): LearnedScorer {
    const file = JSON.parse(readFileSync(json, 'utf8')) as LearnedFile;
    const raw = readFileSync(bin);
    if (file.buckets !== LEARNED_BUCKETS || raw.byteLength !== 2 * LEARNED_BUCKETS + BITMAP)
      throw new Error(
        `care model: ${raw.byteLength} bytes for ${file.buckets} buckets, this build reads ${LEARNED_BUCKETS}; retrain with npm run care:train`,
      );
    const at = (offset: number, length: number): Int8Array =>
      new Int8Array(raw.buffer, raw.byteOffset + offset, length);
    return new LearnedScorer(file, {
      lr: at(0, LEARNED_BUCKETS),
      nb: at(LEARNED_BUCKETS, LEARNED_BUCKETS),
      known: new Uint8Array(raw.buffer, raw.byteOffset + 2 * LEARNED_BUCKETS, BITMAP),
    });
  }

  /** The score of one compact care text (see `careText`) on the care scale. */
  score(compact: string): number {
    return this.scoreOf(learnedFeatures(compact));
  }

  /** The score of a hashed feature set on the care scale. */
  scoreOf(f: Int32Array): number {
    const { lr, nb } = this.partsOf(f);
    if (nb === -Infinity) return -Infinity;
    const { mix } = this.file;
    const mixed = ((1 - mix.nbShare) * lr) / mix.lrSpread + (mix.nbShare * nb) / mix.nbSpread;
    return LEARNED_BAR + (mixed - mix.threshold) * mix.nbSpread;
  }

  /**
   * Each model's own score: the logistic regression's logit (features averaged over the square
   * root of their number) and the naive Bayes log-odds over the square root of the number of
   * known features (-Infinity when none is known).
   */
  partsOf(f: Int32Array): { lr: number; nb: number } {
    const { lr, nb } = this.file;
    let lrSum = 0;
    let nbSum = 0;
    let known = 0;
    for (const i of f) {
      lrSum += this.w.lr[i] ?? 0;
      if (((this.w.known[i >> 3] ?? 0) & (1 << (i & 7))) !== 0) {
        nbSum += this.w.nb[i] ?? 0;
        known += 1;
      }
    }
    return {
      lr: lr.bias + (lrSum * lr.scale) / Math.sqrt(Math.max(f.length, 1)),
      nb: known === 0 ? -Infinity : (nb.prior + nbSum * nb.scale) / Math.sqrt(known),
    };
  }
}

let shared: LearnedScorer | null | undefined;

/** The committed model, loaded on first use; null when its files are missing or unreadable. */
export function learnedScorer(): LearnedScorer | null {
  if (shared === undefined) {
    try {
      shared = LearnedScorer.load();
    } catch {
      shared = null;
    }
  }
  return shared;
}
