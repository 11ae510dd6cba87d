import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { careReadingOf, noteCareReading } from '../../../../src/language/offline/care/careReading.js';
import { understandOffline } from '../../../../src/language/offline/understandOffline.js';
import { DEV_DISTRESS, DEV_HARDSHIP, DEV_ORDINARY } from './devSet.js';

const ctx = { now: new Date('2026-03-02T10:00:00Z'), timeZone: 'Asia/Shanghai' };

describe('a care reading kept with what was made from it (issue 19 item 5)', () => {
  it('is given back for exactly the text it was made from, and only with its owner', () => {
    const owner = {};
    const care = assessCare('我撑不下去了');
    noteCareReading(owner, '我撑不下去了', care);
    expect(careReadingOf(owner, '我撑不下去了')).toBe(care);
    expect(careReadingOf(owner, '我撑不下去了 ')).toBeUndefined();
    expect(careReadingOf({}, '我撑不下去了')).toBeUndefined();
  });

  it("is the offline understanding's reading: the detectors' own verdict on the same text", () => {
    const texts = [
      ...DEV_DISTRESS,
      ...DEV_HARDSHIP.map(([text]) => text),
      ...DEV_ORDINARY,
      '',
      '你好',
      '确认',
    ];
    for (const text of texts) {
      const understanding = understandOffline(text, ctx);
      expect(careReadingOf(understanding, text), text).toEqual(assessCare(text, { bereaved: false }));
    }
  });
});
