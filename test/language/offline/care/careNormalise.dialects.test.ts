import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';

/**
 * Cantonese, pinyin and dialect forms read as Mandarin (src/language/offline/care/careNormalise.ts):
 * moved from the former class-rule tests (test/language/offline/care/rules/PROVENANCE.md).
 */

// distressRound12.test.ts
describe('the round-12 distress classes', () => {
  it('reads Cantonese forms as Mandarin', () => {
    expect(careText('唔想再捱落去').text).toBe('不想再熬下去');
    expect(careText('我老豆走咗').text).toBe('我老爸走了');
  });
});

// distressRound21.test.ts
describe('Cantonese read as Mandarin', () => {
  it.each([
    ['聽日唔使再打嚟', '明天不用再打来'],
    ['我真係頂唔順', '我真是撑不住'],
    ['到時都唔喺度喇', '到时都不在这里了'],
    ['唔該你哋', '麻烦你们'],
    ['我諗住搵屋企人', '我打算找家人'],
  ])('reads %s as %s', (said, mandarin) => {
    expect(careText(said).text).toBe(mandarin);
  });
});

// distressRound22.test.ts
describe('pinyin of ending read as Chinese', () => {
  it.each([
    ['xiang jieshu yiqie', '结束一切'],
    ['likai zhege shijie', '离开这个世界'],
    ['bu xiang zai xing lai', '不想再醒来'],
  ])('reads %s as holding %s', (said, han) => {
    expect(careText(said).text).toContain(han);
  });
});
