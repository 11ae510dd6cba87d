import { GAP, YOU, YOUR, zh } from '../ruleTypes.js';

/** Words, phrase parts and helpers that rule files of several categories read, stated once. */

export const FAMILY = '(?:全家|家人|家里人|孩子|老婆|老公|父母|爸妈|小孩|女儿|儿子|爱人)';
// Within one sentence.
export const SENTENCE = (n: number): string => `[^;!?。\\n]{0,${n}}?`;
export const DEMAND_ZH =
  '(?:到账|打过来|转过来|把账|清一下|清掉|早点还|快点还|尽快还|赶紧还|早点处理|还款|还钱|还上|结清|处理一下|处理掉|处理好|搞定|搞掂|筆數|笔数|还清|最低还款|把钱|这笔账|款项)';
export const KIN_ZH = '(?:老婆|老公|男人|女人|媳妇|丈夫|妻子|儿子|女儿|孩子|个仔|个女)';
// A gap inside one clause that holds no modal negation: "我们的人不会一直跟着您", "孩子上学的事
// 不会受影响" are reassurances (the engine reads negations before a match, not inside it).
// 不会|不用|不必|无需|不需|没有|并不|并没|绝不|从不|从未|不再|无权|不得|未曾|不可能, as one step per
// character: an ordinary character costs one class test, a negation's first character a lookahead.
export const NEG_HEADS = '不无没并绝从未';
export const NEG_STEP =
  '不(?!会|用|必|需|再|得|可能)|无(?![需权])|没(?!有)|并(?![不没])|绝(?!不)|从(?![不未])|未(?!曾)';
export const NO_NEG_GAP = (n: number): string => `(?:[^,;:!?。、\\n${NEG_HEADS}]|${NEG_STEP}){0,${n}}?`;
// The same across clause ends (a question and its "没关系" may sit between).
export const NO_NEG_SPAN = (n: number): string => `(?:[^。\\n${NEG_HEADS}]|${NEG_STEP}){0,${n}}?`;
// A gap with no negation in it ("你的家人不会收到" is a promise, not a threat).
export const G = (n: number): string => `[^,;:!?。、\\n不没未勿别]{0,${n}}?`;
// A gap inside one clause (or one sentence, for SPAN) that holds no negation: the engine reads
// negations before a match, not inside it ("社保不会因信用卡欠款停缴").
export const NEG = '不无没未别勿';
export const GAP_NO_NEG = (n: number): string => `[^,;:!?。、\\n${NEG}]{0,${n}}?`;
export const CROWD_TRIGGERS = [
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
// Neighbours and the street called out to watch.
export const CROWD =
  '(?:邻居|街坊|左邻右舍|全村|村民|村里人|楼里的人|全楼|整栋楼|整个楼|整个小区|小区的人|全小区|老家的人|整条街|大家)';
export const CROWD_PATTERNS = zh(
  `(?:叫上|喊上|叫来|叫出来|喊出来|召集|叫|喊|让|请|带着)${G(6)}${CROWD}${G(6)}(?:围观|来看|看看|出来看|看热闹|评评理|认识认识|都知道|知道知道)`,
  `把${G(4)}${CROWD}${G(4)}(?:叫|喊)(?:出来|过来|来|上)${G(4)}(?:看|围观|评评理)`,
  `(?:家门口|门口|楼下|楼道)${G(6)}(?:喊话|大喊|喊你|拉横幅|挂横幅|贴大字报)`,
);
export const CLAUSE = (n: number): string => `[^,;:!?。、\\n]{0,${n}}?`;
// A clause with no negation in it (不, 没, 未, 无, 非, 别, 勿, 唔).
export const PLAIN = (n: number): string => `(?:(?![不没未无非别勿唔])[^,;:!?。、\\n]){0,${n}}?`;
// The same across commas, within one sentence.
export const PLAIN_SENTENCE = (n: number): string => `(?:(?![不没未无非别勿唔])[^;!?。\\n]){0,${n}}?`;
// A clause with no negation in it (不, 没, 未, 无, 非, 别, 勿).
export const PLAIN_MANDARIN = (n: number): string => `(?:(?![不没未无非别勿])[^,;:!?。、\\n]){0,${n}}?`;
// Not a condition, a warning or a quoted claim: "如有人以…为由", "若您收到…". A pattern opens with a
// look-ahead of its first word, so this look-behind runs only where that word starts.
export const NOT_IF = '(?<!(?:如果|如|若|假如|倘若|以|所谓|声称|自称|谎称|冒充)[^,;。!?\\n]{0,12})';
// A gap with no negation in it ("children are not liable" stays lawful).
export const NO_NEG_ZH = (n: number): string => `(?:(?!不|没|无|非|未)[^。!?\\n]){0,${n}}?`;
/** The holder's relatives (not contacts or guarantors: a guarantor's liability is real). */
export const KIN_WORDS = [
  '家里人',
  '家人',
  '家属',
  '家眷',
  '父母',
  '爸妈',
  '二老',
  '爸爸',
  '妈妈',
  '老爸',
  '老妈',
  '你爸',
  '你妈',
  '您爸',
  '您妈',
  '老婆',
  '老公',
  '媳妇',
  '妻子',
  '丈夫',
  '配偶',
  '爱人',
  '孩子',
  '子女',
  '儿子',
  '女儿',
  '兄弟',
  '姐妹',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '你哥',
  '你姐',
  '你弟',
  '你妹',
  '亲戚',
  '亲属',
];
export const RELATIVE = `(?:${KIN_WORDS.join('|')})`;
export const S_ZH = (n: number): string => `[^。!?\\n]{0,${n}}?`;
// prettier-ignore
export const ZH_THIRD_WORDS = [
  '家人', '家里人', '家属', '工作单位', '村里人', '街坊邻居', '街坊', '乡亲', '同村', '媳妇', '对象', '男朋友', '女朋友', '兄弟', '姐妹', '哥哥',
  '姐姐', '弟弟', '妹妹', '父母', '爸妈', '爸爸', '妈妈', '配偶', '爱人', '老婆', '老公', '丈夫', '妻子', '孩子', '子女', '儿子', '女儿',
  '亲戚', '亲友', '亲人', '朋友', '同事', '领导', '老板', '上司', '单位', '公司', '人事', 'hr', '通讯录', '联系人', '紧急联系人', '邻居',
  '物业', '居委会', '村委会', '村里', '老家', '同学', '学校',
];
export const ZH_THIRD = `(?:${ZH_THIRD_WORDS.join('|')})`;
export const NGAP = (n: number): string => `(?:(?!不|没|未|无|别)[^,;:!?。、\\n]){0,${n}}?`;
// A relative or someone close, after "你的/您": single characters only with the pronoun.
export const KIN =
  '(?:父母|爸妈|爹妈|老爸|老妈|爸爸|妈妈|爸|妈|爹|娘|老爹|老娘|岳父|岳母|丈人|丈母娘|老丈人|公公|婆婆|公婆|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|叔叔|舅舅|姑姑|姨妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|亲戚|亲属|亲友|家人|家属|家里人|老婆|老公|媳妇|丈夫|妻子|爱人|对象|儿子|女儿|闺女|孩子|老人家|老人|班主任)';
export const YOUR_KIN = `(?:${YOUR}${GAP(2)}${KIN}|(?:家里人|家人|亲戚|亲属|父母|爸妈|老人家))`;
export const CLOSE_ONES_ZH =
  '(?:哥|姐|弟|妹|爸|妈|儿子|女儿|闺女|老婆|老公|媳妇|家人|亲戚|表哥|表姐|表弟|表妹|朋友|同事)';
export const NEAR =
  '(?:儿子|女儿|侄子|侄女|外甥|弟弟|哥哥|姐姐|妹妹|老公|老婆|丈夫|妻子|爱人|同事|员工|下属|邻居|隔壁|好友|朋友|亲戚|[\\u4e00-\\u9fa5][某*])';
export const LABEL =
  '(?<!不|未|没|并非|无)(?:涉嫌|认定为?|列为|标记为|定性为|属于|就是个?|是个|是一个|怀疑(?:他|她)?是|以假资料|有预谋的)';
export const FRAUD = '(?:诈骗|骗贷|骗子|诈欺|欺诈|骗取|骗钱)';
// Someone close to the person labelled a fraudster (defamation) and, told to them, the debt
// disclosed (privacy): the triggers and the two readings both rules share.
export const KIN_FRAUD_TRIGGERS: readonly string[] = [
  '诈骗',
  '骗贷',
  '骗子',
  '诈欺',
  '欺诈',
  '骗取',
  '骗钱',
  'zha pian',
  'pian zi',
  'pian dai',
  'er zi',
  'nv er',
  'di di',
  'ge ge',
  'jie jie',
  'mei mei',
  'lao gong',
  'lao po',
  'tong shi',
  'peng you',
  'qin qi',
];
export const KIN_FRAUD_PATTERNS: readonly string[] = [
  `(?<!冒充|自称|不法分子|谨防)${NEAR}${S_ZH(40)}${LABEL}${CLAUSE(6)}${FRAUD}(?![^。!?\\n]{0,12}(?:冒充|短信|电话|来电|挂断|请勿|勿轻信))`,
  `(?:ni|nin) (?:de )?(?:er zi|nv er|di di|ge ge|jie jie|mei mei|lao gong|lao po|tong shi|peng you|qin qi)[a-z ,]{0,60}?(?:she xian|shi ge|jiu shi) (?:zha pian|pian zi|pian dai)`,
];
export const ZH_SPAN = (n: number): string => `[^。\\n${NEG}]{0,${n}}?`;
export const DEBT = '(?:欠钱|欠债|欠款|借钱|借款|赖账|赖债|老赖|欠)';
// A gap with no negation in it ("你不是骗子" stays lawful).
export const NO_NEG = (n: number): string => `(?:(?!不|没|无|非|未|別|别)[^。!?\\n]){0,${n}}?`;
export const SPAN = (n: number): string => `[^。!?\\n${NEG}]{0,${n}}?`;
// A promise marker before the term: "可以为您减免", "已帮您核销", "同意…".
export const ZH_PROMISE = `(?:可以|能够|能|会|将|帮${YOU}|为${YOU}|给${YOU}|替${YOU}|同意|批准|已经|已|保证|承诺|答应|直接|特批|特别|说好了)`;
// Between marker and term: an application or a referral is not a promise.
export const ZH_GAP = '(?:(?!申请|咨询|了解|评估|审核|转接|转人工|提交|反馈|登记|介绍)[^,;:!?。、\\n]){0,8}?';
export const INFO = '(?:照片|资料|信息|名字|身份|欠款|欠债|记录|电话|头像|身份证|欠钱|丑事|事情)';
export const SHOW =
  '(?:发到|发在|挂到|挂在|贴到|贴在|放上|放到|公布到|公布在|公示到|公示在|推送到|曝光到|曝光在)';
export const PLATFORM =
  '(?:网上|网络|上网|网|平台|论坛|抖音|快手|微博|朋友圈|公告栏|贴吧|群|曝光台|小区|村口|街)';
/** Exposure on a platform: a threat and a disclosure at once (the two rules below share it). */
export const EXPOSURE = {
  triggers: [
    '发到',
    '发在',
    '挂到',
    '挂在',
    '贴到',
    '贴在',
    '放上',
    '放到',
    '公布',
    '公示',
    '推送到',
    '曝光',
    '发帖',
    '公开',
    'fa dao',
    'gua dao',
    'tie dao',
  ],
  patterns: zh(
    `(?:把|将|拿)${YOUR}${S_ZH(16)}${INFO}${S_ZH(10)}${SHOW}${S_ZH(6)}${PLATFORM}`,
    `${YOUR}${CLAUSE(12)}${INFO}${S_ZH(8)}(?:会|将|要|就)${CLAUSE(2)}${SHOW}${S_ZH(6)}${PLATFORM}`,
    `(?:在|到|上)${CLAUSE(8)}(?:网上|网络|论坛|平台|抖音|快手|微博|朋友圈|公告栏|贴吧|群里|曝光台)${CLAUSE(6)}(?:公示|公布|公开|曝光|发帖|挂出|张贴|发布)${CLAUSE(6)}${YOUR}`,
    `ni de[a-z ]{0,20}?(?:fa dao|gua dao|tie dao) (?:wang shang|peng you quan|dou yin|qun li|wei bo)`,
  ),
};
export const POST_TRIGGERS = ['张贴', '贴', '公示', '公布', '曝光', '推送', '散发', '挂', '发'];
export const OBJ = '(?:人脸|照片|相片|头像|身份证|影像|证件|欠款信息|欠款记录|个人信息|资料|欠款视频|视频)';
export const POST = '(?:张贴|贴到|贴在|贴满|贴出|公示|公布|曝光|推送|散发|挂到|挂在|发到|发至|发布到|发布在)';
export const PLACE =
  '(?:户籍|户口所在地|居住地|老家|村委会|村口|村里|全村|村民|村|小区|业主群|居委会|街道|楼道|单位门口|家门口|门口|社区|公告栏|宗族群|家族群)';
export const POST_PATTERNS = zh(
  `${OBJ}${G(12)}${POST}${G(10)}${PLACE}`,
  `${POST}${GAP(4)}${YOUR}?${GAP(4)}${OBJ}${G(10)}${PLACE}`,
  `把${YOUR}?${GAP(4)}${OBJ}${G(10)}(?:贴|张贴|公示|公布|发|推送|挂)${G(4)}${PLACE}`,
);
export const IF_NOT = '(?:再不|再唔|不还|唔还|不处理|再拖|逾期不还|今天不|还不上|不给钱|不给|不还钱)';
export const WORK = '(?:工作单位|单位|公司|老板|领导|上司|人事|前台|上班的地方)';
/** The employer as the next step of a condition: a threat and a disclosure at once (two rules below). */
export const EMPLOYER_STEP = {
  triggers: [
    '单位',
    '公司',
    '老板',
    '领导',
    '上司',
    '人事',
    '前台',
    '上班',
    'dan wei',
    'gong si',
    'lao ban',
    'ling dao',
  ],
  patterns: zh(
    `${IF_NOT}${S_ZH(20)}(?:找|联系|打到|打去|打给|上门到|去|到|发函给|给|通知|搵)${CLAUSE(4)}${WORK}`,
    `(?:zai bu|bu huan)[a-z ]{0,20}?(?:zhao|lian xi|da dao|qu) (?:ni|nin) (?:de )?(?:dan wei|gong si|lao ban|ling dao)`,
  ),
};

/**
 * A slogan named to be warned about ("打着…旗号", "所谓", "声称", "警惕", "宣传口号"), read back
 * from the end of a match so it runs only where a match was found (guardzh20, issue 16).
 */
export const SLOGAN_NOT_NAMED =
  '(?<!(?:打着|所谓|警惕|谨防|宣称|号称|声称|谎称|自称|冒充|口号|宣传|招揽|标榜|谣言|误导)[^。!?\\n]{0,30})';
/** The slogan debunked right after it: "…？骗局！", "…是陷阱", "…都是骗人的". */
export const SLOGAN_NOT_DEBUNKED =
  '(?![^。!?\\n]{0,16}(?:骗局|陷阱|套路|诈骗|骗人|不可信|不能信|别信|勿信|没有(?:法律)?依据|不实|虚假|谣言))(?![?!]{0,2}(?:骗局|陷阱|套路|诈骗|假的))';
/** Someone else accused (不法中介, 机构或个人, 诈骗分子): a regulator's duty, not a claim on the person. */
export const NOT_THIRD_ACCUSED =
  '(?<!(?:中介|机构|分子|团伙|公司|平台|代理|组织|骗子|他人|对方|商家|或个人|及个人|和个人|不法人员)(?:等|均|都|若|如|一旦)?)';
/**
 * A third party's crime reported, no "你" between: "发现…机构或个人涉嫌…线索时，要及时提交公安机关"
 * (guardzh20, issue 16). Read back from just after the verb or the police word, so it runs only
 * where one was found.
 */
export const THIRD_REPORTED =
  '(?<!(?:机构|中介|或个人|及个人|分子|团伙|组织|代理|骗子)[^。!?\\n你您]{0,12}(?:涉嫌|线索|违法|犯罪|敲诈|诈骗)[^。!?\\n你您]{0,30})';
