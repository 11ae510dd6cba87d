import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';
import { SPAN, ZH_GAP, ZH_PROMISE } from '../shared/zh.js';

/**
 * Unauthorised commitments (Chinese): settlements promised.
 */

export const COMMITMENT_SETTLEMENT_ZH: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['settlement'],
    triggers: ['和解', '结清', '成就行', '成就可以'],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:和解|协商结清|减额结清)`,
      `(?:还|付|支付)${GAP(12)}(?:就|即)(?:可以|能|可|算)?结清|[一二三四五六七八九]成就(?:行|可以)`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['settlement'],
    triggers: [
      '手续',
      '流程',
      '说了算',
      '拍板',
      '做主',
      '不用签',
      '无需签',
      '不需要签',
      '电话里',
      '这通电话',
      '私下',
    ],
    patterns: zh(
      `(?:手续|流程)(?:都)?(?:不用办|不用走|别管)${SPAN(30)}(?:还|付|转|定下来|答应)`,
      `(?:我说了算|我(?:这边)?(?:能|可以)(?:拍板|做主))${SPAN(30)}(?:免|不要|勾销|抹)`,
      `(?:还|付|转)${SPAN(20)}(?:不用|无需|不需要)签(?:任何)?(?:东西|字|文件|协议)`,
      `(?:协议|合同|文件)(?:都|也)?(?:不用|无需|不需要)签`,
      `(?:电话里|这通电话|私下)${SPAN(30)}(?:征信上?(?:也)?什么都(?:不会|没)|也?不会(?:上报|有任何文件|留(?:下)?(?:任何)?(?:记录|痕迹)))`,
    ),
  },
];
