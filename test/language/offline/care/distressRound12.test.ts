import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { hardshipOf } from '../../../../src/language/offline/care/hardship.js';

/**
 * The round-12 classes (distressRound12.ts, the Cantonese forms of careNormalise.ts, the
 * everyday spans of hardshipMore.ts): phrasings of their own, not items of any check set, each
 * class with everyday twins in the same words.
 */
const DISTRESS: readonly string[] = [
  // dead or buried before the day of reckoning
  'file the lawsuit if you like, i will be dead before the hearing',
  'haha sue me, i will be in my grave before any trial',
  '等判决下来那天，我估计早就不在了',
  '起诉吧，开庭那天我已经入土了',
  // a letter for later
  'there is a letter for my daughter in the drawer, she reads it after',
  '给儿子写了封信，等他以后长大了再看',
  // nobody at this number after a day
  'after this weekend nobody will pick up this phone',
  '这周以后不会有人接这个电话了',
  // a means denied its ordinary use
  'got a bag of charcoal, its not for a bbq',
  '买了农药，不是拿来打虫用的',
  // almost went over
  '昨晚在楼顶坐着，差点就跳了',
  // joining a dead relative
  '我爸走了五年了，我想去跟他团聚',
  // self-harm escalating
  '划了好几次手臂，这次想划得更深',
  // own ashes or grave
  '我的骨灰就撒在老家后山吧',
  'scatter my ashes by the lake, i am done',
  // a will and the rest is timing
  'my will is done and signed, just a matter of when now',
  // sorry, absent from a family day
  "sorry mom, i won't be at her wedding",
  // slang and code-switching
  'thinking of offing myself tonight',
  '我真的想 kill 自己',
  // Cantonese
  '我真系唔想再捱落去',
];

const ORDINARY: readonly string[] = [
  "the court backlog is so long i'll be dead before my hearing lol, anyway can i pay monthly",
  '开庭前我们先协商一下好吗，我不想打官司',
  '给女儿写了封信，等她十八岁生日再打开',
  'after friday nobody will pick up at the office, we are on holiday, email me',
  '下周以后没人接这个电话了，我换了新号',
  'bought charcoal for the bbq, its not for the office party',
  '在桥上堵车，差点就迟到了',
  '我爸走了五年了，他的卡还有欠款吗',
  '切菜的时候划了手，打字慢一点',
  '我爸的骨灰已经安葬了，丧葬费刷的这张卡',
  'my will is done because we had a baby, can i pause payments for a month',
  "sorry, i won't be at the branch on friday, can we do it by phone",
  'kms this app keeps logging me out',
  '这个 interest 真的 kill 我了',
  '唔好意思，呢个月真系好紧，迟几日还得唔得',
];

describe('the round-12 distress classes', () => {
  it.each(DISTRESS)('hears distress in: %s', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each(ORDINARY)('reads everyday talk in the same words: %s', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('does not let a reason that is denied explain a means away', () => {
    expect(assessCare('bought rope today and it is not for camping').distress).toBe(true);
    expect(assessCare('bought rope for camping this weekend').distress).toBe(false);
  });

  it('reads Cantonese forms as Mandarin', () => {
    expect(careText('唔想再捱落去').text).toBe('不想再熬下去');
    expect(careText('我老豆走咗').text).toBe('我老爸走了');
  });
});

const kindOf = (raw: string) => hardshipOf(careText(raw).text);

describe('round-12 hardship: what is told, and whose', () => {
  it.each([
    ['我老婆刚走，我一个人带着孩子', 'bereavement'],
    ['我妈才走没多久', 'bereavement'],
    ['我老母走咗，心情好差', 'bereavement'],
    ['we lost the baby in the summer', 'bereavement'],
    ['被公司优化了，在家待业', 'job_loss'],
    ['厂子倒了，一分钱没拿到', 'job_loss'],
    ['shi ye le, zhao bu dao gong zuo', 'job_loss'],
    ['离了，房子归他，孩子跟我', 'divorce'],
    ['体检查出来长了个结节，要做活检', 'illness'],
    ['i just got out of jail and cant find work', 'imprisonment'],
    ['my son is in state prison', 'imprisonment'],
  ])('"%s" is %s', (t, kind) => expect(kindOf(t)).toBe(kind));

  it.each([
    '我老公刚走，去上班了',
    '这个月工资被扣了两百',
    '公司降薪了，不过还能还',
    'my pay got cut by ten percent',
    '我辞职了，下个月去新公司入职',
    '同事被裁了，我们部门还好',
    'my coworker got fired today',
    '我同学的爸爸去世了，我去帮忙',
    'we watched a documentary about the earthquake',
    '我在医院上班，夜班多',
    'i work at the prison, payday is late',
  ])('"%s" names no hardship', (t) => expect(kindOf(t)).toBeUndefined());
});
