import { GAP, YOU, YOUR, en, zh, type PatternRule } from './ruleTypes.js';

/**
 * False legal threats: arrest and criminal charges for an ordinary overdue account, court action
 * asserted as certain, "blacklists", invented consequences, impersonating police, courts or
 * lawyers. DOMAIN.md; FDCPA §1692e(4),(5),(7); 信用卡业务监督管理办法 Art. 68–69.
 */
const KIDS = '(?:子女|孩子|小孩|儿子|女儿|下一代)';

export const LEGAL_RULES: PatternRule[] = [
  {
    id: 'false_legal.arrest', category: 'false_legal', severity: 'critical', lang: 'zh', negatable: true,
    triggers: ['移交', '司法机关', '抓', '逮捕', '拘留', '拘捕', '刑拘', '关押', '关进', '带走', '坐牢', '判刑', '入狱', '监狱', '局子', '牢饭', '大牢', '通缉', '判处', '公安', '警方', '警察', '派出所', '经侦', '报警', '刑事', '诈骗罪', '透支罪', '刑法', '涉嫌', '构成', '案底', '犯罪记录'],
    patterns: zh(
      `抓(?:你|您|人|走|起来|捕)|(?:被|将被|会被)抓|逮捕|拘留|拘捕|刑拘|关押|关进去|(?:被|把${YOU})(?:警察)?带走|坐牢|判刑|入狱|进监狱|蹲监狱|进局子|吃牢饭|蹲大牢|通缉|判处`,
      `(?:公安|警方|警察|派出所|经侦)(?:机关|部门)?(?:将|会|已经|已|马上|即将|正在|就会|就)?(?:介入|立案|上门|抓|找${YOU}|来|调查|处理)`,
      `(?:我们|银行|我|本行)(?:将|会|已经|已|马上|就|要|准备)?报警|报警抓|移交(?:给)?(?:司法机关|公安|法院|检察院|警方|经侦)|(?:司法机关|警方)(?:会|将|已经?)?介入`,
      `(?:追究|承担)${YOUR}?刑事责任|刑事(?:案件|立案|责任|处罚)|信用卡诈骗罪|诈骗罪|恶意透支罪|刑法(?:第)?(?:一百九十六|196)条|涉嫌(?:犯罪|诈骗|恶意透支)|构成(?:犯罪|诈骗|刑事)|留(?:下)?案底|犯罪记录`,
    ),
  },
  {
    id: 'false_legal.court', category: 'false_legal', severity: 'high', lang: 'zh', negatable: true, hedgeable: true,
    triggers: ['法院', '起诉', '诉讼', '告上法庭', '告你', '上法院', '上法庭', '传票', '强制执行', '查封', '扣押', '拍卖', '冻结', '划扣', '律师函', '开庭', '判决'],
    patterns: zh(
      `起诉|提起诉讼|诉讼|告上法庭|告你|上法院|上法庭|传票|强制执行|查封|扣押|拍卖|律师函|开庭|法院判决`,
      `冻结${GAP(6)}(?:银行卡|账户|工资|财产|资产|存款|房产|名下)|划扣${YOUR}?(?:工资|存款|其他银行)`,
      `法院${GAP(8)}(?:划走|划扣|扣走|扣押|冻结|执行|查封|拍卖|判你|传唤|找你|来人)`,
    ),
  },
  {
    id: 'false_legal.blacklist', category: 'false_legal', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['黑名单', '失信', '老赖名单', '限制', '限高', '坐不了', '乘不了', '不能坐', '不能乘', '永久', '终身', '一辈子'],
    patterns: zh(
      `黑名单|失信(?:被执行人)?名单|老赖名单|限制(?:高消费|出行|出境|乘坐)|限高|(?:坐|乘)不了(?:飞机|高铁|火车)|不能(?:坐|乘坐)(?:飞机|高铁|火车)`,
      `(?:永久|终身|一辈子)${GAP(6)}(?:征信|污点|不良记录|贷不了款)|征信${GAP(6)}(?:永久|终身|一辈子)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence', category: 'false_legal', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['子女', '孩子', '小孩', '儿子', '女儿', '下一代', '政审', '全家', '家人', '连累', '父债子还', '工作', '饭碗', '开除', '吊销', '注销', '没收', '收走', '水电', '断水', '断电', '停水', '停电'],
    patterns: zh(
      `${KIDS}${GAP(6)}(?:不能|无法|没法|没资格|没有资格|上不了|考不了|当不了|读不了)(?:上学|上大学|读书|入学|考公|考公务员|考编|当兵|参军|出国|学|大学|公务员|兵|书|好学校)`,
      `影响(?:到)?${YOUR}?${KIDS}(?:的)?(?:上学|入学|升学|考公|政审|参军|就业|前途)`,
      `${KIDS}${GAP(10)}(?:考公|公务员|当兵|参军|上大学|上学|考编|政审)${GAP(6)}(?:不可能|没戏|别想|没门|泡汤|过不了)`,
      `政审(?:不通过|过不了|通不过)|(?:全家|家人)(?:都)?(?:上|进|列入)(?:征信|黑名单)|连累${YOUR}?(?:家人|${KIDS})|父债子还`,
      `(?:丢|失去|保不住)(?:掉)?${YOUR}?(?:工作|饭碗)|(?:被|让${YOU}被)(?:公司|单位)?开除|(?:吊销|注销)${YOUR}?(?:驾照|护照|身份证|户口)`,
      `(?:没收|收走)${YOUR}?(?:房子|房产|车|财产)|(?:停|断)(?:${YOU}家)?(?:的)?(?:水电|水|电)`,
    ),
  },
  {
    id: 'false_legal.impersonation', category: 'false_legal', severity: 'critical', lang: 'zh', negatable: true,
    triggers: ['我是', '我们是', '这里是', '这边是', '本人是', '法务', '代表', '受', '法院通知', '法院提醒'],
    patterns: zh(
      `(?:我是|我们是|这里是|这边是|本人是)${GAP(10)}(?:警察|民警|警官|公安|派出所|刑警|经侦|法官|法院|检察院|检察官|律师|律所|法务|执行局|仲裁委|调解中心|司法)`,
      `法务专员|法务部(?:门)?${GAP(4)}(?:将|会|已经|已|正式)(?:介入|接手|处理|跟进|起诉)`,
      `(?:代表|受)${GAP(4)}(?:法院|公安|检察院|律师事务所|律所|仲裁)`,
      `法院(?:通知|提醒|告知)${YOU}`,
    ),
  },
  {
    id: 'false_legal.arrest', category: 'false_legal', severity: 'critical', lang: 'en', negatable: true,
    triggers: ['arrest', 'jail', 'prison', 'locked up', 'detain', 'handcuff', 'police', 'authorities', 'fbi', 'sheriff', 'criminal', 'charges', 'prosecut', 'warrant', 'felony', 'misdemeanor', 'crime'],
    patterns: en(
      `\\b(?:arrested|jailed|imprisoned|locked up|detained|handcuffed)\\b|\\b(?:go|going|sent|send you|put you|end up) (?:to|in) (?:jail|prison)\\b|\\b(?:jail|prison) (?:time|sentence)\\b`,
      `\\bpolice (?:will|are going to|are on (?:their|the) way|have been (?:notified|informed|called)|are coming)\\b`,
      `\\b(?:we(?:'ll| will| are going to| have| shall)?|the bank will) (?:call|notify|contact|inform|alert|get) the (?:police|authorities|fbi|sheriff)\\b|\\breport(?:ing)? you to the (?:police|authorities|fbi)\\b`,
      `\\b(?:is|be|as|counts as) a (?:felony|crime|criminal offen[cs]e|misdemeanor)\\b|\\b(?:criminal|fraud) (?:charges?|case|complaint|prosecution|record|investigation|offen[cs]e)\\b|\\b(?:press|file|bring) charges\\b|\\bprosecut(?:e|ed|ion)\\b|\\b(?:arrest )?warrant (?:has been|was|is being|will be) issued\\b|\\bwarrant for your arrest\\b`,
    ),
  },
  {
    id: 'false_legal.court', category: 'false_legal', severity: 'high', lang: 'en', negatable: true, hedgeable: true,
    triggers: ['haul', 'judge', 'process server', 'served with', 'sue', 'suing', 'lawsuit', 'legal action', 'legal proceedings', 'court', 'summons', 'subpoena', 'garnish', 'seize', 'seizure', 'repossess', 'lien', 'judgment', 'freeze your'],
    patterns: en(
      `\\bhaul(?:ed)? (?:you )?(?:into|to|before a) (?:court|judge)\\b|\\b(?:into|to|in|before) court\\b|\\bthe judge (?:will|is going to|would)\\b|\\bin front of a judge\\b|\\b(?:sue|suing|sued)\\b|\\blawsuit\\b|\\blegal (?:action|proceedings)\\b|\\btake you to court\\b|\\bcourt (?:order|date|summons|hearing|judgment|case)\\b|\\bsummons\\b|\\bsubpoena\\b|\\bprocess server\\b|\\bserved with (?:papers|a summons|legal papers)\\b`,
      `\\bgarnish(?:ment|ed|ing)?\\b|\\b(?:seize|seizure|repossess(?:ion)?)\\b|\\blien\\b|\\bjudgment against you\\b|\\bfreeze your (?:bank )?(?:accounts?|assets|wages|savings)\\b`,
    ),
  },
  {
    id: 'false_legal.blacklist', category: 'false_legal', severity: 'high', lang: 'en', negatable: true,
    triggers: ['blacklist', 'no-fly', 'banned from', 'barred from', 'forever', 'for life', 'permanent', 'never be removed', 'never go away'],
    patterns: en(
      `\\bblacklist(?:ed|ing)?\\b|\\bno-fly list\\b|\\b(?:banned|barred) from (?:flying|travel(?:l?ing)?|leaving the country|travelling abroad|traveling abroad)\\b`,
      `\\bcredit (?:report|record|file|history)\\b[^.!?\\n]{0,30}\\b(?:forever|for life|permanently|never be removed|never go away)\\b`,
      `\\b(?:permanent|lifetime) (?:mark|record|stain) on your credit\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence', category: 'false_legal', severity: 'high', lang: 'en', negatable: true,
    triggers: ['children', 'kids', 'son', 'daughter', 'school', 'lose your', 'losing your', 'fired', 'deport', 'revoke', 'cancel your', 'suspend your', 'take your', 'take away', 'cut off', 'shut off', 'family will', 'family must', 'family are', 'responsible for'],
    patterns: en(
      `\\b(?:children|kids|son|daughter)\\b[^.!?\\n]{0,40}\\b(?:barred|banned|expelled|kicked out|refused|denied|won't be (?:able|allowed)|can't (?:go|attend|enroll)|cannot (?:go|attend|enroll))\\b[^.!?\\n]{0,30}\\b(?:school|college|university|education)\\b`,
      `\\b(?:lose|losing|lost) your (?:job|house|home|visa|licen[cs]e|passport|kids|children)\\b|\\bget (?:you )?fired\\b|\\bdeport(?:ed|ation)?\\b`,
      `\\b(?:revoke|cancel|suspend) your (?:passport|driver'?s? licen[cs]e|visa|citizenship|residency|green card)\\b`,
      `\\b(?:take|take away) your (?:house|home|car|kids|children|property|everything)\\b|\\b(?:cut|shut) off your (?:water|electricity|power|utilities|phone)\\b`,
      `\\byour (?:family|children|kids|spouse|parents|relatives) (?:will |would )?(?:have to|must|are (?:responsible|liable) for|will be (?:responsible|liable) for) (?:pay|your|the|this)`,
    ),
  },
  {
    id: 'false_legal.impersonation', category: 'false_legal', severity: 'critical', lang: 'en', negatable: true,
    triggers: ['police', 'sheriff', 'court', 'attorney', 'prosecutor', 'lawyer', 'law firm', 'law office', 'legal department', 'legal team', 'bailiff', 'marshal', 'officer', 'detective', 'sergeant', 'deputy', 'judge'],
    patterns: en(
      `\\b(?:this is|i am|i'm|we are|we're|i work for|we work for|calling from|writing from|on behalf of)\\s+(?:the |a |an |your )?(?:[a-z']+ ){0,3}?(?:police|sheriff'?s?|court|courthouse|district attorney|prosecutor'?s?|attorney|lawyer|law firm|law office|legal department|legal team|bailiff|marshal)\\b`,
      `\\b(?:officer|detective|sergeant|deputy|judge)\\s+[a-z]+\\s+(?:here|speaking|from)\\b|\\bthis is (?:officer|detective|sergeant|deputy|judge)\\b`,
      `\\bour (?:legal department|legal team|lawyers|attorneys) (?:will|are going to|have)\\b`,
    ),
  },
];
