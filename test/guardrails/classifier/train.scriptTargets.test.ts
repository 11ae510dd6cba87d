import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/guardrails/index.js';
import {
  DEFAULT_TRAIN,
  calibrationGroup,
  groupTarget,
  thresholdsFor,
  widen,
  type Row,
  type TrainOptions,
} from '../../../src/guardrails/classifier/train.js';

const N = CATEGORIES.length;
type Source = 'generated' | 'labelled';

/** A lawful row of one language and script scoring `value` in category 0 (its script's slot). */
function lawful(lang: 'zh' | 'en', script: 0 | 1, value: number, source: Source = 'generated') {
  const scores = Array.from({ length: N }, (_, c) => (c === 0 ? value : 0.1));
  const row: Row = {
    f: new Int32Array(0),
    y: -1,
    item: { text: '', lang, template: source === 'labelled' ? 'labelled' : `t${value}`, how: 'core' },
    script,
  };
  return { row, scores: widen(scores, script) };
}

/** 100 generated lawful rows per script: one scoring 0.8 in category 0, the rest quiet. */
const rows = [
  lawful('zh', 0, 0.8),
  ...Array.from({ length: 99 }, () => lawful('zh', 0, 0.1)),
  lawful('en', 1, 0.8),
  ...Array.from({ length: 99 }, () => lawful('en', 1, 0.1)),
];
const HAN = 0;
const LATIN = N;
const run = (opts: Partial<TrainOptions>, extra: ReturnType<typeof lawful>[] = []): number[] =>
  thresholdsFor([...rows, ...extra], [], [], { ...DEFAULT_TRAIN, minThreshold: 0.6, ...opts });

describe('a calibration target per script', () => {
  it("sets each script's thresholds by its own target", () => {
    // One lawful row in 100 may stay flagged at 1 %, none at 0 %.
    const hanStrict = run({
      targetFalseAlarm: 0.01,
      targetByScript: { han: { generated: 0 }, latin: { generated: 0.01 } },
    });
    expect(hanStrict[HAN]).toBeCloseTo(0.800001, 6);
    expect(hanStrict[LATIN]).toBe(0.6);
    const latinStrict = run({
      targetFalseAlarm: 0.01,
      targetByScript: { han: { generated: 0.01 }, latin: { generated: 0 } },
    });
    expect(latinStrict[HAN]).toBe(0.6);
    expect(latinStrict[LATIN]).toBeCloseTo(0.800001, 6);
    // One target for both (no per-script targets): both or neither raised.
    expect(run({ targetFalseAlarm: 0 })[HAN]).toBeCloseTo(0.800001, 6);
    expect(run({ targetFalseAlarm: 0 })[LATIN]).toBeCloseTo(0.800001, 6);
    expect(run({ targetFalseAlarm: 0.01 }).every((t) => t === 0.6)).toBe(true);
  });

  it('holds each script’s real groups to its own real target', () => {
    const real = [
      lawful('zh', 0, 0.9, 'labelled'),
      ...Array.from({ length: 199 }, () => lawful('zh', 0, 0.1, 'labelled')),
      lawful('en', 1, 0.9, 'labelled'),
      ...Array.from({ length: 199 }, () => lawful('en', 1, 0.1, 'labelled')),
    ];
    const t = thresholdsFor(
      rows,
      real.map((r) => r.row),
      real.map((r) => r.scores),
      {
        ...DEFAULT_TRAIN,
        minThreshold: 0.6,
        targetFalseAlarm: 0.01,
        targetByScript: { han: { generated: 0.01, real: 0 }, latin: { generated: 0.01, real: 0.005 } },
      },
    );
    expect(t[HAN]).toBeCloseTo(0.900001, 6);
    expect(t[LATIN]).toBe(0.6);
  });

  it('groups a Chinese row in Latin script (pinyin) with the Latin rows under per-script targets', () => {
    const pinyin = lawful('zh', 1, 0.85);
    const opts: TrainOptions = {
      ...DEFAULT_TRAIN,
      targetFalseAlarm: 0.01,
      targetByScript: { han: { generated: 0 }, latin: { generated: 0.02 } },
    };
    expect(calibrationGroup(pinyin.row, opts)).toBe('latin:generated');
    expect(calibrationGroup(pinyin.row, DEFAULT_TRAIN)).toBe('zh:generated');
    // The strict Han target does not reach the Latin thresholds through it: two Latin rows of
    // 101 may stay flagged at 2 %.
    const t = run(opts, [pinyin]);
    expect(t[HAN]).toBeCloseTo(0.800001, 6);
    expect(t[LATIN]).toBe(0.6);
  });

  it('falls back to the general targets, and leaves the default groups by language', () => {
    const opts: TrainOptions = {
      ...DEFAULT_TRAIN,
      targetFalseAlarm: 0.005,
      targetFalseAlarmReal: 0,
      targetByScript: { han: { generated: 0.0025 } },
    };
    expect(groupTarget('han:generated', opts)).toBe(0.0025);
    expect(groupTarget('han:real', opts)).toBe(0);
    expect(groupTarget('latin:generated', opts)).toBe(0.005);
    expect(groupTarget('latin:calibration', opts)).toBe(0);
    expect(groupTarget('zh:generated', DEFAULT_TRAIN)).toBe(DEFAULT_TRAIN.targetFalseAlarm);
    expect(calibrationGroup(rows[0]!.row, DEFAULT_TRAIN)).toBe('zh:generated');
  });

  it('is deterministic', () => {
    const opts = {
      targetFalseAlarm: 0.01,
      targetByScript: { han: { generated: 0 }, latin: { generated: 0 } },
    };
    expect(run(opts)).toEqual(run(opts));
  });
});
