import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';

/**
 * Round 22 by class (own phrasings, none from an outside set or from own check S14): self-harm
 * told as relief from the debt; a means at hand and the decision not yet made; going to a relative
 * who died; a method set up and told obliquely; a lethal dose or a height looked up; one of the
 * numbers of those who died over debt; pinyin of ending. Each class as distress and as its
 * everyday twin.
 */
const DISTRESS = [
  '胳膊上又添了几条，只有划的时候才不去想那些账',
  '大腿上又多了好几道，催收一打来我就控制不住',
  'only time my head is quiet about the debt is when i am cutting',
  'fresh cuts on my thighs again, another letter came today',
  'been self harming again since the bailiff letter',
  '老鼠药就在柜子里，我还在犹豫要不要吃',
  '農藥就在牆角，我還沒想好什麼時候喝',
  'pills are on the table, still working up the nerve',
  'the rope is in the boot, i haven’t decided when',
  '我爷爷前年走了，我好想他，想去陪他了，卡的事随便吧',
  '老公走了半年了，我想去找他，欠款你们别打了',
  'mum died last spring. i will be with her soon, stop ringing',
  'my wife is gone 2 years, i am going to her now',
  '爸，我来陪你了，这些债我扛不动了',
  '把软管从排气管接进了车里',
  'sitting in the car in the closed garage with the engine running, sorry about the loan',
  'the gas is on and i have stuffed towels under the door',
  '在网上查吃多少片会致死，反正这些钱还不上',
  'looked up how much ibuprofen is fatal. no way i can pay this',
  'googled the tallest car park in town, the bills won’t stop',
  '又一个欠债轻生的上了新闻，下一个就是我',
  'veterans kill themselves every day and i am about to join them, can’t pay the card',
  '天天有人因为网贷跳楼，我也快了',
  'wo zhen de xiang jieshu yiqie le, qian tai duo',
  'shui jiao bu xiang zai xing lai le, zhaiwu tai duo',
];

const ORDINARY = [
  '我爸去世了，明天去找他的律师问遗产',
  '工作没了，我去找他帮忙',
  'my dad died and I am going to be with him at the funeral on friday',
  '安眠药医生开的，我犹豫要不要吃，怕依赖',
  '炭买好了，在犹豫要不要去露营',
  'doctor gave me sleeping pills, still deciding if I should take them, anyway payment date?',
  'car is running in the garage to warm up, will pay in 10',
  "i'm next in line at the branch",
  '下一个就是我了，叫号叫到我了',
  '刮胡子的时候脸上划了一道口子，没事，账单多少',
  'my cat scratched my arms, fresh cuts on my arms lol, anyway the fee',
  'googled the tallest building in the city for a school project',
  'read that 1 in 5 people are behind on bills and I am one of them, what are my options',
  '妈，我来找你了，到车站了，你出来吧',
  'gas is on in the kitchen and the windows are open, cooking, will pay tonight',
];

describe('round 22: distress by class (own check set S14, round S14 half a seen)', () => {
  it.each(DISTRESS)('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });
  it.each(ORDINARY)('reads %s as ordinary', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});

describe('pinyin of ending read as Chinese', () => {
  it.each([
    ['xiang jieshu yiqie', '结束一切'],
    ['likai zhege shijie', '离开这个世界'],
    ['bu xiang zai xing lai', '不想再醒来'],
  ])('reads %s as holding %s', (said, han) => {
    expect(careText(said).text).toContain(han);
  });
});
