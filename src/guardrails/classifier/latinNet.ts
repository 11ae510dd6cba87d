import { CATEGORIES } from '../types.js';
import { BUCKETS } from './features.js';

/**
 * The network for Latin-script text (an option of the trainer, `--latin-net`; DATA.md "Model and
 * training"): beside the linear model, which keeps Han-script text. The classifier's hashed
 * features folded into `buckets` (f & (buckets − 1), each folded bucket once), normalised by
 * 1/√(distinct folded buckets) as the linear model's, into `hidden` ReLU units and one sigmoid
 * output per category (CATEGORIES order).
 *
 * Stored as: the first layer int8 in `weights.latin.bin`, `buckets × hidden` bytes, bucket-major
 * (one bucket's `hidden` weights side by side, so one feature reads one short run), with one
 * scale per hidden unit (its largest |weight| / 127: a unit with small weights keeps its
 * resolution); b1, w2 (categories × hidden, category-major) and b2 as float32 values in the
 * `latinNet` section of weights.json. The first layer's sums are exact integers, so the order of
 * the features changes nothing in the score.
 */
export interface LatinNetSection {
  version: string;
  buckets: number;
  hidden: number;
  /** Per hidden unit, the step of its int8 first-layer weights. */
  scales: number[];
  b1: number[];
  /** categories × hidden, category-major, CATEGORIES order. */
  w2: number[];
  b2: number[];
  /** Latin-script threshold per category, CATEGORIES order (calibrated on this network's scores). */
  thresholds: number[];
}

export const LATIN_NET_BUCKETS = 1 << 16;
export const LATIN_NET_HIDDEN = 32;

/** The network in float32 (as trained), first layer bucket-major like the file. */
export interface FloatNet {
  buckets: number;
  hidden: number;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The float forward pass over already folded, distinct buckets (training's and the reference for
 * the int8 one): `h` receives the hidden activations, `out` the categories' probabilities.
 */
export function floatForward(net: FloatNet, folded: Int32Array, h: Float32Array, out: Float64Array): void {
  const H = net.hidden;
  const norm = folded.length > 0 ? 1 / Math.sqrt(folded.length) : 0;
  h.set(net.b1);
  for (const i of folded) {
    const o = i * H;
    for (let j = 0; j < H; j++) h[j] = (h[j] as number) + (net.w1[o + j] as number) * norm;
  }
  for (let j = 0; j < H; j++) if ((h[j] as number) < 0) h[j] = 0;
  for (let c = 0; c < out.length; c++) {
    let z = net.b2[c] as number;
    for (let j = 0; j < H; j++) z += (net.w2[c * H + j] as number) * (h[j] as number);
    out[c] = sigmoid(z);
  }
}

/** Distinct buckets of `f` folded into `buckets` (a power of two), in order of first appearance. */
export function foldFeatures(f: Int32Array, buckets: number): Int32Array {
  return Int32Array.from(new Set(Array.from(f, (i) => i & (buckets - 1))));
}

/** The first layer quantised: int8 bytes (bucket-major) and a scale per hidden unit. */
export function quantiseNet(net: FloatNet): { bytes: Int8Array; scales: number[] } {
  const H = net.hidden;
  const max = new Float64Array(H);
  for (let k = 0; k < net.w1.length; k++) {
    const j = k % H;
    max[j] = Math.max(max[j] as number, Math.abs(net.w1[k] as number));
  }
  const scales = Array.from(max, (m) => (m > 0 ? m / 127 : 1));
  const bytes = new Int8Array(net.w1.length);
  for (let k = 0; k < bytes.length; k++)
    bytes[k] = Math.round((net.w1[k] as number) / (scales[k % H] as number));
  return { bytes, scales };
}

/** Scores Latin-script text with the int8 network; scratch buffers only, nothing per call. */
export class LatinNet {
  private readonly q: Int8Array;
  private readonly scales: Float64Array;
  private readonly b1: Float32Array;
  private readonly w2: Float32Array;
  private readonly b2: Float32Array;
  private readonly hidden: number;
  private readonly mask: number;
  /** Per category its Latin-script threshold. */
  readonly thresholds: Float64Array;
  /** A bit per folded bucket met in the current bag, and the bag's list (cleared after each). */
  private readonly seen: Uint32Array;
  private readonly list: Int32Array;
  private readonly sums: Int32Array;
  private readonly h: Float64Array;

  private constructor(
    readonly section: LatinNetSection,
    bytes: Int8Array,
  ) {
    const { buckets, hidden } = section;
    this.q = bytes;
    this.hidden = hidden;
    this.mask = buckets - 1;
    this.scales = Float64Array.from(section.scales);
    this.b1 = Float32Array.from(section.b1);
    this.w2 = Float32Array.from(section.w2);
    this.b2 = Float32Array.from(section.b2);
    this.thresholds = Float64Array.from(section.thresholds);
    this.seen = new Uint32Array(Math.max(1, buckets >>> 5));
    this.list = new Int32Array(buckets);
    this.sums = new Int32Array(hidden);
    this.h = new Float64Array(hidden);
  }

  static fromParts(section: LatinNetSection, bytes: Uint8Array): LatinNet {
    const { buckets, hidden } = section;
    const C = CATEGORIES.length;
    if (buckets <= 0 || buckets > BUCKETS || (buckets & (buckets - 1)) !== 0)
      throw new Error(`latin net: ${buckets} buckets, want a power of two up to ${BUCKETS}`);
    if (bytes.length !== buckets * hidden)
      throw new Error(`latin net: ${bytes.length} bytes, want ${buckets} × ${hidden}`);
    const lengths: [string, number, number][] = [
      ['scales', section.scales.length, hidden],
      ['b1', section.b1.length, hidden],
      ['w2', section.w2.length, C * hidden],
      ['b2', section.b2.length, C],
      ['thresholds', section.thresholds.length, C],
    ];
    for (const [name, got, want] of lengths)
      if (got !== want) throw new Error(`latin net: ${name} has ${got} values, want ${want}`);
    return new LatinNet(section, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  }

  /**
   * Raises each category's probability in `into` (CATEGORIES order) to this bag's when higher:
   * `f[0, count)` are the classifier's features of one text or segment (features.ts), folded here.
   */
  raise(f: Int32Array, count: number, into: Float64Array): Float64Array {
    const H = this.hidden;
    const seen = this.seen;
    const list = this.list;
    const q = this.q;
    const sums = this.sums.fill(0);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const b = (f[i] as number) & this.mask;
      const word = b >>> 5;
      const bit = 1 << (b & 31);
      if (((seen[word] as number) & bit) !== 0) continue;
      seen[word] = (seen[word] as number) | bit;
      list[n++] = b;
      const o = b * H;
      for (let j = 0; j < H; j++) sums[j] = (sums[j] as number) + (q[o + j] as number);
    }
    for (let i = 0; i < n; i++) seen[(list[i] as number) >>> 5] = 0;
    const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
    const h = this.h;
    for (let j = 0; j < H; j++) {
      const v = (this.b1[j] as number) + (sums[j] as number) * (this.scales[j] as number) * norm;
      h[j] = v > 0 ? v : 0;
    }
    for (let c = 0; c < into.length; c++) {
      let z = this.b2[c] as number;
      for (let j = 0; j < H; j++) z += (this.w2[c * H + j] as number) * (h[j] as number);
      const p = sigmoid(z);
      if (p > (into[c] as number)) into[c] = p;
    }
    return into;
  }
}
