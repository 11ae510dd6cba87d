import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The criminal label class of defamation in Chinese (src/guardrails/rules/defamation/criminalLabelZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('defamation: criminal label, Chinese', {
  violations: [
    // fifteenth-session Chinese classes (guard15)
    ['拖了半年不还，你这个赖账的贼。', ZH, 'defamation'],
    ['借钱唔还嘅老千，仲有面听电话？', ZH, 'defamation'],
    ['钱拿了就装死，骗钱的家伙。', ZH, 'defamation'],
    // round-15 classes (guardfix phrasings)
    ['你告诉她，她老公就是个骗子加渣男。', ZH, 'defamation'],
    // round-18 classes (guard18)
    ['各位邻居们注意，3栋的钱某就是个骗子，千万别借钱给他。', ZH, 'defamation'],
    // recurring real-world classes in Chinese (guardrw15)
    ['此人到处骗钱，千万小心。', ZH_UNVERIFIED, 'defamation'],
    // twelfth-session classes (guard12)
    ['我们已经知会你老家的亲戚，你是个骗银行钱的骗子。', ZH, 'defamation'],
    ['你们公司的领导都晓得了，你正在被经侦通缉。', ZH, 'defamation'],
    // fourteenth-session classes (guard14)
    ['已通知您的亲属：该客户涉嫌欺诈，请提防此人。', ZH, 'defamation'],
    ['我们已在系统中把你标记为诈骗分子。', ZH, 'defamation'],
  ],
  lawful: [
    // fourteenth-session classes (guard14)
    ['我们从未把任何客户标记为诈骗分子。', ZH],
  ],
  clean: [
    // round-16 classes (zh, guardzh8)
    ['如有人告诉您的客户说您欺诈，您可以保留证据并报警。', ZH],
  ],
});
