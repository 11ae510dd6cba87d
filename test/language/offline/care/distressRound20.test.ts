import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/**
 * Round 20 by class (own phrasings, none from an outside set): each class once as distress and
 * once as its everyday twin.
 */
const DISTRESS = [
  '相机和耳机都送给表弟了 卡里欠的你们就别等了',
  "gave all my records to my brother, the balance won't matter now",
  '单位天台的门最近一直没锁',
  'the rooftop door at my block is never locked',
  '要是我从楼上摔下去了 工伤赔的钱拿去还信用卡',
  'if I fell off the ladder at work would the compensation clear my card',
  '催也没用 过了明天你们就联系不上我了',
  "from tonight you won't reach me, so long",
];

const ORDINARY = [
  '相机送给表弟了 这期账单我下周还',
  'gave my records to my brother, paying the card on friday',
  '天台的门没锁 我上去收了衣服',
  'the rooftop door is broken, the landlord will fix it',
  '我同事从楼上摔伤了 工伤赔偿怎么申请',
  'my colleague fell at work, is there insurance on the card for that',
  '明天开始你们就联系不上我了 我换号了 新号码在APP里',
  "from tomorrow you won't reach me on this number, I'm going abroad",
];

describe('round 20: distress by class (own check set S12b, round S12 half b seen)', () => {
  it.each(DISTRESS)('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });
  it.each(ORDINARY)('reads %s as ordinary', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});
