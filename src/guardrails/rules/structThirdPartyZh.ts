import { YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Chinese classes the sixteenth session's seen real-world sets showed read under no category or
 * the wrong one (guard17zh, issue 16), written by structure from the helper's own check lines
 * (test/guardrails/labelled/check-g17.zh.jsonl), never from a real message:
 * - a relative, colleague, neighbour or friend told the person is a suspected fraudster
 *   (涉嫌诈骗, 列为骗贷人员, 就是个骗子): defamation beside the disclosure;
 * - the person's debt said to be passed on already, through channels, to colleagues, neighbours,
 *   family or contacts (已…反馈/告知/同步…同事/邻居): privacy, in the past tense as well;
 * - the person's details to be put on a platform, a forum, a feed or a notice board: a threat of
 *   exposure, and privacy;
 * - the employer as the next step of a condition (再不还就找你单位, 唔还就打去你公司): a threat as well
 *   as privacy;
 * - staff coming to the home or the street to collect (上门收款, 外访人员…等你): harassment beside the
 *   threat of a visit;
 * - a made-up blacklist the person is put on: misrepresentation beside the false consequence;
 * - the debt dressed as a fraud case with a court date or a sentence: misrepresentation beside
 *   the false legal claim.
 * Traditional characters are folded before the rules run; pinyin keeps its spaces.
 * 信用卡业务监督管理办法 Art. 69-70; 互联网金融逾期债务催收自律公约 Art. 20-22; PIPL Art. 10.
 */
const S = (n: number): string => `[^。!?\\n]{0,${n}}?`;
const C = (n: number): string => `[^,;:!?。、\\n]{0,${n}}?`;
const NEAR =
  '(?:儿子|女儿|侄子|侄女|外甥|弟弟|哥哥|姐姐|妹妹|老公|老婆|丈夫|妻子|爱人|同事|员工|下属|邻居|隔壁|好友|朋友|亲戚|[\\u4e00-\\u9fa5][某*])';
const FRAUD = '(?:诈骗|骗贷|骗子|诈欺|欺诈|骗取|骗钱)';
const LABEL =
  '(?<!不|未|没|并非|无)(?:涉嫌|认定为?|列为|标记为|定性为|属于|就是个?|是个|是一个|怀疑(?:他|她)?是|以假资料|有预谋的)';
const PLATFORM = '(?:网上|网络|上网|网|平台|论坛|抖音|快手|微博|朋友圈|公告栏|贴吧|群|曝光台|小区|村口|街)';
const INFO = '(?:照片|资料|信息|名字|身份|欠款|欠债|记录|电话|头像|身份证|欠钱|丑事|事情)';
const SHOW = '(?:发到|发在|挂到|挂在|贴到|贴在|放上|放到|公布到|公布在|公示到|公示在|推送到|曝光到|曝光在)';
const IF_NOT = '(?:再不|再唔|不还|唔还|不处理|再拖|逾期不还|今天不|还不上|不给钱|不给|不还钱)';
const WORK = '(?:工作单位|单位|公司|老板|领导|上司|人事|前台|上班的地方)';
const HOME = `(?:${YOUR}(?:家里|家|住址|住处|小区|屋企|楼下|老家|户籍地))`;
const TAKE = '(?:收款|收钱|收数|催收|要钱|要账|讨债|收账|等你|堵你|坐坐|聊聊|把钱准备好|找你|找你家里人)';
// What an impostor is said to say ("有人冒充…声称'再不还就去你家收钱'") is reported, not said.
const QUOTED = '(?<!(?:声称|谎称|宣称|冒充|自称|称|说)[^。!?\\n]{0,30})';
const BOOKED = '(?![^。!?\\n]{0,10}(?:预约|同意|申请|需要))';

/** Exposure on a platform: a threat and a disclosure at once (the two rules below share it). */
const EXPOSURE = {
  triggers: ['发到', '发在', '挂到', '挂在', '贴到', '贴在', '放上', '放到', '公布', '公示', '推送到', '曝光', '发帖', '公开', 'fa dao', 'gua dao', 'tie dao'],
  patterns: zh(
    `(?:把|将|拿)${YOUR}${S(16)}${INFO}${S(10)}${SHOW}${S(6)}${PLATFORM}`,
    `${YOUR}${C(12)}${INFO}${S(8)}(?:会|将|要|就)${C(2)}${SHOW}${S(6)}${PLATFORM}`,
    `(?:在|到|上)${C(8)}(?:网上|网络|论坛|平台|抖音|快手|微博|朋友圈|公告栏|贴吧|群里|曝光台)${C(6)}(?:公示|公布|公开|曝光|发帖|挂出|张贴|发布)${C(6)}${YOUR}`,
    `ni de[a-z ]{0,20}?(?:fa dao|gua dao|tie dao) (?:wang shang|peng you quan|dou yin|qun li|wei bo)`,
  ),
};

/** The employer as the next step of a condition: a threat and a disclosure at once (two rules below). */
const EMPLOYER_STEP = {
  triggers: ['单位', '公司', '老板', '领导', '上司', '人事', '前台', '上班', 'dan wei', 'gong si', 'lao ban', 'ling dao'],
  patterns: zh(
    `${IF_NOT}${S(20)}(?:找|联系|打到|打去|打给|上门到|去|到|发函给|给|通知|搵)${C(4)}${WORK}`,
    `(?:zai bu|bu huan)[a-z ]{0,20}?(?:zhao|lian xi|da dao|qu) (?:ni|nin) (?:de )?(?:dan wei|gong si|lao ban|ling dao)`,
  ),
};

export const STRUCT_THIRD_PARTY_ZH: PatternRuleSpec[] = [
  {
    // "您的儿子…已被列为涉嫌骗贷人员，请您转告他", "您同事陈某…我们怀疑他是有预谋的诈骗".
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: [
      '诈骗', '骗贷', '骗子', '诈欺', '欺诈', '骗取', '骗钱', 'zha pian', 'pian zi', 'pian dai', 'er zi', 'nv er', 'di di',
      'ge ge', 'jie jie', 'mei mei', 'lao gong', 'lao po', 'tong shi', 'peng you', 'qin qi', '告诉他', '转告他', '提醒他',
      '告诉她', '转告她', '提醒她', '劝他', '劝她', '通知他', '通知她',
    ],
    patterns: zh(
      `(?<!冒充|自称|不法分子|谨防)${NEAR}${S(40)}${LABEL}${C(6)}${FRAUD}(?![^。!?\\n]{0,12}(?:冒充|短信|电话|来电|挂断|请勿|勿轻信))`,
      `(?:ni|nin) (?:de )?(?:er zi|nv er|di di|ge ge|jie jie|mei mei|lao gong|lao po|tong shi|peng you|qin qi)[a-z ,]{0,60}?(?:she xian|shi ge|jiu shi) (?:zha pian|pian zi|pian dai)`,
      // "…已被认定涉嫌恶意诈骗。…请告诉他小心处理": the label, then the reader asked to pass it on.
      `${LABEL}${C(6)}${FRAUD}[^\n]{0,60}?(?:请|麻烦)(?:您)?(?:告诉|转告|提醒|劝劝?|通知)(?:他|她)`,
    ),
  },
  {
    // The same label told to a relative, colleague or neighbour discloses the debt.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '诈骗', '骗贷', '骗子', '诈欺', '欺诈', '骗取', '骗钱', 'zha pian', 'pian zi', 'pian dai', 'er zi', 'nv er', 'di di',
      'ge ge', 'jie jie', 'mei mei', 'lao gong', 'lao po', 'tong shi', 'peng you', 'qin qi',
    ],
    patterns: zh(
      `(?<!冒充|自称|不法分子|谨防)${NEAR}${S(40)}${LABEL}${C(6)}${FRAUD}(?![^。!?\\n]{0,12}(?:冒充|短信|电话|来电|挂断|请勿|勿轻信))`,
      `(?:ni|nin) (?:de )?(?:er zi|nv er|di di|ge ge|jie jie|mei mei|lao gong|lao po|tong shi|peng you|qin qi)[a-z ,]{0,60}?(?:she xian|shi ge|jiu shi) (?:zha pian|pian zi|pian dai)`,
    ),
  },
  {
    // "已通过多个渠道反馈给您的同事和邻居", "已同步给您的紧急联系人", "yi jing tong zhi le ni de tong shi".
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['同事', '邻居', '领导', '上司', '主管', '亲戚', '亲友', '好友', '通讯录', '紧急联系人', 'tong shi', 'lin ju', 'jia ren', 'ling dao'],
    patterns: zh(
      `(?:已|已经)${S(16)}(?:反馈|反映|告知|通知|转告|同步|沟通|知会|传达|通报)${S(16)}(?:同事|邻居|领导|上司|主管|亲戚|亲友|好友|通讯录|紧急联系人)`,
      `yi jing (?:tong zhi|gao su|fan kui|zhuan gao)(?: le)?[a-z ]{0,20}?(?:tong shi|lin ju|jia ren|ling dao|peng you|qin qi)`,
    ),
  },
  {
    // "把你的照片发到抖音", "在各大论坛公示您的个人资料", "将你啲资料放上网".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    ...EXPOSURE,
  },
  {
    // The same exposure is a disclosure too.
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    ...EXPOSURE,
  },
  {
    // "再不还就找你单位", "唔还听日就打去你公司搵你上司", "再拖着，就给你单位发函".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    ...EMPLOYER_STEP,
  },
  {
    // The same employer step discloses the debt to a third party.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    ...EMPLOYER_STEP,
  },
  {
    // "近期到你家里收款", "外访人员…今晚到你小区门口等你", "上你屋企收数", "shang men lai shou qian".
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    requestable: true,
    triggers: [
      '上门', '你家', '您家', '们家', '的家', '住址', '住处', '小区', '屋企', '楼下', '老家', '户籍地', '外访', '实地催收', '到府',
      'shang men', 'ni jia',
    ],
    patterns: zh(
      `${QUOTED}(?:上门|到府|外访(?:人员|专员|组)?|实地催收|(?:到|去|来|上|前往)${HOME})${BOOKED}${C(14)}${TAKE}`,
      `(?<!(?:zi cheng|sheng cheng|mao chong|you ren)[a-z ,]{0,40})(?<!\\b(?:bu|bie|mei|bu hui|bu yao|bu neng|mei you|jue bu|jue bu hui|cong bu|bu hui zai) )(?:shang men|dao ni jia|qu ni jia)[a-z ]{0,12}?(?:shou qian|shou kuan|yao qian|cui shou|zhao ni)`,
    ),
  },
  {
    // "系统已将您纳入全国金融黑名单", "你已经上了征信黑名单了": no such list.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['黑名单'],
    patterns: zh(`(?:上报|纳入|列入|报送|拉入|拉进|加入|录入|上了|进了|被列为|标记为|报入)${C(10)}黑名单`),
  },
  {
    // "您已被立为诈骗案件被告，缺席庭审将…", "你这个情况属于骗贷，公安已立案，下周…出庭".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['诈骗', '骗贷', '诈欺', '欺诈'],
    patterns: zh(
      `(?:${YOU}|阁下)${S(16)}(?<!不|未|没|并非|无)(?:涉嫌|涉及|属于|认定为?|立为|转为|构成|定性为)${S(10)}(?:诈骗|骗贷|诈欺|欺诈)${S(40)}(?:出庭|到庭|开庭|庭审|被告|受审|审理|传唤|拘传|判刑|入狱|坐牢|刑期|刑事责任)`,
    ),
  },
  {
    // "案件编号已生成，可能冻结支付宝或影响子女入学": the case number is the false claim, hedged or not.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['编号', '代码', '案号', '立案号'],
    patterns: zh(
      `(?:案件?(?:编号|代码|号)|立案号|卷宗编号)${C(4)}(?:已|已经)?(?:生成|下发|录入|备案|建档|建立|出来|确定|分配)${S(30)}(?:冻结|支付宝|微信|子女|孩子|就学|入学|上学|升学|高铁|出行|出境)`,
    ),
  },
  {
    // "明天下午6点后追加9%管理费", "今晚十点前不还，逾时加收催收服务费": a fee the contract does not name.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['追加', '加收', '额外', '另行收取', '另收'],
    patterns: zh(
      `(?<!(?:合约|合同|约定|契约|条款|按照?)[^。!?\n]{0,20})(?:今天|今晚|今日|明天|明早|明日|后天|本周|\\d+点|\\d+号|截止|过了|逾时|超过|之后)${S(14)}(?:追加|加收|额外(?:加收|收取)|另行收取|另收)${C(8)}(?:管理费|服务费|处置费|催收费|手续费|外访费|差旅费|律师费|违约金|滞纳金|罚金|罚息)`,
    ),
  },
];
