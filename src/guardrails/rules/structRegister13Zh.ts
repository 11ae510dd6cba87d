import { GAP, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Exposure and menace in Chinese (guardrw13a, issue 16), written by class from the helper's own
 * training lines (no real collection message read): a face photo, ID or debt posted at the
 * person's 户籍地, village, 小区 or workplace door (threat and public humiliation alike);
 * neighbours called out to watch a door-step visit; contacts told they will start receiving the
 * debt; shame as the reason to pay; fire and "we know where you are"; public notices that brand
 * the person a cheat, fake adverts; sneering at a phone left unanswered. 信用卡业务监督管理办法
 * Art. 69–70; 互联网金融逾期债务催收自律公约 Art. 18–19.
 */
// A gap with no negation in it ("你的家人不会收到" is a promise, not a threat).
const G = (n: number): string => `[^,;:!?。、\\n不没未勿别]{0,${n}}?`;
const OBJ = '(?:人脸|照片|相片|头像|身份证|影像|证件|欠款信息|欠款记录|个人信息|资料|欠款视频|视频)';
const POST = '(?:张贴|贴到|贴在|贴满|贴出|公示|公布|曝光|推送|散发|挂到|挂在|发到|发至|发布到|发布在)';
const PLACE =
  '(?:户籍|户口所在地|居住地|老家|村委会|村口|村里|全村|村民|村|小区|业主群|居委会|街道|楼道|单位门口|家门口|门口|社区|公告栏|宗族群|家族群)';
const POST_PATTERNS = zh(
  `${OBJ}${G(12)}${POST}${G(10)}${PLACE}`,
  `${POST}${GAP(4)}${YOUR}?${GAP(4)}${OBJ}${G(10)}${PLACE}`,
  `把${YOUR}?${GAP(4)}${OBJ}${G(10)}(?:贴|张贴|公示|公布|发|推送|挂)${G(4)}${PLACE}`,
);
const POST_TRIGGERS = ['张贴', '贴', '公示', '公布', '曝光', '推送', '散发', '挂', '发'];
// Neighbours and the street called out to watch.
const CROWD =
  '(?:邻居|街坊|左邻右舍|全村|村民|村里人|楼里的人|全楼|整栋楼|整个楼|整个小区|小区的人|全小区|老家的人|整条街|大家)';
const CROWD_PATTERNS = zh(
  `(?:叫上|喊上|叫来|叫出来|喊出来|召集|叫|喊|让|请|带着)${G(6)}${CROWD}${G(6)}(?:围观|来看|看看|出来看|看热闹|评评理|认识认识|都知道|知道知道)`,
  `把${G(4)}${CROWD}${G(4)}(?:叫|喊)(?:出来|过来|来|上)${G(4)}(?:看|围观|评评理)`,
  `(?:家门口|门口|楼下|楼道)${G(6)}(?:喊话|大喊|喊你|拉横幅|挂横幅|贴大字报)`,
);
const CROWD_TRIGGERS = [
  '围观',
  '来看',
  '看看',
  '看热闹',
  '评评理',
  '认识认识',
  '知道',
  '喊',
  '横幅',
  '大字报',
];
const AUDIENCE =
  '(?:通讯录|好友|同学|同事|亲戚|亲友|邻居|老家的人|村里人|全村|整个村|家族群|朋友圈|微信好友|紧急联系人|联系人|领导|单位)';

export const STRUCT_REGISTER13_ZH: PatternRuleSpec[] = [
  {
    // "你的人脸影像将张贴在户籍居住地", "把你的身份证照片贴到村口": exposure as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: POST_TRIGGERS,
    patterns: POST_PATTERNS,
  },
  {
    // The same posting is public humiliation.
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: POST_TRIGGERS,
    patterns: POST_PATTERNS,
  },
  {
    // "上门时把邻居都叫出来看看", "在你家门口喊话".
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: CROWD_TRIGGERS,
    patterns: CROWD_PATTERNS,
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: CROWD_TRIGGERS,
    patterns: CROWD_PATTERNS,
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
    // "一把火烧了你的店", "点了你家".
    id: 'threat.violence',
    lang: 'zh',
    negatable: true,
    triggers: ['火', '烧', '点了'],
    patterns: zh(
      `(?:一把火|放把火|放火)${GAP(4)}(?:烧|点)`,
      `(?:烧了|烧掉|点了|烧光)${GAP(2)}(?:你|他|她)(?:们)?(?:的|家)?${GAP(2)}(?:家|店|车|房子|房|铺子|门面|厂)`,
    ),
  },
  {
    // "我们知道你现在在哪", "等着看我们怎么做", "让他全家付出代价", "你的日子到头了".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['在哪', '等着', '代价', '到头'],
    patterns: zh(
      `(?:我们|我)${G(4)}知道${YOUR}${G(6)}在哪`,
      `等着(?:看|瞧)${GAP(2)}(?:我们|我)${GAP(2)}(?:会|要)?怎么`,
      `(?:让|叫)(?:你|他|她)(?:们)?${G(4)}付出代价`,
      `日子(?:也)?(?:就)?到头`,
    ),
  },
  {
    // "你手机是摆设吗", "享受你的丢人日子", "挖你家的底细".
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: ['手机', '电话', '享受', '羞耻', '底细', '老底'],
    patterns: zh(
      `手机${GAP(2)}是(?:摆设|用来看的|拿来看的|装饰)`,
      `接${GAP(2)}电话${GAP(2)}(?:都不会|这么难|会死|能死)`,
      `享受${GAP(4)}(?:丢人|丢脸|耻辱|社死)`,
      `(?:还有没有|没有|一点)${GAP(4)}羞耻心`,
      `挖${GAP(6)}(?:底细|老底)`,
    ),
  },
  {
    // "告全体亲友书：某某借钱不还，是个骗子", "此人是诈骗犯", "人品败坏", fake adverts.
    id: 'defamation.label',
    lang: 'zh',
    negatable: true,
    triggers: [
      '亲友',
      '公告',
      '告知各位',
      '广而告之',
      '大家',
      '此人',
      '该人',
      '人品',
      '跑路',
      '有需要',
      '还债',
    ],
    patterns: zh(
      `(?:告${GAP(2)}亲友书|各位亲友|特此公告|告知各位|广而告之|大家注意|请大家|周围群众)[^\\n]{0,40}?(?:骗子|诈骗犯|老赖|跑路|借钱不还|欠钱不还|人品|骗了)`,
      `(?:此人|该人|这个人|这人)${GAP(2)}(?:是|就是)${GAP(2)}(?:骗子|诈骗犯|小偷|老赖|惯犯)`,
      `人品${GAP(2)}(?:败坏|极差|低劣|很差|有问题)|(?:欠债|借钱|卷钱)跑路`,
      `(?:为了还债|还债)${GAP(4)}(?:出去卖|什么都肯做|什么都愿意|陪)|有需要的${GAP(2)}(?:联系|加|打|私聊)`,
    ),
  },
];
