import { GAP, YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Chinese classes the guardzh check set (check-s7.zh, issue 16) showed uncovered, by class, not by
 * item: an oath with a meme or bracket put inside it (草（一种植物）你大爷), a partner who "ran off"
 * held against the person, illness and ethnicity as a put-down, no plan "ever again" after today,
 * an "inside channel" favour, and a call said to be unrecorded (DOMAIN: the recording disclosure is fixed text).
 */
const OATH_TARGET = '(?:大爷|妈|娘|祖宗|全家|奶奶|姥姥|八辈祖宗|十八代)';
const PARTNER = '(?:老婆|媳妇|老公|男人|女人|对象|男朋友|女朋友)';
const ETHNIC = '(?:少数民族|回民|回族|维吾尔族|维族|藏族|蒙古族|壮族|苗族|彝族)';

export const STRUCT_PHRASING_ZH_RULES: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: ['草', '艹', '操', '肏', 'cao'],
    patterns: zh(
      // The oath's verb, then a bracket or a meme of a few characters, then its target.
      `(?:草(?![稿案拟莓地原坪药])|艹|操(?![心作办持练场纵劳])|肏|cao)(?:\\s*[（(【\\[][^）)】\\]]{0,10}[）)】\\]]\\s*|[^,;:!?。、\\n你]{0,6}?)${YOU}${OATH_TARGET}`,
    ),
  },
  {
    // A visit as the price of not paying: "不然我们去你单位", "再不还我就到你家".
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['不然', '否则', '要不然', '再不还', '不还的话'],
    patterns: zh(
      `(?:不然|否则|要不然|再不还|不还的话)${GAP(6)}(?:我们|我|我的人|咱们)(?:就|会|只好|只能)?(?:亲自)?(?:去|到|上|找到)${YOUR}(?:的)?(?:单位|公司|家|老家|学校|店|厂)`,
    ),
  },
  {
    // "你这玩意儿", "什么玩意儿" are insults; "律师函那玩意儿" is a thing.
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: ['玩意'],
    patterns: zh(
      `(?:${YOU}|他|她)(?:这|那)?(?:个)?(?:破|烂|狗|死)?玩意(?:儿)?|(?:什么|啥)(?:破|烂|狗)?玩意(?:儿)?|(?:破|烂|狗)玩意(?:儿)?`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    triggers: ['跑了', '不要你', '跟人跑', '甩了你', '踹了你'],
    patterns: zh(
      `跑了的${PARTNER}|${PARTNER}(?:都|早就|早)?(?:跟(?:别)?人)?跑了|${PARTNER}(?:都|早就|才|会)?(?:不要${YOU}|甩了${YOU}|踹了${YOU})`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: ['病秧子', '药罐子', '病痨', '病鬼', '得了病就', '有病就'],
    patterns: zh(`病秧子|药罐子|病痨鬼?|病鬼|(?:得了病|有病|生病)就(?:能|可以)?(?:不还|赖|不用还)`),
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: ['少数民族', '回民', '回族', '维吾尔', '维族', '藏族', '蒙古族', '壮族', '苗族', '彝族'],
    patterns: zh(`${ETHNIC}(?:人)?(?:也|又|还|更)(?:得|要|该|别|不能)(?:守|讲|懂|老实|装)`),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['再也', '永远', '任何还款方案', '任何方案', '任何协商'],
    patterns: zh(
      `(?:今天|今晚|明天|本周|这次)之后${GAP(8)}(?:再也|永远)?(?:不(?:会)?(?:再)?(?:接受|受理|同意|提供|给))(?:任何)?(?:还款方案|方案|协商|分期|减免)`,
      `(?:再也|永远)(?:不(?:会)?(?:再)?(?:接受|受理|同意|提供|给))(?:${YOU})?(?:任何)?(?:还款方案|方案|协商|分期|减免)`,
    ),
  },
  {
    // An "inside channel" promised as a favour: what it buys is never the bank's to give.
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    triggers: ['内部'],
    patterns: zh(
      `(?:帮|给|替)${YOU}?(?:走|找|通过|用)?(?:个)?内部(?:渠道|关系|通道|途径|处理|操作|消化)|(?:走|找|通过|有)(?:我们的?)?内部(?:渠道|关系|通道|途径)${GAP(10)}(?:处理|结清|减免|免|删|消除|搞定|办)`,
    ),
  },
  {
    id: 'misrepresentation.recording',
    lang: 'zh',
    triggers: ['录音', '录下'],
    patterns: zh(
      `(?:通话|电话|对话|聊天)${GAP(4)}(?:不会|没有|没|不)(?:被)?(?:录音|录下)|(?:说什么|说的话|聊的)(?:都)?不会(?:被)?(?:录音|录下)`,
    ),
  },
];
