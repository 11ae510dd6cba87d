import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/guardrails/types.js';
import { vectorise } from '../../../src/guardrails/classifier/train.js';
import { floatForward, foldFeatures, type FloatNet } from '../../../src/guardrails/classifier/latinNet.js';
import {
  DEFAULT_NET,
  scoreNetWide,
  toLatinNet,
  trainNet,
  type NetOptions,
} from '../../../src/guardrails/classifier/latinNetTrain.js';
import { toyItems } from '../../support/latinNetToy.js';

const C = CATEGORIES.length;
/** Small enough for a unit test (the shipped sizes are DEFAULT_NET's). */
const SMALL: NetOptions = { ...DEFAULT_NET, buckets: 4096, hidden: 8, epochs: 30 };
const train = vectorise(toyItems(0, 4));
const unseen = vectorise(toyItems(4));
const ones = new Array<number>(C).fill(1);

describe('the network for Latin-script text (trainer side)', () => {
  it('gives the same bytes when trained twice on the same rows', () => {
    const a = toLatinNet(trainNet(train, SMALL), ones, 'v');
    const b = toLatinNet(trainNet(train, SMALL), ones, 'v');
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(JSON.stringify(a.section)).toBe(JSON.stringify(b.section));
    expect(a.bytes.length).toBe(SMALL.buckets * SMALL.hidden);
  });

  it('scores with its int8 first layer as the float network within 0.02 (as dequantised: 1e-6)', () => {
    const net = trainNet(train, SMALL);
    const { model, section, bytes } = toLatinNet(net, ones, 'v');
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const dequantised: FloatNet = {
      ...net,
      w1: Float32Array.from(q, (v, k) => v * (section.scales[k % net.hidden] as number)),
    };
    const h = new Float32Array(net.hidden);
    const float = new Float64Array(C);
    const asFile = new Float64Array(C);
    let worst = 0;
    let worstFile = 0;
    for (const row of [...train, ...unseen]) {
      const int8 = scoreNetWide(model, row).slice(C);
      const folded = foldFeatures(row.f, net.buckets);
      floatForward(net, folded, h, float);
      floatForward(dequantised, folded, h, asFile);
      for (let c = 0; c < C; c++) {
        worst = Math.max(worst, Math.abs((int8[c] as number) - (float[c] as number)));
        worstFile = Math.max(worstFile, Math.abs((int8[c] as number) - (asFile[c] as number)));
      }
    }
    expect(worst).toBeLessThan(0.02);
    expect(worstFile).toBeLessThan(1e-6);
  });

  it('fits its training rows, and puts most toy sentences it never saw in their category', () => {
    const { model } = toLatinNet(trainNet(train, SMALL), ones, 'v');
    const right = (row: (typeof train)[number]): boolean => {
      const scores = scoreNetWide(model, row).slice(C);
      const top = Math.max(...scores);
      return row.y >= 0 ? scores.indexOf(top) === row.y && top >= 0.5 : top < 0.5;
    };
    expect(train.filter((r) => !right(r)).map((r) => r.item.text)).toEqual([]);
    // Not all: 21 of 24 at this seed and size (frames it never saw move a few sentences; the toy
    // set is too small to promise more).
    expect(unseen.filter(right).length).toBeGreaterThanOrEqual(20);
  });
});
