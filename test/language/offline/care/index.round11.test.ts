import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/**
 * Classes the seen round 11 showed missing: things given away or set in order "before I go", a
 * means or a height said in passing, and their everyday look-alikes (跳楼价, a complaint that
 * bargains); a charge the person "didn't make" that a bereavement reading once took for a death.
 */
describe('possessions given away or affairs set in order before one goes', () => {
  it.each([
    'honestly whats the point. gave my guitar to my brother yesterday, just sorting stuff out before i go',
    'gave away my bike, tying up loose ends',
    "sorting everything out before i go, you won't hear from me",
  ])('is distress: "%s"', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    'sorting stuff out before i go on holiday',
    "I'm sorting my things before I go back to work",
    'gave my old laptop to my niece before i go to college',
    'giving my stuff away before i move next month',
  ])('is not distress before a trip, a move or work: "%s"', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});

describe('"didn\'t make it" names a death only when said of a person', () => {
  it("reads a charge the person didn't make as no hardship", () => {
    expect(assessCare("that $900 charge isn't mine, i didn't make it").hardship).toBeUndefined();
  });

  it.each(["the surgery went badly and he didn't survive", 'we rushed her in but she did not make it'])(
    'reads "%s" as bereavement',
    (text) => {
      expect(assessCare(text).hardship).toBe('bereavement');
    },
  );
});

describe('means and places said in passing, and their everyday look-alikes', () => {
  it.each([
    "lost my job, three cards and a payday loan, landlord wants me out. the rope's in the garage and that feels like the only plan i've got left. anyway what's the minimum",
    'im on the roof rn. stop calling',
    '每次过马路都想干脆冲出去，被车撞了保险还能赔点钱',
    'sometimes i think about stepping in front of a bus, the insurance would cover the card',
  ])('is distress: "%s"', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    '你们能不能搞个跳楼价，打个五折我马上一次还清',
    '这日子没法过了，房租涨了工资没涨，能不能少收点利息',
    'im on the roof rn fixing the gutter, call you back',
    'I nearly got hit by a car today lol, anyway can I pay friday',
    'did jump rope and took my vitamins, the only plan left today is to pay by friday',
  ])('is not distress: "%s"', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('still hears "这日子没法过了" said alone', () => {
    expect(assessCare('这日子没法过了').distress).toBe(true);
  });
});
