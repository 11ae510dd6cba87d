import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/guardrails/types.js';
import { normalise } from '../../../src/guardrails/normalise.js';
import { Classifier, latinBinPath, type ModelParts } from '../../../src/guardrails/classifier/model.js';
import { features, latinScript } from '../../../src/guardrails/classifier/features.js';
import { segmentBounds } from '../../../src/guardrails/classifier/segments.js';
import {
  DEFAULT_TRAIN,
  fitAndCalibrate,
  toModelParts,
  vectorise,
} from '../../../src/guardrails/classifier/train.js';
import { DEFAULT_NET, toLatinNet, trainNet } from '../../../src/guardrails/classifier/latinNetTrain.js';
import { hanItems, toyItems } from '../../support/latinNetToy.js';

const C = CATEGORIES.length;
const rows = vectorise([...toyItems(), ...hanItems()]);
const linear = toModelParts(fitAndCalibrate(rows, { ...DEFAULT_TRAIN, folds: 2 }), 'v', {});
const thresholds = CATEGORIES.map((_, c) => 0.5 + c / 100);
const net = toLatinNet(
  trainNet(
    rows.filter((r) => r.script === 1),
    { ...DEFAULT_NET, buckets: 4096, hidden: 8, epochs: 20 },
  ),
  thresholds,
  'n',
);
const withNet = (segments: boolean): ModelParts => ({
  file: { ...linear.file, segments, latinNet: net.section },
  weights: linear.weights,
  latinWeights: net.bytes,
});
const plain = (segments: boolean): ModelParts => ({
  file: { ...linear.file, segments },
  weights: linear.weights,
});
const text = (s: string): string => normalise(s).text;

const HAN = [text('再不还钱我们就去你家找你，你这个废物。'), text('您好，请通过手机银行查看本期账单。')];
const LATIN = text('Dear customer, you pathetic loser, we will visit your house. Please see your statement.');
const dir = mkdtempSync(join(tmpdir(), 'latnet28-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The network's probabilities for a bag of features (what the classifier should report). */
function netScores(...bags: Int32Array[]): number[] {
  const into = new Float64Array(C).fill(-Infinity);
  for (const f of bags) net.model.raise(f, f.length, into);
  return Array.from(into);
}

describe('the classifier with a network for Latin-script text', () => {
  it('scores Han-script text exactly as without the network', () => {
    for (const segments of [false, true]) {
      const a = Classifier.fromParts(plain(segments));
      const b = Classifier.fromParts(withNet(segments));
      expect(b.hasLatinNet).toBe(true);
      expect(a.hasLatinNet).toBe(false);
      for (const t of HAN) {
        expect(latinScript(t)).toBe(false);
        expect(b.scores(t)).toEqual(a.scores(t));
        expect(b.verdict(t)).toEqual(a.verdict(t));
      }
    }
  });

  it('scores Latin-script text by the network against its thresholds', () => {
    const clf = Classifier.fromParts(withNet(false));
    const got = clf.scores(LATIN);
    expect(got.map((s) => s.category)).toEqual([...CATEGORIES]);
    expect(got.map((s) => s.score)).toEqual(netScores(features(LATIN)));
    expect(got.map((s) => s.threshold)).toEqual(net.section.thresholds);
    expect(net.section.thresholds[7]).toBeCloseTo(thresholds[7] as number, 6);
    expect(clf.scores(LATIN)).toEqual(got);
  });

  it('with segments on, takes the highest over the whole text and each segment', () => {
    const bounds = segmentBounds(LATIN);
    expect(bounds.length).toBeGreaterThan(2);
    const bags = [features(LATIN)];
    for (let s = 1; s < bounds.length; s++) bags.push(features(LATIN.slice(bounds[s - 1], bounds[s])));
    const got = Classifier.fromParts(withNet(true)).scores(LATIN);
    expect(got.map((s) => s.score)).toEqual(netScores(...bags));
  });

  it('loads weights.json with latinNet and weights.latin.bin, and without them as before', () => {
    const parts = withNet(false);
    const json = join(dir, 'weights.json');
    const bin = join(dir, 'weights.bin');
    writeFileSync(bin, parts.weights);
    writeFileSync(json, JSON.stringify(plain(false).file));
    const before = Classifier.load(json, bin);
    expect(before.hasLatinNet).toBe(false);
    expect(before.scores(LATIN)).toEqual(Classifier.fromParts(plain(false)).scores(LATIN));
    writeFileSync(json, JSON.stringify(parts.file));
    expect(() => Classifier.load(json, bin)).toThrow();
    writeFileSync(latinBinPath(bin), net.bytes);
    const loaded = Classifier.load(json, bin);
    expect(loaded.hasLatinNet).toBe(true);
    expect(loaded.scores(LATIN)).toEqual(Classifier.fromParts(parts).scores(LATIN));
    for (const t of HAN) expect(loaded.scores(t)).toEqual(before.scores(t));
  });
});
