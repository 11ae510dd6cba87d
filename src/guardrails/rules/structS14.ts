import { en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The fourteenth session's classes (guard14, issue 16; policy 2026.12.11), written by class from
 * guard14's own check set (check-s14), never from an evaluation item:
 * - exposure as a threat: the person's photo, face or name with the debt made into posters,
 *   flyers or notices for the village, the street, the workplace or the bank's page (a threat of
 *   public shaming, FDCPA §1692d, 信用卡业务监督管理办法 Art. 69; the disclosure rules report the privacy side);
 * - regional and immigrant slurs, in Cantonese too (新移民就系钟意走数, 大陆仔, 外省佬);
 * - a notice that the person is a fraud suspect and to be avoided, a "fraudster" label in the file
 *   or told to others (defamation: the bank may not call a debtor a criminal);
 * - silence made an admission and a judgment "automatic" (no court enters judgment on a letter);
 * - the holder's adult children said to be liable for the card (they are not, unless co-signers);
 * - an interest freeze or cut granted "between us", with no supervisor or approval;
 * - an invented national or federal debtor blacklist (no such list exists; the credit bureaus
 *   and court lists are something else).
 */

// A gap with no negation in it ("children are not liable" stays lawful).
const NO_NEG_ZH = (n: number): string => `(?:(?!不|没|无|非|未)[^。!?\\n]){0,${n}}?`;
const NO_NEG_EN = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|only|unless|if)\b|n't\b)[^.!?\n]){0,${n}}?`;

const FACE_ZH = '(?:照片|相片|头像|大头照|大头贴|证件照|你的脸|您的脸|名字和|姓名和)';
const POSTER_ZH = '(?:海报|传单|告示|大字报|横幅|寻人启事|通缉令|喷绘|展板)';
const PLACE_ZH =
  '(?:村|小区|街|路口|门口|楼道|电梯|单位|厂|公司|学校|宣传栏|公告栏|布告栏|朋友圈|群里|微博|抖音|祠堂|菜市场)';
const FACE_EN = String.raw`(?:name and |name, )?(?:photo|picture|pic|face|mugshot|headshot)`;
const PLACE_EN = String.raw`(?:page|flyers?|posters?|board|lobby|neighbou?rhood|church|office|wall|facebook|instagram|tiktok|social media|feed|notice|billboard|street|town|village|workplace|building)`;

const GROUP_ZH =
  '(?:新移民|新来嘅移民|新来的移民|移民|大陆仔|大陆妹|大陆佬|大陆人|内地仔|内地人|外省仔|外省佬|外省人|乡下仔|乡下佬|乡下人|北佬|捞松|蝗虫|外来户|外来人|外地佬|外地仔|外劳)';
const SWEEP_ZH =
  '(?:就系|就是|都系|都是|个个|全部|通通|一向|天生|冇一个|没一个|边个唔|哪个不|最钟意|就钟意|就会|成日)';

const FRAUD_ZH = '(?:诈骗嫌疑人|诈骗分子|诈骗犯|诈骗人员|欺诈嫌疑人|骗子|骗贷者|骗贷分子|重点追查对象)';
const FRAUD_EN = String.raw`(?:fraud suspect|suspected fraudster|fraudster|scammer|con artist|con man|swindler|crook|thief|criminal)`;

export const STRUCT_S14_RULES: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['照片', '相片', '头像', '大头', '证件照', '脸', '名字和', '姓名和'],
    patterns: zh(
      `${FACE_ZH}${NO_NEG_ZH(20)}(?:做成|印成|打印成|印在|印到|印|打印|贴满|贴到|贴在|张贴|挂到|挂在|挂满|发到|发在|晒到|出现在)${NO_NEG_ZH(14)}(?:${POSTER_ZH}|${PLACE_ZH})`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['海报', '传单', '告示', '大字报', '横幅', '通缉令', '展板', '寻人启事', '喷绘'],
    patterns: zh(
      `(?:印|做|贴|挂|发)${NO_NEG_ZH(6)}${POSTER_ZH}${NO_NEG_ZH(16)}(?:你的|您的|你|您)(?:照片|头像|脸|名字|姓名)`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'zh',
    triggers: ['移民', '大陆', '内地', '外省', '乡下', '北佬', '捞松', '蝗虫', '外来', '外地', '外劳'],
    patterns: zh(
      `${GROUP_ZH}${NO_NEG_ZH(4)}${SWEEP_ZH}${NO_NEG_ZH(8)}(?:走数|赖账|赖数|借钱唔还|借钱不还|欠钱|冇信用|没信用|不讲信用|骗|跑路|走佬|唔还钱|不还钱)`,
      `(?:你哋|你们|您们|啲)${GROUP_ZH}${NO_NEG_ZH(10)}(?:走数|赖账|赖数|唔还|不还|冇信用|没信用|跑路|走佬|玩失踪|搞失踪)`,
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
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['视为', '视同', '等于', '等同于', '当作', '算作', '默认', '自动'],
    patterns: zh(
      `(?:不回复|不回应|不答复|不回话|不理会|不理睬|未回复|未答复|不予回应|不予答复|沉默|不吭声)${NO_NEG_ZH(10)}(?:视为|视同|等于|等同于|当作|算作|默认)${NO_NEG_ZH(6)}(?:承认|认可|同意|认罪|接受|放弃抗辩|放弃申辩|认账)`,
      `(?:法院|判决|裁决)[^。!?\\n]{0,8}?自动(?:作出|做出|下达|生效|判决|判|裁决)`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['子女', '儿子', '女儿', '孩子', '小孩', '父债子还'],
    patterns: zh(
      `(?:子女|儿子|女儿|孩子|小孩)${NO_NEG_ZH(12)}(?:依法|法律上|按照法律|按法律)${NO_NEG_ZH(6)}(?:替|帮|承担|偿还|还|背)`,
      `(?:子女|儿子|女儿|孩子|小孩)${NO_NEG_ZH(10)}(?:要|必须|得|需要|应当|有义务)(?:替|帮)(?:您|你)(?:承担|偿还|还|背)`,
      `父债子还`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['黑名单', '名单库', '名录', '数据库'],
    patterns: zh(
      `(?:国家|全国|央行|人民银行|政府|银行业|金融业|全国联网)(?:的)?(?:欠债人员?|欠款人员?|欠款人|债务人|老赖|赖账人员?|逾期人员?)(?:黑名单|名单库|名录|数据库)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver'],
    triggers: [
      '私下',
      '咱俩',
      '咱们俩',
      '我俩',
      '你知我知',
      '不用经过',
      '不用请示',
      '不用上报',
      '不需要审批',
    ],
    patterns: zh(
      `(?:私下|咱俩|咱们俩|我俩|你知我知|不用经过|不用请示|不用上报|不需要审批)[^\\n]{0,30}?(?:停息|免息|停止计息|冻结利息|利息停|利息冻结|免掉|减免|免除|打折|挂账|停(?:个|两|三|半)?年)`,
      `(?:停息|免息|停止计息|冻结利息|利息停|免掉|免除|打折|挂账)[^\\n]{0,30}?(?:不用经过|不用请示|不用上报|不需要审批|你知我知)`,
    ),
  },
];

export const STRUCT_S14_EN: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['photo', 'picture', 'pic', 'face', 'mugshot', 'headshot'],
    patterns: en(
      String.raw`\byour ${FACE_EN}\b${NO_NEG_EN(50)}\b(?:go(?:es)? up|go(?:es)? on|will be (?:posted|printed|shared|displayed|put up|plastered)|gets? (?:posted|printed|shared|plastered)|(?:is|are) going up)\b${NO_NEG_EN(40)}\b${PLACE_EN}\b`,
      String.raw`\b(?:print|put up|post|plaster|hang|stick|share)\b${NO_NEG_EN(12)}\byour ${FACE_EN}\b${NO_NEG_EN(50)}\b${PLACE_EN}\b`,
      String.raw`\b(?:posters?|flyers?|notices?|signs?|billboards?)\b (?:with|showing|of) your ${FACE_EN}\b`,
      String.raw`\byour ${FACE_EN}\b(?: and [^.!?\n]{0,30})? (?:on|in|across) (?:a |the )?(?:flyers?|posters?|billboards?|wanted[- ]\w+)\b`,
    ),
  },
  {
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'listed',
      'flagged',
      'marked',
      'labeled',
      'labelled',
      'registered',
      'classified',
      'tagged',
      'noted',
      'told',
      'informed',
      'notified',
      'warned',
      'let',
      'entered',
      'what you are',
    ],
    patterns: en(
      String.raw`\b(?:listed|flagged|marked|labell?ed|registered|classified|tagged|noted|entered)\b (?:you )?(?:internally |in our (?:system|records|file) )?as (?:a |an )?${FRAUD_EN}\b`,
      String.raw`\b${FRAUD_EN}s?\b[^.!?\n]{0,40}\b(?:that's|that is|which is) (?:exactly |just |precisely )?what you are\b`,
      String.raw`\b(?:told|informed|notified|warned|letting|let)\b[^.!?\n]{0,40}\b(?:you are|you're|you were) (?:a |an )?(?:suspected |known |confirmed |listed )?${FRAUD_EN}\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'admission',
      'admitting',
      'admit',
      'acceptance',
      'accepting',
      'consent',
      'confession',
      'accept',
      'agree',
      'accept',
      'agree',
      'automatic',
    ],
    patterns: en(
      String.raw`\b(?:(?:failure|failing) to (?:respond|reply|answer)|not (?:responding|replying|answering)|ignoring (?:this|our|the)(?: \w+)?|no (?:response|reply)|silence|if you (?:don't|do not) (?:respond|reply|answer)(?: [^.!?\n]{0,30})?)\b[^.!?\n]{0,30}?(?:=|\bmeans\b|\bcounts? as\b|\bis\b|\bconstitutes\b|\bequals\b|\bwill be (?:treated|taken|deemed|considered) as\b)${NO_NEG_EN(20)}\b(?:an? )?(?:admission|admitting|admit|acceptance|accepting|accept|agreement|agree|consent|confession)\b`,
      String.raw`\bjudge?ments?\b[^.!?\n]{0,30}\b(?:entered|issued|granted|signed)\b[^.!?\n]{0,24}\bautomatically\b|\bautomatic(?:ally)? (?:default )?judge?ments?\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['responsible', 'liable', 'obligated', 'on the hook', 'inherit'],
    patterns: en(
      String.raw`\b(?:adult |grown(?:-up)? |grown |older )(?:children|kids|son|sons|daughter|daughters)\b${NO_NEG_EN(40)}\b(?:become|becomes|will be|would be|are|is|'re|'s|will become)\s+(?:legally |personally |automatically |fully )?(?:responsible|liable|obligated|on the hook)\b(?![^.!?\n]{0,40}\b(?:only|own|not|unless|if (?:he|she|they) (?:co-?signed|signed|guaranteed))\b)`,
      String.raw`\byour (?:children|kids|son|sons|daughter|daughters|heirs)\b${NO_NEG_EN(40)}\b(?:become|becomes|will be|will become)\s+(?:legally |personally |automatically )?(?:responsible|liable|obligated|on the hook)\b(?![^.!?\n]{0,40}\b(?:only|own|not|unless|if (?:he|she|they) (?:co-?signed|signed|guaranteed))\b)`,
      String.raw`\b(?:children|kids|son|daughter|heirs)\b${NO_NEG_EN(30)}\binherits? (?:the |this |your )?(?:debt|balance|obligation)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['blacklist', 'black list', 'registry', 'register', 'database'],
    patterns: en(
      String.raw`\b(?:federal|national|government|nationwide|central|official|banking|industry)\b (?:\w+ ){0,2}?(?:debtors?'?|deadbeats?|delinquent(?: borrowers?| debtors?)?|defaulters?|bad debt)\s*(?:blacklist|black list|registry|register|database)\b`,
      String.raw`\b(?:federal|national|government|nationwide|official) (?:registry|register|database|blacklist) of (?:delinquent|bad|defaulting|deadbeat) (?:borrowers|debtors)\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver'],
    triggers: [
      'between us',
      'between you and me',
      'off the record',
      'supervisor',
      'manager',
      'approval',
      'sign off',
      'sign-off',
      'signoff',
    ],
    patterns: en(
      String.raw`\b(?:between us|between you and me|off the record)\b[^\n]{0,20}?\b(?:i(?:'ll| will| can|'m going to)|let me)\s+(?:\w+\s+){0,2}?(?:freeze|pause|stop|suspend|halt|waive|drop|wipe|cut|remove|knock|forgive|erase)\b`,
      String.raw`\b(?:i(?:'ll| will| can|'m going to)|let me)\s+(?:\w+\s+){0,2}?(?:freeze|pause|stop|suspend|halt|waive|drop|wipe|cut|remove|knock|forgive|erase)\b[^\n]{0,80}?\b(?:(?:don't|do not|won't) need (?:a |my |any )?(?:supervisor|manager|approval|sign-?off)|no need (?:for (?:a |any )?(?:supervisor|manager|approval)|to (?:run it by|check with|ask) (?:a |my )?(?:supervisor|manager))|without (?:a |any |my )?(?:supervisor|manager|approval)|(?:supervisor|manager) (?:doesn't|does not|won't) need to (?:sign off|approve|know))`,
    ),
  },
];
