import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';

/**
 * False legal threats (Chinese): impersonating the police, a court or a lawyer.
 */

export const FALSE_LEGAL_IMPERSONATION_ZH: PatternRuleSpec[] = [
  {
    id: 'false_legal.impersonation',
    lang: 'zh',
    negatable: true,
    triggers: ['我是', '我们是', '这里是', '这边是', '本人是', '法务', '代表', '受', '法院通知', '法院提醒'],
    patterns: zh(
      `(?:我是|我们是|这里是|这边是|本人是)${GAP(10)}(?:警察|民警|警官|公安|派出所|刑警|经侦|法官|法院|检察院|检察官|律师|律所|法务|执行局|仲裁委|调解中心|司法)`,
      `法务专员|法务部(?:门)?${GAP(4)}(?:将|会|已经|已|正式)(?:介入|接手|处理|跟进|起诉)`,
      `(?:代表|受(?!理))${GAP(4)}(?:法院|公安|检察院|律师事务所|律所|仲裁)`,
      `法院(?:通知|提醒|告知)${YOU}`,
    ),
  },
  {
    id: 'false_legal.impersonation',
    lang: 'zh',
    negatable: true,
    triggers: ['书记员', '法院送达', '送达通知', '法院通知', '本短信', '本通知', '本消息', '本信息'],
    patterns: zh(
      `本(?:短信|通知|消息|信息)${GAP(2)}(?:为|是|系)${GAP(6)}(?:法院|法庭|公安|检察院|律师)`,
      `(?:联系|致电|找)${GAP(4)}书记员|(?:法院送达|送达通知|法院通知)${GAP(12)}(?:逾期|视为|联系)`,
    ),
  },
];
