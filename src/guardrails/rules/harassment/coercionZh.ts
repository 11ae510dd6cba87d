import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { CLAUSE, NO_NEG_GAP, SENTENCE } from '../shared/zh.js';

/**
 * Harassment (Chinese): coercion.
 */

const FAMILY_MONEY = '(?:退休金|养老钱|养老金|看病钱|医药费|奶粉钱|学费|压岁钱|彩礼|嫁妆|救命钱)';
// What an impostor is said to say ("有人冒充…声称'再不还就去你家收钱'") is reported, not said.
const QUOTED = '(?<!(?:声称|谎称|宣称|冒充|自称|称|说)[^。!?\\n]{0,30})';
const HOME = `(?:${YOUR}(?:家里|家|住址|住处|小区|屋企|楼下|老家|户籍地))`;
const BOOKED = '(?![^。!?\\n]{0,10}(?:预约|同意|申请|需要))';
const TAKE = '(?:收款|收钱|收数|催收|要钱|要账|讨债|收账|等你|堵你|坐坐|聊聊|把钱准备好|找你|找你家里人)';

export const HARASSMENT_COERCION_ZH: PatternRuleSpec[] = [
  {
    // Pushing the person to borrow, sell, or take a parent's or child's money.
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    triggers: [
      '借',
      '退休金',
      '养老',
      '看病钱',
      '医药费',
      '奶粉钱',
      '学费',
      '压岁钱',
      '彩礼',
      '嫁妆',
      '救命钱',
      '卖了',
      '当了',
      '卖掉',
      '典当',
    ],
    patterns: zh(
      `(?:去|就去|先去|赶紧去)${NO_NEG_GAP(4)}借${NO_NEG_GAP(6)}(?:网贷|高利贷|借呗|微粒贷|花呗|贷款|钱)`,
      `(?:没钱|冇钱|还不上|拿不出)${NO_NEG_GAP(4)}(?:就)?(?:去|找)${NO_NEG_GAP(6)}借`,
      `${FAMILY_MONEY}${NO_NEG_GAP(8)}(?:拿来|拿出来|挪|垫|先还|还了|还上|填)`,
      `(?:把|去)${NO_NEG_GAP(4)}(?:车|房子?|表|首饰|金镯子|镯子|手机|电脑|金子)${NO_NEG_GAP(2)}(?:卖了|当了|卖掉)|拿去(?:当了|卖了|典当)`,
    ),
  },
  {
    // "还不起就去夜场陪酒，出台一次抵一千", "陪我们老板睡一晚", "肉偿", "让我们开心开心，你懂的".
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    triggers: [
      '陪酒',
      '陪睡',
      '出台',
      '坐台',
      '肉偿',
      '卖身',
      '身体',
      '陪',
      '开心开心',
      '小姐',
      '夜场',
      '夜总会',
      'ktv',
      '会所',
    ],
    patterns: zh(
      `陪酒|陪睡|(?<!国家|政府|部门|监管|央行|已经|已|正式|新|陆续|相继|近日|近期|最近|刚|今年|去年)出台(?!了?(?:新的?)?[^。!?\\n]{0,12}(?:政策|规定|新规|办法|措施|文件|通知|意见|细则|条例))|坐台|肉偿|卖身|(?:用|拿)(?:你的)?身体${SENTENCE(4)}(?:还|抵|偿|换)`,
      `陪(?:我|我们|老板|哥哥们?|大哥|兄弟们|领导)${SENTENCE(4)}(?:睡|过夜|一晚|玩玩|开心)`,
      `开心开心${SENTENCE(6)}(?:你懂的|懂吧|明白)`,
      `(?:去|到|进)(?:夜场|夜总会|ktv|会所)${SENTENCE(8)}(?:上班|做|陪|还|挣|赚)`,
      `做小姐`,
    ),
  },
  {
    // "近期到你家里收款", "外访人员…今晚到你小区门口等你", "上你屋企收数", "shang men lai shou qian".
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    requestable: true,
    triggers: [
      '上门',
      '你家',
      '您家',
      '们家',
      '的家',
      '住址',
      '住处',
      '小区',
      '屋企',
      '楼下',
      '老家',
      '户籍地',
      '外访',
      '实地催收',
      '到府',
      'shang men',
      'ni jia',
    ],
    patterns: zh(
      `${QUOTED}(?:上门|到府|外访(?:人员|专员|组)?|实地催收|(?:到|去|来|上|前往)${HOME})${BOOKED}${CLAUSE(14)}${TAKE}`,
      `(?<!(?:zi cheng|sheng cheng|mao chong|you ren)[a-z ,]{0,40})(?<!\\b(?:bu|bie|mei|bu hui|bu yao|bu neng|mei you|jue bu|jue bu hui|cong bu|bu hui zai) )(?:shang men|dao ni jia|qu ni jia)[a-z ]{0,12}?(?:shou qian|shou kuan|yao qian|cui shou|zhao ni)`,
    ),
  },
  {
    // The debt traded for company or the body (guardzh26): "周末出来陪几顿饭，账的事好商量".
    id: 'harassment.coercion',
    lang: 'zh',
    triggers: ['陪', '喜欢你', '喜欢您', '身材', '长得'],
    patterns: zh(
      `(?:出来)?陪${GAP(6)}(?:吃饭|喝酒|几顿饭|顿饭|一晚|睡|玩)${SENTENCE(20)}(?:账|钱|债|欠款|数)${GAP(6)}(?:好商量|好说|就免了|可以少|一笔勾销|算了|不用还)`,
      `(?:喜欢${YOU}这(?:类型|款|种)|身材(?:不错|挺好)|长得(?:挺|还挺|这么)?(?:漂亮|好看|水灵))${SENTENCE(30)}(?:账|钱|债|欠款)`,
    ),
  },
  {
    // A relative pressed to spend their pension or care money on the debt (guardzh26): "您那张养老卡每个月
    // 有退休金进来吧，先取出来帮他把这个月的顶上，不然这事没完".
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    triggers: ['退休金', '养老金', '养老卡', '低保', '救命钱', '看病钱', '学费'],
    patterns: zh(
      `(?:退休金|养老金|养老卡|低保|救命钱|看病钱|学费)${SENTENCE(20)}(?:取出来|拿出来|先垫|垫上|顶上|帮他还|替他还|帮她还|替她还)`,
    ),
  },
];
