import { GAP, type PatternRuleSpec, YOUR, zh } from '../ruleTypes.js';
import { CLAUSE, CLOSE_ONES_ZH, SENTENCE } from '../shared/zh.js';

/**
 * Privacy (Chinese): someone asked to pass a debt message on.
 */

const RELAY_WHO =
  '(?:他|她|他们|她们|持卡人|机主|卡主|当事人|本人|您的家人|你的家人|您家人|您丈夫|您妻子|您先生|您太太|您儿子|您女儿|您父亲|您母亲|您爱人)';
const DEBT_ZH = '(?:欠|逾期|还款|还钱|卡债|账单|信用卡|那笔钱)';

// Someone other than the one addressed: "其", "他", "佢", "你仔", "隔篱屋个陈太", "楼502的小吴".
const OTHER_PERSON =
  '(?:其|他|她|佢|(?:你|您)(?:的|个)?(?:仔|女|儿子|女儿|老公|老婆|先生|太太|爱人|家人|同事|员工|邻居|朋友|同学)|隔篱屋|楼\\d{2,4}的)';
// A debt stated, not asked about: "欠着钱", "已逾期47天", "有啲数未清", "有一笔款项逾期".
const OWES =
  '(?<!是否|有没有|是不是|会不会)(?:欠(?:着|了|咗)?|已逾期|逾期(?:了|较久|很久|\\d)|拖欠|(?:数|款|钱)(?:未清|未还|没还|唔还))';
// The addressee asked to press, tell or find that person: "督促其", "叫佢", "留意一下他几点回家".
const ASKED_ABOUT_THEM =
  '(?:(?:督促|转告|劝|劝下|劝劝|叫|提醒|催|催促)(?:一下)?(?:其|他|她|佢)|(?:知道|留意|看到|见到)[^。!?\\n]{0,6}?(?:其|他|她|佢)[^。!?\\n]{0,10}?(?:在哪|住哪|哪个城市|几点|下落|行踪|联系方式|电话|回家))';

export const PRIVACY_RELAY_REQUEST_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: [
      '转告',
      '转达',
      '他',
      '她',
      '持卡人',
      '机主',
      '卡主',
      '当事人',
      '本人',
      '家人',
      '丈夫',
      '妻子',
      '先生',
      '太太',
      '儿子',
      '女儿',
      '父亲',
      '母亲',
      '爱人',
      '把欠款',
      '将欠款',
      '把逾期',
      '将逾期',
      '把债务',
      '将债务',
      '把还款',
      '将还款',
      '把账单',
      '将账单',
    ],
    patterns: zh(
      `(?:转告|转达|代为转告)(?:给)?${RELAY_WHO}|(?:请|麻烦|劳烦)(?:您|你)?(?:帮忙)?(?:转告|转达)|(?:帮忙|代为)转告`,
      `(?:告诉|通知|提醒|叫|让|催促|催一下|催|请(?!(?:持卡人|机主|卡主)本人))(?:一下)?${RELAY_WHO}(?:本人)?(?:尽快|赶紧|马上|及时|务必|给我们)?(?:还款|还钱|还上|还清|联系我们|联系我|回电|回个电话|回电话|给我们回电|处理|接电话|把钱还了|与我们联系|和我们联系|跟我们联系|来电|帮您还)`,
      `(?:把|将)(?:欠款|逾期|债务|还款|账单)(?:的)?(?:情况|信息|事情|消息)?(?:告诉|转告|告知|通知)(?:给)?(?:他|她|他们|她们|${YOUR}?家人)`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['说一声', '带个话', '带句话', '捎个话', '转告'],
    patterns: zh(
      `${CLOSE_ONES_ZH}${GAP(6)}(?:说一声|带个话|带句话|捎个话)[^。!?\\n]{0,20}?${DEBT_ZH}`,
      `${DEBT_ZH}${GAP(20)}(?:跟|给|和)${YOUR}?${CLOSE_ONES_ZH}${GAP(4)}(?:说一声|带个话|带句话|捎个话)`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['代为', '代他', '代她', '替他', '替她', '帮他', '帮她'],
    personMayAct: true,
    // Not the family's own offer: "家人如愿意代为还款，可自愿通过官方渠道办理".
    patterns: zh(
      `(?<!(?:愿意|自愿)(?:的话)?)(?:代为|代他|代她|替他|替她|帮他|帮她)(?:偿还|还款|还钱|还上|还清|垫付|把钱还)`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['带个话', '带句话', '捎个话', '捎句话', '传个话', '传句话', '带话'],
    patterns: zh(`(?:带|捎|传)(?:个|句)话`),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['转达'],
    patterns: zh(`(?:帮|替)(?:我们|我)?${GAP(2)}转达[^。!?\\n]{0,8}?(?:他|她|让他|让她|对方)`),
  },
  {
    // To a third person: "他在我们这里借了钱", "@她，问她这个钱什么时候还".
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['借了', '欠了', '欠下', '拖欠', '还'],
    patterns: zh(
      `(?<![其如若果是])(?:他|她)(?:在我们(?:这里?|平台|公司|银行|这边)|在我们)?(?:借了|欠了|欠下|拖欠)${CLAUSE(8)}(?:钱|款|贷|账|债)`,
      `(?:问|催|提醒|告诉|转告|叫)(?:一下)?(?:她|他)${CLAUSE(10)}(?:钱|欠款|借款|贷款|账)${CLAUSE(10)}还`,
    ),
  },
  {
    // Another person's debt told to the one asked to press or find them (guardzh26): "其在我平台的借款
    // 已逾期47天…请您督促其尽快处理", "你仔喺我哋度有啲数未清…帮手劝下佢", "楼502的小吴在我们公司欠着钱…
    // 您留意一下他几点回家", "请您协助转告：其名下信用卡账户已逾期".
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['其', '他', '她', '佢'],
    patterns: zh(
      `${OTHER_PERSON}${SENTENCE(30)}${OWES}[^\\n]{0,80}?${ASKED_ABOUT_THEM}`,
      `(?:转告|告诉|通知|提醒)${SENTENCE(6)}(?:其|他|她|佢)${SENTENCE(20)}${OWES}`,
    ),
  },
];
