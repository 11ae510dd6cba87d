import { describe, expect, it } from 'vitest';
import { IDIOMS } from '../../../../../../src/language/offline/care/rules/index.js';
import { describeCare } from '../careCases.js';

/**
 * Everyday talk in the words of distress rules (src/language/offline/care/rules/everyday/idioms.ts):
 * twins of the former class-rule tests that no class rule reads but an idiom's words are in, and
 * the idioms read only where the everyday reason is said. Where each came from: PROVENANCE.md in
 * test/language/offline/care/rules.
 */
describeCare('care class rules: everyday/idioms', {
  ordinary: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    'bought rope and a tarp for the camping trip',
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    'my life insurance pays out more than i earn in a year, is that taxable',
    // distressRound10: the round-10 distress classes › reads idioms and news in words of dying as everyday talk, and the same words said of oneself as distress
    '这罚息真是要我的命，帮我查查怎么算的',
    'bought a rope ladder for the kids treehouse, that is the hardware store charge',
    "i'd rather die than borrow from my brother, i'm doing overtime, give me until the 15th",
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    'bought charcoal for the bbq, its not for the office party',
    '我爸走了五年了，他的卡还有欠款吗',
    // distressRound12: the round-12 distress classes › does not let a reason that is denied explain a means away
    'bought rope for camping this weekend',
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    "this is the last message from my old number, i'm changing numbers",
    '我一个同事上周自杀了 这几天状态不好 晚点再联系',
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    '你们这是想逼死我？我又没说不还，25号发工资就还',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    "I'd rather die than ring your call centre again lol, can I pay online",
    '倒车不小心撞墙了，修车要三千，能分期吗',
    // distressRound17: round 17: a weapon or a means at hand and the thought of using it (lead, session 11) › reads the everyday use as ordinary: %s
    'thinking about using my rope for the tent',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › reads the everyday twins of each class as ordinary
    '秋千的绳子系好了 孩子玩得很开心 账单什么时候出',
    "no way out of the annual fee? ok i've decided to close it",
    // distressRound19: round 19: distress by class, and its everyday twins › reads a means in its ordinary use, with a time, as ordinary
    '新买的刀开过刃了 今晚给孩子做牛排',
    '菜刀磨了一下午 明天过年杀鸡',
    '绳子准备好了 周六搬家',
    '明天去钓鱼 鱼线绳子都买好了',
    '捆箱子的绳子买好了 明早发货',
    'rope is in the van for the move tomorrow',
    'bought a new climbing rope, heading to the crag sunday',
    'sharpened my knives for the bbq tomorrow',
    '炭买好了 今晚烤肉',
    'charcoal is for the grill tomorrow night, will pay friday',
    // distressRound19: round 19: distress by class, and its everyday twins › reads the other classes’ everyday twins as ordinary
    '这利息真是要我的命 能不能减点',
    "I'd rather die than pay another late fee, waive it",
    'burden on my family so I got a second job, can I pay 100 a month',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as ordinary
    'my colleague fell at work, is there insurance on the card for that',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '刚给菜地打完农药，手机没电了，晚点还',
    "I'll step off the bus at the branch and pay",
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    '工作没了，我去找他帮忙',
    'car is running in the garage to warm up, will pay in 10',
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › does not read %s as distress
    '这罚息简直要逼死人，一个月两百多，我要投诉',
    'my husband died in a car accident, does his life insurance cover the loan',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    "i'd rather die than call your collections line again, can we do it here",
    'cut myself in the kitchen chopping onions, can I pay friday',
  ],
});

// distressRound24.test.ts
describe('care round 24 (outside round S15 half a classes, new phrasings)', () => {
  const said = (words: string) => IDIOMS.find(([w]) => w.test(words));
  it('reads the idioms only where the everyday reason is said', () => {
    const [cut, garage, poison] = [said('cut myself'), said('engine in the garage'), said('老鼠药')];
    expect(cut?.[1].test('i cut myself in the kitchen last night')).toBe(true);
    expect(cut?.[1].test('i cut myself again, deeper this time')).toBe(false);
    expect(garage?.[1].test("i'm a mechanic, the engine runs in a closed garage all day")).toBe(true);
    expect(garage?.[1].test('car running in the closed garage. just wanted someone to know')).toBe(false);
    expect(poison?.[1].test('老鼠药放高处了怕孩子拿到')).toBe(true);
    expect(poison?.[1].test('老鼠药放高处了 我不想活了')).toBe(false);
  });
});
