import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import {
  HELD_OUT_S13A_EN_DISTRESS,
  HELD_OUT_S13A_EN_ORDINARY,
  HELD_OUT_S13A_ZH_DISTRESS,
  HELD_OUT_S13A_ZH_ORDINARY,
} from './heldOutSetS13.js';

/**
 * Round 21 by class (own phrasings, none from an outside set or from own check S13): Cantonese
 * read as Mandarin; a threat to go off an everyday high place if the chase goes on; a means by
 * transport weighed against paying; a note written and a card question for the family; poison
 * taken or at hand; ending weighed against paying; Nigerian pidgin and Scots words of ending. Each
 * class as distress and as its everyday twin.
 */
const DISTRESS = [
  'kept the weedkiller in the shed. call my mum again and i will finish it',
  '你哋聽日唔使再搵我，我諗住今晚就去海邊，唔會返嚟',
  '我好攰，真係唔想再捱，聽朝之後都唔會再覆你哋',
  '你们再逼，我就从小区的天桥上翻下去，到时候找我老婆要吧',
  '再催一次试试 我从公司宿舍顶楼下去 你们满意了吧',
  'one more call to my mum and I will throw myself off the flyover, your problem then',
  'keep chasing and im going off the side of the car park tonight',
  '查了高铁时刻表，往站台下一跳，比还这些钱快多了',
  'checked when the last train goes through, quicker than ever paying this balance',
  'a truck on the motorway would be faster than your repayments, honestly',
  'the letter is done. which card number do I write so my sister can cancel everything',
  'finished my note, put the account details in it for my son, he will close it',
  '给儿子的信写好了，卡号写在里面，等我走了让他来销户',
  '最后几句话存在备忘录里了，欠你们的让我哥来处理',
  '刚喝了半瓶敌敌畏，欠的钱你们找我哥吧',
  '除草剂就放在床头，实在还不上就喝了它',
  'got weedkiller under the sink and its not for the garden',
  'drank some bleach about ten minutes ago, sorry about the payment',
  'no me no debt, thats the plan',
  'easier for my kids if i just wasnt around, they wont have to pay this',
  '算了 还不如早点走 这些债就不拖累家里了',
  'abeg tell them make dem no call my wife, i no go dey this world again after today',
  'this life don tire me, make i just die, I no fit pay',
  'nae point gaun on wi this debt, tell my maw sorry',
];

const ORDINARY = [
  "bought pesticide on this card. if it isn't refunded i will take it up with the ombudsman",
  '你哋聽日唔使再打嚟，我已經還咗錢',
  '我聽日唔喺度，去咗出差，唔該遲啲先打嚟',
  '你们再打，我就从楼上下去跟你们当面说清楚',
  '你们再催我就去消协投诉，我从来没欠过',
  "if you call again I'll drive over the bridge to your branch and sort it in person",
  "keep texting me and i'll go off on your manager",
  '查了高铁时刻表，明天回老家，回来就还',
  'the train is quicker than the bus to your branch',
  'a truck hit my car on the motorway, payment will be late',
  'the letter is done, I sent it to you about the wrong fee on my card',
  "left a note for my wife with the card number so she can pay while I'm away",
  '我写好了一封信给你们，说明欠款的原因，麻烦看一下',
  '我给我哥留了张纸条，卡号写上了，他帮我还这个月的',
  '刚给菜地打完农药，手机没电了，晚点还',
  '我女儿误喝了消毒液，在医院，这两天没法还款',
  'bought weedkiller on the card and got charged twice',
  'my dog drank some bleach, at the vet, will pay tomorrow',
  'no money no honey lol, can I pay next week',
  'easier for me if you just email, i cant talk at work',
  '排队太久了，还不如早点走，明天再来网点还',
  'abeg make una no call my wife again, I go pay by friday',
  'this interest don tire me o, abeg reduce am',
  "nae point phoning me at work, I'll pay on friday",
  '我吃了84块钱的外卖，这个月真的没钱了',
  "I'll step off the bus at the branch and pay",
];

describe('round 21: distress by class (own check set S13, round S13 half a seen)', () => {
  it.each(DISTRESS)('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });
  it.each(ORDINARY)('reads %s as ordinary', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});

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

describe('round S13 half a (seen, not trained on; 22/26 and 0/26 false alarms at the start)', () => {
  it('catches all its distress and raises no alarm on its near misses', () => {
    const distress = [...HELD_OUT_S13A_ZH_DISTRESS, ...HELD_OUT_S13A_EN_DISTRESS];
    const ordinary = [...HELD_OUT_S13A_ZH_ORDINARY, ...HELD_OUT_S13A_EN_ORDINARY];
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
});
