import { describe, expect, it } from 'vitest';
import { BUCKETS, features, rangeFeatures } from '../../../src/guardrails/classifier/features.js';
import { Classifier, type ModelFile } from '../../../src/guardrails/classifier/model.js';
import { segmentBounds, unitsIn } from '../../../src/guardrails/classifier/segments.js';
import { Random } from '../../../src/guardrails/classifier/random.js';
import { scoreWide, vectorise, type Linear } from '../../../src/guardrails/classifier/train.js';
import { CATEGORIES } from '../../../src/guardrails/index.js';
import { normalise } from '../../../src/guardrails/normalise.js';

const pieces = (text: string): string[] => {
  const b = segmentBounds(text);
  return b.slice(1).map((end, s) => text.slice(b[s], end));
};

const LONG = [
  '您好!请于本月10日前还款。否则我们会联系您的家人;谢谢?',
  'hi john. your balance is $3.50! pay at www.bank.com today.\nwe will call your boss; ok?',
  '尊敬的客户,您的账单已出。如有疑问请致电客服。我们不会上门,也不会联系您的单位。',
  'we will never visit your home. we will tell your employer; and your mother!!! ok',
];

describe('segments', () => {
  it('splits after sentence marks and line breaks, keeping decimals and addresses whole', () => {
    expect(pieces(LONG[0] as string)).toEqual(['您好!请于本月10日前还款。', '否则我们会联系您的家人;谢谢?']);
    expect(pieces(LONG[1] as string)).toEqual([
      'hi john. your balance is $3.50!',
      ' pay at www.bank.com today.',
      '\nwe will call your boss; ok?',
    ]);
  });

  it('joins short pieces to the next one and a short tail to the one before', () => {
    expect(pieces('ok. fine. please pay today. thanks!')).toEqual(['ok. fine. please pay today. thanks!']);
    expect(pieces('您好。请您今天还款。我们会上门。谢谢')).toEqual([
      '您好。请您今天还款。',
      '我们会上门。谢谢',
    ]);
    expect(pieces('嗯')).toEqual(['嗯']);
    expect(pieces('')).toEqual(['']);
  });

  it('counts content units as Han characters and Latin words', () => {
    const t = "我们 we'll call 10 times";
    expect(unitsIn(t, 0, t.length)).toBe(5);
  });

  it('gives the whole text exactly the union of its segments’ features, in order', () => {
    for (const raw of [...LONG, '别这样.  不会的! no. never; we will not call\n\n请还款']) {
      const text = normalise(raw).text;
      const b = segmentBounds(text);
      const union = [
        ...new Set(b.slice(1).flatMap((end, s) => [...rangeFeatures(text, b[s] as number, end)])),
      ];
      expect(union).toEqual([...features(text)]);
    }
  });
});

/** A model with seeded random int8 weights, segment scoring on or off. */
function randomModel(segments: boolean): Classifier {
  const rnd = new Random(21);
  const weights = new Uint8Array(CATEGORIES.length * BUCKETS);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.floor(rnd.next() * 256);
  const file: ModelFile = {
    version: 't',
    buckets: BUCKETS,
    classes: CATEGORIES.map((category, k) => ({ category, bias: -1 + k / 10, scale: 0.05, threshold: 0.6 })),
    ...(segments ? { segments } : {}),
    report: {},
  };
  return Classifier.fromParts({ file, weights });
}

describe('segment scoring', () => {
  const on = randomModel(true);
  const off = randomModel(false);

  it('scores each category as the highest of the whole text and its segments', () => {
    for (const text of LONG) {
      const b = segmentBounds(text);
      expect(b.length).toBeGreaterThan(2);
      const parts = [text, ...b.slice(1).map((end, s) => text.slice(b[s], end))];
      const expected = CATEGORIES.map((_, k) => Math.max(...parts.map((p) => off.scores(p)[k]?.score ?? 0)));
      const got = on.scores(text).map((s) => s.score);
      got.forEach((s, k) => expect(s).toBeCloseTo(expected[k] as number, 12));
      // The highest is not always the whole text's: some category is raised by a segment.
      expect(got.some((s, k) => s > (off.scores(text)[k]?.score ?? 1) + 1e-9)).toBe(true);
    }
  });

  it('scores a text of one segment as without segments, and is off when the file does not say on', () => {
    for (const text of ['请您今天回个电话', 'please call us back today.'])
      expect(on.scores(text)).toEqual(off.scores(text));
    expect(off.segments).toBe(false);
    expect(on.segments).toBe(true);
  });

  it('scores training rows the same way as inference', () => {
    const rows = vectorise(LONG.map((text) => ({ text, lang: 'en' as const, template: 't', how: 't' })));
    const rnd = new Random(5);
    const model: Linear = {
      weights: CATEGORIES.map(() => Float64Array.from({ length: BUCKETS }, () => rnd.next() - 0.5)),
      bias: Float64Array.from(CATEGORIES, () => -1),
    };
    for (const row of rows) {
      expect(row.segments?.length).toBeGreaterThan(1);
      const whole = scoreWide(model, row);
      const seg = scoreWide(model, row, true);
      seg.forEach((s, k) => expect(s).toBeGreaterThanOrEqual(whole[k] as number));
      expect(seg.some((s, k) => s > (whole[k] as number))).toBe(true);
    }
  });
});
