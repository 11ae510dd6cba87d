import { type PatternRuleSpec, zh } from '../ruleTypes.js';
import { ZH_GAP, ZH_PROMISE } from '../shared/zh.js';

/**
 * Unauthorised commitments (Chinese): discounts promised.
 */

export const COMMITMENT_DISCOUNT_ZH: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.discount',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['discount', 'settlement'],
    triggers: [
      '折',
      '优惠',
      '少算',
      '便宜',
      '只需',
      '只要',
      '只用',
      '只还',
      '只付',
      '少还',
      '一半',
      '本金就',
    ],
    patterns: zh(
      `打(?:个)?(?:[一二三四五六七八九]|\\d)?折|${ZH_PROMISE}${ZH_GAP}(?:打折|折扣|优惠|少算|便宜)`,
      `只(?:需要?|要|用)?(?:您)?(?:还|付|支付|偿还)(?:一半|部分|本金|[一二三四五六七八九]成|\\d+%|百分之)|少还(?:一半|一些|点)|(?:一半|本金)就(?:行|可以|够了)`,
    ),
  },
  {
    id: 'unauthorized_commitment.discount',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['discount', 'settlement'],
    triggers: ['折', '半价'],
    patterns: zh(
      `打(?:个|了)?(?:对|半|[一二三四五六七八九]|\\d+)?折(?![腾叠])|(?:对折|半价)(?:处理|结清|优惠|还)`,
    ),
  },
];
