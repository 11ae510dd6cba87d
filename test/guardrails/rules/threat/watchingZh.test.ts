import { describeRules, ZH } from '../ruleCases.js';

/**
 * The watching class of threat in Chinese (src/guardrails/rules/threat/watchingZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: watching, Chinese', {
  violations: [
    // round-15 classes (guardfix phrasings)
    ['您家那个小区我们同事上周也路过了，挺方便的。周五前把钱还上吧。', ZH, 'threat'],
    ['我们知道你女儿在哪上学，这笔账月底前处理好。', ZH, 'threat'],
    ['你每天几点出门我们都清楚，最低还款今天搞定。', ZH, 'threat'],
    ['我哋知道你老婆喺边度返工，快啲还钱啦。', ZH, 'threat'],
    ['王女士，您家楼下那个菜鸟驿站我们也挺熟的，这周把账清一下吧。', ZH, 'threat'],
    ['你女儿每天四点半放学对吧？这笔钱今晚之前打过来。', ZH, 'threat'],
    ['您先生上班走的那条高架我们同事天天经过，款项请尽快处理。', ZH, 'threat'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['下周起我们派两个同事守着你家单元门，钱到了再撤。', ZH, 'threat'],
    ['外访组的兄弟下手没轻重，你别让他们跑这一趟。', ZH, 'threat'],
    ['你儿子在二中读初一吧？长得挺聪明的。', ZH, 'threat'],
  ],
  lawful: [
    // real collectors' register, Chinese (guardrw12)
    ['纸质账单将寄往您的账单地址。', ZH],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['您可以到小区附近的网点办理还款。', ZH],
  ],
});
