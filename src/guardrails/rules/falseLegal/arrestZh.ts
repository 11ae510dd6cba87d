import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { NOT_IF, NOT_THIRD_ACCUSED, PLAIN, PLAIN_MANDARIN, THIRD_REPORTED } from '../shared/zh.js';

/**
 * False legal threats (Chinese): arrest, police and criminal charges.
 */

/** Police and prosecutors: named to a debtor, only to frighten (DOMAIN: civil matter). */
const POLICE_WORDS = [
  '公安',
  '警察',
  '民警',
  '派出所',
  '经侦',
  '刑警',
  '警方',
  '检察院',
  '检察机关',
  '司法机关',
];
const POLICE = `(?:${POLICE_WORDS.join('|')})`;
const POLICE_ACT = `(?:找${YOU}|联系${YOU}|约谈|找${YOU}谈话|找上门|上门|抓|逮捕|带走|拘留|刑拘|传唤|立案|调查${YOU}|介入|通缉|来找|到${YOUR}?家)`;
// The person as a crime's victim (盗刷, 冒名): the police step is for them, not against them.
const VICTIM = '(?:盗刷|冒用|冒名|被骗|伪卡|被盗)';
const ZH_NUM = '(?:[一二三四五六七八九十两几\\d]+)';
const POLICE_ORGANS = '(?:公安|经侦|刑侦|派出所|警方|司法机关|检察|相关部门|有关部门)';

export const FALSE_LEGAL_ARREST_ZH: PatternRuleSpec[] = [
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: [
      '移交',
      '司法机关',
      '抓',
      '逮捕',
      '拘留',
      '拘捕',
      '刑拘',
      '关押',
      '关进',
      '带走',
      '坐牢',
      '判刑',
      '入狱',
      '监狱',
      '局子',
      '牢饭',
      '大牢',
      '通缉',
      '判处',
      '公安',
      '警方',
      '警察',
      '派出所',
      '经侦',
      '报警',
      '刑事',
      '诈骗罪',
      '透支罪',
      '刑法',
      '涉嫌',
      '构成',
      '案底',
      '犯罪记录',
    ],
    patterns: zh(
      `抓(?:你|您|人|走|起来|捕)|(?:被|将被|会被)抓|逮捕|拘留|拘捕|刑拘|关押|关进去|(?:被|把${YOU})(?:警察)?带走|坐牢|判刑|入狱|进监狱|蹲监狱|进局子|吃牢饭|蹲大牢|通缉|判处`,
      `(?:公安|警方|警察|派出所|经侦)${THIRD_REPORTED}(?:机关|部门)?(?:将|会|已经|已|马上|即将|正在|就会|就)?(?:介入|立案|上门|抓|找${YOU}|来|调查|处理)`,
      `(?:我们|银行|我|本行)(?:将|会|已经|已|马上|就|要|准备)?报警|报警抓|移交${THIRD_REPORTED}(?:给)?(?:司法机关|公安|法院|检察院|警方|经侦)|(?:司法机关|警方)(?:会|将|已经?)?介入`,
      `(?:追究|承担)${YOUR}?刑事责任|刑事(?:案件|立案|责任|处罚)|信用卡诈骗罪|诈骗罪|恶意透支罪|刑法(?:第)?(?:一百九十六|196)条|${NOT_THIRD_ACCUSED}涉嫌(?:犯罪|诈骗|恶意透支)|构成(?:犯罪|诈骗|刑事)|留(?:下)?案底|犯罪记录`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['推送', '移送', '转交', '提交', '上报'],
    patterns: zh(
      `(?:推送|移送|转交|提交|上报)${THIRD_REPORTED}(?:到|给|至)?${GAP(6)}(?:公安|警方|检察院|司法机关|经侦)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [...POLICE_WORDS, '报案', '报了案'],
    patterns: zh(
      `${POLICE}(?:机关|部门|局|的人|大队|同志)?(?!不会|不|没有|没|并不|绝不|从不|从来不)${GAP(10)}${POLICE_ACT}`,
      `(?:移交|移送|报送|交给|转交|报给|报到|上报给?)${THIRD_REPORTED}${GAP(4)}${POLICE}`,
      `(?:我们|银行|本行|我)(?:已经|已|将|会|马上|就|准备|要)?(?!没|未|不|从未|并没|并未|从没)${GAP(2)}(?:报案|报了案)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['构成', '涉嫌', '属于', '定性', '算是'],
    patterns: zh(
      `(?<![这那此])${NOT_THIRD_ACCUSED}(?:构成|涉嫌|属于|定性为|算是)(?:了)?(?:恶意透支|信用卡诈骗|诈骗罪|诈骗|刑事犯罪|违法犯罪|犯罪|刑事案件)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['司法', '调查', '上访', '传唤', '套现', '政审', '考公', '参军', '当兵'],
    patterns: zh(
      `司法(?:调查|审查|追责|处置|催收)?程序|(?:进入|启动|触发)${GAP(4)}(?:调查|司法)|配合(?:司法|警方|公安)调查`,
      `上访|传唤`,
      `(?:恶意)?套现${GAP(6)}(?:犯罪|违法|刑事|经侦|公安)|(?:涉及|涉嫌)${GAP(8)}套现`,
      `(?:政审|考公|参军|当兵)${GAP(6)}(?:过不了|(?<!不|没有|没)受影响|不合格|不通过|没戏)|(?:过不了|影响)${GAP(6)}(?:政审|考公)`,
    ),
  },
  // dev-s5 classes: the police "already working on it", records in a police system, travel
  // bans and frozen ID cards, a text that calls itself a court's notice; en: passports flagged,
  // case numbers and hearings "set", judgment by default.
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['经侦', '公安', '警方', '派出所', '检察院', '刑侦'],
    patterns: zh(
      `(?:经侦|公安|警方|派出所|检察院|刑侦)${GAP(8)}(?:走流程|在走|已经在|介入|立案|备案|盯上|挂上号)`,
      `(?:录入|上报|列入|纳入|登记到?)${GAP(4)}(?:公安|警方|司法|刑侦)(?:系统|网|名单|数据库)`,
    ),
  },
  // check-s5 classes (seen): the file "passed to" the police, court officers at work, children's
  // schooling, other platforms' accounts frozen.
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['派出所', '公安', '警方', '经侦', '检察院'],
    patterns: zh(
      `(?:同步|移交|转交|报送|提交|交给|通报|报给)${THIRD_REPORTED}(?:给|至|到)?(?:了)?${GAP(4)}(?:当地|辖区|属地)?(?:派出所|公安|警方|经侦|检察院)`,
    ),
  },
  // probe-s5 classes (seen): the bank "classifies" the person a fraudster, the court "will contact
  // you", the file "is with the prosecutor", spending bans.
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['认定', '定性', '列为', '法院'],
    patterns: zh(
      `(?:认定|定性|列为)(?:为|成)?${GAP(4)}(?:恶意逃债|恶意透支|诈骗|逃废债|骗贷)`,
      `(?:之后|然后|接下来|下一步|随后)${GAP(4)}(?:由)?法院${GAP(4)}(?:直接)?(?:联系|找|通知|传唤)${YOU}`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['抓人', '来抓', '抓走', '直接抓', '带走', '公安', '警方', '派出所', '经侦'],
    patterns: zh(
      `抓人|来抓|抓走|直接抓|(?:警察|公安|民警)${GAP(6)}带走`,
      `(?:上报|报给|交给|移送|移交)${THIRD_REPORTED}(?:给)?(?:公安|警方|派出所|经侦)`,
    ),
  },
  {
    // Police slang and pinyin: jc (警察), lian (立案), "直接带走", "打过招呼".
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: [
      'jc',
      'lian',
      '带走',
      '抓走',
      '拘走',
      '铐走',
      '拘留',
      '关进去',
      '打过招呼',
      '在路上',
      '出发了',
      '过来了',
      '马上到',
      '上门',
      '就拘',
      '就抓',
      '打好招呼',
      '打了招呼',
      '通过气',
    ],
    patterns: zh(
      `(?:jc|警察|公安|派出所|所里|局里|经侦)${GAP(6)}(?:已经)?(?:打过招呼|打好招呼|打了招呼|通过气)`,
      `(?:lian|立案|报案)${GAP(8)}(?:直接)?(?:被)?(?:带走|抓走|拘走|铐走|拘留)`,
      `(?:jc|警察|公安|民警)${GAP(4)}(?:已经)?(?:在路上|出发了|过来了|马上到|上门)`,
      `(?:lian|立案)${GAP(4)}就(?:拘|抓)(?!泥|束|紧)`,
      `直接(?:被)?(?:抓走|拘走|铐走|关进去)|(?:把|将)?${YOU}?(?:直接)?(?:被)?(?:jc|警察)${GAP(4)}(?:带走|抓走)`,
    ),
  },
  {
    // The police said to come and take the person in: "派出所出警带您回去协助调查".
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['带', '押'],
    patterns: zh(
      `(?:派出所|公安|警察|民警|警方)${GAP(14)}(?:带|押)(?:${YOU})(?:回去|回所|走|到|去|回)${GAP(8)}(?:协助调查|配合调查|做笔录|问话|调查|派出所|所里)`,
    ),
  },
  {
    // Years in prison held over the person: "你这个金额够判三年以上了".
    id: 'false_legal.arrest',
    lang: 'zh',
    triggers: ['判'],
    patterns: zh(`(?:够|足够|足以)(?:判|被判)${YOU}?${GAP(2)}${ZH_NUM}年`),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['拘传', '通缉'],
    patterns: zh(`(?:申请|发布|发出|下达|实施|进行)${PLAIN_MANDARIN(6)}(?:拘传|通缉)|(?:拘传|通缉)(?:令)?`),
  },
  {
    // "请本人和家眷配合相关部门核查", "配合警方调查", "资料已上报派出所，等待出警".
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['配合', '协助', '移交', '移送', '提交', '上报', '转交', '报送', '出警'],
    patterns: zh(
      `(?=(?:本人|${YOU}))${NOT_IF}(?:本人|${YOU})${PLAIN(4)}(?:和|及|与|以及|连同)${PLAIN(2)}(?:家眷|家属|家人|亲属)${PLAIN(6)}(?:配合|协助)${PLAIN(8)}(?:调查|核查|取证|问询|询问|${POLICE_ORGANS})`,
      `(?=配合)${NOT_IF}配合${PLAIN(4)}(?:公安|经侦|刑侦|派出所|警方|司法机关|检察|相关部门|有关部门)${PLAIN(4)}(?:调查|核查|取证|问询)`,
      `(?=(?:移交|移送|提交|转交|上报|报送))${NOT_IF}(?:移交|移送|提交|转交|上报|报送)${THIRD_REPORTED}${PLAIN(6)}(?:公安|经侦|刑侦|派出所|警方|司法机关|检察)`,
      `(?:等待|等着|准备)出警`,
    ),
  },
  {
    // Accounts past a line said to go to the police as a rule: "根据相关规定，逾期超过90天的账户将由公安
    // 机关经济犯罪侦查部门介入核查" (guardzh26). No law sends a card debt to the police by its age, so
    // the rule's words ("根据…规定") are no statement of the law here.
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['由', '移交', '转交'],
    patterns: zh(
      `(?<!${VICTIM}[^。!?\\n]{0,12})(?:将|会|即将|已|已经|统一|马上)(?:由|移交|转交|交由)${THIRD_REPORTED}${POLICE}(?:机关|部门)?${GAP(10)}(?:介入|核查|调查|立案|处理|询问|找${YOU})`,
    ),
  },
  {
    // The police as the next step for a card debt (guardzh26): "将由公安机关经济犯罪侦查部门介入核查",
    // "拟以涉嫌信用卡诈骗向公安机关报案", "后面是穿制服的同志跟您谈", "那就不是欠钱的事了，三年起步".
    // The person's own report ("您可向公安机关报案") is theirs to make.
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    personMayAct: true,
    triggers: ['报案', '报警', '举报', '控告', '制服', '大盖帽', '警服', '起步', '起判', '打底', '判', '坐'],
    patterns: zh(
      `(?<!(?:可以|可|建议|请|应|应当|及时|自行|立即|尽快|马上)${GAP(4)}|${VICTIM}[^。!?\\n]{0,12})(?:向|到|去)(?:当地|辖区)?${POLICE}(?:机关|部门|局)?${GAP(2)}(?:报案|报警|举报|控告)`,
      `(?:穿制服|戴大盖帽|穿警服)的(?:同志|人|朋友)?${GAP(6)}(?:跟${YOU}|和${YOU}|找${YOU}|来|上门|谈)`,
      `${ZH_NUM}年(?:起步|起判|打底)|判${YOU}?(?:个)?${ZH_NUM}年|坐${ZH_NUM}年(?:牢)?`,
    ),
  },
];
