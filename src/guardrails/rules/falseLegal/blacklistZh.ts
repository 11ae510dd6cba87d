import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';

/**
 * False legal threats (Chinese): blacklists.
 */

export const FALSE_LEGAL_BLACKLIST_ZH: PatternRuleSpec[] = [
  {
    id: 'false_legal.blacklist',
    lang: 'zh',
    negatable: true,
    triggers: [
      '黑名单',
      '失信',
      '老赖名单',
      '限制',
      '限高',
      '坐不了',
      '乘不了',
      '不能坐',
      '不能乘',
      '永久',
      '终身',
      '一辈子',
    ],
    patterns: zh(
      `黑名单|(?<!(?:(?:判决|裁定|裁决)(?:生效)?后|被执行人|不履行(?:生效)?(?:判决|裁定))[^。\\n]{0,24})失信(?:被执行人)?名单|老赖名单|限制(?<!(?:依法|法院)[^。!?\\n,]{0,4}?(?:可以|可|有权|能够)(?:(?![你您就将会要])[^。!?\\n,]){0,10}限制)(?:高消费|出行|出境|乘坐)|限高|(?:坐|乘)不了(?:飞机|高铁|火车)|不能(?:坐|乘坐)(?:飞机|高铁|火车)`,
      `(?:永久|终身|一辈子)${GAP(6)}(?:征信|污点|不良记录|贷不了款)|征信${GAP(6)}(?:永久|终身|一辈子)`,
    ),
  },
];
