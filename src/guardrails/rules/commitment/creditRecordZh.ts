import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { NGAP, PLAIN, SLOGAN_NOT_DEBUNKED, SLOGAN_NOT_NAMED, ZH_GAP, ZH_PROMISE } from '../shared/zh.js';

// The record's removal denied inside the gap is a fact, not a promise (guardfa23: "逾期记录不会因结清
// 而立即删除，将在结清后保留五年").
const NOT_DENIED_GAP = '(?:(?!不会|不能|不可|无法|无权|没法|不予|不得)[^,;:!?。、\\n]){0,8}?';

/**
 * Unauthorised commitments (Chinese): a credit record promised clean.
 */

export const COMMITMENT_CREDIT_RECORD_ZH: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: [
      '消除',
      '删除',
      '删掉',
      '清除',
      '洗白',
      '修复',
      '撤销',
      '抹掉',
      '撤掉',
      '保证',
      '承诺',
      '确保',
    ],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:消除|删除|删掉|清除|洗白|修复|撤销|抹掉|撤掉)${GAP(4)}(?:征信|逾期记录|不良记录|信用记录)|(?:把|将)${YOUR}?(?:征信|逾期记录|不良记录)${GAP(6)}(?:消除|删除|删掉|清除|洗白|抹掉)`,
      `(?:保证|承诺|确保)${YOU}?(?:的)?(?:征信|信用记录)(?:不受影响|不会受影响|没有影响|不会有记录|干净)`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['保证', '承诺', '担保', '打包票'],
    patterns: zh(`(?:保证|承诺|担保|打包票)[^。!?\\n]{0,14}?(?:征信|信用记录|不会再有人催|没人催|不再催)`),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: [
      '销户',
      '下架',
      '洗白',
      '修复',
      '百分百',
      '100%',
      '包过',
      '包成功',
      '铲单',
      '征信',
      '逾期记录',
      '不良记录',
      '黑名单',
      '记录',
    ],
    patterns: zh(
      `(?:征信|逾期记录|不良记录|(?<!联系|通话|通讯|沟通|拨打|来电|(?:号码|电话|手机号|联系方式)${GAP(3)}(?:从|在)${GAP(6)})记录|黑名单)${NOT_DENIED_GAP}(?<!无法|不能|不可|不会|无权|没法|办不到)(?:销户|下架|洗白|修复|铲除|消除|删除)${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:销户|下架|洗白|修复|铲除|消除|删除|撤销|撤掉)${PLAIN(8)}(?:征信|逾期记录|不良记录|黑名单)${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:百分百|100%|包过|包成功|保证|确保)${GAP(2)}成功|包过|包成功|铲单`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['无痕', '撤掉', '抹掉', '抹去', '拿掉', '铲单', '下征信', '见效'],
    patterns: zh(
      `无痕(?:处理|删除|消除)?|铲单|下征信|(?:逾期|不良)?记录${NGAP(8)}(?:撤掉|抹掉|抹去|拿掉|去掉)|(?:保证|包|百分百)见效`,
    ),
  },
];
