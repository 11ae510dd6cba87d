import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { isDigitCorrection } from '../../../../src/language/offline/care/ordinaryAnswers.js';

const CORRECTIONS = [
  '1235 不对不对 是1234',
  '不对，是1234',
  '那是1234',
  '4321 哦不对 应该是4312',
  '抱歉打错了，尾号是9876',
  '4231 no wait 4321',
  '4231 sorry I mean 4321',
  'oops wrong digits, it is 5678',
  'no no no its 1234',
  '一二三五 不对 一二三四',
];

describe('digit corrections are answers, not distress', () => {
  it.each(CORRECTIONS)('"%s" is a correction of digits, with neither distress nor concern', (t) => {
    expect(isDigitCorrection(t)).toBe(true);
    const a = assessCare(t);
    expect(a.distress).toBe(false);
    expect(a.concern).toBe(false);
  });

  it('still hears distress said beside digits', () => {
    for (const t of [
      '1234 不对 我不想活了',
      '4321 no wait, I want to kill myself',
      '1234 反正我也不想活了',
    ]) {
      expect(isDigitCorrection(t)).toBe(false);
      expect(assessCare(t).distress).toBe(true);
    }
  });

  it('does not take a message without digits, or with other words, for a correction', () => {
    for (const t of ['不对', 'no wait', '不对，我不想再这样下去了', '1234 but I lost my job']) {
      expect(isDigitCorrection(t)).toBe(false);
    }
  });
});

describe('"ill" typed for "I\'ll"', () => {
  it.each(['ill pay it all', 'ill pay it all on friday', 'ok ill send it tomorrow', 'ill try to pay 200'])(
    '"%s" is a promise, not illness',
    (t) => expect(assessCare(t).hardship).toBeUndefined(),
  );

  it.each(["I'm ill and can't work", 'been ill for weeks', 'my son is ill', 'ill be in hospital next week'])(
    '"%s" still tells of illness',
    (t) => expect(assessCare(t).hardship).toBe('illness'),
  );
});
