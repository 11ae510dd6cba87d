import { YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes the fifteenth session's blind sets showed uncovered (guardrw15b, issue 16), written by
 * structure from the helper's own check lines (test/guardrails/labelled/check-rw15b.zh.jsonl),
 * not from a real message:
 * - an insult joined to the debt ("欠钱不还的废物", "穷鬼"), a grown adult mocked for leaning on
 *   the parents, the person's parents insulted ("你妈在外面卖"): harassment;
 * - Cantonese veiled threats ("好好招呼你屋企人", "即刻出队"), the whole workplace told
 *   ("全公司都会收到你的…"): threat;
 * - the person's debt posted or published ("贴出你的欠款公告", "公布你的欠债讯息"; traditional
 *   characters are folded before the rules run): public exposure;
 * - a relative told the debt passes down the family ("父债子偿"): privacy (no such liability).
 * 信用卡业务监督管理办法 Art. 69; 互联网金融逾期债务催收自律公约 Art. 20-22; 治安管理处罚法 Art. 42.
 */
const CLAUSE = (n: number): string => `[^,;:!?。、\\n]{0,${n}}?`;
const DEBT = '(?:欠钱|欠债|借钱|赖账|赖债|欠款|欠账|老赖|拖着|拖欠)';
const SCUM = '(?:垃圾|废物|人渣|败类|畜生|杂种|狗东西|贱人|贱货|玩意儿?|东西)';
const ELDERS = '(?:父母|爸妈|爹妈|家里|老人|你爸|你妈|家人)';
const PARENT = '(?:妈|爸|娘|老妈|老爸|老娘|全家|家里人|爹)';
const VICE =
  '(?:卖了?淫|卖身|卖(?=[,.!?。]|$)|赌了?博|烂赌|赌鬼|吸了?毒|毒鬼|婊子|干那行|老不死|骗子|贱货|不要脸|不得好死)';
const WORKPLACE = '(?:公司|单位|部门|办公室)';

export const STRUCT_RW15B_ZH: PatternRuleSpec[] = [
  {
    // "赖账不还的废物", "借钱不还的人渣", "穷鬼一个", "三十岁的人了还要爸妈替你还债".
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: ['垃圾', '废物', '人渣', '败类', '畜生', '杂种', '东西', '贱', '玩意', '穷', '擦屁股', '人了'],
    patterns: zh(
      `${DEBT}(?:不还|不给|不认)?的${SCUM}`,
      `穷(?:鬼|逼|比|b)`,
      `(?:这么大|多大|老大不小|[一二三四五六七八九十\\d]+岁)的?人了${CLAUSE(6)}${ELDERS}${CLAUSE(6)}(?:擦屁股|还债|还钱|兜底|买单)`,
      `${ELDERS}${CLAUSE(4)}(?:给|替|帮)${YOU}擦屁股`,
    ),
  },
  {
    // "你爸是个烂赌鬼，你妈在外面卖", "你全家都是骗子", "你妈是干那行的吧".
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: ['你妈', '你爸', '你娘', '你老', '你全家', '你家里人', '你爹'],
    patterns: zh(`你${PARENT}(?:就)?(?:是个?|在外面|去|都是|都)?${CLAUSE(3)}${VICE}`),
  },
  {
    // "我哋会好好招呼你屋企人", "即刻出队揾你", "班兄弟会上嚟招呼你".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['招呼', '出队'],
    patterns: zh(
      `(?:我哋|兄弟|班人|实会|上嚟|过嚟|揾人)${CLAUSE(8)}招呼${YOU}`,
      `招呼${YOU}(?:哋|屋企)`,
      `(?:即刻|马上|立即|今晚|听日|就)出队`,
    ),
  },
  {
    // "不还下周你们单位每个人都会知道你欠钱", "你全公司同事都会收到你的…".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['收到', '知道', '看到'],
    patterns: zh(
      `(?:全|整个|整|你们?|你全)${WORKPLACE}(?:的)?(?:同事|人|领导)?(?:每个人)?(?:都|全)(?:会|将|要)?(?:收到|知道|看到)${YOU}`,
    ),
  },
  {
    // "在你公司门口贴出你的欠款公告", "把你的欠债资料公布到朋友圈", "张贴你欠钱不还的告示".
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['公布', '公开', '曝光', '张贴', '贴', '发到', '挂', '发布'],
    patterns: zh(
      `(?:公布|公开|曝光|张贴|贴出?|发到|挂出?|发布)${CLAUSE(4)}${YOUR}${CLAUSE(4)}(?:欠债|欠款|欠钱|债务|逾期|赖账)${CLAUSE(4)}(?:讯息|信息|资料|公告|告示|通告|海报|记录)`,
      `${YOUR}(?:欠债|欠款|欠钱|债务|逾期|赖账)(?:讯息|信息|资料|公告|告示|通告|海报|记录)${CLAUSE(6)}(?:(?:公布|公开|曝光|张贴|贴|挂)(?:到|在|出)|发到)`,
    ),
  },
  {
    // "父债子偿，你爸欠的钱你得还", "他的债就是你的债": a relative told the debt is theirs.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['父债', '子债', '夫债', '妻债', '母债', '的债'],
    patterns: zh(
      `(?<!所谓的?|关于|["'“‘])(?:父|子|夫|妻|母)债(?:子|父|妻|夫|女)(?:偿|还)(?!["'”’]|问题|吗|的说法|是否|${CLAUSE(8)}吗)(?!${CLAUSE(8)}(?:没有|无|不是|不符合|并非|不存在)(?:任何)?(?:法律)?(?:依据|根据))`,
      `(?:他|她|你爸|你妈|你儿子|你女儿|你老公|你老婆)的债(?:就是|也是|便是)${YOU}的债`,
    ),
  },
];
