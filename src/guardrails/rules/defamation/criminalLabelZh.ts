import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import {
  CLAUSE,
  FRAUD,
  KIN_FRAUD_PATTERNS,
  KIN_FRAUD_TRIGGERS,
  LABEL,
  NO_NEG,
  NO_NEG_ZH,
} from '../shared/zh.js';

/**
 * Defamation (Chinese): the person called a criminal.
 */

// Who is never told of a crime the person did not commit, and the crime told.
const ZH_AUDIENCE =
  '(?:家里?人|亲戚|亲友|家属|父母|爱人|老婆|老公|单位|公司|领导|同事|邻居|房东|朋友|村里|老家|客户|合伙人)';
const ZH_CRIME_TOLD = `[^。！？!?\\n]{0,12}?${YOU}(?:是(?!被)|涉嫌|(?:在|正在|已经)?被(?!骗|盗|冒|他人|人冒)|骗了|偷了|犯了|属于)[^。！？!?\\n]{0,6}?(?:诈骗|骗子|骗了|罪犯|犯罪|经济犯|逃犯|立案|调查|通缉|抓|偷|银行的钱)`;
const FRAUD_ZH = '(?:诈骗嫌疑人|诈骗分子|诈骗犯|诈骗人员|欺诈嫌疑人|骗子|骗贷者|骗贷分子|重点追查对象)';
// Someone who took money and did not pay it back: the label tied to the debt.
const DEBT_WAY =
  '(?:骗钱|骗人钱|骗银行钱|骗人|骗贷|赖账|赖数|失信|欠钱不还|欠债不还|借钱不还|借钱唔还|欠钱唔还|呃人钱|呃钱|呃人|走数|老赖)';
const THIEF_ZH =
  '(?:贼|小偷|骗子|老千|诈骗犯|骗徒|强盗|窃贼|盗贼|扒手|呃钱佬|骗钱的东西|骗钱的家伙|骗钱的货)';

export const DEFAMATION_CRIMINAL_LABEL_ZH: PatternRuleSpec[] = [
  {
    id: 'defamation.criminal_label',
    lang: 'zh',
    triggers: ['犯罪', '诈骗', '偷', '盗窃', '骗钱', '欺诈', '恶意透支', '罪'],
    patterns: zh(
      `${YOU}(?:这|这样|这种行为|的行为)?(?:是|就是|属于|已经是|已经构成|构成|涉嫌|是在|就是在)(?:在)?(?:犯罪|诈骗|违法犯罪|偷|盗窃|骗钱|欺诈|恶意透支)`,
      `欠(?:钱|债)不还(?:就)?是(?:犯罪|诈骗|违法犯罪)`,
    ),
  },
  {
    id: 'defamation.criminal_label',
    lang: 'zh',
    triggers: ['两样', '区别', '不同'],
    patterns: zh(
      `(?:跟|和|与)${GAP(2)}(?:骗|偷|抢|诈骗|骗子|小偷|强盗|无赖|老赖|贼)${GAP(3)}(?:有(?:什么|啥)|没(?:有)?(?:什么|啥)?)(?:两样|区别|不同)`,
    ),
  },
  {
    // A crime imputed to the person and told to others: "我们告诉了您的房东，您骗了银行的钱",
    // "你的邻居都知道你在被警方调查了".
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['告诉', '通知', '告知', '讲了', '说了', '知会', '通报', '知道', '晓得'],
    patterns: zh(
      `(?:告诉|通知|告知|讲了|说了|知会|通报)(?:了|过)?${GAP(4)}${YOUR}?${ZH_AUDIENCE}${ZH_CRIME_TOLD}`,
      `${ZH_AUDIENCE}(?:都|也|已经|全)*(?:知道|晓得)(?:了)?${ZH_CRIME_TOLD}`,
    ),
  },
  {
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: [
      '列为',
      '列入',
      '定为',
      '认定为',
      '标记',
      '标成',
      '标为',
      '备注',
      '标注',
      '标签',
      '档案',
      '当成',
      '骗子',
      '诈骗',
      '欺诈',
      '骗贷',
      '追查对象',
    ],
    patterns: zh(
      `(?:列为|列入|定为|认定为|标记为|标记成|标记成了|标成|标为|备注为|备注成|标注为|当成)${NO_NEG_ZH(4)}${FRAUD_ZH}`,
      `(?:备注|标注|标签|档案里写)(?:的)?(?:就)?(?:是|为|成)?${NO_NEG_ZH(2)}(?:骗子|诈骗犯|诈骗分子|老赖)`,
      `(?:你|您)(?:就|本来就|根本就|分明就|明明就)是(?:个|一个)?(?:骗子|诈骗犯|诈骗分子)`,
      `(?:告诉|通知|跟|向|和)[^。!?\\n]{0,12}?(?:他|她)(?:就|本来就|根本就)?是(?:个|一个)?(?:骗子|诈骗犯|诈骗分子)`,
      `(?:涉嫌|嫌疑|列为|认定为|定为)[^。!?\\n]{0,6}?(?:诈骗|骗子|欺诈)[^\\n]{0,40}?(?:远离|提防|防着|当心|小心|别再借钱给|不要借钱给|别相信|不要相信)(?:他|她|此人|这个人|该人|这人)`,
    ),
  },
  {
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['贼', '小偷', '骗子', '老千', '诈骗犯', '骗徒', '强盗', '扒手', '呃钱', '骗钱的'],
    patterns: zh(
      // "你就是个骗钱的贼", "像你这种骗子", "你条友正一骗子", "你个老千".
      `(?:你|您)(?:这种|这个|这样的|呢个|条友|個|个|就|本来就|根本就|分明就|明明就|简直就|真是|就系|就是|係|系|是|正一|一个|一個|只|嘅|的)*(?:${DEBT_WAY}(?:的|嘅|既)?)?${THIEF_ZH}`,
      // "失信的贼", "欠钱不还的小偷", "呃钱嘅老千": the label tied to the unpaid debt.
      `${DEBT_WAY}(?:的|嘅|既)${NO_NEG(2)}${THIEF_ZH}`,
      // "正一老千", "十足的骗子", "彻头彻尾的贼": an intensified label.
      `(?:正一|十足(?:的|嘅)?|彻头彻尾(?:的|嘅)?|活脱脱(?:的|嘅)?|不折不扣(?:的|嘅)?)(?:个|一个)?${THIEF_ZH}`,
      // "骗钱的东西": no lawful reading.
      `骗钱的(?:东西|家伙|货)`,
    ),
  },
  {
    // "四处行骗、受害者中招", "专门骗人钱财": not a warning about fraudsters.
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['骗'],
    patterns: zh(
      `(?<!分子|骗子|团伙|冒充[^,。]{0,8})(?:四处|到处|专门|一直|经常|长期|多次)(?:行骗|骗人|骗钱|诈骗|坑蒙拐骗|招摇撞骗)`,
    ),
  },
  {
    // "您的儿子…已被列为涉嫌骗贷人员，请您转告他", "您同事陈某…我们怀疑他是有预谋的诈骗".
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: [
      ...KIN_FRAUD_TRIGGERS,
      '告诉他',
      '转告他',
      '提醒他',
      '告诉她',
      '转告她',
      '提醒她',
      '劝他',
      '劝她',
      '通知他',
      '通知她',
    ],
    patterns: zh(
      ...KIN_FRAUD_PATTERNS,
      // "…已被认定涉嫌恶意诈骗。…请告诉他小心处理": the label, then the reader asked to pass it on.
      `${LABEL}${CLAUSE(6)}${FRAUD}[^\n]{0,60}?(?:请|麻烦)(?:您)?(?:告诉|转告|提醒|劝劝?|通知)(?:他|她)`,
    ),
  },
  {
    // The person likened to a fraudster (guardzh26): "跟骗子就差一张判决书", "一边哭穷一边度假，这不叫困难，
    // 这叫诈骗", "和诈骗犯有什么区别". A warning that names a scam to the person ("这叫诈骗，请报警") is not.
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['骗子', '诈骗', '骗钱', '老赖'],
    patterns: zh(
      `(?:跟|和|与)(?:骗子|诈骗犯|老赖)${GAP(6)}(?:就差|差不多|没(?:什么|啥)?(?:区别|两样)|一样|有什么区别|一个样)`,
      `(?:不叫|不是)[^。!?\\n]{0,8}?(?:这|而是)?(?:就)?叫(?:诈骗|骗钱|骗子)(?![,，]?${GAP(4)}(?:请|建议|不要|勿|报警|切勿))`,
    ),
  },
];
