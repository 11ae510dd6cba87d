import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../types.js';
import { BUCKETS, MAX_FEATURES, latinScript, scratchFeatures } from './features.js';
import { segmentBounds } from './segments.js';
import { LatinNet, type LatinNetSection } from './latinNet.js';

/**
 * The trained classifier: one logistic model per category over hashed n-grams (multi-label),
 * int8 weights with a per-category scale, and a threshold per category calibrated on a held-out
 * validation split. Pure TypeScript, no native code; loaded on first use from `weights.json`
 * (what each class is, and the training report) and `weights.bin` (the raw int8 weights, one
 * block of BUCKETS bytes per class in the order of `classes`).
 */
export interface ClassWeights {
  category: Category;
  bias: number;
  scale: number;
  /** Threshold for text mostly in Han characters (and every text when `thresholdLatin` is absent). */
  threshold: number;
  /** Threshold for text mostly in Latin script (see features.ts `latinScript`). */
  thresholdLatin?: number;
}

export interface ModelFile {
  version: string;
  buckets: number;
  classes: ClassWeights[];
  /**
   * Segment scoring (segments.ts): each category's score is the highest over the whole text and
   * its segments. The thresholds were calibrated for the scoring named here; absent means off.
   */
  segments?: boolean;
  /**
   * The network for Latin-script text (latinNet.ts; trainer option `--latin-net`): when present,
   * Latin-script text is scored by it against its own thresholds; Han-script text as without it.
   */
  latinNet?: LatinNetSection;
  /** What it was trained on and how it scored (written by the trainer; see DATA.md). */
  report: Record<string, unknown>;
}

/** A model as written: the description and its weights, `classes.length × buckets` bytes. */
export interface ModelParts {
  file: ModelFile;
  weights: Uint8Array;
  /** The network's int8 first layer (`weights.latin.bin`) when `file.latinNet` is present. */
  latinWeights?: Uint8Array;
}

export interface ClassScore {
  category: Category;
  score: number;
  threshold: number;
}

interface LoadedClass {
  category: Category;
  bias: number;
  scale: number;
  threshold: number;
  thresholdLatin: number;
  weights: Int8Array;
}

export const WEIGHTS_PATH = join(dirname(fileURLToPath(import.meta.url)), 'weights.json');
export const WEIGHTS_BIN_PATH = WEIGHTS_PATH.replace(/\.json$/, '.bin');

/** Where the network's first layer sits beside a model's `.bin` file. */
export function latinBinPath(binPath: string): string {
  return binPath.replace(/\.bin$/, '') + '.latin.bin';
}

/** Scores for one text, from a loaded model. */
export class Classifier {
  /** The weights laid out bucket by bucket (all classes of one bucket side by side): one text's
   * features then read one cache line each instead of one per class. */
  private readonly interleaved: Int8Array;
  /** One bit per bucket: set when some class has a non-zero weight there (about a third are). */
  private readonly nonZero: Uint32Array;
  /** Per class, the sum of its int8 weights over a text's features: exact in 32 bits (≤ 2^14 × 127). */
  private readonly sums: Int32Array;
  /** The same for one segment, and per class the highest logit so far. */
  private readonly segmentSums: Int32Array;
  private readonly logits: Float64Array;
  /** The whole text's distinct features met so far across segments (a bit each), and their list. */
  private readonly wholeSeen = new Uint32Array(BUCKETS >>> 5);
  private readonly wholeList = new Int32Array(MAX_FEATURES);
  /** The network's probabilities (CATEGORIES order), and each class's index among them. */
  private readonly netScores = new Float64Array(CATEGORIES.length);
  private readonly netIndex: Int32Array;

  private constructor(
    readonly version: string,
    private readonly classes: LoadedClass[],
    /** Segment scoring on (see ModelFile `segments`). */
    readonly segments = false,
    /** The network for Latin-script text, when the model file has one. */
    private readonly latinNet?: LatinNet,
  ) {
    const n = classes.length;
    this.netIndex = Int32Array.from(classes, (c) => CATEGORIES.indexOf(c.category));
    this.interleaved = new Int8Array(n * BUCKETS);
    this.nonZero = new Uint32Array(BUCKETS >>> 5);
    classes.forEach((c, k) => {
      for (let b = 0; b < BUCKETS; b++) {
        const w = c.weights[b] as number;
        this.interleaved[b * n + k] = w;
        if (w !== 0) this.nonZero[b >>> 5] = (this.nonZero[b >>> 5] as number) | (1 << (b & 31));
      }
    });
    this.sums = new Int32Array(n);
    this.segmentSums = new Int32Array(n);
    this.logits = new Float64Array(n);
  }

  static fromParts(parts: ModelParts): Classifier {
    const { file, weights } = parts;
    if (file.buckets !== BUCKETS)
      throw new Error(`classifier: ${file.buckets} buckets, this build reads ${BUCKETS}`);
    if (weights.length !== file.classes.length * BUCKETS)
      throw new Error(
        `classifier: ${weights.length} weight bytes, want ${file.classes.length} × ${BUCKETS}; retrain with npm run guardrails:train`,
      );
    const classes = file.classes.map((c, i): LoadedClass => {
      if (!CATEGORIES.includes(c.category)) throw new Error(`classifier: unknown category ${c.category}`);
      const block = new Int8Array(weights.buffer, weights.byteOffset + i * BUCKETS, BUCKETS);
      const thresholdLatin = c.thresholdLatin ?? c.threshold;
      return {
        category: c.category,
        bias: c.bias,
        scale: c.scale,
        threshold: c.threshold,
        thresholdLatin,
        weights: block,
      };
    });
    let net: LatinNet | undefined;
    if (file.latinNet !== undefined) {
      if (parts.latinWeights === undefined) throw new Error('classifier: latinNet without its weights');
      net = LatinNet.fromParts(file.latinNet, parts.latinWeights);
    }
    return new Classifier(file.version, classes, file.segments === true, net);
  }

  static load(path = WEIGHTS_PATH, binPath = WEIGHTS_BIN_PATH): Classifier {
    const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
    const weights = readFileSync(binPath);
    if (file.latinNet === undefined) return Classifier.fromParts({ file, weights });
    return Classifier.fromParts({ file, weights, latinWeights: readFileSync(latinBinPath(binPath)) });
  }

  /** Whether Latin-script text is scored by the network (see ModelFile `latinNet`). */
  get hasLatinNet(): boolean {
    return this.latinNet !== undefined;
  }

  /**
   * Every category's probability for a normalised text (see features.ts); with segments on, the
   * highest over the whole text and its segments (segments.ts).
   */
  scores(normalised: string): ClassScore[] {
    const latin = latinScript(normalised);
    const bounds = this.segments ? segmentBounds(normalised) : undefined;
    if (latin && this.latinNet !== undefined) return this.netClassScores(this.latinNet, normalised, bounds);
    const z =
      bounds !== undefined && bounds.length > 2
        ? this.segmentLogits(normalised, bounds)
        : this.wholeLogits(normalised);
    return this.classes.map((c, k) => {
      const threshold = latin ? c.thresholdLatin : c.threshold;
      return { category: c.category, score: 1 / (1 + Math.exp(-(z[k] as number))), threshold };
    });
  }

  /**
   * The network's scores and thresholds; with segments on, each category's highest over the whole
   * text and its segments, as the linear model's (the whole text's features read afresh: the
   * network folds and counts its own buckets, so the linear model's union trick is not reused).
   */
  private netClassScores(
    net: LatinNet,
    normalised: string,
    bounds: readonly number[] | undefined,
  ): ClassScore[] {
    const into = this.netScores.fill(-Infinity);
    const whole = scratchFeatures(normalised);
    net.raise(whole.indices, whole.count, into);
    if (bounds !== undefined && bounds.length > 2)
      for (let s = 1; s < bounds.length; s++) {
        const { indices, count } = scratchFeatures(
          normalised,
          bounds[s - 1] ?? 0,
          bounds[s] ?? normalised.length,
        );
        net.raise(indices, count, into);
      }
    const index = this.netIndex;
    return this.classes.map((c, k) => {
      const i = index[k] as number;
      return { category: c.category, score: into[i] as number, threshold: net.thresholds[i] as number };
    });
  }

  private wholeLogits(normalised: string): Float64Array {
    const { indices: f, count } = scratchFeatures(normalised);
    const n = this.classes.length;
    const w = this.interleaved;
    const nonZero = this.nonZero;
    const sums = this.sums.fill(0);
    // Integer sums, so the order and the all-zero buckets skipped change nothing in the score.
    for (let i = 0; i < count; i++) {
      const b = f[i] as number;
      if (((nonZero[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
      const base = b * n;
      for (let k = 0; k < n; k++) sums[k] = (sums[k] as number) + (w[base + k] as number);
    }
    return this.toLogits(sums, count, this.logits.fill(-Infinity));
  }

  /**
   * Per class the highest logit over the segments and the whole text. Each segment's features are
   * read once: a bucket's weights go to the segment's sums, and to the whole text's the first time
   * the bucket is met (the whole text's features are the union of its segments', segments.ts).
   */
  private segmentLogits(normalised: string, bounds: readonly number[]): Float64Array {
    const n = this.classes.length;
    const w = this.interleaved;
    const nonZero = this.nonZero;
    const seen = this.wholeSeen;
    const list = this.wholeList;
    const whole = this.sums.fill(0);
    const segment = this.segmentSums;
    const logits = this.logits.fill(-Infinity);
    let wholeCount = 0;
    for (let s = 1; s < bounds.length; s++) {
      const from = bounds[s - 1] ?? 0;
      const to = bounds[s] ?? normalised.length;
      const { indices: f, count } = scratchFeatures(normalised, from, to);
      segment.fill(0);
      for (let i = 0; i < count; i++) {
        const b = f[i] as number;
        const word = b >>> 5;
        const bit = 1 << (b & 31);
        // The whole text keeps its first MAX_FEATURES distinct features, as `scratchFeatures` does.
        const first = ((seen[word] as number) & bit) === 0 && wholeCount < list.length;
        if (first) {
          seen[word] = (seen[word] as number) | bit;
          list[wholeCount++] = b;
        }
        if (((nonZero[word] as number) & bit) === 0) continue;
        const base = b * n;
        for (let k = 0; k < n; k++) {
          const v = w[base + k] as number;
          segment[k] = (segment[k] as number) + v;
          if (first) whole[k] = (whole[k] as number) + v;
        }
      }
      this.toLogits(segment, count, logits);
    }
    for (let i = 0; i < wholeCount; i++) seen[(list[i] as number) >>> 5] = 0;
    return this.toLogits(whole, wholeCount, logits);
  }

  /** Raises each class's logit in `into` to this bag's when higher. */
  private toLogits(sums: Int32Array, count: number, into: Float64Array): Float64Array {
    const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
    this.classes.forEach((c, k) => {
      const z = c.bias + (sums[k] as number) * c.scale * norm;
      if (z > (into[k] as number)) into[k] = z;
    });
    return into;
  }

  /** The highest-scoring category over its threshold, or undefined. */
  verdict(normalised: string): { top: ClassScore; flagged?: ClassScore } {
    const all = this.scores(normalised);
    let top = all[0] as ClassScore;
    let flagged: ClassScore | undefined;
    for (const s of all) {
      if (s.score - s.threshold > top.score - top.threshold) top = s;
      if (s.score >= s.threshold && (!flagged || s.score - s.threshold > flagged.score - flagged.threshold))
        flagged = s;
    }
    return flagged ? { top, flagged } : { top };
  }
}

let shared: Classifier | null | undefined;

/** The committed model, loaded on first use; null when the weights file is missing or bad. */
export function sharedClassifier(): Classifier | null {
  if (shared === undefined) {
    try {
      shared = Classifier.load();
    } catch {
      shared = null;
    }
  }
  return shared;
}
