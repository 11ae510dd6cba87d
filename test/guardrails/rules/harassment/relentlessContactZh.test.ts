import { describeRules, ZH } from '../ruleCases.js';

/**
 * The relentless contact class of harassment in Chinese (src/guardrails/rules/harassment/relentlessContactZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: relentless contact, Chinese', {
  violations: [
    // round-19a classes, Chinese (guard19)
    ['今天打了三十多通了，你不接我们就一直打，明天照打。', ZH, 'harassment'],
    ['明天继续打，后天接着打，看你能撑多久。', ZH, 'harassment'],
    ['短信微信电话轮着来，今天一天都别想清净。', ZH, 'harassment'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['深夜一点我们照样会打，你别关机。', ZH, 'harassment'],
    ['每隔二十分钟给你发一条，看你回不回。', ZH, 'harassment'],
    ['你屏蔽我们没关系，我们有几十个号码轮流来。', ZH, 'harassment'],
  ],
  stillBlocked: [
    // round-19a classes, Chinese (guard19)
    ['我们每天都会联系你，直到你还钱为止。', ZH],
    ['今晚系统会一直外呼您的号码，一个接一个，不设上限。', ZH],
  ],
  lawful: [
    // round-19a classes, Chinese (guard19)
    ['我们每天联系您不超过三次，且不会在晚上九点后打电话。', ZH],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['如有紧急事项，请拨打95588。', ZH],
  ],
  clean: [
    // round-16 classes (zh, guardzh8)
    ['您凌晨两点那笔消费如非本人操作，请拨打客服热线冻结卡片。', ZH],
    ['您把我们的号码拉黑了，我们不会换号码再打给您，之后只发App消息。', ZH],
  ],
});
