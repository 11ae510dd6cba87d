import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import {
  EMPLOYER_STEP,
  EXPOSURE,
  G,
  NO_NEG_ZH,
  POST_PATTERNS,
  POST_TRIGGERS,
  SENTENCE,
} from '../shared/zh.js';

/**
 * Threats (Chinese): exposure threatened: contacts, social media, the village or the workplace told.
 */

const ZH_WHERE =
  '(?:小区|公告栏|楼道|电梯|村里|村口|单位|公司|朋友圈|微信群|家族群|群里|的群|联系人|通讯录|亲友|亲戚|邻居|同事|网上|抖音|微博|快手)';
const AUDIENCE =
  '(?:通讯录|好友|同学|同事|亲戚|亲友|邻居|老家的人|村里人|全村|整个村|家族群|朋友圈|微信好友|紧急联系人|联系人|领导|单位)';
const FACE_ZH = '(?:照片|相片|头像|大头照|大头贴|证件照|你的脸|您的脸|名字和|姓名和)';
const POSTER_ZH = '(?:海报|传单|告示|大字报|横幅|寻人启事|通缉令|喷绘|展板)';
const PLACE_ZH =
  '(?:村|小区|街|路口|门口|楼道|电梯|单位|厂|公司|学校|宣传栏|公告栏|布告栏|朋友圈|群里|微博|抖音|祠堂|菜市场)';
const WORKPLACE = '(?:公司|单位|部门|办公室)';

export const THREAT_EXPOSURE_ZH: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '社会性死亡',
      '社死',
      '棺材',
      '花圈',
      '寿衣',
      '遗照',
      '灵堂',
      '冥币',
      'p图',
      '合成',
      '不雅',
      '裸照',
      '视频',
      // The pattern's own first words (guardfa16: "把你的照片发到朋友圈" was matched only ungated).
      '照片',
      '图片',
      '信不信',
      '身败名裂',
      '抬不起头',
      '混不下去',
      '好看',
    ],
    patterns: zh(
      `社会性死亡|社死|棺材|花圈|寿衣|遗照|灵堂|冥币|身败名裂|抬不起头|混不下去`,
      `(?:p图|合成|不雅|裸照|黄色)${GAP(8)}(?:视频|照片|图片|图)?`,
      `(?:视频|照片|图片)${GAP(10)}(?:发给|发到|传给|群发|发送给)${GAP(8)}(?:联系人|通讯录|亲友|家人|朋友|同事|所有人)`,
      `(?:信不信|你信不信)${GAP(4)}(?:我|我们)`,
      `让${YOU}(?:好看|知道厉害)`,
    ),
  },
  {
    // "…就把你的欠款信息贴到小区公告栏", "…马上把你的照片发到联系人群里": exposure as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['把', '将'],
    patterns: zh(
      `(?:就|会|将会|要|马上|立刻|立即|直接)${GAP(4)}(?:把|将)${YOUR}${GAP(16)}(?:贴|发|挂|公布|曝光|传|印|做成|告诉)${GAP(14)}${ZH_WHERE}`,
    ),
  },
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
    // "邻居也跟着遭殃", "把你的裸照发到村里的群".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['邻居', '街坊', '同事', '裸照', '裸体', '脱光', '扒光', '裸'],
    patterns: zh(
      `(?:邻居|街坊|左邻右舍|同事|亲戚)${SENTENCE(10)}(?:遭殃|倒霉|跟着(?:受罪|受苦|遭罪|倒霉)|不得安宁|连累)`,
      `(?:裸照|裸体|裸聊|裸贷|脱光|扒光)${SENTENCE(16)}(?:发|传|曝光|贴|公开|挂)`,
      `(?:发|传|曝光|贴|公开|挂)${SENTENCE(16)}(?:裸照|裸体照|裸聊视频)`,
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
