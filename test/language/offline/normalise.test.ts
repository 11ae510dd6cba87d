import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/language/offline/index.js';

describe('normalise gives every rule one form to match', () => {
  it('turns full-width digits and traditional characters into their plain forms', () => {
    expect(normalise('１２３４')).toBe('1234');
    expect(normalise('別再聯繫我')).toBe('别再联系我');
    expect(normalise('  STOP  ')).toBe('stop');
  });

  it('leaves simplified Chinese as it is', () => {
    const texts = [
      '别再联系我',
      '我身份证后四位是1234',
      '每个月只能还2000',
      '打个折',
      '不想活了',
      '转人工',
      '我没消费过',
      '还不起',
    ];
    for (const text of texts) expect(normalise(text)).toBe(text);
  });
});
