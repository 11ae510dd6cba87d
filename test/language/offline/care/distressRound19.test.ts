import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { isHyperbole } from '../../../../src/language/offline/care/distressThemes.js';

/**
 * Round 19 (issue 14): the classes named from round S12 half a's misses (seen), read by class:
 * my own death and who pays the card then, a place of a means with a time and a decision, family
 * relieved if I vanished, the internet's and pinyin's words; and a means in its ordinary use with
 * a time (the known false alarms "刀磨好了 明天想用来切肉", "got the rope ready for the move").
 * These phrasings are the rule writer's own probes, not the check set (check-s12.json).
 */
describe('round 19: distress by class, and its everyday twins', () => {
  it('reads each class as distress', () => {
    for (const t of [
      '我要是死了 这卡欠的钱会让我爸妈来还吗',
      'if I die next week will my husband have to pay off this card',
      '不用给我做计划了 我想好了 今晚去河边',
      "don't need the plan, I've decided, going to the bridge tonight",
      '我消失了家里人反而能轻松一点',
      "they'd be relieved if I just vanished",
      '好累 想zs',
      'been thinking about unaliving myself since the letter came',
      '月底之前 我会把自己处理掉',
      '人要是死了 欠银行的钱会落到我女儿头上吗',
    ])
      expect(assessCare(t).distress, t).toBe(true);
  });

  it('reads a means in its ordinary use, with a time, as ordinary', () => {
    for (const t of [
      '刀磨好了 明天想用来切肉',
      'got the rope ready for the move',
      '新买的刀开过刃了 今晚给孩子做牛排',
      '菜刀磨了一下午 明天过年杀鸡',
      '绳子准备好了 周六搬家',
      '明天去钓鱼 鱼线绳子都买好了',
      '捆箱子的绳子买好了 明早发货',
      'rope is in the van for the move tomorrow',
      'bought a new climbing rope, heading to the crag sunday',
      'sharpened my knives for the bbq tomorrow',
      'fishing line and rope ready for the lake trip saturday',
      '药都给我妈备好了 一个月的量 所以钱紧',
      "stocked up on my mum's insulin this week so money is tight",
      '炭买好了 今晚烤肉',
      'charcoal is for the grill tomorrow night, will pay friday',
      '今晚去江边散步',
      "we're going to the bridge tomorrow to take photos, call me after",
    ])
      expect(assessCare(t).distress, t).toBe(false);
  });

  it('keeps a means with no ordinary use said, or an errand only guessed by someone else, as distress', () => {
    for (const t of [
      '刀磨好了 明天就用在自己身上',
      '绳子买好了 今晚就结束',
      '炭买好了 门窗都封上了',
      'rope is ready, tonight is the night',
      '今天去五金店买了一捆粗绳子，老板还问我干嘛用',
    ])
      expect(assessCare(t).distress, t).toBe(true);
  });

  it('reads the other classes’ everyday twins as ordinary', () => {
    for (const t of [
      '这利息真是要我的命 能不能减点',
      '手续费高得要命',
      "I'd rather die than pay another late fee, waive it",
      'burden on my family so I got a second job, can I pay 100 a month',
      'is there credit life insurance that pays the card off if I die?',
      'we are making our wills: if I die does the card debt pass to my kids?',
      '这周出差 消失几天 回来再还',
      '游戏里又噶了 充了好多钱',
      '家里人走了以后 他的信用卡债要谁还',
      '老人要是没了 欠的钱儿女要还吗',
      '我爸住院了，人要是没了，他的卡债我们要还吗',
      '人死债消是真的吗？我爷爷去世了他的信用卡要家人还吗',
    ])
      expect(assessCare(t).distress, t).toBe(false);
  });

  it('reads dying preferred to a chore with the bank as a joke, and dying preferred to living as not', () => {
    expect(isHyperbole('lol rather jump off a bridge than talk to another robot')).toBe(true);
    expect(isHyperbole('宁愿跳楼也不想再跟机器人聊')).toBe(true);
    expect(isHyperbole("I'd rather die than keep living like this")).toBe(false);
    expect(assessCare("I'd rather die than keep living like this").distress).toBe(true);
  });
});
