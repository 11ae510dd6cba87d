import { GAP, type PatternRuleSpec, YOUR, zh } from '../ruleTypes.js';
import { EMPLOYER_STEP, EXPOSURE, G, NO_NEG_ZH, POST_PATTERNS, POST_TRIGGERS } from '../shared/zh.js';

/**
 * Threats (Chinese): exposure threatened: contacts, social media, the village or the workplace told.
 * Each rule's place in the order of findings: ../order.ts.
 */

const AUDIENCE =
  '(?:通讯录|好友|同学|同事|亲戚|亲友|邻居|老家的人|村里人|全村|整个村|家族群|朋友圈|微信好友|紧急联系人|联系人|领导|单位)';
const FACE_ZH = '(?:照片|相片|头像|大头照|大头贴|证件照|你的脸|您的脸|名字和|姓名和)';
const POSTER_ZH = '(?:海报|传单|告示|大字报|横幅|寻人启事|通缉令|喷绘|展板)';
const PLACE_ZH =
  '(?:村|小区|街|路口|门口|楼道|电梯|单位|厂|公司|学校|宣传栏|公告栏|布告栏|朋友圈|群里|微博|抖音|祠堂|菜市场)';

export const THREAT_EXPOSURE_ZH: PatternRuleSpec[] = [
  {
    // "你的人脸影像将张贴在户籍居住地", "把你的身份证照片贴到村口": exposure as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: POST_TRIGGERS,
    patterns: POST_PATTERNS,
  },
  {
    // "你的通讯录好友会陆续收到你的欠款信息", "准备发给你的微信好友", "不想丢人就赶紧还".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: [
      '收到',
      '接到',
      '知道',
      '看到',
      '发给',
      '推送给',
      '转发给',
      '散发给',
      '丢人',
      '丢脸',
      '没面子',
      '出丑',
      '难堪',
    ],
    patterns: zh(
      `${AUDIENCE}${G(8)}(?:会|将|都会|陆续|马上|即将|开始|就会)${G(4)}(?:收到|接到|知道|看到)`,
      `(?:准备|马上|就|会|将|要)${G(4)}(?:发给|推送给|转发给|散发给)${GAP(4)}${YOUR}?${GAP(4)}${AUDIENCE}`,
      `(?:不想|免得|以免|省得|避免)${GAP(4)}(?:丢人|丢脸|难堪|没面子|出丑)${GAP(6)}(?:就|赶紧|快|马上|尽快)${GAP(4)}(?:还|处理|结清)`,
    ),
  },
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
    // "把你的照片发到抖音", "在各大论坛公示您的个人资料", "将你啲资料放上网".
    id: 'threat.intimidation',
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
];
