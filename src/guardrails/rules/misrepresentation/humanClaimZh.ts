import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';

/**
 * Misrepresentation (Chinese): a bot claiming to be human.
 */

export const MISREPRESENTATION_HUMAN_CLAIM_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.human_claim',
    lang: 'zh',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: [
      '真人',
      '真正的人',
      '活人',
      '人类',
      '人工',
      '真实的人',
      '工作人员',
      '员工',
      '客户经理',
      '机器',
      'ai',
      '智能助手',
      '自动回复',
      '程序',
      'bot',
      '是人',
      '是个人',
      '是一个人',
      '是个活',
      '是一个活',
    ],
    patterns: zh(
      `我(?:是|就是|可是|确实是|真的是)(?:一(?:个|位|名))?(?:真人|真正的人|活人|人类|真人客服|人工客服|人工坐席|真实的人|银行的?(?:工作人员|员工|客户经理|人工客服)|${GAP(6)}的人工客服)`,
      `我(?:不是|并不是|并非|可不是)(?:什么)?(?:机器人|ai|人工智能|智能助手|机器|自动回复|程序|bot)(?!人?(?:能|可以|所能|能够|说了算|决定))`,
      `(?:是|由)真人(?:在)?(?:和|与|跟|为)${YOU}|我(?:就|真的|确实)?是(?:个|一个)?(?:活生生的)?人(?=[,!?。]|$|啊|呀|哦|呢)|(?:^|[,。!?])(?:可|并)?不是(?:什么)?(?:机器人|ai|人工智能|机器|自动回复|程序|bot)(?=[,。!?]|$)`,
    ),
  },
  {
    id: 'misrepresentation.human_claim',
    lang: 'zh',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: ['有血有肉', '活生生'],
    patterns: zh(`(?:我|我们)(?:可|就|确实)?是${GAP(6)}(?:有血有肉|活生生)`),
  },
];
